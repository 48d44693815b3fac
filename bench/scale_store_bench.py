"""Analytic store benchmark: the dashboard's and export's reads of a large Parquet dataset through DuckDB.

    python bench/scale_store_bench.py [--rows 10000000] [--out DIR] [--keep] [--runs 50] [--seed 7] [--sort category]

Writes a synthetic dataset of --rows events in the layout of timeline.io.parquet (events by month,
provenance, articles, manifest), generated vectorised with numpy/pyarrow one month at a time so
memory holds one month: dates over five years with a rising trend, ~200 actors with a Zipf skew,
the categories with their escalation ranges, 1-4 sources per event (a geometric tail). Each month's
file is sorted as `timeline.io.parquet.write_part` sorts it, by category then date, in row groups
of EVENT_ROW_GROUP rows, so a category filter skips the row groups of the other categories
(--sort date keeps date order, to compare). Then times,
through `timeline.store.DatasetStore`:

  * the page's filtered view: --runs random filters (one of the common actors + a date range of
    30-365 days + a category): `count` then `query_frame(limit=PAGE_LIMIT)`, p50/p95;
  * the aggregated chart data (`aggregate`, per week per actor lane) over the whole dataset and over
    a filtered view;
  * the CSV export of a ~100k-row filtered view, as the dashboard and `python -m timeline export
    --csv` do it (`query_frame` + `timeline.io.export.to_csv`), and through the events (`query` +
    `to_csv`, what `export` does when JSON, TimelineJS or ACLED are asked too), checking both give
    the same bytes;
  * `event_sources` of --runs random events, p50/p95.

Last lines: one name=value per headline figure; `*_cpu_*` figures are the process's CPU seconds
(DuckDB's threads included), which a busy shared machine does not inflate as it does wall time. An existing dataset at --out is reused (not
generated again) when it has the rows asked for.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.io.export import to_csv  # noqa: E402
from timeline.io.parquet import (ARTICLE_SCHEMA, ARTICLES, EVENT_ROW_GROUP, EVENT_SCHEMA, EVENTS,  # noqa: E402
                                 MANIFEST, PROVENANCE, PROVENANCE_SCHEMA, finish, is_dataset)
from timeline.records import COLUMNS, Filters  # noqa: E402
from timeline.store import DatasetStore  # noqa: E402

PAGE_LIMIT = 20_000        # the rows the page fetches for a view (the dashboard's chart threshold)
START = dt.date(2021, 1, 1)
MONTHS = 60
N_ACTORS = 200
N_ARTICLES = 200_000
CATEGORIES = {"cooperation": 1.0, "diplomacy": 1.5, "statement": 2.0, "accusation": 3.5, "threat": 5.0,
              "sanction": 5.5, "deployment": 6.0, "covert": 7.0, "force": 8.5}
CATEGORY_SHARE = np.array([6, 10, 30, 12, 10, 5, 10, 2, 15], dtype=float)
STATUSES = np.array(["occurred", "planned", "speculative"])
GRANULARITY = np.array(["day", "week", "month"])
SOURCES = [f"Source {i}" for i in range(40)]
VERBS = ["struck", "warned", "met", "accused", "deployed to", "sanctioned", "talked with", "threatened", "seized"]


def actor_names() -> list[str]:
    base = ["United States", "Venezuela", "Nicolás Maduro", "Donald Trump", "Marco Rubio", "CIA", "Pentagon",
            "Colombia", "Russia", "United Nations", "Cartel de los Soles", "Tren de Aragua", "US Navy"]
    return base + [f"Actor {i:03d}" for i in range(N_ACTORS - len(base))]


def month_start(i: int) -> dt.date:
    y, m = divmod(START.month - 1 + i, 12)
    return dt.date(START.year + y, m + 1, 1)


def split_rows(total: int, rng: np.random.Generator) -> np.ndarray:
    """Events per month: rising over time with noise, summing to `total`."""
    weight = np.linspace(1.0, 3.0, MONTHS) * rng.uniform(0.8, 1.2, MONTHS)
    counts = np.floor(weight / weight.sum() * total).astype(np.int64)
    counts[-1] += total - counts.sum()
    return counts


def strings(pool: list[str], index: np.ndarray) -> pa.Array:
    """Values of `pool` at `index` as a plain string array (built through a dictionary: no Python loop)."""
    return pa.DictionaryArray.from_arrays(pa.array(index.astype(np.int32)), pa.array(pool)).cast(pa.string())


def name_lists(names: list[str], lengths: np.ndarray, values: np.ndarray) -> pa.Array:
    offsets = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int32)
    return pa.ListArray.from_arrays(pa.array(offsets), strings(names, values))


def month_tables(index: int, n: int, first_id: int, rng: np.random.Generator, actors: list[str],
                 zipf: np.ndarray, sort: str = "category") -> tuple[pa.Table, pa.Table]:
    """One month's events (sorted by date) and their provenance (sorted by event id)."""
    lo = month_start(index)
    days = (month_start(index + 1) - lo).days
    offset = np.sort(rng.integers(0, days, n))
    date = np.datetime64(lo.isoformat()) + offset.astype("timedelta64[D]")
    gran = rng.choice(3, n, p=[0.8, 0.12, 0.08])
    span = np.where(gran == 0, 0, np.where(gran == 1, 6, 29))
    date_end = date + span.astype("timedelta64[D]")
    cat_names = list(CATEGORIES)
    cat = rng.choice(len(cat_names), n, p=CATEGORY_SHARE / CATEGORY_SHARE.sum())
    base = np.array([CATEGORIES[c] for c in cat_names])[cat]
    escalation = np.clip(np.round(base + rng.normal(0, 1.2, n), 1), -10, 10) + 0.0   # + 0.0: no -0.0
    n_actors = rng.choice(4, n, p=[0.05, 0.35, 0.4, 0.2])
    picked = rng.choice(len(actors), int(n_actors.sum()), p=zipf)
    actor_lists = name_lists(actors, n_actors, picked)
    first = np.minimum(n_actors, 1)
    sources_count = np.minimum(1 + rng.geometric(0.6, n) - 1, 12)
    ids = np.arange(first_id, first_id + n)
    event_id = pa.array([f"e{i:09d}" for i in ids])
    article = rng.integers(0, N_ARTICLES, n)
    article_ids = pa.array([f"a{i:08d}" for i in article])
    source = article % len(SOURCES)
    summaries = [f"{a} {v} {b}" for a in actors[:20] for v in VERBS for b in ("forces", "officials", "vessels")]
    summary = strings(summaries, rng.integers(0, len(summaries), n))
    title = pa.array([f"Report {i}" for i in article])
    published = date_end + rng.integers(0, 3, n).astype("timedelta64[D]")
    has_place = rng.random(n) < 0.4
    lat = np.where(has_place, rng.uniform(-10, 20, n), np.nan)
    lon = np.where(has_place, rng.uniform(-80, -60, n), np.nan)
    deaths = np.where(cat == cat_names.index("force"), rng.poisson(2, n), -1)
    empty = strings([""], np.zeros(n, dtype=np.int64))
    cols = {
        "event_id": event_id, "date": pa.array(date, pa.date32()), "date_end": pa.array(date_end, pa.date32()),
        "granularity": strings(list(GRANULARITY), gran), "date_text": empty,
        "date_basis": strings(["explicit", "narrative", "publication"], rng.choice(3, n, p=[0.6, 0.2, 0.2])),
        "status": strings(list(STATUSES), rng.choice(3, n, p=[0.8, 0.12, 0.08])),
        "category": strings(cat_names, cat), "escalation": pa.array(escalation, pa.float64()),
        "actors": actor_lists, "summary": summary, "article_id": article_ids, "title": title,
        "source": strings(SOURCES, source), "published": pa.array(published, pa.date32()),
        "url": empty, "sources_count": pa.array(sources_count, pa.int64()),
        "source_actors": name_lists(actors, first, picked[np.concatenate([[0], np.cumsum(n_actors)[:-1]])[first > 0]]
                                    if first.sum() else picked[:0]),
        "target_actors": name_lists(actors, np.zeros(n, dtype=np.int64), picked[:0]),
        "event_type": empty, "location": strings(["", "Caracas", "Caribbean Sea"], np.where(has_place, 1 + (cat % 2), 0)),
        "country": strings(["", "Venezuela"], has_place.astype(np.int64)),
        "latitude": pa.array(lat, pa.float64(), from_pandas=True), "longitude": pa.array(lon, pa.float64(), from_pandas=True),
        "geo_precision": pa.array(np.where(has_place, 1, 0), pa.int64(), mask=~has_place),
        "fatalities": pa.array(np.maximum(deaths, 0), pa.int64(), mask=deaths < 0),
        "injured": pa.array(np.zeros(n, dtype=np.int64), pa.int64(), mask=np.ones(n, dtype=bool)),
        "event_mode": empty, "actor_types": name_lists(["state"], n_actors, np.zeros(int(n_actors.sum()), np.int64)),
        "corrected": pa.array(np.zeros(n, dtype=bool)), "derivation": empty, "merge_note": empty,
        "anchor_event_id": empty, "anchor_offset": pa.array(np.zeros(n, np.int64), pa.int64(), mask=np.ones(n, bool)),
        "anchor_unit": empty,
    }
    events = pa.table([cols[f.name] for f in EVENT_SCHEMA], schema=EVENT_SCHEMA)
    if sort == "category":
        events = events.sort_by([("category", "ascending"), ("date", "ascending"), ("date_end", "ascending"),
                                 ("event_id", "ascending")])
    # provenance: sources_count rows per event, position 0 its own article, the others random articles
    rep = np.repeat(np.arange(n), sources_count)
    position = np.concatenate([np.arange(k) for k in sources_count]) if n else np.zeros(0, np.int64)
    other = rng.integers(0, N_ARTICLES, len(rep))
    src_article = np.where(position == 0, article[rep], other)
    m = len(rep)
    prov = {
        "event_id": event_id.take(pa.array(rep)), "position": pa.array(position, pa.int32()),
        "article_id": pa.array([f"a{i:08d}" for i in src_article]), "title": pa.array([f"Report {i}" for i in src_article]),
        "source": strings(SOURCES, src_article % len(SOURCES)), "published": cols["published"].take(pa.array(rep)),
        "url": strings([""], np.zeros(m, np.int64)), "sentence": summary.take(pa.array(rep)),
        "date_text": strings([""], np.zeros(m, np.int64)), "date_start": pa.array(np.full(m, -1), pa.int32()),
        "date_end": pa.array(np.full(m, -1), pa.int32()),
        "report_id": pa.array([f"r{i:09d}-{p}" for i, p in zip(ids[rep], position)]),
    }
    return events, pa.table([prov[f.name] for f in PROVENANCE_SCHEMA], schema=PROVENANCE_SCHEMA)


def generate(out: Path, rows: int, seed: int, sort: str = "category") -> None:
    rng = np.random.default_rng(seed)
    actors = actor_names()
    zipf = 1.0 / np.arange(1, len(actors) + 1) ** 1.1
    zipf /= zipf.sum()
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    first = 0
    began = time.perf_counter()
    for index, n in enumerate(split_rows(rows, rng)):
        events, prov = month_tables(index, int(n), first, rng, actors, zipf, sort)
        month = month_start(index)
        folder = tmp / EVENTS / f"month={month.year:04d}-{month.month:02d}"
        folder.mkdir(parents=True)
        pq.write_table(events, folder / "part-0.parquet", compression="zstd", row_group_size=EVENT_ROW_GROUP)
        (tmp / PROVENANCE).mkdir(exist_ok=True)
        pq.write_table(prov, tmp / PROVENANCE / f"part-{index:03d}.parquet", compression="zstd",
                       row_group_size=128 * 1024)
        first += int(n)
        print(f"  month {index + 1}/{MONTHS}: {n:,} events, {prov.num_rows:,} reports "
              f"({time.perf_counter() - began:.0f} s)", file=sys.stderr, flush=True)
    art = np.arange(N_ARTICLES)
    articles = pa.table({"id": pa.array([f"a{i:08d}" for i in art]), "title": pa.array([f"Report {i}" for i in art]),
                         "source": strings(SOURCES, art % len(SOURCES)),
                         "published": pa.array(np.full(N_ARTICLES, np.datetime64(START.isoformat())), pa.date32()),
                         "url": strings([""], np.zeros(N_ARTICLES, np.int64)),
                         "origin": strings(["synthetic"], np.zeros(N_ARTICLES, np.int64)),
                         "text": strings(["(synthetic article: text not generated)"], np.zeros(N_ARTICLES, np.int64))},
                        schema=ARTICLE_SCHEMA)
    (tmp / ARTICLES).mkdir()
    pq.write_table(articles, tmp / ARTICLES / "part-0.parquet", compression="zstd")
    finish(tmp, generator="bench/scale_store_bench.py", seed=seed, sort=sort)
    if out.exists():
        shutil.rmtree(out)
    tmp.rename(out)


def timed(fn, cpu: list | None = None):
    began, cpu_began = time.perf_counter(), time.process_time()
    value = fn()
    if cpu is not None:
        cpu.append(time.process_time() - cpu_began)
    return time.perf_counter() - began, value


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=10_000_000, help="events to generate (default 10,000,000)")
    parser.add_argument("--out", type=Path, help="dataset folder (default: a temporary one, removed after)")
    parser.add_argument("--keep", action="store_true", help="keep the generated dataset")
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sort", choices=("category", "date"), default="category",
                        help="order of the events inside each month's file (default: category, then date)")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="scale-bench-")) / "dataset"
    out.parent.mkdir(parents=True, exist_ok=True)
    manifest = json.loads((out / MANIFEST).read_text()) if is_dataset(out) else {}
    if manifest.get("events") == args.rows and manifest.get("sort", "date") == args.sort:
        print(f"reusing {out}", file=sys.stderr)
    else:
        seconds, _ = timed(lambda: generate(out, args.rows, args.seed, args.sort))
        print(f"generated {args.rows:,} events in {seconds:.0f} s at {out}", file=sys.stderr)
    size = sum(f.stat().st_size for f in out.rglob("*.parquet"))
    rng = np.random.default_rng(args.seed + 1)
    figures: dict[str, float] = {}
    try:
        with DatasetStore(out) as store:
            seconds, counts = timed(store.actor_counts)
            figures["facets_actor_counts_s"] = seconds
            common = [a for a, _n in counts[:60]]
            lo, hi = store.date_bounds()
            cats = store.categories()
            span = (hi - lo).days
            page, page_cpu, sizes = [], [], []
            for _ in range(args.runs):
                start = lo + dt.timedelta(days=int(rng.integers(0, span - 30)))
                f = Filters(actors=(common[int(rng.integers(0, len(common)))],), date_from=start,
                            date_to=start + dt.timedelta(days=int(rng.integers(30, 366))),
                            categories=(cats[int(rng.integers(0, len(cats)))],))

                def view(f=f):
                    n = store.count(f)
                    return n, store.query_frame(f, limit=PAGE_LIMIT)
                seconds, (n, frame) = timed(view, page_cpu)
                page.append(seconds)
                sizes.append(n)
            figures["page_view_p50_s"], figures["page_view_p95_s"] = pct(page, 0.5), pct(page, 0.95)
            figures["page_view_cpu_p50_s"], figures["page_view_cpu_p95_s"] = pct(page_cpu, 0.5), pct(page_cpu, 0.95)
            print(f"page view (count + query_frame limit {PAGE_LIMIT:,}): {args.runs} filters selecting "
                  f"{min(sizes):,}..{max(sizes):,} events (median {int(statistics.median(sizes)):,})", file=sys.stderr)
            cpu: list[float] = []
            seconds, agg = timed(lambda: store.aggregate(unit="week", lane="actor"), cpu)
            figures["aggregate_all_week_actor_s"], figures["aggregate_all_week_actor_cpu_s"] = seconds, cpu[-1]
            big = Filters(date_from=lo + dt.timedelta(days=span // 2), date_to=hi)
            seconds, agg = timed(lambda: store.aggregate(big, unit="week", lane="actor"))
            figures["aggregate_half_week_actor_s"] = seconds
            print(f"aggregate: {len(agg):,} (week, lane) cells", file=sys.stderr)
            seconds, _ = timed(lambda: (store.top_events(big, "escalation"), store.top_events(big, "sources_count")))
            figures["top_events_s"] = seconds
            # a date range holding about 100k events, for the export
            mid = lo + dt.timedelta(days=span // 2)
            days = max(1, int(round(100_000 / (args.rows / span))))
            for _ in range(6):   # a few steps of the range's length towards 100k rows
                export_filter = Filters(date_from=mid, date_to=mid + dt.timedelta(days=days))
                days = max(1, int(round(days * 100_000 / max(store.count(export_filter), 1))))
            export_filter = Filters(date_from=mid, date_to=mid + dt.timedelta(days=days))
            seconds, frame = timed(lambda: store.query_frame(export_filter))
            figures["export_rows"] = len(frame)
            csv_seconds, page_csv = timed(lambda: to_csv(frame[list(COLUMNS)]))
            figures["export_csv_s"] = seconds + csv_seconds
            seconds, events = timed(lambda: store.query(export_filter, with_sources=False))
            csv_seconds, cli_csv = timed(lambda: to_csv(events))
            figures["export_csv_via_events_s"] = seconds + csv_seconds
            figures["export_same_bytes"] = float(page_csv == cli_csv)
            ids = frame["event_id"].sample(n=min(args.runs, len(frame)), random_state=1).tolist()
            fetch = [timed(lambda i=i: store.event_sources(i))[0] for i in ids]
            figures["event_sources_p50_s"], figures["event_sources_p95_s"] = pct(fetch, 0.5), pct(fetch, 0.95)
    finally:
        if args.out is None and not args.keep:
            shutil.rmtree(out.parent, ignore_errors=True)
    print(f"dataset: {args.rows:,} events, {size / 2**20:,.0f} MiB of Parquet, months sorted by {args.sort}",
          file=sys.stderr)
    for name, value in figures.items():
        print(f"{name}={value:.3f}" if isinstance(value, float) and not name.endswith("rows") else f"{name}={value:g}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
