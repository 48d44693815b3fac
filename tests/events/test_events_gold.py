"""Events and actors against the hand-made gold of sample_data (tests/gold/sample/events.json).

Run as a script to print the figures README reports:
    .venv/bin/python tests/test_events_gold.py [-v]

How a gold event is matched: a predicted event of the same article whose source sentence holds
the gold `sentence_contains` text and whose category is the gold category. The gold is not
exhaustive (it lists the key events of each article), so precision is given two ways: over
the sentences the gold annotates (a prediction there must match a gold event of its sentence)
and over every prediction (a lower bound: unannotated but real events count as errors).
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold" / "sample" / "events.json"

# Floors: what the engine reaches on the sample, rounded down (see notes/events_figures.md).
FLOORS = {
    "event_recall": 0.96,
    "event_precision_gold_sentences": 0.85,
    "event_precision_all": 0.38,   # a lower bound: the gold lists key events only (appeals such as "has called on Washington to halt them" are rows it does not list)
    "date_accuracy": 0.91,
    "date_overlap": 0.98,
    "status_accuracy": 0.98,
    "actor_precision": 0.87,
    "actor_recall": 0.81,   # 0.855 until 2026-12-04: this gold counts who tells an act among its actors ("Trump
                            # said US forces had destroyed a vessel"); the seven real-news sets do not, and the rows follow them
    "merge_recall": 0.97,
}


@dataclass
class Figures:
    gold: int
    predicted: int
    predicted_in_gold_sentences: int
    matched: int
    correct_in_gold_sentences: int
    date_exact: int
    date_overlap: int
    status_ok: int
    actor_tp: int
    actor_fp: int
    actor_fn: int
    merge_pairs: int
    merge_pairs_joined: int
    wrong_merges: int

    def as_dict(self) -> dict[str, float]:
        def div(a: int, b: int) -> float:
            return a / b if b else 0.0

        return {
            "event_recall": div(self.matched, self.gold),
            "event_precision_gold_sentences": div(self.correct_in_gold_sentences, self.predicted_in_gold_sentences),
            "event_precision_all": div(self.matched, self.predicted),
            "date_accuracy": div(self.date_exact, self.matched),
            "date_overlap": div(self.date_overlap, self.matched),
            "status_accuracy": div(self.status_ok, self.matched),
            "actor_precision": div(self.actor_tp, self.actor_tp + self.actor_fp),
            "actor_recall": div(self.actor_tp, self.actor_tp + self.actor_fn),
            "merge_recall": div(self.merge_pairs_joined, self.merge_pairs),
            "wrong_merges": float(self.wrong_merges),
        }


def load_gold() -> list[dict]:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def evaluate(verbose: bool = False) -> Figures:
    from timeline import events
    from timeline.io import articles

    gold = load_gold()
    files = sorted({g["file"] for g in gold})
    loaded = articles.load_paths([ROOT / f for f in files])
    assert not loaded.errors, loaded.errors
    by_file = {Path(a.origin).name: a for a in loaded.articles}
    nlp = events.pipeline()
    per_file: dict[str, list] = {}
    docs = nlp.pipe([by_file[Path(f).name].text for f in files])
    for f, doc in zip(files, docs):
        per_file[f] = events.extract_article(by_file[Path(f).name], doc)
    merged = events.merge_all([e for evs in per_file.values() for e in evs])

    gold_by_file: dict[str, list[dict]] = defaultdict(list)
    for g in gold:
        gold_by_file[g["file"]].append(g)

    matched = date_exact = date_overlap = status_ok = 0
    tp = fp = fn = 0
    predicted = sum(len(v) for v in per_file.values())
    in_gold_sent = correct_in_gold_sent = 0
    match_of: dict[str, object] = {}
    for f in files:
        preds = per_file[f]
        used: set[int] = set()
        for g in gold_by_file[f]:
            cands = [(i, e) for i, e in enumerate(preds) if i not in used
                     and g["sentence_contains"] in e.sources[0].sentence and e.category == g["category"]]
            if not cands:
                if verbose:
                    near = [f"{e.category}/{e.date}" for e in preds if g["sentence_contains"] in e.sources[0].sentence]
                    print(f"MISS {g['id']:22} {g['category']:11} {g['date']} | {g['sentence_contains'][:50]} | got {near}")
                continue
            i, e = cands[0]
            used.add(i)
            matched += 1
            match_of[g["id"] + "@" + f] = e
            g_start = dt.date.fromisoformat(g["date"])
            g_end = dt.date.fromisoformat(g.get("date_end") or g["date"])
            date_exact += (e.date, e.date_end) == (g_start, g_end)
            date_overlap += e.date <= g_end and g_start <= e.date_end
            status_ok += e.status == g["status"]
            want, got = set(g["actors"]), set(e.actors)
            tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
            if verbose and ((e.date, e.date_end) != (g_start, g_end) or e.status != g["status"] or want != got):
                print(f"DIFF {g['id']:22} date {e.date}..{e.date_end} gold {g_start}..{g_end} "
                      f"[{e.date_text or e.date_basis}] status {e.status}/{g['status']} "
                      f"actors +{sorted(got - want)} -{sorted(want - got)}")
        for e in preds:
            sentence = e.sources[0].sentence
            here = [g for g in gold_by_file[f] if g["sentence_contains"] in sentence]
            if here:
                in_gold_sent += 1
                correct_in_gold_sent += any(g["category"] == e.category for g in here)
                if verbose and not any(g["category"] == e.category for g in here):
                    print(f"EXTRA {e.category:11} {e.date} | {e.summary[:90]}")

    # Merging: gold events sharing `same_as` should be one merged row; others never.
    row_of: dict[tuple[str, str], int] = {}
    for index, row in enumerate(merged):
        for s in row.sources:
            row_of[(s.article_id, s.sentence, row.category, s.date_text)] = index
    groups: dict[str, list[int | None]] = defaultdict(list)
    gid_row: list[tuple[str, int | None]] = []
    for key, e in match_of.items():
        gid = next(g.get("same_as") for g in gold if g["id"] + "@" + g["file"] == key)
        r = row_of.get((e.article_id, e.sources[0].sentence, e.category, e.sources[0].date_text))
        gid_row.append((gid or key, r))
        if gid:
            groups[gid].append(r)
    if verbose:
        for gid, rows in groups.items():
            if len(set(rows)) > 1:
                print(f"NOT MERGED {gid}: rows {rows}")
    pairs = joined = 0
    for rows in groups.values():
        for a in range(len(rows)):
            for b in range(a + 1, len(rows)):
                pairs += 1
                joined += rows[a] is not None and rows[a] == rows[b]
    wrong = 0
    for a in range(len(gid_row)):
        for b in range(a + 1, len(gid_row)):
            if gid_row[a][0] != gid_row[b][0] and gid_row[a][1] is not None and gid_row[a][1] == gid_row[b][1]:
                wrong += 1
                if verbose:
                    print(f"WRONG MERGE {gid_row[a][0]} + {gid_row[b][0]}")
    return Figures(len(gold), predicted, in_gold_sent, matched, correct_in_gold_sent, date_exact,
                   date_overlap, status_ok, tp, fp, fn, pairs, joined, wrong)


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    if not GOLD.exists():
        pytest.skip("no gold file")
    result = evaluate().as_dict()
    print("\n" + "\n".join(f"{k}={v:.3f}" for k, v in result.items()))
    return result


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figure_reaches_floor(figures: dict[str, float], name: str) -> None:
    assert figures[name] >= FLOORS[name], f"{name} fell to {figures[name]:.3f} (floor {FLOORS[name]})"


def test_no_two_different_gold_events_merged(figures: dict[str, float]) -> None:
    assert figures["wrong_merges"] == 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    figs = evaluate(verbose="-v" in sys.argv)
    for k, v in figs.as_dict().items():
        print(f"{k}={v:.3f}")
    print(figs)
