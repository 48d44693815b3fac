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


def check(text: str, dct: dt.date, expected: list[tuple[str, str | None]]) -> None:
    """Each (words, value) of `expected`: exactly one expression overlaps the words (their first
    occurrence, or the n-th for "words#n"), it has that value and, when the words are given with a
    leading "=", exactly that extent; (words, None): no expression overlaps them."""
    found = tag(text, dct)
    for words, value in expected:
        exact = words.startswith("=")
        words, _, nth = words.lstrip("=").partition("#")
        idx = nth_index(text, words, int(nth or 1))
        hits = [t for t in found if t.start < idx + len(words) and idx < t.end]
        if value is None:
            assert not hits, f"{words!r} should not be tagged in {text!r}: {[(t.text, t.value) for t in hits]}"
            continue
        assert len(hits) == 1, f"{words!r} in {text!r}: expected one expression, got {[(t.text, t.value) for t in hits]}"
        assert hits[0].value == value, f"{words!r} in {text!r}: {hits[0].text!r} = {hits[0].value}, expected {value}"
        if exact:
            assert hits[0].text == words, f"{words!r} in {text!r}: extent {hits[0].text!r}"
