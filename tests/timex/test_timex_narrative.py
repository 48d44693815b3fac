"""Narrative anchoring: relative expressions resolve against the running reference time."""
import pytest

from tests.timex.timex_helpers import D, find
from timeline.timex import tag

DCT = D(2025, 11, 25)  # Tuesday


def test_issue_example_eight_days_prior():
    text = ("This Monday, the US designated the cartel as a terrorist organisation. Eight days prior, "
            "coinciding with the carrier's arrival, he said the strikes would go on.")
    monday = find(text, "This Monday", DCT)
    prior = find(text, "Eight days prior", DCT)
    assert (monday.value, monday.anchor) == ("2025-11-24", "publication")
    assert (prior.type, prior.value, prior.anchor) == ("DATE", "2025-11-16", "narrative")
    assert text[prior.anchor_start:prior.anchor_end] == "This Monday"
    assert prior.interval() == (D(2025, 11, 16), D(2025, 11, 16))


@pytest.mark.parametrize("phrase, value", [
    ("Two days later", "2025-09-04"),
    ("Three days earlier", "2025-08-30"),
    ("A week after", "2025-09-09"),
    ("Two weeks before", "2025-08-19"),
    ("Five days afterwards", "2025-09-07"),
    ("The next day", "2025-09-03"),
    ("The following day", "2025-09-03"),
    ("The day before", "2025-09-01"),
    ("That same day", "2025-09-02"),
    ("The same day", "2025-09-02"),
    ("That day", "2025-09-02"),
    ("The previous day", "2025-09-01"),
])
def test_offsets_from_the_last_mentioned_day(phrase, value):
    text = f"The first strike came on September 2. {phrase}, the Pentagon released a video."
    t = find(text, phrase, DCT)
    assert (t.value, t.anchor) == (value, "narrative")
    assert text[t.anchor_start:t.anchor_end] == "September 2"


def test_reference_moves_with_the_story():
    text = ("The ships left on August 14. Two days later they reached Puerto Rico. "
            "The following day they sailed on.")
    later = find(text, "Two days later", DCT)
    following = find(text, "The following day", DCT)
    assert later.value == "2025-08-16"
    assert following.value == "2025-08-17"
    assert text[following.anchor_start:following.anchor_end] == "Two days later"


def test_that_week_and_later_that_year():
    text = "Talks opened on March 5, 2024. That week the envoy flew home. Later that year they failed."
    assert find(text, "That week", DCT).value == "2024-W10"
    t = find(text, "Later that year", DCT)
    assert (t.value, t.mod, t.anchor) == ("2024", "END", "narrative")


def test_without_a_reference_the_dct_is_used():
    t = find("Two days later, the ministry replied.", "Two days later", DCT)
    assert (t.value, t.anchor, t.anchor_start) == ("2025-11-27", "publication", None)


def test_since_date_does_not_become_the_reference():
    text = "On Wednesday, Trump spoke. Since September 2, there were five strikes. In a statement the same day, Caracas protested."
    t = find(text, "the same day", D(2025, 10, 16))
    assert t.value == "2025-10-15"
    assert text[t.anchor_start:t.anchor_end] == "Wednesday"


def test_days_before_an_event_is_a_duration():
    t = find("The strike came two days before the vote in Caracas.", "two days", DCT)
    assert t.type == "DURATION" and t.value == "P2D"


def test_ago_is_not_narrative():
    text = "The ship left on March 3. Three days ago it returned."
    t = find(text, "Three days ago", DCT)
    assert (t.value, t.anchor) == ("2025-11-22", "publication")


def test_clock_time_after_a_date():
    text = "The attack began on Oct. 3. Shots were heard at 10 p.m. near the port."
    times = [t for t in tag(text, DCT) if t.type == "TIME"]
    assert times and times[0].value == "2025-10-03T22:00" and times[0].anchor == "narrative"


def test_that_same_day_after_a_month_is_a_day_of_that_month():
    text = ("Three doctors were killed, most recently last October when a sniper struck. "
            "His name was crossed out that same day.")
    t = find(text, "that same day", D(2025, 11, 25))
    assert (t.value, t.anchor) == ("2025-10-XX", "narrative")
    assert text[t.anchor_start:t.anchor_end] == "last October"
    assert t.interval() == (D(2025, 10, 1), D(2025, 10, 31))


def test_that_day_after_a_day_and_then_a_month_mention_follows_the_latest():
    text = "The ship arrived on Nov. 16. The crew left the same day. In October, talks had failed."
    t = find(text, "the same day", D(2025, 11, 25))
    assert t.value == "2025-11-16"


def test_same_day_skips_a_background_month_and_since_ranges():
    # the month is background ("began in August"), later expressions come between, "since X" opens a range
    text = ("Trump said on Wednesday that he had authorized the CIA, in a campaign that began in August. "
            "Since September 2, strikes have killed 27 people. In a statement the same day, Caracas protested.")
    assert find(text, "the same day", D(2025, 10, 16)).value == "2025-10-15"


@pytest.mark.parametrize("text, expr, value, anchor_text", [
    # "a year earlier" right after a quarter or month counts from it, at its granularity (TimeBank style)
    ("Net income rose to $5 million in the third quarter from $3 million a year earlier.",
     "a year earlier", "2024-Q3", "the third quarter"),
    ("Sales in October rose 5% from a year earlier.", "a year earlier", "2024-10", "October"),
    ("In 1998, sales rose. A year later, they fell.", "A year later", "1999", "1998"),
])
def test_narrative_offsets_from_a_month_quarter_or_year(text, expr, value, anchor_text):
    t = find(text, expr, D(2025, 11, 25))
    assert (t.type, t.value, t.anchor) == ("DATE", value, "narrative")
    assert text[t.anchor_start:t.anchor_end] == anchor_text


def test_day_offsets_still_count_from_the_day_reference():
    text = "The ship arrived on Nov. 16. In 2024, it had been refitted. Eight days later, it left."
    # "2024" is the latest mention, but days cannot be counted from a year: the day reference is used
    assert find(text, "Eight days later", D(2025, 11, 25)).value == "2025-11-24"
