"""The dashboard on a Parquet dataset (TIMELINE_DB names the folder): read through DuckDB, read-only,
the same rows and CSV as the SQLite store gives, and a view above the threshold drawn from counts."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from timeline.app import aggregate, page
from timeline.app import url_state as flt
from timeline.io.articles import load_paths
from timeline.io.export import to_csv
from timeline.io.parquet import write_dataset
from timeline.records import COLUMNS, Filters
from timeline.store import DatasetStore, Store
from tests.app.conftest import build_sample_store
from tests.app import test_dashboard as dashboard_tests
from tests.app.test_dashboard import download, plain, run_clean

media = dashboard_tests.media   # the fixture recording download buttons' files

ROOT = Path(__file__).resolve().parents[2]
K = flt.WIDGET_KEYS


@pytest.fixture(scope="module")
def dataset(tmp_path_factory) -> tuple[Path, Path, dict]:
    """(a dataset of the sample store's events and articles, the store, facts about it)."""
    built, info = build_sample_store(tmp_path_factory)
    out = tmp_path_factory.mktemp("dash") / "dataset"
    with Store(built) as store:
        write_dataset(out, store.query(), articles=load_paths([ROOT / "sample_data"]).articles)
    return out, built, info


@pytest.fixture
def app(dataset, monkeypatch):
    monkeypatch.setenv("TIMELINE_DB", str(dataset[0]))
    yield AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=180)
    page.open_store.clear()   # the page's DatasetStore (its DuckDB connection) does not outlive the test


def read_only_note_shown(at: AppTest) -> bool:
    return any("Read-only: this is a Parquet dataset" in plain(c.value) and "ingest --parquet" in plain(c.value)
               for c in list(at.caption) + list(at.info))


def test_page_opens_a_dataset_read_only(app, dataset):
    path, _built, info = dataset
    at = run_clean(app)
    assert read_only_note_shown(at)
    assert [c.key for c in at.get("plotly_chart")] == ["timeline_chart"]
    assert len(at.dataframe[0].value) == info["events"]
    assert any(f"**{info['events']:,}** of {info['events']:,} events" in m.value for m in at.markdown)
    assert any('class="provenance"' in m.value for m in at.markdown)          # fetched per event
    # nothing that writes: no upload form, no paste box, no correction form, no analyst name
    assert not at.get("file_uploader") and not at.text_area
    assert not [f for f in at.get("form") if "correct" in str(f.proto.form_id)]
    assert all(t.key != "corrections_who" and "name" not in (t.label or "").lower() for t in at.text_input)
    assert sum("Read-only" in plain(i.value) for i in at.info) == 2          # the Corrections and Add tabs
    assert not path.joinpath("timeline.db").exists()


def test_actor_filter_and_csv_match_the_sqlite_store(app, media, dataset):
    path, built, info = dataset
    at = run_clean(app)
    actor = info["top_actor"]
    at.multiselect(key=K["actors"]).set_value([actor])
    run_clean(at)
    rows = at.dataframe[0].value
    with DatasetStore(path) as ds, Store(built) as store:
        want = ds.query_frame(Filters(actors=(actor,)))
        sqlite_csv = to_csv(store.query_frame(Filters(actors=(actor,)))[list(COLUMNS)])
    assert len(rows) == len(want) == info["top_actor_events"] < info["events"]
    assert all(actor in a.split(", ") for a in rows["actors"])
    text = download(at, media, "download_csv")
    assert text == to_csv(want[list(COLUMNS)]) == sqlite_csv
    assert sorted(r["event_id"] for r in csv.DictReader(io.StringIO(text))) == sorted(want["event_id"])


def test_a_view_above_the_threshold_is_drawn_from_counts(app, media, dataset, monkeypatch):
    path, _built, info = dataset
    monkeypatch.setattr(aggregate, "LARGE_VIEW", 5)
    monkeypatch.setattr(aggregate, "TOP_EVENTS", 4)
    at = run_clean(app)
    assert [c.key for c in at.get("plotly_chart")] == ["aggregate_chart"]
    assert any(f"**{info['events']:,}** of {info['events']:,} events" in m.value for m in at.markdown)
    assert any("More than 5 events" in c.value for c in at.caption)
    with DatasetStore(path) as ds:
        everything = ds.query_frame()
        by_escalation, by_sources = ds.top_events(by="escalation", limit=4), ds.top_events(by="sources_count", limit=4)
    tops = [d.value for d in at.dataframe]
    assert len(tops) == 2 and all(len(t) == 4 for t in tops)
    assert list(tops[0]["summary"]) == list(by_escalation["summary"])
    assert list(tops[0]["escalation"]) == sorted(everything["escalation"], reverse=True)[:4]
    assert list(tops[1]["sources_count"]) == sorted(everything["sources_count"], reverse=True)[:4]
    assert list(tops[1]["summary"]) == list(by_sources["summary"])
    assert any('class="provenance"' in m.value for m in at.markdown)
    # the chart's data are the per-week counts of the view, in SQL: every event once per category
    chart = next(c for c in at.get("plotly_chart"))
    assert '"events per week per category' in chart.proto.spec.lower() or "per week per category" in chart.proto.spec
    assert download(at, media, "download_csv") == to_csv(everything[list(COLUMNS)])

    # the actor lanes view, and a filter that brings the view under the threshold: points again
    at.radio(key="view").set_value("actor lanes")
    run_clean(at)
    assert "per week per actor" in at.get("plotly_chart")[0].proto.spec
    at.multiselect(key=K["actors"]).set_value([info["top_actor"]])
    at.date_input(key=K["dates"]).set_value((info["bounds"][0], info["bounds"][0]))
    run_clean(at)
    with DatasetStore(path) as ds:
        small = ds.count(Filters(actors=(info["top_actor"],), date_from=info["bounds"][0], date_to=info["bounds"][0]))
    assert small <= 5
    if small:
        assert [c.key for c in at.get("plotly_chart")] == ["timeline_chart"]


def test_a_folder_that_is_no_dataset_is_one_line_on_the_page(tmp_path, monkeypatch):
    (tmp_path / "half" / "events").mkdir(parents=True)
    monkeypatch.setenv("TIMELINE_DB", str(tmp_path / "half"))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    assert not at.exception
    assert len(at.error) == 1 and "half" in plain(at.error[0].value) and "did not finish" in plain(at.error[0].value)


def test_the_store_comes_from_db_after_streamlits_double_dash_then_the_environment(tmp_path):
    env = {"TIMELINE_DB": str(tmp_path / "env.db")}
    assert page.store_path(["--db", "/data/dataset"], env) == "/data/dataset"
    assert page.store_path(["--db=/data/store.db"], env) == "/data/store.db"
    assert page.store_path([], env) == str(tmp_path / "env.db")


def test_page_opened_with_db_reads_that_dataset(dataset, monkeypatch):
    monkeypatch.delenv("TIMELINE_DB", raising=False)
    monkeypatch.setattr("sys.argv", ["dashboard.py", "--db", str(dataset[0])])
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=180)
    try:
        at = run_clean(at)
        assert read_only_note_shown(at)
        assert len(at.dataframe[0].value) == dataset[2]["events"]
    finally:
        page.open_store.clear()
