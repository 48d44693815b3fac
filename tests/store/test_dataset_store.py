"""The Parquet dataset read through DuckDB (timeline.store.dataset) answers as the SQLite store does:
the same events ingested into a Store and written as a dataset give the same rows, frames, sources,
facets and counts for the same filters (filters pushed down as DuckDB SQL)."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.io.parquet import MANIFEST, write_dataset
from timeline.records import Article, Event, Filters
from timeline.store import FRAME_COLUMNS, DatasetStore, Store, StoreError, open_store
from timeline.store.dataset import sql_where
from tests.store.test_store_filters_property import (ACTORS, CATEGORIES, SOURCES, START, STATUSES, WORDS, build,
                                                      reference)


def ordered(events: list[Event]) -> list[Event]:
    """Both stores sort by date and end date; ties are in insertion order in SQLite and by event id in
    the dataset, so the comparison orders ties by event id."""
    return sorted(events, key=lambda e: (e.date, e.date_end, e.event_id))


def ordered_frame(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values(["date", "date_end", "event_id"], kind="stable").reset_index(drop=True)


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    store, events, sources_of = build(tmp_path_factory)
    out = tmp_path_factory.mktemp("dataset") / "ds"
    write_dataset(out, store.query())
    with DatasetStore(out) as dataset:
        yield store, dataset, events, sources_of
    store.close()


dates = st.one_of(st.none(), st.dates(START - dt.timedelta(days=5), START + dt.timedelta(days=130)))
filters = st.builds(
    Filters,
    actors=st.lists(st.sampled_from(ACTORS + ("Nobody",)), max_size=3).map(tuple),
    actor_mode=st.sampled_from(("any", "all")),
    date_from=dates, date_to=dates, date_mode=st.sampled_from(("overlaps", "within")),
    categories=st.lists(st.sampled_from(CATEGORIES), max_size=2).map(tuple),
    statuses=st.lists(st.sampled_from(STATUSES), max_size=2).map(tuple),
    sources=st.lists(st.sampled_from(SOURCES), max_size=2).map(tuple),
    min_escalation=st.one_of(st.none(), st.floats(0, 10)),
    text=st.one_of(st.just(""), st.sampled_from(WORDS), st.sampled_from(("str", "bogota talks", "NICOLAS", "%", "_",
                                                                           "'", "maduro venezuela"))),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(f=filters)
def test_dataset_answers_as_the_sqlite_store(pair, f):
    store, dataset, events, sources_of = pair
    expected = store.query(f)
    got = dataset.query(f)
    assert ordered(got) == ordered(expected)
    assert sorted(e.event_id for e in got) == sorted(reference(events, f, sources_of))
    assert [(e.date, e.date_end) for e in got] == [(e.date, e.date_end) for e in expected]   # date order
    assert ordered(dataset.query(f, with_sources=False)) == ordered(store.query(f, with_sources=False))
    frame, want = dataset.query_frame(f), store.query_frame(f)
    assert list(frame.columns) == list(want.columns)
    assert dict(frame.dtypes) == dict(want.dtypes)
    pd.testing.assert_frame_equal(ordered_frame(frame), ordered_frame(want))
    assert dataset.actor_counts(f) == store.actor_counts(f)
    assert dataset.count(f) == len(expected)


def test_facets_counts_and_sources_match(pair):
    store, dataset, events, _ = pair
    assert dataset.categories() == store.categories()
    assert dataset.statuses() == store.statuses()
    assert dataset.sources() == store.sources()
    assert dataset.date_bounds() == store.date_bounds()
    assert dataset.event_count() == store.event_count() == len(events)
    assert dataset.article_count() == store.article_count()
    assert dataset.actor_counts() == store.actor_counts()
    for event in events[::7]:
        assert dataset.event_sources(event.event_id) == store.event_sources(event.event_id)
        assert len(dataset.event_sources(event.event_id)) >= 1
    assert dataset.event_sources("no-such-event") == []
    assert dataset.corrections() == [] and dataset.corrections(events[0].event_id) == []
    assert isinstance(dataset.version(), int)


def test_limited_frame_is_the_first_rows_of_the_view(pair):
    _store, dataset, _events, _ = pair
    f = Filters(categories=("force",))
    full = dataset.query_frame(f)
    assert len(full) > 5
    pd.testing.assert_frame_equal(dataset.query_frame(f, limit=5), full.head(5))


def test_top_events_and_aggregates(pair):
    _store, dataset, events, _ = pair
    f = Filters(actors=("Venezuela", "CIA"))
    chosen = [e for e in events if {"Venezuela", "CIA"} & set(e.actors)]
    top = dataset.top_events(f, by="escalation", limit=5)
    assert list(top["escalation"]) == sorted((e.escalation for e in chosen), reverse=True)[:5]
    top = dataset.top_events(f, by="sources_count", limit=3)
    assert list(top["sources_count"]) == sorted((e.sources_count for e in chosen), reverse=True)[:3]
    weekly = dataset.aggregate(f, unit="week", lane="actor")
    assert set(weekly["period"].map(lambda d: d.weekday())) == {0}          # Mondays
    for name in ("Venezuela", "CIA"):   # each event counted once in the lane of each actor it names
        assert weekly.loc[weekly["lane"] == name, "events"].sum() == sum(name in e.actors for e in chosen)
    daily = dataset.aggregate(f, unit="day", lane="category")
    assert daily["events"].sum() == len(chosen)
    for (day, category), group in pd.DataFrame([(e.date, e.category, e.escalation) for e in chosen],
                                               columns=["d", "c", "x"]).groupby(["d", "c"]):
        row = daily[(daily["period"] == day) & (daily["lane"] == category)]
        assert int(row["events"].iloc[0]) == len(group)
        assert float(row["max_escalation"].iloc[0]) == group["x"].max()
    with pytest.raises(ValueError):
        dataset.aggregate(f, unit="month")


@pytest.mark.parametrize("lane", ["actor", "category"])
@pytest.mark.parametrize("f", [Filters(), Filters(categories=("force", "threat")), Filters(statuses=("planned",))])
def test_a_whole_dataset_is_drawn_from_its_weekly_rollup_with_the_same_figures(pair, lane, f):
    _store, dataset, events, _ = pair
    assert dataset._rolled_up(f, "week", lane, None) is not None          # the rollup answers this view
    rolled = dataset.aggregate(f, unit="week", lane=lane, lanes=50)
    sql, params = dataset._aggregate_sql(f, "week", lane, None)             # ... as the events themselves do
    raw = pd.DataFrame.from_records(dataset._rows(sql, params), columns=list(rolled.columns))
    raw = raw[raw["lane"].isin(set(rolled["lane"]))].sort_values(["period", "lane"]).reset_index(drop=True)
    assert len(rolled) and list(rolled["lane"]) == list(raw["lane"]) and list(rolled["period"]) == list(raw["period"])
    for column in ("events", "sources", "max_escalation"):
        assert list(rolled[column]) == list(raw[column].astype(rolled[column].dtype))
    assert list(rolled["mean_escalation"]) == pytest.approx(list(raw["mean_escalation"]))
    assert dataset._rolled_up(Filters(actors=("CIA",)), "week", lane, None) is None   # the rollup keeps no actors' events
    assert dataset._rolled_up(f, "day", lane, None) is None


def test_accented_and_case_folded_text_search(tmp_path):
    art = Article(text="Text.", published=dt.date(2025, 3, 1), title="Talks in Bogotá", source="El País")
    event = Event(event_id="x1", date=dt.date(2025, 3, 1), date_end=dt.date(2025, 3, 1), granularity="day",
                  date_text="", date_basis="publication", status="occurred", category="diplomacy", escalation=1.0,
                  actors=("Nicolás Maduro",), summary="ÉLITE troops met", article_id=art.id, title=art.title,
                  source=art.source, published=art.published, url="")
    write_dataset(tmp_path / "ds", [event], articles=[art])
    with DatasetStore(tmp_path / "ds") as dataset:
        for text in ("nicolas", "NICOLÁS maduro", "elite", "bogota talks", "élite"):
            assert [e.event_id for e in dataset.query(Filters(text=text))] == ["x1"], text
        assert dataset.query(Filters(text="paris")) == []
        assert dataset.sources() == ["El País"]
        assert dataset.article_count() == 1


def test_filters_become_parameters_not_sql_text():
    where, params = sql_where(Filters(actors=("O'Brien",), text="'; DROP", categories=("x' OR 1=1",)))
    assert "O'Brien" not in where and "drop" not in where.lower() and "1=1" not in where
    assert ["O'Brien"] in params and "x' OR 1=1" in params and "%drop%" in params


def test_empty_dataset(tmp_path):
    write_dataset(tmp_path / "ds", [])
    with DatasetStore(tmp_path / "ds") as dataset:
        assert dataset.event_count() == 0 and dataset.article_count() == 0
        assert dataset.date_bounds() is None
        assert dataset.query() == [] and dataset.actor_counts() == [] and dataset.categories() == []
        assert len(dataset.query_frame()) == 0
        assert list(dataset.query_frame().columns) == list(FRAME_COLUMNS)


def test_open_store_picks_by_path(tmp_path):
    write_dataset(tmp_path / "ds", [])
    with open_store(tmp_path / "ds") as opened:
        assert isinstance(opened, DatasetStore)
    with open_store(tmp_path / "t.db") as opened:
        assert isinstance(opened, Store)
    (tmp_path / "half" / "events").mkdir(parents=True)
    with pytest.raises(StoreError, match=f"half: .*no {MANIFEST}.*did not finish"):
        open_store(tmp_path / "half")
    (tmp_path / "other").mkdir()
    with pytest.raises(StoreError, match="other: a folder, but neither"):
        open_store(tmp_path / "other")
    with pytest.raises(StoreError, match="not a timeline Parquet dataset"):
        DatasetStore(tmp_path / "other")
