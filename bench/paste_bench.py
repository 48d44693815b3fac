"""How the event layer holds up when a paste loses the page's paragraph breaks.

    python bench/paste_bench.py [SET ...]      (default: tests/gold/real-dev and three check sets)

Each gold set is scored three ways with `bench/events_score.py`'s scorer: as written (paragraphs
parted by blank lines), as a browser's copy often gives it (one line break per paragraph), and as one
block (no break at all, what a PDF or some sites give). One `set.way.measure=value` line per figure,
then the change from the written text. Only the article bodies change; the gold stays as annotated.
"""
from __future__ import annotations

import re
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import events_score  # noqa: E402

WAYS = {
    "written": lambda text: text,
    "line_breaks": lambda text: re.sub(r"\n[ \t]*\n\s*", "\n", text),
    "one_block": lambda text: re.sub(r"\s*\n\s*", " ", text),
}
MEASURES = ("event_recall", "row_precision", "date_exact", "actor_precision", "source_role_accuracy")
DEFAULT_SETS = ("tests/gold/real-dev", "tests/gold/real-check-40", "tests/gold/real-check-62", "tests/gold/real-check-65")


def score(folder: Path, way: str) -> dict[str, float]:
    original = events_score.extract
    rewrite = WAYS[way]
    events_score.extract = lambda articles, *a, **k: original(
        [replace(x, text=rewrite(x.text)) for x in articles], *a, **k)
    try:
        return events_score.score(folder)
    finally:
        events_score.extract = original


def main(argv: list[str]) -> int:
    for name in argv or DEFAULT_SETS:
        folder = Path(name)
        figures = {way: score(folder, way) for way in WAYS}
        for way, got in figures.items():
            for measure in MEASURES:
                change = "" if way == "written" else f"  ({got[measure] - figures['written'][measure]:+.3f})"
                print(f"{folder.name}.{way}.{measure}={got[measure]:.3f}{change}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
