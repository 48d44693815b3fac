"""Shared helpers for the timex tests: tag a text and find an expression by its words."""
from __future__ import annotations

import datetime as dt

from timeline.timex import Timex, tag

D = dt.date


def find(text: str, expr: str, dct: dt.date, occurrence: int = 1) -> Timex:
    """The Timex overlapping the `occurrence`-th occurrence of `expr` in `text` (fails if none)."""
    idx = -1
    for _ in range(occurrence):
        idx = text.index(expr, idx + 1)
    hits = [t for t in tag(text, dct) if t.start < idx + len(expr) and idx < t.end]
    assert hits, f"no time expression found at {expr!r} in {text!r}"
    return hits[0]
