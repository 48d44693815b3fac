"""Analysts' corrections (timeline/store/overrides.py): stored as overrides with who/when/old/new/note,
holding over re-ingest, new reports merged in and re-extraction, moving the events anchored to a
corrected date, exported with the `corrected` flag, and each one undone."""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json

import pytest

from timeline.io.export import to_csv, to_json
from timeline.records import Article, Event, Source
from timeline.store import CorrectionError, Store, location_value, migrations
from tests.store.old_stores import old_store

D = dt.date


def art(n: int, text: str | None = None, published: D = D(2025, 11, 20)) -> Article:
    return Article(text=text or f"Article {n} tells of the strike.", published=published, title=f"T{n}",
                   source=f"Wire {n}", url=f"https://example.org/{n}", origin=f"a{n}.md")


def row(a: Article, key: str, sentence: str, *, date: D = D(2025, 11, 16), category: str = "force",
        actors: tuple[str, ...] = ("United States",), report: str | None = None, **kw) -> Event:
    rid = report if report is not None else f"{key}-{a.id[:6]}"
    src = Source(a.id, a.title, a.source, a.published, a.url, sentence, "that day", -1, -1, report_id=rid)
    base = dict(event_id=rid, date=date, date_end=date, granularity="day", date_text="that day",
                date_basis="explicit", status="occurred", category=category, escalation=9.0, actors=actors,
                summary=sentence, article_id=a.id, title=a.title, source=a.source, published=a.published, url=a.url,
                derivation=f"'that day' -> {date}", sources=(src,))
    base.update(kw)
    return Event(**base)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.db") as s:
        yield s


def one(store: Store, summary: str) -> Event:
    (found,) = [e for e in store.query() if e.summary == summary]
    return found


# ---------------------------------------------------------------- a field, kept and undone

def test_a_correction_is_recorded_applied_flagged_and_exported(store):
    a = art(1)
    store.ingest([a], extract=lambda _a: [row(a, "s", "US forces struck a boat.", category="threat", escalation=5.0)])
    ev = store.query()[0]
    result = store.correct(ev.event_id, "category", "force", who="Ana", note="it was a strike, not a threat")
    fixed = store.query()[0]
    assert (fixed.category, fixed.escalation, fixed.corrected) == ("force", 9.0, True)   # the category's score
    c = result.correction
    assert (c.kind, c.field, c.old, c.new, c.who, c.note) == ("set", "category", "threat", "force", "Ana",
                                                              "it was a strike, not a threat")
    assert dt.datetime.fromisoformat(c.made_at).tzinfo is not None and c.active and c.applied
    assert store.corrections(ev.event_id)[0].id == c.id
    frame = store.query_frame()
    assert bool(frame["corrected"][0]) is True
    (line,) = list(csv.DictReader(io.StringIO(to_csv(frame))))
    assert line["corrected"] == "1" and line["category"] == "force"
    assert json.loads(to_json(store.query()))[0]["corrected"] is True
    # re-ingesting the same article changes nothing: the correction stays
    report = store.ingest([a], extract=lambda _a: [row(a, "s", "US forces struck a boat.", category="threat")])
    assert report.duplicates == [a.id] and store.query()[0].category == "force"
    # undo: the machine's value (and score) is back, the row is no longer flagged, the audit keeps both
    store.undo(c.id, who="Ben")
    back = store.query()[0]
    assert (back.category, back.escalation, back.corrected) == ("threat", 5.0, False)
    (listed,) = store.corrections()
    assert listed.undone_by == "Ben" and not listed.active
    with pytest.raises(CorrectionError):
        store.undo(c.id, who="Ben")


def test_a_correction_holds_when_a_new_report_is_merged_into_its_row(store):
    a, b = art(1), art(2, published=D(2025, 11, 21))
    store.ingest([a], extract=lambda _a: [row(a, "s", "US forces struck a boat near Venezuela.",
                                               actors=("United States", "Venezuela"))])
    ev = store.query()[0]
    store.correct(ev.event_id, "actors", ["United States"], who="Ana")
    store.correct(ev.event_id, "status", "planned", who="Ana")
    # another outlet's report of the same strike merges into the row and brings its actors back
    store.ingest([b], extract=lambda _b: [row(b, "s", "US forces struck a boat near Venezuela.",
                                               actors=("United States", "Venezuela"))])
    (merged,) = store.query()
    assert merged.sources_count == 2
    assert merged.actors == ("United States",) and merged.status == "planned" and merged.corrected
    assert [a for a, _n in store.actor_counts()] == ["United States"]   # the actor facet follows


def test_every_field_can_be_corrected_and_bad_values_are_refused(store):
    a = art(1)
    store.ingest([a], extract=lambda _a: [row(a, "s", "A strike.", event_type="ASSAULT", event_mode="aerial")])
    eid = store.query()[0].event_id
    store.correct(eid, "date", {"date": "2025-11-01", "date_end": "2025-11-30"}, who="Ana")
    store.correct(eid, "event_type", "coerce", who="Ana")
    store.correct(eid, "location", location_value("Caracas"), who="Ana")
    ev = store.query()[0]
    assert (ev.date, ev.date_end, ev.granularity) == (D(2025, 11, 1), D(2025, 11, 30), "month")
    assert "corrected by Ana" in ev.derivation and "the machine read: 'that day'" in ev.derivation
    assert (ev.event_type, ev.event_mode) == ("COERCE", "")
    assert ev.location == "Caracas" and ev.country == "Venezuela" and 10 < ev.latitude < 11
    assert store.query_frame(__import__("timeline.records", fromlist=["Filters"]).Filters(
        date_from=D(2025, 11, 20), date_to=D(2025, 11, 20)))["event_id"].tolist() == [eid]
    for field_name, value in (("status", "maybe"), ("category", "nonsense"), ("colour", "red"),
                              ("date", {"date": "2025-11-05", "date_end": "2025-11-01"})):
        with pytest.raises(CorrectionError):
            store.correct(eid, field_name, value, who="Ana")
    with pytest.raises(CorrectionError, match="who"):
        store.correct(eid, "status", "planned", who="  ")
    with pytest.raises(CorrectionError, match="no event"):
        store.correct("nope", "status", "planned", who="Ana")
    with pytest.raises(CorrectionError, match="already"):
        store.correct(eid, "event_type", "COERCE", who="Ana")
    assert location_value("Nowhereville", 1.5, 2.5)["latitude"] == 1.5
    assert location_value("Nowhereville")["latitude"] is None


def test_stacked_corrections_undo_to_the_one_before(store):
    a = art(1)
    store.ingest([a], extract=lambda _a: [row(a, "s", "A strike.", category="threat")])
    eid = store.query()[0].event_id
    first = store.correct(eid, "category", "force", who="Ana").correction
    second = store.correct(eid, "category", "covert", who="Ben").correction
    assert store.query()[0].category == "covert"
    store.undo(second.id, who="Ben")
    assert store.query()[0].category == "force"
    store.undo(first.id, who="Ana")
    assert store.query()[0].category == "threat" and not store.query()[0].corrected


# ---------------------------------------------------------------- anchored dates follow

ANCHORED = ("This Monday, the US designated the cartel a terrorist organization. Eight days prior, coinciding "
            "with the carrier's arrival, Trump said the strikes would continue. The following day, Venezuela "
            "mobilized troops.")


def test_correcting_an_anchor_date_moves_the_events_told_relative_to_it_and_undo_moves_them_back(store):
    a = Article(text=ANCHORED, published=D(2025, 11, 25), title="Anchored", source="Wire")
    store.ingest([a])
    by_text = {e.date_text: e for e in store.query()}
    monday, prior, following = by_text["This Monday"], by_text["Eight days prior"], by_text["The following day"]
    assert (monday.date, prior.date, following.date) == (D(2025, 11, 24), D(2025, 11, 16), D(2025, 11, 17))
    assert (prior.anchor_offset, prior.anchor_unit) == (-8, "day")
    assert [e.event_id for e in store.dependents(monday.event_id)] == [prior.event_id]

    result = store.correct(monday.event_id, "date", {"date": "2025-11-25", "date_end": "2025-11-25"}, who="Ana",
                           note="the designation was on Tuesday")
    moved = {m.event_id: (m.was[0], m.now[0]) for m in result.moved}
    assert moved == {prior.event_id: (D(2025, 11, 16), D(2025, 11, 17)),
                     following.event_id: (D(2025, 11, 17), D(2025, 11, 18))}
    now = {e.event_id: e for e in store.query()}
    assert now[prior.event_id].date == D(2025, 11, 17) and now[following.event_id].date == D(2025, 11, 18)
    assert now[prior.event_id].corrected and "moved with its anchor" in now[prior.event_id].derivation
    follows = [c for c in store.corrections() if c.kind == "follow"]
    assert len(follows) == 2 and all(c.parent == result.correction.id and c.who == "Ana" for c in follows)

    back = store.undo(result.correction.id, who="Ana")
    assert {m.event_id for m in back.moved} == {prior.event_id, following.event_id}
    now = {e.event_id: e for e in store.query()}
    assert (now[monday.event_id].date, now[prior.event_id].date, now[following.event_id].date) == \
        (D(2025, 11, 24), D(2025, 11, 16), D(2025, 11, 17))
    assert not any(e.corrected for e in now.values())
    assert all(not c.active for c in store.corrections())


def test_a_dependent_corrected_by_hand_stays_where_the_analyst_put_it(store):
    a = Article(text=ANCHORED, published=D(2025, 11, 25), title="Anchored", source="Wire")
    store.ingest([a])
    by_text = {e.date_text: e for e in store.query()}
    prior = by_text["Eight days prior"]
    store.correct(prior.event_id, "date", {"date": "2025-11-10", "date_end": "2025-11-10"}, who="Ben")
    result = store.correct(by_text["This Monday"].event_id, "date", {"date": "2025-11-26", "date_end": "2025-11-26"},
                           who="Ana")
    (kept,) = result.moved
    assert kept.kept and kept.event_id == prior.event_id
    assert {e.event_id: e.date for e in store.query()}[prior.event_id] == D(2025, 11, 10)


# ---------------------------------------------------------------- re-extraction

def test_corrections_hold_over_re_extraction_unchanged_and_changed(store):
    a = art(1, text="US forces struck a boat. Venezuela protested.")
    rows = [row(a, "s", "US forces struck a boat."), row(a, "p", "Venezuela protested.", category="accusation",
                                                         date=D(2025, 11, 17))]
    store.ingest([a], extract=lambda _a: rows)
    strike = one(store, "US forces struck a boat.")
    protest = one(store, "Venezuela protested.")
    store.correct(strike.event_id, "status", "speculative", who="Ana")
    store.dismiss(protest.event_id, who="Ana", note="a reaction, not an event")
    assert [e.summary for e in store.query()] == ["US forces struck a boat."]

    # the same extraction again: same report ids, the corrections apply again
    assert store.reextract(extract=lambda _a: rows) == 1
    assert one(store, "US forces struck a boat.").status == "speculative"

    # a changed extractor reads the clauses differently (other spans, so other ids): matched by sentence
    changed = [dataclasses.replace(r, event_id=r.event_id + "x", sources=tuple(
        dataclasses.replace(s, report_id=s.report_id + "x") for s in r.sources)) for r in rows]
    store.reextract(extract=lambda _a: changed)
    fixed = one(store, "US forces struck a boat.")
    assert fixed.status == "speculative" and fixed.corrected and fixed.event_id.endswith("x")
    assert len(store.query()) == 1 and all(c.applied for c in store.corrections())

    # an extractor that no longer finds the sentence: the correction waits, marked not applied
    store.reextract(extract=lambda _a: [changed[1]])
    status = [c for c in store.corrections() if c.field == "status"][0]
    assert not status.applied and status.active
    store.reextract(extract=lambda _a: changed)
    assert one(store, "US forces struck a boat.").status == "speculative"


# ---------------------------------------------------------------- rows: dismiss, merge, split

def test_dismiss_merge_and_split_each_undone(store):
    a, b = art(1), art(2)
    store.ingest([a], extract=lambda _a: [row(a, "x", "US forces struck a boat.", actors=("United States",))])
    store.ingest([b], extract=lambda _b: [row(b, "y", "A vessel was hit by American fire.", actors=("Venezuela",),
                                               date=D(2025, 11, 17))])
    x, y = one(store, "US forces struck a boat."), one(store, "A vessel was hit by American fire.")

    merged = store.merge_events(x.event_id, y.event_id, who="Ana", note="the same strike")
    (row_xy,) = store.query()
    assert row_xy.event_id == x.event_id and row_xy.sources_count == 2 and row_xy.corrected
    assert set(row_xy.actors) == {"United States", "Venezuela"} and "joined by hand by Ana" in row_xy.merge_note
    assert merged.correction.change().startswith("merged with")

    split = store.split_event(x.event_id, [1], who="Ben")
    assert sorted(e.summary for e in store.query()) == ["A vessel was hit by American fire.", "US forces struck a boat."]
    store.undo(split.correction.id, who="Ben")
    assert len(store.query()) == 1
    store.undo(merged.correction.id, who="Ana")
    restored = {e.event_id: e for e in store.query()}
    assert set(restored) == {x.event_id, y.event_id} and not any(e.corrected for e in restored.values())
    assert restored[y.event_id].date == D(2025, 11, 17)

    gone = store.dismiss(y.event_id, who="Ana")
    assert [e.event_id for e in store.query()] == [x.event_id]
    assert gone.correction.change() == "marked not an event"
    store.undo(gone.correction.id, who="Ana")
    assert {e.event_id for e in store.query()} == {x.event_id, y.event_id}
    with pytest.raises(CorrectionError):
        store.split_event(x.event_id, [0], who="Ana")   # all of its one report
    with pytest.raises(CorrectionError):
        store.merge_events(x.event_id, x.event_id, who="Ana")


# ---------------------------------------------------------------- the schema

def test_a_version_6_store_migrates_to_the_current_version_keeping_its_rows(tmp_path):
    path = tmp_path / "v6.db"
    old_store(path, 6, with_source=True)
    with Store(path) as s:
        assert s.schema_version() == migrations.SCHEMA_VERSION >= 8
        (old,) = s.query()
        assert (old.corrected, old.anchor_event_id, old.anchor_offset, old.sources[0].report_id) == (False, "", None, "")
        # an old row without report ids is found again by its article and sentence
        s.correct("ev1", "status", "planned", who="Ana")
        assert s.query()[0].status == "planned" and s.corrections()[0].applied


def test_reextract_on_the_command_line_keeps_the_corrections(tmp_path, capsys):
    from timeline.cli import main

    db = tmp_path / "t.db"
    a = Article(text=ANCHORED, published=D(2025, 11, 25), title="Anchored", source="Wire")
    with Store(db) as s:
        s.ingest([a])
        monday = [e for e in s.query() if e.date_text == "This Monday"][0]
        s.correct(monday.event_id, "date", {"date": "2025-11-25", "date_end": "2025-11-25"}, who="Ana")
    assert main(["reextract", "--db", str(db)]) == 0
    assert "1 correction(s) applied again" in capsys.readouterr().err
    with Store(db) as s:
        dates = {e.date_text: e.date for e in s.query()}
    assert (dates["This Monday"], dates["Eight days prior"], dates["The following day"]) == \
        (D(2025, 11, 25), D(2025, 11, 17), D(2025, 11, 18))
    assert main(["reextract", "--db", str(tmp_path / "none.db")]) == 1
