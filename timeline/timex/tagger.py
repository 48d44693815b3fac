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



def _since(text: str, start: int, end: int | None = None) -> bool:
    """'since September' opens a range up to now; 'since 2017, when ...' names a point the story
    then counts from ('A year earlier, ...'), so it is not treated as a range."""
    before = text[max(0, start - 12):start].lower().split()
    if end is not None and re.match(r",?\s+when\b", text[end:end + 8]):
        return False
    return bool(before) and before[-1] == "since"


_WEEK = re.compile(r"\d{4}-W\d{1,2}")
_COMPARISON = re.compile(r"\b(?:from|than|with|versus|vs\.?|over)\s+$", re.I)


def _comparison(text: str, c, r) -> bool:
    """'up 5% from a year earlier', 'in the year-earlier quarter': a figure compared with a period
    before the one the story is on; the story does not move there."""
    if r.anchor != "narrative" or c.rule not in ("narrative", "ago"):
        return False
    if r.coarse is not None:  # "earned $41 million, against $59 million a year earlier": a quarter compared
        return True
    return "-earlier" in text[c.start:c.end] or "-ago" in text[c.start:c.end] or bool(
        _COMPARISON.search(text[max(0, c.start - 20):c.start]))


FOCUS_MIN_DAYS = 270  # an explicit date this far from the DCT moves the story into another period
FOCUS_SPAN_CHARS = 600  # ... for this many characters after the last date that carried it on
_PARAGRAPH = re.compile(r"\n\s*\n")
# "compares with a deficit of $244 billion in July 2025": a figure from another period, not the story's
_COMPARED = re.compile(r"\b(?:compare[sd]?|comparison|than|versus|vs\.?|against)\b[^.;:!?]*\Z", re.I)
# "Gorbachev, who took power in March 1985, tried ...": a date in a relative clause is background
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b[^,.;:!?]*\Z", re.I)
_PRENOMINAL = re.compile(r"(?:\bthe|'s|’s)\s+\Z", re.I)  # "the Dec. 21, 1988, bombing": names an event, moves nothing
_FOCUS_VALUE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4])|-H([12])|-(SP|SU|FA|WI)|-W(\d{1,2}))?(?:T|$)")
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# a bare year moves the story only as a sentence's opening adverbial ("In 1942, ..."), not inside
# a clause ("the company, founded in 1998, said ...")
_OPENING = re.compile(r"(?:\A|[.!?]['\"”]?\s+|\n\s*)(?:(?:In|By|During|Throughout|Until|From|And in|But in|"
                      r"Early in|Late in|Later in|Earlier in)\s+)?\Z")


def _prenominal(text: str, start: int, end: int) -> bool:
    """'the Dec. 21, 1988, bombing': a date between a determiner and a noun names an event."""
    return bool(_PRENOMINAL.search(text[max(0, start - 30):start])) and bool(
        re.match(r",?\s+[a-z]", text[end:end + 3]))


def _focus_point(value: str) -> tuple[dt.date, str] | None:
    """(first day, granularity) of a DATE/TIME value, for the story's focus."""
    m = _FOCUS_VALUE.match(value)
    if not m:
        return None
    year, month, day, q, h, season, week = m.groups()
    y = int(year)
    try:
        if day:
            return dt.date(y, int(month), int(day)), "D"
        if month:
            return dt.date(y, int(month), 1), "M"
        if q:
            return dt.date(y, 3 * int(q) - 2, 1), "M"
        if h:
            return dt.date(y, 1 if h == "1" else 7, 1), "M"
        if season:
            return dt.date(y, _SEASON_MONTH[season], 1), "M"
        if week:
            return dt.date.fromisocalendar(y, int(week), 1), "D"
    except ValueError:
        return None
    return dt.date(y, 1, 1), "Y"


def _update_focus(ctx: Context, text: str, start: int, end: int, r) -> None:
    """Move the story's focus: an explicit date far from the DCT starts a history passage, dates
    anchored within it carry it on, and anything anchored at the publication date ends it."""
    if r.type not in ("DATE", "TIME"):
        return
    if r.anchor == "publication":
        ctx.focus = ctx.dormant_focus = None
        return
    point = _focus_point(r.value)
    if point is None:
        return
    far = abs((point[0] - ctx.dct).days) > FOCUS_MIN_DAYS
    if r.anchor == "narrative" and (ctx.focus is not None or far):
        # carried on ("two weeks later"), or taken up again in a new paragraph ("That same day, ...")
        ctx.focus = (point[0], point[1], start, end)
    elif r.anchor == "absolute":
        relative = bool(_RELATIVE.search(text[max(0, start - 80):start]))
        opening = (not _prenominal(text, start, end) and not relative if point[1] != "Y"
                   else bool(_OPENING.search(text[max(0, start - 30):start])))
        if far and opening and not _COMPARED.search(text[max(0, start - 80):start]):
            ctx.focus = (point[0], point[1], start, end)
        elif not far:
            ctx.focus = None


def _expire_focus(ctx: Context, text: str, start: int) -> None:
    """A history passage ends with its paragraph, or after a long stretch without a date carrying it on."""
    if ctx.focus is not None and (start - ctx.focus[3] > FOCUS_SPAN_CHARS
                                  or _PARAGRAPH.search(text, ctx.focus[3], start)):
        # dates without a year go back to the DCT, but "the end of the year", "that summer" can still
        # refer back to the passage just ended
        ctx.focus, ctx.dormant_focus = None, ctx.focus


_ENDED = re.compile(r"\b(?:ended|ending)\s+\Z", re.I)
_REPORTED_ON = re.compile(r"\b(?:said|says|told|announced|reported|confirmed|added|stated|warned)\s+"
                          r"(?:on\s+|late\s+|early\s+|late\s+on\s+)?\Z", re.I)
_RELATIVE_THAT = re.compile(r"\b(?!(?:said|says|told|reported|announced|added|warned|stated|noted|argued|insisted|"
                            r"believe|believed|thinks|thought|hopes|hoped|fears|feared)\b)[a-z]+\s+(?:that|which)\s+"
                            r"[a-z]+(?:\s+[a-z]+){0,2}\s+(?:on|in)\s+\Z")


def _secondary(text: str, c, ctx: Context) -> bool:
    """A day that dates the report ('officials said on Monday') or a relative clause ('a release that
    began on New Year's Eve') while the story already has a day of its own: it does not replace it."""
    before = text[max(0, c.start - 60):c.start]
    if _REPORTED_ON.search(before):
        return True
    return not _PARAGRAPH.search(text, ctx.ref.end, c.start) and bool(_RELATIVE_THAT.search(before))


def _names_event(text: str, c) -> bool:
    """'the Aug. 9 presidential election': a month and day used as a modifier names an event."""
    return c.rule == "month_day" and _prenominal(text, c.start, c.end)


def _closes_period(text: str, start: int, ctx: Context) -> bool:
    coarse = ctx.ref_coarse
    return (coarse is not None and coarse[1] in ("Q", "M", "Y") and 0 <= start - coarse[3] <= 12
            and bool(_ENDED.search(text[max(0, start - 10):start])))


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
        _expire_focus(ctx, text, c.start)
        try:
            r = resolve(c, ctx)
        except (ValueError, OverflowError, KeyError, IndexError):
            r = None
        if r is None:
            continue
        if r.trim != (0, 0):  # the rule keeps only part of the match ("over an hour" of "over an hour later")
            c = replace(c, start=c.start + r.trim[0], end=c.end - r.trim[1])
        window, mod = r.window, r.mod
        since = _since(text, c.start, c.end)
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
        if _closes_period(text, c.start, ctx):
            continue  # "the quarter ended Sept. 30": the story is on the quarter, not on its last day
        if (r.anchor == "absolute" and _COMPARED.search(text[max(0, c.start - 80):c.start])) or _names_event(text, c) \
                or (ctx.ref is not None and _secondary(text, c, ctx)):
            continue  # "compared with ... Jan. 31, 2023", "the Aug. 9 election": the story stays where it was
        if r.day is not None and not since:  # "since September 2" opens a range, it is not the story's "now"
            ctx.ref = Reference(r.day, c.start, c.end)
        if r.coarse is not None and not since:
            ctx.ref_coarse = (r.coarse[0], r.coarse[1], c.start, c.end)
            if r.coarse[1] == "Q":
                ctx.last_quarter = ctx.ref_coarse
        if r.type == "DATE" and _WEEK.fullmatch(r.value):
            year, week = r.value.split("-W")
            ctx.ref_week = (dt.date.fromisocalendar(int(year), int(week), 1), c.start, c.end)
        _update_focus(ctx, text, c.start, c.end, r)
        if r.type in ("DATE", "TIME"):  # "In 1952 he built ... for more than 40 hours. He was knighted
            ctx.last_start = c.start      # six years later": a duration between does not hide 1952
    return out
