"""Ingest benchmark: does adding an article cost more as the store grows?

    python bench/ingest_scale_bench.py [--sizes 1000,10000] [--batch 50] [--real 12] [--rounds 8]
                                       [--per-day 2] [--profile] [--dir FOLDER]

Articles are made from the bundled sample articles: the 14 are extracted once with the real
extractor (spaCy), then article i is sample i % 14 with its text marked "(report i)" (a new id),
published i / per-day days after the first, its events shifted by as many days, their ids
renamed, and the people they name recast from a pool every 50 articles, so the store holds ever
more distinct names. The stream ends at the sample's own dates (2025).

A store grows because news keeps coming, so the articles arrive at a steady --per-day rate and
the number of events around any date stays what that rate gives. The default, 2 a day, makes even
the 1,000-article store cover the 500 days the sample's reports refer back to, so both sizes see
the same density of events around the dates they merge on: the figures then compare store sizes,
nothing else. (At a denser rate every size is slower per article, because each new event has more
stored events around its date to compare with: that is the merge's own work, not the store's size.)

One stream of articles builds every size (the store is copied as it passes each). Then, in each of
--rounds rounds, the sizes take turns (in alternating order), so a load that comes and goes on a
shared machine falls on all of them alike (the timed articles stay in their store):
  1. store only: --batch further articles through `Store.ingest` with a fake extractor returning
     their precomputed events, so the time is the store's own work (duplicate check, name
     unification against the stored names, merge candidates, writes, commits);
  2. end to end: --real further articles through `Store.ingest` with the real extractor (spaCy
     parse, time expressions, events), i.e. what `python -m timeline ingest` does per article.
Rates are articles per CPU second of this process (wall-clock rates are printed beside them), the
median of the rounds counts. Last lines, one name=value per figure: ingest_store_per_s_<size>,
ingest_e2e_per_s_<size>, and the ratios of the largest size to the smallest (target >= 0.9: the
rate stays flat).
"""
from __future__ import annotations

import argparse
import cProfile
import dataclasses
import datetime as dt
import os
import pstats
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.events import extract_article  # noqa: E402
from timeline.io import articles as art  # noqa: E402
from timeline.records import Article, Event  # noqa: E402
from timeline.store import Store  # noqa: E402

FIRST = ("Anna", "Boris", "Carla", "Diego", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kira", "Luis",
         "Mara", "Nils", "Olga", "Pedro", "Rosa", "Sven", "Tara", "Ugo")
LAST = ("Kowal", "Ruiz", "Novak", "Silva", "Brandt", "Okafor", "Haddad", "Lindqvist", "Moreau", "Petrov",
        "Quintero", "Sato", "Varga", "Weber", "Yilmaz", "Zamora", "Adeyemi", "Bianchi", "Castro", "Dahl")


def samples() -> list[tuple[Article, list[Event]]]:
    loaded = art.load_paths([ROOT / "sample_data"]).articles
    return [(a, list(extract_article(a))) for a in loaded]


def _person(name: str, i: int) -> str:
    """Full names are recast every 50 articles, so the store's set of names keeps growing."""
    if " " not in name or not name.split()[0][:1].isupper():
        return name
    key = zlib.crc32(f"{name}|{i // 50}".encode())
    return f"{FIRST[key % len(FIRST)]} {LAST[(key // 20) % len(LAST)]}-{(i // 50) % 97}"


def synthetic(i: int, pool: list[tuple[Article, list[Event]]], per_day: float,
              start: dt.date) -> tuple[Article, list[Event]]:
    base, events = pool[i % len(pool)]
    published = start + dt.timedelta(days=int(i / per_day))
    shift = published - base.published
    text = f"{base.text}\n\n(report {i})"
    article = dataclasses.replace(base, text=text, published=published, id="", origin=f"synthetic-{i}",
                                  published_at=None)
    out = []
    for j, e in enumerate(events):
        sources = tuple(dataclasses.replace(s, article_id=article.id, published=published) for s in e.sources)
        out.append(dataclasses.replace(
            e, event_id=f"syn{i}-{j}", date=e.date + shift, date_end=e.date_end + shift, article_id=article.id,
            published=published, actors=tuple(dict.fromkeys(_person(a, i) for a in e.actors)), sources=sources))
    return article, out


def ingest_range(store: Store, lo: int, hi: int, pool, per_day: float, start: dt.date,
                 real: bool = False) -> tuple[float, float]:
    """Ingest synthetic articles lo..hi-1; returns their articles per CPU second and per wall second."""
    made = [synthetic(i, pool, per_day, start) for i in range(lo, hi)]
    table = {a.id: events for a, events in made}
    t0, c0 = time.perf_counter(), time.process_time()
    report = store.ingest([a for a, _ in made], extract=None if real else (lambda a: table[a.id]))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    assert len(report.added) == hi - lo and not report.failed, (len(report.added), report.failed[:3])
    return (hi - lo) / cpu, (hi - lo) / wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="store sizes (articles), ascending")
    parser.add_argument("--batch", type=int, default=50, help="articles per timed batch, store only")
    parser.add_argument("--real", type=int, default=12, help="articles per timed batch, real extraction (0: skip)")
    parser.add_argument("--rounds", type=int, default=8, help="timed batches per size and kind (the median counts)")
    parser.add_argument("--per-day", type=float, default=2, help="articles published per day")
    parser.add_argument("--profile", action="store_true", help="profile one more store-only batch at the largest size")
    parser.add_argument("--dir", help="folder for the store files (default: a temporary folder, removed after)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    t0 = time.perf_counter()
    pool = samples()
    total = sizes[-1] + args.rounds * (args.batch + args.real) + (100 if args.profile else 0)
    # the stream ends at the sample articles' own dates
    start = min(a.published for a, _ in pool) - dt.timedelta(days=int(total / args.per_day))
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}")
    print(f"{len(pool)} sample articles, {sum(len(e) for _, e in pool)} events, extracted in "
          f"{time.perf_counter() - t0:.1f} s; {args.per_day:g} articles a day from {start}")

    tmp = tempfile.TemporaryDirectory()
    folder = Path(args.dir or tmp.name)
    folder.mkdir(parents=True, exist_ok=True)
    main_db = folder / "bench.db"
    if main_db.exists():
        print(f"error: {main_db} exists; give a new folder", file=sys.stderr)
        return 1

    # one stream of articles builds every size: the store is copied as it passes each size
    paths: dict[int, Path] = {}
    built = 0
    for size in sizes:
        t0 = time.perf_counter()
        with Store(main_db) as store:
            while built < size:
                ingest_range(store, built, min(size, built + 500), pool, args.per_day, start)
                built = min(size, built + 500)
            n, events = store.article_count(), store.event_count()
        paths[size] = folder / f"store-{size}.db"
        shutil.copyfile(main_db, paths[size])
        print(f"store of {n:,} articles: {events:,} events, {os.path.getsize(main_db) / 1e6:.0f} MB, "
              f"built in {time.perf_counter() - t0:.0f} s", flush=True)
    main_db.unlink()

    # the sizes take turns in every round, so a load that comes and goes on a shared machine
    # falls on all of them alike; the timed articles stay in their store
    stores = {size: Store(path) for size, path in paths.items()}
    held = dict.fromkeys(sizes, 0)
    rates: dict[tuple[str, int], list[tuple[float, float]]] = {}
    for round_ in range(args.rounds):
        for kind, n in (("store", args.batch), ("e2e", args.real)):
            if not n:
                continue
            for size in (sizes if round_ % 2 == 0 else sizes[::-1]):  # neither size always goes first
                lo = size + held[size]
                rates.setdefault((kind, size), []).append(
                    ingest_range(stores[size], lo, lo + n, pool, args.per_day, start, real=kind == "e2e"))
                held[size] += n
    figures: dict[str, float] = {}
    for (kind, size), measured in rates.items():
        typical = statistics.median(cpu for cpu, _ in measured)
        figures[f"ingest_{kind}_per_s_{size}"] = typical
        what = "store only" if kind == "store" else "end to end (spaCy)"
        print(f"{what}, {size:,} stored articles: {typical:,.2f} articles per CPU second, median of the rounds ("
              + ", ".join(f"{cpu:.1f}" for cpu, _ in measured) + "; wall clock: "
              + ", ".join(f"{wall:.1f}" for _, wall in measured) + ")")
    if args.profile:  # one more batch at the largest size, profiled (not in the figures)
        size = sizes[-1]
        profiler = cProfile.Profile()
        profiler.enable()
        ingest_range(stores[size], size + held[size], size + held[size] + 100, pool, args.per_day, start)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(18)
    for store in stores.values():
        store.close()
    tmp.cleanup()
    lo, hi = sizes[0], sizes[-1]
    for kind in ("store", "e2e"):
        if f"ingest_{kind}_per_s_{lo}" in figures:
            figures[f"ingest_{kind}_ratio_{hi}_vs_{lo}"] = (figures[f"ingest_{kind}_per_s_{hi}"]
                                                          / figures[f"ingest_{kind}_per_s_{lo}"])
    print()
    for name, value in figures.items():
        print(f"{name}={value:.2f}" if "ratio" in name or "e2e" in name else f"{name}={value:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
