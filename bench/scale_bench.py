"""Distributed extraction benchmark: articles per second with 1 and 2 Dask workers, how well the
second worker scales, and the peak memory of a worker, at two corpus sizes.

    python bench/scale_bench.py [--articles 10000] [--sizes 1000,ARTICLES] [--workers 1,2]
                                [--format jsonl|parquet] [--partition-bytes 250000] [--dir FOLDER]
    python bench/scale_bench.py --million        # the same at 1,000,000 articles (hours of CPU)

The corpus is made from the 14 sample articles (sample_data/): article i is sample i % 14, its
publication date moved by up to a year (so the dates it tells relative to it move too), the people
it names swapped for people of a small table, and its length varied: cut to its first paragraphs,
or lengthened with paragraphs of another sample. Articles are generated one at a time and streamed
to a JSONL file (or a Parquet file in row groups of 1,000): never all in memory, so --million works
on a small machine (about 2.5 GB of JSONL).

Each (size, workers) run starts a fresh LocalCluster of that many worker processes (one thread
each; the spaCy pipeline loaded as a worker starts, before the clock starts) and runs what
`python -m timeline extract CORPUS --parquet OUT` runs: the extraction map, the merge across
articles, the Parquet dataset. Figures (one name=value a line at the end):
  scale_rate_<size>_<w>w             articles per wall-clock second, whole run (extract + merge + write)
  scale_extract_rate_<size>_<w>w     articles per wall-clock second of the extraction round alone
  scale_cpu_rate_<size>_<w>w         articles per CPU second of the workers and the driver together:
                                     what one core does, whatever else the machine runs
  scale_efficiency_<size>            rate with 2 workers / (2 x rate with 1 worker); 1.0 is perfect
  scale_peak_rss_mb_<size>_<w>w      the largest peak RSS of a worker process (getrusage, from the worker)
  scale_size_ratio_<w>w              rate at the largest size / rate at the smallest (1.0: flat)
  year_of_100k_a_day_*               a year of a 100,000-articles-a-day feed at the CPU rate of the
                                     largest size with 1 worker: core-hours, and cores to keep up
Wall-clock rates on a shared machine vary with what else runs (the load average during each run is
printed beside it); the machine's cores bound the 2-worker figure (2 workers on 2 cores share them
with the driver and the scheduler). The CPU rate does not depend on that.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import random
import re
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from timeline.distributed import extract as dx  # noqa: E402
from timeline.distributed import inputs, run  # noqa: E402
from timeline.io import articles as art  # noqa: E402
from timeline.records import Article  # noqa: E402

# Who the samples name, and who may stand in for them (the swapped names are ordinary people's
# names, so the extractor sees persons it has not met, and the name table grows with the corpus).
PEOPLE = {"Nicolás Maduro": ("Nicolás Maduro", "Elena Varga", "Hugo Castro"),
          "Maduro": ("Maduro", "Varga", "Castro"),
          "Donald Trump": ("Donald Trump", "Anna Kowal", "Pedro Ruiz"),
          "Trump": ("Trump", "Kowal", "Ruiz"),
          "Marco Rubio": ("Marco Rubio", "Greta Lindqvist", "Farid Haddad"),
          "Rubio": ("Rubio", "Lindqvist", "Haddad"),
          "Pete Hegseth": ("Pete Hegseth", "Jonas Weber", "Ines Moreau"),
          "Hegseth": ("Hegseth", "Weber", "Moreau")}
YEAR = 365
FIELDS = ("text", "published", "title", "source", "url")


def samples() -> list[Article]:
    return art.load_paths([ROOT / "sample_data"]).articles


def synthetic(i: int, pool: list[Article]) -> dict:
    """Article i of the corpus, as a record with the article columns (deterministic in i)."""
    rng = random.Random(i)
    base = pool[i % len(pool)]
    paragraphs = [p for p in base.text.split("\n\n") if p.strip()]
    shape = rng.random()
    if shape < 0.3:     # a short version: the first paragraphs only
        paragraphs = paragraphs[:max(2, rng.randint(2, len(paragraphs) - 1))]
    elif shape < 0.5:   # a longer one: paragraphs of another report added
        other = [p for p in pool[rng.randrange(len(pool))].text.split("\n\n") if p.strip()]
        paragraphs = paragraphs + other[1:1 + rng.randint(1, 3)]
    choice = rng.randrange(3)
    text = "\n\n".join(paragraphs)
    for name, stand_ins in sorted(PEOPLE.items(), key=lambda kv: -len(kv[0])):
        text = re.sub(rf"\b{re.escape(name)}\b", stand_ins[choice], text)
    text += f"\n\n(Report {i}.)"
    published = base.published + dt.timedelta(days=rng.randint(-YEAR, 0))
    return {"text": text, "published": published.isoformat(), "title": f"{base.title} ({i})",
            "source": base.source, "url": f"{base.url}?report={i}"}


def records(count: int, pool: list[Article]) -> Iterator[dict]:
    for i in range(count):
        yield synthetic(i, pool)


def write_corpus(path: Path, count: int, pool: list[Article], form: str) -> int:
    """Stream `count` synthetic articles to `path`; bytes written."""
    if form == "jsonl":
        with path.open("w", encoding="utf-8") as handle:
            for record in records(count, pool):
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        return path.stat().st_size
    schema = pa.schema([(f, pa.string()) for f in FIELDS])
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        batch: list[dict] = []
        for record in records(count, pool):
            batch.append(record)
            if len(batch) == 1000:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        if batch:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return path.stat().st_size


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # KiB on Linux


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@dataclasses.dataclass
class Figures:
    size: int
    workers: int
    seconds: float
    extract_seconds: float
    articles: int
    events: int
    errors: int
    worker_rss_mb: float
    extract_rss_mb: float  # the workers' peak when the last partition was extracted (before merging)
    cpu_seconds: float     # workers' and driver's
    load: float            # the machine's 1-minute load average at the end

    @property
    def cpu_rate(self) -> float:
        return self.articles / self.cpu_seconds

    @property
    def rate(self) -> float:
        return self.articles / self.seconds

    @property
    def extract_rate(self) -> float:
        return self.articles / self.extract_seconds


def measure(corpus: Path, size: int, workers: int, partition_bytes: int, scratch: Path) -> Figures:
    plan = inputs.plan([corpus], partition_bytes)
    out = scratch / f"out-{size}-{workers}"
    with run.connect(workers=workers, dashboard=":0") as client:
        client.wait_for_workers(workers)
        marks: dict[str, float] = {}
        extract_rss: list[float] = []

        def progress(label: str, done: int, total: int) -> None:
            if done == total:
                marks[label] = time.perf_counter()
                if label.startswith("extract"):
                    extract_rss.append(max(client.run(peak_rss_mb).values()))
            if label.startswith("extract") and (done == total or done % max(1, total // 5) == 0):
                print(f"  [{size} articles, {workers} worker(s)] {done}/{total} partitions extracted "
                      f"({time.perf_counter() - t0:.0f} s)", file=sys.stderr, flush=True)

        cpu0 = client.run(cpu_seconds)
        driver0 = cpu_seconds()
        t0 = time.perf_counter()
        result = dx.run(client, plan, out, progress=progress)
        seconds = time.perf_counter() - t0
        cpu = cpu_seconds() - driver0 + sum(v - cpu0.get(w, 0.0) for w, v in client.run(cpu_seconds).items())
        rss = max(client.run(peak_rss_mb).values())
    shutil.rmtree(out, ignore_errors=True)
    extract_done = next(v for k, v in marks.items() if k.startswith("extract"))
    return Figures(size, workers, seconds, extract_done - t0, result.articles, result.events,
                   len(result.errors), rss, extract_rss[0] if extract_rss else rss, cpu, os.getloadavg()[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="the large corpus size (default 10,000)")
    parser.add_argument("--million", action="store_true", help="the large corpus is 1,000,000 articles")
    parser.add_argument("--sizes", help="corpus sizes to measure, ascending (default: 1000 and --articles)")
    parser.add_argument("--workers", default="1,2", help="worker counts to compare (default 1,2)")
    parser.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl", help="corpus file format")
    parser.add_argument("--partition-bytes", type=int, default=250_000,
                        help="bytes of articles per task (default 250,000: about 100 articles)")
    parser.add_argument("--dir", help="folder for the corpus and outputs (default: a temporary folder, removed after)")
    args = parser.parse_args()
    largest = 1_000_000 if args.million else args.articles
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else sorted({min(1000, largest), largest})
    counts = [int(w) for w in args.workers.split(",")]
    scratch = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="scale-bench-"))
    scratch.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} CPU(s); sizes {sizes}; workers {counts}; {args.format}; "
          f"{args.partition_bytes:,} bytes a partition", file=sys.stderr)
    pool = samples()
    figures: list[Figures] = []
    try:
        for size in sizes:
            corpus = scratch / f"corpus-{size}.{args.format}"
            t0 = time.perf_counter()
            written = write_corpus(corpus, size, pool, args.format)
            print(f"corpus of {size:,} articles: {written / 1e6:.1f} MB in {time.perf_counter() - t0:.1f} s",
                  file=sys.stderr, flush=True)
            for w in counts:
                f = measure(corpus, size, w, args.partition_bytes, scratch)
                figures.append(f)
                print(f"{size:>9,} articles  {w} worker(s)  {f.seconds:8.1f} s  {f.rate:6.2f} articles/s "
                      f"(extraction {f.extract_rate:6.2f}/s)  {f.cpu_rate:5.2f} per CPU s  {f.events:,} events  "
                      f"{f.errors} errors  worker peak RSS {f.extract_rss_mb:,.0f} MB extracting, {f.worker_rss_mb:,.0f} MB "
                      f"at the end  load {f.load:.1f}", flush=True)
            corpus.unlink()
    finally:
        if not args.dir:
            shutil.rmtree(scratch, ignore_errors=True)

    by = {(f.size, f.workers): f for f in figures}
    lines = []
    for f in figures:
        lines += [f"scale_rate_{f.size}_{f.workers}w={f.rate:.3f}",
                  f"scale_extract_rate_{f.size}_{f.workers}w={f.extract_rate:.3f}",
                  f"scale_cpu_rate_{f.size}_{f.workers}w={f.cpu_rate:.3f}",
                  f"scale_peak_rss_mb_{f.size}_{f.workers}w={f.worker_rss_mb:.0f}",
                  f"scale_extract_peak_rss_mb_{f.size}_{f.workers}w={f.extract_rss_mb:.0f}"]
    for size in sizes:
        if (size, 1) in by and (size, 2) in by:
            lines.append(f"scale_efficiency_{size}={by[size, 2].rate / (2 * by[size, 1].rate):.3f}")
    for w in counts:
        if (sizes[0], w) in by and (sizes[-1], w) in by and len(sizes) > 1:
            lines.append(f"scale_size_ratio_{w}w={by[sizes[-1], w].rate / by[sizes[0], w].rate:.3f}")
    if (sizes[-1], 1) in by:
        per_core = by[sizes[-1], 1].cpu_rate
        year = 100_000 * 365
        lines += [f"year_of_100k_a_day_articles={year}",
                  f"year_of_100k_a_day_core_hours={year / per_core / 3600:.0f}",
                  f"cores_to_keep_up_with_100k_a_day={100_000 / 86_400 / per_core:.2f}"]
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
