"""Time-expression engine vs dateparser on the TimeML dev set, same scorer, same run.

Run from the project root:  .venv/bin/python bench/timex_bench.py [--limit N]
Needs ../shared/eval/timex_score.py and ../shared/eval/aquaint (the dev set; never copied here).
Prints a table (value F1, relaxed F1, strict F1, docs/s) and, last, one name=value line per
headline figure.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT))


def load_scorer():
    path = EVAL / "timex_score.py"
    if not path.is_file():
        sys.exit(f"error: {path} not found (the evaluation kit lives next to the project)")
    spec = importlib.util.spec_from_file_location("timex_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ours():
    from timeline.timex import tag

    def predict(docid, text, dct):
        return [(t.start, t.end, t.type, t.value) for t in tag(text, dct)]
    return predict


def dateparser_baseline():
    from dateparser.search import search_dates

    def predict(docid, text, dct):
        settings = {"RELATIVE_BASE": dt.datetime.combine(dct, dt.time()), "PREFER_DATES_FROM": "past"}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(text, languages=["en"], settings=settings) or []
        out, pos = [], 0
        for substring, when in found:
            start = text.find(substring, pos)
            if start < 0:
                continue
            pos = start + len(substring)
            out.append((start, pos, "DATE", when.date().isoformat()))
        return out
    return predict


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, help="only the first N documents")
    args = ap.parse_args(argv)
    scorer = load_scorer()
    docs = scorer.load_docs(EVAL / "aquaint", args.limit)
    ours()(None, "warm-up on Friday", dt.date(2025, 1, 1))  # compile the patterns outside the timing
    rows = {}
    for name, make in (("timeline.timex", ours), ("dateparser search_dates", dateparser_baseline)):
        t0 = time.perf_counter()
        rows[name] = scorer.score(docs, make())
        rows[name]["wall_s"] = time.perf_counter() - t0
    print(f"dev set: {len(docs)} documents, {rows['timeline.timex']['gold']} gold expressions")
    print(f"{'system':26} {'value F1':>9} {'relaxed F1':>11} {'strict F1':>10} {'docs/s':>9}")
    for name, r in rows.items():
        print(f"{name:26} {r['value_f1']:9.4f} {r['relaxed_f1']:11.4f} {r['strict_f1']:10.4f} {r['docs_per_s']:9.1f}")
    us, base = rows["timeline.timex"], rows["dateparser search_dates"]
    print(f"timex_value_f1={us['value_f1']:.4f}")
    print(f"timex_relaxed_f1={us['relaxed_f1']:.4f}")
    print(f"timex_strict_f1={us['strict_f1']:.4f}")
    print(f"timex_docs_per_s={us['docs_per_s']:.1f}")
    print(f"timex_vs_dateparser_speed={us['docs_per_s'] / base['docs_per_s']:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
