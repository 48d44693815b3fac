"""Store benchmark: the dashboard's query and filter path on a large synthetic store.

    python bench/store_bench.py [--events 100000] [--articles 400] [--runs 50] [--db PATH]

Builds a store of N synthetic events (canonical actors, the fixed categories, dates over two
years, a few hundred synthetic articles), then times what the page calls: `Store.query_frame`
with an actor filter, a date range, a text search and all three together, and the CSV export
(`query_frame` + `timeline.io.export.to_csv`), p50/p95 over --runs runs each. As a baseline measured
in the same run, the same filters are done naively in pandas over the full frame. Last lines:
one name=value per headline figure.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.records import Article  # noqa: E402
from timeline.records import COLUMNS, Event, Source  # noqa: E402
from timeline.records import Filters
from timeline.store import Store  # noqa: E402

ACTORS = ("United States", "Venezuela", "Nicolás Maduro", "Donald Trump", "Marco Rubio", "Pete Hegseth",
          "Dan Caine", "Christopher Landau", "Richard Grenell", "Cartel de los Soles", "Tren de Aragua", "CIA",
          "Pentagon", "FAA", "US Navy", "US Marines", "USS Gerald R. Ford", "Russia", "Oleg Makarevich",
          "United Kingdom", "Italy", "France", "Trinidad and Tobago", "Puerto Rico", "Colombia", "United Nations")
# a few actors dominate real coverage
WEIGHTS = (30, 30, 18, 16, 8, 8, 2, 2, 2, 5, 5, 4, 6, 1, 6, 2, 3, 2, 1, 1, 1, 1, 2, 2, 3, 2)
CATEGORIES = {"cooperation": ("agreed with", 1.0), "diplomacy": ("held talks with", 1.5),
              "statement": ("commented on", 2.0), "accusation": ("accused", 3.5), "threat": ("warned", 5.0),
              "sanction": ("sanctioned", 5.5), "deployment": ("deployed ships near", 6.0),
              "covert": ("authorised covert action against", 7.0), "force": ("struck", 8.5),
              "casualties": ("reported deaths after clashes with", 9.0), "other": ("mentioned", 1.0)}
SOURCES = ("Caribbean Ledger", "Harbor Wire", "Meridian Post", "Andes Daily", "Gulf Courier")
START = dt.date(2024, 12, 1)
SPAN_DAYS = 730


def synthetic(n_events: int, n_articles: int, seed: int = 7) -> tuple[list[Article], dict[str, list[Event]]]:
    rng = random.Random(seed)
    cats = list(CATEGORIES)
    articles, table = [], {}
    per = [n_events // n_articles + (1 if i < n_events % n_articles else 0) for i in range(n_articles)]
    for i, count in enumerate(per):
        published = START + dt.timedelta(days=rng.randrange(SPAN_DAYS))
        source = SOURCES[i % len(SOURCES)]
        art = Article(text=f"Synthetic article {i} about the crisis, from {source}.", published=published,
                      title=f"Crisis report {i}: {rng.choice(ACTORS)} and {rng.choice(ACTORS)}", source=source,
                      url=f"https://example.org/report/{i}", origin=f"synthetic-{i}")
        events = []
        for k in range(count):
            actors = tuple(dict.fromkeys(rng.choices(ACTORS, WEIGHTS, k=rng.choice((1, 2, 2, 3)))))
            cat = rng.choice(cats)
            verb, esc = CATEGORIES[cat]
            day = START + dt.timedelta(days=rng.randrange(SPAN_DAYS))
            wide = rng.random() < 0.1
            end = day + dt.timedelta(days=rng.choice((6, 29))) if wide else day
            summary = f"{actors[0]} {verb} {actors[-1] if len(actors) > 1 else 'the region'} (item {k})"
            sentence = f"On {day:%d %B}, {summary}."
            src = Source(article_id=art.id, title=art.title, source=source, published=published, url=art.url,
                         sentence=sentence, date_text=f"{day:%d %B}", date_start=3, date_end=3 + len(f"{day:%d %B}"))
            events.append(Event(
                event_id=f"s{i}-{k}", date=day, date_end=end, granularity="week" if wide else "day",
                date_text=src.date_text, date_basis=rng.choice(("explicit", "narrative", "publication")),
                status=rng.choice(("occurred", "occurred", "occurred", "planned", "speculative")), category=cat,
                escalation=round(min(10.0, max(0.0, esc + rng.uniform(-1.5, 1.5))), 1), actors=actors,
                summary=summary, article_id=art.id, title=art.title, source=source, published=published,
                url=art.url, derivation=f"'{src.date_text}' -> {day}", sources=(src,)))
        articles.append(art)
        table[art.id] = events
    return articles, table


def timed(fn, runs: int) -> tuple[float, float, object]:
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return statistics.median(times), p95, result


def naive(frame, f: Filters):
    """The same filter done in pandas over the full frame (the no-SQL baseline)."""
    mask = frame["event_id"].notna()
    if f.actors:
        wanted = set(f.actors)
        if f.actor_mode == "all":
            mask &= frame["actors"].map(lambda s: wanted <= set(s.split(";")))
        else:
            mask &= frame["actors"].map(lambda s: bool(wanted & set(s.split(";"))))
    if f.date_from is not None:
        mask &= frame["date_end"] >= f.date_from
    if f.date_to is not None:
        mask &= frame["date"] <= f.date_to
    if f.categories:
        mask &= frame["category"].isin(f.categories)
    if f.text:
        haystack = frame["summary"] + " " + frame["actors"] + " " + frame["title"]
        for word in f.text.split():
            mask &= haystack.str.contains(word, case=False, regex=False)
    return frame[mask]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--db", help="store file to build (default: a temporary file, removed after)")
    args = parser.parse_args()
    import pandas  # noqa: F401 - imported before any timing, as the dashboard has it loaded

    from timeline.io.export import to_csv

    tmp = None
    if args.db:
        db = Path(args.db)
        if db.exists():
            print(f"error: {db} exists; give a new file", file=sys.stderr)
            return 1
    else:
        tmp = tempfile.TemporaryDirectory()
        db = Path(tmp.name) / "bench.db"

    t0 = time.perf_counter()
    articles, table = synthetic(args.events, args.articles)
    gen_s = time.perf_counter() - t0
    store = Store(db)
    t0 = time.perf_counter()
    report = store.ingest(articles, extract=lambda a: table[a.id], merge=False)
    build_s = time.perf_counter() - t0
    assert store.event_count() == args.events and not report.failed
    size_mb = os.path.getsize(db) / 1e6
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, SQLite {__import__('sqlite3').sqlite_version}")
    print(f"store: {args.events:,} events in {args.articles} articles, generated in {gen_s:.1f} s, "
          f"ingested in {build_s:.1f} s ({args.events / build_s:,.0f} events/s, no merging), {size_mb:.0f} MB")

    bounds = store.date_bounds()
    mid = bounds[0] + (bounds[1] - bounds[0]) / 2
    cases = {
        "actor": Filters(actors=("Nicolás Maduro",)),
        "actors_all": Filters(actors=("United States", "Venezuela"), actor_mode="all"),
        "date_range": Filters(date_from=mid, date_to=mid + dt.timedelta(days=60)),
        "text": Filters(text="struck"),
        "combined": Filters(actors=("Donald Trump",), date_from=mid, date_to=mid + dt.timedelta(days=90),
                            categories=("threat", "force"), text="venezuela"),
    }
    t0 = time.perf_counter()
    frame = store.query_frame(Filters())
    cold_ms = (time.perf_counter() - t0) * 1000
    full_ms = timed(lambda: store.query_frame(Filters()), 5)
    print(f"\nfull frame ({len(frame):,} rows): first query after a write (builds the store's frame cache) "
          f"{cold_ms:.0f} ms, then p50 {full_ms[0]:.0f} ms")
    print(f"\n{'filter':<12}{'rows':>8}{'store p50':>11}{'p95 ms':>9}{'pandas p50':>12}{'p95 ms':>9}")
    store_p95s, pandas_p95s, store_p50s, pandas_p50s = [], [], [], []
    for name, f in cases.items():
        p50, p95, result = timed(lambda: store.query_frame(f), args.runs)
        n50, n95, naive_result = timed(lambda: naive(frame, f), args.runs)
        assert len(result) == len(naive_result), (name, len(result), len(naive_result))
        store_p95s.append(p95)
        pandas_p95s.append(n95)
        store_p50s.append(p50)
        pandas_p50s.append(n50)
        print(f"{name:<12}{len(result):>8,}{p50:>11.1f}{p95:>9.1f}{n50:>12.1f}{n95:>9.1f}")
    facet50, facet95, _ = timed(lambda: store.actor_counts(cases["date_range"]), args.runs)
    print(f"actor_counts with a date range: p50 {facet50:.1f} ms, p95 {facet95:.1f} ms")

    # a write (one more article, as an upload or a CLI ingest would add) and the next query
    more, more_table = synthetic(20, 1, seed=99)
    more[0] = Article(text="One more synthetic article.", published=more[0].published, title="More", source="Harbor Wire")
    more_table = {more[0].id: [Event(**{**e.__dict__, "event_id": "more-" + e.event_id, "article_id": more[0].id,
                                        "sources": tuple(Source(**{**x.__dict__, "article_id": more[0].id})
                                                         for x in e.sources)})
                               for e in next(iter(more_table.values()))]}
    t0 = time.perf_counter()
    more_report = store.ingest(more, extract=lambda a: more_table[a.id])
    merge_ingest_ms = (time.perf_counter() - t0) * 1000
    print(f"\ningest of one 20-event article into the full store, merging through events.same_event: "
          f"{merge_ingest_ms:.0f} ms ({more_report.events_merged} merged)")
    t0 = time.perf_counter()
    store.query_frame(cases["actor"])
    after_write_ms = (time.perf_counter() - t0) * 1000
    print(f"first filtered query after a 20-event write (refreshes only the changed rows): {after_write_ms:.0f} ms")

    export_runs = max(3, args.runs // 10)
    e50, e95, text = timed(lambda: to_csv(store.query_frame(Filters())[list(COLUMNS)]), export_runs)
    c50, c95, _ = timed(lambda: to_csv(frame[list(COLUMNS)]), export_runs)
    p50_, _, _ = timed(lambda: frame[list(COLUMNS)].to_csv(index=False), export_runs)
    print(f"\nCSV export of all {len(frame):,} rows (query_frame + to_csv), {export_runs} runs: p50 {e50:.0f} ms, "
          f"p95 {e95:.0f} ms ({len(text) / 1e6:.1f} MB); of which timeline.io.export.to_csv on the frame: p50 {c50:.0f} ms; "
          f"baseline pandas DataFrame.to_csv (no escaping, no sort): p50 {p50_:.0f} ms")

    store.close()
    if tmp is not None:
        tmp.cleanup()
    filter_p95 = max(store_p95s)
    print(f"filter_p95_ms={filter_p95:.1f}")
    print(f"export_ms={e50:.0f}")
    print(f"cold_frame_ms={cold_ms:.0f}")
    print(f"after_write_query_ms={after_write_ms:.0f}")
    print(f"merge_ingest_ms={merge_ingest_ms:.0f}")
    print(f"export_vs_pandas_to_csv_ratio={e50 / p50_:.2f}")
    # > 1: the store's SQL path is faster than filtering the full frame in pandas (sum of medians)
    print(f"filter_vs_pandas_speedup={sum(pandas_p50s) / sum(store_p50s):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
