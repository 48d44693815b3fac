"""Rules for times told by distance and for durations and sets: "two days later", "five years ago",
"a week from now", "for three hours", "every Sunday"."""
from __future__ import annotations

from dataclasses import replace

from timeline.timex import calendar as cal
from timeline.timex.detect import Candidate
from timeline.timex.lexicon import load
from timeline.timex.resolve.choose import COMPARED_WITH, coarse_is_latest, word_before
from timeline.timex.resolve.values import (GRANULARITY_ORDER, POINT_MOD, Resolved, coarse_start, coarse_value,
                                           date_at_granularity, day_number, duration_value, mod_of, number,
                                           shift, unit_of)
from timeline.timex.story import Context

_LEX = load()


def rule_ago(c: Candidate, ctx: Context) -> Resolved | None:
    unit = unit_of(c.groups, ctx.lex)
    n = number(c.groups["num"], ctx.lex)
    if n is not None and c.groups.get("half"):
        n += 0.5
    mod = mod_of(c.groups, ctx.lex, "qmod")
    mod = POINT_MOD.get(mod, mod)
    if unit is None:
        return None
    if n is None:
        return Resolved("DATE", "PAST_REF", mod=mod, anchor="publication")
    if (unit == "Y" and float(n).is_integer() and coarse_is_latest(ctx) and ctx.ref_coarse.grain in ("Q", "M")
            and COMPARED_WITH.search(ctx.text[max(0, c.start - 60):c.start])):
        # "third-quarter profit of $41 million, up from $29 million a year ago": that quarter a year before
        base, granularity, s, e = ctx.ref_coarse
        d = shift(base, -n, unit)
        return Resolved("DATE", coarse_value(d, granularity), mod=mod, anchor="narrative", anchor_span=(s, e),
                        coarse=(d, granularity))
    d = shift(ctx.dct, -n, unit)
    if c.groups.get("today"):  # "61 years ago today": that very day
        return Resolved("DATE", d.isoformat(), mod=mod, anchor="publication", day=d)
    if c.groups.get("this"):  # "a year ago this month": that month (week) of the year before
        if c.groups["this"].lower().endswith("week"):
            return Resolved("DATE", cal.week_value(d), mod=mod, anchor="publication")
        return Resolved("DATE", cal.month_value(d), mod=mod, anchor="publication", coarse=(d.replace(day=1), "M"))
    # "A year ago, ... Crimea voted. Two days later, Russia annexed it": a whole number of units ago is
    # also that very day, for the days counted from it
    day = d if unit in ("D", "W", "M", "Y") and float(n).is_integer() else None
    if not float(n).is_integer():  # "half a century ago": one granularity finer (a decade)
        unit = {"CE": "DE", "DE": "Y", "Y": "M", "Q": "M", "M": "D", "W": "D"}.get(unit, unit)
    # "Twenty years ago ...; a dozen years later": the year (month, quarter) is the reference for what follows
    coarse = (coarse_start(d, unit), unit) if unit in ("Y", "Q", "M") else None
    return Resolved("DATE", date_at_granularity(d, unit), mod=mod, anchor="publication", day=day, coarse=coarse)


def rule_from_now(c: Candidate, ctx: Context) -> Resolved | None:
    unit = unit_of(c.groups, ctx.lex)
    n = number(c.groups["num"], ctx.lex)
    if unit is None:
        return None
    if n is None:
        return Resolved("DATE", "FUTURE_REF", anchor="publication")
    d = shift(ctx.dct, n, unit)
    mod = mod_of(c.groups, ctx.lex, "qmod")
    mod = {"MORE_THAN": "AFTER", "LESS_THAN": "BEFORE", "EQUAL_OR_MORE": "ON_OR_AFTER",
           "EQUAL_OR_LESS": "ON_OR_BEFORE"}.get(mod, mod)
    return Resolved("DATE", date_at_granularity(d, unit), mod=mod, anchor="publication",
                    day=d if unit == "D" else None)


def rule_narrative(c: Candidate, ctx: Context) -> Resolved | None:
    for k in ("2", "3"):  # "the same quarter last year", "... the previous year": one year back
        if c.groups.get("unit" + k):
            c = replace(c, groups={**c.groups, "unit": c.groups["unit" + k], "dir": c.groups["dir" + k]})
    unit = unit_of(c.groups, ctx.lex)
    n = number(c.groups["num"], ctx.lex) if c.groups.get("num") else 1.0
    if unit is None:
        return None
    direction = c.groups["dir"].lower()
    sign = 1 if direction in _LEX.words["forward_directions"] else -1
    mod = mod_of(c.groups, ctx.lex, "qmod")
    if n is None or unit in ("H", "MIN", "S"):
        # "over an hour later": the story gives no clock time to count from, so TimeML tags the
        # quantity as a DURATION ("over an hour", PT1H) and leaves the direction word outside
        trim = len(c.groups["_all"]) - c.groups["_all"].lower().rindex(direction)
        trim += len(c.groups["_all"][:-trim]) - len(c.groups["_all"][:-trim].rstrip())
        return Resolved("DURATION", duration_value(n, unit), mod=mod, trim=(0, trim))
    if coarse_is_latest(ctx) and GRANULARITY_ORDER[unit] >= GRANULARITY_ORDER[ctx.ref_coarse.grain]:
        # "in the third quarter, from $5 million a year earlier": the quarter a year before, 2024-Q3
        base, granularity, s, e = ctx.ref_coarse
        d = shift(base, sign * n, unit)
        if granularity == "M" and unit != "M" and not COMPARED_WITH.search(ctx.text[max(0, c.start - 60):c.start]):
            # "clashes in April 2016 killed 40. Two years later, ...": the story moves on by years: 2018
            granularity = unit if unit in ("Y", "Q") else granularity
        return Resolved("DATE", coarse_value(d, granularity), mod=mod, anchor="narrative", anchor_span=(s, e),
                        coarse=(d, granularity))
    if ctx.ref is not None:
        base, anchor, span = ctx.ref.day, "narrative", (ctx.ref.start, ctx.ref.end)
    else:
        base, anchor, span = ctx.dct, "publication", None
    d = shift(base, sign * n, unit)
    if unit == "W" and not c.groups.get("num"):  # "the week before": that calendar week, not a day
        return Resolved("DATE", cal.week_value(d), mod=mod, anchor=anchor, anchor_span=span)
    day = d if unit == "D" or unit == "W" else None
    value = d.isoformat() if unit in ("D", "W", "H", "MIN", "S") else date_at_granularity(d, unit)
    return Resolved("DATE", value, mod=mod, anchor=anchor, anchor_span=span, day=day)


# words after which "last" is the verb ("will last three days", "to last", "did not last")
VERB_LAST_BEFORE = _LEX.words["verb_last_before"]


# an amount right before "a year"/"a day" makes it a rate: a number or scale word, then at most one noun
_RATE_BEFORE = _LEX.contexts["rate_before"]


_RATE_NOT_AFTER = _LEX.contexts["rate_not_after"]


def rule_duration(c: Candidate, ctx: Context) -> Resolved | None:
    unit = unit_of(c.groups, ctx.lex)
    if unit is None:
        return None
    raw_num = c.groups.get("num", "")
    if raw_num.lower() in _LEX.words["vague_articles"] and c.groups["unit"].lower().endswith("s") and not c.groups.get("rel"):
        # "a days-long standoff": the article belongs to the noun; the plural is vague
        start = c.groups["_all"].lower().index(raw_num.lower()) + len(raw_num)
        start += len(c.groups["_all"][start:]) - len(c.groups["_all"][start:].lstrip())
        return Resolved("DURATION", duration_value(None, unit), trim=(start, 0))
    if (raw_num.lower() in _LEX.words["rate_articles"] and not c.groups.get("rel") and not c.groups.get("qmod")
            and _RATE_BEFORE.search(ctx.text[max(0, c.start - 40):c.start])
            and not _RATE_NOT_AFTER.match(ctx.text, c.end)):
        # "$5 billion a year", "3.5 million barrels a day": a rate, TimeML SET
        return Resolved("SET", duration_value(1, unit))
    if c.groups.get("halfof"):
        n: float | None = 0.5
    else:
        n = number(c.groups["num"], ctx.lex)
        if n is not None and c.groups.get("half"):
            n += 0.5
    if n is not None and (n <= 0 or n > 10000):
        return None
    window, anchor = None, None
    rel = (c.groups.get("rel") or "").lower()
    if rel == "last" and word_before(ctx, c) in VERB_LAST_BEFORE:
        # "the talks will last several weeks": the verb, not "the last several weeks"
        start = c.groups["_all"].lower().index("last") + len("last")
        start += len(c.groups["_all"][start:]) - len(c.groups["_all"][start:].lstrip())
        c = replace(c, start=c.start + start, groups={**c.groups, "rel": None})
        r = rule_duration(c, ctx)
        return replace(r, trim=(r.trim[0] + start, r.trim[1])) if r else None
    if n is not None and rel in _LEX.words["ahead_words"] | _LEX.words["back_words"]:
        # "the next two weeks" = DCT+1 .. DCT+14; "the past three months" = DCT-3 months .. DCT
        if rel in _LEX.words["ahead_words"]:
            window = (ctx.dct + cal.DAY, shift(ctx.dct, n, unit))
        else:
            window = (shift(ctx.dct, -n, unit), ctx.dct)
        anchor = "publication"
    elif n is None and rel in _LEX.words["back_words"] and unit in _LEX.maps["vague_back_window_map"]:
        # "over the last several months": as far back as "recent months" reaches
        reach = _LEX.maps["vague_back_window_map"][unit]
        window, anchor = (shift(ctx.dct, -int(reach[:-1]), reach[-1]), ctx.dct), "publication"
    return Resolved("DURATION", duration_value(n, unit), mod=mod_of(c.groups, ctx.lex, "qmod"),
                    anchor=anchor, window=window)


def rule_vague_duration(c: Candidate, ctx: Context) -> Resolved | None:
    word = c.groups["vu"].lower()
    unit = ctx.lex.units.get(word) or _LEX.maps["vague_unit_map"].get(word)
    return Resolved("DURATION", duration_value(None, unit)) if unit else None


def rule_reference_time(c: Candidate, ctx: Context) -> Resolved | None:
    """"until then", "since then", "at the time": the time the story named last (a day, month,
    quarter or year); with none, the past ("since then") or nothing."""
    ref, coarse = ctx.ref, ctx.ref_coarse
    if coarse is not None and (ref is None or coarse.start > ref.start):
        base, granularity, s, e = coarse
        return Resolved("DATE", coarse_value(base, granularity), anchor="narrative", anchor_span=(s, e))
    if ref is not None:
        return Resolved("DATE", ref.day.isoformat(), anchor="narrative", anchor_span=(ref.start, ref.end),
                        day=ref.day)
    if c.groups.get("then") and word_before(ctx, c) not in _LEX.words["since_words"]:
        return None  # "until then", "by then" with no time named: nothing to point to
    return Resolved("DATE", "PAST_REF", anchor="publication")


def rule_unit_long(c: Candidate, ctx: Context) -> Resolved | None:
    """"their third day-long meeting": one unit (the plural "days-long" is vague_long)."""
    unit = unit_of(c.groups, ctx.lex)
    return Resolved("DURATION", duration_value(1, unit)) if unit and unit != "WE" else None


def rule_vague_date(c: Candidate, ctx: Context) -> Resolved | None:
    """"in the weeks before the shooting": a stretch of time next to the event the narrative is
    about; TimeML gives it the reference's month (or year for 'months')."""
    unit = ctx.lex.units.get(c.groups["vu"].lower())
    if ctx.ref is None:
        return Resolved("DATE", "PAST_REF", anchor="publication")
    d = ctx.ref.day
    value = f"{d.year:04d}" if unit == "M" else cal.month_value(d)
    return Resolved("DATE", value, anchor="narrative", anchor_span=(ctx.ref.start, ctx.ref.end))


def rule_set(c: Candidate, ctx: Context) -> Resolved | None:
    unit = unit_of(c.groups, ctx.lex)
    if unit is None:
        return None
    n = 2 if c.groups.get("other") else 1
    if c.groups.get("num") and not c.groups.get("times"):
        n = number(c.groups["num"], ctx.lex) or 1
    return Resolved("SET", duration_value(n, unit))


def rule_set_named(c: Candidate, ctx: Context) -> Resolved | None:
    """"every January": SET XXXX-01; "every 11 March": XXXX-03-11; "each winter": SET XXXX-WI."""
    month = c.groups.get("month") or c.groups.get("month2") or c.groups.get("month3")
    if month:
        value = f"XXXX-{ctx.lex.months[month.lower()]:02d}"
        day = c.groups.get("day") or c.groups.get("day2")
        return Resolved("SET", f"{value}-{day_number(day):02d}" if day else value)
    return Resolved("SET", f"XXXX-{ctx.lex.seasons[c.groups['season'].lower()].code}")


def rule_set_weekday(c: Candidate, ctx: Context) -> Resolved | None:
    """"each Sunday", "on Sundays": TimeML SET XXXX-WXX-7 (ISO weekday number), with a part of day if given."""
    name = (c.groups.get("weekday") or c.groups.get("wdp", "")[:-1]).lower()
    if name == "weekend":  # "on weekends"
        return Resolved("SET", "XXXX-WXX-WE")
    wd = ctx.lex.weekdays.get(name)
    if wd is None:
        return None
    part = ctx.lex.parts_of_day.get((c.groups.get("part") or "").lower())
    return Resolved("SET", f"XXXX-WXX-{wd + 1}" + (f"T{part}" if part else ""))
