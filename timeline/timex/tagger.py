"""tag(text, dct): detection, then normalisation left to right with a running reference time."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from timeline.timex.detect import candidates, select
from timeline.timex.interval import span_of
from timeline.timex.lexicon import load
from timeline.timex.model import Timex
from timeline.timex.normalise import POINT_MOD, Context, Reference, resolve



def _since(text: str, start: int) -> bool:
    before = text[max(0, start - 12):start].lower().split()
    return bool(before) and before[-1] == "since"


_WEEK = re.compile(r"\d{4}-W\d{1,2}")
_COMPARISON = re.compile(r"\b(?:from|than|with|versus|vs\.?|over)\s+$", re.I)


def _comparison(text: str, c, r) -> bool:
    """'up 5% from a year earlier', 'in the year-earlier quarter': a figure compared with a period
    before the one the story is on; the story does not move there."""
    if r.anchor != "narrative" or c.rule != "narrative":
        return False
    if r.coarse is not None:  # "earned $41 million, against $59 million a year earlier": a quarter compared
        return True
    return "-earlier" in text[c.start:c.end] or "-ago" in text[c.start:c.end] or bool(
        _COMPARISON.search(text[max(0, c.start - 20):c.start]))


def _outside_mod(text: str, start: int, lex) -> str | None:
    """The mod of an approximator or 'earlier'/'later' written just before the expression."""
    words = text[max(0, start - 16):start].lower().split()
    return lex.outside_modifiers.get(words[-1]) if words else None


def tag(text: str, dct: dt.date) -> list[Timex]:
    """Every time expression of `text`, resolved against the publication date `dct` and the
    narrative; sorted by offset, non-overlapping."""
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    if not isinstance(text, str) or not text:
        return []
    ctx = Context(text=text, dct=dct, lex=load())
    out: list[Timex] = []
    for c in select(candidates(text), text):
        try:
            r = resolve(c, ctx)
        except (ValueError, OverflowError, KeyError, IndexError):
            r = None
        if r is None:
            continue
        if r.trim != (0, 0):  # the rule keeps only part of the match ("over an hour" of "over an hour later")
            c = replace(c, start=c.start + r.trim[0], end=c.end - r.trim[1])
        window, mod = r.window, r.mod
        since = _since(text, c.start)
        if mod is None:
            mod = _outside_mod(text, c.start, ctx.lex)
            if c.rule == "ago":  # "almost four years ago": a point just after that year
                mod = POINT_MOD.get(mod, mod)
            if mod == "START" and window is None and r.type == "DATE":
                span = span_of(r.value, dct)  # "earlier this month" = the month's first day .. DCT
                if span and span[0] <= dct <= span[1]:
                    window = (span[0], dct)
        if window is None and r.type in ("DATE", "TIME") and since:
            span = span_of(r.value, dct)
            if span and span[0] <= dct:
                window = (span[0], dct)
        anchor_start, anchor_end = r.anchor_span if r.anchor_span else (None, None)
        out.append(Timex(start=c.start, end=c.end, text=text[c.start:c.end], type=r.type, value=r.value,
                         mod=mod, anchor=r.anchor, anchor_start=anchor_start, anchor_end=anchor_end,
                         dct=dct, window=window))
        if _comparison(text, c, r):
            continue  # the story stays on its period, as if the comparison had not been read
        if r.day is not None and not since:  # "since September 2" opens a range, it is not the story's "now"
            ctx.ref = Reference(r.day, c.start, c.end)
        if r.coarse is not None and not since:
            ctx.ref_coarse = (r.coarse[0], r.coarse[1], c.start, c.end)
        if r.type == "DATE" and _WEEK.fullmatch(r.value):
            year, week = r.value.split("-W")
            ctx.ref_week = (dt.date.fromisocalendar(int(year), int(week), 1), c.start, c.end)
        ctx.last_start = c.start
    return out
