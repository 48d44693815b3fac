"""Regression floor on our own held-out TimeML documents (tests/gold/heldout), scored with the
shared TempEval-3 scorer when it is on this machine."""
from __future__ import annotations

from pathlib import Path

import pytest

from timex_helpers import load_scorer

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "gold" / "heldout"
# per set of documents (file prefix): value F1 reached when the floor was last raised, minus 0.01
VALUE_F1_FLOORS = {"fin": 0.949, "gen": 0.972, "narr": 0.964, "brief": 0.949}
RELAXED_F1_FLOOR = 0.97


@pytest.fixture(scope="module")
def scorer():
    return load_scorer()


def test_heldout_documents_parse_with_their_expressions(scorer):
    docs = scorer.load_docs(HELDOUT)
    assert len(docs) >= 40
    assert {d[0].split("_")[0] for d in docs} == set(VALUE_F1_FLOORS)
    for docid, _dct, text, gold in docs:
        assert len(gold) >= 10, docid
        assert all(0 <= s < e <= len(text) and text[s:e].strip() == text[s:e] for s, e, _t, _v in gold), docid


@pytest.mark.parametrize("prefix", sorted(VALUE_F1_FLOORS))
def test_heldout_value_f1_does_not_regress(scorer, prefix):
    docs = [d for d in scorer.load_docs(HELDOUT) if d[0].startswith(prefix + "_")]
    report = scorer.score(docs, scorer.system_predictor("timeline.timex:tag"))
    assert report["value_f1"] >= VALUE_F1_FLOORS[prefix], f"{prefix}: value F1 fell to {report['value_f1']:.4f}"
    assert report["relaxed_f1"] >= RELAXED_F1_FLOOR, f"{prefix}: relaxed F1 fell to {report['relaxed_f1']:.4f}"
