"""interval(): the first and last calendar day a TIMEX3 value covers.

Values and their intervals:
  2025-11-16(T...)  that day            2025-W47 Monday..Sunday      2025-W47-WE Saturday..Sunday
  2025-11           the month           2025-Q4 the quarter          2025-SU the season (seasons.tsv)
  2025-H1 the half year
  2025              the year            202X / 202 the decade        20 / 20XX the century
  2025-11-XX        the month           PRESENT_REF (DCT, DCT)
  PAST_REF, FUTURE_REF, durations (P...), sets, XXXX-...: None
mod START / MID / END narrows a month to days 1-10 / 11-20 / 21-end, and any other span
longer than a day to its first / middle / last third.
A window set by the engine ("earlier this month" = month start..DCT, "since September" =
Sep 1..DCT, "in the coming days" = DCT+1..DCT+7, see phrases.tsv) takes precedence.
"""
from __future__ import annotations

import datetime as dt
import re

from timeline.timex import calendar as cal
from timeline.timex.lexicon import load

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)(?:-XX)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})(?:-XX(?:-XX)?)?$")
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")


def span_of(value: str, dct: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The days a bare value covers (no mod, no window)."""
    try:
        if m := _DAY.match(value):
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return (monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)) if m[3] else \
                (monday, monday + dt.timedelta(days=6))
        if m := _MONTH.match(value):
            first = dt.date(int(m[1]), int(m[2]), 1)
            return first, cal.shift_months(first, 1) - cal.DAY
        if m := _QUARTER.match(value):
            first = dt.date(int(m[1]), 3 * int(m[2]) - 2, 1)
            return first, cal.shift_months(first, 3) - cal.DAY
        if m := _HALF.match(value):
            first = dt.date(int(m[1]), 6 * int(m[2]) - 5, 1)
            return first, cal.shift_months(first, 6) - cal.DAY
        if m := _SEASON.match(value):
            season = load().season_by_code[m[2]]
            year = int(m[1])
            first = dt.date(year, season.first_month, 1)
            end_year = year + 1 if season.last_month < season.first_month else year
            return first, cal.shift_months(dt.date(end_year, season.last_month, 1), 1) - cal.DAY
        if m := _YEAR.match(value):
            year = int(m[1])
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if m := _DECADE.match(value):
            start = int(m[1]) * 10
            return dt.date(start, 1, 1), dt.date(start + 9, 12, 31)
        if m := _CENTURY.match(value):
            start = int(m[1]) * 100
            return dt.date(max(start, 1), 1, 1), dt.date(start + 99, 12, 31)
    except (ValueError, OverflowError):
        return None
    if value == "PRESENT_REF" and dct is not None:
        return dct, dct
    return None


def narrow(span: tuple[dt.date, dt.date], mod: str | None) -> tuple[dt.date, dt.date]:
    first, last = span
    days = (last - first).days + 1
    if days <= 1 or mod not in ("START", "MID", "END"):
        return span
    if first.day == 1 and 28 <= days <= 31:  # a month: 1-10, 11-20, 21-end
        return {"START": (first, first.replace(day=10)), "MID": (first.replace(day=11), first.replace(day=20)),
                "END": (first.replace(day=21), last)}[mod]
    third = days // 3
    if mod == "START":
        return first, first + dt.timedelta(days=max(third - 1, 0))
    if mod == "END":
        return last - dt.timedelta(days=max(third - 1, 0)), last
    return first + dt.timedelta(days=third), last - dt.timedelta(days=third)


def interval_of(t) -> tuple[dt.date, dt.date] | None:
    if t.window is not None:
        return t.window
    if t.type in ("DURATION", "SET"):
        return None
    span = span_of(t.value, t.dct)
    return narrow(span, t.mod) if span else None
