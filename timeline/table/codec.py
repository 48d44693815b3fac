"""The timeline table's codec: an `Event` to a row of plain values and back, and many events to
a pandas DataFrame of the table's columns. Every shape an event takes outside the extractor —
a CSV/JSON row, a store row, a row of the dashboard's frame — is made and read here.
"""
from __future__ import annotations

import datetime as dt
import math
from typing import Iterable, Mapping

import pandas as pd

from timeline.records import ACTOR_SEPARATOR, COLUMNS, Event, Source


def number_cell(value, integer: bool = False):
    """A numeric cell: the number (an int when `integer`), or "" for nothing or not a number."""
    if integer and isinstance(value, int) and not isinstance(value, bool):
        return value
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, str) and not value.strip()):
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
        "status": event.status, "category": event.category, "escalation": number_cell(event.escalation),
        "actors": ACTOR_SEPARATOR.join(event.actors), "summary": event.summary,
        "article_id": event.article_id, "title": event.title, "source": event.source,
        "published": event.published.isoformat(), "url": event.url,
        "sources_count": int(event.sources_count),
        "source_actors": ACTOR_SEPARATOR.join(event.source_actors),
        "target_actors": ACTOR_SEPARATOR.join(event.target_actors),
        "event_type": event.event_type, "location": event.location, "country": event.country,
        "latitude": number_cell(event.latitude), "longitude": number_cell(event.longitude),
        "geo_precision": number_cell(event.geo_precision, True), "fatalities": number_cell(event.fatalities, True),
        "injured": number_cell(event.injured, True), "event_mode": event.event_mode,
        "actor_types": ACTOR_SEPARATOR.join(event.actor_types),
        "corrected": int(bool(event.corrected)),
    }


def source_dict(source: Source) -> dict:
    """One source as a dict of plain values (the JSON export's `sources` items)."""
    return {"article_id": source.article_id, "title": source.title, "source": source.source,
            "published": source.published.isoformat(), "url": source.url, "sentence": source.sentence,
            "date_text": source.date_text, "date_start": source.date_start, "date_end": source.date_end,
            "report_id": source.report_id}


def events_frame(events: Iterable[Event]):
    """A pandas DataFrame with exactly COLUMNS (dates as datetime.date, actors `;`-joined)."""
    records = []
    for e in events:
        row = event_row(e)
        row["date"], row["date_end"], row["published"] = e.date, e.date_end, e.published
        records.append(row)
    frame = pd.DataFrame.from_records(records, columns=list(COLUMNS))
    if not records:
        frame = frame.astype({"escalation": "float64", "sources_count": "int64"})
    return frame


def event_sources(event: Event) -> tuple[Source, ...]:
    """The event's sources; a single one made from its own columns when it carries none."""
    if event.sources:
        return event.sources
    return (Source(article_id=event.article_id, title=event.title, source=event.source,
                   published=event.published, url=event.url, sentence=event.summary,
                   date_text=event.date_text),)


def _day(value) -> dt.date:
    """A date cell (a date, a datetime or pandas Timestamp, or an ISO string) as a date."""
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    if isinstance(value, dt.datetime) or (hasattr(value, "date") and not isinstance(value, dt.date)):
        return value.date()
    return value


def event_record(event: Event) -> dict:
    """An event as a JSON-ready dict that `event_from_record` reads back to an equal Event: the
    row's values with the lists as lists, its derivation and merge note, its sources."""
    row = event_row(event)
    for name in ("actors", "source_actors", "target_actors", "actor_types"):
        row[name] = list(getattr(event, name))
    for name in NUMBER_FIELDS:
        value = getattr(event, name)
        row[name] = value
    row["derivation"], row["merge_note"] = event.derivation, event.merge_note
    row["place_from_story"] = event.place_from_story
    row["anchor_event_id"], row["anchor_offset"], row["anchor_unit"] = \
        event.anchor_event_id, event.anchor_offset, event.anchor_unit
    row["sources"] = [source_dict(s) for s in event.sources]
    return row


def event_from_record(record: Mapping) -> Event:
    return event_from_row(record, [source_from_row(s) for s in record.get("sources", ())])


NUMBER_FIELDS = ("latitude", "longitude", "geo_precision", "fatalities", "injured")


def source_from_row(row: Mapping) -> Source:
    """A Source from a mapping with its fields (a store row, a JSON item)."""
    return Source(article_id=row["article_id"], title=row["title"], source=row["source"],
                  published=_day(row["published"]), url=row["url"], sentence=row["sentence"],
                  date_text=row["date_text"], date_start=row["date_start"], date_end=row["date_end"],
                  report_id=str(row.get("report_id") or ""))


def _names(value) -> tuple[str, ...]:
    """An actors cell (a tuple, a list or the `;`-joined text) as a tuple of names."""
    if not value or (isinstance(value, float) and math.isnan(value)):
        return ()
    if isinstance(value, str):
        return tuple(a.strip() for a in value.split(ACTOR_SEPARATOR) if a.strip())
    return tuple(value)


def _optional_number(value, integer: bool = False):
    """A number cell that may be empty: None for "", None or NaN."""
    cell = number_cell(value, integer)
    return None if cell == "" else cell


def event_from_row(row: Mapping, sources: tuple[Source, ...] | list[Source] = ()) -> Event:
    """An Event from a row of the table: a store row, or a row of `Store.query_frame` (whose
    `sentence` and `phrase_start`/`phrase_end` give its first source when no sources are given).
    Actors may be a tuple or the `;`-joined cell; dates may be dates or ISO strings."""
    actors = _names(row.get("actors"))
    own = ()
    if not sources and row.get("sentence"):
        own = (Source(article_id=str(row.get("article_id") or ""), title=str(row.get("title") or ""),
                      source=str(row.get("source") or ""), published=_day(row.get("published")),
                      url=str(row.get("url") or ""), sentence=str(row["sentence"]),
                      date_text=str(row.get("date_text") or ""),
                      date_start=int(row.get("phrase_start", -1)), date_end=int(row.get("phrase_end", -1))),)
    return Event(event_id=str(row.get("event_id") or ""), date=_day(row.get("date")), date_end=_day(row.get("date_end")),
                 granularity=str(row.get("granularity") or ""), date_text=str(row.get("date_text") or ""),
                 date_basis=str(row.get("date_basis") or ""), status=str(row.get("status") or ""),
                 category=str(row.get("category") or ""), escalation=float(row.get("escalation") or 0.0),
                 actors=actors, summary=str(row.get("summary") or ""),
                 article_id=str(row.get("article_id") or ""), title=str(row.get("title") or ""),
                 source=str(row.get("source") or ""), published=_day(row.get("published")),
                 url=str(row.get("url") or ""), sources_count=int(row.get("sources_count") or 1),
                 derivation=str(row.get("derivation") or ""), sources=tuple(sources) or own,
                 place_from_story=bool(row.get("place_from_story") or False),
                 source_actors=_names(row.get("source_actors")), target_actors=_names(row.get("target_actors")),
                 event_type=_text_or_empty(row.get("event_type")), location=_text_or_empty(row.get("location")),
                 country=_text_or_empty(row.get("country")), latitude=_optional_number(row.get("latitude")),
                 longitude=_optional_number(row.get("longitude")),
                 geo_precision=_optional_number(row.get("geo_precision"), True),
                 fatalities=_optional_number(row.get("fatalities"), True),
                 injured=_optional_number(row.get("injured"), True), event_mode=_text_or_empty(row.get("event_mode")),
                 merge_note=_text_or_empty(row.get("merge_note")),
                 actor_types=_types(row.get("actor_types"), len(actors)), corrected=_flag(row.get("corrected")),
                 anchor_event_id=_text_or_empty(row.get("anchor_event_id")),
                 anchor_offset=_optional_number(row.get("anchor_offset"), True),
                 anchor_unit=_text_or_empty(row.get("anchor_unit")))


def _types(value, count: int) -> tuple[str, ...]:
    """The `actor_types` cell: one type per actor, in order; () when it is empty or does not
    have one type per actor (a hand-edited file), rather than types given to the wrong names."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ()
    cells = tuple(c.strip() for c in value.split(ACTOR_SEPARATOR)) if isinstance(value, str) else tuple(value)
    return cells if len(cells) == count and any(cells) else ()


def _flag(value) -> bool:
    """A yes/no cell: True, 1, "1", "true" are yes; nothing, 0, "", "0", "false", NaN are no."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes")
    cell = number_cell(value)
    return bool(cell) if cell != "" else False


def _text_or_empty(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)
