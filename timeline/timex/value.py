"""The TIMEX3 value grammar, parsed in one place.

A value string becomes a `Value` record saying what kind of time it names and its parts:

    2025-11-16(T...)   day        2025-W47   week       2025-W47-WE  weekend
    2025-11            month      2025-11-XX month (day unspecified; also with a time, 2025-11-XXT10:10)
    2025-Q4 quarter    2025-H1 half year    2025-SU season (lang/en/timex/seasons.tsv)
    2025 year          2025-XX-XX year (month and day unspecified)
    202X / 202 decade  20XX / 20 century
    PRESENT_REF, PAST_REF, FUTURE_REF   reference
    P3D, PT5H, PXY, PXX ... duration    anything else: None

`span()` gives the first and last calendar day a value covers; the interval of a tagged
expression (interval.py), the story's focus (story.py) and an event's granularity and offsets
(events/dating.py) all read values through this module.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from timeline.timex import calendar as cal
from timeline.timex.lexicon import load

_DATE = re.compile(r"^(?P<year>\d{4})(?:"
                   r"-(?P<month>\d\d)(?:-(?P<day>\d\d)(?P<time>T.*)?|(?P<xday>-XX)(?:T.*)?)?"
                   r"|-W(?P<week>\d{1,2})(?P<weekend>-WE)?"
                   r"|-Q(?P<quarter>[1-4])"
                   r"|-H(?P<half>[12])"
                   r"|-(?P<season>SP|SU|FA|WI)"
                   r"|(?P<xmonth>-XX(?:-XX(?:T.*)?)?)"
                   r")?$")
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")
_DURATION = re.compile(r"^P(?:T)?(?P<amount>\d+(?:\.\d+)?|X)(?P<unit>[YMWDHS]|X(?<=PXX))$")
REFERENCES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


@dataclass(frozen=True)
class Value:
    """A parsed TIMEX3 value. `kind` is one of day, week, weekend, month, quarter, half, season,
    year, decade, century, reference, duration; the other fields are set as the kind needs."""

    kind: str
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    number: int | None = None      # week, quarter, half, decade (first year / 10), century (first year / 100)
    season: str | None = None
    unspecified: bool = False      # "2025-11-XX", "2025-XX-XX": the finer parts are unknown
    has_time: bool = False         # "2025-11-16T10:00", "2025-11-16TNI"
    days: int | None = None        # a duration counted in whole days or weeks ("P3D" 3, "P2W" 14)

    def span(self, dct: dt.date | None = None) -> tuple[dt.date, dt.date] | None:
        """The first and last calendar day the value covers (None for durations, unknown references)."""
        try:
            return self._span(dct)
        except (ValueError, OverflowError):
            return None

    def _span(self, dct: dt.date | None) -> tuple[dt.date, dt.date] | None:
        kind, year = self.kind, self.year
        if kind == "day":
            d = dt.date(year, self.month, self.day)
            return d, d
        if kind in ("week", "weekend"):
            monday = dt.date.fromisocalendar(year, self.number, 1)
            if kind == "weekend":
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            return monday, monday + dt.timedelta(days=6)
        if kind == "month":
            first = dt.date(year, self.month, 1)
            return first, cal.shift_months(first, 1) - cal.DAY
        if kind == "quarter":
            first = dt.date(year, 3 * self.number - 2, 1)
            return first, cal.shift_months(first, 3) - cal.DAY
        if kind == "half":
            first = dt.date(year, 6 * self.number - 5, 1)
            return first, cal.shift_months(first, 6) - cal.DAY
        if kind == "season":
            season = load().season_by_code[self.season]
            first = dt.date(year, season.first_month, 1)
            end_year = year + 1 if season.last_month < season.first_month else year
            return first, cal.shift_months(dt.date(end_year, season.last_month, 1), 1) - cal.DAY
        if kind == "year":
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if kind == "decade":
            start = self.number * 10
            return dt.date(start, 1, 1), dt.date(start + 9, 12, 31)
        if kind == "century":
            start = self.number * 100
            return dt.date(max(start, 1), 1, 1), dt.date(start + 99, 12, 31)
        if self.text == "PRESENT_REF" and dct is not None:
            return dct, dct
        return None

    def first_day(self) -> tuple[dt.date, str] | None:
        """(first day, 'D' / 'M' / 'Y'): where a fully specified date, week, month, quarter, half,
        season or year starts, and how finely; None for other values."""
        if self.unspecified or self.kind not in ("day", "week", "month", "quarter", "half", "season", "year"):
            return None
        try:
            if self.kind == "day":
                return dt.date(self.year, self.month, self.day), "D"
            if self.kind == "week":
                return dt.date.fromisocalendar(self.year, self.number, 1), "D"
            if self.kind == "year":
                return dt.date(self.year, 1, 1), "Y"
            first = self.span()
            return (first[0], "M") if first else None
        except ValueError:
            return None


def clock_time(text: str) -> bool:
    """Whether a value gives a time of day on the clock ("2025-11-16T10:00", "2025-11-XXT10:10"), not a part
    of the day ("2025-11-16TNI") nor a duration ("PT5H")."""
    return "T" in text and not text.startswith("P") and text[text.index("T") + 1:][:1].isdigit()


@functools.lru_cache(maxsize=4096)
def parse(text: str) -> Value | None:
    """The Value a TIMEX3 value string names, or None when it is none of the kinds above."""
    text = text or ""
    if m := _DATE.match(text):
        g = m.groupdict()
        year = int(g["year"])
        if g["day"]:
            return Value("day", text, year, int(g["month"]), int(g["day"]), has_time=bool(g["time"]))
        if g["month"]:
            return Value("month", text, year, int(g["month"]), unspecified=bool(g["xday"]))
        if g["week"]:
            return Value("weekend" if g["weekend"] else "week", text, year, number=int(g["week"]))
        if g["quarter"]:
            return Value("quarter", text, year, number=int(g["quarter"]))
        if g["half"]:
            return Value("half", text, year, number=int(g["half"]))
        if g["season"]:
            return Value("season", text, year, season=g["season"])
        return Value("year", text, year, unspecified=bool(g["xmonth"]))
    if m := _DECADE.match(text):
        return Value("decade", text, number=int(m[1]))
    if m := _CENTURY.match(text):
        return Value("century", text, number=int(m[1]))
    if text in REFERENCES:
        return Value("reference", text)
    if m := _DURATION.match(text):
        days = None
        if not text.startswith("PT") and m["unit"] in "DW" and m["amount"].isdigit():
            days = int(m["amount"]) * (7 if m["unit"] == "W" else 1)
        return Value("duration", text, days=days)
    return None
