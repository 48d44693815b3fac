"""How the cross-article merge (`events.merge.linked_pairs`) grows with the rows around each date.

The rows of the sample articles, extracted once, are copied N times with their dates shifted to a
random day of the year before (ids and article ids made unique), so a larger N puts more rows of
each category around every date, as a denser feed does. For each N the script times
`linked_pairs` (the pairs that report one event), once giving every pair and once as the spanning
forest the merges run (`clusters`, the distributed merge round), and prints rows, comparisons,
pairs and seconds.

    python bench/merge_bench.py [--copies 50,100,200]

Last lines: `merge_{all,forest}_s_<rows>=...` per size and the time and comparison ratios of the
largest to the smallest size, beside `merge_rows_ratio_largest_vs_smallest` (a ratio near the
square of the rows ratio says the cost grows with the square of the density).
"""
from __future__ import annotations

import argparse
import dataclasses
import importlib
import datetime as dt
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.events import extract  # noqa: E402
from timeline.io import articles as art  # noqa: E402


merge = importlib.import_module("timeline.events.merge")   # the module (the package exports a function of that name)


def copies_of(base: list, copies: int, seed: int = 1) -> list:
    rng = random.Random(seed)
    rows = []
    for k in range(copies):
        for e in base:
            shift = dt.timedelta(days=rng.randint(-365, 0))
            rows.append(dataclasses.replace(
                e, date=e.date + shift, date_end=e.date_end + shift, event_id=f"{e.event_id}-{k}",
                article_id=f"{e.article_id}-{k}",
                sources=tuple(dataclasses.replace(s, article_id=f"{s.article_id}-{k}") for s in e.sources)))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", default="50,100,200", help="copies of the sample rows, ascending")
    args = parser.parse_args()
    sizes = [int(c) for c in args.copies.split(",")]
    base = extract(art.load_paths([ROOT / "sample_data"]).articles)
    figures = []
    for copies in sizes:
        rows = copies_of(base, copies)
        line = [f"{len(rows):>8,} rows"]
        for forest in (False, True):
            calls = 0
            real = merge.same_event

            def counted(a, b):
                nonlocal calls
                calls += 1
                return real(a, b)

            merge.same_event = counted
            try:
                t0 = time.perf_counter()
                pairs = sum(1 for _ in merge.linked_pairs(rows, forest=forest))
                seconds = time.perf_counter() - t0
            finally:
                merge.same_event = real
            label = "forest" if forest else "every pair"
            line.append(f"{label}: {calls:>9,} comparisons {pairs:>7,} pairs {seconds:6.2f} s")
            figures.append((forest, len(rows), seconds, calls))
        print("  ".join(line))
    lines = [f"merge_{'forest' if f else 'all'}_s_{n}={s:.3f}" for f, n, s, _c in figures]
    for forest in (False, True):
        mine = [(n, s, c) for f, n, s, c in figures if f == forest]
        if len(mine) > 1:
            (s0, c0), (s1, c1) = mine[0][1:], mine[-1][1:]
            name = "forest" if forest else "all"
            lines += [f"merge_{name}_time_ratio_largest_vs_smallest={s1 / s0:.2f}",
                      f"merge_{name}_comparisons_ratio_largest_vs_smallest={c1 / c0:.2f}"]
    if len(sizes) > 1:
        lines.append(f"merge_rows_ratio_largest_vs_smallest={figures[-1][1] / figures[0][1]:.2f}")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
