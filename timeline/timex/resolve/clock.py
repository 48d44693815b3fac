"""Rules for clock times ("3 p.m.", "noon Friday", "at 10 a.m. that day", "0805 GMT") and the day they
fall on."""
from __future__ import annotations

import datetime as dt
import re

from timeline.timex import calendar as cal
from timeline.timex.detect import Candidate
from timeline.timex.lexicon import load
from timeline.timex.resolve.choose import focus_of, rel_of
from timeline.timex.resolve.days import resolve_weekday, rule_month_day
from timeline.timex.resolve.values import Resolved
from timeline.timex.story import Context

_LEX = load()


_CLOCK = re.compile(r"(\d{1,2})(?::(\d\d))?\s*([ap])?", re.I)




_ON_WEEKDAY_AFTER = _LEX.contexts["weekday_after_clock"]


def _weekday_after(ctx: Context, c: Candidate) -> int | None:
    """The weekday named right after a clock time and its zone ("3 p.m. local time on Friday"), if any."""
    m = _ON_WEEKDAY_AFTER.match(ctx.text, c.end)
    if not m:
        return None
    name = m.group(1).lower()
    return ctx.lex.weekdays.get(name, ctx.lex.weekdays.get(name.rstrip(".")))


def rule_clock(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.groups
    raw = (g.get("clock") or "").lower()
    if g.get("mil"):  # "0805 GMT"
        hh, mm = int(g["mil"][:2]), int(g["mil"][2:])
    elif raw in _LEX.words["noon_words"]:
        hh, mm = 12, 0
    elif raw == "midnight":
        hh, mm = 24, 0
    elif raw:
        m = _CLOCK.match(raw)
        hh, mm = int(m.group(1)), int(m.group(2) or 0)
        if m.group(3) == "p" and hh < 12:
            hh += 12
        elif m.group(3) == "a" and hh == 12:
            hh = 0
    else:
        hw = g["hourw"].lower()
        hh, mm = (int(float(ctx.lex.numbers[hw])) if hw in ctx.lex.numbers else int(hw)), 0
        part = ctx.lex.parts_of_day.get(g.get("part", "").lower())
        if part in ("AF", "EV", "NI") and hh < 12 and not (part == "NI" and hh <= 4):
            hh += 12
    if hh > 24 or mm > 59:
        return None
    if g.get("month") and g.get("day"):  # "9:30 a.m. Dec. 3", "Dec. 3 at 9:30 a.m."
        r = rule_month_day(c, ctx)
        if r is None or r.day is None:
            return None
        d, anchor, span = r.day, r.anchor, r.anchor_span
    elif g.get("refday"):  # "at 10 a.m. that day", "9 a.m. the next day"
        shift_days = 1 if g["refday"].lower().startswith(_LEX.ordered["next_day_words"]) else 0
        if ctx.ref is not None:
            d, anchor, span = ctx.ref.day + dt.timedelta(days=shift_days), "narrative", (ctx.ref.start, ctx.ref.end)
        else:
            d, anchor, span = ctx.dct + dt.timedelta(days=shift_days), "publication", None
    elif g.get("weekday"):
        d = resolve_weekday(ctx.lex.weekdays[g["weekday"].lower()], rel_of(c), ctx, c)
        anchor, span = "publication", None
    elif g.get("relday"):  # "midnight tomorrow", "yesterday at 3 p.m."
        d = ctx.dct + dt.timedelta(days=int(_LEX.maps["relative_days_map"].get(g["relday"].lower(), 0)))
        anchor, span = "publication", None
    elif (wd := _weekday_after(ctx, c)) is not None:  # "at 2:15 a.m. local time on Sunday"
        d, anchor, span = resolve_weekday(wd, "", ctx, c), "publication", None
    elif ctx.ref is not None and clock_on_reference_day(ctx, c):
        d, anchor, span = ctx.ref.day, "narrative", (ctx.ref.start, ctx.ref.end)
        if hh < 12 and _NIGHT.search(ctx.text, ctx.ref.start, ctx.ref.end) and (
                d < ctx.dct or ctx.tense(c) in ("future", "scheduled")):
            d += cal.DAY  # "drones launched overnight ... beginning shortly after 1 a.m.": the morning after
    elif (f := focus_of(ctx, c)) is not None and f.grain in ("M", "Y") and not _SENTENCE_END.search(
            ctx.text, f.end, c.start):
        # "In June 1985, the hijackers seized the plane at 10:10 a.m.": a day of that month, not the DCT
        day_part = f"{f.day.year:04d}-{f.day.month:02d}-XX" if f.grain == "M" else f"{f.day.year:04d}-XX-XX"
        return Resolved("TIME", f"{day_part}T{hh:02d}:{mm:02d}", anchor="narrative", anchor_span=(f.start, f.end))
    else:
        d, anchor, span = ctx.dct, "publication", None
    before = ctx.text[max(0, c.start - 40):c.start]
    if hh == 24 and (_BEGINS.search(before) or (_AFTER_MIDNIGHT.search(before) and ctx.tense(c) == "past")):
        # "scuffles broke out shortly after midnight", "a truce beginning at midnight Tuesday":
        # the midnight that begins the day
        return Resolved("TIME", f"{d.isoformat()}T00:00", anchor=anchor, anchor_span=span, day=d)
    if hh == 24 and anchor == "publication" and not (g.get("weekday") or g.get("month") or g.get("relday")) \
            and ctx.tense(c) == "past":
        d -= cal.DAY  # "clashes erupted at midnight": the night just gone, the end of the day before
    return Resolved("TIME", f"{d.isoformat()}T{hh:02d}:{mm:02d}", anchor=anchor, anchor_span=span, day=d)


_NIGHT = _LEX.contexts["night"]  # not "midnight"
_SENTENCE_END = _LEX.contexts["sentence_end"]  # not after "p.m." or "Mr."


_AFTER_MIDNIGHT = _LEX.contexts["after_midnight"]


_BEGINS = _LEX.contexts["begins"]


_LINE_START = re.compile(r"(?:\A|\n)[ \t]*\Z")


def clock_on_reference_day(ctx: Context, c: Candidate) -> bool:
    """Whether a clock time without a day of its own falls on the day the story is on (the running
    reference) rather than the publication date."""
    ref = ctx.ref
    if ref.day == ctx.dct:
        return True
    if _LINE_START.search(ctx.text[max(0, c.start - 200):c.start]):
        return False  # a live-blog time stamp opening a paragraph ("11:05 a.m. _ Police said ...")
    if ctx.focus is None and len(_SENTENCE_END.findall(ctx.text, ref.end, c.start)) >= 2:
        # a day named two sentences back or more: the story has moved on to today (not in a history
        # passage: "On March 5, 1987, the ferry capsized at 6:50 p.m. ... Rescuers arrived at 7:20 p.m.")
        return False
    tense = ctx.tense(c)
    if ref.day > ctx.dct and tense not in ("future", "scheduled"):
        # a day still ahead carries only clauses that look ahead ("due Thursday ... futures point to
        # a firmer open at 9:30 a.m."; "... until April 30. The figures covered the 24 hours to 8 a.m.")
        return False
    if ref.day < ctx.dct and tense in ("future", "scheduled", "present"):
        # "formed on Monday ... will issue its next advisory at 11 p.m.": today, not Monday
        return False
    return True
