"""The store: articles, events and their sources in one SQLite file.

`Store(path)` opens (or creates) the file, refusing anything that is not a timeline store
or that was written by a newer version; the schema migrates forward (timeline.migrations).
Ingest is idempotent (an article's id is a hash of its text) and atomic: one transaction per
article holds the article row, its new events, the events it merges into and their sources.
Queries push every filter into SQL so the dashboard stays fast on large stores; `query_frame`
takes the selected rows from an in-memory frame of the store that follows its version (after a
write only the rows that write changed are read again).

SQLite runs in WAL mode with a busy timeout, so the dashboard and a CLI ingest can work on the
same file at once. One `Store` may be shared between threads (calls are serialised by a lock).
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from timeline.articles import Article
from timeline.events import COLUMNS, Event, Source
from timeline.export import ACTOR_SEPARATOR
from timeline.migrations import ACTOR_SEP, SCHEMA_VERSION, fold, migrate, search_text

DEFAULT_PATH = Path("timeline_data") / "timeline.db"
BUSY_TIMEOUT_S = float(os.environ.get("TIMELINE_DB_TIMEOUT", "10"))
PARSE_BATCH = 8  # articles parsed together by nlp.pipe before their (separate) commits
SQLITE_HEADER = b"SQLite format 3\x00"

# query_frame: COLUMNS, then these (provenance of the first source, for the event table).
EXTRA_COLUMNS = ("derivation", "sentence", "phrase_start", "phrase_end")
FRAME_COLUMNS = COLUMNS + EXTRA_COLUMNS
DATE_COLUMNS = ("date", "date_end", "published")
_NUMBER_COLUMNS = ("escalation", "sources_count", "phrase_start", "phrase_end")


class StoreError(Exception):
    """A store file that cannot be used (not SQLite, newer schema, missing): names the file."""


@dataclass(frozen=True)
class Filters:
    """What the dashboard's sidebar (and `export`) select. Empty fields select everything.

    actors with actor_mode 'any' keeps events naming at least one of them, 'all' events naming
    every one; date_from/date_to keep events whose interval overlaps the range; text keeps events
    whose summary, actors or title contain every word of it (case- and accent-insensitive).
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

    def __post_init__(self) -> None:
        for name in ("actors", "categories", "statuses", "sources"):
            value = getattr(self, name)
            if isinstance(value, str):
                value = (value,)
            object.__setattr__(self, name, tuple(v for v in (value or ()) if v))
        if self.actor_mode not in ("any", "all"):
            raise ValueError(f"actor_mode must be 'any' or 'all', not {self.actor_mode!r}")
        for name in ("date_from", "date_to"):  # a datetime / pandas Timestamp / ISO string to a date
            value = getattr(self, name)
            if isinstance(value, str):
                value = dt.date.fromisoformat(value[:10])
            elif isinstance(value, dt.datetime) or (value is not None and hasattr(value, "date")
                                                    and not isinstance(value, dt.date)):
                value = value.date()
            object.__setattr__(self, name, value)
        object.__setattr__(self, "text", self.text or "")


@dataclass
class IngestReport:
    """What one ingest did. `added`/`duplicates` are article ids; `failed` is (origin, problem)."""

    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    events_added: int = 0
    events_merged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class IngestOutcome:
    """One article's fate in an ingest: status is 'added', 'duplicate' or 'failed' (with the problem)."""

    article: Article
    status: str
    events_added: int = 0
    events_merged: int = 0
    problem: str = ""


Extractor = Callable[[Article], Sequence[Event]]
Progress = Callable[[int, int], object]


def default_path() -> Path:
    return Path(os.environ.get("TIMELINE_DB") or DEFAULT_PATH)


def _parse(articles: list[Article]) -> dict[int, object]:
    """spaCy docs of the articles' texts by id(article), parsed as one batch; {} if that fails
    (extract_article then parses each article itself and reports its own error)."""
    if not articles:
        return {}
    try:
        from timeline.events import pipeline

        docs = pipeline().pipe((a.text for a in articles), batch_size=PARSE_BATCH)
        return {id(a): doc for a, doc in zip(articles, docs)}
    except Exception:  # noqa: BLE001 - the per-article fallback reports the problem
        return {}


_EVENT_SELECT = ("e.id, e.event_id, e.date, e.date_end, e.granularity, e.date_text, e.date_basis, "
                 "e.status, e.category, e.escalation, e.actors, e.summary, e.article_id, e.title, "
                 "e.source, e.published, e.url, e.sources_count, e.derivation")
_SOURCE_SELECT = ("s.event_id, s.article_id, a.title, a.source, a.published, a.url, s.sentence, "
                  "s.date_text, s.date_start, s.date_end")
_FRAME_SELECT = ("e.event_id, e.date, e.date_end, e.granularity, e.date_text, e.date_basis, e.status, "
                 "e.category, e.escalation, e.actors, e.summary, e.article_id, e.title, e.source, "
                 "e.published, e.url, e.sources_count, e.derivation, s.sentence, s.date_start, s.date_end")
_ORDER = " ORDER BY e.date, e.date_end, e.id"


class Store:
    """One timeline store file. Use as a context manager or call close()."""

    def __init__(self, path: str | os.PathLike | None = None, *, create: bool = True,
                 cache_frames: bool = True):
        self.path = Path(path) if path is not None else default_path()
        self.cache_frames = cache_frames
        self._frame_cache: tuple[int, object] | None = None
        self._writing = 0
        self._max_span = 0
        self._lock = threading.RLock()
        self._conn = self._open(create)

    # ------------------------------------------------------------ opening

    def _open(self, create: bool) -> sqlite3.Connection:
        path = self.path
        if path.exists():
            if path.is_dir():
                raise StoreError(f"{path}: is a folder, not a timeline store file")
            try:
                with open(path, "rb") as fh:
                    head = fh.read(len(SQLITE_HEADER))
            except OSError as exc:
                raise StoreError(f"{path}: cannot read the store ({exc.strerror or exc})") from None
            if head and head != SQLITE_HEADER:
                raise StoreError(f"{path}: not a SQLite database; refusing to use or overwrite it "
                                 "(move it away or choose another file with --db / TIMELINE_DB)")
        elif not create:
            raise StoreError(f"{path}: no store here yet (run `python -m timeline ingest FILES` first)")
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"{path}: cannot create its folder ({exc.strerror or exc})") from None
        try:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                   check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open the store ({exc})") from None
        try:
            self._check_version(conn)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            migrate(conn)
        except StoreError:
            conn.close()
            raise
        except sqlite3.OperationalError as exc:  # read-only file or folder, locked beyond the timeout, ...
            conn.close()
            raise StoreError(f"{path}: cannot use the store ({exc})") from None
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(f"{path}: not a usable SQLite database ({exc}); it was left unchanged") from None
        return conn

    def _check_version(self, conn: sqlite3.Connection) -> None:
        """Refuse, before any write, a newer schema or someone else's SQLite database."""
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: store has schema version {version}, newer than this program's "
                             f"{SCHEMA_VERSION}; upgrade timeline to use it (the file was left unchanged)")
        if version == 0:
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if tables:
                raise StoreError(f"{self.path}: a SQLite database but not a timeline store "
                                 "(it has other tables); refusing to modify it")

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None  # type: ignore[assignment]
            self._frame_cache = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def schema_version(self) -> int:
        with self._lock:
            return self._conn.execute("PRAGMA user_version").fetchone()[0]

    # ------------------------------------------------------------ transactions

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (taking the write lock at once, waiting up to the busy timeout)."""
        with self._lock:
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                # the number this write will be known by: rows it touches record it in events.changed
                self._writing = _write_count(conn) + 1
                self._max_span = _meta_int(conn, "max_span_days")
                yield conn
                conn.execute("UPDATE meta SET value = ? WHERE key = 'write_count'", (str(self._writing),))
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """One read transaction: several SELECTs see the same snapshot."""
        with self._lock:
            conn = self._conn
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")

    # ------------------------------------------------------------ ingest

    def ingest(self, articles: Iterable[Article], progress: Progress | None = None, *,
               extract: Extractor | None = None, merge: bool = True) -> IngestReport:
        """Add articles and their events, one transaction per article.

        An article already stored (same id) is reported in `duplicates` and changes nothing.
        Events are extracted with `timeline.events.extract_article` (or `extract`) outside the
        transaction and merged into existing events where `events.same_event` says they are the
        same (unless merge=False). An article whose extraction fails is reported in `failed` and
        not stored. `progress(done, total)` is called after each article.
        """
        items = list(articles)
        report = IngestReport()
        for done, outcome in enumerate(self.ingest_iter(items, extract=extract, merge=merge), start=1):
            if outcome.status == "added":
                report.added.append(outcome.article.id)
                report.events_added += outcome.events_added
                report.events_merged += outcome.events_merged
            elif outcome.status == "duplicate":
                report.duplicates.append(outcome.article.id)
            else:
                report.failed.append((outcome.article.origin or outcome.article.id, outcome.problem))
            if progress is not None:
                progress(done, len(items))
        return report

    def ingest_iter(self, articles: Iterable[Article], *, extract: Extractor | None = None,
                    merge: bool = True) -> Iterator["IngestOutcome"]:
        """`ingest` one article at a time: yields each article's outcome right after its commit.

        With the default extractor, articles are parsed in batches through spaCy's `nlp.pipe`
        (each still committed in its own transaction).
        """
        for article, events in self._extractions(list(articles), extract):
            if events is None:
                yield IngestOutcome(article, "duplicate")
            elif isinstance(events, Exception):
                yield IngestOutcome(article, "failed", problem=f"event extraction failed: {events}")
            else:
                try:
                    yield self._ingest_one(article, events, merge)
                except sqlite3.IntegrityError as exc:
                    yield IngestOutcome(article, "failed", problem=f"not stored: {exc}")

    def _extractions(self, items: list[Article], extract: Extractor | None
                     ) -> Iterator[tuple[Article, list[Event] | Exception | None]]:
        """(article, its events | the exception extraction raised | None for an already stored article)."""
        size = PARSE_BATCH if extract is None else 1
        for start in range(0, len(items), size):
            chunk = items[start:start + size]
            fresh = {id(a) for a in chunk if not self.has_article(a.id)}
            docs = _parse([a for a in chunk if id(a) in fresh]) if extract is None else {}
            for article in chunk:
                if id(article) not in fresh:
                    yield article, None
                    continue
                try:
                    if extract is not None:
                        events: list[Event] | Exception = list(extract(article))
                    else:
                        from timeline.events import extract_article

                        events = list(extract_article(article, docs.get(id(article))))
                except Exception as exc:  # one bad article must not stop the others
                    events = exc
                yield article, events

    def _ingest_one(self, article: Article, events: list[Event], merge: bool) -> "IngestOutcome":
        added = merged = 0
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
                return IngestOutcome(article, "duplicate")  # stored meanwhile (same batch or another process)
            conn.execute(
                "INSERT INTO articles (id, title, source, published, published_at, url, text, origin, "
                "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article.id, article.title, article.source, article.published.isoformat(),
                 article.published_at.isoformat() if article.published_at else None, article.url,
                 article.text, article.origin,
                 dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")))
            events = _with_stored_names(conn, events)
            # in the order events.merge_all takes one article's rows, so the store merges as extract() does
            for event in sorted(events, key=lambda e: (e.date, e.event_id)):
                if merge and self._merge_into_existing(conn, event):
                    merged += 1
                else:
                    self._insert_event(conn, event)
                    added += 1
        return IngestOutcome(article, "added", events_added=added, events_merged=merged)

    def _merge_into_existing(self, conn: sqlite3.Connection, event: Event) -> bool:
        """Merge `event` into the stored event it matches best (events.merge_margin), as events.merge_all does.

        Only rows same_event could accept are offered (its stated requirements): the same category
        and overlapping dates, found by an index range on (category, date) reaching back by the
        longest span stored (meta.max_span_days).
        """
        from timeline import events as ev

        earliest = event.date - dt.timedelta(days=max(self._max_span, 0))
        candidates = self._load_events(
            conn, "e.category = ? AND e.date >= ? AND e.date <= ? AND e.date_end >= ?",
            [event.category, earliest.isoformat(), event.date_end.isoformat(), event.date.isoformat()],
            with_sources=True, order=" ORDER BY e.id")
        best: tuple[float, int, Event] | None = None
        for rowid, existing in candidates:
            margin = ev.merge_margin(existing, event)
            if margin is not None and margin >= 0 and (best is None or margin > best[0]):
                best = (margin, rowid, existing)
        if best is None:
            return False
        _, rowid, existing = best
        self._update_event(conn, rowid, existing, ev.merge(existing, event))
        return True

    def _event_row(self, event: Event) -> tuple:
        actors = ACTOR_SEP.join(event.actors)
        return (event.date.isoformat(), event.date_end.isoformat(), event.granularity, event.date_text,
                event.date_basis, event.status, event.category, float(event.escalation), actors,
                event.summary, event.article_id, event.title, event.source, event.published.isoformat(),
                event.url, int(event.sources_count), event.derivation, self._writing)

    def _insert_event(self, conn: sqlite3.Connection, event: Event) -> int:
        event_id = self._free_event_id(conn, event.event_id)
        cur = conn.execute(
            "INSERT INTO events (event_id, date, date_end, granularity, date_text, date_basis, status, "
            "category, escalation, actors, summary, article_id, title, source, published, url, "
            "sources_count, derivation, changed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (event_id, *self._event_row(event)))
        rowid = cur.lastrowid
        self._write_children(conn, rowid, event)
        return rowid

    def _update_event(self, conn: sqlite3.Connection, rowid: int, old: Event, event: Event) -> None:
        event_id = old.event_id if event.event_id == old.event_id else self._free_event_id(conn, event.event_id)
        conn.execute(
            "UPDATE events SET event_id = ?, date = ?, date_end = ?, granularity = ?, date_text = ?, "
            "date_basis = ?, status = ?, category = ?, escalation = ?, actors = ?, summary = ?, "
            "article_id = ?, title = ?, source = ?, published = ?, url = ?, sources_count = ?, "
            "derivation = ?, changed = ? WHERE id = ?",
            (event_id, *self._event_row(event), rowid))
        conn.execute("DELETE FROM event_actors WHERE event_id = ?", (rowid,))
        conn.execute("DELETE FROM event_sources WHERE event_id = ?", (rowid,))
        self._write_children(conn, rowid, event)

    @staticmethod
    def _free_event_id(conn: sqlite3.Connection, wanted: str) -> str:
        candidate, n = wanted, 1
        while conn.execute("SELECT 1 FROM events WHERE event_id = ?", (candidate,)).fetchone():
            n += 1
            candidate = f"{wanted}-{n}"
        return candidate

    def _write_children(self, conn: sqlite3.Connection, rowid: int, event: Event) -> None:
        span = (event.date_end - event.date).days
        if span > self._max_span:
            self._max_span = span
            conn.execute("UPDATE meta SET value = ? WHERE key = 'max_span_days'", (str(span),))
        conn.execute("INSERT OR REPLACE INTO event_search (id, search) VALUES (?, ?)",
                     (rowid, search_text(event.summary, ACTOR_SEP.join(event.actors), event.title)))
        conn.executemany("INSERT OR IGNORE INTO event_actors (actor, event_id) VALUES (?, ?)",
                         [(actor, rowid) for actor in event.actors])
        sources = event.sources or (Source(article_id=event.article_id, title=event.title, source=event.source,
                                           published=event.published, url=event.url, sentence=event.summary,
                                           date_text=event.date_text),)
        conn.executemany(
            "INSERT INTO event_sources (event_id, position, article_id, sentence, date_text, date_start, "
            "date_end) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(rowid, pos, s.article_id, s.sentence, s.date_text, int(s.date_start), int(s.date_end))
             for pos, s in enumerate(sources)])

    # ------------------------------------------------------------ reading events

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
        where, params = _where(filters or Filters())
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
        where, params = _where(filters or Filters())
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
        import pandas as pd

        version = _write_count(conn)
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

    # ------------------------------------------------------------ facets and counts

    def actor_counts(self, filters: Filters | None = None) -> list[tuple[str, int]]:
        """(actor, number of selected events naming it), most frequent first."""
        where, params = _where(filters or Filters())
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

    def version(self) -> int:
        """A number that changes with every committed write (by any process): a cache key."""
        with self._lock:
            return _write_count(self._conn)

    def article_count(self) -> int:
        with self._lock:
            return self._conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def event_count(self) -> int:
        with self._lock:
            return self._conn.execute("SELECT count(*) FROM events").fetchone()[0]

    def has_article(self, article_id: str) -> bool:
        with self._lock:
            return self._conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def article(self, article_id: str) -> Article | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT text, published, title, source, url, published_at, origin, id FROM articles "
                "WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        text, published, title, source, url, published_at, origin, aid = row
        return Article(text=text, published=dt.date.fromisoformat(published), title=title, source=source,
                       url=url, published_at=dt.datetime.fromisoformat(published_at) if published_at else None,
                       origin=origin, id=aid)


# ---------------------------------------------------------------- SQL building and row decoding

def _meta_int(conn: sqlite3.Connection, key: str) -> int:
    return int(conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()[0])


def _write_count(conn: sqlite3.Connection) -> int:
    return _meta_int(conn, "write_count")


def _where(f: Filters) -> tuple[str, list]:
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
    if f.date_from is not None:
        clauses.append("e.date_end >= ?")
        params.append(f.date_from.isoformat())
    if f.date_to is not None:
        clauses.append("e.date <= ?")
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
    (event_id, date, date_end, granularity, date_text, date_basis, status, category, escalation, actors,
     summary, article_id, title, source, published, url, sources_count, derivation) = row
    return Event(event_id=event_id, date=dt.date.fromisoformat(date), date_end=dt.date.fromisoformat(date_end),
                 granularity=granularity, date_text=date_text, date_basis=date_basis, status=status,
                 category=category, escalation=escalation,
                 actors=tuple(actors.split(ACTOR_SEP)) if actors else (), summary=summary,
                 article_id=article_id, title=title, source=source,
                 published=dt.date.fromisoformat(published), url=url, sources_count=sources_count,
                 derivation=derivation, sources=sources)


def _source(row: tuple) -> Source:
    article_id, title, source, published, url, sentence, date_text, date_start, date_end = row
    return Source(article_id=article_id, title=title, source=source, published=dt.date.fromisoformat(published),
                  url=url, sentence=sentence, date_text=date_text, date_start=date_start, date_end=date_end)


def _frame(rows: list[tuple]):
    """Rows of _FRAME_SELECT to the query_frame DataFrame."""
    import pandas as pd

    frame = pd.DataFrame.from_records(rows, columns=list(FRAME_COLUMNS), coerce_float=False)
    if len(frame):
        for col in DATE_COLUMNS:
            frame[col] = _dates(frame[col])
        frame["actors"] = frame["actors"].str.replace(ACTOR_SEP, ACTOR_SEPARATOR, regex=False)
        for col in ("phrase_start", "phrase_end"):
            frame[col] = frame[col].fillna(-1).astype("int64")
        frame["sentence"] = frame["sentence"].fillna("")
    else:  # the dtypes a filled frame has, so empty and filled frames concatenate and compare alike
        frame = frame.astype({c: "str" for c in FRAME_COLUMNS if c not in DATE_COLUMNS + _NUMBER_COLUMNS})
        frame = frame.astype({"phrase_start": "int64", "phrase_end": "int64"})
    frame["escalation"] = frame["escalation"].astype("float64")
    frame["sources_count"] = frame["sources_count"].astype("int64")
    return frame


def _dates(column):
    """ISO strings to datetime.date objects, converting each distinct value once."""
    cache = {value: dt.date.fromisoformat(value) for value in column.unique()}
    return column.map(cache).astype(object)


def _with_stored_names(conn, events: list[Event]) -> list[Event]:
    """"President Kowal" in a new article is the "Anna Kowal" the store already names (one full name
    with that surname): the same person under one name across ingests, as `extract` does in a batch."""
    import dataclasses

    from timeline.actors import unify_surnames

    shorts = {a for e in events for a in e.actors if " " not in a}
    if not shorts:
        return events
    stored = [row[0] for row in conn.execute("SELECT DISTINCT actor FROM event_actors WHERE actor LIKE '% %'")]
    rename = {k: v for k, v in unify_surnames(set(stored) | {a for e in events for a in e.actors}).items()
              if k in shorts}
    if not rename:
        return events
    return [dataclasses.replace(e, actors=tuple(dict.fromkeys(rename.get(a, a) for a in e.actors)))
            if any(a in rename for a in e.actors) else e for e in events]
