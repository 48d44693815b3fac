"""Export of the timeline table: CSV (COLUMNS order), JSON (the same rows plus their sources), a
pandas DataFrame of the same columns, and atomic file writes.

CSV cells are safe to open in a spreadsheet: a text cell that begins with `=`, `+`, `-`, `@`, a
tab or a carriage return is prefixed with `'` (OWASP "CSV injection"); the numeric columns
(escalation, sources_count) are written as numbers and never prefixed.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import os
import tempfile
from pathlib import Path
from typing import Iterable

from timeline.events import COLUMNS, Event, Source

NUMERIC_COLUMNS = ("escalation", "sources_count")
DATE_COLUMNS = ("date", "date_end", "published")
ACTOR_SEPARATOR = ";"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


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


def _rows(events) -> list[dict]:
    """Rows from a list of Events or a DataFrame holding (at least) COLUMNS."""
    if hasattr(events, "to_dict") and hasattr(events, "columns"):
        missing = [c for c in COLUMNS if c not in events.columns]
        if missing:
            raise ValueError(f"the table lacks the column(s) {', '.join(missing)}")
        rows = []
        for record in events[list(COLUMNS)].to_dict("records"):
            rows.append({c: (_number(record[c], c == "sources_count") if c in NUMERIC_COLUMNS else _text(record[c]))
                         for c in COLUMNS})
        return rows
    return [event_row(e) for e in events]


def to_csv(events) -> str:
    """The timeline as CSV text: a header of COLUMNS, one row per event, sorted by date."""
    rows = sorted(_rows(events), key=lambda r: (r["date"], r["date_end"], r["event_id"]))
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([row[c] if c in NUMERIC_COLUMNS else escape_cell(row[c]) for c in COLUMNS])
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
