"""How the cross-article merge (`events.merge.clusters`) grows with the rows around each date.

The rows of the sample articles, extracted once, are copied N times with their dates shifted to a
random day of the year before (ids and article ids made unique), so a larger N puts more rows of
each category around every date, as a denser feed does. For each N the script times `clusters`
(the links of `group_links`: rows of the very same dates as a spanning forest, rows inside wider
ones with their margins; then `nest_groups`), what `merge_all`, the store and the distributed
merge round run, and prints rows, comparisons (`merge_margin` calls), links, groups, the largest
group and seconds.

    python bench/merge_bench.py [--copies 50,100,200]

Last lines: `merge_s_<rows>=...` per size and the time and comparison ratios of the largest to the
smallest size, beside `merge_rows_ratio_largest_vs_smallest` (a ratio near the square of the rows
ratio says the cost grows with the square of the density), and `merge_largest_group_<rows>`.
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
        calls = 0
        real = merge.merge_margin

        def counted(a, b):
            nonlocal calls
            calls += 1
            return real(a, b)

        merge.merge_margin = counted
        try:
            t0 = time.perf_counter()
            links = list(merge.group_links(rows))
            groups = merge.nest_groups(links, key=lambda i, rows=rows: merge.canonical_key(rows[i]))
            seconds = time.perf_counter() - t0
        finally:
            merge.merge_margin = real
        largest = max((len(g) for g in groups), default=1)
        print(f"{len(rows):>8,} rows  {calls:>9,} comparisons {len(links):>7,} links {len(groups):>6,} groups "
              f"(largest {largest}) {seconds:6.2f} s")
        figures.append((len(rows), seconds, calls, largest))
    lines = [f"merge_s_{n}={s:.3f}" for n, s, _c, _l in figures]
    lines += [f"merge_largest_group_{n}={g}" for n, _s, _c, g in figures]
    if len(figures) > 1:
        (n0, s0, c0, _), (n1, s1, c1, _) = figures[0], figures[-1]
        lines += [f"merge_time_ratio_largest_vs_smallest={s1 / s0:.2f}",
                  f"merge_comparisons_ratio_largest_vs_smallest={c1 / c0:.2f}",
                  f"merge_rows_ratio_largest_vs_smallest={n1 / n0:.2f}"]
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
