"""The story's state while a text is tagged left to right, as named records, and the rules that
move it.

- `ref`: the last calendar day the narrative talked about ("eight days prior" counts from it);
- `ref_coarse` / `last_quarter`: the last month, quarter or year named ("a year earlier" after a
  quarterly figure is that quarter a year before);
- `ref_week`: the last calendar week named ("the previous week");
- `focus`: another period the story has moved into, a history or background passage ("In March
  1942 ... on June 13"), None while it is at the publication date; `dormant_focus` the focus of
  the paragraph just ended, for anaphora ("that summer").

Which expressions move the state, and which leave it alone (comparisons, reports of when
something was said, dates that name an event), is decided here; tagger.py only runs the loop.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from timeline.timex.detect import Candidate
from timeline.timex.lexicon import Lexicon, load
from timeline.timex.tense import tense_near
from timeline.timex.value import parse

_LEX = load()


class Period(NamedTuple):
    """A month, quarter, year (or, for a focus, a day) the story named: its first day, its grain
    ('D', 'M', 'Q' or 'Y') and where the expression that named it stands in the text."""

    day: dt.date
    grain: str
    start: int
    end: int


class WeekRef(NamedTuple):
    """The last calendar week named: its Monday and where the expression stands."""

    monday: dt.date
    start: int
    end: int


@dataclass
class Reference:
    """The running reference time: the last day the narrative talked about."""
    day: dt.date
    start: int
    end: int


@dataclass
class Context:
    """What the rules see: the text, the publication date, the lexicon and the story's state."""

    text: str
    dct: dt.date
    lex: Lexicon
    ref: Reference | None = None          # last resolved calendar day
    ref_coarse: Period | None = None      # the last month, quarter or year named (grain 'M', 'Q' or 'Y')
    ref_week: WeekRef | None = None       # the last calendar week named
    last_quarter: Period | None = None    # the last quarter named ("in the quarter")
    focus: Period | None = None           # the other period the story has moved to ("In March 1942 ...
                                          # on June 13", grain 'D', 'M' or 'Y'), None at "now"
    dormant_focus: Period | None = None   # the focus of the paragraph just ended, for anaphora ("that summer")
    last_start: int | None = None         # start of the last expression tagged so far

    def tense(self, c: Candidate) -> str | None:
        """The clause's tense; a present perfect ("has carried out") counts as past."""
        t = tense_near(self.text, c.start, c.end)
        return "past" if t == "perfect" else t


def opens_range(text: str, start: int, end: int | None = None) -> bool:
    """'since September' opens a range up to now; 'since 2017, when ...' names a point the story
    then counts from ('A year earlier, ...'), so it is not treated as a range."""
    before = text[max(0, start - 12):start].lower().split()
    if end is not None and _LEX.contexts["when_after"].match(text[end:end + 8]):
        return False
    return bool(before) and before[-1] == "since"


_COMPARISON = _LEX.contexts["comparison"]
_PERIOD_DURATION = re.compile(r"P\d+M\Z")  # a number of months
_THE_BEFORE = _LEX.contexts["determiner_before"]


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
_COMPARED = _LEX.contexts["compared"]


# "Gorbachev, who took power in March 1985, tried ...": a date in a relative clause is background
_RELATIVE = _LEX.contexts["relative_clause"]


_PRENOMINAL = _LEX.contexts["prenominal"]
_YEAR_MODIFIER = _LEX.contexts["year_modifier"]


# a bare year moves the story only as a sentence's opening adverbial ("In 1942, ..."), not inside
# a clause ("the company, founded in 1998, said ...")
_OPENING = _LEX.contexts["opening"]


def _prenominal(text: str, start: int, end: int) -> bool:
    """'the Dec. 21, 1988, bombing': a date between a determiner and a noun names an event."""
    return bool(_PRENOMINAL.search(text[max(0, start - 30):start])) and bool(
        re.match(r",?\s+[a-z]", text[end:end + 3]))


def update_focus(ctx: Context, text: str, start: int, end: int, r) -> None:
    """Move the story's focus: an explicit date far from the DCT starts a history passage, dates
    anchored within it carry it on, and anything anchored at the publication date ends it."""
    if r.type not in ("DATE", "TIME"):
        return
    if r.anchor == "publication":
        ctx.focus = ctx.dormant_focus = None
        return
    parsed = parse(r.value)
    point = parsed.first_day() if parsed is not None else None
    if point is None:
        return
    far = abs((point[0] - ctx.dct).days) > FOCUS_MIN_DAYS
    if r.anchor == "narrative" and (ctx.focus is not None or far):
        # carried on ("two weeks later"), or taken up again in a new paragraph ("That same day, ...")
        ctx.focus = Period(point[0], point[1], start, end)
    elif r.anchor == "absolute":
        # ("strikes by the United States and sometimes Britain that began in January 2024": background too)
        relative = bool(_RELATIVE.search(text[max(0, start - 80):start])) \
            or bool(_RELATIVE_THAT.search(text[max(0, start - 60):start]))
        opening = (not _prenominal(text, start, end) and not relative if point[1] != "Y"
                   else bool(_OPENING.search(text[max(0, start - 30):start])))
        if far and opening and not _COMPARED.search(text[max(0, start - 80):start]):
            ctx.focus = Period(point[0], point[1], start, end)
        elif not far:
            ctx.focus = None


def expire_focus(ctx: Context, text: str, start: int) -> None:
    """A history passage ends with its paragraph, or after a long stretch without a date carrying it on."""
    if ctx.focus is not None and (start - ctx.focus.end > FOCUS_SPAN_CHARS
                                  or _PARAGRAPH.search(text, ctx.focus.end, start)):
        # dates without a year go back to the DCT, but "the end of the year", "that summer" can still
        # refer back to the passage just ended
        ctx.focus, ctx.dormant_focus = None, ctx.focus


_ENDED = _LEX.contexts["ended"]


_REPORTED_ON = _LEX.contexts["reported_on"]


_RELATIVE_THAT = _LEX.contexts["relative_that"]


def _secondary(text: str, c, ctx: Context) -> bool:
    """A day that dates the report ('officials said on Monday') or a relative clause ('a release that
    began on New Year's Eve') while the story already has a day of its own: it does not replace it."""
    before = text[max(0, c.start - 60):c.start]
    if _REPORTED_ON.search(before):
        return True
    return not _PARAGRAPH.search(text, ctx.ref.end, c.start) and bool(_RELATIVE_THAT.search(before))


def _names_event(text: str, c) -> bool:
    """'the Aug. 9 presidential election': a month and day used as a modifier names an event; so does
    a year ('a 2020 indictment', 'the 2019 election'): the story does not move to it."""
    if c.rule == "year":
        return bool(_YEAR_MODIFIER.search(text[max(0, c.start - 30):c.start])) and bool(
            re.match(r"\s+[a-z]", text[c.end:c.end + 3]))
    return c.rule == "month_day" and _prenominal(text, c.start, c.end)


def _closes_period(text: str, start: int, ctx: Context) -> bool:
    coarse = ctx.ref_coarse
    return (coarse is not None and coarse.grain in ("Q", "M", "Y") and 0 <= start - coarse.end <= 12
            and bool(_ENDED.search(text[max(0, start - 10):start])))


def moves_story(text: str, c: Candidate, r, ctx: Context) -> bool:
    """Whether a resolved expression moves the story's state; not a comparison ("up 5% from a year
    earlier"), the close of a period ("the quarter ended Sept. 30"), a date a comparison names
    ("compared with ... Jan. 31, 2023"), a date naming an event ("the Aug. 9 election") or a
    report's own day while the story has one ("officials said on Monday")."""
    if _comparison(text, c, r) or _closes_period(text, c.start, ctx):
        return False
    if r.anchor == "absolute" and _COMPARED.search(text[max(0, c.start - 80):c.start]):
        return False
    return not _names_event(text, c) and not (ctx.ref is not None and _secondary(text, c, ctx))


def advance(ctx: Context, text: str, c: Candidate, r, since: bool) -> None:
    """Move the story to the expression just read: its day, month/quarter/year, week and focus
    ("since September 2" opens a range: it is not the story's "now")."""
    if r.day is not None and not since:
        ctx.ref = Reference(r.day, c.start, c.end)
    if r.coarse is not None and not since:
        ctx.ref_coarse = Period(*r.coarse, c.start, c.end)
        if ctx.ref_coarse.grain == "Q":
            ctx.last_quarter = ctx.ref_coarse
    week = parse(r.value) if r.type == "DATE" else None
    if week is not None and week.kind == "week":
        ctx.ref_week = WeekRef(dt.date.fromisocalendar(week.year, week.number, 1), c.start, c.end)
    if not since:   # ("fighting the Houthis since March 2015. In mid-June, ...": the story stays in its own year)
        update_focus(ctx, text, c.start, c.end, r)
    if r.type in ("DATE", "TIME"):  # "In 1952 he built ... for more than 40 hours. He was knighted
        ctx.last_start = c.start      # six years later": a duration between does not hide 1952
    elif _PERIOD_DURATION.match(r.value) and _THE_BEFORE.search(text, max(0, c.start - 8), c.start):
        # "For the first nine months, net rose from $52 million a year earlier": a reporting period
        # that is no quarter or year; the quarter named before no longer counts as the latest
        ctx.last_start = c.start
