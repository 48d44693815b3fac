"""The dashboard page through Streamlit's AppTest, on a store built from sample_data/ (real extraction)."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from timeline.app import url_state as flt
from timeline.records import Article
from timeline.records import COLUMNS
from timeline.io.export import to_csv
from timeline.records import Filters
from timeline.store import Store

ROOT = Path(__file__).resolve().parents[2]
K = flt.WIDGET_KEYS


@pytest.fixture
def media(monkeypatch):
    """Every media file manager AppTest creates: download buttons generate their files there on click."""
    import streamlit.testing.v1.app_test as app_test_module
    from streamlit.runtime.media_file_manager import MediaFileManager

    managers: list[MediaFileManager] = []

    class Recording(MediaFileManager):
        def __init__(self, storage) -> None:
            super().__init__(storage)
            managers.append(self)

    monkeypatch.setattr(app_test_module, "MediaFileManager", Recording)
    return managers


@pytest.fixture
def app(sample_store: Path, monkeypatch) -> AppTest:
    monkeypatch.setenv("TIMELINE_DB", str(sample_store))
    return AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=180)


def plain(markdown: str) -> str:
    """A message as the reader sees it: the page backslash-escapes Markdown in anything from input."""
    return re.sub(r"\\(.)", r"\1", markdown)


def run_clean(at: AppTest) -> AppTest:
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


def table(at: AppTest):
    return at.dataframe[0].value


def expected(store_path: Path, filters: Filters):
    with Store(store_path) as store:
        return store.query_frame(filters)


def download(at: AppTest, media, key: str) -> str:
    """What clicking the download button would fetch: its deferred generator run, its file read back."""
    (proto,) = [b.proto for b in at.get("download_button") if b.proto.id.endswith(key)]
    assert proto.deferred_file_id, "exports are generated on click"
    manager = media[-1]
    url = manager.execute_deferred(proto.deferred_file_id)
    return manager._storage.get_file(url.rsplit("/", 1)[-1]).content.decode("utf-8")


def test_page_runs_and_shows_every_event(app, sample_store_info):
    at = run_clean(app)
    assert [c.key for c in at.get("plotly_chart")] == ["timeline_chart"]   # the other tabs draw when opened
    assert len(table(at)) == sample_store_info["events"]
    total = sample_store_info["events"]
    assert any(f"**{total:,}** of {total:,} events" in m.value for m in at.markdown)
    # provenance of the first row is shown, with its date phrase marked where it has one
    assert any('class="provenance"' in m.value for m in at.markdown)
    assert at.query_params == {}


def test_actor_filter_keeps_exactly_that_actors_events(app, sample_store, sample_store_info):
    at = run_clean(app)
    actor = sample_store_info["top_actor"]
    at.multiselect(key=K["actors"]).set_value([actor])
    run_clean(at)
    rows = table(at)
    want = expected(sample_store, Filters(actors=(actor,)))
    assert len(rows) == len(want) == sample_store_info["top_actor_events"] < sample_store_info["events"]
    assert all(actor in a.split(", ") for a in rows["actors"])
    assert list(rows["summary"]) == list(want["summary"])
    assert at.query_params.get("actor") == actor


def test_date_range_and_category_filters(app, sample_store, sample_store_info):
    at = run_clean(app)
    lo, hi = sample_store_info["bounds"]
    middle = lo + (hi - lo) / 2
    at.date_input(key=K["dates"]).set_value((lo, middle))
    run_clean(at)
    want = expected(sample_store, Filters(date_to=middle))
    assert 0 < len(table(at)) == len(want) < sample_store_info["events"]
    assert all(d <= middle for d in table(at)["date"])
    assert at.query_params.get("to") == middle.isoformat() and "from" not in at.query_params

    category = table(at)["category"].mode()[0]   # one the date range still has
    at.multiselect(key=K["categories"]).set_value([category])
    run_clean(at)
    want = expected(sample_store, Filters(date_to=middle, categories=(category,)))
    assert 0 < len(table(at)) == len(want)
    assert set(table(at)["category"]) == {category}


def test_csv_and_json_downloads_hold_exactly_the_filtered_rows(app, media, sample_store, sample_store_info):
    at = run_clean(app)
    actor = sample_store_info["top_actor"]
    at.multiselect(key=K["actors"]).set_value([actor])
    run_clean(at)
    text = download(at, media, "download_csv")
    want = expected(sample_store, Filters(actors=(actor,)))
    assert text == to_csv(want[list(COLUMNS)])
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == COLUMNS
    assert sorted(r["event_id"] for r in rows) == sorted(want["event_id"])
    assert len(rows) == sample_store_info["top_actor_events"]
    exported = json.loads(download(at, media, "download_json"))
    records = exported if isinstance(exported, list) else next(v for v in exported.values() if isinstance(v, list))
    assert sorted(r["event_id"] for r in records) == sorted(want["event_id"])


def test_query_params_restore_the_filters(sample_store, sample_store_info, monkeypatch):
    monkeypatch.setenv("TIMELINE_DB", str(sample_store))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=180)
    actor = sample_store_info["top_actor"]
    lo, hi = sample_store_info["bounds"]
    at.query_params = {"actor": actor, "from": lo.isoformat(), "to": hi.isoformat(), "view": "actor",
                       "status": ["occurred", "nonsense"]}
    at.run()
    assert not at.exception
    assert at.multiselect(key=K["actors"]).value == [actor]
    assert at.multiselect(key=K["statuses"]).value == ["occurred"]
    assert at.radio(key="view").value == "actor lanes"
    want = expected(sample_store, Filters(actors=(actor,), statuses=("occurred",)))
    assert len(table(at)) == len(want)
    # the unknown status is reported, not fatal; the URL is rewritten to the filters in effect
    assert any("nonsense" in plain(i.value) for i in at.info)
    assert at.query_params.get("status") == "occurred" and at.query_params.get("view") == "actor"


def test_no_matching_events_explains_what_to_do(app):
    at = run_clean(app)
    at.text_input(key=K["text"]).set_value("zzqxv no such words")
    run_clean(at)
    assert not at.dataframe
    assert any("No events match these filters" in i.value for i in at.info)


def submit(at: AppTest) -> None:
    """Press the "Add articles" form's submit button."""
    (button,) = [b for b in at.button if b.label == "Add articles"]
    button.click()


def test_upload_adds_the_good_file_and_reports_the_bad_one(app, sample_store, sample_store_info):
    at = run_clean(app)
    good = (b"---\ntitle: Navy <script>alert(1)</script> drills [tap here](javascript:alert(1))\n"
            b"source: Harbor Wire\npublished: 2025-11-26\n---\n"
            b"The US Navy began new exercises near Puerto Rico on Tuesday, officials said.\n")
    bad = b"title,published\nNo body here,2025-11-26\n"   # a CSV without its text column
    at.file_uploader(key="upload_files").set_value([("navy.md", good, "text/markdown"),
                                                    ("broken.csv", bad, "text/csv")])
    submit(at)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    errors = [plain(e.value) for e in at.error]
    assert len(errors) == 1 and errors[0].startswith("broken.csv") and "'text' column" in errors[0]
    (added,) = [s.value for s in at.success]
    assert "Added 1 article" in added and "navy.md" in plain(added)
    # its title is shown as the characters it is: the Markdown link in it is escaped, not a link
    assert r"\[tap here\]\(javascript\:alert\(1\)\)" in added
    with Store(sample_store) as store:
        assert store.article_count() == sample_store_info["articles"] + 1
    # the page shows the new article's title as text: escaped, never as markup
    assert all("<script>" not in m.value for m in at.markdown)

    # the same file again is reported as a duplicate and adds nothing
    at.file_uploader(key="upload_files").set_value([("navy-again.md", good, "text/markdown")])
    submit(at)
    at.run()
    assert any("duplicate" in i.value and "navy-again.md" in plain(i.value) for i in at.info)
    with Store(sample_store) as store:
        assert store.article_count() == sample_store_info["articles"] + 1


def test_first_run_on_an_empty_store_ingests_the_sample(tmp_path, monkeypatch, sample_store_info):
    monkeypatch.setenv("TIMELINE_DB", str(tmp_path / "fresh.db"))
    at = run_clean(AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=300))
    assert len(table(at)) == sample_store_info["events"]
    with Store(tmp_path / "fresh.db") as store:
        assert store.article_count() == sample_store_info["articles"]


def test_an_empty_store_without_sample_data_says_what_to_do(tmp_path, monkeypatch):
    (tmp_path / "no-samples").mkdir()
    monkeypatch.setenv("TIMELINE_SAMPLE_DIR", str(tmp_path / "no-samples"))
    monkeypatch.setenv("TIMELINE_DB", str(tmp_path / "empty.db"))
    at = run_clean(AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60))
    assert any("no events yet" in i.value and "Add articles" in i.value for i in at.info)
    assert not at.get("plotly_chart") and not at.dataframe
    assert len(at.file_uploader) == 1


def test_a_store_file_that_is_not_a_database_gives_one_line_and_is_left_alone(tmp_path, monkeypatch):
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"these are my notes, not a database\n" * 10)
    monkeypatch.setenv("TIMELINE_DB", str(bogus))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    assert not at.exception
    assert len(at.error) == 1 and "not a SQLite database" in plain(at.error[0].value)
    assert bogus.read_bytes() == b"these are my notes, not a database\n" * 10


def test_articles_added_elsewhere_show_on_the_next_rerun(app, sample_store, sample_store_info):
    """Queries are cached on the store's version: a write by another process (a CLI ingest) is seen."""
    at = run_clean(app)
    assert len(table(at)) == sample_store_info["events"]
    extra = Article(text="The US Navy deployed two more destroyers to the Caribbean on Monday, officials said.",
                    published=dt.date(2025, 11, 26), title="More destroyers", source="Harbor Wire")
    with Store(sample_store) as other:
        report = other.ingest([extra])
        total = other.event_count()
    assert report.added
    run_clean(at)
    assert len(table(at)) == total
    assert any(f"of {total:,} events from {sample_store_info['articles'] + 1:,} articles" in m.value
               for m in at.markdown)


def test_a_bad_setting_gives_one_line_naming_it_not_an_exception(tmp_path, monkeypatch):
    """Issue 16, item 6: TIMELINE_DB_TIMEOUT=soon used to fail at import, an exception box."""
    monkeypatch.setenv("TIMELINE_DB", str(tmp_path / "t.db"))
    monkeypatch.setenv("TIMELINE_DB_TIMEOUT", "soon")
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    assert not at.exception
    assert len(at.error) == 1 and "setting TIMELINE_DB_TIMEOUT='soon' is not a number of seconds" in plain(
        at.error[0].value)
    assert not (tmp_path / "t.db").exists()


def test_someone_elses_database_gives_one_line_and_not_a_byte_changes(tmp_path, monkeypatch):
    """Issue 16, item 4: checked read-only before the store would switch it to WAL and migrate it."""
    from tests.store.old_stores import foreign_database

    other = tmp_path / "other.db"
    foreign_database(other, user_version=3)
    before = other.read_bytes()
    monkeypatch.setenv("TIMELINE_DB", str(other))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    assert not at.exception
    assert len(at.error) == 1 and "not a timeline store" in plain(at.error[0].value)
    assert other.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_a_store_with_damaged_text_gives_one_line(tmp_path, monkeypatch):
    from tests.cli.test_store_cli import damaged_store

    db = damaged_store(tmp_path / "t.db", "text")
    monkeypatch.setenv("TIMELINE_DB", str(db))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    assert not at.exception
    assert len(at.error) == 1 and "Could not decode to UTF-8" in plain(at.error[0].value)


def test_the_csv_download_escapes_cells_whose_first_visible_character_is_a_formula_trigger(
        app, media, sample_store):
    """Issue 16, item 8, through the dashboard's download."""
    from tests.cli.test_store_cli import HIDDEN_FORMULAS
    from tests.store.test_store import article, event, extractor

    arts = [article(100 + n) for n in range(len(HIDDEN_FORMULAS))]
    with Store(sample_store) as store:
        store.ingest(arts, extract=extractor({a.id: [event(a, f"hidden{n}", date=dt.date(2025, 9, 2), summary=text,
                                                           category="threat", actors=("Formula Tester",))]
                                              for n, (a, text) in enumerate(zip(arts, HIDDEN_FORMULAS))}), merge=False)
    at = run_clean(app)
    at.multiselect(key=K["actors"]).set_value(["Formula Tester"])
    run_clean(at)
    rows = list(csv.DictReader(io.StringIO(download(at, media, "download_csv"))))
    assert sorted(r["summary"] for r in rows) == sorted("'" + text for text in HIDDEN_FORMULAS)
