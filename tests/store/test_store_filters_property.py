"""Property: for any Filters, the SQL the store builds selects exactly what a plain Python reading of
the Filters documentation selects, in date order, through query() and query_frame() alike."""
from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.records import Article
from timeline.records import Event, Source
from timeline.store.migrations import fold
from timeline.records import Filters
from timeline.store import Store

ACTORS = ("United States", "Venezuela", "Nicolás Maduro", "Donald Trump", "CIA", "Colombia")
CATEGORIES = ("force", "threat", "diplomacy", "sanction")
STATUSES = ("occurred", "planned", "speculative")
SOURCES = ("Reuters", "AP", "El País")
WORDS = ("strike", "boat", "Bogotá", "TALKS", "50%", "warned", "a_b", "sanctions")
START = dt.date(2025, 1, 1)


def build(tmp_path_factory) -> tuple[Store, list[Event], dict[str, str]]:
    rng = random.Random(3)
    path = tmp_path_factory.mktemp("prop") / "t.db"
    store = Store(path)
    arts = [Article(text=f"Article {i}.", published=START + dt.timedelta(days=i), title=f"{rng.choice(WORDS)} {i}",
                    source=SOURCES[i % 3], origin=f"a{i}") for i in range(12)]
    table: dict[str, list[Event]] = {}
    for n, art in enumerate(arts):
        rows = []
        for k in range(6):
            day = START + dt.timedelta(days=rng.randrange(90))
            end = day + dt.timedelta(days=rng.choice((0, 0, 6, 30)))
            sources = [Source(art.id, art.title, art.source, art.published, "", f"sentence {k}", "")]
            if n and rng.random() < 0.3:  # also reported by an earlier article
                other = arts[rng.randrange(n)]
                sources.append(Source(other.id, other.title, other.source, other.published, "", "also", ""))
            rows.append(Event(
                event_id=f"e{n}-{k}", date=day, date_end=end, granularity="day", date_text="", date_basis="explicit",
                status=rng.choice(STATUSES), category=rng.choice(CATEGORIES), escalation=float(rng.randrange(11)),
                actors=tuple(rng.sample(ACTORS, rng.randrange(0, 3))),
                summary=" ".join(rng.sample(WORDS, 3)), article_id=art.id, title=art.title, source=art.source,
                published=art.published, url="", sources_count=len(sources), sources=tuple(sources)))
        table[art.id] = rows
    store.ingest(arts, extract=lambda a: table[a.id], merge=False)
    sources_of = {a.id: a.source for a in arts}
    events = store.query()
    assert len(events) == 72
    return store, events, sources_of


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    store, events, sources_of = build(tmp_path_factory)
    yield store, events, sources_of
    store.close()


def reference(events: list[Event], f: Filters, sources_of: dict[str, str]) -> list[str]:
    out = []
    for e in events:
        if f.actors:
            hits = set(f.actors) & set(e.actors)
            if f.actor_mode == "all" and hits != set(f.actors):
                continue
            if f.actor_mode == "any" and not hits:
                continue
        if f.date_from and (e.date if f.date_mode == "within" else e.date_end) < f.date_from:
            continue
        if f.date_to and (e.date_end if f.date_mode == "within" else e.date) > f.date_to:
            continue
        if f.categories and e.category not in f.categories:
            continue
        if f.statuses and e.status not in f.statuses:
            continue
        if f.sources and not ({e.source} | {sources_of[s.article_id] for s in e.sources}) & set(f.sources):
            continue
        if f.min_escalation is not None and e.escalation < f.min_escalation:
            continue
        haystack = fold(" ".join((e.summary, " ; ".join(e.actors), e.title)))
        if not all(word in haystack for word in fold(f.text).split()):
            continue
        out.append(e.event_id)
    return out


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
    text=st.one_of(st.just(""), st.sampled_from(WORDS).map(str.lower), st.sampled_from(("str", "bogota talks", "%", "_", "'"))),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(f=filters)
def test_sql_filters_match_the_reference(world, f):
    store, events, sources_of = world
    expected = reference(events, f, sources_of)
    assert [e.event_id for e in store.query(f)] == expected
    assert list(store.query_frame(f)["event_id"]) == expected
    counts = dict(store.actor_counts(f))
    selected = [e for e in events if e.event_id in set(expected)]
    assert counts == {a: n for a in ACTORS if (n := sum(a in e.actors for e in selected))}
