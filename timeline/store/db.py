"""The store: articles, events and their sources in one SQLite file.

`Store(path)` opens (or creates) the file, refusing anything that is not a timeline store
or that was written by a newer version; the schema migrates forward (migrations.py).
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
from pathlib import Path
from typing import Iterator
from urllib.parse import quote

from timeline.records import Article, printable
from timeline.store.ingest import Ingesting
from timeline.store.migrations import SCHEMA_VERSION, meta_int, migrate, write_count
from timeline.store.overrides import Correcting
from timeline.store.query import Querying

DEFAULT_PATH = Path("timeline_data") / "timeline.db"
BUSY_TIMEOUT_S = 10.0  # seconds; TIMELINE_DB_TIMEOUT overrides it
SQLITE_HEADER = b"SQLite format 3\x00"
# The tables a timeline store has from schema version 1 on, and from version 3 on.
STORE_TABLES = frozenset(("meta", "articles", "events", "event_actors", "event_sources"))
STORE_TABLES_V3 = STORE_TABLES | {"event_search"}


class StoreError(Exception):
    """A store file that cannot be used (not SQLite, newer schema, missing): names the file.
    Its text is one printable line (a file name's control characters and undecodable bytes escaped)."""

    def __init__(self, message: str):
        super().__init__(printable(message))


def default_path() -> Path:
    return Path(os.environ.get("TIMELINE_DB") or DEFAULT_PATH)


def busy_timeout(path: Path) -> float:
    """How long a write waits for another writer: TIMELINE_DB_TIMEOUT seconds (default 10), read
    when a store is opened; a bad value is a StoreError naming the setting."""
    raw = os.environ.get("TIMELINE_DB_TIMEOUT", "").strip()
    if not raw:
        return BUSY_TIMEOUT_S
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0 <= value < float("inf"):  # also refuses nan
        raise StoreError(f"{path}: setting TIMELINE_DB_TIMEOUT={raw[:40]!r} is not a number of seconds >= 0 "
                         f"(the default is {BUSY_TIMEOUT_S:g})")
    return value


def _read_only_uri(path: Path, wal_mode: bool) -> str:
    """A URI opening `path` read-only, so nothing in it (not even the journal mode) can change.

    A read-only connection to a WAL-mode database creates its -wal and -shm files when they are
    missing, and cannot remove them after; with no -wal file every page is in the database file
    itself, so it is then opened `immutable` (no locks, no side files) instead.
    """
    uri = "file:" + quote(os.fsencode(path.resolve())) + "?mode=ro"
    if wal_mode and not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    return uri


class Store(Ingesting, Querying, Correcting):
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
        timeout = busy_timeout(path)
        if path.exists():
            if path.is_dir():
                raise StoreError(f"{path}: is a folder, not a timeline store file")
            try:
                with open(path, "rb") as fh:
                    head = fh.read(100)  # the database header
            except OSError as exc:
                raise StoreError(f"{path}: cannot read the store ({exc.strerror or exc})") from None
            if head and not head.startswith(SQLITE_HEADER):
                raise StoreError(f"{path}: not a SQLite database; refusing to use or overwrite it "
                                 "(move it away or choose another file with --db / TIMELINE_DB)")
            if head:  # read-only: refuses someone else's database before anything can write to it
                self._inspect(timeout, wal_mode=head[18:20] == b"\x02\x02")
        elif not create:
            raise StoreError(f"{path}: no store here yet (run `python -m timeline ingest FILES` first)")
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"{path}: cannot create its folder ({exc.strerror or exc})") from None
        try:
            conn = sqlite3.connect(path, timeout=timeout, isolation_level=None, check_same_thread=False)
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

    def _inspect(self, timeout: float, wal_mode: bool) -> None:
        """Check an existing SQLite file through a read-only connection, before the read-write one
        that may switch it to WAL or migrate it: refuse a newer schema, someone else's database
        (other tables, or a user_version without a timeline store's tables) and a damaged file."""
        try:
            conn = sqlite3.connect(_read_only_uri(self.path, wal_mode), uri=True, timeout=timeout,
                                   isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc}); it was left unchanged") from None
        try:
            self._check_version(conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable SQLite database ({exc}); it was left unchanged") from None
        finally:
            conn.close()

    def _check_version(self, conn: sqlite3.Connection) -> None:
        """Refuse, before any write, a newer schema or someone else's SQLite database."""
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: store has schema version {version}, newer than this program's "
                             f"{SCHEMA_VERSION}; upgrade timeline to use it (the file was left unchanged)")
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if version == 0:
            if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise StoreError(f"{self.path}: a SQLite database but not a timeline store "
                                 "(it has other tables); refusing to modify it")
            return
        try:
            ours = (STORE_TABLES_V3 if version >= 3 else STORE_TABLES) <= tables and \
                conn.execute("SELECT 1 FROM meta WHERE key = 'write_count'").fetchone() is not None
        except sqlite3.OperationalError:  # a 'meta' table of another shape
            ours = False
        if not ours:
            raise StoreError(f"{self.path}: a SQLite database but not a timeline store (version {version} "
                             "without a timeline store's tables); refusing to modify it")

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
                self._writing = write_count(conn) + 1
                self._max_span = meta_int(conn, "max_span_days")
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

    # ------------------------------------------------------------ reading events

    # ------------------------------------------------------------ facets and counts

    def version(self) -> int:
        """A number that changes with every committed write (by any process): a cache key."""
        with self._lock:
            return write_count(self._conn)

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
