"""Never crash: event extraction over random and adversarial text and publication dates gives
valid events (dates valid and ordered, offsets inside the sentence, known categories/statuses)."""
from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import events
from timeline.io import articles, export
from timeline.events.taxonomy import load_taxonomy
from timeline.records import STATUSES

FRAGMENTS = [
    "The USS Gerald R. Ford arrived in the Caribbean on November 16", "eight days prior", "This Monday",
    "US forces struck a boat, killing 11 people", "Maduro said", "could strike", "plans to designate",
    "the Suns cartel", "Rubio", "yesterday", "next week", "in 2031", "February 30", "the day before",
    "=HYPERLINK(\"x\")", "<script>alert(1)</script>", "\u202eevil\u202c", "\u200b", "🙂", "\t", "\n\n", "—", ",",
    ".", "'s", "Washington", "did not", "since early September", "the coming weeks", "FAA warned",
    "9999", "0001", "on Sunday", "12/31/1999", "Q4", "last year", "   ",
]

texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=14).map(" ".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), min_size=1, max_size=10).map(". ".join),
)
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=texts, published=dates)
def test_extraction_never_crashes_and_gives_valid_events(body: str, published: dt.date) -> None:
    if not body.strip():
        return  # the loaders refuse empty articles before extraction
    article = articles.Article(text=body, published=published, title="t")
    found = events.extract_article(article)
    categories = set(load_taxonomy().categories) | {"other"}
    for e in found:
        assert isinstance(e.date, dt.date) and isinstance(e.date_end, dt.date)
        assert e.date <= e.date_end
        assert e.status in STATUSES and e.category in categories
        assert e.date_basis in ("explicit", "narrative", "publication")
        assert e.granularity in ("day", "week", "month", "quarter", "year", "unknown")
        if e.date > published:
            assert e.status != "occurred"
        for s in e.sources:
            if s.date_start >= 0:
                assert 0 <= s.date_start < s.date_end <= len(s.sentence)
                assert s.sentence[s.date_start:s.date_end] == s.date_text
            assert s.sentence in body
    merged = events.merge_all(found + found)
    assert len(merged) <= len(found)
    assert all(e.date <= e.date_end for e in merged)
    export.to_csv(merged)
    export.to_json(merged)
