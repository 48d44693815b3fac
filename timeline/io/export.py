"""Export of the timeline table: CSV (COLUMNS order), JSON (the same rows plus their sources), and
atomic file writes. Events become rows and frames through `timeline.table.codec`.

CSV cells are safe to open in a spreadsheet: a text cell that begins with a tab or a carriage
return, or whose first visible character is `=`, `+`, `-` or `@` (or their fullwidth and small
forms, ＝ ﹦), is prefixed with `'` (OWASP "CSV injection"). Visible means after any leading
whitespace, quote marks (`"=…`, which a reader may strip), and invisible characters (a zero-width
space, BOM, bidi mark, control). The numeric columns (escalation, sources_count, latitude, longitude,
geo_precision, fatalities, injured, corrected) are written as numbers (empty when unknown;
corrected 1 or 0) and never prefixed.

to_csv works column-wide (one vectorised escape per text column, each distinct date formatted
once, one sort, one csv.writer pass) rather than one dict per row: 100,000 rows in about a second
instead of three (bench/store_bench.py), with the same bytes as the row-by-row definition
(`codec.event_row`, `_text`, `codec.number_cell`, `escape_cell`), which tests/io/test_export.py checks.
A list of events is first made a frame by `codec.events_frame`, so both take the same path.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import operator
import os
import tempfile
import unicodedata
from pathlib import Path
from typing import Iterable

import numpy as np
import pandas as pd
from pandas.api.types import infer_dtype

from timeline.records import ACTOR_SEPARATOR, COLUMNS, INTEGER_COLUMNS, NUMERIC_COLUMNS, Event
from timeline.table.codec import event_row, events_frame, number_cell, source_dict
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
FORMULA_TRIGGERS = frozenset("=+-@")       # compared with a character's NFKC form: ＝ and ﹦ are '='
SEE_THROUGH_QUOTES = frozenset("\"'")      # a reader may strip them, leaving the formula
_INVISIBLE = frozenset(("Cc", "Cf", "Zl", "Zp"))
SORT_COLUMNS = ("date", "date_end", "event_id")  # rows are sorted on these, in this order


def is_formula(text: str) -> bool:
    """Whether a spreadsheet could run a text cell: it starts with a tab or a carriage return, or its
    first visible character (after whitespace, quote marks and invisible characters) is = + - or @,
    in any width."""
    if not text or text[0].isalnum():
        return False
    if text.startswith(FORMULA_PREFIXES):
        return True
    for ch in text:
        if ch in FORMULA_TRIGGERS or (not ch.isascii() and unicodedata.normalize("NFKC", ch) in FORMULA_TRIGGERS):
            return True
        if not (ch.isspace() or ch in SEE_THROUGH_QUOTES or unicodedata.category(ch) in _INVISIBLE):
            return False
    return False


def escape_cell(text: str) -> str:
    """A text cell a spreadsheet will show as text, never run as a formula."""
    return "'" + text if is_formula(text) else text


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if hasattr(value, "isoformat") and hasattr(value, "date"):  # pandas Timestamp
        return value.date().isoformat()
    if isinstance(value, (tuple, list)):
        return ACTOR_SEPARATOR.join(str(v) for v in value)
    return str(value)


def _is_frame(events) -> bool:
    return hasattr(events, "to_dict") and hasattr(events, "columns")


def _escape_list(values: list) -> list:
    """`escape_cell` over a list of str (cells starting with a letter or digit, most of them, are
    passed over without a call)."""
    return [v if not v or v[0].isalnum() or not is_formula(v) else "'" + v for v in values]


def _text_column(column, escape: bool = True) -> list[str]:
    """One column of a frame as CSV text cells, the same cells `_text` (+ `escape_cell`) give value
    by value, computed column-wide: strings are escaped by one vectorised startswith, dates are
    formatted once per distinct value."""
    done = _escape_list if escape else list

    dtype = column.dtype
    if isinstance(dtype, pd.StringDtype) and dtype.na_value is not pd.NA:
        # pandas' str dtype (NaN for missing, which `_text` writes as "")
        text = column.fillna("").tolist()
        return _escape_list(text) if escape else text
    kind = infer_dtype(column, skipna=False)
    if kind == "string":  # object column of str only
        return done(column.tolist())
    if kind in ("date", "datetime", "datetime64"):
        codes, uniques = pd.factorize(column, use_na_sentinel=False)
        formatted = done([_text(v) for v in uniques.tolist()])
        return [formatted[i] for i in codes.tolist()]
    return done([_text(v) for v in column.tolist()])


def _number_column(column, integer: bool) -> list:
    """One numeric column as the numbers (or "") `_number` gives value by value."""
    kind = column.dtype.kind if isinstance(column.dtype, np.dtype) else "O"  # not pandas' nullable types
    values = column.tolist()
    if kind in "iu":
        return [int(v) for v in values] if integer else [float(v) for v in values]
    if kind == "f" and not integer:
        return [v if v == v else "" for v in values]
    return [number_cell(v, integer) for v in values]


def _frame_columns(frame) -> tuple[dict[str, list], dict[str, list]]:
    """The CSV cells of a frame's COLUMNS, column by column, and the unescaped sort keys."""
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"the table lacks the column(s) {', '.join(missing)}")
    raw: dict[str, list] = {}  # the sort keys, taken before escaping as row-by-row sorting did
    cells: dict[str, list] = {}
    for c in COLUMNS:
        column = frame[c]
        if c in NUMERIC_COLUMNS:
            cells[c] = _number_column(column, c in INTEGER_COLUMNS)
        elif c in SORT_COLUMNS:
            raw[c] = _text_column(column, escape=False)
            cells[c] = _escape_list(raw[c])
        else:
            cells[c] = _text_column(column)
    return cells, raw


def to_csv(events) -> str:
    """The timeline as CSV text: a header of COLUMNS, one row per event, sorted by date.

    Built column by column (a DataFrame holding at least COLUMNS, or a list of Events made one by
    `codec.events_frame`), then written by one csv.writer pass; the cells are those
    `codec.event_row`/`_text`, `codec.number_cell` and `escape_cell` define.
    """
    cells, raw = _frame_columns(events if _is_frame(events) else events_frame(events))
    columns = [cells[c] for c in COLUMNS]
    n = len(columns[0])
    if n > 1:
        keys = list(zip(raw["date"], raw["date_end"], raw["event_id"]))
        order = sorted(range(n), key=keys.__getitem__)
        take = operator.itemgetter(*order)
        columns = [take(col) for col in columns]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(zip(*columns))
    return buffer.getvalue()


def to_json(events: Iterable[Event]) -> str:
    """The same rows as to_csv, plus each event's derivation and its list of sources (UTF-8 JSON)."""
    items = sorted(events, key=lambda e: (e.date, e.date_end, e.event_id))
    out = []
    for e in items:
        row = event_row(e)
        row["derivation"] = e.derivation
        row["merge_note"] = e.merge_note
        row["actors"] = list(e.actors)
        row["source_actors"], row["target_actors"] = list(e.source_actors), list(e.target_actors)
        row["actor_types"] = list(e.actor_types)
        for column in NUMERIC_COLUMNS:
            if row[column] == "":
                row[column] = None
        row["corrected"] = bool(e.corrected)
        row["sources"] = [source_dict(s) for s in e.sources]
        out.append(row)
    return json.dumps(out, ensure_ascii=False, indent=1) + "\n"


def write_atomic(path: str | os.PathLike, text: str) -> None:
    """Write UTF-8 text so that readers see the old file or the whole new one, never half of it."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or Path("."))
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
