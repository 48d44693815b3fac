"""Calendar arithmetic and TIMEX3 value formatting (pure functions over datetime.date)."""
from __future__ import annotations

import calendar as _cal
import datetime as dt

from dateutil.easter import easter

DAY = dt.timedelta(days=1)


def shift_months(d: dt.date, n: int) -> dt.date:
    """The same day-of-month n months away (clamped to the month's last day)."""
    total = d.year * 12 + d.month - 1 + n
    year, month = divmod(total, 12)
    month += 1
    return dt.date(year, month, min(d.day, _cal.monthrange(year, month)[1]))


def shift_years(d: dt.date, n: int) -> dt.date:
    return shift_months(d, 12 * n)


def week_value(d: dt.date) -> str:
    """ISO week as the TimeML guidelines write it: 1998-W08 (two digits)."""
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def week_start(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def month_value(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def decade_value(year: int) -> str:
    """A decade as the TimeML guidelines write it: the 1970s = 197 (its first three digits)."""
    return f"{year // 10:03d}"


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """n-th (1-based; -1 = last) given weekday of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, _cal.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def holiday_date(rule: str, year: int) -> dt.date | None:
    """Date of a holiday rule from holidays.tsv in a given year (None for week-valued rules)."""
    if rule == "election":  # first Tuesday after the first Monday of November
        return nth_weekday(year, 11, 0, 1) + DAY
    if rule.startswith("easter") and rule != "easterweek":
        offset = int(rule[6:] or 0)
        return easter(year) + dt.timedelta(days=offset)
    if rule == "easterweek":
        return easter(year)
    if ":" in rule:  # "4:3:11" = 4th Thursday of November; "4:3:11+1" = the day after it
        base, sign, days = rule.rpartition("+") if "+" in rule else (rule, "", "0")
        n, weekday, month = (int(x) for x in base.split(":"))
        return nth_weekday(year, month, weekday, n) + dt.timedelta(days=int(days))
    month, day = (int(x) for x in rule.split("-"))
    return valid_date(year, month, day)


def previous_weekday(d: dt.date, weekday: int, include_today: bool = False) -> dt.date:
    back = (d.weekday() - weekday) % 7
    if back == 0 and not include_today:
        back = 7
    return d - dt.timedelta(days=back)


def next_weekday(d: dt.date, weekday: int, include_today: bool = False) -> dt.date:
    ahead = (weekday - d.weekday()) % 7
    if ahead == 0 and not include_today:
        ahead = 7
    return d + dt.timedelta(days=ahead)
