"""The inside of timeline.timex, stage by stage: the value grammar, the lexicon tables, the rule
table, the date-choice policy, the tense guess and the story's state."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from timeline.timex import detect, story, tense
from timeline.timex.lexicon import load
from timeline.timex.patterns import compiled, placeholder_regexes
from timeline.timex.resolve import RULES, resolve
from timeline.timex.resolve.choose import pick
from timeline.timex.value import parse

D = dt.date


# ---------------------------------------------------------------- value.py

@pytest.mark.parametrize("value, kind, span", [
    ("2025-11-16", "day", (D(2025, 11, 16), D(2025, 11, 16))),
    ("2025-11-16TNI", "day", (D(2025, 11, 16), D(2025, 11, 16))),
    ("2025-W47", "week", (D(2025, 11, 17), D(2025, 11, 23))),
    ("2025-W07", "week", (D(2025, 2, 10), D(2025, 2, 16))),   # the guidelines' two digits (what the engine writes)
    ("2025-W7", "week", (D(2025, 2, 10), D(2025, 2, 16))),    # one digit, as some corpora write it: read too
    ("2025-W07-WE", "weekend", (D(2025, 2, 15), D(2025, 2, 16))),
    ("2025-W47-WE", "weekend", (D(2025, 11, 22), D(2025, 11, 23))),
    ("2024-02", "month", (D(2024, 2, 1), D(2024, 2, 29))),
    ("2025-11-XX", "month", (D(2025, 11, 1), D(2025, 11, 30))),
    ("2025-Q4", "quarter", (D(2025, 10, 1), D(2025, 12, 31))),
    ("2025-H1", "half", (D(2025, 1, 1), D(2025, 6, 30))),
    ("2025-WI", "season", (D(2025, 12, 1), D(2026, 2, 28))),
    ("2025", "year", (D(2025, 1, 1), D(2025, 12, 31))),
    ("2025-XX-XX", "year", (D(2025, 1, 1), D(2025, 12, 31))),
    ("199", "decade", (D(1990, 1, 1), D(1999, 12, 31))),
    ("202X", "decade", (D(2020, 1, 1), D(2029, 12, 31))),
    ("19", "century", (D(1900, 1, 1), D(1999, 12, 31))),
    ("20XX", "century", (D(2000, 1, 1), D(2099, 12, 31))),
])
def test_value_grammar_kinds_and_spans(value, kind, span):
    parsed = parse(value)
    assert parsed.kind == kind and parsed.span() == span


def test_references_durations_and_junk():
    assert parse("PRESENT_REF").span(D(2025, 3, 4)) == (D(2025, 3, 4), D(2025, 3, 4))
    assert parse("PAST_REF").span(D(2025, 3, 4)) is None
    assert parse("P3D").days == 3 and parse("P2W").days == 14
    assert parse("PT5H").kind == "duration" and parse("PT5H").days is None
    assert parse("P1.5D").days is None and parse("PXY").kind == "duration"
    assert parse("2025-13").span() is None  # a month that does not exist covers no days
    assert parse("tomorrow") is None and parse("") is None


def test_first_day_is_only_for_fully_specified_dates():
    assert parse("2025-11-16").first_day() == (D(2025, 11, 16), "D")
    assert parse("2025-W47").first_day() == (D(2025, 11, 17), "D")
    assert parse("2025-Q3").first_day() == (D(2025, 7, 1), "M")
    assert parse("1942").first_day() == (D(1942, 1, 1), "Y")
    for vague in ("2025-11-XX", "2025-XX-XX", "2025-W47-WE", "199", "P3D", "PRESENT_REF"):
        assert parse(vague).first_day() is None, vague


# ---------------------------------------------------------------- lexicon and patterns

def test_every_table_loads_and_every_context_pattern_compiles():
    lex = load()
    assert lex.months["sept."] == 9 and lex.weekdays["friday"] == 4
    assert {"passive_aux", "not_past", "back_words", "ahead_words"} <= set(lex.words)
    assert lex.maps["year_offset_map"] == {"last": "-1", "this": "0", "next": "1"}
    assert all(isinstance(p, re.Pattern) for p in lex.contexts.values()) and len(lex.contexts) >= 30
    assert lex.contexts["reported_on"].search("officials said on ") and not lex.contexts["reported_on"].search("the ")


def test_every_placeholder_expands_and_every_pattern_compiles():
    regexes = placeholder_regexes(load())
    assert {"MONTH", "WEEKDAY", "NUM", "DAY", "YEAR", "CLOCK"} <= set(regexes)
    assert "{@" not in "".join(regexes.values())
    assert re.fullmatch(regexes["NUM"], "twenty-four") and re.fullmatch(regexes["MONTH"], "Sept.", re.I)
    comp = compiled()
    assert len(comp.patterns) >= 50 and comp.phrases.search("earlier this month")


def test_the_rule_table_covers_every_pattern_and_nothing_else():
    named = {p.rule for p in load().patterns} | {"phrase"}
    assert named == set(RULES)


def test_an_unknown_rule_is_an_error_naming_the_table():
    c = detect.Candidate(0, 3, "no_such_rule", {}, 1)
    with pytest.raises(ValueError, match="patterns.tsv"):
        resolve(c, story.Context(text="abc", dct=D(2025, 1, 1), lex=load()))


# ---------------------------------------------------------------- the date-choice policy

@pytest.mark.parametrize("tense, expected", [
    ("past", D(2025, 3, 16)),      # a past clause: the last one
    ("future", D(2026, 3, 16)),    # a future clause: the coming one
    (None, D(2025, 3, 16)),        # no tense: news reports the past unless the future one is far nearer
])
def test_pick_follows_the_tense_when_both_are_far(tense, expected):
    options = [D(2025, 3, 16), D(2026, 3, 16)]
    assert pick(options, D(2025, 9, 20), tense) == expected


def test_pick_takes_the_nearest_date_when_it_is_close():
    assert pick([D(2024, 12, 28), D(2025, 12, 28)], D(2025, 1, 3), "future") == D(2024, 12, 28)
    assert pick([D(2025, 1, 10), D(2026, 1, 10)], D(2025, 11, 20), "governed_past") == D(2025, 1, 10)


# ---------------------------------------------------------------- tense.py

@pytest.mark.parametrize("sentence, tense_expected", [
    ("The carrier arrived in the Caribbean on Sunday.", "past"),
    ("The talks will resume on Sunday.", "future"),
    ("Qualifiers resume on Sunday.", "scheduled"),
    ("The envoy has met officials on Sunday.", "perfect"),
    # a plural noun before its doer ("launches by North Korea") is no scheduled present
    ("We condemn the missile launches by North Korea on Sunday.", None),
    ("North Korea launches a satellite on Sunday.", "scheduled"),
])
def test_tense_near_reads_the_clause(sentence, tense_expected):
    at = sentence.index("Sunday")
    assert tense.tense_near(sentence, at, at + len("Sunday")) == tense_expected


def test_a_participle_after_an_auxiliary_defers_to_it():
    text = "The accord will be signed on Friday."
    assert tense.governing_tense(text, text.index("Friday")) == "future"


# ---------------------------------------------------------------- story.py

def _run(text: str, dct: dt.date) -> story.Context:
    """The story's state after reading `text`, as tagger.tag moves it."""
    ctx = story.Context(text=text, dct=dct, lex=load())
    for c in detect.select(detect.candidates(text), text):
        story.expire_focus(ctx, text, c.start)
        r = resolve(c, ctx)
        if r is not None and story.moves_story(text, c, r, ctx):
            story.advance(ctx, text, c, r, story.opens_range(text, c.start, c.end))
    return ctx


def test_the_story_state_is_named_records():
    ctx = _run("Profit rose in the third quarter. Sales fell on Monday.", D(2025, 11, 20))
    assert isinstance(ctx.ref_coarse, story.Period) and ctx.ref_coarse.grain == "Q"
    assert ctx.last_quarter.day == D(2025, 7, 1)
    assert ctx.ref.day == D(2025, 11, 17)


def test_a_comparison_does_not_move_the_story():
    text = "Profit was $5 million in the third quarter, up from $3 million a year earlier."
    ctx = _run(text, D(2025, 11, 20))
    assert ctx.ref_coarse.day == D(2025, 7, 1)  # still the quarter, not the one a year before


def test_a_history_passage_moves_the_focus_until_the_paragraph_ends():
    text = "The campaign opened on March 14, 1942, and the garrison surrendered on June 13.\n\nOn Friday, veterans met."
    ctx = story.Context(text=text, dct=D(2025, 11, 21), lex=load())
    seen = []
    for c in detect.select(detect.candidates(text), text):
        story.expire_focus(ctx, text, c.start)
        r = resolve(c, ctx)
        seen.append((text[c.start:c.end], r.value, ctx.focus is not None))
        if story.moves_story(text, c, r, ctx):
            story.advance(ctx, text, c, r, False)
    assert seen[1] == ("June 13", "1942-06-13", True)
    assert seen[2][:2] == ("Friday", "2025-11-21") and ctx.focus is None
