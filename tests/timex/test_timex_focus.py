"""A history or background passage moves the story into another period: dates without a year
then belong to that period, until the paragraph ends or the story comes back to the present."""
from __future__ import annotations

from tests.timex.timex_helpers import D, find
from timeline.timex import tag

DCT = D(1998, 3, 17)


def values(text, dct=DCT):
    return {t.text: t.value for t in tag(text, dct)}


def test_month_day_after_a_full_date_in_another_year_takes_that_year():
    text = ("The campaign opened on March 14, 1942, when columns crossed the river. Two weeks later "
            "they reached the capital. Its defenders surrendered on June 13. That same day the cabinet "
            "fled. Eight days prior, the minister had asked for mediation. By the end of the year the "
            "army held the plain. The following spring the defenders tried to win it back.")
    v = values(text)
    assert v["June 13"] == "1942-06-13"
    assert v["That same day"] == "1942-06-13"
    assert v["Eight days prior"] == "1942-06-05"
    assert v["the end of the year"] == "1942"
    assert v["The following spring"] == "1943-SP"
    june = find(text, "June 13", DCT)
    assert june.anchor == "narrative" and text[june.anchor_start:june.anchor_end] == "Two weeks later"


def test_quarter_and_month_in_an_encyclopedia_passage():
    text = ("Street protests continued through the first half of 2014. A general strike called for "
            "12 May lasted 72 hours. The economy contracted in the third quarter.")
    v = values(text, D(2016, 10, 12))
    assert v["12 May"] == "2014-05-12"
    assert v["the third quarter"] == "2014-Q3"


def test_a_bare_year_moves_the_story_only_when_it_opens_the_sentence():
    assert values("In 2010 the mine flooded. That summer the strike began.", D(2013, 5, 2))["That summer"] == "2010-SU"
    # "founded in 1998" inside a clause: "on March 5" stays next to the DCT
    v = values("The company, founded in 1998, said on March 5 it would cut jobs.", D(2026, 3, 9))
    assert v["March 5"] == "2026-03-05"


def test_a_date_naming_an_event_does_not_move_the_story():
    text = "The Dec. 21, 1988, bombing killed 270 people. Libya agreed in April to hand over the suspects."
    assert values(text, D(1999, 6, 7))["April"] == "1999-04"


def test_the_passage_ends_with_its_paragraph_or_at_the_present():
    text = "Castro took power on Jan. 1, 1959.\n\nElian's mother died at sea in late November."
    assert values(text, D(2000, 4, 1))["late November"] == "1999-11"
    text = "Castro took power on Jan. 1, 1959. On Friday, he spoke of the boy who arrived in November."
    assert values(text, D(2000, 4, 1))["November"] == "1999-11"


def test_a_future_clause_is_never_in_the_history():
    text = "The war ended on May 8, 1945. Veterans will march again on May 8."
    assert values(text)["May 8"] == "1998-05-08"


def test_new_named_forms():
    assert values("Polls close at 8 p.m. next Sunday.", D(2007, 9, 23))["8 p.m. next Sunday"] == "2007-09-30T20:00"
    assert values("They mark the treaty every 11 March.")["every 11 March"] == "XXXX-03-11"
    assert values("She filed every evening.")["every evening"] == "XXXX-XX-XXTEV"
    assert values("Rains came in May 1996. That same month the dam broke.")["That same month"] == "1996-05"


def test_a_season_of_a_year_opens_a_passage_and_that_season_is_in_its_year():
    text = ("His reputation was made in the autumn of 1974. When rebels seized the town on September 30, "
            "he was given 48 hours. His brigade retook it nine days later.")
    v = values(text, D(2003, 12, 29))
    assert v["September 30"] == "1974-09-30"
    assert v["nine days later"] == "1974-10-09"
    text = "An agreement was signed on 4 March 2015. He did not stand in the election held that autumn."
    assert values(text, D(2016, 10, 12))["that autumn"] == "2015-FA"


def test_the_end_of_the_year_refers_back_across_a_paragraph_but_a_bare_month_does_not():
    text = ("The siege ended on June 13, 1942.\n\nBy the end of the year, the army held the plain.")
    assert values(text)["the end of the year"] == "1942"
    text = ("The siege ended on June 13, 1942.\n\nIn October, the ministry opened its archives.")
    assert values(text)["October"] == "1997-10"


def test_a_comparison_does_not_open_a_passage():
    text = ("The deficit was $291 billion in July. That compares with $244 billion in July 2025. "
            "Payments normally made in August were shifted into July.")
    v = values(text, D(2026, 8, 8))
    assert v["August"] == "2026-08"


def test_a_date_a_span_reaches_back_to_moves_no_story():
    # "since March 2015" opens a span up to now: the month after it is the story's own year
    text = ("The Saudi-led coalition has been fighting the Houthis in Yemen since March 2015. In mid-June, the "
            "coalition launched an offensive on Hodeida.")
    assert values(text, D(2018, 7, 1))["mid-June"] == "2018-06"
    # a date that opens the telling of that past does move it
    assert values("Fighting began in March 2015. In mid-June, the coalition launched an offensive.",
                  D(2018, 7, 1))["mid-June"] == "2015-06"
