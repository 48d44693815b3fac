"""Ingest holds one parsed article (or one small batch) at a time, not a whole upload: docs are
parsed lazily, each just before its article is extracted and stored."""
from __future__ import annotations

import datetime as dt

from timeline.records import Article
from timeline.store import Store
from timeline.store import ingest as ingest_module


def test_ingest_parses_each_article_just_before_it_is_extracted(tmp_path, monkeypatch):
    produced: list[int] = []
    seen_when_extracted: list[int] = []

    def fake_parse_all(_nlp, texts, batch_size=8):
        for text in texts:
            produced.append(len(produced))
            yield f"doc of {text}"

    def fake_extract(article, doc):
        assert doc == f"doc of {article.text}"
        seen_when_extracted.append(len(produced))
        return []

    monkeypatch.setattr(ingest_module, "parse_all", fake_parse_all)
    monkeypatch.setattr(ingest_module, "extract_article", fake_extract)
    monkeypatch.setattr(ingest_module, "pipeline", lambda: None)
    arts = [Article(text=f"Article number {n} on Monday.", published=dt.date(2025, 9, 1)) for n in range(20)]
    with Store(tmp_path / "t.db") as store:
        report = store.ingest(arts)
    assert len(report.added) == 20
    # the n-th article is extracted when n docs have been parsed: none is parsed ahead of its turn
    assert seen_when_extracted == list(range(1, 21))


def test_a_parse_failure_leaves_the_rest_to_parse_themselves(tmp_path, monkeypatch):
    def failing_parse_all(_nlp, texts, batch_size=8):
        yield "doc"
        raise RuntimeError("parser crashed")

    docs: list[object] = []

    def fake_extract(article, doc):
        docs.append(doc)
        return []

    monkeypatch.setattr(ingest_module, "parse_all", failing_parse_all)
    monkeypatch.setattr(ingest_module, "extract_article", fake_extract)
    monkeypatch.setattr(ingest_module, "pipeline", lambda: None)
    arts = [Article(text=f"Article {n}.", published=dt.date(2025, 9, 1)) for n in range(4)]
    with Store(tmp_path / "t.db") as store:
        assert len(store.ingest(arts).added) == 4
    assert docs == ["doc", None, None, None]   # None: extract_article parses the article itself
