"""Database files the store tests open: a store as an older version of timeline left it (one
article and one event row), and another program's SQLite database."""
from __future__ import annotations

import sqlite3

from timeline.store import migrations


def old_store(path, version: int, *, with_source: bool = False, with_actor: bool = False) -> None:
    """A store at schema `version` holding article 'a1' and its event 'ev1' (a strike at sea)."""
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrations.migrate(conn, upto=version) == version
    conn.execute("INSERT INTO articles (id, title, source, published, url, text, origin, ingested_at) "
                 "VALUES ('a1', 'Old', 'Reuters', '2025-09-01', '', 'Body.', 'old.md', '2025-09-01')")
    conn.execute("INSERT INTO events (event_id, date, date_end, granularity, date_text, date_basis, status, "
                 "category, escalation, actors, summary, article_id, title, source, published, url, sources_count) "
                 "VALUES ('ev1', '2025-09-02', '2025-09-02', 'day', '', 'publication', 'occurred', 'force', "
                 "9, 'United States', 'A strike at sea', 'a1', 'Old', 'Reuters', '2025-09-01', '', 1)")
    if with_source:
        conn.execute("INSERT INTO event_sources (event_id, position, article_id, sentence, date_text, date_start, "
                     "date_end) VALUES (1, 0, 'a1', 'A strike at sea.', '', -1, -1)")
    if with_actor:
        conn.execute("INSERT INTO event_actors (actor, event_id) VALUES ('United States', 1)")
    conn.close()


INVOICES = ("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)", "INSERT INTO invoices (amount) VALUES (12.5)")


def foreign_database(path, user_version: int = 0, wal: bool = False, statements=INVOICES) -> None:
    """Someone else's SQLite database (an invoices table) at `path`."""
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    for statement in statements:
        conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()
