"""Absolute and publication-relative dates: one test per family, DCT fixed."""
import datetime as dt

import pytest

from tests.timex.timex_helpers import D, find
from timeline.timex import tag

DCT = D(2025, 11, 25)  # a Tuesday


@pytest.mark.parametrize("text, expr, value", [
    ("It happened on November 16, 2025 in Caracas.", "November 16, 2025", "2025-11-16"),
    ("It happened on Aug. 7, 1998.", "Aug. 7, 1998", "1998-08-07"),
    ("It happened on 16 November 2025.", "16 November 2025", "2025-11-16"),
    ("The file is dated 2025-11-16.", "2025-11-16", "2025-11-16"),
    ("The file is dated 11/16/2025.", "11/16/2025", "2025-11-16"),
    ("Talks began in October 2024.", "October 2024", "2024-10"),
    ("The treaty was signed in 1998.", "1998", "1998"),
    ("Relations soured in the 1990s.", "1990s", "199"),
    ("Results came in the third quarter of 2024.", "the third quarter of 2024", "2024-Q3"),
    ("Talks collapsed in the spring of 2019.", "spring of 2019", "2019-SP"),
])
def test_absolute_dates(text, expr, value):
    t = find(text, expr, DCT)
    assert (t.value, t.anchor, t.type) == (value, "absolute", "DATE")
    assert t.text == expr.replace("spring of", "spring of") or expr in t.text


@pytest.mark.parametrize("text, expr, value", [
    # month/day without a year: the nearest, or the one the tense points to
    ("The carrier arrived on November 16.", "November 16", "2025-11-16"),
    ("The vote is set for January 12.", "January 12", "2026-01-12"),
    ("He said he was shot on Oct. 23 at home.", "Oct. 23", "2025-10-23"),
    ("He met the envoy last March 3 in Bogota.", "March 3", "2025-03-03"),
    # a bare month: past tense looks back, future tense looks forward
    ("The ships were sent in August.", "August", "2025-08"),
    ("The summit will be held in April.", "April", "2026-04"),
    ("Elections were held in February this year.", "February this year", "2025-02"),
    ("Sanctions began last October.", "last October", "2025-10"),
    ("Sanctions began last December.", "last December", "2024-12"),
    ("Exercises resumed in late September.", "late September", "2025-09"),
])
def test_dates_without_year(text, expr, value):
    t = find(text, expr, DCT)
    assert t.value == value
    assert t.anchor == "publication"


def test_bare_may_and_march_are_not_months_without_context():
    assert not [t for t in tag("He may march on the capital.", DCT) if t.value.startswith("2025")]
    assert find("Talks are expected in May.", "May", DCT).value == "2026-05"


@pytest.mark.parametrize("text, expr, value", [
    ("This Monday, the US designated the cartel.", "This Monday", "2025-11-24"),
    ("The ships arrived on Friday.", "Friday", "2025-11-21"),
    ("The talks will resume on Friday.", "Friday", "2025-11-28"),
    ("Officials met on Tuesday.", "Tuesday", "2025-11-25"),
    ("He spoke last Friday.", "last Friday", "2025-11-21"),
    ("He will speak next Monday.", "next Monday", "2025-12-01"),
    ("Wednesday's ruling angered Caracas.", "Wednesday", "2025-11-19"),
    ("The designation takes effect on Thursday.", "Thursday", "2025-11-27"),
    # the verb the weekday attaches to: a cue after the weekday counts too ("plans to")
    ("On Friday, the opposition plans to hold a rally.", "Friday", "2025-11-28"),
    # "be" is future only after will/would/to: a modal + passive elsewhere in the clause is no cue
    ("The accord is to be signed on Friday.", "Friday", "2025-11-28"),
    ("The talks will be held Thursday in Oslo.", "Thursday", "2025-11-27"),
    ("Neither of them could be located Monday in Caracas.", "Monday", "2025-11-24"),
    ("The court ruled that he must be returned and set Friday as the deadline.", "Friday", "2025-11-21"),
    # a scheduled present ("votes Wednesday") takes the nearest such day
    ("The Senate votes Wednesday on the war powers resolution.", "Wednesday", "2025-11-26"),
    # a passive participle ("hit by", "struck by") is done, whatever present stands before it
    ("This is a relative of a family hit by an Israeli strike in Gaza City Sunday that killed a woman.",
     "Sunday", "2025-11-23"),
])
def test_weekdays_with_tense(text, expr, value):
    t = find(text, expr, DCT)
    assert t.value == value and t.anchor == "publication" and t.type == "DATE"


@pytest.mark.parametrize("text, expr, value", [
    ("Protesters gathered on Sunday night.", "Sunday night", "2025-11-23TNI"),
    ("Maduro spoke on Monday evening.", "Monday evening", "2025-11-24TEV"),
    ("The strike came early Friday morning.", "Friday morning", "2025-11-21TMO"),
    ("The vote is on Thursday afternoon.", "Thursday afternoon", "2025-11-27TAF"),
    ("Protesters gathered last night.", "last night", "2025-11-24TNI"),
])
def test_weekday_with_part_of_day_is_a_time_of_that_day(text, expr, value):
    # TimeML guidelines: "Friday night" = YYYY-MM-DDTNI, a TIME whose day follows the tense as for "Friday"
    t = find(text, expr, DCT)
    assert (t.type, t.value, t.text) == ("TIME", value, expr)
    day = dt.date.fromisoformat(value[:10])
    assert t.interval() == (day, day)


@pytest.mark.parametrize("expr, value", [
    ("today", "2025-11-25"), ("yesterday", "2025-11-24"), ("tomorrow", "2025-11-26"),
    ("tonight", "2025-11-25TNI"), ("this morning", "2025-11-25TMO"),
    ("last week", "2025-W47"), ("this week", "2025-W48"), ("next week", "2025-W49"),
    ("last month", "2025-10"), ("next month", "2025-12"), ("this year", "2025"), ("last year", "2024"),
    ("this weekend", "2025-W47-WE"), ("last quarter", "2025-Q3"),
    ("now", "PRESENT_REF"), ("recently", "PAST_REF"), ("the future", "FUTURE_REF"),
])
def test_publication_relative_phrases(expr, value):
    text = f"Officials said {expr} that the plan stands."
    t = find(text, expr, DCT)
    assert t.value == value and t.text.lower() == expr


def test_earlier_this_month_has_mod_start():
    t = find("Earlier this month, the carrier sailed.", "Earlier this month", DCT)
    assert (t.value, t.mod) == ("2025-11", "START")


@pytest.mark.parametrize("text, expr, value", [
    ("The strike happened three days ago.", "three days ago", "2025-11-22"),
    ("It began 11 days ago.", "11 days ago", "2025-11-14"),
    ("It started two months ago.", "two months ago", "2025-09"),
    ("The pact was signed six weeks ago.", "six weeks ago", "2025-W42"),
    ("NATO was founded 50 years ago.", "50 years ago", "1975"),
    ("He left a decade ago.", "a decade ago", "201"),
    ("Twenty-four days ago the ship left.", "Twenty-four days ago", "2025-11-01"),
])
def test_ago(text, expr, value):
    t = find(text, expr, DCT)
    assert (t.value, t.anchor) == (value, "publication")


def test_holidays():
    assert find("The boy was found on Thanksgiving Day.", "Thanksgiving Day", D(2000, 1, 6)).value == "1999-11-25"
    assert find("He spoke on Christmas Day 2024.", "Christmas Day", DCT).value == "2024-12-25"
    assert find("Voters go to the polls on Election Day.", "Election Day", D(1998, 10, 26)).value == "1998-11-03"


def test_clock_times_use_the_reference_day():
    text = "The bombs exploded Friday. The first went off at 10:35 a.m. local time."
    t = find(text, "10:35 a.m.", D(1998, 8, 8))
    assert (t.type, t.value) == ("TIME", "1998-08-07T10:35")
    t = find("The deadline is 9 a.m. Tuesday, officials said.", "9 a.m. Tuesday", D(2000, 4, 3))
    assert t.value == "2000-04-04T09:00"


def test_false_friends_are_not_dates():
    text = "Czech minister Jan Kavan spoke. The 6-year-old boy and his 35-year-old father left as soon as possible."
    assert [t.text for t in tag(text, DCT)] == []


@pytest.mark.parametrize("text, expr, value, mod", [
    ("Growth slowed in mid-2024.", "mid-2024", "2024", "MID"),
    ("Talks resume in mid-November.", "mid-November", "2025-11", "MID"),
    ("Output rose in the first half of 2026.", "the first half of 2026", "2026-H1", None),
    ("The deal should close by the end of the year.", "the end of the year", "2025", "END"),
    ("Ships arrived this past weekend.", "this past weekend", "2025-W47-WE", None),
    ("The vote is two weeks from now.", "two weeks from now", "2025-W50", None),
    ("The vote is ten days from now.", "ten days from now", "2025-12-05", None),
    ("Officials met late last year.", "late last year", "2024", "END"),
    ("The ship docked about five hours later than planned; it sailed early Friday.", "Friday", "2025-11-21", "START"),
])
def test_more_calendar_expressions(text, expr, value, mod):
    t = find(text, expr, DCT)
    assert (t.value, t.mod) == (value, mod)
    assert t.text == expr


def test_modifiers_outside_the_extent():
    t = find("The siege lasted about five hours.", "five hours", DCT)
    assert (t.text, t.value, t.mod) == ("five hours", "PT5H", "APPROX")
    t = find("The embassy said earlier this week that it would close.", "this week", DCT)
    assert (t.text, t.value, t.mod) == ("this week", "2025-W48", "START")
    assert t.interval() == (D(2025, 11, 24), D(2025, 11, 25))


@pytest.mark.parametrize("text", [
    "They will leave as soon as possible.",
    "The boat was soon released.",
    "The Communist Party daily Granma reported it.",
    "He watched High Noon again.",
    "More than 2000 troops and some 1500 sailors were deployed.",
    "A patrol found a cache in the Now Zad district of Helmand province.",   # a place name, not "now"
])
def test_exclusions(text):
    assert tag(text, DCT) == []


def test_until_now_is_now():
    # TimeML tags "now" after "until" too (issue 12): the span up to the present ends now
    assert [(t.text, t.value) for t in tag("He has until now refused.", DCT)] == [("now", "PRESENT_REF")]
    # and a sentence's opening "Now" before a name
    assert [(t.text, t.value) for t in tag("It rained. Now Israel says it will wait.", DCT)] == [("Now", "PRESENT_REF")]


def test_the_weekend_follows_the_tense():
    assert find("Talks will resume this weekend.", "this weekend", DCT).value == "2025-W48-WE"
    assert find("Lawyers met over the weekend.", "the weekend", DCT).value == "2025-W47-WE"
    assert find("Protests are planned for the weekend.", "the weekend", D(2025, 11, 27)).value == "2025-W48-WE"
    # "alleged" as the verb of a sentence is past, like "claimed" ("the alleged plot" is an adjective)
    said = "A spokesman alleged over the weekend that Turkey is sending fighters."
    assert find(said, "the weekend", DCT).value == "2025-W47-WE"
    assert find("The alleged plot will be tried this weekend.", "this weekend", DCT).value == "2025-W48-WE"
    # midweek, a happening told in the past is the weekend just gone; a past verb that plans or tells keeps the
    # coming one
    wednesday = D(2015, 11, 4)
    assert find("The airliner crashed in Sinai this weekend.", "this weekend", wednesday).value == "2015-W44-WE"
    assert find("The group announced a march this weekend.", "this weekend", wednesday).value == "2015-W45-WE"
    assert find("Supporters planned a rally this weekend.", "this weekend", wednesday).value == "2015-W45-WE"


def test_second_day_of_a_conjoined_pair_is_its_own_date():
    found = [(t.text, t.value) for t in tag("The summit will meet on April 24 and 25 in Washington.", DCT)]
    assert found == [("April 24", "2026-04-24"), ("25", "2026-04-25")]
    # a day number after a day-first date is a count, not a date
    assert [t.text for t in tag("On 16 November and 3 ships later, it ended.", DCT)] == ["16 November"]
    # ... and so is a number followed by a noun ("25 people"); irregular past verbs ("died") set the tense
    assert [(t.text, t.value) for t in tag("On March 3 and 25 people died.", DCT)] == [("March 3", "2025-03-03")]


def test_month_tense_is_read_across_abbreviations_in_a_long_sentence():
    # "Roe vs. Wade" does not end the sentence, and "killed" 150 characters on still sets the tense
    text = ("In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court decision, "
            "a clinic bombing in the state capital of Alabama, far from here, killed a guard.")
    assert find(text, "January", D(2025, 10, 25)).value == "2025-01"


@pytest.mark.parametrize("text", [
    "Flight 2025 landed safely in Caracas.",
    "The Council adopted Resolution 2417 on hunger.",
    "He lives in Room 1998 of the hotel.",
])
def test_numbers_after_identifier_nouns_are_not_years(text):
    assert tag(text, DCT) == []


@pytest.mark.parametrize("text, expr, typ, value, mod", [
    ("The plan takes effect at the end of 1990.", "the end of 1990", "DATE", "1990", "END"),
    ("Sales rose in the current quarter.", "the current quarter", "DATE", "2025-Q4", None),
    ("The debt is due by year-end.", "year-end", "DATE", "2025", "END"),
    ("The offer expires at midnight tomorrow.", "midnight tomorrow", "TIME", "2025-11-26T24:00", None),
    ("The market closed at 4 p.m. EST.", "4 p.m. EST", "TIME", "2025-11-25T16:00", None),
    ("He spoke yesterday at 3 p.m. in Caracas.", "yesterday at 3 p.m", "TIME", "2025-11-24T15:00", None),
    ("The meeting is scheduled for 10 a.m. tomorrow.", "10 a.m. tomorrow", "TIME", "2025-11-26T10:00", None),
    ("The accord expires at the end of the decade.", "the end of the decade", "DATE", "202", "END"),
])
def test_business_news_forms(text, expr, typ, value, mod):
    t = find(text, expr, DCT)
    assert (t.text, t.type, t.value, t.mod) == (expr, typ, value, mod)


def test_a_year_used_as_a_modifier_or_in_a_relative_clause_does_not_move_the_story():
    # "a 2020 indictment" names a document: "Earlier in the day" is still the story's day
    text = ("Maduro was captured today. He will face charges tied to a 2020 indictment. "
            "Earlier in the day, Trump posted a photo of him.")
    assert find(text, "Earlier in the day", D(2026, 1, 3)).value == "2026-01-03"
    # "strikes that began in January 2024" is background: a later "in December" is the last one before
    # publication, not the one before January 2024
    text = ("The Houthis have attacked ships, prompting strikes that began in January 2024. A missile wounded "
            "16 people in Tel Aviv in December, officials said.")
    assert find(text, "December", D(2025, 1, 8)).value == "2024-12"


@pytest.mark.parametrize("text, expr, value", [
    # three-letter month abbreviations written without a period, as press releases do
    ("A drone was shot down over Yemen on Jun 6, 2019.", "Jun 6, 2019", "2019-06-06"),
    ("The exercise began on Jul 4 2019.", "Jul 4 2019", "2019-07-04"),
    ("The talks resumed in Sep 2019.", "Sep 2019", "2019-09"),
])
def test_month_abbreviations_without_a_period(text, expr, value):
    assert find(text, expr, DCT).value == value
    assert find(text, expr, DCT).text == expr


def test_a_month_abbreviation_inside_a_place_name_is_no_month():
    assert [t.text for t in tag("He flew to Mar-a-Lago on Friday.", DCT)] == ["Friday"]
