"""The keyword prefilter (timeline/timex/prefilter.py) changes the speed of the pattern scan, never its
result: for every pattern, the matches in the windows around its required words are exactly those of a
scan of the whole text."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.timex import prefilter
from timeline.timex.patterns import compiled
from tests.timex.test_timex_properties import WORDS

MORE = ["years", "year-earlier", "year ago", "quarters", "more than", "about", "fiscal", "1988", "1957-58",
        "the", "of", "in", "for", "Sept. 30", "ended", "3:30", "GMT", "0805", "Q3", "H1", "century", "21st",
        "'s", "-", "\t", "\n\n", " " * 35, "x" * 40, "Friday's", "o'clock", "at", "each", "every",
        "the 15th", "on", "half", "1678.5", "nineteen", "ninety-six", "decade", "1970s", "the day before"]

texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(WORDS + MORE), max_size=60).map(" ".join),
    st.lists(st.sampled_from(WORDS + MORE), max_size=60).map("".join),
)


def _spans(matches):
    return [(m.start(), m.end(), m.groupdict()) for m in matches]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_the_windowed_scan_finds_what_a_full_scan_finds(text):
    comp = compiled()
    index = prefilter.Index(text, comp.vocabulary)
    for pat in comp.patterns:
        assert _spans(prefilter.scan(pat.regex, pat.trigger, index)) == _spans(pat.regex.finditer(text)), pat.name
    full = [m.start() for m in comp.phrases.finditer(text)]
    if not index.full_scan:
        assert [s for s, run in index.runs.items() if run in comp.phrase_words and comp.phrases.match(text, s)] == full


def test_nearly_every_pattern_has_a_prefilter():
    comp = compiled()
    unfiltered = [p.name for p in comp.patterns if p.trigger.options is None]
    assert len(unfiltered) <= 2, unfiltered


def test_a_pattern_runs_only_near_its_words():
    trigger = prefilter.analyse("{NUM} {UNIT} ago", {"NUM": r"\d+", "UNIT": "(?:{@units})(?!\\w)"},
                                {"units": ["days", "years"]})
    assert trigger.options and any(o.words == {"ago"} for o in trigger.options)
    rx = re.compile(r"(?<![\w'])\d+\s+(?:days|years)\s+ago(?![\w])", re.I)
    vocabulary = prefilter.Vocabulary({w for o in trigger.options for w in o.words})
    text = "It rained. " * 50 + "Three people left 5 years ago, and 2 days ago."
    assert [m.group() for m in prefilter.scan(rx, trigger, prefilter.Index(text, vocabulary))] == ["5 years ago", "2 days ago"]
    assert list(prefilter.scan(rx, trigger, prefilter.Index("It rained.", vocabulary))) == []
