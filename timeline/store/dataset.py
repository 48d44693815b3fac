"""Reading a Parquet dataset (timeline.io.parquet) through DuckDB: the analytic store.

`DatasetStore(path)` opens a dataset folder read-only and offers the reading interface of the
SQLite `Store` (query, query_frame, event_sources, actor_counts, the facets, counts, version),
so the dashboard and `export` work on either. Every filter is pushed down as SQL over views of the
Parquet files (`sql_where`): DuckDB reads only the columns a query names, skips the month folders
a date range excludes and the row groups whose statistics cannot match.

For views too large to draw point by point it also answers in aggregate: `count`, `aggregate`
(events per day or week per actor lane or category) and `top_events`; `query_frame` takes a
`limit`. A dataset holds no corrections: it is rebuilt from its articles, not edited.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import threading
from pathlib import Path

import duckdb
import pandas as pd

from timeline.io.parquet import (ARTICLE_SCHEMA, ARTICLES, EVENT_SCHEMA, EVENTS, MANIFEST, PROVENANCE,
                                 PROVENANCE_SCHEMA, ROLLUP, is_dataset, month_of)
from timeline.records import ACTOR_SEPARATOR, DATE_COLUMNS, Event, Filters, Source, one_line
from timeline.store.db import StoreError
from timeline.store.migrations import fold
from timeline.store.query import ACTOR_COLUMNS, FRAME_COLUMNS, STORED_COLUMNS, _frame
from timeline.table.codec import event_from_row, source_from_row

_ORDER = " ORDER BY e.date, e.date_end, e.event_id"
_SOURCE_COLUMNS = ("article_id", "title", "source", "published", "url", "sentence", "date_text", "date_start",
                   "date_end", "report_id")
# the frame's columns: names joined as the CSV joins them, then the first source's sentence and the
# offsets of its date phrase
_FRAME_SELECT = ", ".join(
    f"array_to_string(e.{c}, '{ACTOR_SEPARATOR}') AS {c}" if c in ACTOR_COLUMNS else f"e.{c}"
    for c in STORED_COLUMNS)
_WHOLE = ("sources_count", "phrase_start", "phrase_end")
_MAYBE_WHOLE = ("geo_precision", "fatalities", "injured", "anchor_offset")
AGGREGATE_UNITS = ("day", "week")
AGGREGATE_LANES = ("actor", "category")
AGGREGATE_COLUMNS = ("period", "lane", "events", "max_escalation", "mean_escalation", "sources")


def _problem(exc: Exception) -> str:
    """DuckDB's message, first line only (the rest quotes our SQL), cut to one readable line."""
    return one_line(str(exc).strip().splitlines()[0] if str(exc).strip() else exc)


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


# what the free-text filter matches: summary, actor names and title, folded (case and accents)
_SEARCH = "strip_accents(lower(e.summary || ' \n ' || array_to_string(e.actors, ' ; ') || ' \n ' || e.title))"


def sql_where(f: Filters, max_escalation: float | None = None, max_span_days: int | None = None) -> tuple[str, list]:
    """The WHERE clause (over the view `events e`) and its parameters for a Filters: the same rows
    the SQLite store's `query.sql_where` selects (and, with `max_escalation`, only those scoring at
    most that: the dashboard's upper bound, which Filters does not carry).

    The month folders (hive partition `month`, the month of `date`) outside the range are skipped:
    after `date_to`, and before `date_from` less `max_span_days` (the longest event of the
    dataset: an event overlapping the range starts at most that long before it). The months are
    written into the SQL as literals (made from dates, YYYY-MM) so DuckDB prunes the folders
    before reading them."""
    clauses: list[str] = []
    params: list = []
    if max_escalation is not None:
        clauses.append("e.escalation <= ?")
        params.append(float(max_escalation))
    if f.actors:
        clauses.append(("list_has_all" if f.actor_mode == "all" else "list_has_any") + "(e.actors, ?::VARCHAR[])")
        params.append(list(f.actors))
    within = f.date_mode == "within"
    if f.date_from is not None:
        clauses.append("e.date >= ?" if within else "e.date_end >= ?")
        params.append(f.date_from)
        if within or max_span_days is not None:
            earliest = f.date_from - dt.timedelta(days=0 if within else max_span_days)
            clauses.append(f"e.month >= '{month_of(earliest)}'")
    if f.date_to is not None:
        clauses.append("e.date_end <= ?" if within else "e.date <= ?")
        params.append(f.date_to)
        clauses.append(f"e.month <= '{month_of(f.date_to)}'")   # later folders hold events starting later
    for column, values in (("category", f.categories), ("status", f.statuses)):
        if values:
            clauses.append(f"e.{column} IN ({', '.join('?' * len(values))})")
            params.extend(values)
    if f.sources:
        marks = ", ".join("?" * len(f.sources))
        clauses.append(f"(e.source IN ({marks}) OR e.event_id IN "
                       f"(SELECT event_id FROM provenance WHERE source IN ({marks})))")
        params.extend(f.sources)
        params.extend(f.sources)
    if f.min_escalation is not None:
        clauses.append("e.escalation >= ?")
        params.append(float(f.min_escalation))
    words = fold(f.text).split()
    if words:
        clauses.append("(" + " AND ".join([f"{_SEARCH} LIKE ? ESCAPE '\\'"] * len(words)) + ")")
        params.extend(_like(w) for w in words)
    return (" AND ".join(clauses) or "true"), params


class DatasetStore:
    """A Parquet dataset opened read-only through DuckDB. Use as a context manager or call close().
    One may be shared between threads (calls are serialised by a lock)."""

    read_only = True

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        if not is_dataset(self.path):
            raise StoreError(f"{self.path}: not a timeline Parquet dataset (no {MANIFEST}: not one, "
                             "or the run that writes it did not finish)")
        try:
            self.manifest = json.loads((self.path / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise StoreError(f"{self.path}: cannot read the dataset's {MANIFEST} ({exc})") from None
        self._lock = threading.RLock()
        self._max_span: tuple[int, int] | None = None   # (version, longest event in days)
        self._conn = duckdb.connect(":memory:")
        try:
            self._views()
        except duckdb.Error as exc:
            self._conn.close()
            raise StoreError(f"{self.path}: cannot read the dataset's Parquet files ({_problem(exc)})") from None

    def _views(self) -> None:
        """events (with its `month` partition), provenance, articles: views over the files, or
        empty tables of the same columns where a part has no file."""
        for name, schema, folder in (("events", EVENT_SCHEMA, EVENTS), ("provenance", PROVENANCE_SCHEMA, PROVENANCE),
                                     ("articles", ARTICLE_SCHEMA, ARTICLES)):
            root = self.path / folder
            if any(root.rglob("*.parquet")) if root.is_dir() else False:
                pattern = str(root / ("**" if name == "events" else "") / "*.parquet").replace("'", "''")
                hive = ", hive_partitioning = true, hive_types = {'month': VARCHAR}" if name == "events" else ""
                self._conn.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{pattern}'{hive})")
            else:
                empty = schema.empty_table()
                if name == "events":
                    empty = empty.append_column("month", empty.column("event_id"))
                self._conn.register(f"_{name}_empty", empty)
                self._conn.execute(f"CREATE VIEW {name} AS SELECT * FROM _{name}_empty")
        self._has_articles = self._one("SELECT count(*) FROM articles")[0] > 0

    # ------------------------------------------------------------ plumbing

    def _where(self, filters: Filters | None, max_escalation: float | None = None) -> tuple[str, list]:
        f = filters or Filters()
        span = None
        if f.date_from is not None and f.date_mode != "within":
            version = self.version()   # the longest event, once per version: what lets date_from skip folders
            if self._max_span is None or self._max_span[0] != version:
                self._max_span = (version, int(self._one("SELECT coalesce(max(date_end - date), 0) FROM events")[0]))
            span = self._max_span[1]
        return sql_where(f, max_escalation, span)

    def _rows(self, sql: str, params: list | tuple = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._conn.execute(sql, list(params)).fetchall()
            except duckdb.Error as exc:
                raise StoreError(f"{self.path}: cannot read the dataset ({_problem(exc)})") from None

    def _arrow(self, sql: str, params: list):
        with self._lock:
            try:
                return self._conn.sql(sql, params=list(params)).to_arrow_table()
            except duckdb.Error as exc:
                raise StoreError(f"{self.path}: cannot read the dataset ({_problem(exc)})") from None

    def _frame(self, sql: str, params: list) -> pd.DataFrame:
        """The rows of a _FRAME_SELECT query, with the first source's sentence and date phrase
        offsets, as the SQLite store's query_frame gives them (the same columns, dtypes and cells),
        converted column by column from Arrow, not row by row.

        The first sources are looked up for those rows only, after them: by the ids' range (row
        groups of other ids are skipped by their statistics) and a semi-join on the ids, never a
        join over the whole provenance."""
        table = self._arrow(sql, params)
        if table.num_rows == 0:
            return _frame([])
        ids = table.column("event_id").to_pylist()
        first = self._arrow("SELECT event_id, sentence, date_start AS phrase_start, date_end AS phrase_end "
                            "FROM provenance WHERE position = 0 AND event_id BETWEEN ? AND ? "
                            "AND event_id IN (SELECT unnest(?::VARCHAR[]))", [min(ids), max(ids), ids])
        frame = table.to_pandas(date_as_object=True)
        found = first.to_pandas().drop_duplicates("event_id").set_index("event_id")
        for col in ("sentence", "phrase_start", "phrase_end"):
            frame[col] = frame["event_id"].map(found[col]) if len(found) else None
        for col in DATE_COLUMNS:
            frame[col] = frame[col].astype(object)
        frame["sentence"] = frame["sentence"].fillna("")
        for col in _WHOLE:
            frame[col] = frame[col].fillna(-1).astype("int64")
        for col in ("escalation", "latitude", "longitude"):
            frame[col] = frame[col].astype("float64")
        for col in _MAYBE_WHOLE:
            frame[col] = frame[col].astype("Int64")
        frame["corrected"] = frame["corrected"].fillna(False).astype(bool)
        return frame[list(FRAME_COLUMNS)]

    def _one(self, sql: str, params: list | tuple = ()) -> tuple:
        return self._rows(sql, params)[0]

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None  # type: ignore[assignment]

    def __enter__(self) -> "DatasetStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ events

    def query(self, filters: Filters | None = None, *, with_sources: bool = True) -> list[Event]:
        """The events selected by `filters`, sorted by date (then end date, then event id), each
        with its sources."""
        where, params = self._where(filters)
        columns = ", ".join(f"e.{c}" for c in STORED_COLUMNS)
        rows = self._rows(f"SELECT {columns} FROM events e WHERE {where}{_ORDER}", params)
        sources: dict[str, list[Source]] = {}
        if with_sources and rows:
            for row in self._rows(
                    f"SELECT p.event_id, {', '.join('p.' + c for c in _SOURCE_COLUMNS)} FROM provenance p "
                    f"WHERE p.event_id IN (SELECT e.event_id FROM events e WHERE {where}) "
                    "ORDER BY p.event_id, p.position", params):
                sources.setdefault(row[0], []).append(source_from_row(dict(zip(_SOURCE_COLUMNS, row[1:]))))
        out = []
        for row in rows:
            record = dict(zip(STORED_COLUMNS, row))
            for column in ACTOR_COLUMNS:
                record[column] = tuple(record[column] or ())
            out.append(event_from_row(record, tuple(sources.get(record["event_id"], ()))))
        return out

    def query_frame(self, filters: Filters | None = None, *, limit: int | None = None,
                    max_escalation: float | None = None):
        """The selected events as the SQLite store's `query_frame` gives them (FRAME_COLUMNS, the
        same dtypes), the first `limit` of them in date order when a limit is given."""
        where, params = self._where(filters, max_escalation)
        cut = f" LIMIT {int(limit)}" if limit is not None else ""
        sql = f"SELECT {_FRAME_SELECT} FROM events e WHERE {where}{_ORDER}{cut}"
        return self._frame(sql, params)

    def count(self, filters: Filters | None = None, max_escalation: float | None = None) -> int:
        """How many events `filters` selects."""
        where, params = self._where(filters, max_escalation)
        return int(self._one(f"SELECT count(*) FROM events e WHERE {where}", params)[0])

    def top_events(self, filters: Filters | None = None, by: str = "escalation", limit: int = 20,
                   max_escalation: float | None = None):
        """The selected events with the highest `by` (escalation or sources_count), as a frame of
        FRAME_COLUMNS, highest first."""
        if by not in ("escalation", "sources_count"):
            raise ValueError(f"top_events orders by escalation or sources_count, not {by!r}")
        where, params = self._where(filters, max_escalation)
        order = f" ORDER BY e.{by} DESC, e.date, e.date_end, e.event_id"
        sql = f"SELECT {_FRAME_SELECT} FROM events e WHERE {where}{order} LIMIT {int(limit)}"
        return self._frame(sql, params)

    def aggregate(self, filters: Filters | None = None, unit: str = "week", lane: str = "actor",
                  lanes: int = 12, max_escalation: float | None = None) -> pd.DataFrame:
        """Events per `unit` (day, or ISO week starting Monday) of their start date per `lane` (each
        of the `lanes` most frequent actors of the view, or each category), computed in SQL: columns
        period (date), lane, events, max_escalation, mean_escalation, sources."""
        if unit not in AGGREGATE_UNITS or lane not in AGGREGATE_LANES:
            raise ValueError(f"aggregate by {AGGREGATE_UNITS} per {AGGREGATE_LANES}, not {unit!r} per {lane!r}")
        rolled = self._rolled_up(filters or Filters(), unit, lane, max_escalation)
        if rolled is not None:
            sql, params = rolled
        else:
            sql, params = self._aggregate_sql(filters, unit, lane, max_escalation)
        frame = pd.DataFrame.from_records(self._rows(sql, params), columns=list(AGGREGATE_COLUMNS))
        frame = frame.astype({"lane": "str", "events": "int64", "max_escalation": "float64",
                              "mean_escalation": "float64", "sources": "int64"})
        if lane == "actor" and len(frame):
            totals = frame.groupby("lane")["events"].sum().reset_index()
            top = totals.sort_values(["events", "lane"], ascending=[False, True]).head(int(lanes))["lane"]
            frame = frame[frame["lane"].isin(set(top))]
        return frame.sort_values(["period", "lane"]).reset_index(drop=True)

    def _aggregate_sql(self, filters: Filters | None, unit: str, lane: str,
                       max_escalation: float | None) -> tuple[str, list]:
        """The aggregate over the events themselves, filters pushed down."""
        where, params = self._where(filters, max_escalation)
        period = "e.date" if unit == "day" else "CAST(date_trunc('week', e.date) AS DATE)"
        if lane == "category":
            return (f"SELECT {period} AS period, e.category AS lane, count(*), max(e.escalation), avg(e.escalation), "
                    f"sum(e.sources_count) FROM events e WHERE {where} GROUP BY ALL"), params
        # one pass over every (event, actor); the top lanes are picked from the small result
        return (f"SELECT {period.replace('e.date', 'p.date')} AS period, p.lane, count(*), max(p.escalation), "
                "avg(p.escalation), sum(p.sources_count) FROM (SELECT e.date, e.escalation, e.sources_count, "
                f"unnest(e.actors) AS lane FROM events e WHERE {where}) p GROUP BY ALL"), params

    def _rolled_up(self, f: Filters, unit: str, lane: str, max_escalation: float | None) -> tuple[str, list] | None:
        """The aggregate from the dataset's weekly rollup, when the view is the whole dataset or
        only its categories and statuses are chosen (the rollup keeps nothing else); else None."""
        rollup = self.path / ROLLUP / f"{lane}.parquet"
        if unit != "week" or not rollup.is_file() or f.actors or f.date_from or f.date_to or f.sources or \
                f.min_escalation is not None or f.text.strip() or max_escalation is not None:
            return None
        clauses, params = [], []
        for column, values in (("category", f.categories), ("status", f.statuses)):
            if values:
                clauses.append(f"{column} IN ({', '.join('?' * len(values))})")
                params += list(values)
        where = " AND ".join(clauses) or "true"
        path = str(rollup).replace("'", "''")
        return (f"SELECT week AS period, lane, sum(events), max(max_escalation), sum(sum_escalation) / sum(events), "
                f"sum(sources) FROM read_parquet('{path}') WHERE {where} GROUP BY ALL"), params

    def event_sources(self, event_id: str) -> list[Source]:
        rows = self._rows(f"SELECT {', '.join(_SOURCE_COLUMNS)} FROM provenance WHERE event_id = ? ORDER BY position",
                          [event_id])
        return [source_from_row(dict(zip(_SOURCE_COLUMNS, row))) for row in rows]

    # ------------------------------------------------------------ facets and counts

    def actor_counts(self, filters: Filters | None = None) -> list[tuple[str, int]]:
        """(actor, number of selected events naming it), most frequent first."""
        where, params = self._where(filters)
        return [(a, int(n)) for a, n in self._rows(
            f"SELECT actor, count(*) AS n FROM (SELECT unnest(e.actors) AS actor FROM events e "
            f"WHERE {where}) GROUP BY actor ORDER BY n DESC, actor", params)]

    def categories(self) -> list[str]:
        return [c for (c,) in self._rows("SELECT DISTINCT category FROM events ORDER BY category")]

    def statuses(self) -> list[str]:
        return [s for (s,) in self._rows("SELECT DISTINCT status FROM events ORDER BY status")]

    def sources(self) -> list[str]:
        """The source names (publications) of the dataset's articles (or of its reports, when it
        keeps no articles)."""
        table = "articles" if self._has_articles else "provenance"
        return [s for (s,) in self._rows(f"SELECT DISTINCT source FROM {table} WHERE source != '' ORDER BY source")]

    def date_bounds(self) -> tuple[dt.date, dt.date] | None:
        """(earliest event date, latest event end date), or None when there are no events."""
        lo, hi = self._one("SELECT min(date), max(date_end) FROM events")
        return None if lo is None else (lo, hi)

    def event_count(self) -> int:
        return int(self._one("SELECT count(*) FROM events")[0])

    def article_count(self) -> int:
        """The articles read (or, when the dataset keeps none, the articles its reports come from)."""
        if self._has_articles:
            return int(self._one("SELECT count(*) FROM articles")[0])
        return int(self._one("SELECT count(DISTINCT article_id) FROM provenance")[0])

    def version(self) -> int:
        """Changes when the dataset is written again (its manifest is written last): a cache key."""
        try:
            return (self.path / MANIFEST).stat().st_mtime_ns
        except OSError:
            return 0

    def corrections(self, event_id: str | None = None, include_undone: bool = True) -> list:
        """None: a dataset is not corrected in place (load it into a store with `ingest --parquet`)."""
        return []
