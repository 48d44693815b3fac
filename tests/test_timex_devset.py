"""Regression floor on the TimeML development set (../shared/eval/aquaint), when it is present."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
DEV = EVAL / "aquaint"
# the value F1 reached when this floor was set, minus 0.005 (bench/timex_bench.py prints the current one)
VALUE_F1_FLOOR = 0.803


@pytest.mark.skipif(not (EVAL / "timex_score.py").is_file() or not DEV.is_dir(),
                    reason="the TimeML dev set (../shared/eval/aquaint and timex_score.py) is not on this machine")
def test_value_f1_does_not_regress():
    spec = importlib.util.spec_from_file_location("timex_score", EVAL / "timex_score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    docs = scorer.load_docs(DEV)
    report = scorer.score(docs, scorer.system_predictor("timeline.timex:tag"))
    assert report["docs"] >= 70
    assert report["value_f1"] >= VALUE_F1_FLOOR, f"value F1 fell to {report['value_f1']:.4f}"
