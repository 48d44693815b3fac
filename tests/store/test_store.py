"""The store: idempotent, atomic ingest; filters pushed into SQL; facets and version for the dashboard."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from timeline.records import Article
from timeline.records import COLUMNS, Event, Source
from timeline.records import Filters
from timeline.store import FRAME_COLUMNS, Store
from timeline import events as events_module
from timeline.actors import unify_names

D = dt.date


def article(n: int, *, source: str = "Reuters", published: D = D(2025, 9, 10), text: str | None = None) -> Article:
    return Article(text=text or f"Article number {n}. Something happened in the Caribbean.", published=published,
                   title=f"Title {n}", source=source, url=f"https://example.org/{n}", origin=f"a{n}.md")


def event(art: Article, key: str, *, date: D, date_end: D | None = None, category: str = "force",
          status: str = "occurred", escalation: float = 5.0, actors: tuple[str, ...] = ("United States",),
          summary: str = "", extra_sources: tuple[Source, ...] = ()) -> Event:
    sentence = summary or f"On that day {key} happened."
    src = Source(article_id=art.id, title=art.title, source=art.source, published=art.published, url=art.url,
                 sentence=sentence, date_text="that day", date_start=3, date_end=11)
    return Event(event_id=f"{key}-{art.id[:6]}", date=date, date_end=date_end or date, granularity="day",
                 date_text="that day", date_basis="explicit", status=status, category=category,
                 escalation=escalation, actors=actors, summary=summary or f"{key} happened", article_id=art.id,
                 title=art.title, source=art.source, published=art.published, url=art.url,
                 sources_count=1 + len(extra_sources), derivation=f"'that day' -> {date}",
                 sources=(src,) + extra_sources)


def extractor(table: dict[str, list[Event]]):
    """An extractor returning hand-built events for each article id."""
    return lambda art: table.get(art.id, [])


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "store" / "t.db") as s:
        yield s


@pytest.fixture
def filled(store):
    """Five articles, six hand-built events covering every filter dimension."""
    a1, a2, a3 = article(1), article(2, source="AP"), article(3, source="El País", published=D(2025, 11, 2))
    a4, a5 = article(4, source="BBC"), article(5, source="AP")
    table = {
        a1.id: [event(a1, "strike", date=D(2025, 9, 2), actors=("United States", "Venezuela"), escalation=8,
                      summary="US forces struck a boat near Venezuela"),
                event(a1, "talks", date=D(2025, 9, 20), category="diplomacy", actors=("Venezuela", "Colombia"),
                      escalation=1, summary="Talks in Bogotá")],
        a2.id: [event(a2, "deploy", date=D(2025, 10, 1), date_end=D(2025, 10, 31), category="deployment",
                      actors=("US Navy",), escalation=5, summary="Navy ships deployed to the Caribbean")],
        a3.id: [event(a3, "threat", date=D(2025, 11, 5), category="threat", status="planned",
                      actors=("Donald Trump", "Nicolás Maduro"), escalation=7,
                      summary="Trump warned Maduro of strikes on land")],
        a4.id: [event(a4, "sanction", date=D(2025, 8, 1), category="sanction", status="speculative",
                      actors=("United States", "Cartel de los Soles"), escalation=4,
                      summary="Sanctions on the cartel, 50% of assets frozen")],
        a5.id: [event(a5, "casualties", date=D(2025, 9, 3), category="casualties",
                      actors=("Venezuela",), escalation=9, summary="Eleven people killed",
                      extra_sources=())],
    }
    report = store.ingest([a1, a2, a3, a4, a5], extract=extractor(table), merge=False)
    assert report.failed == [] and len(report.added) == 5
    return store


def ids(events) -> list[str]:
    return [e.event_id.split("-")[0] for e in events]


# ---------------------------------------------------------------- ingest

def test_ingest_twice_changes_nothing(store):
    arts = [article(1), article(2)]
    table = {a.id: [event(a, "e", date=D(2025, 9, 1))] for a in arts}
    first = store.ingest(arts, extract=extractor(table), merge=False)
    assert first.added == [a.id for a in arts] and first.events_added == 2
    version = store.version()
    second = store.ingest(arts, extract=extractor(table), merge=False)
    assert second.added == [] and second.duplicates == [a.id for a in arts] and second.events_added == 0
    assert (store.article_count(), store.event_count(), store.version()) == (2, 2, version)


def test_same_text_with_other_metadata_is_a_duplicate(store):
    store.ingest([article(1)], extract=extractor({}))
    again = Article(text=article(1).text + "  ", published=D(2025, 1, 1), title="Other title")
    assert store.ingest([again], extract=extractor({})).duplicates == [again.id]
    assert store.article(again.id).title == "Title 1"


def test_edited_article_is_added_and_old_one_kept(store):
    old = article(1)
    edited = article(1, text=old.text + " Update: a second boat was struck.")
    table = {old.id: [event(old, "e", date=D(2025, 9, 1))], edited.id: [event(edited, "f", date=D(2025, 12, 1))]}
    store.ingest([old], extract=extractor(table), merge=False)
    report = store.ingest([edited], extract=extractor(table), merge=False)
    assert report.added == [edited.id] and old.id != edited.id
    assert store.article(old.id).text == old.text and store.article(edited.id).text == edited.text
    assert store.article_count() == 2 and store.event_count() == 2


def test_progress_called_per_article(store):
    calls = []
    store.ingest([article(1), article(2), article(1)], lambda done, total: calls.append((done, total)),
                 extract=extractor({}))
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_version_changes_on_every_write(store):
    seen = {store.version()}
    for n in range(3):
        store.ingest([article(n)], extract=extractor({}))
        seen.add(store.version())
    assert len(seen) == 4


def test_failed_extraction_stores_nothing_and_others_go_on(store):
    bad, good = article(1), article(2)

    def extract(art):
        if art.id == bad.id:
            raise ValueError("boom")
        return [event(art, "ok", date=D(2025, 9, 1))]

    report = store.ingest([bad, good], extract=extract, merge=False)
    assert report.added == [good.id]
    assert report.failed == [("a1.md", "event extraction failed: boom")]
    assert not store.has_article(bad.id) and store.event_count() == 1


def test_article_with_a_bad_event_is_rolled_back_whole(store):
    """An event citing an article that is not stored violates a foreign key: the whole article goes."""
    art, ghost = article(1), article(99)
    good_event = event(art, "good", date=D(2025, 9, 1))
    bad_event = event(art, "bad", date=D(2025, 9, 2), extra_sources=(event(ghost, "x", date=D(2025, 9, 2)).sources[0],))
    version = store.version()
    report = store.ingest([art], extract=extractor({art.id: [good_event, bad_event]}), merge=False)
    assert report.added == [] and len(report.failed) == 1 and "FOREIGN KEY" in report.failed[0][1]
    assert (store.article_count(), store.event_count(), store.version()) == (0, 0, version)
    conn = sqlite3.connect(store.path)
    assert conn.execute("SELECT count(*) FROM event_sources").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM event_actors").fetchone()[0] == 0


def test_colliding_event_ids_are_kept_apart(store):
    a1, a2 = article(1), article(2)
    e1 = event(a1, "same", date=D(2025, 9, 1))
    e2 = event(a2, "other", date=D(2025, 12, 1))
    e2 = Event(**{**e2.__dict__, "event_id": e1.event_id})
    store.ingest([a1, a2], extract=extractor({a1.id: [e1], a2.id: [e2]}), merge=False)
    assert sorted(e.event_id for e in store.query()) == [e1.event_id, e1.event_id + "-2"]


# ---------------------------------------------------------------- queries and filters

def test_query_round_trips_events_with_sources(store):
    a1, a2 = article(1), article(2, source="AP")
    second = Source(article_id=a2.id, title=a2.title, source="AP", published=a2.published, url=a2.url,
                    sentence="AP also reported it.", date_text="", date_start=-1, date_end=-1)
    table = {a2.id: [], a1.id: [event(a1, "strike", date=D(2025, 9, 2), extra_sources=(second,),
                                      actors=("United States", "Venezuela"))]}
    store.ingest([a2, a1], extract=extractor(table), merge=False)
    (got,) = store.query()
    assert got == table[a1.id][0]
    assert store.event_sources(got.event_id) == list(got.sources)
    assert store.event_sources("no-such-event") == []


def test_no_filters_gives_everything_sorted_by_date(filled):
    events = filled.query()
    assert ids(events) == ["sanction", "strike", "casualties", "talks", "deploy", "threat"]
    assert [e.date for e in events] == sorted(e.date for e in events)


def test_actor_any_and_all(filled):
    assert ids(filled.query(Filters(actors=("Venezuela",)))) == ["strike", "casualties", "talks"]
    assert ids(filled.query(Filters(actors=("Colombia", "US Navy")))) == ["talks", "deploy"]
    assert ids(filled.query(Filters(actors=("United States", "Venezuela"), actor_mode="all"))) == ["strike"]
    assert filled.query(Filters(actors=("Colombia", "US Navy"), actor_mode="all")) == []
    assert ids(filled.query(Filters(actors=["Venezuela", "Venezuela"], actor_mode="all"))) == \
        ["strike", "casualties", "talks"]


def test_date_range_keeps_overlapping_intervals(filled):
    # the deployment spans all of October: a range inside it still finds it
    assert ids(filled.query(Filters(date_from=D(2025, 10, 10), date_to=D(2025, 10, 12)))) == ["deploy"]
    assert ids(filled.query(Filters(date_from=D(2025, 10, 31)))) == ["deploy", "threat"]
    assert ids(filled.query(Filters(date_to=D(2025, 9, 2)))) == ["sanction", "strike"]
    assert ids(filled.query(Filters(date_from=D(2025, 9, 2), date_to=D(2025, 9, 2)))) == ["strike"]


def test_category_status_source_and_escalation(filled):
    assert ids(filled.query(Filters(categories=("force", "threat")))) == ["strike", "threat"]
    assert ids(filled.query(Filters(statuses=("planned", "speculative")))) == ["sanction", "threat"]
    assert ids(filled.query(Filters(sources=("AP",)))) == ["casualties", "deploy"]
    assert ids(filled.query(Filters(min_escalation=7))) == ["strike", "casualties", "threat"]
    assert ids(filled.query(Filters(categories=("force", "casualties"), min_escalation=8.5))) == ["casualties"]


def test_source_filter_matches_any_reporting_article(store):
    a1, a2 = article(1, source="Reuters"), article(2, source="Miami Herald")
    also = Source(article_id=a2.id, title=a2.title, source=a2.source, published=a2.published, url=a2.url,
                  sentence="The Herald reported it too.", date_text="", date_start=-1, date_end=-1)
    table = {a2.id: [], a1.id: [event(a1, "strike", date=D(2025, 9, 2), extra_sources=(also,))]}
    store.ingest([a2, a1], extract=extractor(table), merge=False)
    assert ids(store.query(Filters(sources=("Miami Herald",)))) == ["strike"]
    assert store.query(Filters(sources=("BBC",))) == []


def test_text_search_is_case_and_accent_insensitive_over_summary_actors_title(filled):
    assert ids(filled.query(Filters(text="BOAT"))) == ["strike"]
    assert ids(filled.query(Filters(text="bogota"))) == ["talks"]          # summary has "Bogotá"
    assert ids(filled.query(Filters(text="nicolas maduro"))) == ["threat"]  # actor "Nicolás Maduro"
    assert ids(filled.query(Filters(text="title 2"))) == ["deploy"]         # article title
    assert ids(filled.query(Filters(text="venezuela boat"))) == ["strike"]  # every word must match
    assert ids(filled.query(Filters(text="50%"))) == ["sanction"]           # % is literal, not a wildcard
    assert filled.query(Filters(text="5_%")) == []
    assert len(filled.query(Filters(text="   "))) == 6


def test_filters_combine(filled):
    f = Filters(actors=("Venezuela",), date_from=D(2025, 9, 3), categories=("casualties", "diplomacy"),
                text="killed")
    assert ids(filled.query(f)) == ["casualties"]


def test_filters_accept_lists_and_reject_bad_mode():
    assert Filters(actors=["A", "B"], categories="force").categories == ("force",)
    assert hash(Filters(actors=["A"])) == hash(Filters(actors=("A",)))
    import pandas as pd

    assert Filters(date_from=pd.Timestamp("2025-09-01"), date_to=dt.datetime(2025, 9, 2, 15)) == \
        Filters(date_from=D(2025, 9, 1), date_to=D(2025, 9, 2))
    assert Filters(date_from="2025-09-01").date_from == D(2025, 9, 1)
    with pytest.raises(ValueError):
        Filters(actor_mode="some")


@pytest.mark.parametrize("cached", [True, False])
def test_query_frame_columns_and_types(filled, cached):
    filled.cache_frames = cached
    frame = filled.query_frame(Filters(actors=("Venezuela",)))
    assert tuple(frame.columns) == FRAME_COLUMNS and FRAME_COLUMNS[:len(COLUMNS)] == COLUMNS
    assert list(frame["event_id"].str.split("-").str[0]) == ["strike", "casualties", "talks"]
    first = frame.iloc[0]
    assert first["date"] == D(2025, 9, 2) and isinstance(first["published"], D)
    assert first["actors"] == "United States;Venezuela"
    assert first["sentence"] == "US forces struck a boat near Venezuela"
    assert (first["phrase_start"], first["phrase_end"]) == (3, 11)
    assert first["escalation"] == 8.0 and first["sources_count"] == 1
    empty = filled.query_frame(Filters(text="nothing matches this"))
    assert tuple(empty.columns) == FRAME_COLUMNS and len(empty) == 0


def test_query_frame_equals_query(filled):
    for f in (Filters(), Filters(actors=("Venezuela",)), Filters(text="strike"), Filters(min_escalation=100)):
        events = filled.query(f)
        frame = filled.query_frame(f)
        assert list(frame["event_id"]) == [e.event_id for e in events]
        assert list(frame["date_end"]) == [e.date_end for e in events]
        assert list(frame["summary"]) == [e.summary for e in events]


def test_cached_frame_follows_writes_by_another_connection(filled):
    before = filled.query_frame(Filters(actors=("Venezuela",)))
    other_article = article(42)
    with Store(filled.path) as other:
        other.ingest([other_article], extract=extractor(
            {other_article.id: [event(other_article, "new", date=D(2025, 9, 1), actors=("Venezuela",))]}),
            merge=False)
    after = filled.query_frame(Filters(actors=("Venezuela",)))
    assert len(after) == len(before) + 1 and after.iloc[0]["event_id"].startswith("new-")
    before.loc[0, "summary"] = "changed by the caller"
    assert filled.query_frame(Filters(actors=("Venezuela",)))["summary"].iloc[1] != "changed by the caller"


def test_cached_frame_refreshes_merged_and_new_rows_like_a_fresh_read(filled):
    filled.query_frame()  # cache built
    other_article = article(43, source="Miami Herald", published=D(2025, 9, 4))
    table = {other_article.id: [
        event(other_article, "strike-again", date=D(2025, 9, 2), actors=("United States", "Venezuela"),
              summary="US forces struck a boat near Venezuela, officials confirmed"),
        event(other_article, "fresh", date=D(2025, 12, 24), category="statement", actors=("Russia",))]}
    with Store(filled.path) as other:
        report = other.ingest([other_article], extract=extractor(table))
    assert (report.events_added, report.events_merged) == (1, 1)
    cached = filled.query_frame()
    with Store(filled.path, cache_frames=False) as plain:
        fresh = plain.query_frame()
    assert cached.equals(fresh)
    strike = cached[cached["event_id"].str.startswith("strike-")].iloc[0]
    assert strike["sources_count"] == 2 and strike["actors"] == "United States;Venezuela"
    assert len(cached) == 7


def test_frame_cache_grown_from_an_empty_store_matches_a_fresh_read(store):
    empty = store.query_frame()
    a = article(1)
    store.ingest([a], extract=extractor({a.id: [event(a, "x", date=D(2025, 9, 1))]}))
    grown = store.query_frame()
    with Store(store.path, cache_frames=False) as plain:
        fresh = plain.query_frame()
    assert len(empty) == 0 and len(grown) == 1
    assert grown.equals(fresh) and grown.dtypes.equals(fresh.dtypes)
    assert empty.dtypes.equals(fresh.dtypes)


def test_facets(filled):
    counts = dict(filled.actor_counts())
    assert counts["Venezuela"] == 3 and counts["United States"] == 2 and counts["US Navy"] == 1
    assert filled.actor_counts()[0] == ("Venezuela", 3)
    assert dict(filled.actor_counts(Filters(categories=("force",)))) == {"United States": 1, "Venezuela": 1}
    assert filled.categories() == ["casualties", "deployment", "diplomacy", "force", "sanction", "threat"]
    assert filled.statuses() == ["occurred", "planned", "speculative"]
    assert filled.sources() == ["AP", "BBC", "El País", "Reuters"]
    assert filled.date_bounds() == (D(2025, 8, 1), D(2025, 11, 5))
    assert (filled.article_count(), filled.event_count()) == (5, 6)


def test_empty_store_facets(store):
    assert store.date_bounds() is None and store.actor_counts() == [] and store.query() == []
    assert len(store.query_frame()) == 0 and store.categories() == []


def test_default_path_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_DB", str(tmp_path / "env" / "e.db"))
    with Store() as s:
        assert s.path == tmp_path / "env" / "e.db"
    assert (tmp_path / "env" / "e.db").exists()
    monkeypatch.delenv("TIMELINE_DB")
    monkeypatch.chdir(tmp_path)
    with Store() as s:
        assert s.path.resolve() == (tmp_path / "timeline_data" / "timeline.db").resolve()


def test_store_is_usable_from_several_threads(filled):
    import threading

    results = []
    threads = [threading.Thread(target=lambda: results.append(len(filled.query(Filters(actors=("Venezuela",))))))
               for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [3, 3, 3, 3]


# ---------------------------------------------------------------- merging across articles

def test_reports_of_one_event_in_two_articles_merge_into_one_row(store):
    first = article(1, published=D(2025, 9, 3))
    second = article(2, source="AP", published=D(2025, 9, 4))
    table = {
        first.id: [event(first, "strike", date=D(2025, 9, 2), actors=("United States", "Venezuela"),
                         summary="US forces struck a drug boat near Venezuela")],
        second.id: [event(second, "strike2", date=D(2025, 9, 2), actors=("United States", "Tren de Aragua"),
                          summary="The US military struck a drug boat off Venezuela"),
                    event(second, "talks", date=D(2025, 9, 2), category="diplomacy",
                          actors=("United States",), summary="Envoys met for talks")],
    }
    store.ingest([first], extract=extractor(table))
    report = store.ingest([second], extract=extractor(table))
    assert (report.events_added, report.events_merged) == (1, 1)
    strike = store.query(Filters(categories=("force",)))
    assert len(strike) == 1 and strike[0].sources_count == 2
    assert [s.article_id for s in strike[0].sources] == [first.id, second.id]
    assert strike[0].event_id == table[first.id][0].event_id  # the earliest report names it
    assert strike[0].actors == ("United States", "Venezuela", "Tren de Aragua")
    # the merged row answers filters on either article's actors and sources
    assert store.query(Filters(actors=("Tren de Aragua",), sources=("Reuters",))) == strike
    assert store.query(Filters(sources=("AP",), categories=("force",))) == strike
    assert store.event_sources(strike[0].event_id) == list(strike[0].sources)
    assert store.event_count() == 2


def test_store_merges_like_events_merge_all(store):
    from timeline import events as ev

    arts = [article(n, published=D(2025, 9, n)) for n in range(1, 5)]
    words = ["struck a drug boat near Venezuela", "struck a drug boat off Venezuela", "announced new sanctions",
             "struck a fishing boat near Venezuela"]
    table = {a.id: [event(a, f"e{n}", date=D(2025, 9, 2), actors=("United States",),
                          category="sanction" if "sanctions" in words[n] else "force",
                          summary=f"The US {words[n]}")] for n, a in enumerate(arts)}
    store.ingest(arts, extract=extractor(table))
    expected = ev.merge_all([e for a in arts for e in table[a.id]])
    got = store.query()
    key = lambda e: (e.event_id, e.sources_count, tuple(s.article_id for s in e.sources))  # noqa: E731
    assert sorted(map(key, got)) == sorted(map(key, expected))
    assert len(got) < 4


def test_a_day_inside_a_stored_month_long_event_still_finds_it(store):
    """Merge candidates come from an index range reaching back by the longest stored span."""
    month, day = article(1, published=D(2025, 10, 2)), article(2, source="AP", published=D(2025, 10, 21))
    table = {
        month.id: [event(month, "deploy", date=D(2025, 10, 1), date_end=D(2025, 10, 31), category="deployment",
                         actors=("US Navy",), summary="Navy warships deployed to the southern Caribbean")],
        day.id: [event(day, "deploy2", date=D(2025, 10, 20), category="deployment", actors=("US Navy",),
                       summary="Navy warships deployed to the southern Caribbean, officials said")],
    }
    store.ingest([month], extract=extractor(table))
    assert store.ingest([day], extract=extractor(table)).events_merged == 1
    (merged,) = store.query()
    assert merged.sources_count == 2 and merged.date == D(2025, 10, 20)  # the more precise date wins


def test_default_extraction_parses_in_batches_and_isolates_a_failing_article(store, monkeypatch):
    from timeline.store import ingest as store_ingest

    arts = [article(n, text=f"On Monday, US forces struck boat number {n} near Venezuela, the Pentagon said.")
            for n in range(11)]
    real = store_ingest.extract_article
    seen_docs = []

    def flaky(art, doc=None):
        seen_docs.append(doc is not None)
        if art.id == arts[4].id:
            raise RuntimeError("parser exploded")
        return real(art, doc)

    monkeypatch.setattr(store_ingest, "extract_article", flaky)
    outcomes = list(store.ingest_iter(arts))
    assert [o.status for o in outcomes] == ["added"] * 4 + ["failed"] + ["added"] * 6
    assert outcomes[4].problem == "event extraction failed: parser exploded"
    assert all(seen_docs) and len(seen_docs) == 11  # every article came with its nlp.pipe doc
    assert store.article_count() == 10 and not store.has_article(arts[4].id)
    assert store.event_count() >= 1


def test_a_surname_alone_in_a_later_article_is_the_stored_full_name(store):
    first, later = article(1), article(2)
    store.ingest([first], extract=extractor({first.id: [
        event(first, "accused", date=D(2025, 10, 12), category="accusation", actors=("Anna Kowal", "Estoria"))]}))
    store.ingest([later], extract=extractor({later.id: [
        event(later, "asked", date=D(2025, 10, 28), category="diplomacy", actors=("Estoria", "Kowal"))]}))
    counts = dict(store.actor_counts())
    assert "Kowal" not in counts and counts["Anna Kowal"] == 2


def test_a_surname_meets_a_full_name_another_connection_stored_after_this_one_read_the_names(tmp_path):
    """The stored names are kept in memory between ingests, brought up to date from the events
    written since (by any process), never read whole again per article."""
    path = tmp_path / "t.db"
    first, other, later = article(1), article(2), article(3)
    with Store(path) as mine, Store(path) as theirs:
        mine.ingest([first], extract=extractor({first.id: [
            event(first, "met", date=D(2025, 10, 1), category="diplomacy", actors=("Boris Novak", "Estoria"))]}))
        theirs.ingest([other], extract=extractor({other.id: [
            event(other, "accused", date=D(2025, 10, 12), category="accusation", actors=("Anna Kowal", "Estoria"))]}))
        mine.ingest([later], extract=extractor({later.id: [
            event(later, "asked", date=D(2025, 10, 28), category="threat", actors=("Estoria", "Kowal", "Novak"))]}))
        counts = dict(mine.actor_counts())
    assert "Kowal" not in counts and "Novak" not in counts
    assert counts["Anna Kowal"] == 2 and counts["Boris Novak"] == 2


def test_merge_candidates_stay_near_the_date_however_long_the_longest_stored_event(store, monkeypatch):
    """A year-long stored interval ("in 2025") used to widen every later look-back to a year, so the
    rows read per new event grew with the store. A short event reads back at most LONG_SPAN_DAYS,
    a long one only the identical interval (the only rows events.merge_margin can join)."""
    year = article(100, published=D(2025, 12, 1))
    table = {year.id: [event(year, "campaign", date=D(2025, 1, 1), date_end=D(2025, 12, 31),
                             summary="The campaign of strikes went on all year")]}
    old = [article(n, published=D(2025, 1, 1) + dt.timedelta(days=7 * n)) for n in range(40)]
    for a in old:
        table[a.id] = [event(a, f"s{a.title}", date=a.published, summary=f"A strike numbered {a.title}")]
    store.ingest([year] + old, extract=extractor(table))
    read: list[list[tuple]] = []
    real = store._region

    def region_dates(conn, seeds, renamed):
        rows, reports = real(conn, seeds, renamed)
        read.append(sorted(conn.execute(f"SELECT date, date_end FROM reports WHERE id IN "
                                        f"({','.join(str(r) for r in reports)})").fetchall()))
        return rows, reports
    monkeypatch.setattr(store, "_region", region_dates)

    day, tally = article(200, published=D(2025, 10, 10)), article(201, published=D(2025, 12, 2))
    store.ingest([day, tally], extract=extractor({
        day.id: [event(day, "new", date=D(2025, 10, 1), summary="Another strike on a boat")],
        tally.id: [event(tally, "campaign2", date=D(2025, 1, 1), date_end=D(2025, 12, 31),
                         summary="The campaign of strikes went on all year, officials said")]}))
    short, long_ = read
    # the new day and the weekly strikes of the 31 days before it: not the year, nor anything earlier
    assert short[0] >= ("2025-09-01", "") and ("2025-01-01", "2025-12-31") not in short
    assert len(short) <= 6
    assert long_ == [("2025-01-01", "2025-12-31")] * 2   # only the identical interval
    (campaign,) = [e for e in store.query() if e.date_end == D(2025, 12, 31)]
    assert campaign.sources_count == 2  # the identical interval still merges


@pytest.mark.parametrize("order", list(__import__("itertools").permutations(range(4))))
def test_names_and_rows_do_not_depend_on_the_order_of_ingest(tmp_path, order):
    """'Kowal' is Anna Kowal while she is the only Kowal named, and stays 'Kowal' once a second
    one appears, whichever came first; rows linked by a later report are one row however they came."""
    arts = [article(300 + n, published=D(2025, 10, 2)) for n in range(4)]
    table = {
        arts[0].id: [event(arts[0], "a", date=D(2025, 10, 1), actors=("Kowal", "Estoria"),
                           summary="Kowal ordered strikes on Estoria")],
        arts[1].id: [event(arts[1], "b", date=D(2025, 10, 1), actors=("Anna Kowal", "Estoria"),
                           summary="Anna Kowal ordered strikes on Estoria's ports")],
        arts[2].id: [event(arts[2], "c", date=D(2025, 10, 1), actors=("Karen Kowal", "Belvania"),
                           summary="Karen Kowal's troops shelled Belvania")],
        arts[3].id: [event(arts[3], "d", date=D(2025, 10, 1), actors=("Estoria",),
                           summary="Strikes on Estoria's ports ordered by Kowal")],
    }
    with Store(tmp_path / "t.db") as store:
        for i in order:
            store.ingest([arts[i]], extract=extractor(table))
        got = sorted((e.event_id, e.actors, e.sources_count) for e in store.query())
    reference = events_module.merge_all(unify_names([e for rows in table.values() for e in rows]))
    assert got == sorted((e.event_id, e.actors, e.sources_count) for e in reference)
    assert any("Kowal" in e.actors for e in reference)   # two Kowals named: "Kowal" stays unread


def test_rows_of_one_merged_dataset_are_never_joined_again_but_join_stored_reports(tmp_path):
    """A dataset's rows are merged already (`ingest --parquet`): two of them stay two rows even where
    `same_event` would join them (a folded row carries every actor of its reports), while a report
    of an article stored before, or ingested later, joins them as any report would."""
    a1, a2, a3 = article(401, published=D(2025, 10, 2)), article(402, published=D(2025, 10, 2)), \
        article(403, published=D(2025, 10, 3))
    e1 = event(a1, "boat", date=D(2025, 10, 1), summary="US forces struck a drug boat off Venezuela")
    e2 = event(a2, "boat2", date=D(2025, 10, 1), summary="US forces struck a drug boat off Venezuela, officials said")
    e3 = event(a3, "boat3", date=D(2025, 10, 1), summary="US forces struck a drug boat off Venezuela on Wednesday")
    assert events_module.same_event(e1, e2)
    with Store(tmp_path / "d.db") as store:
        store.load_extracted([a1, a2], [e1, e2])
        assert len(store.query()) == 2
        store.ingest([a3], extract=extractor({a3.id: [e3]}))
        (row,) = store.query()   # the later report links both: one event after all
        assert row.sources_count == 3
    with Store(tmp_path / "e.db") as store:   # a report stored before the load joins a dataset row
        store.ingest([a3], extract=extractor({a3.id: [e3]}))
        store.load_extracted([a1, a2], [e1, e2])
        (row,) = store.query()
        assert row.sources_count == 3
