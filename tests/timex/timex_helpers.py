"""Shared helpers for the timex tests: tag a text and find an expression by its words."""
from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from timeline.timex import Timex, tag

D = dt.date
ROOT = Path(__file__).resolve().parents[2]
SCORER = ROOT.parent / "shared" / "eval" / "timex_score.py"   # the TempEval-3 scorer, beside the project


def load_scorer():
    """The shared TempEval-3 scorer as a module; skips the calling test when it is not on this machine."""
    if not SCORER.is_file():
        pytest.skip("the TempEval-3 scorer (../shared/eval/timex_score.py) is not on this machine")
    spec = importlib.util.spec_from_file_location("timex_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def nth_index(text: str, needle: str, occurrence: int = 1) -> int:
    """Where the `occurrence`-th (1-based) occurrence of `needle` starts in `text` (fails if fewer)."""
    idx = -1
    for _ in range(occurrence):
        idx = text.find(needle, idx + 1)
        assert idx >= 0, f"{needle!r} occurs fewer than {occurrence} times"
    return idx


def find(text: str, expr: str, dct: dt.date, occurrence: int = 1) -> Timex:
    """The Timex overlapping the `occurrence`-th occurrence of `expr` in `text` (fails if none)."""
    idx = nth_index(text, expr, occurrence)
    hits = [t for t in tag(text, dct) if t.start < idx + len(expr) and idx < t.end]
    assert hits, f"no time expression found at {expr!r} in {text!r}"
    return hits[0]
