"""interval(): the first and last calendar day a tagged expression covers.

Values and their intervals (value.py parses them):
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

from timeline.timex.value import parse

def span_of(value: str, dct: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The days a bare value covers (no mod, no window)."""
    parsed = parse(value)
    return parsed.span(dct) if parsed is not None else None


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
