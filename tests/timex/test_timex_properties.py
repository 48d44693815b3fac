"""Property test: any text, any DCT -> no exception and well-formed, non-overlapping spans."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.timex import tag

WORDS = ["Monday", "Friday", "May", "March", "Jan.", "Oct. 23", "1998", "2025-13-45", "31", "February 30",
         "last", "next", "this", "week", "weekend", "days", "two", "a", "ago", "later", "prior", "before",
         "the", "following", "day", "since", "September", "early", "late", "mid-", "1990s", "'80s", "quarter",
         "third", "spring", "fall", "10:35", "a.m.", "p.m", "noon", "tonight", "now", "every", "twice", "daily",
         "and a half", "1/2", "6-year-old", "99/99/9999", "Christmas", "Thanksgiving", ",", ".", "\n", "  ",
         "Easter week", "9999 days ago", "100000 years later", "earlier this month", "the coming days"]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
)
dcts = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


@settings(max_examples=300, deadline=None)
@given(texts, dcts)
def test_tag_is_total_and_spans_are_valid(text, dct):
    found = tag(text, dct)
    previous_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        assert t.start >= previous_end, "expressions overlap or are not sorted"
        previous_end = t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert t.value
        span = t.interval()
        if span is not None:
            assert span[0] <= span[1]
        if t.anchor == "narrative":
            assert t.anchor_start is not None and t.anchor_end <= t.start


def test_empty_and_non_text_input():
    assert tag("", dt.date(2025, 1, 1)) == []
    assert tag(None, dt.date(2025, 1, 1)) == []  # type: ignore[arg-type]
    assert tag("On Friday.", dt.datetime(2025, 11, 25, 10, 0))[0].value == "2025-11-21"
