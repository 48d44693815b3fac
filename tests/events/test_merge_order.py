"""The table does not depend on the order articles come in (issue 16, item 9): one event's
reports are joined as the connected groups of `same_event`, folded in a fixed order, so any
permutation of the same reports gives the same rows."""
from __future__ import annotations

import dataclasses
import datetime as dt
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import events
from timeline.actors import unify_names
from timeline.events.merge import Groups, canonical_key, clusters, fold, group_links, merge, nest_groups, same_event
from timeline.io.articles import load_paths

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def reports():
    arts = load_paths(sorted((ROOT / "sample_data").glob("*.md"))).articles
    return [e for a in arts for e in events.extract_article(a)]


def table(rows) -> list[tuple]:
    return sorted((e.event_id, e.date, e.date_end, e.category, e.status, e.actors, e.sources_count,
                   e.summary, tuple(s.sentence for s in e.sources)) for e in rows)


@settings(max_examples=25, deadline=None)
@given(st.randoms(use_true_random=False))
def test_any_order_of_the_same_reports_gives_the_same_table(reports, rnd):
    expected = table(events.merge_all(unify_names(reports)))
    shuffled = list(reports)
    rnd.shuffle(shuffled)
    assert table(events.merge_all(unify_names(shuffled))) == expected


def test_reports_are_joined_even_when_the_joining_report_comes_last(reports):
    # the carrier's arrival: four articles, one row, however they are ordered
    merged = events.merge_all(list(reversed(reports)))
    arrival = [e for e in merged if e.sources_count == 4]
    assert arrival and all(len({s.article_id for s in e.sources}) == 4 for e in arrival)


@settings(max_examples=6, deadline=None)
@given(st.randoms(use_true_random=False))
def test_the_store_holds_the_same_table_whatever_order_articles_are_ingested_in(tmp_path_factory, reports, rnd):
    """Ingested one at a time in any order, the store's rows equal `extract`'s for the same articles."""
    from timeline.store import Store
    arts = load_paths(sorted((ROOT / "sample_data").glob("*.md"))).articles
    by_article = {a.id: [e for e in reports if e.article_id == a.id] for a in arts}
    order = list(arts)
    rnd.shuffle(order)
    with Store(tmp_path_factory.mktemp("order") / "t.db") as store:
        for a in order:
            store.ingest([a], extract=lambda art: by_article[art.id])
        stored = store.query()
    assert table(stored) == table(events.merge_all(unify_names(reports)))


def copies(reports, n: int, max_shift: int, seed: int) -> list:
    """`n` copies of every report, each copy from another article and told (dates, publication) a
    random 0..`max_shift` days later: many reports retelling one event."""
    rng = random.Random(seed)
    rows = []
    for k in range(n):
        for e in reports:
            shift = dt.timedelta(days=rng.randint(0, max_shift))
            rows.append(dataclasses.replace(
                e, date=e.date + shift, date_end=e.date_end + shift, event_id=f"{e.event_id}-{k}",
                article_id=f"{e.article_id}-{k}", published=e.published + shift,
                sources=tuple(dataclasses.replace(s, article_id=f"{s.article_id}-{k}", published=s.published + shift)
                              for s in e.sources)))
    return rows


def test_rows_of_the_very_same_dates_are_joined_through_a_spanning_forest(reports):
    """The "same" links of `group_links` are same-dates pairs that report one event, fewer than all of
    them; their groups lie inside the groups every such pair gives, and never join two rows one
    article kept apart unless those two are linked themselves."""
    rows = copies(reports, 5, max_shift=3, seed=7)
    same = [tuple(sorted(link[1:])) for link in group_links(rows) if link[0] == "same"]
    every = [(i, j) for i in range(len(rows)) for j in range(i + 1, len(rows))
             if (rows[i].date, rows[i].date_end) == (rows[j].date, rows[j].date_end) and same_event(rows[i], rows[j])]

    def groups_of(pairs) -> set[frozenset[int]]:
        g = Groups()
        for i, j in pairs:
            g.join(i, j)
        by_root: dict[int, set[int]] = {}
        for i in range(len(rows)):
            by_root.setdefault(g.root(i), set()).add(i)
        return {frozenset(members) for members in by_root.values()}

    assert len(same) < len(every) and set(same) <= set(every)
    closure = groups_of(every)
    direct = set(every)
    for group in groups_of(same):
        assert any(group <= whole for whole in closure)
        for i in group:
            for j in group:
                if i < j and rows[i].article_id == rows[j].article_id:
                    assert (i, j) in direct
    assert groups_of(same) != closure   # the copies' articles hold rows a third report would chain


def test_groups_depend_on_the_links_not_on_their_order(reports):
    rows = copies(reports, 4, max_shift=9, seed=5)
    links = list(group_links(rows))
    assert any(link[0] == "in" for link in links)
    want = nest_groups(links, key=lambda i: canonical_key(rows[i]))
    rng = random.Random(3)
    for _ in range(5):
        rng.shuffle(links)
        assert nest_groups(links, key=lambda i: canonical_key(rows[i])) == want


def test_every_report_of_a_group_holds_the_dates_of_its_narrowest_report(reports):
    """A wider report ("strikes this week") joins one narrower group, never two: so no group chains
    reports of days apart through the wide ones."""
    rows = copies(reports, 8, max_shift=9, seed=13)
    groups = clusters(rows)
    assert sum(len(g) > 1 for g in groups) >= 20
    for group in groups:
        latest_start = max(rows[i].date for i in group)
        earliest_end = min(rows[i].date_end for i in group)
        assert latest_start <= earliest_end, [(rows[i].date, rows[i].date_end) for i in group]


@settings(max_examples=4, deadline=None)
@given(st.randoms(use_true_random=False))
def test_the_store_holds_the_same_table_as_extract_when_wider_reports_join_narrower_ones(tmp_path_factory, reports,
                                                                                      rnd):
    """Copies told some days later make rows that lie inside others' dates: ingested article by
    article in any order, the store still equals `merge_all` over all the reports."""
    from timeline.store import Store
    from timeline.records import Article
    rows = copies(reports, 3, max_shift=5, seed=rnd.randint(0, 999))
    by_article: dict[str, list] = {}
    for e in rows:
        by_article.setdefault(e.article_id, []).append(e)
    arts = {aid: Article(text=f"Report {aid}", published=evs[0].published, title=aid, source="S",
                         url=f"https://example.org/{aid}", origin=f"{aid}.md") for aid, evs in by_article.items()}
    order = sorted(by_article)
    rnd.shuffle(order)
    with Store(tmp_path_factory.mktemp("nested") / "t.db") as store:
        for aid in order:
            art = arts[aid]
            store.ingest([art], extract=lambda _a, aid=aid, art=art: [
                dataclasses.replace(e, article_id=art.id, sources=tuple(dataclasses.replace(s, article_id=art.id)
                                                                          for s in e.sources)) for e in by_article[aid]])
        stored = store.query()
    expected = events.merge_all(unify_names([
        dataclasses.replace(e, article_id=arts[e.article_id].id,
                            sources=tuple(dataclasses.replace(s, article_id=arts[e.article_id].id) for s in e.sources))
        for e in rows]))
    assert table(stored) == table(expected)


def test_folding_a_group_in_one_pass_gives_the_row_of_merging_one_report_after_another(reports):
    # groups of many reports, folded from a shuffled order
    rows = copies(reports, 6, max_shift=2, seed=11)
    rng = random.Random(11)
    groups = [g for g in clusters(rows) if len(g) >= 3]
    assert len(groups) >= 10 and max(len(g) for g in groups) >= 6
    for group in groups:
        members = [rows[i] for i in group]
        rng.shuffle(members)
        ordered = sorted(members, key=canonical_key)
        one_by_one = ordered[0]
        for other in ordered[1:]:
            one_by_one = merge(one_by_one, other)
        assert fold(members) == one_by_one


def test_a_wide_row_never_nests_into_a_core_holding_a_row_of_its_own_article():
    """Article A told a strike (row 0) and, apart, an attack some days before (row 2, wide); article B's
    report of the strike (row 1) is in the core of row 0. Row 2 reports that core best, but its own
    article kept it apart from row 0: it joins nothing, whatever the order of the links. The same
    report of A met again (a stored row and a new telling of it) is no reason to keep apart."""
    links = [("same", 0, 1, 0.9), ("in", 2, 1, 0.8)]
    reports = {0: {("A", "a1")}, 1: {("B", "b1")}, 2: {("A", "a2")}}.__getitem__
    key = lambda i: (i,)   # noqa: E731
    assert nest_groups(links, key=key) == [[0, 1, 2]]            # without the articles: one group
    for order in (links, links[::-1]):
        assert nest_groups(order, key=key, articles=reports) == [[0, 1]]
    again = {0: {("A", "a1")}, 1: {("B", "b1")}, 2: {("A", "a1"), ("C", "c1")}}.__getitem__
    assert nest_groups(links, key=key, articles=again) == [[0, 1, 2]]
    # two wide rows of one article choosing the same core: neither joins it
    links = [("same", 0, 1, 0.9), ("in", 2, 1, 0.8), ("in", 3, 0, 0.7)]
    reports = {0: {("B", "b1")}, 1: {("C", "c1")}, 2: {("A", "a1")}, 3: {("A", "a2")}}.__getitem__
    assert nest_groups(links, key=key, articles=reports) == [[0, 1]]


def test_a_row_of_category_other_merged_with_itself_is_one_row() -> None:
    from timeline.records import Article
    found = events.extract_article(Article(text="Hezbollah evacuated the villages near the border on Monday.",
                                           published=dt.date(2025, 11, 17), title="t", source="Wire"))
    assert [e.category for e in found] == ["other"]
    assert len(events.merge_all(found + found)) == 1
