"""Wire-news sentences about 2025 events, written for this test (not taken from any corpus).

Each case: the article's DCT, a sentence or two, the expression as TimeML would mark it, and the
expected type/value (plus mod, anchor and interval() where they matter). Extents follow the house
conventions of tests/test_timex_dates.py: no leading "on"; "the" stays where TimeML keeps it
("the coming days", "the first week of December") and goes where the house drops it ("1970s",
"past three months"). `text=None` means the extent is not checked (a few forms whose extent the
house decides by context, e.g. "earlier this week" after a verb).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from tests.timex.timex_helpers import D, find
from timeline.timex import tag

ANY = object()

TUE = D(2025, 11, 25)   # Tuesday
JAN = D(2025, 1, 20)    # Monday
JUN = D(2025, 6, 10)    # Tuesday
DEC = D(2025, 12, 30)   # Tuesday
FEB = D(2025, 2, 25)    # Tuesday


@dataclass(frozen=True)
class Case:
    dct: dt.date
    sentence: str
    expr: str
    type: str
    value: object            # a str, or a tuple of acceptable values
    mod: object = ANY
    anchor: object = ANY
    anchor_text: object = ANY
    interval: object = ANY
    text: object = "same"    # "same" = must equal expr; None = unchecked

    def __str__(self) -> str:
        return f"{self.expr}@{self.dct}"


C = Case
CASES = [
    # --- absolute and partial dates, every common form
    C(TUE, "The ceasefire took hold on Nov. 16, officials said.", "Nov. 16", "DATE", "2025-11-16",
      anchor="publication"),
    C(TUE, "Chileans went to the polls on 16 November 2025 in a tense runoff.", "16 November 2025", "DATE",
      "2025-11-16", anchor="absolute"),
    C(TUE, "The filing, dated 11/16/2025, was made public by the court.", "11/16/2025", "DATE", "2025-11-16"),
    C(TUE, "The central bank statement, released 2025-11-16, kept rates on hold.", "2025-11-16", "DATE",
      "2025-11-16"),
    C(TUE, "The deadline passed on the 16th without a deal.", "the 16th", "DATE", "2025-11-16"),
    C(TUE, "Talks are due to resume in mid-December in Geneva.", "mid-December", "DATE", "2025-12", mod="MID"),
    # I wrote the extent "late 2024"; the house (like the dev set's "early <1997>") keeps early/late
    # outside a bare year and only sets the mod
    C(TUE, "Inflation peaked in late 2024 and has eased since.", "late 2024", "DATE", "2024", mod="END",
      text=None),
    C(TUE, "The summit is planned for the first week of December.", "the first week of December", "DATE",
      "2025-W49"),
    C(TUE, "Revenue rose 12% in Q3, the company said.", "Q3", "DATE", "2025-Q3"),
    # I first wrote TIMEX2's "FY2026"; the house values a fiscal year as its calendar year so that
    # interval() still gives the dashboard a bar, and the dev set has no fiscal year to say otherwise
    C(TUE, "The retailer expects profit to grow in fiscal 2026.", "fiscal 2026", "DATE", "2026"),
    C(TUE, "Exports fell in the third quarter, customs data showed.", "the third quarter", "DATE", "2025-Q3"),
    C(D(2025, 2, 5), "Shares hit a record high on Jan. 23 before sliding.", "Jan. 23", "DATE", "2025-01-23"),
    C(FEB, "Germans voted on Feb. 23 in a snap election.", "Feb. 23", "DATE", "2025-02-23"),
    # --- month (and month/day) without a year, resolved by tense
    C(JAN, "Prices fell sharply in October, the report showed.", "October", "DATE", "2024-10",
      anchor="publication"),
    C(JAN, "The new parliament will convene in March.", "March", "DATE", "2025-03"),
    C(TUE, "The fleet will return to port in March.", "March", "DATE", "2026-03"),
    C(JAN, "The storm struck on Dec. 28, killing four people.", "Dec. 28", "DATE", "2024-12-28"),
    C(DEC, "The new tariff takes effect on Jan. 1.", "Jan. 1", "DATE", "2026-01-01"),
    C(JUN, "The season ended in May with a title for Napoli.", "May", "DATE", "2025-05"),
    C(D(2025, 3, 3), "World Cup qualifiers resume in September.", "September", "DATE", "2025-09"),
    # --- weekdays with tense and this/last/next
    C(TUE, "Lawmakers approved the budget on Thursday.", "Thursday", "DATE", "2025-11-20"),
    C(TUE, "The central bank will announce its decision on Thursday.", "Thursday", "DATE", "2025-11-27"),
    C(TUE, "Police said this Sunday's march would go ahead.", "this Sunday", "DATE", "2025-11-30"),
    C(TUE, "The defence minister resigned last Wednesday.", "last Wednesday", "DATE", "2025-11-19"),
    C(TUE, "Negotiators will meet again next Tuesday.", "next Tuesday", "DATE", "2025-12-02"),
    C(JUN, "The final will be played on Saturday in Munich.", "Saturday", "DATE", "2025-06-14"),
    C(JUN, "She won the French Open title on Sunday.", "Sunday", "DATE", "2025-06-08"),
    # --- deictic days, parts of day, "ago"
    C(TUE, "Rebels attacked the town yesterday, residents said.", "yesterday", "DATE", "2025-11-24"),
    C(TUE, "The president will address the nation tonight.", "tonight", "TIME", "2025-11-25TNI"),
    C(TUE, "Markets in Tokyo opened lower this morning.", "this morning", "TIME", "2025-11-25TMO"),
    C(TUE, "The storm made landfall five days ago.", "five days ago", "DATE", "2025-11-20"),
    C(TUE, "The coalition collapsed three weeks ago.", "three weeks ago", "DATE", "2025-W45"),
    C(TUE, "The tanker was seized four months ago off Oman.", "four months ago", "DATE", "2025-07"),
    C(TUE, "The vote will take place two weeks from now.", "two weeks from now", "DATE", "2025-W50"),
    # --- earlier/later this month/year (mod), the past N months (DURATION)
    # extent unchecked: the house leaves "earlier" outside ("said earlier this week" -> "this week", mod START)
    C(TUE, "Earlier this year, the court struck down the law.", "Earlier this year", "DATE", "2025",
      mod="START", text=None),
    C(TUE, "The ministry will publish new figures later this month.", "later this month", "DATE", "2025-11",
      mod="END", text=None),
    C(TUE, "Prices have risen 8% over the past three months.", "past three months", "DURATION", "P3M"),
    # I wrote "past week"; the house keeps "the" when no number follows ("for the last week" -> "the last week")
    C(TUE, "The company said it had lost clients over the past week.", "the past week", "DURATION", "P1W"),
    C(TUE, "The loan must be repaid by the end of the month.", "the end of the month", "DATE", "2025-11",
      mod="END"),
    C(TUE, "The central bank may cut rates early next year.", "early next year", "DATE", "2026", mod="START"),
    # --- seasons, quarters, decades
    C(TUE, "The harvest failed last summer after a drought.", "last summer", "DATE", "2025-SU"),
    C(TUE, "Construction will begin in the spring.", "spring", "DATE", "2026-SP", text=None),
    C(TUE, "Heating costs are expected to soar this winter.", "this winter", "DATE", "2025-WI"),
    C(TUE, "GDP contracted in the second quarter.", "the second quarter", "DATE", "2025-Q2"),
    C(TUE, "Petrol has not been this dear since the 1970s.", "1970s", "DATE", "197"),
    # --- vague present/past/future references
    C(TUE, "The party now controls both chambers.", "now", "DATE", "PRESENT_REF"),
    C(TUE, "The company recently cut 500 jobs.", "recently", "DATE", "PAST_REF"),
    # I wrote DATE PAST_REF; the dev set marks "recent days" as DURATION PXD, so "recent weeks" is PXW
    C(TUE, "Attacks have intensified in recent weeks.", "recent weeks", "DURATION", "PXW"),
    C(TUE, "A decision is expected in the coming days.", "the coming days", "DATE", "FUTURE_REF",
      interval=(D(2025, 11, 26), D(2025, 12, 2))),
    C(TUE, "More troops will arrive in the coming weeks.", "the coming weeks", "DATE", "FUTURE_REF"),
    C(TUE, "The minister said talks would resume soon.", "soon", "DATE", "FUTURE_REF"),
    C(TUE, "Fuel shortages have worsened since September.", "September", "DATE", "2025-09",
      interval=(D(2025, 9, 1), TUE)),
    # --- numbers in words
    C(TUE, "The blackout lasted twenty-four hours.", "twenty-four hours", "DURATION", "PT24H"),
    C(TUE, "He spent a couple of years in exile in Spain.", "a couple of years", "DURATION", "P2Y"),
    C(TUE, "The dockworkers' strike lasted eight days.", "eight days", "DURATION", "P8D"),
    C(TUE, "The river has not flooded like this in a dozen years.", "a dozen years", "DURATION", "P12Y"),
    C(TUE, "Rescuers searched the rubble for forty-eight hours.", "forty-eight hours", "DURATION", "PT48H"),
    # --- narrative anchoring, across sentences
    C(TUE, "The hurricane made landfall on Oct. 28. Two days earlier, officials had ordered evacuations.",
      "Two days earlier", "DATE", "2025-10-26", anchor="narrative", anchor_text="Oct. 28"),
    C(TUE, "The first round was held on Nov. 2. Two weeks later, voters returned to the polls.",
      "Two weeks later", "DATE", "2025-11-16", anchor="narrative", anchor_text="Nov. 2"),
    C(TUE, "The mayor was arrested on Sept. 12. The next day, protesters filled the streets.",
      "The next day", "DATE", "2025-09-13", anchor="narrative", anchor_text="Sept. 12"),
    C(TUE, "The accord was signed on June 5. The day before, rebels shelled the capital.",
      "The day before", "DATE", "2025-06-04", anchor="narrative", anchor_text="June 5"),
    C(TUE, "The storm hit Jamaica on Oct. 28. The same day, airports in Cuba closed.",
      "The same day", "DATE", "2025-10-28", anchor="narrative", anchor_text="Oct. 28"),
    C(TUE, "Parliament passed the bill on March 4, 2025. Three days after, the president vetoed it.",
      "Three days after", "DATE", "2025-03-07", anchor="narrative", anchor_text="March 4, 2025"),
    C(TUE, "Talks opened in Doha on Nov. 10. That week, oil prices fell 4%.",
      "That week", "DATE", "2025-W46", anchor="narrative", anchor_text="Nov. 10"),
    C(TUE, "The airline filed for bankruptcy on July 1. Ten days prior, its chief executive resigned.",
      "Ten days prior", "DATE", "2025-06-21", anchor="narrative", anchor_text="July 1"),
    C(TUE, "The polls closed on Sunday. The following day, the electoral board declared a winner.",
      "The following day", "DATE", "2025-11-24", anchor="narrative", anchor_text="Sunday"),
    C(TUE, "Protests began on Aug. 3. That day, police detained 40 people.",
      "That day", "DATE", "2025-08-03", anchor="narrative", anchor_text="Aug. 3"),
    # --- sets
    C(TUE, "Inspectors visit the plant twice a month.", "twice a month", "SET", "P1M"),
    C(TUE, "The ministry publishes casualty figures daily.", "daily", "SET", "P1D"),
    C(TUE, "Protesters have gathered each Sunday since March.", "each Sunday", "SET", "XXXX-WXX-7"),
    C(TUE, "Protesters have gathered each Sunday since March.", "March", "DATE", "2025-03"),
    C(TUE, "Ferries will run every week from January.", "every week", "SET", "P1W"),
    # --- clock times
    C(TUE, "Polling stations close at 8 p.m., the commission said.", "8 p.m.", "TIME", "2025-11-25T20:00"),
    C(TUE, "The quake struck shortly after midnight, officials said.", "midnight", "TIME",
      ("2025-11-24T24:00", "2025-11-25T00:00"), text=None),
    C(TUE, "The statement was issued at 3:30 p.m. ET on Friday.", "3:30 p.m.", "TIME", "2025-11-21T15:30",
      text=None),
    C(TUE, "Trading was halted at 10:15 a.m. Wednesday.", "10:15 a.m. Wednesday", "TIME", "2025-11-19T10:15"),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_news_2025(case: Case):
    t = find(case.sentence, case.expr, case.dct)
    values = case.value if isinstance(case.value, tuple) else (case.value,)
    got = (t.text, t.type, t.value)
    assert t.type == case.type and t.value in values, got
    if case.text == "same":
        assert t.text == case.expr, got
    if case.mod is not ANY:
        assert t.mod == case.mod, (got, t.mod)
    if case.anchor is not ANY:
        assert t.anchor == case.anchor, (got, t.anchor)
    if case.anchor_text is not ANY:
        assert case.sentence[t.anchor_start:t.anchor_end] == case.anchor_text
    if case.interval is not ANY:
        assert t.interval() == case.interval


def test_there_are_enough_cases():
    assert len({(c.sentence, c.expr) for c in CASES}) >= 60


@pytest.mark.parametrize("text", [
    "He became the 16th president of the republic.",
    "It was the 3rd time the court ruled so.",
    "Troops of the 82nd Airborne Division landed.",
])
def test_an_ordinal_that_is_a_rank_is_not_a_day(text):
    assert [t.text for t in tag(text, TUE)] == []


@pytest.mark.parametrize("text, expr, value", [
    ("Talks end on the 3rd of next month, they said.", "the 3rd of next month", "2025-12-03"),
    ("Talks end on the 3rd, officials say.", "the 3rd", "2025-12-03"),  # present: the nearer 3rd
    ("The deal was struck on the 30th.", "the 30th", "2025-10-30"),               # past: the last 30th
    ("Sales fell in the last week of October.", "the last week of October", "2025-W44"),
    ("Shares jumped in Q1 2025.", "Q1 2025", "2025-Q1"),
    ("Markets close early on Fridays, traders said.", "Fridays", "XXXX-WXX-5"),
    ("Crowds gather every Sunday night.", "every Sunday night", "XXXX-WXX-7TNI"),
])
def test_new_classes(text, expr, value):
    t = find(text, expr, TUE)
    assert (t.text, t.value) == (expr, value)


@pytest.mark.parametrize("text, expr, value", [
    # a scheduled present leans to the coming month on a near tie (DCT early March: Sept is ~6 months either way)
    ("The trial begins in September, the court said.", "September", "2025-09"),
    ("Talks resume in September.", "September", "2025-09"),
    ("Talks will resume in September.", "September", "2025-09"),
    # ... but a plain present (perfect) does not, nor a noun "the end"
    ("Police have searched for him since the Sept. 5 attack.", "Sept. 5", "2024-09-05"),
    ("Rebels called for the end of the siege in September.", "September", "2024-09"),
])
def test_scheduled_present_on_a_near_tie(text, expr, value):
    assert find(text, expr, D(2025, 3, 3)).value == value


@pytest.mark.parametrize("text, expr, typ, value", [
    # found while tagging pasted wire paragraphs with `python -m timeline tag`
    ("Shoppers spent a record on Black Friday.", "Black Friday", "DATE", "2025-11-28"),
    ("Retailers extend deals through Cyber Monday.", "Cyber Monday", "DATE", "2025-12-01"),
    ("Juneteenth 2025 fell on a Thursday.", "Juneteenth 2025", "DATE", "2025-06-19"),
    ("Council members meet every other Thursday.", "every other Thursday", "SET", "XXXX-WXX-4"),
    ("Nvidia announces results after the bell on Wednesday.", "Wednesday", "DATE", "2025-11-26"),
])
def test_found_on_pasted_paragraphs(text, expr, typ, value):
    t = find(text, expr, TUE)
    assert (t.text, t.type, t.value) == (expr, typ, value)


@pytest.mark.parametrize("text, found", [
    ("The Bank of England meets Dec. 17-18 to set rates.", [("Dec. 17", "2025-12-17"), ("18", "2025-12-18")]),
    ("Talks ran Nov. 10 to 14 in Belem.", [("Nov. 10", "2025-11-10"), ("14", "2025-11-14")]),
    ("It runs Dec. 17\u201318 in Paris.", [("Dec. 17", "2025-12-17"), ("18", "2025-12-18")]),
    # not a range: the second number is smaller, or counts a noun
    ("On Nov. 10-3 fleets sailed.", [("Nov. 10", "2025-11-10")]),
    ("On Nov. 10-12 people died.", [("Nov. 10", "2025-11-10")]),
])
def test_day_ranges_give_both_days(text, found):
    assert [(t.text, t.value) for t in tag(text, TUE)] == found


def test_a_coarse_ago_is_the_reference_for_a_later_offset():
    text = "Twenty years ago, Chavez expelled the DEA; a dozen years later, Maduro inherited a shrinking industry."
    t = find(text, "a dozen years later", TUE)
    assert (t.value, t.anchor) == ("2017", "narrative")
    assert text[t.anchor_start:t.anchor_end] == "Twenty years ago"


@pytest.mark.parametrize("text, expr, typ, value", [
    ("Within a fortnight, two more boats were destroyed.", "a fortnight", "DURATION", "P2W"),
    ("The ship left a fortnight ago.", "a fortnight ago", "DATE", "2025-11-11"),
    # I expected "the night of Oct. 23" as one TIME; the dev set tags only "Oct. 23" (a DATE), so the house does
    ("He was shot on the night of Oct. 23 at home.", "Oct. 23", "DATE", "2025-10-23"),
])
def test_fortnight_and_part_of_a_dated_day(text, expr, typ, value):
    t = find(text, expr, TUE)
    assert (t.text, t.type, t.value) == (expr, typ, value)


@pytest.mark.parametrize("text, expr, value", [
    # what something has done "since" began at or before the DCT: never the coming date, however near
    ("Trump has signed orders since Jan. 20.", "Jan. 20", "2025-01-20"),
    ("He has been in custody since Dec. 3.", "Dec. 3", "2024-12-03"),
    ("Talks have stalled since Friday.", "Friday", "2025-11-21"),
    ("Prices have fallen since December.", "December", "2024-12"),
    ("Since taking office on Jan. 20, Trump has signed dozens of orders.", "Jan. 20", "2025-01-20"),
])
def test_since_never_starts_in_the_future(text, expr, value):
    assert find(text, expr, TUE).value == value


@pytest.mark.parametrize("text, expr, typ, value, mod", [
    ("Talks collapsed this past Sunday.", "this past Sunday", "DATE", "2025-11-23", None),
    ("Sales rose this past October.", "this past October", "DATE", "2025-10", None),
    ("The blast hit on Nov. 3. The week before, troops had massed.", "The week before", "DATE", "2025-W44", None),
    ("Output recovered in the second half of the year.", "the second half of the year", "DATE", "2025-H2", None),
    ("Growth will slow in the first half of next year.", "the first half of next year", "DATE", "2026-H1", None),
    ("The index hit a high at end-2024.", "end-2024", "DATE", "2024", "END"),
    # a clock time takes the weekday written after it, past its zone or "local time"
    ("The attack occurred at 2:15 a.m. local time on Sunday.", "2:15 a.m", "TIME", "2025-11-23T02:15", None),
    ("Polls close at 8 p.m. (01:00 GMT) on Monday.", "8 p.m.", "TIME", "2025-11-24T20:00", None),
])
def test_second_batch_of_pasted_forms(text, expr, typ, value, mod):
    t = find(text, expr, TUE)
    assert (t.text, t.type, t.value, t.mod) == (expr, typ, value, mod)


def test_first_half_of_a_match_is_not_a_date():
    assert tag("Arsenal led 1-0 in the first half.", TUE) == []


@pytest.mark.parametrize("dct, text, expr, value", [
    # a quarter not begun yet is last year's unless the clause looks ahead
    (JAN, "The company reports fourth-quarter results on Jan. 29.", "fourth-quarter", "2024-Q4"),
    (JAN, "Third-quarter profit rose 5%.", "Third-quarter", "2024-Q3"),
    (JAN, "Sales fell in the fourth quarter.", "the fourth quarter", "2024-Q4"),
    (JAN, "Growth will pick up in the third quarter.", "the third quarter", "2025-Q3"),
    (TUE, "Third-quarter growth beat forecasts.", "Third-quarter", "2025-Q3"),
])
def test_quarters_as_adjectives_and_their_year(dct, text, expr, value):
    t = find(text, expr, dct)
    assert (t.text, t.value) == (expr, value)


def test_quarter_over_quarter_is_no_date():
    assert tag("Revenue rose in the first quarter-over-quarter comparison.", TUE) == []


@pytest.mark.parametrize("text, found", [
    # the end of a weekday range is the first such day after its start
    ("Talks run from Monday to Wednesday.", [("Monday", "2025-11-24"), ("Wednesday", "2025-11-26")]),
    ("Talks will run Monday through Friday.", [("Monday", "2025-12-01"), ("Friday", "2025-12-05")]),
    ("The festival is held the weekend of Nov. 15 in Lima.", [("the weekend of Nov. 15", "2025-W46-WE")]),
])
def test_weekday_ranges_and_a_dated_weekend(text, found):
    assert [(t.text, t.value) for t in tag(text, TUE)] == found


@pytest.mark.parametrize("text, expr, typ, value", [
    # an amount before "a year"/"a day" makes a rate: TimeML SET
    ("The country exports $5 billion a year.", "a year", "SET", "P1Y"),
    ("Output stands at 3.5 million barrels a day.", "a day", "SET", "P1D"),
    ("The 12 ships spent a week at sea.", "a week", "DURATION", "P1W"),
    ("He was jailed for 2 years a day after the vote.", "a day", "DURATION", "P1D"),
])
def test_rates_are_sets(text, expr, typ, value):
    t = find(text, expr, TUE)
    assert (t.text, t.type, t.value) == (expr, typ, value)


@pytest.mark.parametrize("text, expr, value", [
    # a past verb right before a month/day outweighs nearness: last January, not the coming one
    ("The new tariff took effect on Jan. 10, officials said.", "Jan. 10", "2025-01-10"),
    ("He was sworn in on Jan. 20.", "Jan. 20", "2025-01-20"),
    # ... but not when an infinitive or modal stands between, or the date is only days ahead
    ("The tariff will take effect on Jan. 10.", "Jan. 10", "2026-01-10"),
    ("The law, passed on Dec. 3, was praised.", "Dec. 3", "2025-12-03"),
    # a deadline with "must" or "ordered them to" looks ahead
    ("The government must respond by Friday.", "Friday", "2025-11-28"),
    ("The president ordered them to withdraw by Friday.", "Friday", "2025-11-28"),
    # "must be returned" stays open: the sentence's other verb decides
    ("The court had ruled that the boy must be returned and set Friday as the deadline.", "Friday", "2025-11-21"),
])
def test_governing_verb_tense(text, expr, value):
    assert find(text, expr, TUE).value == value


@pytest.mark.parametrize("text, expr, value, mod", [
    ("The deal must be signed by end-March.", "end-March", "2026-03", "END"),
    ("First-half profit rose 5%.", "First-half", "2025-H1", None),
    ("In H1 2025 exports rose.", "H1 2025", "2025-H1", None),
    ("Net profit fell from the year-earlier period.", "the year-earlier period", "2024", None),
    ("At the start of the month, prices jumped.", "the start of the month", "2025-11", "START"),
    ("Second-half sales fell.", "Second-half", "2024-H2", None),   # written in June: last year's half
])
def test_business_forms(text, expr, value, mod):
    t = find(text, expr, JUN if expr == "Second-half" else TUE)
    assert (t.value, t.mod) == (value, mod)


def test_end_before_a_full_date_is_the_verb():
    assert [(t.text, t.mod) for t in tag("The talks will end March 31.", TUE)] == [("March 31", None)]


@pytest.mark.parametrize("text, expr, typ, value", [
    ("Tariffs are cut in stages every January.", "every January", "SET", "XXXX-01"),
    ("A storm like this arrives every winter.", "every winter", "SET", "XXXX-WI"),
    ("Talks will resume in two weeks' time.", "two weeks' time", "DATE", "2025-W50"),
    ("Revenue in the latest quarter slipped 4%.", "the latest quarter", "DATE", "2025-Q3"),
    ("Crowds gathered over the Labor Day weekend.", "Labor Day weekend", "DATE", "2025-W35-WE"),
    ("Shops closed for the Easter weekend.", "Easter weekend", "DATE", "2025-W16-WE"),
])
def test_sets_and_named_periods(text, expr, typ, value):
    t = find(text, expr, TUE)
    assert (t.type, t.value) == (typ, value)


@pytest.mark.parametrize("text, absent", [
    ("The Fed cut its rate by a quarter percentage point.", "a quarter"),
    ("Sentencing was delayed twice, most recently on Sept. 12.", "recently"),
    ("Rates rose as recently as December.", "recently"),
])
def test_not_time_expressions(text, absent):
    assert absent not in [t.text for t in tag(text, TUE)]


def test_earlier_than_is_a_duration_not_an_anchored_date():
    t = find("Runoff ends on Aug. 1, two months earlier than planned.", "two months", TUE)
    assert (t.type, t.value) == ("DURATION", "P2M")


def test_comparison_with_a_year_earlier_does_not_move_the_story():
    text = ("Net income in the third quarter fell to $41 million from $59 million a year earlier. "
            "Revenue slipped 4% from the year-earlier quarter.")
    found = {t.text: t.value for t in tag(text, D(1989, 10, 24))}
    assert found["a year earlier"] == "1988-Q3"
    assert found["the year-earlier quarter"] == "1988-Q3"


def test_past_clock_time_does_not_take_a_future_reference_day():
    text = ("Restrictions will remain in place until at least April 30. "
            "The figures covered the 24 hours to 8 a.m., officials said.")
    assert find(text, "8 a.m", D(2020, 4, 8)).value == "2020-04-08T08:00"


def test_future_clause_takes_the_coming_month_after_new_year():
    jan3 = D(2026, 1, 3)
    assert find("Elections will be held in December.", "December", jan3).value == "2026-12"
    assert find("The strike in December killed three people.", "December", jan3).value == "2025-12"


def test_bare_weekday_falls_in_the_week_just_named():
    dec31 = D(2023, 12, 31)
    text = "Forecasters expect colder weather next week, with snow on high ground from Wednesday."
    assert find(text, "Wednesday", dec31).value == "2024-01-03"
    # ... unless its own clause's tense puts it on the other side of the DCT
    text = "Delegations will return to Geneva next week, the envoy said on Friday."
    assert find(text, "Friday", dec31).value == "2023-12-29"


@pytest.mark.parametrize("text, expr, value", [
    ("It was a soggy start to summer.", "summer", "2025-SU"),
    ("Ahead of winter, fuel ran short.", "winter", "2025-WI"),
    ("Strikes hit the port overnight, officials said.", "overnight", "2025-11-24TNI"),
])
def test_season_nouns_and_overnight(text, expr, value):
    assert find(text, expr, TUE).value == value


@pytest.mark.parametrize("text", [
    "Prices are expected to fall.", "The overnight rate rose.", "Change does not happen overnight.",
])
def test_verbs_and_adjectives_are_not_times(text):
    assert tag(text, TUE) == []


@pytest.mark.parametrize("text, expr, dct, value", [
    # an -ed word after a determiner or possessive is an adjective, not a past verb
    ("Buses would run a reduced schedule Monday.", "Monday", D(2016, 1, 3), "2016-01-04"),
    ("Investors turn to growth figures due Thursday and the Fed's preferred inflation gauge on Friday.",
     "Friday", D(2022, 9, 27), "2022-09-30"),
    # an object-control verb looks ahead past its object
    ("The authority asked airlines to cancel flights on Sunday.", "Sunday", D(2023, 6, 15), "2023-06-18"),
    # an expression before "agreed to" dates the agreeing
    ("In October a retired judge agreed to mediate.", "October", D(2020, 1, 2), "2019-10"),
    # sports and schedules in the present
    ("Castleford play again Tuesday at Lowfield.", "Tuesday", D(2015, 3, 14), "2015-03-17"),
    ("The hearing resumes Monday, the judge said.", "Monday", D(2024, 2, 29), "2024-03-04"),
    ("As much as 40 centimetres of snow could fall before Monday evening.", "Monday evening",
     D(2016, 1, 3), "2016-01-04TEV"),
])
def test_tense_cues_in_wire_copy(text, expr, dct, value):
    assert find(text, expr, dct).value == value


def test_clock_times_in_a_live_blog_and_in_future_clauses_are_on_the_dct():
    text = ("Storm Orla formed on Monday and has dropped heavy rain.\n\n"
            "The center will issue its next full advisory at 11 p.m.\n\n"
            "11:05 a.m. _ In an address recorded on Thursday, the minister spoke.\n\n"
            "noon _ Rail operators said trains would run normally.")
    dct = D(2019, 10, 31)
    v = {t.text.rstrip("."): t.value for t in tag(text, dct)}
    assert v["11 p.m"] == "2019-10-31T23:00"
    assert v["noon"] == "2019-10-31T12:00"
    # a clock time in a past clause after a day named in the same story stays on that day
    text = "The bomb went off on Friday. The blast occurred at about 10:35 a.m. (0735 GMT) Friday."
    assert find(text, "10:35 a.m.", D(1998, 8, 8)).value == "1998-08-07T10:35"


def test_midnight_in_a_past_clause_is_the_start_of_the_day():
    t = find("Scuffles broke out shortly after midnight, police said.", "midnight", D(2022, 1, 1))
    assert t.value == "2022-01-01T00:00"
    t = find("The ceasefire expires at midnight.", "midnight", D(2022, 1, 1))
    assert t.value == "2022-01-01T24:00"


def test_a_month_after_a_sentence_end_is_not_read_as_a_day():
    text = "He was released from prison in September.\n\n6 p.m. _ The mayor spoke."
    assert find(text, "September", D(2026, 11, 21)).value == "2026-09"
    assert find("He was shot last Oct. 23 at home.", "Oct. 23", D(1999, 4, 19)).value == "1998-10-23"


@pytest.mark.parametrize("text, expr, dct, typ, value", [
    ("1120 GMT _ Investors are waiting for data.", "1120 GMT", D(2018, 5, 7), "TIME", "2018-05-07T11:20"),
    ("Clashes began at 1915 GMT.", "1915 GMT", D(2018, 5, 7), "TIME", "2018-05-07T19:15"),
    ("Investors await data due Thursday. Futures point to a firmer open at 9:30 a.m. EDT.",
     "9:30 a.m. EDT", D(2018, 5, 7), "TIME", "2018-05-07T09:30"),
    ("Tickets go on sale at noon Tuesday.", "noon Tuesday", D(2020, 8, 23), "TIME", "2020-08-25T12:00"),
    ("The court sits four days a week.", "four days a week", TUE, "SET", "P1W"),
    ("Drones were launched overnight, beginning shortly after 1 a.m., the army said.", "1 a.m.",
     D(2024, 12, 31), "TIME", "2024-12-31T01:00"),
    ("The second half was much stronger than anyone expected.", "The second half", D(1997, 2, 12),
     "DATE", "1996-H2"),
])
def test_wire_brief_forms(text, expr, dct, typ, value):
    t = find(text, expr, dct)
    assert (t.type, t.value) == (typ, value)


@pytest.mark.parametrize("text", [
    "Messi scored twice in the second half.",
    "The blast occurred at 10:35 a.m. (0735 GMT).",
])
def test_sport_halves_and_parenthetical_gmt_are_not_tagged(text):
    assert not any(t.text in ("the second half", "0735 GMT") for t in tag(text, TUE))


def test_a_year_ago_in_a_quarterly_comparison_is_that_quarter_a_year_before():
    text = ("Third-quarter profit rose to $41 million, up from $29 million a year ago. "
            "Two years ago the firm was sold.")
    v = {t.text: t.value for t in tag(text, D(1989, 10, 24))}
    assert v["a year ago"] == "1988-Q3"
    assert v["Two years ago"] == "1987"   # not a comparison: counted from the DCT


@pytest.mark.parametrize("text, dct, expected", [
    ("The court set a hearing for 9:30 a.m. Dec. 3.", D(2019, 10, 31), [("9:30 a.m. Dec. 3", "2019-12-03T09:30")]),
    ("The vote is Dec. 3 at 9 a.m. EST.", D(2019, 10, 31), [("Dec. 3 at 9 a.m. EST", "2019-12-03T09:00")]),
    ("The last train runs on Jan. 8. A farewell is held at 10 a.m. that day.", D(2005, 1, 1),
     [("Jan. 8", "2005-01-08"), ("10 a.m. that day", "2005-01-08T10:00")]),
    ("Both sides agreed to a halt beginning at midnight Tuesday.", D(2021, 3, 8),
     [("midnight Tuesday", "2021-03-09T00:00")]),
    ("Growth slowed in the April-June quarter.", D(2023, 9, 23), [("the April-June quarter", "2023-Q2")]),
    ("The weather service issued a red warning for Monday and Tuesday.", D(2022, 7, 17),
     [("Monday", "2022-07-18"), ("Tuesday", "2022-07-19")]),
    ("A memorial planned at the university for Saturday was cancelled.", D(1999, 10, 24),
     [("Saturday", "1999-10-23")]),
    ("Supporters planned a rally downtown this weekend.", D(2012, 2, 29), [("this weekend", "2012-W09-WE")]),
    ("Policymakers saw no urgency to move before March.", D(2026, 1, 2), [("March", "2026-03")]),
    ("He told reservists to report to their units by Saturday.", D(2025, 8, 20), [("Saturday", "2025-08-23")]),
    ("It faces a deficit in fiscal 1994, which begins July 1.", D(1992, 11, 4),
     [("fiscal 1994", "1994"), ("July 1", "1993-07-01")]),
    ("Rain delayed the start of play Sunday morning.", D(1995, 4, 10), [("Sunday morning", "1995-04-09TMO")]),
])
def test_final_set_classes(text, dct, expected):
    assert [(t.text, t.value) for t in tag(text, dct)] == expected


def test_narrative_steps_of_years_after_a_month_are_years_but_comparisons_keep_the_month():
    text = "Border clashes in April 2016 killed 40 soldiers. Two years later, the sides agreed to talks."
    assert find(text, "Two years later", D(2021, 3, 8)).value == "2018"
    text = "Orders in November were 31 percent below their level of a year earlier."
    assert find(text, "a year earlier", D(2008, 12, 18)).value == "2007-11"


def test_a_duration_between_does_not_hide_the_year_just_named():
    text = ("In 1952 he built an apparatus that held a sample cold for more than 40 hours. "
            "He was knighted six years later.")
    assert find(text, "six years later", D(2001, 12, 30)).value == "1958"


@pytest.mark.parametrize("text, dct, expected", [
    ("Reconstruction could take years.", D(2020, 12, 31), [("years", "PXY")]),
    ("Diplomats expect the standoff to last months.", D(2011, 1, 4), [("months", "PXM")]),
    ("In the decades that followed she covered four wars.", D(2023, 7, 28), [("decades", "PXY")]),
    ("He spent the last months of his life in Paris.", D(2019, 1, 7), []),
    ("He joined on Jan. 1, 1944, 61 years ago today.", D(2005, 1, 1),
     [("Jan. 1, 1944", "1944-01-01"), ("61 years ago today", "1944-01-01")]),
    ("It earned $41 million in the quarter ended Sept. 30, down from $50 million a year earlier.",
     D(1989, 10, 19), [("quarter", "1989-Q3"), ("Sept. 30", "1989-09-30"), ("a year earlier", "1988-Q3")]),
    ("Relations soured after 2017, when term limits were lifted. A year earlier, talks opened.",
     D(2019, 1, 7), [("2017", "2017"), ("A year earlier", "2016")]),
    ("Relations have soured since 2017, when term limits were lifted. A year earlier, talks opened.",
     D(2019, 1, 7), [("2017", "2017"), ("A year earlier", "2016")]),
    ("Overnight police arrested 14. 9:30 a.m. _ Flood warnings remain.", D(2022, 1, 1),
     [("Overnight", "2021-12-31TNI"), ("9:30 a.m.", "2022-01-01T09:30")]),
])
def test_vague_durations_anniversaries_and_period_ends(text, dct, expected):
    assert [(t.text, t.value) for t in tag(text, dct)] == expected


@pytest.mark.parametrize("text, dct, expected", [
    # quarters at a year boundary: nearest, with the clause's tense; a modifier quarter has figures already
    ("The first estimate of fourth-quarter growth is due Jan. 27.", D(1989, 1, 3),
     [("fourth-quarter", "1988-Q4"), ("Jan. 27", "1989-01-27")]),
    ("Analysts expect earnings to fall in the first quarter.", D(2015, 12, 31), [("the first quarter", "2016-Q1")]),
    ("Profit rose in the first quarter.", D(1989, 10, 24), [("the first quarter", "1989-Q1")]),
    # months and days of a year named earlier in the sentence
    ("It carried out two tests last year, in January and September.", D(2017, 1, 1),
     [("last year", "2016"), ("January", "2016-01"), ("September", "2016-09")]),
    # a data month before a noun is a period already measured, whatever the verb's tense
    ("The department will release its December jobs report next Friday.", D(2020, 1, 3),
     [("December", "2019-12"), ("next Friday", "2020-01-10")]),
    # planned then, not ahead now
    ("A final agreement was due to be signed on April 1 but was postponed.", D(2023, 4, 17),
     [("April 1", "2023-04-01")]),
    # a deadline given in the present perfect
    ("The agency has given the relatives until 9 a.m. Tuesday to sign.", D(2000, 4, 3),
     [("9 a.m. Tuesday", "2000-04-04T09:00")]),
    ("The military has carried out 20 strikes, including one on Friday night.", D(2025, 12, 30),
     [("Friday night", "2025-12-26TNI")]),
    ("The old contract expired at midnight Feb. 4.", D(1991, 3, 8), [("midnight Feb. 4", "1991-02-04T24:00")]),
    ("Workers voted Thursday to return to work Monday.", D(1991, 3, 8),
     [("Thursday", "1991-03-07"), ("Monday", "1991-03-11")]),
    ("The governor told state workers to stay home Monday.", D(1993, 1, 3), [("Monday", "1993-01-04")]),
    ("The Pentagon ordered the carrier to the Caribbean on Friday.", D(2025, 10, 25), [("Friday", "2025-10-24")]),
    ("A judge set a March 4 trial date.", D(2023, 12, 27), [("March 4", "2024-03-04")]),
])
def test_second_final_set_classes(text, dct, expected):
    assert [(t.text, t.value) for t in tag(text, dct)] == expected


@pytest.mark.parametrize("text, dct, expected", [
    # no quarter named before "in the quarter": the last one that has ended (issue 12)
    ("Sales in the quarter climbed after third-quarter profit rose.", D(1988, 10, 19),
     [("quarter", "1988-Q3"), ("third-quarter", "1988-Q3")]),
    ("Third-quarter profit rose. Sales in the quarter climbed 9%.", D(1988, 10, 19),
     [("Third-quarter", "1988-Q3"), ("quarter", "1988-Q3")]),
    ("It has paid a dividend each quarter for a quarter-century.", D(1994, 11, 15),
     [("each quarter", "P3M"), ("a quarter-century", "P25Y")]),
    ("Protests are held every weekend.", D(2020, 8, 16), [("every weekend", "XXXX-WXX-WE")]),
    ("The stock plunged in the crash a year ago today.", D(1988, 10, 19), [("a year ago today", "1987-10-19")]),
    ("Orders have slowed since midsummer.", D(1988, 10, 19), [("midsummer", "1988-SU")]),
])
def test_anaphoric_quarter_sets_and_named_days(text, dct, expected):
    assert [(t.text, t.value) for t in tag(text, dct)] == expected


def test_an_event_date_or_a_comparison_does_not_become_the_reference_day():
    text = ("Thousands marched on Sunday as anger grew over the Aug. 9 presidential election.\n\n"
            "By 7 p.m., the crowd filled the avenue.")
    assert find(text, "7 p.m.", D(2020, 8, 16)).value == "2020-08-16T19:00"
    text = ("Net income was $214 million, compared with a loss in the three months ended Jan. 31, 2023. "
            "The chief executive spoke on a call that began at 5 p.m. EST.")
    assert find(text, "5 p.m. EST", D(2024, 2, 29)).value == "2024-02-29T17:00"


def test_governing_verb_sees_its_auxiliary_and_passive_orders_do_not_look_ahead():
    text = "It has announced a presidential election for February 24."
    assert find(text, "February 24", D(2019, 1, 7)).value == "2019-02-24"
    text = "Residents had been told to leave on Sunday."
    assert find(text, "Sunday", D(2011, 3, 15)).value == "2011-03-13"
    text = "Protesters were planning to drive around the airport on Monday."
    assert find(text, "Monday", D(2000, 1, 7)).value == "2000-01-10"


@pytest.mark.parametrize("text, dct, expected", [
    ("Officials reported 412 cases last week, up from 287 the previous week.", D(2016, 2, 18),
     [("last week", "2016-W06"), ("the previous week", "2016-W05")]),
    ("Rail services remain suspended until Monday.", D(2019, 12, 27), [("Monday", "2019-12-30")]),
    ("Schools will stay closed until Thursday.", D(2010, 1, 5), [("Thursday", "2010-01-07")]),
    ("Automatic cuts take effect Oct. 15 if the budget misses.", D(1990, 1, 2), [("Oct. 15", "1990-10-15")]),
    ("2025 will end as the warmest year, with temperatures between January and November high.",
     D(2025, 12, 29), [("2025", "2025"), ("January", "2025-01"), ("November", "2025-11")]),
    ("2019 is on course to be the warmest year, with a high of 38.2 C set on July 25.", D(2019, 12, 27),
     [("2019", "2019"), ("July 25", "2019-07-25")]),
    ("The deadliest heatwave, in 2003, killed 70,000 people, most of them in August.", D(2022, 7, 17),
     [("2003", "2003"), ("August", "2003-08")]),
    ("It recorded four cases last year, its first since 2014, and the latest was confirmed in late January.",
     D(2023, 3, 21), [("last year", "2022"), ("2014", "2014"), ("late January", "2023-01")]),
    ("La Nina should fade during the first quarter of next year.", D(2025, 12, 29),
     [("the first quarter of next year", "2026-Q1")]),
    ("The museum opens on weekends.", D(2018, 8, 4), [("weekends", "XXXX-WXX-WE")]),
    ("Markets will reopen after the new year.", D(1991, 12, 31), [("the new year", "1992")]),
])
def test_third_final_set_classes(text, dct, expected):
    assert [(t.text, t.value) for t in tag(text, dct)] == expected


@pytest.mark.parametrize("text", [
    "Interest payments that fall due every six months.",
    "The parliament will debate the future of Lithuania.",
])
def test_that_fall_and_the_future_of_are_not_times(text):
    assert not any(t.text.lower() in ("that fall", "the future", "future") for t in tag(text, D(1990, 3, 16)))


def test_the_quarter_is_the_last_quarter_named_or_the_last_one_ended():
    text = ("The company said third-quarter profit fell 23%, as oil rose in August. It earned $88 million in "
            "the quarter, down from $114 million a year earlier. It will report fourth-quarter results in "
            "January. A rival said its profit for the quarter doubled.")
    v = [(t.text, t.value) for t in tag(text, D(1990, 10, 24)) if "quarter" in t.text or "year" in t.text]
    assert v == [("third-quarter", "1990-Q3"), ("quarter", "1990-Q3"), ("a year earlier", "1989-Q3"),
                 ("fourth-quarter", "1990-Q4"), ("quarter", "1990-Q3")]


def test_a_date_in_a_relative_clause_does_not_open_a_history_passage():
    text = "Gorbachev, who took power in March 1985, tried to reform it. The failed coup in August ended that."
    assert find(text, "August", D(1991, 12, 31)).value == "1991-08"


def test_a_dated_chronology_list_is_read_as_past_events():
    text = ("Key events in the standoff since March:\n\n"
            "March 3 \u2014 Two coast guard vessels shadow a survey ship.\n\n"
            "April 22 \u2014 A trawler sinks after a collision at 5:40 a.m.\n\n"
            "Dec. 8 \u2014 Talks resume.")
    v = [(t.text, t.value) for t in tag(text, D(2025, 12, 30))]
    assert v == [("March", "2025-03"), ("March 3", "2025-03-03"), ("April 22", "2025-04-22"),
                 ("5:40 a.m", "2025-04-22T05:40"), ("Dec. 8", "2025-12-08")]


def test_report_dates_and_relative_clauses_do_not_move_the_story_day():
    text = ("A quake struck at 3:34 a.m. Saturday.\n\nThe government said late Monday the toll had risen. "
            "Looting broke out the following day.")
    assert find(text, "the following day", D(2010, 3, 2)).value == "2010-02-28"
    text = ("Eleven aid workers were flown to Doha on Tuesday, completing a release that began on New Year's Eve. "
            "Their plane landed at 10:30 a.m.")
    assert find(text, "10:30 a.m", D(2023, 1, 4)).value == "2023-01-03T10:30"


@pytest.mark.parametrize("text, dct, expr, value", [
    ("The government gave rebels until midnight Sunday to lay down their weapons.", D(2022, 10, 7),
     "midnight Sunday", "2022-10-09T24:00"),
    ("The commission published the calendar for the Oct. 15 general elections.", D(2014, 7, 9),
     "Oct. 15", "2014-10-15"),
])
def test_deadlines_given_and_event_dates_named(text, dct, expr, value):
    assert find(text, expr, dct).value == value


@pytest.mark.parametrize("text, dct, expr, value", [
    ("The authorities have announced a curfew from 10 p.m. Monday until 5 a.m. Thursday.", D(2018, 10, 28),
     "10 p.m. Monday", "2018-10-29T22:00"),
    ("Users are advised to download any files they need before 6 p.m. Friday.", D(2026, 2, 17),
     "6 p.m. Friday", "2026-02-20T18:00"),
    ("Inflation could exceed 250 percent in 2026, after prices rose 19 percent in October alone.", D(2025, 11, 12),
     "October", "2025-10"),
    ("Brazil's president offered to host talks, and his aides floated a meeting in mid-January.", D(2025, 12, 19),
     "mid-January", "2026-01"),
])
def test_fifth_final_set_classes(text, dct, expr, value):
    assert find(text, expr, dct).value == value
