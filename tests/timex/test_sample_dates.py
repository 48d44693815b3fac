"""The engine against the hand-checked dates of the sample articles (tests/gold/sample/dates.json)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.io import articles
from timeline.timex import tag

from tests.timex.timex_helpers import nth_index

ROOT = Path(__file__).resolve().parents[2]
GOLD = json.loads((ROOT / "tests" / "gold" / "sample" / "dates.json").read_text(encoding="utf-8"))


def _article(name: str):
    cache = _article.__dict__.setdefault("cache", {})
    if name not in cache:
        result = articles.load_file(ROOT / name)
        assert not result.errors, result.errors
        article = result.articles[0]
        cache[name] = (article, tag(article.text, article.published))
    return cache[name]


@pytest.mark.parametrize("gold", GOLD, ids=[f"{Path(g['file']).stem[:28]}:{g['text']}" for g in GOLD])
def test_sample_date(gold):
    article, timexes = _article(gold["file"])
    start = nth_index(article.text, gold["text"], gold.get("occurrence", 1))
    end = start + len(gold["text"])
    hits = [t for t in timexes if t.start < end and start < t.end]
    assert hits, f"no time expression found at {gold['text']!r}"
    t = hits[0]
    assert (t.type, t.value) == (gold["type"], gold["value"])
    if "interval" in gold:
        span = t.interval()
        assert span is not None and [span[0].isoformat(), span[1].isoformat()] == gold["interval"]
    if "anchor" in gold:
        assert t.anchor == gold["anchor"]
    if gold.get("anchor_text"):
        assert t.anchor_start is not None
        assert article.text[t.anchor_start:t.anchor_end] == gold["anchor_text"]
