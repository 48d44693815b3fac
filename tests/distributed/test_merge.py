"""The merge across articles of a distributed run (date buckets, pairs, components, folds) gives
what `merge_all(unify_names(rows))` gives, on rows made to test its edges: rows that pair across a
bucket boundary, chains of rows spanning several buckets, long spans, a surname to unify."""
from __future__ import annotations

import datetime as dt
import random

from timeline.actors import unify_names
from timeline.distributed import extract as dx
from timeline.events.merge import clusters, merge_all
from timeline.io import parquet
from timeline.records import Event, Source

SUMMARIES = ("US forces struck a boat carrying drugs in the Caribbean",
             "US forces struck a second boat in the Caribbean",
             "The carrier group arrived in the Caribbean",
             "Maduro ordered troops to the border",
             "Washington designated the cartel a terrorist organisation")
ACTORS = (("United States",), ("United States", "Venezuela"), ("Anna Kowal",), ("Kowal",), ("Kowal", "Venezuela"), ())


def rows(seed: int, count: int) -> list[Event]:
    rng = random.Random(seed)
    boundary = dt.date.fromordinal(dt.date(2025, 9, 15).toordinal() // dx.BUCKET_DAYS * dx.BUCKET_DAYS)
    out = []
    for n in range(count):
        start = boundary + dt.timedelta(days=rng.randint(-40, 40))
        span = rng.choice((0, 0, 0, 1, 3, 20, 31, 45))
        if span == 45:   # a running tally: pairs only with the very same span
            start = boundary - dt.timedelta(days=rng.choice((10, 30)))
        actors = rng.choice(ACTORS)
        published = start + dt.timedelta(days=rng.randint(0, 3))
        article = f"a{rng.randint(0, count // 3):03d}"
        summary = rng.choice(SUMMARIES)
        out.append(Event(
            event_id=f"e{n:04d}", date=start, date_end=start + dt.timedelta(days=span),
            granularity="day" if span == 0 else "week", date_text="", date_basis=rng.choice(("explicit", "narrative")),
            status=rng.choice(("occurred", "occurred", "planned")), category=rng.choice(("force", "deployment")),
            escalation=5.0, actors=actors, summary=summary, article_id=article, title=f"Title {article}",
            source="Wire", published=published, url="",
            sources=(Source(article, f"Title {article}", "Wire", published, "", summary + ".", "", report_id=f"r{n}"),),
            source_actors=actors[:1], target_actors=actors[1:], location=rng.choice(("", "Caribbean Sea")),
            fatalities=rng.choice((None, 3))))
    return out


def test_the_distributed_merge_equals_merge_all(client, tmp_path):
    events = rows(seed=14, count=240)
    root = str(tmp_path)
    parts = [events[i::4] for i in range(4)]   # four partitions, rows of one event scattered over them
    extracted = [dx.save_rows(root, i, part) for i, part in enumerate(parts)]
    total, written = dx.merge_saved(client, root, extracted, "test")
    parquet.finish(root)
    want = merge_all(unify_names(events))
    got = parquet.read_events(root)
    key = lambda e: (e.date, e.date_end, e.event_id)   # noqa: E731
    assert total == len(events) and written == len(want) == len(got)
    assert sorted(got, key=key) == sorted(want, key=key)
    # the edges were there to be tested
    renamed = unify_names(events)
    groups = [g for g in clusters(renamed) if len(g) > 1]
    assert len(want) < len(events) - 20
    assert any(len({dx.bucket_of(renamed[i]) for i in g}) > 1 for g in groups)       # across a boundary
    assert any(len({i % 4 for i in g}) > 2 for g in groups)                            # across partitions
    assert any("Kowal" in e.actors for e in events) and not any("Kowal" in e.actors for e in got)
    assert any((e.date_end - e.date).days > 31 and e.sources_count > 1 for e in got)   # long spans joined
