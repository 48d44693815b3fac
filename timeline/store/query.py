"""Reading the store: filters as SQL, events and their sources back as `Event`s, the dashboard's
frame, and the facets the sidebar offers. `Querying` is the part of `Store` that reads.
"""
from __future__ import annotations

import datetime as dt
import sqlite3

import pandas as pd

from timeline.records import ACTOR_SEPARATOR, COLUMNS, DATE_COLUMNS, NUMERIC_COLUMNS, Event, Filters, Source
from timeline.store.migrations import ACTOR_SEP, fold, write_count
from timeline.table.codec import event_from_row, source_from_row


# the events table has a column of each name of COLUMNS, and these
STORED_COLUMNS = COLUMNS + ("derivation", "merge_note", "anchor_event_id", "anchor_offset", "anchor_unit")
# query_frame: the stored columns, then the provenance of the first source, for the event table.
EXTRA_COLUMNS = STORED_COLUMNS[len(COLUMNS):] + ("sentence", "phrase_start", "phrase_end")
FRAME_COLUMNS = COLUMNS + EXTRA_COLUMNS
_NUMBER_COLUMNS = NUMERIC_COLUMNS + ("phrase_start", "phrase_end", "anchor_offset")
ACTOR_COLUMNS = ("actors", "source_actors", "target_actors", "actor_types")   # joined by ACTOR_SEP in the store
_EVENT_SELECT = "e.id, " + ", ".join(f"e.{c}" for c in STORED_COLUMNS)
_SOURCE_SELECT = ("s.event_id, s.article_id, a.title, a.source, a.published, a.url, s.sentence, "
                  "s.date_text, s.date_start, s.date_end, s.report_id")
_FRAME_SELECT = ", ".join(f"e.{c}" for c in STORED_COLUMNS) + ", s.sentence, s.date_start, s.date_end"
_ORDER = " ORDER BY e.date, e.date_end, e.id"
_SOURCE_COLUMNS = ("article_id", "title", "source", "published", "url", "sentence", "date_text", "date_start",
                   "date_end", "report_id")


def sql_where(f: Filters) -> tuple[str, list]:
    """The WHERE clause (over `events e`) and its parameters for a Filters."""
    clauses: list[str] = []
    params: list = []
    if f.actors:
        marks = ", ".join("?" * len(f.actors))
        if f.actor_mode == "all":
            clauses.append(f"e.id IN (SELECT event_id FROM event_actors WHERE actor IN ({marks}) "
                           "GROUP BY event_id HAVING count(*) = ?)")
            params.extend(f.actors)
            params.append(len(set(f.actors)))
        else:
            clauses.append(f"e.id IN (SELECT event_id FROM event_actors WHERE actor IN ({marks}))")
            params.extend(f.actors)
    within = f.date_mode == "within"
    if f.date_from is not None:
        clauses.append("e.date >= ?" if within else "e.date_end >= ?")
        params.append(f.date_from.isoformat())
    if f.date_to is not None:
        clauses.append("e.date_end <= ?" if within else "e.date <= ?")
        params.append(f.date_to.isoformat())
    for column, values in (("category", f.categories), ("status", f.statuses)):
        if values:
            clauses.append(f"e.{column} IN ({', '.join('?' * len(values))})")
            params.extend(values)
    if f.sources:
        marks = ", ".join("?" * len(f.sources))
        clauses.append(f"(e.source IN ({marks}) OR e.id IN (SELECT s.event_id FROM event_sources s "
                       f"JOIN articles a ON a.id = s.article_id WHERE a.source IN ({marks})))")
        params.extend(f.sources)
        params.extend(f.sources)
    if f.min_escalation is not None:
        clauses.append("e.escalation >= ?")
        params.append(float(f.min_escalation))
    words = fold(f.text).split()
    if words:
        clauses.append("e.id IN (SELECT id FROM event_search WHERE "
                       + " AND ".join(["search LIKE ? ESCAPE '\\'"] * len(words)) + ")")
        for word in words:
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params.append(f"%{escaped}%")
    return (" AND ".join(clauses) or "1"), params


def _event(row: tuple, sources: tuple[Source, ...]) -> Event:
    """An Event from a row of _EVENT_SELECT (without the row id)."""
    record = dict(zip(STORED_COLUMNS, row))
    for column in ACTOR_COLUMNS:
        record[column] = tuple(record[column].split(ACTOR_SEP)) if record[column] else ()
    return event_from_row(record, sources)


def _source(row: tuple) -> Source:
    """A Source from a row of _SOURCE_SELECT (without the event id)."""
    return source_from_row(dict(zip(_SOURCE_COLUMNS, row)))


def _frame(rows: list[tuple]):
    """Rows of _FRAME_SELECT to the query_frame DataFrame."""
    frame = pd.DataFrame.from_records(rows, columns=list(FRAME_COLUMNS), coerce_float=False)
    if len(frame):
        for col in DATE_COLUMNS:
            frame[col] = _dates(frame[col])
        for col in ACTOR_COLUMNS:
            frame[col] = frame[col].str.replace(ACTOR_SEP, ACTOR_SEPARATOR, regex=False)
        for col in ("phrase_start", "phrase_end"):
            frame[col] = frame[col].fillna(-1).astype("int64")
        frame["sentence"] = frame["sentence"].fillna("")
    else:  # the dtypes a filled frame has, so empty and filled frames concatenate and compare alike
        frame = frame.astype({c: "str" for c in FRAME_COLUMNS if c not in DATE_COLUMNS + _NUMBER_COLUMNS})
        frame = frame.astype({"phrase_start": "int64", "phrase_end": "int64"})
    frame["escalation"] = frame["escalation"].astype("float64")
    frame["sources_count"] = frame["sources_count"].astype("int64")
    for col in ("latitude", "longitude"):
        frame[col] = frame[col].astype("float64")
    for col in ("geo_precision", "fatalities", "injured", "anchor_offset"):   # whole numbers that may be unknown
        frame[col] = frame[col].astype("Int64")
    frame["corrected"] = frame["corrected"].fillna(0).astype(bool)
    return frame


def _dates(column):
    """ISO strings to datetime.date objects, converting each distinct value once."""
    cache = {value: dt.date.fromisoformat(value) for value in column.unique()}
    return column.map(cache).astype(object)


class Querying:
    """The reading half of `Store` (db.py): uses its lock, connection and read transactions."""

    def _load_events(self, conn: sqlite3.Connection, where: str, params: list,
                     with_sources: bool, order: str = _ORDER) -> list[tuple[int, Event]]:
        rows = conn.execute(f"SELECT {_EVENT_SELECT} FROM events e WHERE {where}{order}", params).fetchall()
        sources: dict[int, list[Source]] = {}
        if with_sources and rows:
            for row in conn.execute(
                    f"SELECT {_SOURCE_SELECT} FROM event_sources s JOIN articles a ON a.id = s.article_id "
                    f"WHERE s.event_id IN (SELECT e.id FROM events e WHERE {where}) "
                    "ORDER BY s.event_id, s.position", params):
                sources.setdefault(row[0], []).append(_source(row[1:]))
        return [(row[0], _event(row[1:], tuple(sources.get(row[0], ())))) for row in rows]

    def query(self, filters: Filters | None = None, *, with_sources: bool = True) -> list[Event]:
        """The events selected by `filters`, sorted by date, each with its sources."""
        where, params = sql_where(filters or Filters())
        with self._read() as conn:
            return [event for _, event in self._load_events(conn, where, params, with_sources)]

    def query_frame(self, filters: Filters | None = None):
        """The selected events as a pandas DataFrame: COLUMNS, then derivation, sentence, phrase_start,
        phrase_end (the first source's sentence and the offsets of the date phrase in it, -1 if none).

        Dates are `datetime.date` objects; actors is the joined string the CSV carries (as
        export.events_frame makes it).
        SQL selects the rows; with `cache_frames` (the default) their contents come from a frame of
        the whole store kept in memory until the next write (by any process), so each new filter
        costs one indexed SQL query and a pandas take.
        """
        where, params = sql_where(filters or Filters())
        with self._read() as conn:
            if not self.cache_frames:
                return _frame(conn.execute(
                    f"SELECT {_FRAME_SELECT} FROM events e "
                    "LEFT JOIN event_sources s ON s.event_id = e.id AND s.position = 0 "
                    f"WHERE {where}{_ORDER}", params).fetchall())
            full = self._full_frame(conn)
            ids = [rowid for (rowid,) in conn.execute(f"SELECT e.id FROM events e WHERE {where}{_ORDER}", params)]
        return full.iloc[full.index.get_indexer(ids)].reset_index(drop=True)

    def _full_frame(self, conn: sqlite3.Connection):
        """The frame of every event, indexed by row id, as of the store's current version.

        After a write (by any process) only the events that write changed are read again
        (events.changed); anything unexpected (fewer rows, a version going back) rebuilds it all.
        """
        version = write_count(conn)
        cached = self._frame_cache
        if cached is not None and cached[0] == version:
            return cached[1]
        select = (f"SELECT e.id, {_FRAME_SELECT} FROM events e "
                  "LEFT JOIN event_sources s ON s.event_id = e.id AND s.position = 0")
        frame = None
        if cached is not None and cached[0] < version:
            rows = conn.execute(select + " WHERE e.changed > ?", (cached[0],)).fetchall()
            old = cached[1]
            if rows:
                fresh = _frame([row[1:] for row in rows])
                fresh.index = [row[0] for row in rows]
                kept = old[~old.index.isin(fresh.index)]
                frame = pd.concat([kept, fresh]) if len(kept) else fresh
            else:
                frame = old
            if len(frame) != conn.execute("SELECT count(*) FROM events").fetchone()[0]:
                frame = None
        if frame is None:
            rows = conn.execute(select).fetchall()
            frame = _frame([row[1:] for row in rows])
            frame.index = [row[0] for row in rows]
        self._frame_cache = (version, frame)
        return frame

    def event_sources(self, event_id: str) -> list[Source]:
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {_SOURCE_SELECT} FROM event_sources s JOIN articles a ON a.id = s.article_id "
                "JOIN events e ON e.id = s.event_id WHERE e.event_id = ? ORDER BY s.position",
                (event_id,)).fetchall()
        return [_source(row[1:]) for row in rows]

    def actor_counts(self, filters: Filters | None = None) -> list[tuple[str, int]]:
        """(actor, number of selected events naming it), most frequent first."""
        where, params = sql_where(filters or Filters())
        sql = ("SELECT ea.actor, count(*) AS n FROM event_actors ea "
               + ("" if where == "1" else f"WHERE ea.event_id IN (SELECT e.id FROM events e WHERE {where}) ")
               + "GROUP BY ea.actor ORDER BY n DESC, ea.actor")
        with self._lock:
            return [(actor, n) for actor, n in self._conn.execute(sql, params)]

    def categories(self) -> list[str]:
        with self._lock:
            return [c for (c,) in self._conn.execute("SELECT DISTINCT category FROM events ORDER BY category")]

    def statuses(self) -> list[str]:
        with self._lock:
            return [s for (s,) in self._conn.execute("SELECT DISTINCT status FROM events ORDER BY status")]

    def sources(self) -> list[str]:
        """The source names (publications) of the stored articles."""
        with self._lock:
            return [s for (s,) in self._conn.execute(
                "SELECT DISTINCT source FROM articles WHERE source != '' ORDER BY source")]

    def date_bounds(self) -> tuple[dt.date, dt.date] | None:
        """(earliest event date, latest event end date), or None when there are no events."""
        with self._lock:
            lo, hi = self._conn.execute("SELECT min(date), max(date_end) FROM events").fetchone()
        if lo is None:
            return None
        return dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)
