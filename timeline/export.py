"""Export of the timeline table: CSV (COLUMNS order), JSON (the same rows plus their sources), a
pandas DataFrame of the same columns, and atomic file writes.

CSV cells are safe to open in a spreadsheet: a text cell that begins with `=`, `+`, `-`, `@`, a
tab or a carriage return is prefixed with `'` (OWASP "CSV injection"); the numeric columns
(escalation, sources_count) are written as numbers and never prefixed.

to_csv works column-wide (one vectorised escape per text column, each distinct date formatted
once, one sort, one csv.writer pass) rather than one dict per row: 100,000 rows in about a second
instead of three (bench/store_bench.py), with the same bytes as the row-by-row definition
(`event_row`, `_text`, `_number`, `escape_cell`), which tests/test_export.py checks.
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
from pathlib import Path
from typing import Iterable

from timeline.events import COLUMNS, Event, Source

NUMERIC_COLUMNS = ("escalation", "sources_count")
DATE_COLUMNS = ("date", "date_end", "published")
ACTOR_SEPARATOR = ";"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
SORT_COLUMNS = ("date", "date_end", "event_id")  # rows are sorted on these, in this order


def escape_cell(text: str) -> str:
    """A text cell a spreadsheet will show as text, never run as a formula."""
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


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


def _number(value, integer: bool = False):
    if value is None or value == "":
        return ""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return ""
    if math.isnan(number):
        return ""
    return int(number) if integer else number


def event_row(event: Event) -> dict:
    """One event as a dict of plain values in COLUMNS order (dates ISO, actors `;`-joined)."""
    return {
        "event_id": event.event_id, "date": event.date.isoformat(), "date_end": event.date_end.isoformat(),
        "granularity": event.granularity, "date_text": event.date_text, "date_basis": event.date_basis,
        "status": event.status, "category": event.category, "escalation": _number(event.escalation),
        "actors": ACTOR_SEPARATOR.join(event.actors), "summary": event.summary,
        "article_id": event.article_id, "title": event.title, "source": event.source,
        "published": event.published.isoformat(), "url": event.url,
        "sources_count": int(event.sources_count),
    }


def _is_frame(events) -> bool:
    return hasattr(events, "to_dict") and hasattr(events, "columns")


def _escape_list(values: list) -> list:
    """`escape_cell` over a list of str."""
    return ["'" + v if v.startswith(FORMULA_PREFIXES) else v for v in values]


def _text_column(column, escape: bool = True) -> list[str]:
    """One column of a frame as CSV text cells, the same cells `_text` (+ `escape_cell`) give value
    by value, computed column-wide: strings are escaped by one vectorised startswith, dates are
    formatted once per distinct value."""
    import pandas as pd
    from pandas.api.types import infer_dtype

    done = _escape_list if escape else list

    dtype = column.dtype
    if isinstance(dtype, pd.StringDtype) and dtype.na_value is not pd.NA:
        # pandas' str dtype (NaN for missing, which `_text` writes as "")
        text = column.fillna("")
        if escape:
            hostile = text.str.startswith(FORMULA_PREFIXES).to_numpy(dtype=bool)
            if hostile.any():
                text = text.mask(hostile, "'" + text)
        return text.tolist()
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
    import numpy as np

    kind = column.dtype.kind if isinstance(column.dtype, np.dtype) else "O"  # not pandas' nullable types
    values = column.tolist()
    if kind in "iu":
        return [int(float(v)) for v in values] if integer else [float(v) for v in values]
    if kind == "f" and not integer:
        return [v if v == v else "" for v in values]
    return [_number(v, integer) for v in values]


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
            cells[c] = _number_column(column, c == "sources_count")
        elif c in SORT_COLUMNS:
            raw[c] = _text_column(column, escape=False)
            cells[c] = _escape_list(raw[c])
        else:
            cells[c] = _text_column(column)
    return cells, raw


def _event_columns(events: list[Event]) -> tuple[dict[str, list], dict[str, list]]:
    """The cells of `event_row` + `escape_cell`, column by column (each distinct date formatted once)."""
    iso: dict[dt.date, str] = {}

    def dates(values):
        out = []
        for d in values:
            text = iso.get(d)
            if text is None:
                text = iso[d] = d.isoformat()
            out.append(text)
        return out

    raw = {"event_id": [e.event_id for e in events], "date": dates(e.date for e in events),
           "date_end": dates(e.date_end for e in events)}
    cells = {
        "event_id": _escape_list(raw["event_id"]), "date": _escape_list(raw["date"]),
        "date_end": _escape_list(raw["date_end"]),
        "escalation": [_number(e.escalation) for e in events],
        "actors": _escape_list([ACTOR_SEPARATOR.join(e.actors) for e in events]),
        "published": _escape_list(dates(e.published for e in events)),
        "sources_count": [int(e.sources_count) for e in events],
    }
    for c in COLUMNS:
        if c not in cells:
            cells[c] = _escape_list([getattr(e, c) for e in events])
    return cells, raw


def to_csv(events) -> str:
    """The timeline as CSV text: a header of COLUMNS, one row per event, sorted by date.

    Built column by column (a list of Events or a DataFrame holding at least COLUMNS), then
    written by one csv.writer pass; the cells are those `event_row`/`_text`, `_number` and
    `escape_cell` define.
    """
    cells, raw = _frame_columns(events) if _is_frame(events) else _event_columns(list(events))
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


def _source_dict(source: Source) -> dict:
    return {"article_id": source.article_id, "title": source.title, "source": source.source,
            "published": source.published.isoformat(), "url": source.url, "sentence": source.sentence,
            "date_text": source.date_text, "date_start": source.date_start, "date_end": source.date_end}


def to_json(events: Iterable[Event]) -> str:
    """The same rows as to_csv, plus each event's derivation and its list of sources (UTF-8 JSON)."""
    items = sorted(events, key=lambda e: (e.date, e.date_end, e.event_id))
    out = []
    for e in items:
        row = event_row(e)
        row["derivation"] = e.derivation
        row["actors"] = list(e.actors)
        row["sources"] = [_source_dict(s) for s in e.sources]
        out.append(row)
    return json.dumps(out, ensure_ascii=False, indent=1) + "\n"


def events_frame(events: Iterable[Event]):
    """A pandas DataFrame with exactly COLUMNS (dates as datetime.date, actors `;`-joined)."""
    import pandas as pd

    records = []
    for e in events:
        row = event_row(e)
        row["date"], row["date_end"], row["published"] = e.date, e.date_end, e.published
        records.append(row)
    frame = pd.DataFrame.from_records(records, columns=list(COLUMNS))
    if not records:
        frame = frame.astype({"escalation": "float64", "sources_count": "int64"})
    return frame


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
