"""Anchored dates: an event dated relative to another event of the story ("eight days prior" to
the designation, "the following day", "two days after the carrier left", or a sentence with no
date of its own that takes the narrative time of the one before) keeps the id of that event's
report and the offset between the two, in units of its own date (day, week, month, quarter, year).

When an analyst corrects the anchor event's date, the store moves each dependent event by the
same number of its own units as the anchor moved (`shift`), so "eight days prior" stays eight days
before the corrected date and "that month" follows the anchor into its new month.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import replace
from typing import Sequence

from timeline.records import Event

UNITS = ("day", "week", "month", "quarter", "year")


def unit_of(granularity: str) -> str:
    """The unit an event's date moves in: its granularity, days for anything else."""
    return granularity if granularity in UNITS else "day"


def _months(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def units_between(a: dt.date, b: dt.date, unit: str) -> int:
    """How many `unit`s b is after a (negative before): days, ISO weeks, calendar months, quarters, years."""
    if unit == "week":
        return ((b - dt.timedelta(days=b.weekday())) - (a - dt.timedelta(days=a.weekday()))).days // 7
    if unit == "month":
        return _months(b) - _months(a)
    if unit == "quarter":
        return _months(b) // 3 - _months(a) // 3
    if unit == "year":
        return b.year - a.year
    return (b - a).days


def _add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later; a month's last day stays the last day of its month."""
    total = _months(day) + months
    year, month = divmod(total, 12)
    last = calendar.monthrange(year, month + 1)[1]
    was_last = day.day == calendar.monthrange(day.year, day.month)[1]
    return dt.date(year, month + 1, last if was_last else min(day.day, last))


def shift(day: dt.date, amount: int, unit: str) -> dt.date:
    """A day moved by `amount` units (weeks by 7 days, quarters by 3 months)."""
    if unit == "week":
        return day + dt.timedelta(weeks=amount)
    if unit in ("month", "quarter", "year"):
        return _add_months(day, amount * {"month": 1, "quarter": 3, "year": 12}[unit])
    return day + dt.timedelta(days=amount)


def follow(dependent: tuple[dt.date, dt.date], unit: str, anchor_was: dt.date, anchor_now: dt.date
           ) -> tuple[dt.date, dt.date]:
    """The dependent interval after its anchor moved from `anchor_was` to `anchor_now`: moved by as
    many of its own units as the anchor moved."""
    amount = units_between(anchor_was, anchor_now, unit)
    return shift(dependent[0], amount, unit), shift(dependent[1], amount, unit)


def link_anchors(events: Sequence[Event], dates: Sequence) -> list[Event]:
    """One article's rows with their anchors filled in: for each row dated from another date phrase
    (its `Dated.anchor_end`), the report id of the row that phrase dates, and the offset between the two.
    `dates` are the rows' `dating.Dated`, in the same order."""
    dated_by: dict[int, Event] = {}
    for event, dated in zip(events, dates):
        if dated.char_end >= 0:
            dated_by.setdefault(dated.char_end, event)
    out = []
    for event, dated in zip(events, dates):
        anchor = dated_by.get(dated.anchor_end) if dated.anchor_end >= 0 else None
        if anchor is None or anchor.event_id == event.event_id:
            out.append(event)
            continue
        unit = unit_of(event.granularity)
        out.append(replace(event, anchor_event_id=anchor.event_id, anchor_unit=unit,
                           anchor_offset=units_between(anchor.date, event.date, unit)))
    return out
