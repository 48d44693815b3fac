"""Benchmark: the whole extraction (articles -> merged timeline) against plain spaCy on the same texts.

    python bench/pipeline_bench.py [--articles N] [--workers K] [--repeat R]

N articles (default 200) are built by cycling the sample articles and, when the evaluation kit
is present, the AQUAINT development texts (../shared/eval/aquaint, read here only, with their
document creation times as publication dates). In the same run it times
  1. plain spaCy: `nlp.pipe` of the very pipeline extraction uses (same disabled components,
     same batch size, same number of processes) over the same texts, and
  2. ours: `timeline.events.extract` (spaCy + time expressions + actors + clauses + merging),
and prints both throughputs, where our own time goes, and last one name=value line per figure:
  pipeline_words_per_s=...   pipeline_vs_spacy_ratio=... (ours / plain spaCy, target >= 0.7)
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline import events
from timeline.io import articles  # noqa: E402

AQUAINT = ROOT.parent / "shared" / "eval" / "aquaint"
_DCT = re.compile(r'functionInDocument="CREATION_TIME"[^>]*?value="(\d{4}-\d{2}-\d{2})|'
                  r'value="(\d{4}-\d{2}-\d{2})[^"]*"[^>]*functionInDocument="CREATION_TIME"')
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_TAG = re.compile(r"<[^>]+>")


def aquaint_articles() -> list[articles.Article]:
    """The development texts with their creation dates (plain text, markup removed)."""
    out: list[articles.Article] = []
    if not AQUAINT.is_dir():
        return out
    for path in sorted(AQUAINT.glob("*.tml")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        dct, body = _DCT.search(raw), _TEXT.search(raw)
        if not dct or not body:
            continue
        text = html.unescape(_TAG.sub("", body.group(1))).strip()
        if text:
            day = dt.date.fromisoformat(dct.group(1) or dct.group(2))
            out.append(articles.Article(text=text, published=day, title=path.stem, origin=str(path)))
    return out


def build(n: int) -> list[articles.Article]:
    pool = articles.load_paths([ROOT / "sample_data"]).articles + aquaint_articles()
    if not pool:
        raise SystemExit("error: no texts found (sample_data/ is empty)")
    return [pool[i % len(pool)] for i in range(n)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200, metavar="N")
    parser.add_argument("--workers", type=int, default=1, metavar="K")
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=2, help="alternating runs of each (best kept)")
    args = parser.parse_args(argv)

    items = build(args.articles)
    texts = [a.text for a in items]
    words = sum(len(t.split()) for t in texts)
    nlp = events.pipeline()
    print(f"machine: {os.cpu_count()} CPU(s), Python {sys.version.split()[0]}; pipeline {nlp.pipe_names}, "
          f"disabled {list(events.DISABLE) or 'none (every component is used)'}")
    print(f"texts: {len(items)} articles, {words:,} words "
          f"({len({a.id for a in items})} distinct; workers={args.workers}, batch_size={args.batch_size})")

    # Warm-up outside the timings: resource tables, matchers and regexes are built once per process.
    events.extract(items[:3])

    # Alternate the two, --repeat times each, and keep each one's best time: the machine is shared,
    # so the minimum is the least disturbed measurement of each.
    # With one worker the clock is this process's CPU time (other jobs on a shared machine do not
    # count against either side); with several workers it is wall time.
    clock = time.process_time if args.workers == 1 else time.perf_counter
    spacy_runs, ours_runs, spacy_wall, ours_wall = [], [], [], []
    for _ in range(args.repeat):
        t0, w0 = clock(), time.perf_counter()
        n_docs = sum(1 for _ in nlp.pipe(texts, batch_size=args.batch_size, n_process=args.workers))
        spacy_runs.append(clock() - t0)
        spacy_wall.append(time.perf_counter() - w0)
        assert n_docs == len(texts)

        t0, w0 = clock(), time.perf_counter()
        table = events.extract(items, workers=args.workers, batch_size=args.batch_size)
        ours_runs.append(clock() - t0)
        ours_wall.append(time.perf_counter() - w0)
    spacy_s, ours_s = min(spacy_runs), min(ours_runs)
    print(f"clock: {'CPU time of this process' if args.workers == 1 else 'wall time'}")
    print("runs (s): spaCy " + ", ".join(f"{t:.2f}" for t in spacy_runs)
          + "; ours " + ", ".join(f"{t:.2f}" for t in ours_runs)
          + " (wall: spaCy " + ", ".join(f"{t:.2f}" for t in spacy_wall)
          + "; ours " + ", ".join(f"{t:.2f}" for t in ours_wall) + ")")

    # Where our own time goes (single process, same texts): time expressions and the rest.
    from timeline import timex

    t0 = time.process_time()
    for a in items:
        timex.tag(a.text, a.published)
    timex_s = time.process_time() - t0

    spacy_wps = words / spacy_s
    ours_wps = words / ours_s
    print(f"plain spaCy nlp.pipe: {spacy_s:.2f} s, {spacy_wps:,.0f} words/s")
    print(f"extraction (ours):    {ours_s:.2f} s, {ours_wps:,.0f} words/s, {len(table)} merged events")
    print(f"  of which time expressions alone take about {timex_s:.2f} s CPU single-process "
          f"({timex_s / max(ours_s, 1e-9):.0%} of the extraction time at workers=1)")
    print(f"pipeline_words_per_s={ours_wps:.0f}")
    print(f"pipeline_vs_spacy_ratio={ours_wps / spacy_wps:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
