"""Regression floor on the TimeML development set (../shared/eval/aquaint), when it is present."""
from __future__ import annotations

import pytest

from tests.timex.timex_helpers import SCORER, load_scorer

DEV = SCORER.parent / "aquaint"
# the value F1 reached when this floor was set, minus 0.005 (bench/timex_bench.py prints the current one).
# Lowered from 0.804 (0.8097) for two classes of issue 12 that follow the TimeML guidelines where this
# gold does not: weeks and decades in the guidelines' formats (2000-W07, 199; the gold writes 2000-W7
# and 199X: 9 expressions, 0.8097 -> 0.7946), and "since then", "until now", "earlier/later/late in the
# day" tagged (6 expressions the gold leaves out: 0.7946 -> 0.7907).
VALUE_F1_FLOOR = 0.785


def test_value_f1_does_not_regress():
    if not DEV.is_dir():
        pytest.skip("the TimeML dev set (../shared/eval/aquaint) is not on this machine")
    scorer = load_scorer()
    report = scorer.score(scorer.load_docs(DEV), scorer.system_predictor("timeline.timex:tag"))
    assert report["docs"] >= 70
    assert report["value_f1"] >= VALUE_F1_FLOOR, f"value F1 fell to {report['value_f1']:.4f}"
