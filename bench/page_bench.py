"""The dashboard page under load (issue 6, item 4).

    .venv/bin/python bench/page_bench.py [--events 10000] [--runs 5] [--ingest-articles 1000]

1. Builds a store of N synthetic events through `Store.ingest` (N/10 synthetic articles, each
   carrying ten events with realistic actors, categories, dates over two years and a mix of
   day/week/month granularity), then times full AppTest runs of dashboard.py on it: the first
   (cold: empty caches) and the median of --runs more, each in a fresh session. A baseline in the
   same run: a one-line page under the same AppTest (the framework's floor), and the store's
   `query_frame()` of all events alone.
2. Peak memory of ingesting --ingest-articles real-looking articles (the sample texts cycled with
   a distinguishing line, so every one is a new article) with the real extractor, measured in a
   subprocess as the peak of its RSS (sampled every 20 ms during the ingest) minus its RSS after
   imports and the spaCy model are loaded: what the ingest itself adds.

Also times moving a filter (the actor multiselect, five different actors in one session: each
run misses the query cache).

Prints its figures, then `page_run_s=…`, `page_cold_s=…`, `page_filter_s=…`,
`page_vs_trivial_page_ratio=…` (our page ÷ a one-line page under the same AppTest, same run),
`ingest_peak_mb=…`.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.records import Article  # noqa: E402
from timeline.events.taxonomy import categories  # noqa: E402
from timeline.records import Event, Source  # noqa: E402

ACTORS = ["United States", "Venezuela", "Nicolás Maduro", "Donald Trump", "Marco Rubio", "Pete Hegseth",
          "Dan Caine", "Christopher Landau", "Richard Grenell", "Cartel de los Soles", "Tren de Aragua", "CIA",
          "Pentagon", "FAA", "US Navy", "US Marines", "USS Gerald R. Ford", "Russia", "United Kingdom",
          "Colombia", "Trinidad and Tobago", "Puerto Rico", "United Nations"]
# the taxonomy's own scores (resources/escalation.tsv: -10 most conflictual .. +10 most cooperative)
CATEGORIES = {c.name: c.score for c in categories() if c.name != "other"}
VERBS = {"cooperation": "agreed to cooperate with", "diplomacy": "held talks with", "statement": "commented on",
         "accusation": "accused", "threat": "warned", "sanction": "sanctioned", "deployment": "deployed ships near",
         "covert": "authorised covert action against", "force": "struck a vessel linked to",
         "casualties": "reported deaths in a strike on"}
SOURCES = ["Caribbean Ledger", "Harbor Wire", "Meridian Post", "Atlantic Dispatch", "Andes Monitor"]
PHRASES = [("on {d:%B} {d.day}", "explicit", "day"), ("last {d:%A}", "narrative", "day"),
           ("in {d:%B}", "explicit", "month"), ("the week of {d:%B} {d.day}", "explicit", "week"),
           ("", "publication", "day")]


def synthetic_articles(n_articles: int, events_per_article: int, seed: int = 7):
    """(article, events) pairs: a store of n_articles * events_per_article events over two years."""
    rng = random.Random(seed)
    start = dt.date(2024, 1, 1)
    for i in range(n_articles):
        published = start + dt.timedelta(days=rng.randrange(730))
        outlet = rng.choice(SOURCES)
        title = f"Caribbean tensions, report {i}"
        sentences, events = [], []
        for j in range(events_per_article):
            category = rng.choice(list(CATEGORIES))
            actors = tuple(rng.sample(ACTORS, rng.choice((1, 2, 2, 3))))
            day = published - dt.timedelta(days=rng.randrange(14))
            template, basis, granularity = rng.choice(PHRASES)
            phrase = template.format(d=day)
            if granularity == "month":
                day, end = day.replace(day=1), (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
            elif granularity == "week":
                day = day - dt.timedelta(days=day.weekday())
                end = day + dt.timedelta(days=6)
            else:
                end = day if basis != "publication" else published
                day = day if basis != "publication" else published
            sentence = (f"{actors[0]} {VERBS[category]} {actors[-1]} {phrase}, officials said in "
                        f"dispatch {i}-{j}.").replace("  ", " ")
            offset = sentence.find(phrase) if phrase else -1
            summary = sentence[:-1]
            sentences.append(sentence)
            events.append(Event(
                event_id=f"syn-{i}-{j}", date=day, date_end=end, granularity=granularity, date_text=phrase,
                date_basis=basis, status=rng.choice(("occurred",) * 6 + ("planned", "speculative")),
                category=category, escalation=CATEGORIES[category],
                actors=actors, summary=summary, article_id="", title=title, source=outlet, published=published,
                url=f"https://example.org/{i}", derivation=f"“{phrase}” → {day.isoformat()}" if phrase else "",
                sources=()))
        text = " ".join(sentences)
        article = Article(text=text, published=published, title=title, source=outlet,
                          url=f"https://example.org/{i}", origin=f"synthetic-{i}")
        events = [_attach(e, article, s) for e, s in zip(events, sentences)]
        yield article, events


def _attach(event: Event, article: Article, sentence: str) -> Event:
    start = sentence.find(event.date_text) if event.date_text else -1
    source = Source(article_id=article.id, title=article.title, source=article.source, published=article.published,
                    url=article.url, sentence=sentence, date_text=event.date_text, date_start=start,
                    date_end=start + len(event.date_text) if start >= 0 else -1)
    return Event(**{**event.__dict__, "article_id": article.id, "sources": (source,)})


def build_store(path: Path, n_events: int) -> float:
    from timeline.store import Store

    pairs = list(synthetic_articles(max(1, n_events // 10), 10))
    by_id = {a.id: evs for a, evs in pairs}
    t0 = time.perf_counter()
    with Store(path) as store:
        store.ingest([a for a, _ in pairs], extract=lambda a: by_id[a.id], merge=False)
        assert store.event_count() == len(pairs) * 10, store.event_count()
    return time.perf_counter() - t0


def time_page(path: Path, runs: int) -> tuple[float, list[float], float]:
    os.environ["TIMELINE_DB"] = str(path)
    from streamlit.testing.v1 import AppTest

    from timeline.store import Store

    with Store(path) as store:
        store.query_frame()   # imports pandas, warms SQLite's page cache
        t0 = time.perf_counter()
        store.query_frame()
        query_s = time.perf_counter() - t0
    times = []
    for _ in range(runs + 1):
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
        t0 = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - t0)
        if at.exception:
            raise SystemExit(f"page raised: {at.exception[0].value}")
        errors = [e.value for e in at.error]
        if errors:
            raise SystemExit(f"page showed an error: {errors[0]}")
    # moving a filter: one session, a different actor each time (every query is a cache miss)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.run()
    moves = []
    for actor in ACTORS[:5]:
        at.multiselect(key="f_actors").set_value([actor])
        t0 = time.perf_counter()
        at.run()
        moves.append(time.perf_counter() - t0)
        if at.exception:
            raise SystemExit(f"page raised: {at.exception[0].value}")
    # the floor: the same AppTest machinery running a trivial page
    floor = []
    for _ in range(runs):
        trivial = AppTest.from_string("import streamlit as st\nst.write('hello')", default_timeout=60)
        t0 = time.perf_counter()
        trivial.run()
        floor.append(time.perf_counter() - t0)
    return times[0], times[1:], query_s, moves, statistics.median(floor)


INGEST_CHILD = r"""
import os, resource, sys, threading, time, datetime as dt
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from timeline.io.articles import load_paths
from timeline.records import Article
from timeline.store import Store
from timeline import events
PAGE = os.sysconf("SC_PAGE_SIZE")
def rss():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * PAGE
sample = load_paths([Path(sys.argv[1]) / "sample_data"]).articles
n = int(sys.argv[3])
arts = [Article(text=f"Dispatch {i}.\n\n" + a.text, published=a.published, title=f"{a.title} ({i})",
                source=a.source, url=a.url, origin=f"bench-{i}") for i, a in
        ((i, sample[i % len(sample)]) for i in range(n))]
events.extract_article(arts[0])        # loads the spaCy model: part of the baseline, not the ingest
base = rss()
peak = [base]
done = threading.Event()
def watch():
    while not done.wait(0.02):
        peak[0] = max(peak[0], rss())
threading.Thread(target=watch, daemon=True).start()
t0 = time.perf_counter()
with Store(sys.argv[2]) as store:
    report = store.ingest(arts)
secs = time.perf_counter() - t0
done.set()
peak[0] = max(peak[0], rss())
print(f"{len(report.added)} {report.events_added} {secs:.2f} {base / 2**20:.1f} {peak[0] / 2**20:.1f} "
      f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f}")
"""


def ingest_memory(n_articles: int, tmp: Path) -> tuple[int, int, float, float, float, float]:
    out = subprocess.run([sys.executable, "-c", INGEST_CHILD, str(ROOT), str(tmp / "ingest.db"), str(n_articles)],
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"ingest subprocess failed: {out.stderr.strip().splitlines()[-1:]}")
    added, events_added, secs, base, peak, maxrss = out.stdout.split()
    return int(added), int(events_added), float(secs), float(base), float(peak), float(maxrss)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--ingest-articles", type=int, default=1000)
    parser.add_argument("--skip-ingest", action="store_true", help="only time the page")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        db = tmp / "page.db"
        build_s = build_store(db, args.events)
        print(f"built a store of {args.events:,} synthetic events in {build_s:.1f} s")
        cold, warm, query_s, moves, floor_s = time_page(db, args.runs)
        median = statistics.median(warm)
        print(f"page run, cold caches: {cold:.2f} s")
        print(f"page runs (fresh sessions, warm caches): {', '.join(f'{t:.2f}' for t in warm)} s; median {median:.2f} s")
        print(f"moving the actor filter (uncached query each time): {', '.join(f'{t:.2f}' for t in moves)} s; "
              f"median {statistics.median(moves):.2f} s")
        print(f"baselines: store.query_frame() of all events alone {query_s:.3f} s; "
              f"AppTest run of a one-line page {floor_s:.3f} s (median)")
        if not args.skip_ingest:
            added, n_events, secs, base, peak, maxrss = ingest_memory(args.ingest_articles, tmp)
            print(f"ingest of {added} articles ({n_events} events) in {secs:.1f} s ({added / secs:.1f} articles/s)")
            print(f"RSS sampled every 20 ms: {base:.0f} MB after imports and model load, {peak:.0f} MB at the "
                  f"ingest's peak; process high-water mark (ru_maxrss) {maxrss:.0f} MB")
    print(f"page_run_s={median:.3f}")
    print(f"page_cold_s={cold:.3f}")
    print(f"page_filter_s={statistics.median(moves):.3f}")
    print(f"page_vs_trivial_page_ratio={median / max(floor_s, 1e-9):.1f}")
    if not args.skip_ingest:
        print(f"ingest_peak_mb={peak - base:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
