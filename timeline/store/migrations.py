"""The store's schema as a list of forward migrations, one per schema version.

A new store runs every step in order, so the migration path is exercised on every fresh
database. The version lives in SQLite's `PRAGMA user_version`; each step runs in its own
transaction together with the version bump, so a store is always at exactly one version.
To change the schema: append a step, never edit a published one.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
import unicodedata
from typing import Callable

from timeline.records import Source
from timeline.table.codec import event_from_row, event_record

# Separator of the actor names inside events.actors (names never contain control characters).
ACTOR_SEP = "\x1f"


def fold(text: str) -> str:
    """The form text is searched in: case-folded, accents removed ("Nicolás" -> "nicolas")."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def search_text(summary: str, actors: str, title: str) -> str:
    """What the free-text filter matches against: summary, actor names and article title."""
    return fold(" \n ".join((summary, actors.replace(ACTOR_SEP, " ; "), title)))


_V1 = (
    """CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL)""",
    "INSERT INTO meta (key, value) VALUES ('write_count', '0')",
    """CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        published TEXT NOT NULL,
        published_at TEXT,
        url TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        origin TEXT NOT NULL DEFAULT '',
        ingested_at TEXT NOT NULL)""",
    """CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL UNIQUE,
        date TEXT NOT NULL,
        date_end TEXT NOT NULL,
        granularity TEXT NOT NULL,
        date_text TEXT NOT NULL,
        date_basis TEXT NOT NULL,
        status TEXT NOT NULL,
        category TEXT NOT NULL,
        escalation REAL NOT NULL,
        actors TEXT NOT NULL,
        summary TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id),
        title TEXT NOT NULL,
        source TEXT NOT NULL,
        published TEXT NOT NULL,
        url TEXT NOT NULL,
        sources_count INTEGER NOT NULL,
        derivation TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX events_date ON events(date, date_end)",
    "CREATE INDEX events_category ON events(category)",
    "CREATE INDEX events_article ON events(article_id)",
    """CREATE TABLE event_actors (
        actor TEXT NOT NULL,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        PRIMARY KEY (actor, event_id)) WITHOUT ROWID""",
    "CREATE INDEX event_actors_event ON event_actors(event_id)",
    """CREATE TABLE event_sources (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id),
        sentence TEXT NOT NULL,
        date_text TEXT NOT NULL,
        date_start INTEGER NOT NULL,
        date_end INTEGER NOT NULL,
        PRIMARY KEY (event_id, position))""",
    "CREATE INDEX event_sources_article ON event_sources(article_id)",
)


def _v2(conn: sqlite3.Connection) -> None:
    """Version 2: a folded search column (case- and accent-insensitive text filter) and source indexes."""
    conn.execute("ALTER TABLE events ADD COLUMN search TEXT NOT NULL DEFAULT ''")
    rows = conn.execute("SELECT id, summary, actors, title FROM events").fetchall()
    conn.executemany("UPDATE events SET search = ? WHERE id = ?",
                     [(search_text(summary, actors, title), rowid) for rowid, summary, actors, title in rows])
    conn.execute("CREATE INDEX events_source ON events(source)")
    conn.execute("CREATE INDEX articles_source ON articles(source)")


_V3 = (
    # the search text moves to a narrow table: scanning it for the text filter is ~4x faster than the wide rows
    """CREATE TABLE event_search (
        id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
        search TEXT NOT NULL)""",
    "INSERT INTO event_search (id, search) SELECT id, search FROM events",
    "ALTER TABLE events DROP COLUMN search",
)


_V4 = (
    # the write (meta.write_count) that last changed each event: a reader's cache refreshes only those rows
    "ALTER TABLE events ADD COLUMN changed INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX events_changed ON events(changed)",
)


_V5 = (
    # merge candidates (same category, overlapping dates) by an index range: date in
    # [new.date - longest span, new.date_end]; meta.max_span_days only grows, so the range stays safe
    "CREATE INDEX events_category_date ON events(category, date)",
    "DROP INDEX events_category",
    "INSERT INTO meta (key, value) SELECT 'max_span_days', "
    "CAST(coalesce(max(julianday(date_end) - julianday(date)), 0) AS INTEGER) FROM events",
)


_V6 = (
    # who did what to whom, where, with what toll (issue 11); old rows keep empty values
    "ALTER TABLE events ADD COLUMN source_actors TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE events ADD COLUMN target_actors TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE events ADD COLUMN event_type TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE events ADD COLUMN event_mode TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE events ADD COLUMN location TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE events ADD COLUMN country TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE events ADD COLUMN latitude REAL",
    "ALTER TABLE events ADD COLUMN longitude REAL",
    "ALTER TABLE events ADD COLUMN geo_precision INTEGER",
    "ALTER TABLE events ADD COLUMN fatalities INTEGER",
    "ALTER TABLE events ADD COLUMN injured INTEGER",
    "ALTER TABLE events ADD COLUMN merge_note TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE events ADD COLUMN actor_types TEXT NOT NULL DEFAULT ''",
    # merge candidates test date_end too: with it in the index, the range on (category, date) is read
    # from the index alone, not by fetching every row of the category in the look-back window
    "CREATE INDEX events_category_span ON events(category, date, date_end)",
    "DROP INDEX events_category_date",
    # each article's own reports of events, as extracted: the rows of `events` are folded from them,
    # so the table can be regrouped when a later article links two rows (issue 16, item 9)
    """CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        event_row INTEGER REFERENCES events(id) ON DELETE SET NULL,
        category TEXT NOT NULL,
        date TEXT NOT NULL,
        date_end TEXT NOT NULL,
        body TEXT NOT NULL)""",
    "CREATE INDEX reports_span ON reports(category, date, date_end)",
    "CREATE INDEX reports_row ON reports(event_row)",
    """CREATE TABLE report_names (
        name TEXT NOT NULL,
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        PRIMARY KEY (name, report_id)) WITHOUT ROWID""",
    # every actor name as reports give it, by its last word: what one-word names may stand for
    """CREATE TABLE actor_names (
        name TEXT PRIMARY KEY,
        last TEXT NOT NULL) WITHOUT ROWID""",
    "CREATE INDEX actor_names_last ON actor_names(last)",
)


def last_word(name: str) -> str:
    """The key `actor_names` files a name under: its last word, lower-cased ("Anna Kowal" -> "kowal")."""
    words = name.split()
    return words[-1].lower() if words else ""


def _v6(conn: sqlite3.Connection) -> None:
    """Version 6: the columns of who, where and what toll, and reports; each stored row becomes the
    one report of itself (what it was folded from is not known any more)."""
    _statements(_V6)(conn)
    cur = conn.execute("SELECT * FROM events")
    columns = [d[0] for d in cur.description]
    for values in cur.fetchall():
        row = dict(zip(columns, values))
        for name in ("actors", "source_actors", "target_actors", "actor_types"):
            row[name] = tuple(row[name].split(ACTOR_SEP)) if row[name] else ()
        sources = [Source(article_id, title, source, dt.date.fromisoformat(published), url, sentence, date_text,
                          start, end)
                   for article_id, title, source, published, url, sentence, date_text, start, end in conn.execute(
                       "SELECT s.article_id, a.title, a.source, a.published, a.url, s.sentence, s.date_text, "
                       "s.date_start, s.date_end FROM event_sources s JOIN articles a ON a.id = s.article_id "
                       "WHERE s.event_id = ? ORDER BY s.position", (row["id"],))]
        event = event_from_row(row, sources)
        report = conn.execute(
            "INSERT INTO reports (article_id, event_row, category, date, date_end, body) VALUES (?, ?, ?, ?, ?, ?)",
            (row["article_id"], row["id"], row["category"], row["date"], row["date_end"],
             json.dumps(event_record(event), ensure_ascii=False))).lastrowid
        conn.executemany("INSERT OR IGNORE INTO report_names (name, report_id) VALUES (?, ?)",
                         [(name, report) for name in event.actors])
        conn.executemany("INSERT OR IGNORE INTO actor_names (name, last) VALUES (?, ?)",
                         [(name, last_word(name)) for name in event.actors])


_V7 = (
    # analysts' corrections (issue 15): a row's `corrected` flag, the event a date was told relative
    # to (the report id of that event, the offset and its unit), each report's own id (what a
    # correction is matched by after re-extraction), and the corrections themselves (overrides.py)
    "ALTER TABLE events ADD COLUMN corrected INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE events ADD COLUMN anchor_event_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE events ADD COLUMN anchor_offset INTEGER",
    "ALTER TABLE events ADD COLUMN anchor_unit TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE event_sources ADD COLUMN report_id TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX event_sources_report ON event_sources(report_id)",
    "CREATE INDEX events_anchor ON events(anchor_event_id)",
    """CREATE TABLE overrides (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,                 -- set, follow, dismiss, merge, split
        field TEXT NOT NULL DEFAULT '',     -- for set/follow: date, category, event_type, status, actors, location
        target TEXT NOT NULL,               -- JSON: the reports of the row corrected (how it is found again)
        other TEXT NOT NULL DEFAULT '[]',   -- JSON: merge: the other row's reports; split: the reports split off
        event_id TEXT NOT NULL,             -- the row's event_id when corrected (for people)
        summary TEXT NOT NULL DEFAULT '',   -- the row's summary when corrected (for people)
        old TEXT NOT NULL DEFAULT 'null',   -- JSON: the value before
        new TEXT NOT NULL DEFAULT 'null',   -- JSON: the value after
        base TEXT NOT NULL DEFAULT 'null',  -- JSON: the machine's value underneath (what undo restores)
        who TEXT NOT NULL DEFAULT '',
        made_at TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        parent INTEGER REFERENCES overrides(id),   -- follow: the date correction it follows
        applied INTEGER NOT NULL DEFAULT 1,        -- 0 when its row is not found (after re-extraction)
        undone_at TEXT,
        undone_by TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX overrides_parent ON overrides(parent)",
)


_V8 = (
    # reports loaded from one merged dataset (`ingest --parquet`) carry the load's batch: they are
    # rows merged already, and two of them are never joined again (grouping.py)
    "ALTER TABLE reports ADD COLUMN batch TEXT",
)


def _statements(statements: tuple[str, ...]) -> Callable[[sqlite3.Connection], None]:
    def step(conn: sqlite3.Connection) -> None:
        for statement in statements:
            conn.execute(statement)
    return step


# (version reached, step). Steps run inside a transaction opened by the caller.
MIGRATIONS: tuple[tuple[int, Callable[[sqlite3.Connection], None]], ...] = (
    (1, _statements(_V1)),
    (2, _v2),
    (3, _statements(_V3)),
    (4, _statements(_V4)),
    (5, _statements(_V5)),
    (6, _v6),
    (7, _statements(_V7)),
    (8, _statements(_V8)),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]


def migrate(conn: sqlite3.Connection, upto: int = SCHEMA_VERSION) -> int:
    """Bring the database forward to version `upto`, one transaction per step; returns the version.

    Safe against another process migrating at the same time: each step re-reads the version
    after taking the write lock.
    """
    for target, step in MIGRATIONS:
        if target > upto:
            break
        if conn.execute("PRAGMA user_version").fetchone()[0] >= target:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute("PRAGMA user_version").fetchone()[0] < target:
                step(conn)
                conn.execute(f"PRAGMA user_version = {int(target)}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return conn.execute("PRAGMA user_version").fetchone()[0]


def meta_int(conn: sqlite3.Connection, key: str) -> int:
    """An integer of the meta table (write_count, max_span_days)."""
    return int(conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()[0])


def write_count(conn: sqlite3.Connection) -> int:
    """The number of committed writes: changes with every write, by any process."""
    return meta_int(conn, "write_count")
