"""Analysts' corrections, kept as overrides beside the machine's rows (schema v7, table `overrides`).

A correction records who made it (a name), when, the value before and after, and an optional
note. It is applied to the stored row at once, and applied again after every write that may have
rewritten the row (an ingest that merges a new report into it, a re-extraction of the stored
articles), so it survives both; undoing it restores the machine's value underneath (`base`).

Kinds: `set` (one field: date, category, event_type, status, actors, location), `dismiss` (not an
event: the row is removed, kept in the override for undo), `merge` (two rows are one event),
`split` (some reports of a row are another event), and `follow`: the move of an event whose date
was told relative to a corrected event ("eight days prior", "the following day"), made by the
date correction it follows (timeline.events.anchors).

Which row a correction applies to (the matching rule). A correction keeps the reports of the row
it was made on: each report's id (a hash of its article's id, the clause's span and its trigger:
stable while the article's text and the extractor's reading of the sentence stay the same), its
article and its sentence. After an ingest or a re-extraction the row is the one that holds
  1. a report with one of those ids (the row holding most of them), else
  2. a report from the same article with the same sentence (the extractor now reads the clause
     differently), preferring a row of the category the row had when corrected;
else the correction is kept, marked not applied (`applied` 0) in the audit view, and applied again
if a later extraction finds its sentence.
"""
from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Iterable

from timeline.events import extract_article
from timeline.events import merge as merge_rows
from timeline.events.anchors import follow
from timeline.events.taxonomy import load_taxonomy
from timeline.places import lookup as place_lookup
from timeline.records import STATUSES, Event, Source
from timeline.table.codec import event_from_row, event_row, source_dict, source_from_row

FIELDS = ("date", "category", "event_type", "status", "actors", "location")
SUMMARY_CHARS = 300


class CorrectionError(ValueError):
    """A correction that cannot be made (unknown event, bad value, nobody named): one line for people."""


@dataclass(frozen=True)
class Correction:
    """One override, as the audit view lists it."""

    id: int
    kind: str
    field: str
    event_id: str
    summary: str
    old: object
    new: object
    who: str
    made_at: str
    note: str = ""
    parent: int | None = None
    applied: bool = True
    undone_at: str | None = None
    undone_by: str = ""

    @property
    def active(self) -> bool:
        return self.undone_at is None

    def change(self) -> str:
        """What it changed, in words: "date 2025-11-24 → 2025-11-25", "not an event", ..."""
        if self.kind == "dismiss":
            return "marked not an event"
        if self.kind == "merge":
            return f"merged with “{_short(self.new)}”"
        if self.kind == "split":
            return f"split off {self.new} report(s) as another event"
        what = "date (moved with its anchor)" if self.kind == "follow" else self.field
        return f"{what} {show_value(self.field, self.old)} → {show_value(self.field, self.new)}"


@dataclass(frozen=True)
class Moved:
    """An event whose date followed a corrected anchor (or was left: `kept` when corrected by hand)."""

    event_id: str
    summary: str
    was: tuple[dt.date, dt.date]
    now: tuple[dt.date, dt.date]
    kept: bool = False


@dataclass
class CorrectionResult:
    correction: Correction
    moved: list[Moved] = field(default_factory=list)


def _short(text: object, limit: int = 80) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _interval(value: dict) -> str:
    start, end = value.get("date", ""), value.get("date_end", "")
    return start if start == end else f"{start}..{end}"


def show_value(field_name: str, value: object) -> str:
    """A field's value for people."""
    if value is None:
        return "(none)"
    if field_name == "date" and isinstance(value, dict):
        return _interval(value)
    if field_name == "actors" and isinstance(value, list):
        return "; ".join(value) or "(none)"
    if field_name == "location" and isinstance(value, dict):
        where = value.get("location") or "(none)"
        if value.get("latitude") is not None:
            where += f" ({value['latitude']:.2f}, {value['longitude']:.2f})"
        return where
    return str(value) or "(none)"


def granularity_for(start: dt.date, end: dt.date) -> str:
    """The granularity of an interval typed by an analyst: a day, an ISO week, a calendar month,
    quarter or year when it is exactly one, else unknown."""
    if start == end:
        return "day"
    if start.weekday() == 0 and (end - start).days == 6:
        return "week"
    last = calendar.monthrange(end.year, end.month)[1]
    if start.day == 1 and end.day == last:
        if (start.year, start.month) == (end.year, end.month):
            return "month"
        if start.year == end.year and start.month % 3 == 1 and end.month == start.month + 2:
            return "quarter"
        if start.year == end.year and (start.month, end.month) == (1, 12):
            return "year"
    return "unknown"


# ------------------------------------------------------------------ values of the correctable fields

def field_value(event: Event, name: str) -> object:
    """The JSON value of a correctable field of a row."""
    if name == "date":
        return {"date": event.date.isoformat(), "date_end": event.date_end.isoformat(),
                "granularity": event.granularity}
    if name == "actors":
        return list(event.actors)
    if name == "location":
        return {"location": event.location, "country": event.country, "latitude": event.latitude,
                "longitude": event.longitude, "geo_precision": event.geo_precision}
    return getattr(event, name)


def machine_value(event: Event, name: str) -> object:
    """What undo restores: the field's value, and for a date how it was derived."""
    value = field_value(event, name)
    if name == "date":
        value = {**value, "derivation": event.derivation}
    elif name == "event_type":
        value = {"event_type": event.event_type, "event_mode": event.event_mode}
    elif name == "category":
        value = {"category": event.category, "escalation": event.escalation}
    return value


def _same(event: Event, name: str, value: object) -> bool:
    if isinstance(value, dict) and name in ("event_type", "category"):
        value = value[name]
    if name == "date" and isinstance(value, dict):
        value = {k: value[k] for k in ("date", "date_end", "granularity")}
    return field_value(event, name) == value


def put_value(event: Event, name: str, value: object, derivation: str = "") -> Event:
    """The row with a field set to a JSON value (a machine value from `machine_value` or a new one)."""
    if name == "date":
        start, end = dt.date.fromisoformat(value["date"]), dt.date.fromisoformat(value["date_end"])
        return replace(event, date=start, date_end=end, granularity=value["granularity"],
                       derivation=value.get("derivation", derivation or event.derivation))
    if name == "category":
        category = value["category"] if isinstance(value, dict) else value
        score = value["escalation"] if isinstance(value, dict) else load_taxonomy().score(category)
        return replace(event, category=category, escalation=score)
    if name == "event_type":
        if isinstance(value, dict):
            return replace(event, event_type=value["event_type"], event_mode=value["event_mode"])
        return replace(event, event_type=value, event_mode=event.event_mode if value == event.event_type else "")
    if name == "status":
        return replace(event, status=value)
    if name == "actors":
        names = tuple(value)
        return replace(event, actors=names, source_actors=tuple(n for n in event.source_actors if n in names),
                       target_actors=tuple(n for n in event.target_actors if n in names))
    if name == "location":
        return replace(event, location=value["location"], country=value["country"], latitude=value["latitude"],
                       longitude=value["longitude"], geo_precision=value["geo_precision"], place_from_story=False)
    raise CorrectionError(f"cannot correct {name!r} (correctable: {', '.join(FIELDS)})")


def location_value(name: str, latitude: float | None = None, longitude: float | None = None) -> dict:
    """A location correction: the place the gazetteer knows by that name (its country, point and
    precision), or the name with the given point; no point when neither gives one."""
    name = " ".join((name or "").split())
    place = place_lookup(name) if name else None
    if latitude is not None and longitude is not None:
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise CorrectionError(f"latitude {latitude} / longitude {longitude} is not a point on Earth")
        return {"location": name, "country": place.country if place else "", "latitude": float(latitude),
                "longitude": float(longitude), "geo_precision": 1}
    if place is None:
        return {"location": name, "country": "", "latitude": None, "longitude": None, "geo_precision": None}
    return {"location": place.name, "country": place.country, "latitude": place.latitude,
            "longitude": place.longitude, "geo_precision": place.precision}


def check_value(name: str, value: object) -> object:
    """A new value as stored, after checking it (CorrectionError when it cannot be one)."""
    if name == "date":
        try:
            start, end = dt.date.fromisoformat(str(value["date"])), dt.date.fromisoformat(str(value["date_end"]))
        except (KeyError, TypeError, ValueError):
            raise CorrectionError("a date correction needs a start and an end date (YYYY-MM-DD)") from None
        if end < start:
            raise CorrectionError(f"the date range ends ({end}) before it starts ({start})")
        return {"date": start.isoformat(), "date_end": end.isoformat(),
                "granularity": value.get("granularity") or granularity_for(start, end)}
    if name == "status" and value not in STATUSES:
        raise CorrectionError(f"status must be one of {', '.join(STATUSES)}, not {value!r}")
    if name == "category" and value not in load_taxonomy().categories:
        raise CorrectionError(f"unknown category {value!r}")
    if name == "actors":
        return [" ".join(str(a).split()) for a in dict.fromkeys(value) if str(a).strip()]
    if name == "event_type":
        return str(value or "").strip().upper()
    if name == "location" and not isinstance(value, dict):
        return location_value(str(value))
    if name not in FIELDS:
        raise CorrectionError(f"cannot correct {name!r} (correctable: {', '.join(FIELDS)})")
    return value


# ------------------------------------------------------------------ rows as JSON (for undo)

def event_json(event: Event) -> dict:
    row = event_row(event)
    row.update(derivation=event.derivation, merge_note=event.merge_note, anchor_event_id=event.anchor_event_id,
               anchor_offset=event.anchor_offset, anchor_unit=event.anchor_unit,
               sources=[source_dict(s) for s in event.sources])
    for key in ("latitude", "longitude", "geo_precision", "fatalities", "injured"):
        row[key] = getattr(event, key)
    return row


def event_from_json(row: dict) -> Event:
    return event_from_row(row, tuple(source_from_row(s) for s in row.get("sources", ())))


def report_keys(sources: Iterable[Source], category: str) -> list[dict]:
    """How a row's reports are found again: id, article, sentence (and the row's category)."""
    return [{"report": s.report_id, "article": s.article_id, "sentence": s.sentence, "category": category}
            for s in sources]


def _key_matches(key: dict, source: Source) -> bool:
    if key["report"] and source.report_id:
        return key["report"] == source.report_id
    return key["article"] == source.article_id and key["sentence"] == source.sentence


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


@dataclass
class _Row:
    """An overrides row, JSON decoded."""

    id: int
    kind: str
    field: str
    target: list
    other: list
    event_id: str
    summary: str
    old: object
    new: object
    base: object
    who: str
    made_at: str
    note: str
    parent: int | None
    applied: int
    undone_at: str | None
    undone_by: str

    @classmethod
    def of(cls, row: tuple) -> "_Row":
        values = dict(zip(_COLUMNS, row))
        for key in _JSON_COLUMNS:
            values[key] = json.loads(values[key])
        return cls(**values)

    def public(self) -> Correction:
        new = len(self.other) if self.kind == "split" else self.new
        return Correction(self.id, self.kind, self.field, self.event_id, self.summary, self.old, new, self.who,
                          self.made_at, self.note, self.parent, bool(self.applied), self.undone_at, self.undone_by)


_COLUMNS = tuple(f.name for f in dataclasses.fields(_Row))   # the overrides table's columns, in order
_JSON_COLUMNS = tuple(f.name for f in dataclasses.fields(_Row) if f.type in ("list", "object"))


class Correcting:
    """The corrections half of `Store` (db.py): uses its lock, connection and write transactions, and
    the row writers of `Ingesting`."""

    # ------------------------------------------------------------ reading

    def corrections(self, event_id: str | None = None, include_undone: bool = True) -> list[Correction]:
        """Every correction, newest first (or those of one row, found by the matching rule)."""
        with self._read() as conn:
            rows = [_Row.of(r) for r in conn.execute(
                f"SELECT {', '.join(_COLUMNS)} FROM overrides ORDER BY id DESC")]
            if event_id is not None:
                found = conn.execute("SELECT id FROM events WHERE event_id = ?", (event_id,)).fetchone()
                if found is None:
                    return []
                rows = [r for r in rows if self._row_of(conn, r.target, r.summary) == found[0]
                        or (r.kind == "merge" and self._row_of(conn, r.other, "") == found[0])]
        return [r.public() for r in rows if include_undone or r.undone_at is None]

    def dependents(self, event_id: str) -> list[Event]:
        """The events whose date was told relative to this one's ("eight days prior")."""
        with self._read() as conn:
            found = conn.execute("SELECT id FROM events WHERE event_id = ?", (event_id,)).fetchone()
            if found is None:
                return []
            return [e for _rowid, e in self._dependents(conn, found[0])]

    # ------------------------------------------------------------ making corrections

    def correct(self, event_id: str, field_name: str, value: object, *, who: str, note: str = "") -> CorrectionResult:
        """Set one field of a row (FIELDS); a date correction moves the events anchored to it."""
        who = _who(who)
        value = check_value(field_name, value)
        with self._write() as conn:
            rowid, event = self._row(conn, event_id)
            if _same(event, field_name, value):
                raise CorrectionError(f"the event already has this {field_name}")
            earlier = self._active_set(conn, rowid, field_name)
            base = earlier[-1].base if earlier else machine_value(event, field_name)
            oid = self._record(conn, "set", field_name, event, field_value(event, field_name), value, base, who, note)
            moved = self._reapply_overrides(conn, report_for=oid)
            return CorrectionResult(self._public(conn, oid), moved)

    def dismiss(self, event_id: str, *, who: str, note: str = "") -> CorrectionResult:
        """Mark a row as not an event: it leaves the timeline (the audit view keeps it, undo restores it)."""
        who = _who(who)
        with self._write() as conn:
            _rowid, event = self._row(conn, event_id)
            oid = self._record(conn, "dismiss", "", event, None, None, event_json(event), who, note)
            self._reapply_overrides(conn)
            return CorrectionResult(self._public(conn, oid))

    def merge_events(self, event_id: str, other_event_id: str, *, who: str, note: str = "") -> CorrectionResult:
        """Two rows are one event: the other row joins this one (its reports become this row's)."""
        who = _who(who)
        if event_id == other_event_id:
            raise CorrectionError("choose two different events to merge")
        with self._write() as conn:
            _ra, a = self._row(conn, event_id)
            _rb, b = self._row(conn, other_event_id)
            oid = self._record(conn, "merge", "", a, None, b.summary, {"a": event_json(a), "b": event_json(b)}, who,
                               note, other=report_keys(b.sources, b.category))
            self._reapply_overrides(conn)
            return CorrectionResult(self._public(conn, oid))

    def split_event(self, event_id: str, positions: Iterable[int], *, who: str, note: str = "") -> CorrectionResult:
        """Some reports of a row tell another event (a wrong merge): those at `positions` of its
        sources become a row of their own."""
        who = _who(who)
        with self._write() as conn:
            _rowid, event = self._row(conn, event_id)
            chosen = sorted(set(int(p) for p in positions))
            if not chosen or any(not 0 <= p < len(event.sources) for p in chosen) or len(chosen) >= len(event.sources):
                raise CorrectionError(f"choose some, not all, of the event's {len(event.sources)} reports to split off")
            moved = [event.sources[p] for p in chosen]
            kept = [s for p, s in enumerate(event.sources) if p not in chosen]
            oid = self._record(conn, "split", "", event, None, None, event_json(event), who, note,
                               target=report_keys(kept, event.category), other=report_keys(moved, event.category))
            self._reapply_overrides(conn)
            return CorrectionResult(self._public(conn, oid))

    def undo(self, correction_id: int, *, who: str) -> CorrectionResult:
        """Take a correction back: the machine's value (or row) returns, and the events that moved with
        a date correction move back."""
        who = _who(who)
        with self._write() as conn:
            row = self._override(conn, correction_id)
            if row.undone_at is not None:
                raise CorrectionError(f"correction {correction_id} was already undone")
            if row.kind == "follow":
                raise CorrectionError("this move follows a date correction: undo that correction instead")
            now = _now()
            moved = self._restore(conn, row)
            conn.execute("UPDATE overrides SET undone_at = ?, undone_by = ? WHERE id = ? OR (parent = ? AND undone_at IS NULL)",
                         (now, who, row.id, row.id))
            self._reapply_overrides(conn)
            return CorrectionResult(self._public(conn, row.id), moved)

    def reextract(self, articles_progress=None, *, extract=None) -> int:
        """Extract the events of every stored article again (with this version's rules, or `extract`),
        replacing the stored rows, then apply the corrections again. Returns the number of rows."""
        with self._read() as conn:
            ids = [aid for (aid,) in conn.execute("SELECT id FROM articles ORDER BY ingested_at, rowid")]
        found: list[tuple[Event, ...]] = []
        for done, aid in enumerate(ids, start=1):
            article = self.article(aid)
            found.append(tuple(extract(article) if extract is not None else extract_article(article)))
            if articles_progress is not None:
                articles_progress(done, len(ids))
        with self._write() as conn:
            for table in ("event_actors", "event_sources", "event_search", "report_names", "reports", "actor_names"):
                conn.execute(f"DELETE FROM {table}")
            conn.execute("DELETE FROM events")
            conn.execute("UPDATE meta SET value = '0' WHERE key = 'max_span_days'")
            self._max_span = 0
            for events in found:
                self._store_events(conn, list(events), True)
            self._reapply_overrides(conn)
            return conn.execute("SELECT count(*) FROM events").fetchone()[0]

    # ------------------------------------------------------------ the parts

    def _row(self, conn: sqlite3.Connection, event_id: str) -> tuple[int, Event]:
        found = self._load_events(conn, "e.event_id = ?", [event_id], with_sources=True)
        if not found:
            raise CorrectionError(f"no event {event_id!r} in the store (it may have been merged or removed)")
        return found[0]

    def _load_row(self, conn: sqlite3.Connection, rowid: int) -> Event:
        return self._load_events(conn, "e.id = ?", [rowid], with_sources=True)[0][1]

    def _override(self, conn: sqlite3.Connection, oid: int) -> _Row:
        row = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM overrides WHERE id = ?", (oid,)).fetchone()
        if row is None:
            raise CorrectionError(f"no correction {oid}")
        return _Row.of(row)

    def _public(self, conn: sqlite3.Connection, oid: int) -> Correction:
        return self._override(conn, oid).public()

    def _record(self, conn: sqlite3.Connection, kind: str, field_name: str, event: Event, old, new, base, who: str,
                note: str, *, target: list | None = None, other: list | None = None, parent: int | None = None) -> int:
        cur = conn.execute(
            "INSERT INTO overrides (kind, field, target, other, event_id, summary, old, new, base, who, made_at, note, "
            "parent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (kind, field_name, json.dumps(target if target is not None else report_keys(event.sources, event.category)),
             json.dumps(other or []), event.event_id, _short(event.summary, SUMMARY_CHARS), json.dumps(old),
             json.dumps(new), json.dumps(base), who, _now(), " ".join((note or "").split()), parent))
        return cur.lastrowid

    def _active(self, conn: sqlite3.Connection) -> list[_Row]:
        return [_Row.of(r) for r in conn.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM overrides WHERE undone_at IS NULL ORDER BY id")]

    def _active_set(self, conn: sqlite3.Connection, rowid: int, field_name: str) -> list[_Row]:
        return [r for r in self._active(conn) if r.kind == "set" and r.field == field_name
                and self._row_of(conn, r.target, "") == rowid]

    def _row_of(self, conn: sqlite3.Connection, keys: list, _summary: str) -> int | None:
        """The row that holds these reports now (the matching rule of the module's docstring)."""
        ids = [k["report"] for k in keys if k.get("report")]
        if ids:
            hits = Counter(rowid for (rowid,) in conn.execute(
                f"SELECT event_id FROM event_sources WHERE report_id IN ({', '.join('?' * len(ids))})", ids))
            if hits:
                return min(hits, key=lambda r: (-hits[r], r))
        for key in keys:
            rows = conn.execute(
                "SELECT s.event_id, e.category FROM event_sources s JOIN events e ON e.id = s.event_id "
                "WHERE s.article_id = ? AND s.sentence = ? ORDER BY s.event_id", (key["article"], key["sentence"])).fetchall()
            if rows:
                same = [rowid for rowid, category in rows if category == key.get("category")]
                return (same or [rows[0][0]])[0]
        return None

    def _dependents(self, conn: sqlite3.Connection, rowid: int) -> list[tuple[int, Event]]:
        reports = [r for (r,) in conn.execute(
            "SELECT report_id FROM event_sources WHERE event_id = ? AND report_id != ''", (rowid,))]
        if not reports:
            return []
        return [(r, e) for r, e in self._load_events(
            conn, f"e.anchor_event_id IN ({', '.join('?' * len(reports))}) AND e.id != ?", reports + [rowid],
            with_sources=True) if r != rowid]

    def _rewrite(self, conn: sqlite3.Connection, rowid: int, old: Event, new: Event) -> None:
        self._update_event(conn, rowid, old, new)

    # ------------------------------------------------------------ applying

    def _reapply_overrides(self, conn: sqlite3.Connection, report_for: int | None = None) -> list[Moved]:
        """Apply every active correction to the rows as they are now (after a correction, an undo, an
        ingest or a re-extraction): idempotent, so rows already corrected are left as they are.
        Returns the moves of the events anchored to the date correction `report_for`."""
        if report_for is None and conn.execute("SELECT 1 FROM overrides LIMIT 1").fetchone() is None:
            return []
        active = self._active(conn)
        touched: set[int] = set()
        moved: list[Moved] = []
        for row in active:
            if row.kind == "set":
                rowid = self._row_of(conn, row.target, row.summary)
                later = [r for r in active if r.kind == "set" and r.field == row.field and r.id > row.id
                         and self._row_of(conn, r.target, r.summary) == rowid]
                if rowid is not None and not later:
                    moves = self._apply_set(conn, row, rowid, touched)
                    if row.id == report_for:
                        moved = moves
                self._mark_applied(conn, row, rowid is not None)
                if rowid is not None:
                    touched.add(rowid)
            elif row.kind == "dismiss":
                rowid = self._row_of(conn, row.target, row.summary)
                if rowid is not None:
                    event = self._load_row(conn, rowid)
                    conn.execute("UPDATE overrides SET base = ? WHERE id = ?", (json.dumps(event_json(event)), row.id))
                    conn.execute("DELETE FROM events WHERE id = ?", (rowid,))
                    touched.discard(rowid)
            elif row.kind == "merge":
                self._apply_merge(conn, row, touched)
            elif row.kind == "split":
                self._apply_split(conn, row, touched)
        self._flag_corrected(conn, touched)
        return moved

    def _mark_applied(self, conn: sqlite3.Connection, row: _Row, applied: bool) -> None:
        if bool(row.applied) != applied:
            conn.execute("UPDATE overrides SET applied = ? WHERE id = ?", (int(applied), row.id))

    def _apply_set(self, conn: sqlite3.Connection, row: _Row, rowid: int, touched: set[int]) -> list[Moved]:
        event = self._load_row(conn, rowid)
        if not _same(event, row.field, row.new):
            # the row holds the machine's value (new, or rewritten by an ingest/re-extraction): keep it for undo
            base = machine_value(event, row.field)
            conn.execute("UPDATE overrides SET base = ? WHERE id = ?", (json.dumps(base), row.id))
            row.base = base
            derivation = ""
            if row.field == "date":
                derivation = (f"corrected by {row.who} ({row.made_at[:10]}) to {_interval(row.new)}"
                              + (f" ({row.note})" if row.note else "") + f"; the machine read: {base['derivation']}")
            self._rewrite(conn, rowid, event, put_value(event, row.field, row.new, derivation))
        if row.field != "date":
            return []
        return self._follow(conn, row, rowid, dt.date.fromisoformat(row.base["date"]),
                            dt.date.fromisoformat(row.new["date"]), touched, {rowid})

    def _follow(self, conn: sqlite3.Connection, parent: _Row, rowid: int, was: dt.date, now: dt.date,
                touched: set[int], seen: set[int]) -> list[Moved]:
        """Move the events anchored to row `rowid`, whose date went from `was` to `now` (and theirs)."""
        moves: list[Moved] = []
        follows = {self._row_of(conn, f.target, ""): f for f in self._active(conn)
                   if f.kind == "follow" and f.parent == parent.id}
        anchor = self._load_row(conn, rowid)
        for dep_rowid, dep in self._dependents(conn, rowid):
            if dep_rowid in seen:
                continue
            seen.add(dep_rowid)
            current = (dep.date, dep.date_end)
            if self._active_set(conn, dep_rowid, "date"):
                moves.append(Moved(dep.event_id, dep.summary, current, current, kept=True))
                continue
            existing = follows.get(dep_rowid)
            if existing is not None and field_value(dep, "date") == {k: existing.new[k] for k in ("date", "date_end", "granularity")}:
                machine = existing.base
            else:
                machine = machine_value(dep, "date")
            start, end = (dt.date.fromisoformat(machine["date"]), dt.date.fromisoformat(machine["date_end"]))
            new_start, new_end = follow((start, end), dep.anchor_unit or "day", was, now)
            new = {"date": new_start.isoformat(), "date_end": new_end.isoformat(), "granularity": dep.granularity}
            how = (f"{abs(dep.anchor_offset)} {dep.anchor_unit or 'day'}(s) "
                   f"{'before' if dep.anchor_offset < 0 else 'after'}" if dep.anchor_offset else "the same "
                   + (dep.anchor_unit or "day") + " as")
            derivation = (f"moved with its anchor “{_short(anchor.summary, 60)}”, corrected by {parent.who} to "
                          f"{now.isoformat()}: {how} it → {_interval(new)}; the machine read: {machine['derivation']}")
            if (new_start, new_end) != current:
                self._rewrite(conn, dep_rowid, dep, put_value(dep, "date", new, derivation))
            if existing is None:
                oid = self._record(conn, "follow", "date", dep, field_value(dep, "date"), new, machine, parent.who,
                                   parent.note, parent=parent.id)
            else:
                oid = existing.id
                conn.execute("UPDATE overrides SET new = ?, base = ?, applied = 1 WHERE id = ?",
                             (json.dumps(new), json.dumps(machine), oid))
            touched.add(dep_rowid)
            moves.append(Moved(dep.event_id, dep.summary, current, (new_start, new_end)))
            moves += self._follow(conn, parent, dep_rowid, start, new_start, touched, seen)
        return moves

    def _apply_merge(self, conn: sqlite3.Connection, row: _Row, touched: set[int]) -> None:
        ra, rb = self._row_of(conn, row.target, ""), self._row_of(conn, row.other, "")
        self._mark_applied(conn, row, ra is not None and rb is not None)
        if ra is None or rb is None:
            return
        touched.add(ra)
        if ra == rb:
            return
        a, b = self._load_row(conn, ra), self._load_row(conn, rb)
        joined = merge_rows(a, b)
        note = f"joined by hand by {row.who} ({row.made_at[:10]})" + (f": {row.note}" if row.note else "")
        joined = replace(joined, event_id=a.event_id,
                         merge_note=" | ".join(n for n in (joined.merge_note, note) if n))
        conn.execute("DELETE FROM events WHERE id = ?", (rb,))
        touched.discard(rb)
        self._rewrite(conn, ra, a, joined)

    def _apply_split(self, conn: sqlite3.Connection, row: _Row, touched: set[int]) -> None:
        rk, rm = self._row_of(conn, row.target, ""), self._row_of(conn, row.other, "")
        self._mark_applied(conn, row, rk is not None and rm is not None)
        if rk is None or rm is None:
            return
        touched.update((rk, rm))
        if rk != rm:
            return
        event = self._load_row(conn, rk)
        moved = [s for s in event.sources if any(_key_matches(k, s) for k in row.other)]
        kept = [s for s in event.sources if s not in moved]
        if not moved or not kept:
            return
        note = f"split off by hand by {row.who} ({row.made_at[:10]})" + (f": {row.note}" if row.note else "")
        self._rewrite(conn, rk, event, _with_sources(event, kept, event.merge_note))
        first = moved[0]
        piece = replace(_with_sources(event, moved, note), event_id=first.report_id or f"{event.event_id}-split",
                        summary=_short(first.sentence, SUMMARY_CHARS), date_text=first.date_text,
                        article_id=first.article_id, title=first.title, source=first.source,
                        published=first.published, url=first.url)
        touched.add(self._insert_event(conn, piece))

    def _restore(self, conn: sqlite3.Connection, row: _Row) -> list[Moved]:
        """Put back what a correction changed (before it is marked undone and the rest re-applied)."""
        moves: list[Moved] = []
        if row.kind == "set":
            rowid = self._row_of(conn, row.target, row.summary)
            if rowid is not None:
                event = self._load_row(conn, rowid)
                self._rewrite(conn, rowid, event, put_value(event, row.field, row.base))
            for f in self._active(conn):
                if f.kind == "follow" and f.parent == row.id:
                    dep_rowid = self._row_of(conn, f.target, "")
                    if dep_rowid is not None:
                        dep = self._load_row(conn, dep_rowid)
                        restored = put_value(dep, "date", f.base)
                        self._rewrite(conn, dep_rowid, dep, restored)
                        moves.append(Moved(dep.event_id, dep.summary, (dep.date, dep.date_end),
                                           (restored.date, restored.date_end)))
        elif row.kind == "dismiss":
            if self._row_of(conn, row.target, "") is None:
                self._insert_event(conn, event_from_json(row.base))
        elif row.kind == "merge":
            ra = self._row_of(conn, row.target, "")
            if ra is not None:
                a = self._load_row(conn, ra)
                self._rewrite(conn, ra, a, event_from_json(row.base["a"]))
                self._insert_event(conn, event_from_json(row.base["b"]))
        elif row.kind == "split":
            rk, rm = self._row_of(conn, row.target, ""), self._row_of(conn, row.other, "")
            if rk is not None and rm is not None and rk != rm:
                conn.execute("DELETE FROM events WHERE id = ?", (rm,))
                self._rewrite(conn, rk, self._load_row(conn, rk), event_from_json(row.base))
        return moves

    def _flag_corrected(self, conn: sqlite3.Connection, touched: set[int]) -> None:
        """events.corrected is 1 exactly on the rows an active correction holds."""
        flagged = {r for (r,) in conn.execute("SELECT id FROM events WHERE corrected = 1")}
        for rowid in flagged - touched:
            conn.execute("UPDATE events SET corrected = 0, changed = ? WHERE id = ?", (self._writing, rowid))
        for rowid in touched - flagged:
            conn.execute("UPDATE events SET corrected = 1, changed = ? WHERE id = ?", (self._writing, rowid))


def _who(who: str) -> str:
    who = " ".join((who or "").split())
    if not who:
        raise CorrectionError("say who makes the correction (a name is enough)")
    return who[:80]


def _with_sources(event: Event, sources: list[Source], merge_note: str) -> Event:
    return replace(event, sources=tuple(sources), sources_count=len({s.article_id for s in sources}),
                   merge_note=merge_note)
