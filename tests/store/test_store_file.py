"""The store file: refusing what is not ours or is newer (never touching it), migrating older schemas forward."""
from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3

import pytest

from timeline.store import migrations
from timeline.records import Article
from timeline.records import Filters
from timeline.store import Store, StoreError
from tests.store.old_stores import INVOICES, foreign_database, old_store


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_has_current_schema_wal_and_foreign_keys(tmp_path):
    path = tmp_path / "deep" / "er" / "t.db"
    with Store(path) as s:
        assert s.schema_version() == migrations.SCHEMA_VERSION
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "events", "event_actors", "event_sources", "meta"} <= tables


def test_reopening_keeps_data(tmp_path):
    path = tmp_path / "t.db"
    art = Article(text="Some text.", published=dt.date(2025, 9, 1))
    with Store(path) as s:
        s.ingest([art], extract=lambda a: [])
    with Store(path) as s:
        assert s.has_article(art.id) and s.schema_version() == migrations.SCHEMA_VERSION


@pytest.mark.parametrize("content", [b"not a database, just some text\n" * 20,
                                     b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8])
def test_not_a_sqlite_file_is_refused_and_left_unchanged(tmp_path, content):
    path = tmp_path / "t.db"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="not a SQLite database") as info:
        Store(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.db"]


def test_corrupt_sqlite_file_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "t.db"
    content = b"SQLite format 3\x00" + b"\xff" * 4000
    path.write_bytes(content)
    with pytest.raises(StoreError) as info:
        Store(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == content


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_newer_schema_is_refused_and_left_unchanged(tmp_path, journal):
    path = tmp_path / "t.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode = {journal}")
    migrations.migrate(conn)
    conn.execute("INSERT INTO meta (key, value) VALUES ('from_the_future', 'yes')")
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StoreError, match="newer") as info:
        Store(path)
    assert str(path) in str(info.value)
    assert digest(path) == before
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION + 1


def test_someone_elses_sqlite_database_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "other.db"
    foreign_database(path)
    before = digest(path)
    with pytest.raises(StoreError, match="not a timeline store"):
        Store(path)
    assert digest(path) == before


def test_missing_store_without_create(tmp_path):
    with pytest.raises(StoreError, match="no store here"):
        Store(tmp_path / "nope.db", create=False)
    assert not (tmp_path / "nope.db").exists()


def test_folder_instead_of_file(tmp_path):
    with pytest.raises(StoreError, match="folder"):
        Store(tmp_path)


def test_empty_file_becomes_a_store(tmp_path):
    path = tmp_path / "t.db"
    path.touch()
    with Store(path) as s:
        assert s.schema_version() == migrations.SCHEMA_VERSION


def test_version_1_store_migrates_forward_keeping_its_data(tmp_path):
    """A store written by schema version 1 (no search column) opens, migrates and is searchable."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrations.migrate(conn, upto=1) == 1
    conn.execute("INSERT INTO articles (id, title, source, published, url, text, origin, ingested_at) "
                 "VALUES ('a1', 'Old title', 'Reuters', '2025-09-01', '', 'Body.', 'old.md', '2025-09-01')")
    conn.execute("INSERT INTO events (event_id, date, date_end, granularity, date_text, date_basis, status, "
                 "category, escalation, actors, summary, article_id, title, source, published, url, sources_count) "
                 "VALUES ('ev1', '2025-09-02', '2025-09-02', 'day', 'Tuesday', 'explicit', 'occurred', 'force', "
                 f"8, 'United States{migrations.ACTOR_SEP}Nicolás Maduro', 'A STRIKE at sea', 'a1', 'Old title', "
                 "'Reuters', '2025-09-01', '', 1)")
    conn.execute("INSERT INTO event_actors (actor, event_id) VALUES ('United States', 1), ('Nicolás Maduro', 1)")
    conn.execute("INSERT INTO event_sources VALUES (1, 0, 'a1', 'On Tuesday, a strike at sea.', 'Tuesday', 3, 10)")
    conn.close()
    with Store(path) as s:
        assert s.schema_version() == migrations.SCHEMA_VERSION
        (event,) = s.query(Filters(text="strike maduro"))
        assert event.event_id == "ev1" and event.actors == ("United States", "Nicolás Maduro")
        assert event.sources[0].sentence == "On Tuesday, a strike at sea." and event.sources[0].source == "Reuters"
        assert s.query(Filters(actors=("Nicolás Maduro",), sources=("Reuters",))) == [event]
    conn = sqlite3.connect(path)
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"events_source", "articles_source", "events_category_span"} <= indexes
    assert not {"events_category", "events_category_date"} & indexes
    assert conn.execute("SELECT value FROM meta WHERE key = 'max_span_days'").fetchone()[0] == "0"
    columns = [r[1] for r in conn.execute("PRAGMA table_info(events)")]
    assert "search" not in columns and "changed" in columns
    assert conn.execute("SELECT search FROM event_search").fetchone()[0].startswith("a strike at sea")


def test_failed_migration_step_leaves_the_old_version(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(conn, upto=1)
    conn.close()

    def broken(conn):
        conn.execute("ALTER TABLE events ADD COLUMN search TEXT NOT NULL DEFAULT ''")
        raise sqlite3.OperationalError("disk I/O error (simulated)")

    monkeypatch.setattr(migrations, "MIGRATIONS", (migrations.MIGRATIONS[0], (2, broken)))
    conn = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError):
        migrations.migrate(conn)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    columns = [r[1] for r in conn.execute("PRAGMA table_info(events)")]
    assert "search" not in columns


def test_version_5_store_gains_the_roles_type_place_and_toll_columns_empty(tmp_path):
    """A store written before issue 11's columns opens: old rows read back with empty roles, type,
    place and toll; new rows keep them; CSV and JSON carry them in COLUMNS order."""
    import datetime as dt

    from timeline.io.export import to_csv, to_json
    from timeline.records import COLUMNS, Article, Event, Source

    path = tmp_path / "v5.db"
    old_store(path, 5, with_actor=True)
    art = Article(text="US forces struck a boat off Venezuela, killing three.", published=dt.date(2025, 9, 16))
    src = Source(art.id, "", "", art.published, "", art.text, "", -1, -1)
    new = Event(event_id="ev2", date=dt.date(2025, 9, 15), date_end=dt.date(2025, 9, 15), granularity="day",
                date_text="Monday", date_basis="explicit", status="occurred", category="force", escalation=9.0,
                actors=("United States", "Venezuela"), summary=art.text, article_id=art.id, title="", source="",
                published=art.published, url="", sources=(src,), source_actors=("United States",),
                target_actors=("Venezuela",), event_type="ASSAULT", event_mode="aerial", location="Caribbean Sea",
                country="", latitude=15.0, longitude=-73.0, geo_precision=2, fatalities=3,
                actor_types=("state", "state"))
    with Store(path) as s:
        assert s.schema_version() == migrations.SCHEMA_VERSION
        s.ingest([art], extract=lambda a: [new], merge=False)
        old, got = s.query()
        assert (old.source_actors, old.event_type, old.location, old.latitude, old.fatalities) == ((), "", "", None, None)
        assert got == new
        # the old row became the one report of itself, the new one is its own: both can be regrouped
        assert s._conn.execute("SELECT count(*) FROM reports WHERE event_row IS NOT NULL").fetchone()[0] == 2
        frame = s.query_frame()
        csv_text = to_csv(frame[list(COLUMNS)])
    header, first, second = csv_text.splitlines()
    assert header.split(",") == list(COLUMNS) and header.endswith("fatalities,injured,event_mode,actor_types,corrected")
    assert second.endswith("United States,Venezuela,ASSAULT,Caribbean Sea,,15.0,-73.0,2,3,,aerial,state;state,0")
    assert first.endswith(",,,,,,,,,,,,0")
    item = [e for e in __import__("json").loads(to_json([old, got])) if e["event_id"] == "ev2"][0]
    assert item["target_actors"] == ["Venezuela"] and item["actor_types"] == ["state", "state"] and item["fatalities"] == 3 and item["injured"] is None


# ---------------------------------------------------------------- issue 16, items 4 and 6

@pytest.mark.parametrize("user_version,wal,statements", [
    (0, False, INVOICES),
    (0, True, INVOICES),
    (3, False, INVOICES),    # another program's own schema version: used to be switched to WAL, then migrated
    (5, True, INVOICES),
    (1, False, ("CREATE TABLE meta (name TEXT)",)),  # a 'meta' table, but not ours
    (4, False, ("CREATE TABLE meta (key TEXT, value TEXT)", "CREATE TABLE articles (id TEXT)",
                "CREATE TABLE events (id INTEGER)", "CREATE TABLE event_actors (actor TEXT)",
                "CREATE TABLE event_sources (event_id INTEGER)", "CREATE TABLE event_search (id INTEGER)")),
], ids=["v0", "v0-wal", "v3", "v5-wal", "v1-other-meta", "v4-tables-without-write-count"])
def test_someone_elses_database_is_refused_before_anything_is_written(tmp_path, user_version, wal, statements):
    """The file is inspected through a read-only connection first: not a byte of it changes (the
    journal-mode bytes of the header included), and no -wal or -shm file is left beside it."""
    path = tmp_path / "other.db"
    foreign_database(path, user_version, wal, statements)
    before, files = path.read_bytes(), sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(StoreError, match="not a timeline store") as info:
        Store(path)
    assert str(info.value).startswith(f"{path}: ") and "\n" not in str(info.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files


def test_a_timeline_store_in_wal_mode_opens_while_another_connection_holds_it(tmp_path):
    path = tmp_path / "t.db"
    with Store(path) as first:
        first.ingest([Article(text="Some text.", published=dt.date(2025, 9, 1))], extract=lambda a: [])
        with Store(path) as second:
            assert second.article_count() == 1
    with Store(path) as again:  # closed cleanly: no -wal file, opened read-only as immutable first
        assert again.article_count() == 1


@pytest.mark.parametrize("value", ["soon", "-1", "nan", "inf", "10s"])
def test_a_bad_timeout_setting_is_one_error_naming_it(tmp_path, monkeypatch, value):
    monkeypatch.setenv("TIMELINE_DB_TIMEOUT", value)
    with pytest.raises(StoreError) as info:
        Store(tmp_path / "t.db")
    assert str(info.value) == (f"{tmp_path / 't.db'}: setting TIMELINE_DB_TIMEOUT={value!r} is not a number of "
                               "seconds >= 0 (the default is 10)")
    assert not (tmp_path / "t.db").exists()


def test_a_good_timeout_setting_is_used(tmp_path, monkeypatch):
    from timeline.store import db

    monkeypatch.setenv("TIMELINE_DB_TIMEOUT", " 2.5 ")
    assert db.busy_timeout(tmp_path) == 2.5
    with Store(tmp_path / "t.db") as s:
        assert s.schema_version() == migrations.SCHEMA_VERSION
