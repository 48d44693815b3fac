"""Durations and sets, valued per TimeML."""
import pytest

from tests.timex.timex_helpers import D, find
from timeline.timex import tag

DCT = D(2025, 11, 25)


@pytest.mark.parametrize("text, expr, value", [
    ("The siege lasted three days.", "three days", "P3D"),
    ("The drones came over the last four nights.", "last four nights", "P4D"),   # a night counts as a day
    ("It was a 16-hour flight.", "16-hour", "PT16H"),
    ("She spent 5 1/2 hours in Nairobi.", "5 1/2 hours", "PT5H30M"),
    ("The talks took twenty four hours.", "twenty four hours", "PT24H"),
    ("It went on for a couple of years.", "a couple of years", "P2Y"),
    ("He served for the past two months.", "past two months", "P2M"),
    ("The embargo has lasted four decades.", "four decades", "P40Y"),
    ("He waited for several weeks.", "several weeks", "PXW"),
    ("They have fought for years.", "years", "PXY"),
    ("It lasted a year and a half.", "a year and a half", "P18M"),
    ("The truce lasted half an hour.", "half an hour", "PT30M"),
    # "N-unit-long" without a number is one unit; "a days-long standoff": the article is the noun's
    ("It was their third day-long meeting.", "day-long", "P1D"),
    ("He gave a two-hour-long speech.", "two-hour-long", "PT2H"),
    ("It was a days-long standoff.", "days-long", "PXD"),
    # sub-day units with later/earlier: no clock time to count from, so a DURATION without the direction
    ("Just over an hour later, he was declared dead.", "over an hour", "PT1H"),
    ("They left 30 minutes later.", "30 minutes", "PT30M"),
    # "for the last week" is the same stretch as "the past week"
    ("He has been in Bethesda for the last week.", "the last week", "P1W"),
    # "last" after a modal is the verb, not "the last N units"
    ("The talks will last several more weeks.", "several more weeks", "PXW"),
    ("The truce did not last three days.", "three days", "P3D"),
    ("Within minutes, the market recovered.", "minutes", "PTXM"),
])
def test_durations(text, expr, value):
    t = find(text, expr, DCT)
    assert (t.type, t.value) == ("DURATION", value)
    assert t.text == expr


@pytest.mark.parametrize("text, expr, value", [
    ("Rallies are held daily.", "daily", "P1D"),
    ("The board meets every week.", "every week", "P1W"),
    ("Patrols fly twice a month.", "twice a month", "P1M"),
    ("Reports are filed annually.", "annually", "P1Y"),
    ("Drills happen every two weeks.", "every two weeks", "P2W"),
])
def test_sets(text, expr, value):
    t = find(text, expr, DCT)
    assert (t.type, t.value) == ("SET", value)
    assert t.interval() is None


def test_modifiers_on_durations():
    t = find("The strike lasted more than four hours.", "more than four hours", DCT)
    assert (t.value, t.mod) == ("PT4H", "MORE_THAN")
    t = find("The strike lasted over an hour.", "over an hour", DCT)
    assert t.value == "PT1H"


@pytest.mark.parametrize("text, expr, value, mod", [
    # "X ago" is a DATE as precise as its unit; comparatives become point mods (TimeML BEFORE/AFTER)
    ("The revolution began more than four decades ago.", "more than four decades ago", "198", "BEFORE"),
    ("It happened a decade ago.", "a decade ago", "201", None),
    ("The war ended almost four years ago.", "four years ago", "2021", "AFTER"),
    ("It was built two centuries ago.", "two centuries ago", "18", None),
    # a fractional amount is valued one granularity finer
    ("Half a century ago it began.", "Half a century ago", "197", None),
    ("A year and a half ago it began.", "A year and a half ago", "2024-05", None),
])
def test_ago_at_the_granularity_of_its_unit(text, expr, value, mod):
    t = find(text, expr, DCT)
    assert (t.type, t.value, t.mod, t.text) == ("DATE", value, mod, expr)


@pytest.mark.parametrize("text, expr, typ, value", [
    # bare plural sub-day units before later/after: a vague DURATION, the direction word outside
    ("Hours later, the ship sank.", "Hours", "DURATION", "PTXH"),
    ("Minutes after the strike, officials spoke.", "Minutes", "DURATION", "PTXM"),
    # days/weeks later: a vague date next to the story's reference time (its month, as "the days before")
    ("The ship arrived on Nov. 16. Days later, the strikes began.", "Days", "DATE", "2025-11"),
])
def test_vague_units_before_later(text, expr, typ, value):
    t = find(text, expr, DCT)
    assert (t.type, t.value, t.text) == (typ, value, expr)


def test_a_matter_of_days_is_not_tagged_as_a_date():
    assert [t for t in tag("It is a matter of days before he returns.", DCT) if t.type == "DATE"] == []


@pytest.mark.parametrize("text, expr, value", [
    ("It took a quarter of an hour.", "a quarter of an hour", "PT15M"),
    ("For a quarter of a century, he ruled.", "a quarter of a century", "P25Y"),
])
def test_quarter_of_a_unit(text, expr, value):
    t = find(text, expr, DCT)
    assert (t.type, t.value, t.text) == ("DURATION", value, expr)


@pytest.mark.parametrize("text", [
    "A quarter of voters backed him.",
    "The fall of the Berlin Wall changed Europe.",
    "The fall in oil prices hurt Caracas.",
])
def test_quarter_and_fall_as_plain_nouns_are_not_time(text):
    assert tag(text, DCT) == []


@pytest.mark.parametrize("text, expr, value, start, end", [
    # a stretch reckoned back from publication without a number reaches as far as "recent ..." does
    ("Militias attacked the bases over the last several months.", "last several months", "PXM",
     D(2025, 8, 25), DCT),
    ("Shelling went on in the past several days.", "past several days", "PXD", D(2025, 11, 18), DCT),
    # "recent weeks" is the month before; "recent months" the same day three calendar months before
    ("In recent weeks, Russia bombarded Kharkiv.", "recent weeks", "PXW", D(2025, 10, 26), DCT),
    ("In recent months, the drones reached further.", "recent months", "PXM", D(2025, 8, 25), DCT),
    # "the past day" is a day's stretch, not the past as a whole
    ("Hospitals received 13 bodies over the past day.", "the past day", "P1D", D(2025, 11, 24), DCT),
])
def test_stretches_reckoned_back_from_publication_have_their_window(text, expr, value, start, end):
    t = find(text, expr, DCT)
    assert (t.type, t.value, t.window) == ("DURATION", value, (start, end))
