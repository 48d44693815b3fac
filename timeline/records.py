"""The records every stage shares: an article, an event and its sources, the table's columns and
the filters that select rows. Nothing here imports another part of the project.

An `Article`'s id is a hash of its normalised text, so the same text is the same article
whatever file it came from. An `Event` is one row of the timeline table; its `sources` are the
reports of it (one per article sentence that tells it).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from dataclasses import dataclass, field

# The CSV columns, in order (the dashboard export and `python -m timeline export` use the same).
COLUMNS = ("event_id", "date", "date_end", "granularity", "date_text", "date_basis", "status",
           "category", "escalation", "actors", "summary", "article_id", "title", "source",
           "published", "url", "sources_count",
           # who did what to whom, where, with what toll (appended after the first seventeen)
           "source_actors", "target_actors", "event_type", "location", "country", "latitude", "longitude",
           "geo_precision", "fatalities", "injured", "event_mode", "actor_types",
           # 1 when an analyst corrected the row (timeline.store.overrides)
           "corrected")


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
    report_id: str = ""    # the id of the row this report made before any merge (stable: article, clause, trigger)


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
    source_actors: tuple[str, ...] = ()   # who acts (subject, agent of a passive, the one who speaks)
    target_actors: tuple[str, ...] = ()   # who it is done to (object, "against", "on", the victims)
    event_type: str = ""                  # PLOVER type: ASSAULT, COERCE, THREATEN, MOBILIZE, CONSULT, ...
    location: str = ""                    # the most specific place named for the event
    country: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None      # ACLED: 1 the place itself, 2 near it / a region, 3 the country
    # the place is the story's, the event's own words name none (`events.rows.in_story_country`): a hint for
    # merging, kept with each report (`table.codec.event_record`), not a column of the table; no part of equality
    place_from_story: bool = field(default=False, compare=False)
    fatalities: int | None = None         # people killed, as stated (ACLED conventions for vague counts)
    injured: int | None = None
    event_mode: str = ""                  # the PLOVER mode where one applies (ASSAULT: aerial, COERCE: seize, ...)
    merge_note: str = ""                  # why other reports were joined to this row, for people
    actor_types: tuple[str, ...] = ()     # the type of each name of `actors`, in its order ("official:United States")
    corrected: bool = False               # an analyst corrected the row (timeline.store.overrides)
    # a date told relative to another event's ("eight days prior", "the following day"): the report
    # id of that event, and how far from it in units of `anchor_unit` (day, week, month, quarter, year)
    anchor_event_id: str = ""
    anchor_offset: int | None = None
    anchor_unit: str = ""

    def type_of(self, name: str) -> str:
        """The type cell of one of the event's actors ("" when not known)."""
        return dict(zip(self.actors, self.actor_types)).get(name, "")


def realign_types(actors: tuple[str, ...], *events: "Event", rename: dict[str, str] | None = None) -> tuple[str, ...]:
    """The type cells for `actors`, taken from the events that name them (under their old name,
    when `rename` maps old names to new ones): the types of a merged or renamed row stay with their names."""
    known: dict[str, str] = {}
    for event in events:
        for name, cell in zip(event.actors, event.actor_types):
            known.setdefault((rename or {}).get(name, name), cell)
    if not any(known.values()):
        return ()
    return tuple(known.get(name, "") for name in actors)


@dataclass(frozen=True)
class Article:
    """One news article. `id` is a hash of the normalised text, so the same text is the same article."""

    text: str
    published: dt.date
    title: str = ""
    source: str = ""
    url: str = ""
    published_at: dt.datetime | None = None
    origin: str = ""  # the file (and line) it came from, for messages
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", article_id(self.text))


def normalise_text(text: str) -> str:
    """NFC, no invisible format characters (zero-width, BOM, soft hyphen, bidi marks) or NULs,
    whitespace folded: the form the id is computed on."""
    text = text.replace("\x00", "")
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return " ".join(text.split())


def article_id(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True)
class Filters:
    """What the dashboard's sidebar (and `export`) select. Empty fields select everything.

    actors with actor_mode 'any' keeps events naming at least one of them, 'all' events naming
    every one; date_from/date_to keep events whose interval overlaps the range (date_mode
    'overlaps') or lies inside it ('within'); text keeps events whose summary, actors or title
    contain every word of it (case- and accent-insensitive).
    """

    actors: tuple[str, ...] = ()
    actor_mode: str = "any"
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    categories: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    min_escalation: float | None = None
    text: str = ""
    date_mode: str = "overlaps"

    def __post_init__(self) -> None:
        for name in ("actors", "categories", "statuses", "sources"):
            value = getattr(self, name)
            if isinstance(value, str):
                value = (value,)
            object.__setattr__(self, name, tuple(v for v in (value or ()) if v))
        if self.actor_mode not in ("any", "all"):
            raise ValueError(f"actor_mode must be 'any' or 'all', not {self.actor_mode!r}")
        if self.date_mode not in DATE_MODES:
            raise ValueError(f"date_mode must be one of {DATE_MODES}, not {self.date_mode!r}")
        for name in ("date_from", "date_to"):  # a datetime / pandas Timestamp / ISO string to a date
            value = getattr(self, name)
            if isinstance(value, str):
                value = dt.date.fromisoformat(value[:10])
            elif isinstance(value, dt.datetime) or (value is not None and hasattr(value, "date")
                                                    and not isinstance(value, dt.date)):
                value = value.date()
            object.__setattr__(self, name, value)
        object.__setattr__(self, "text", self.text or "")


STATUSES = ("occurred", "planned", "speculative")
DATE_MODES = ("overlaps", "within")   # an event's interval overlapping the date range, or inside it
NUMERIC_COLUMNS = ("escalation", "sources_count", "latitude", "longitude", "geo_precision", "fatalities", "injured",
                   "corrected")
INTEGER_COLUMNS = ("sources_count", "geo_precision", "fatalities", "injured", "corrected")
DATE_COLUMNS = ("date", "date_end", "published")
ACTOR_SEPARATOR = ";"          # between actor names in a CSV cell
SCORE_RANGE = (-10.0, 10.0)    # the escalation scale of lang/en/escalation.tsv


# Characters never written raw to a terminal or a message: controls (escape sequences, newlines),
# format characters (bidi overrides and isolates, zero-width characters, soft hyphen, BOM), line and
# paragraph separators, and lone surrogates (a file name's bytes that are not UTF-8).
_UNPRINTABLE = frozenset(("Cc", "Cf", "Zl", "Zp", "Cs"))


def printable(text: str) -> str:
    """`text` with every control, bidi or other format character, line separator and lone surrogate
    escaped (\\x1b, \\u202e, \\n), so a file name or message stays one line that shows what it is.
    A byte of a file name that is not UTF-8 (Python's surrogate escape, U+DC80..U+DCFF) is shown as
    the byte, \\xff. Escaping twice changes nothing."""
    if text.isascii() and text.isprintable():
        return text
    return "".join(_escaped(ch) if unicodedata.category(ch) in _UNPRINTABLE else ch for ch in text)


def _escaped(ch: str) -> str:
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    return ascii(ch)[1:-1]


def one_line(value: object, limit: int = 300) -> str:
    """A message (an exception, a problem text) folded onto one line and cut to `limit` characters;
    an exception without a message is named by its type."""
    text = " ".join(str(value).split())
    if not text and isinstance(value, BaseException):
        text = type(value).__name__
    return text if len(text) <= limit else text[:limit - 3] + "..."
