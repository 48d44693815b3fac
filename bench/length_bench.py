"""Benchmark: the cost of one article as it grows (issue 16, item 1).

    python bench/length_bench.py [--sizes 10000,50000,200000]

Each size is one article built from the sample articles (their paragraphs in turn, cut at a
sentence end) and extracted by `timeline.events.extract_article` in a fresh process, so its peak
resident memory is its own. Printed per size: seconds, seconds per 10,000 characters, events and
peak RSS; then, last, one name=value line per figure:

  length_s_per_10k_<size>=...         time per 10,000 characters at each size
  length_ratio_largest_vs_smallest=...  (per-10k time at the largest size) / (at the smallest); target <= 1.5
  length_peak_rss_mb_<size>=...       peak RSS of the process (model included); target < 500 at 200k

The smallest size is measured first and the largest last, in one run, on the same machine.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def article_text(chars: int) -> str:
    """`chars` characters of sample-article paragraphs, cut after the last full sentence. Each
    round through the samples moves every month name on by one, so the rounds tell different
    events on other dates (a long article of distinct events, not one story told again)."""
    from timeline.io.articles import load_paths
    arts = load_paths(sorted((ROOT / "sample_data").glob("*.md"))).articles
    body = "\n\n".join(a.text for a in arts)
    rounds = []
    for k in range(chars // len(body) + 1):
        moved = body
        for i, month in enumerate(MONTHS):   # via placeholders, so no month is moved twice
            moved = moved.replace(month, f"\x00{i}\x00")
        for i, month in enumerate(MONTHS):
            moved = moved.replace(f"\x00{i}\x00", MONTHS[(i + k) % 12])
        rounds.append(moved)
    text = "\n\n".join(rounds)[:chars]
    return text[:text.rfind(".") + 1]


def one(chars: int) -> dict:
    """Extract one article of `chars` characters in this process; its figures."""
    from timeline import events
    from timeline.records import Article
    events.extract_article(Article(text="Warm-up on Monday.", published=dt.date(2025, 11, 30)))
    text = article_text(chars)
    started = time.perf_counter()
    rows = events.extract_article(Article(text=text, published=dt.date(2025, 11, 30)))
    seconds = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"chars": len(text), "seconds": seconds, "events": len(rows), "peak_rss_mb": peak_kb / 1024}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,50000,200000")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one(args.one)))
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    results = []
    for size in sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(size)], capture_output=True, text=True,
                             check=True, cwd=ROOT)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        r["per_10k"] = r["seconds"] / (r["chars"] / 10_000)
        results.append((size, r))
        print(f"{r['chars']:>8,} chars  {r['seconds']:7.2f} s  {r['per_10k']:.3f} s per 10k chars  "
              f"{r['events']:5} events  peak RSS {r['peak_rss_mb']:.0f} MB")
    for size, r in results:
        print(f"length_s_per_10k_{size}={r['per_10k']:.3f}")
    print(f"length_ratio_largest_vs_smallest={results[-1][1]['per_10k'] / results[0][1]['per_10k']:.2f}")
    for size, r in results:
        print(f"length_peak_rss_mb_{size}={r['peak_rss_mb']:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
