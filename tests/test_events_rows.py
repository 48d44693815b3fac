"""The rows an analyst sees: one row per happening, no rows for background, commentary,
hypotheses or questions, and the right category for common constructions. Short invented
sentences, one class of problem per test."""
from __future__ import annotations

import datetime as dt

from timeline import articles, events


def rows(text: str, published: str = "2025-11-17") -> list[tuple[str, str]]:
    art = articles.Article(text=text, published=dt.date.fromisoformat(published), title="t",
                           source="Test Wire", url="https://example.org/x")
    return [(e.category, e.status) for e in events.extract_article(art)]


def categories(text: str, published: str = "2025-11-17") -> list[str]:
    return sorted(c for c, _s in rows(text, published))


def test_a_statement_yields_to_a_more_specific_act_of_the_same_speaker() -> None:
    assert categories("The ministry condemned the blockade on Monday and said the port was open.") == ["accusation"]
    assert categories("Colombia has sent three frigates to the border, the defense ministry confirmed.") == ["deployment"]
    # "said" reports both halves of a conjunction, the second one being the specific act
    assert categories("The ministry said the harbour was quiet and that the navy had seized two tankers.") == ["force"]


def test_two_speakers_keep_their_own_rows() -> None:
    found = categories("Brazil condemned the raid on Monday, while Chile said it would study the report.")
    assert found == ["accusation", "statement"]


def test_other_yields_to_a_categorised_row_of_the_sentence() -> None:
    found = categories("The agency warned shipping firms on Tuesday of mines in the strait, and several firms "
                       "have since cancelled flights to the port.")
    assert found == ["threat"]
    assert categories("Two airlines suspended flights to the capital on Tuesday.") == ["other"]


def test_what_a_copula_characterises_is_no_event() -> None:
    assert rows("The arrival of a submarine in the gulf was a rare sight.") == []
    assert categories("The senator said on Monday that the patrols are a prelude to an invasion.") == ["statement"]
