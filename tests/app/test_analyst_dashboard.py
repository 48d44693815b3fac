"""The analyst's workflow in the dashboard (issue 15), through Streamlit's AppTest on real stores:
corrections made in the page (anchored dates following, the page saying which moved), the audit tab
and its undo, the map and weekly tabs, the TimelineJS/ACLED downloads, the date filter's modes and
axis, the link notes, the table's layout, and messages shown where the user is looking."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from timeline.app import corrections as fix
from timeline.app import url_state as flt
from timeline.records import Article, Filters
from timeline.store import Store

from tests.app.test_dashboard import download, media, plain, run_clean, table  # noqa: F401 (fixture)
from tests.io.test_publish import check_timelinejs

ROOT = Path(__file__).resolve().parents[2]
K = flt.WIDGET_KEYS
ANCHORED = ("This Monday, the US designated the cartel a terrorist organization. Eight days prior, coinciding "
            "with the carrier's arrival, Trump said the strikes would continue. The following day, Venezuela "
            "mobilized troops near Caracas.")


def page(monkeypatch, db: Path) -> AppTest:
    monkeypatch.setenv("TIMELINE_DB", str(db))
    return AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=180)


@pytest.fixture
def anchored_store(tmp_path) -> Path:
    db = tmp_path / "anchored.db"
    with Store(db) as store:
        store.ingest([Article(text=ANCHORED, published=dt.date(2025, 11, 25), title="Anchored", source="Wire",
                              url="https://example.org/anchored")])
    return db


def button(at: AppTest, label: str):
    (found,) = [b for b in at.button if b.label == label]
    return found


def frame_with(at: AppTest, column: str) -> pd.DataFrame:
    """The dataframe on the page that has this column."""
    (found,) = [d.value for d in at.dataframe if column in d.value.columns]
    return found


def successes(at: AppTest) -> str:
    return "\n".join(plain(s.value) for s in at.success)


def test_correcting_a_date_in_the_page_moves_the_anchored_events_and_says_which(monkeypatch, anchored_store):
    with Store(anchored_store) as store:
        monday = next(e for e in store.query() if e.date_text == "This Monday")
    at = page(monkeypatch, anchored_store)
    at.session_state["picked"] = monday.event_id
    run_clean(at)
    at.text_input(key=fix.WHO_KEY).set_value("Ana Ruiz")
    at.date_input(key=f"fix_dates_{monday.event_id}").set_value((dt.date(2025, 11, 25), dt.date(2025, 11, 25)))
    at.text_input(key=f"fix_note_{monday.event_id}").set_value("the designation was on Tuesday")
    button(at, "Save corrections").click()
    run_clean(at)
    said = successes(at)
    assert "Saved: date 2025-11-24 → 2025-11-25" in said
    assert "2 event(s) dated relative to it moved with it" in said
    assert "2025-11-16 → 2025-11-17" in said and "2025-11-17 → 2025-11-18" in said
    rows = table(at)
    dates = dict(zip(rows["summary"].str.slice(0, 12), rows["date"]))
    assert dates["Eight days p"] == dt.date(2025, 11, 17) and dates["The followin"] == dt.date(2025, 11, 18)
    assert rows["corrected"].all()
    # provenance shows the correction, with who, and its note
    prov = next(m.value for m in at.markdown if 'class="provenance"' in m.value)
    assert "Corrected:" in prov and "Ana Ruiz" in prov and "the designation was on Tuesday" in prov

    # the audit tab lists the correction and the two moves; undoing it moves them back
    audit = frame_with(at, "who")
    assert list(audit["who"]) == ["Ana Ruiz"] * 3 and sorted(audit["change"].str.slice(0, 4)) == ["date"] * 3
    assert at.selectbox(key="undo_pick").options == [next(o for o in at.selectbox(key="undo_pick").options)]
    button(at, "Undo").click()
    run_clean(at)
    assert "Undone: date 2025-11-24 → 2025-11-25" in successes(at) and "moved back" in successes(at)
    rows = table(at)
    assert sorted(rows["date"]) == [dt.date(2025, 11, 16), dt.date(2025, 11, 17), dt.date(2025, 11, 24)]
    assert not rows["corrected"].any()


def test_a_correction_without_a_name_is_refused_with_a_message(monkeypatch, sample_store):
    at = run_clean(page(monkeypatch, sample_store))
    first = table(at)
    eid = at.session_state["shown_ids"][0]
    at.selectbox(key=f"fix_status_{eid}").set_value("speculative" if first["status"][0] != "speculative" else "planned")
    button(at, "Save corrections").click()
    at.run()
    assert not at.exception
    assert any("say who makes the correction" in plain(e.value) for e in at.error)


def test_not_an_event_merge_and_split_from_the_page(monkeypatch, sample_store, sample_store_info):
    at = run_clean(page(monkeypatch, sample_store))
    ids = list(at.session_state["shown_ids"])
    at.text_input(key=fix.WHO_KEY).set_value("Ana")
    first = ids[0]
    button(at, "Not an event").click()
    run_clean(at)
    assert len(table(at)) == sample_store_info["events"] - 1 and first not in at.session_state["shown_ids"]
    assert "marked not an event" in successes(at)

    a, b = at.session_state["shown_ids"][:2]
    at.session_state["picked"] = a
    at.run()
    at.selectbox(key=f"merge_with_{a}").set_value(b)
    at.run()
    button(at, "Merge into this event").click()
    run_clean(at)
    assert len(table(at)) == sample_store_info["events"] - 2 and b not in at.session_state["shown_ids"]
    with Store(sample_store) as store:
        merged = next(e for e in store.query() if e.event_id == a)
    assert merged.corrected and "joined by hand by Ana" in merged.merge_note

    at.multiselect(key=f"split_which_{a}").set_value([len(merged.sources) - 1])
    at.run()
    button(at, "Split them off").click()
    run_clean(at)
    assert "split off 1 report(s)" in successes(at)
    assert len(table(at)) == sample_store_info["events"] - 1


def open_tab(at: AppTest, label: str) -> AppTest:
    at.session_state["tab"] = label
    return run_clean(at)


def test_the_map_tab_draws_the_filtered_events_offline(monkeypatch, sample_store, sample_store_info):
    at = open_tab(run_clean(page(monkeypatch, sample_store)), "Map")
    assert [c.key for c in at.get("plotly_chart")] == ["timeline_chart", "event_map"]
    fig = json.loads(at.get("plotly_chart")[1].proto.spec)
    traces = fig["data"]
    assert traces[0]["name"] == "outline" and traces[0]["type"] == "scattergeo"
    geo = fig["layout"]["geo"]
    assert not any(geo.get(f"show{layer}") for layer in ("land", "ocean", "lakes", "rivers", "countries",
                                                         "coastlines", "subunits"))   # nothing to fetch
    markers = [t for t in traces[1:]]
    placed = sum(len(t["customdata"]) for t in markers)
    with Store(sample_store) as store:
        want = store.query_frame()
    assert placed == int(want["latitude"].notna().sum()) > 0
    assert any(f"**{placed:,}** of {sample_store_info['events']:,} filtered events have a place" in m.value
               for m in at.markdown)
    # the same filters: an actor narrows the map too
    actor = sample_store_info["top_actor"]
    at.multiselect(key=K["actors"]).set_value([actor])
    run_clean(at)
    narrowed = json.loads(at.get("plotly_chart")[1].proto.spec)["data"][1:]
    assert sum(len(t["customdata"]) for t in narrowed) <= placed
    assert {t["name"] for t in narrowed} <= set(t["name"] for t in markers)


def test_the_weekly_tab_counts_iso_weeks(monkeypatch, sample_store, sample_store_info):
    at = open_tab(run_clean(page(monkeypatch, sample_store)), "Weekly")
    weeks = frame_with(at, "dated_in_week")
    assert weeks["week"].str.match(r"^\d{4}-W\d{2}$").all()
    # each week's share is shown to three decimals: the shares add up to the events within that rounding
    assert weeks["events"].sum() == pytest.approx(sample_store_info["events"], abs=0.0005 * len(weeks) + 1e-9)
    assert list(weeks["week_start"]) == sorted(weeks["week_start"])


def test_timelinejs_and_acled_downloads(monkeypatch, media, sample_store, sample_store_info):
    at = run_clean(page(monkeypatch, sample_store))
    doc = json.loads(download(at, media, "download_timelinejs"))
    check_timelinejs(doc)
    assert len(doc["events"]) == sample_store_info["events"]
    text = download(at, media, "download_acled")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert 0 < len(rows) < sample_store_info["events"]
    assert any(re.search(r"\d+ event\(s\) in ACLED's layout; \d+ left out", plain(c.value)) for c in at.caption)


def test_date_filter_within_and_the_axis_on_the_chosen_range(monkeypatch, sample_store):
    at = run_clean(page(monkeypatch, sample_store))
    lo, hi = dt.date(2025, 10, 1), dt.date(2025, 10, 31)
    at.date_input(key=K["dates"]).set_value((lo, hi))
    run_clean(at)
    overlapping = table(at)
    with Store(sample_store) as store:
        assert len(overlapping) == len(store.query_frame(Filters(date_from=lo, date_to=hi)))
    assert (overlapping["date"] < lo).any()   # "since early September" rows overlap October
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    x_lo, x_hi = (pd.Timestamp(v) for v in spec["layout"]["xaxis"]["range"])
    assert x_lo.date() == dt.date(2025, 9, 30) and x_hi.date() == dt.date(2025, 11, 1)   # half a day of margin
    at.radio(key=K["date_mode"]).set_value(flt.DATE_MODE_LABELS["within"])
    run_clean(at)
    within = table(at)
    assert 0 < len(within) < len(overlapping)
    assert (within["date"] >= lo).all() and (within["date_end"] <= hi).all()
    assert at.query_params.get("dates") == "within"


def test_link_notes_are_sentences_and_actor_names_match_in_any_case(monkeypatch, sample_store, sample_store_info):
    at = page(monkeypatch, sample_store)
    actor = sample_store_info["top_actor"]
    at.query_params = {"actor": [actor.lower(), "Atlantis"]}
    run_clean(at)
    assert at.multiselect(key=K["actors"]).value == [actor]
    (note,) = [plain(i.value) for i in at.info if "link" in i.value]
    assert note.startswith("No event here has the actor “Atlantis” the link asks for") and note.endswith(
        "so it was left out.")


def test_the_table_shows_the_summary_first_wrapped(monkeypatch, sample_store):
    at = run_clean(page(monkeypatch, sample_store))
    assert list(table(at).columns)[0] == "summary"
    assert at.dataframe[0].proto.row_height > 64   # above 4rem the cells wrap


def test_added_articles_are_reported_in_the_tab_the_user_is_in(monkeypatch, sample_store):
    at = run_clean(page(monkeypatch, sample_store))
    assert at.session_state["tab"] == "Timeline"
    at.session_state["tab"] = "Add articles"   # the user opened the tab
    at.text_area(key="upload_text").set_value(
        "---\npublished: 2025-11-26\nsource: Harbor Wire\n---\nThe US Navy began new exercises near Puerto Rico "
        "on Tuesday, officials said.\n")
    button(at, "Add articles").click()
    run_clean(at)
    assert at.session_state["tab"] == "Add articles"
    add_tab = next(t for t in at.tabs if t.label == "Add articles")
    assert any("Added 1 article" in s.value for s in add_tab.success)


def test_a_first_start_says_what_happens_and_how_long_it_took(tmp_path, monkeypatch, sample_store_info):
    at = run_clean(page(monkeypatch, tmp_path / "fresh.db"))
    said = successes(at)
    assert f"the {sample_store_info['articles']} bundled sample articles were read into the store in" in said
