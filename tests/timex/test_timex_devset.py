"""Regression floor on the TimeML development set (../shared/eval/aquaint), when it is present."""
from __future__ import annotations

import pytest

from tests.timex.timex_helpers import SCORER, load_scorer

DEV = SCORER.parent / "aquaint"
# the value F1 reached when this floor was set, minus 0.005 (bench/timex_bench.py prints the current one).
# Lowered from 0.804 when weeks and decades moved to the guidelines' formats (2000-W07, 199): the dev
# gold writes 2000-W7 and 199X, so 9 expressions the engine still finds now differ in spelling only.
VALUE_F1_FLOOR = 0.789


def test_value_f1_does_not_regress():
    if not DEV.is_dir():
        pytest.skip("the TimeML dev set (../shared/eval/aquaint) is not on this machine")
    scorer = load_scorer()
    report = scorer.score(scorer.load_docs(DEV), scorer.system_predictor("timeline.timex:tag"))
    assert report["docs"] >= 70
    assert report["value_f1"] >= VALUE_F1_FLOOR, f"value F1 fell to {report['value_f1']:.4f}"
