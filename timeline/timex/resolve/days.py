"""Rules for days: full and numeric dates, month and day ("November 16"), day of the month ("on the
16th"), holidays, weekdays ("on Friday", "this Monday", "the day after Tuesday")."""
from __future__ import annotations

import datetime as dt
import re

from timeline.timex import calendar as cal
from timeline.timex.detect import Candidate
from timeline.timex.lexicon import load
from timeline.timex.resolve.choose import (DETERMINER_BEFORE, NEAR_DAYS, SENTENCE_BREAK, after_since,
                                           chronology_entry, focus_of, governed, nearest_to_focus, pick,
                                           rel_of, word_before, year_just_named)
from timeline.timex.resolve.values import PART_OF_DAY_VALUES, Resolved, day_number, mod_of
from timeline.timex.story import Context
from timeline.timex.tense import tense_near

_LEX = load()


def rule_ymd(c: Candidate, ctx: Context) -> Resolved | None:
    d = cal.valid_date(int(c.groups["year"]), int(c.groups["mm"]), int(c.groups["dd"]))
    return Resolved("DATE", d.isoformat(), anchor="absolute", day=d) if d else None


def rule_mdy_numeric(c: Candidate, ctx: Context) -> Resolved | None:
    yy = c.groups["yy"]
    year = int(yy) if len(yy) == 4 else (2000 + int(yy) if 2000 + int(yy) <= ctx.dct.year + 1 else 1900 + int(yy))
    d = cal.valid_date(year, int(c.groups["mm"]), int(c.groups["dd"]))
    return Resolved("DATE", d.isoformat(), anchor="absolute", day=d) if d else None


def rule_month_day(c: Candidate, ctx: Context) -> Resolved | None:
    month = ctx.lex.months[c.groups["month"].lower()]
    day = day_number(c.groups["day"])
    mod = mod_of(c.groups, ctx.lex)
    if c.groups.get("year"):
        d = cal.valid_date(int(c.groups["year"]), month, day)
        return Resolved("DATE", d.isoformat(), mod=mod, anchor="absolute", day=d) if d else None
    options = [d for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
               if (d := cal.valid_date(y, month, day))]
    if not options:
        return None
    if c.groups.get("weekday"):
        wd = ctx.lex.weekdays[c.groups["weekday"].lower()]
        matching = [d for d in options if d.weekday() == wd]
        options = matching or options
    prev = (c.groups.get("rel") or word_before(ctx, c)).lower()
    if prev not in EXPLICIT_DIRECTION and (year_named := year_just_named(ctx, c)) is not None:
        # "2019 is on course to be the warmest year, with a high of 38.2 C set on July 25"
        if (d := cal.valid_date(year_named, month, day)) is not None:
            base, _g, s_, e_ = ctx.ref_coarse
            return Resolved("DATE", d.isoformat(), mod=mod, anchor="narrative", anchor_span=(s_, e_), day=d)
    if prev not in EXPLICIT_DIRECTION and (f := focus_of(ctx, c)):
        around = [d for y in (f.day.year - 1, f.day.year, f.day.year + 1) if (d := cal.valid_date(y, month, day))]
        if c.groups.get("weekday"):
            around = [d for d in around if d.weekday() == ctx.lex.weekdays[c.groups["weekday"].lower()]] or around
        if (d := nearest_to_focus(around, f)) is not None:
            return Resolved("DATE", d.isoformat(), mod=mod, anchor="narrative", anchor_span=(f.start, f.end), day=d)
    if after_since(ctx, c):
        options = [d for d in options if d <= ctx.dct] or options
        prev = "since"
    tense = _LEX.maps["implied_tense_map"].get(prev) or ctx.tense(c)
    tense = governed(tense, ctx, c)
    if chronology_entry(ctx, c) and tense != "future":
        tense = "governed_past"  # "March 3 — Two vessels shadow a survey ship": a dated list tells what happened
    elif (DETERMINER_BEFORE.search(ctx.text, max(0, c.start - 12), c.start)
          and re.match(r",?\s+[a-z]{3,}", ctx.text[c.end:c.end + 12]) and tense in ("past", "governed_past")):
        tense = None  # "published the calendar for the Oct. 15 general elections": the date names the event
    d = pick(options, ctx.dct, tense, near_days=0 if prev in EXPLICIT_DIRECTION else NEAR_DAYS)
    return Resolved("DATE", d.isoformat(), mod=mod, anchor="publication", day=d)


def rule_week_of(c: Candidate, ctx: Context) -> Resolved | None:
    r = rule_month_day(c, ctx)
    if r is None or r.day is None:
        return None
    if c.groups.get("we"):  # "the weekend of Nov. 15"
        return Resolved("DATE", cal.week_value(r.day) + "-WE", anchor=r.anchor)
    return Resolved("DATE", cal.week_value(r.day), anchor=r.anchor)


DAY_OF_MONTH_AFTER = _LEX.words["day_of_month_after"]
EXPLICIT_DIRECTION = _LEX.words["explicit_direction"]
BACK_WORDS = _LEX.words["back_words"]
AHEAD_WORDS = _LEX.words["ahead_words"]


def rule_day_of_month(c: Candidate, ctx: Context) -> Resolved | None:
    """"on the 16th": that day of the month around the DCT the tense points to (only after a preposition,
    so "the 16th president" stays a rank)."""
    if word_before(ctx, c) not in DAY_OF_MONTH_AFTER:
        return None
    day = int(c.groups["dom"])
    base = ctx.dct.replace(day=1)
    options = [d for k in (-1, 0, 1) if (m := cal.shift_months(base, k))
               and (d := cal.valid_date(m.year, m.month, day))]
    if c.groups.get("rm"):  # "the 3rd of next month"
        k = int(_LEX.maps["year_offset_map"][c.groups["rm"].lower()])
        m = cal.shift_months(base, k)
        options = [d] if (d := cal.valid_date(m.year, m.month, day)) else []
    if not options:
        return None
    d = pick(options, ctx.dct, ctx.tense(c), near_days=3)
    return Resolved("DATE", d.isoformat(), anchor="publication", day=d)


def rule_holiday(c: Candidate, ctx: Context) -> Resolved | None:
    rule = ctx.lex.holidays[" ".join(c.groups["holiday"].lower().split())]
    if c.groups.get("year"):
        d = cal.holiday_date(rule, int(c.groups["year"]))
        anchor = "absolute"
    else:
        dct = ctx.dct
        options = [x for y in (dct.year - 1, dct.year, dct.year + 1) if (x := cal.holiday_date(rule, y))]
        rel = rel_of(c)
        if rel == "last":
            d = max(o for o in options if o < dct)
        elif rel == "next":
            d = min(o for o in options if o > dct)
        elif rel == "this":
            d = cal.holiday_date(rule, dct.year)
        else:
            d = pick(options, dct, ctx.tense(c))
        anchor = "publication"
    if d is None:
        return None
    if rule == "easterweek":
        return Resolved("DATE", cal.week_value(d), anchor=anchor)
    if c.groups.get("we"):
        # "the Easter weekend": the Saturday-Sunday it falls on; a Monday or Friday holiday
        # ("Labor Day weekend") the one beside it
        saturday = d + dt.timedelta(days={0: -2, 4: 1, 6: -1}.get(d.weekday(), 5 - d.weekday()))
        return Resolved("DATE", cal.week_value(saturday) + "-WE", anchor=anchor)
    return Resolved("DATE", d.isoformat(), anchor=anchor, day=d)


def resolve_weekday(wd: int, rel: str, ctx: Context, c: Candidate) -> dt.date:
    dct = ctx.dct
    if rel == "this":
        return cal.week_start(dct) + dt.timedelta(days=wd)
    if rel in BACK_WORDS:
        return cal.previous_weekday(dct, wd)
    if rel in AHEAD_WORDS:
        return cal.next_weekday(dct, wd)
    if wd == dct.weekday():
        return dct
    if after_since(ctx, c):  # "talks have stalled since Friday": the last one
        return cal.previous_weekday(dct, wd)
    prev, nxt = cal.previous_weekday(dct, wd), cal.next_weekday(dct, wd)
    nearest = prev if (dct - prev) <= (nxt - dct) else nxt   # never a tie: they are 7 days apart
    # "Wednesday's ruling": a possessive weekday names something that already happened
    if ctx.text[c.end:c.end + 2] in ("'s", "’s"):
        return prev
    clause_tense, before = tense_near(ctx.text, c.start, c.end), word_before(ctx, c)
    if before in _LEX.words["deadline_words"] and (
            clause_tense == "perfect" or _GRANTED.search(ctx.text[max(0, c.start - 120):c.start])):
        return nxt  # "has given the relatives until 9 a.m. Tuesday": a deadline ahead
    tense = "past" if clause_tense == "perfect" else clause_tense   # as Context.tense
    if tense not in ("future", "scheduled") and (
            before == "for" or _STARTING.search(ctx.text[max(0, c.start - 40):c.start])
            or (before == "from" and clause_tense != "past")):
        # "a red warning for Monday", "a service planned for Saturday": what is set for a day is
        # for the nearest such day, whatever tense tells of the setting
        return nearest
    if tense in ("future", "scheduled"):  # "the hearing resumes Monday", "kick-off is Saturday"
        return nxt
    return nearest if tense == "present" else prev


_RANGE_GAP = _LEX.contexts["range_gap"]


def range_start(ctx: Context, c: Candidate) -> dt.date | None:
    """The day just tagged when this expression closes a range with it ("from Monday to Wednesday")."""
    ref = ctx.ref
    if ref is None or ref.start != ctx.last_start or ref.end > c.start or c.start - ref.end > 12:
        return None
    return ref.day if _RANGE_GAP.match(ctx.text[ref.end:c.start]) else None


def week_just_named(ctx: Context, c: Candidate) -> dt.date | None:
    """The Monday of a week named just before, in the same sentence ("colder weather next week,
    with snow from Wednesday"): a bare weekday then falls in that week."""
    if ctx.ref_week is None or ctx.ref_week.start != ctx.last_start or c.start - ctx.ref_week.end > 60:
        return None
    if word_before(ctx, c) == "by":  # "... next week, and told reservists to report by Saturday": a deadline
        return None
    return None if SENTENCE_BREAK.search(ctx.text[ctx.ref_week.end:c.start]) else ctx.ref_week.monday


def _tense_allows(d: dt.date, ctx: Context, c: Candidate) -> bool:
    """False when the clause's tense puts the day on the other side of the DCT
    ("will return next week, the envoy said on Friday": Friday is not in next week)."""
    tense = ctx.tense(c)
    return not ((tense == "past" and d > ctx.dct) or (tense == "future" and d < ctx.dct))


_APPOSITION = _LEX.contexts["weekday_apposition"]


def _narrative_weekday(wd: int, ctx: Context, c: Candidate) -> tuple[dt.date, tuple[int, int] | None] | None:
    """A weekday told from the story's day rather than the DCT: "the previous Friday", "the following
    Monday" (from the day just told), "Dec. 21, 1988, a Wednesday" (that day). A bare weekday after a
    date of another time is left to the DCT: news returns to the present with it ("Castro took power on
    Jan. 1, 1959. On Friday, he spoke ...")."""
    ref, nrel = ctx.ref, (c.groups.get("nrel") or "").lower()
    if nrel:
        base, span = (ref.day, (ref.start, ref.end)) if ref is not None else (ctx.dct, None)
        if int(_LEX.maps["narrative_offset_map"][nrel]) < 0:
            return cal.previous_weekday(base, wd), span
        return cal.next_weekday(base, wd), span
    if rel_of(c):
        return None
    if ref is not None and ref.start == ctx.last_start and ref.day.weekday() == wd and _APPOSITION.search(
            ctx.text[ref.end:c.start]):
        return ref.day, (ref.start, ref.end)
    return None


def rule_weekday(c: Candidate, ctx: Context) -> Resolved | None:
    wd = ctx.lex.weekdays[c.groups["weekday"].lower()]
    part = c.groups.get("part")
    mod = mod_of(c.groups, ctx.lex)
    if (told := _narrative_weekday(wd, ctx, c)) is not None:
        d, span = told
        anchor = "narrative" if span else "publication"
        if part and PART_OF_DAY_VALUES:
            code = ctx.lex.parts_of_day[part.lower()]
            return Resolved("TIME", f"{d.isoformat()}T{code}", mod=mod, anchor=anchor, anchor_span=span, day=d)
        return Resolved("DATE", d.isoformat(), mod=mod, anchor=anchor, anchor_span=span, day=d)
    if not rel_of(c) and (first := range_start(ctx, c)) is not None:
        # the end of a range is the first such weekday after its start, whatever the tense says
        d = cal.next_weekday(first, wd)
    elif not rel_of(c) and (monday := week_just_named(ctx, c)) is not None and _tense_allows(
            monday + dt.timedelta(days=wd), ctx, c):
        d = monday + dt.timedelta(days=wd)
    else:
        d = resolve_weekday(wd, rel_of(c), ctx, c)
    if part and PART_OF_DAY_VALUES:
        code = ctx.lex.parts_of_day[part.lower()]
        return Resolved("TIME", f"{d.isoformat()}T{code}", mod=mod, anchor="publication", day=d)
    return Resolved("DATE", d.isoformat(), mod=mod, anchor="publication", day=d)


def rule_weekday_offset(c: Candidate, ctx: Context) -> Resolved | None:
    wd = ctx.lex.weekdays[c.groups["weekday"].lower()]
    d = resolve_weekday(wd, rel_of(c), ctx, c)
    d += cal.DAY if c.groups["dir"].lower() == "after" else -cal.DAY
    return Resolved("DATE", d.isoformat(), anchor="publication", day=d)


# "gave rebels until midnight Sunday", "extended the deadline until Tuesday": a deadline ahead
_GRANTED = _LEX.contexts["granted"]


_STARTING = _LEX.contexts["starting"]
