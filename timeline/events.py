"""Events: the rows of the timeline (contract; extraction is added by the events work)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# The CSV columns, in order (the dashboard export and `python -m timeline export` use the same).
COLUMNS = ("event_id", "date", "date_end", "granularity", "date_text", "date_basis", "status",
           "category", "escalation", "actors", "summary", "article_id", "title", "source",
           "published", "url", "sources_count")


@dataclass(frozen=True)
class Source:
    """One article's report of an event (an event merged from several articles has several)."""

    article_id: str
    title: str
    source: str
    published: dt.date
    url: str
    sentence: str          # the sentence that reports the event, as written
    date_text: str         # the date phrase in that sentence ("" when dated by publication)
    date_start: int = -1   # offsets of date_text inside sentence, -1 when none
    date_end: int = -1


@dataclass(frozen=True)
class Event:
    event_id: str
    date: dt.date
    date_end: dt.date
    granularity: str       # day, week, month, quarter, year or unknown
    date_text: str
    date_basis: str        # explicit, narrative or publication
    status: str            # occurred, planned or speculative
    category: str
    escalation: float
    actors: tuple[str, ...]
    summary: str
    article_id: str
    title: str
    source: str
    published: dt.date
    url: str
    sources_count: int = 1
    derivation: str = ""   # how the date was derived, for people
    sources: tuple[Source, ...] = field(default=())
