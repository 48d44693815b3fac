"""Floors under the TimeML regression sets of tests/gold/timex/ (our own writing, grouped by genre).

Each set's README ends with a line `Floor: value_f1 >= X, relaxed_f1 >= Y`: the figures when the
floor was last set, minus a margin. Scored with the shared TempEval-3 scorer (skipped when it is not
on this machine).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.timex.timex_helpers import load_scorer

ROOT = Path(__file__).resolve().parents[2]
SETS = sorted(p for p in (ROOT / "tests" / "gold" / "timex").iterdir() if p.is_dir())
FLOOR = re.compile(r"^Floor: value_f1 >= ([0-9.]+), relaxed_f1 >= ([0-9.]+)\s*$", re.M)


def floors(folder: Path) -> tuple[float, float]:
    m = FLOOR.search((folder / "README.md").read_text(encoding="utf-8"))
    assert m, f"{folder.name}/README.md has no 'Floor: value_f1 >= X, relaxed_f1 >= Y' line"
    return float(m[1]), float(m[2])


@pytest.fixture(scope="module")
def scorer():
    return load_scorer()


def test_every_set_has_documents_and_a_floor():
    assert len(SETS) >= 8
    for folder in SETS:
        assert len(list(folder.glob("*.tml"))) >= 8, folder.name
        floors(folder)


@pytest.mark.parametrize("folder", SETS, ids=[p.name for p in SETS])
def test_documents_parse_with_their_expressions(scorer, folder):
    for docid, _dct, text, gold in scorer.load_docs(folder):
        assert len(gold) >= 10, docid
        assert all(0 <= s < e <= len(text) and text[s:e].strip() == text[s:e] for s, e, _t, _v in gold), docid


@pytest.mark.parametrize("folder", SETS, ids=[p.name for p in SETS])
def test_scores_do_not_fall_below_the_floor(scorer, folder):
    value_floor, relaxed_floor = floors(folder)
    report = scorer.score(scorer.load_docs(folder), scorer.system_predictor("timeline.timex:tag"))
    assert report["value_f1"] >= value_floor, f"{folder.name}: value F1 fell to {report['value_f1']:.4f}"
    assert report["relaxed_f1"] >= relaxed_floor, f"{folder.name}: relaxed F1 fell to {report['relaxed_f1']:.4f}"
