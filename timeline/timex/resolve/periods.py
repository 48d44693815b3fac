"""Rules for periods: months, seasons, quarters, halves, years, decades, centuries, weeks of a month."""
from __future__ import annotations

import datetime as dt

from timeline.timex import calendar as cal
from timeline.timex.detect import Candidate, range_end
from timeline.timex.lexicon import load
from timeline.timex.resolve.choose import (DETERMINER_BEFORE, SENTENCE_BREAK, after_since, coarse_is_latest,
                                           focus_of, governed, nearest_to_focus, pick, rel_of, year_just_named)
from timeline.timex.resolve.values import Resolved, coarse_value, day_number, mod_of, number
from timeline.timex.story import Context

_LEX = load()


def _month_start_for(month: int, ctx: Context, c: Candidate) -> dt.date:
    """First day of the named month (no year given), in the year the tense points to."""
    dct = ctx.dct
    options = [dt.date(y, month, 1) for y in (dct.year - 1, dct.year, dct.year + 1)]
    this_month = dt.date(dct.year, dct.month, 1)
    if month == dct.month:
        return this_month
    return pick(options, this_month, ctx.tense(c), near_days=31)


def rule_week_of_month(c: Candidate, ctx: Context) -> Resolved | None:
    """"the first week of December": the n-th Monday-to-Sunday week whose Thursday is in that month (ISO
    rule), "the last week of" the final one."""
    month = ctx.lex.months[c.groups["month"].lower()]
    if c.groups.get("year"):
        first, anchor = dt.date(int(c.groups["year"]), month, 1), "absolute"
    else:
        first, anchor = _month_start_for(month, ctx, c), "publication"
    wn = c.groups["wn"].lower()
    if wn in _LEX.words["last_week_words"]:
        last = cal.shift_months(first, 1) - cal.DAY
        thursday = last - dt.timedelta(days=(last.weekday() - 3) % 7)
    else:
        n = int(_LEX.maps["week_ordinal_map"][wn])
        thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 7 * (n - 1))
    return Resolved("DATE", cal.week_value(thursday), anchor=anchor)


def rule_month_year(c: Candidate, ctx: Context) -> Resolved | None:
    month = ctx.lex.months[c.groups["month"].lower()]
    d = dt.date(int(c.groups["year"]), month, 1)
    return Resolved("DATE", cal.month_value(d), mod=mod_of(c.groups, ctx.lex), anchor="absolute", coarse=(d, "M"))


def rule_month_rel_year(c: Candidate, ctx: Context) -> Resolved | None:
    month = ctx.lex.months[c.groups["month"].lower()]
    year = ctx.dct.year + int(_LEX.maps["year_offset_map"][c.groups["ry"].lower()])
    d = dt.date(year, month, 1)
    return Resolved("DATE", cal.month_value(d), mod=mod_of(c.groups, ctx.lex), anchor="publication",
                    coarse=(d, "M"))


_PRENOMINAL_MONTH = _LEX.contexts["prenominal_month"]


def rule_month(c: Candidate, ctx: Context) -> Resolved | None:
    month = ctx.lex.months[c.groups["month"].lower()]
    rel = rel_of(c)
    dct = ctx.dct
    options = [dt.date(y, month, 1) for y in (dct.year - 1, dct.year, dct.year + 1)]
    this_month = dt.date(dct.year, dct.month, 1)
    prenominal = bool(_PRENOMINAL_MONTH.match(ctx.text, c.end)) and bool(
        DETERMINER_BEFORE.search(ctx.text, max(0, c.start - 12), c.start))
    if not rel and not prenominal and (year_named := year_just_named(ctx, c)) is not None:
        # "... last year, when it carried out two tests, in January and September": that year's
        d = dt.date(year_named, month, 1)
        base, _g, s_, e_ = ctx.ref_coarse
        # no coarse reference of its own: "in January and September" both stay in that year
        return Resolved("DATE", cal.month_value(d), mod=mod_of(c.groups, ctx.lex), anchor="narrative",
                        anchor_span=(s_, e_))
    if not rel and (f := focus_of(ctx, c)):
        around = [dt.date(y, month, 1) for y in (f.day.year - 1, f.day.year, f.day.year + 1)]
        if (d := nearest_to_focus(around, f)) is not None:
            return Resolved("DATE", cal.month_value(d), mod=mod_of(c.groups, ctx.lex), anchor="narrative",
                            anchor_span=(f.start, f.end), coarse=(d, "M"))
    if rel in _LEX.words["back_words"]:
        d = max(o for o in options if o < this_month)
    elif rel in _LEX.words["ahead_words"]:
        d = min(o for o in options if o > this_month)
    elif rel == "this" or month == dct.month:
        d = dt.date(dct.year, month, 1)
    else:
        if after_since(ctx, c):
            options = [o for o in options if o <= this_month]
            tense = "past"
        elif prenominal:
            tense = None  # "its December jobs report", "the July deficit": a period whose figures exist
        else:
            tense = governed(ctx.tense(c), ctx, c)
        # months are picked from the first of the DCT's month, so next month is always ~30 days
        # away: only a month after that is "clearly ahead" for a past verb ("floated a meeting in
        # mid-January", written Dec. 19, is the coming January)
        d = pick(options, this_month, tense, near_days=31, past_over_near=45)
    return Resolved("DATE", cal.month_value(d), mod=mod_of(c.groups, ctx.lex), anchor="publication",
                    coarse=(d, "M"))


def _season_span(year: int, code: str, ctx: Context) -> tuple[dt.date, dt.date]:
    s = ctx.lex.season_by_code[code]
    start = dt.date(year, s.first_month, 1)
    end_year = year + 1 if s.last_month < s.first_month else year
    end = cal.shift_months(dt.date(end_year, s.last_month, 1), 1) - cal.DAY
    return start, end


def rule_season(c: Candidate, ctx: Context) -> Resolved | None:
    code = ctx.lex.seasons[c.groups["season"].lower()].code
    mod = mod_of(c.groups, ctx.lex)
    if c.groups.get("year"):
        return Resolved("DATE", f"{int(c.groups['year']):04d}-{code}", mod=mod, anchor="absolute")
    dct = ctx.dct
    years = (dct.year - 2, dct.year - 1, dct.year, dct.year + 1)
    spans = [(y, *_season_span(y, code, ctx)) for y in years]
    rel = rel_of(c)
    containing = [y for y, s, e in spans if s <= dct <= e]
    if rel in _LEX.words["back_words"]:
        year = max(y for y, s, e in spans if e < dct)
    elif rel in _LEX.words["ahead_words"]:
        year = min(y for y, s, e in spans if s > dct)
    elif containing:
        year = containing[0]
    elif rel == "this":
        year = dct.year
    else:
        tense = ctx.tense(c)
        if tense == "future":
            year = min(y for y, s, e in spans if s > dct)
        else:
            year = max(y for y, s, e in spans if e < dct)
    return Resolved("DATE", f"{year:04d}-{code}", mod=mod, anchor="publication")


def rule_season_ref(c: Candidate, ctx: Context) -> Resolved | None:
    """"that summer", "the following spring": the season of, or after, the time the story is on."""
    code = ctx.lex.seasons[c.groups["season"].lower()].code
    f = focus_of(ctx, c, anaphoric=True)
    whole_year = False
    if f:
        base, anchor, span, whole_year = f.day, "narrative", (f.start, f.end), f.grain == "Y"
    elif coarse_is_latest(ctx):
        base, granularity, s, e = ctx.ref_coarse
        anchor, span, whole_year = "narrative", (s, e), granularity == "Y"
    elif ctx.ref is not None:
        base, anchor, span = ctx.ref.day, "narrative", (ctx.ref.start, ctx.ref.end)
    else:
        base, anchor, span = ctx.dct, "publication", None
    spans = [(y, *_season_span(y, code, ctx)) for y in range(base.year - 2, base.year + 3)]
    srel = c.groups["srel"].lower()
    if whole_year:  # "In 2010 the mine flooded. That summer ...": 2010's; "the following summer" 2011's
        year = base.year + int(_LEX.maps["season_offset_map"].get(srel, 0))
    elif srel in ("the following", "the next"):
        year = min(y for y, s, e in spans if s > base)
    elif srel in ("the previous", "the preceding"):
        year = max(y for y, s, e in spans if e < base)
    else:  # "that summer": the one containing the reference time, else the one of its year
        containing = [y for y, s, e in spans if s <= base <= e]
        year = containing[0] if containing else base.year
    return Resolved("DATE", f"{year:04d}-{code}", anchor=anchor, anchor_span=span)


def rule_quarter_anaphor(c: Candidate, ctx: Context) -> Resolved | None:
    """"Sales in the quarter climbed": the quarter the story last named; nothing when it named none."""
    coarse = ctx.last_quarter
    if coarse is None:
        # "Revenue for the quarter rose 4%" with no quarter named: the last one that has ended
        words = ctx.text[max(0, c.start - 20):c.start].lower().split()  # "... for the" before "quarter"
        if len(words) < 2 or words[-2] not in _LEX.words["period_prepositions"]:
            return None
        q = cal.quarter_of(ctx.dct) - 1
        base = dt.date(ctx.dct.year - (1 if q == 0 else 0), 3 * (q or 4) - 2, 1)
        return Resolved("DATE", coarse_value(base, "Q"), anchor="publication", coarse=(base, "Q"))
    base, _g, s_, e_ = coarse
    if cal.shift_months(base, 3) > ctx.dct:
        # the last quarter named has not ended ("fourth-quarter results ... profit for the quarter
        # doubled"): figures are for the last quarter that has
        q = cal.quarter_of(ctx.dct) - 1
        base = dt.date(ctx.dct.year - (1 if q == 0 else 0), 3 * (q or 4) - 2, 1)
        return Resolved("DATE", coarse_value(base, "Q"), anchor="publication", coarse=(base, "Q"))
    return Resolved("DATE", coarse_value(base, "Q"), anchor="narrative", anchor_span=(s_, e_), coarse=(base, "Q"))


def _quarter(year: int, q: int, anchor: str, span: tuple[int, int] | None = None) -> Resolved:
    """Quarter q of year, with its first day as the coarse reference."""
    return Resolved("DATE", f"{year:04d}-Q{q}", anchor=anchor, anchor_span=span,
                    coarse=(dt.date(year, 3 * q - 2, 1), "Q"))


def rule_quarter(c: Candidate, ctx: Context) -> Resolved | None:
    raw = (c.groups.get("qn") or c.groups.get("qd") or "").lower()
    q = int(_LEX.maps["quarter_ordinal_map"][raw]) if raw in _LEX.maps["quarter_ordinal_map"] else None
    if c.groups.get("qend_month"):  # "in the quarter ended Sept. 30": the quarter that day closes
        month, day = ctx.lex.months[c.groups["qend_month"].lower()], day_number(c.groups["qend_day"])
        ends = [d for y in (ctx.dct.year - 1, ctx.dct.year) if (d := cal.valid_date(y, month, day)) and d <= ctx.dct]
        if not ends:
            return None
        end = ends[-1]
        year, q = end.year, cal.quarter_of(end)
        return _quarter(year, q, "publication")
    if c.groups.get("qmonth"):  # "the September quarter": the quarter that month closes
        month = ctx.lex.months[c.groups["qmonth"].lower()]
        q = month // 3 if month % 3 == 0 else None
    if c.groups.get("month_to"):  # "the April-June quarter": three months, the first opening a calendar quarter
        first, last = (ctx.lex.months[c.groups[k].lower()] for k in ("month", "month_to"))
        q = (first - 1) // 3 + 1 if first % 3 == 1 and (last - first) % 12 == 2 else None
    if q is None:
        return None
    if c.groups.get("year"):
        year = int(c.groups["year"])
        return _quarter(year, q, "absolute")
    if c.groups.get("ry"):  # "the first quarter of next year"
        year = ctx.dct.year + int(_LEX.maps["year_offset_map"][c.groups["ry"].lower()])
        return _quarter(year, q, "publication")
    if f := focus_of(ctx, c):  # "the economy contracted in the third quarter" of the year the story is in
        year = f.day.year
        return _quarter(year, q, "narrative", (f.start, f.end))
    year, current = ctx.dct.year, cal.quarter_of(ctx.dct)
    # "fourth-quarter growth is due Jan. 27": a quarter named as a modifier is one whose figures exist
    tense = None if c.groups["_all"].lower().endswith("-quarter") else ctx.tense(c)
    # a quarter not begun yet is last year's unless the clause looks ahead ("fourth-quarter results" in January);
    # early in a year, the fourth quarter is the one just ended whatever the tense ("analysts expect
    # fourth-quarter earnings of 45 cents", written Jan. 8)
    just_ended = q == 4 and current == 1 and (ctx.dct - dt.date(year, 1, 1)).days < JUST_ENDED_DAYS
    if q > current and (tense not in ("future", "scheduled") or just_ended):
        year -= 1
    elif current - q >= 2 and tense in ("future", "scheduled"):
        year += 1  # "earnings to fall in the first quarter", written in December: next year's
    return _quarter(year, q, "publication")


JUST_ENDED_DAYS = 45  # a quarter's results are awaited this long after it ends


def rule_decade(c: Candidate, ctx: Context) -> Resolved | None:
    if c.groups.get("dec"):
        year = int(c.groups["dec"])
    else:
        d = int(c.groups["dec2"])
        year = 2000 + d if 2000 + d <= ctx.dct.year else 1900 + d
    return Resolved("DATE", cal.decade_value(year), mod=mod_of(c.groups, ctx.lex), anchor="absolute")


def rule_century(c: Candidate, ctx: Context) -> Resolved | None:
    n = int(c.groups["cent"])
    if not 1 <= n <= 30:
        return None
    return Resolved("DATE", f"{n - 1:02d}", mod=mod_of(c.groups, ctx.lex), anchor="absolute")


def _spelled_year(words: str, ctx: Context) -> int | None:
    """"nineteen ninety-six" -> 1996, "nineteen oh five" -> 1905, "twenty twelve" -> 2012."""
    head, _, tail = " ".join(words.lower().replace("-", " ").split()).partition(" ")
    century = number(head, ctx.lex)
    tail = " ".join(w for w in tail.split() if w != "oh")
    rest = 0.0 if tail == "hundred" else number(tail, ctx.lex)
    if century is None or rest is None or not 0 <= rest < 100:
        return None
    return int(century * 100 + rest)


def rule_year(c: Candidate, ctx: Context) -> Resolved | None:
    if c.groups.get("spelled"):
        year = _spelled_year(c.groups["spelled"], ctx)
    elif c.groups.get("yy"):  # "58" of "1957-58": the second year of the range
        first = ctx.text[c.start - 5:c.start - 1]
        year = range_end(int(first), ctx.text, c.start - 1) if first.isdigit() else None
    else:
        year = int(c.groups["year"])
    if year is None:
        return None
    d = dt.date(year, 1, 1)
    return Resolved("DATE", f"{year:04d}", mod=mod_of(c.groups, ctx.lex), anchor="absolute", coarse=(d, "Y"))


def _half(year: int, half: int, anchor: str, span: tuple[int, int] | None = None) -> Resolved:
    """Half `half` of `year`, with its first day as the coarse reference ("a year earlier" after it is
    that half a year before)."""
    return Resolved("DATE", f"{year:04d}-H{half}", anchor=anchor, anchor_span=span,
                    coarse=(dt.date(year, 6 * half - 5, 1), "HY"))


def rule_half_year(c: Candidate, ctx: Context) -> Resolved | None:
    digit = c.groups.get("hd") or c.groups.get("hd2")
    half = int(digit) if digit else (1 if c.groups["hn"].lower() == "first" else 2)
    if c.groups.get("year"):
        return _half(int(c.groups["year"]), half, "absolute")
    ry = (c.groups.get("ry") or "").lower()
    if ry in ("", "the") and (f := focus_of(ctx, c, anaphoric=True)):
        return _half(f.day.year, half, "narrative", (f.start, f.end))
    # "the second half of the year" / "of this year": the DCT's year; "of next/last year" shifted
    year = ctx.dct.year + int(_LEX.maps["year_offset_map"].get(ry, 0))
    if not ry and half == 2 and ctx.dct.month <= 6 and ctx.tense(c) == "past":
        year -= 1  # "second-half profit fell", written in the spring: last year's second half
    return _half(year, half, "publication")


REPORTING_GRAINS = ("Q", "HY", "M", "Y")
RESULTS_MONTHS = 3  # a year's results are told up to this month of the next year


def reporting_year(ctx: Context, c: Candidate) -> tuple[int, str, tuple[int, int] | None]:
    """(year, anchor, anchor span) of the year a company's figures are for ("the full year", "for the
    year"): the year of the quarter, half, month or year the story named last; else the DCT's, or the
    year before when a past-tense clause tells of results early in a year."""
    coarse = ctx.ref_coarse
    if coarse is not None and coarse.grain in REPORTING_GRAINS and abs(coarse.day.year - ctx.dct.year) <= 1 and (
            coarse.grain in ("Q", "HY") or len(SENTENCE_BREAK.findall(ctx.text, coarse.end, c.start)) <= 1):
        # a quarter or half named anywhere; a month or year only in this sentence or the one before
        return coarse.day.year, "narrative", (coarse.start, coarse.end)
    year = ctx.dct.year
    if ctx.dct.month <= RESULTS_MONTHS and ctx.tense(c) == "past":
        year -= 1
    return year, "publication", None


def rule_year_anaphor(c: Candidate, ctx: Context) -> Resolved | None:
    """"For the year, sales rose 4%": the year the story's figures are for."""
    year, anchor, span = reporting_year(ctx, c)
    return Resolved("DATE", f"{year:04d}", anchor=anchor, anchor_span=span)


def rule_year_period(c: Candidate, ctx: Context) -> Resolved | None:
    """"up from $375 million in the 1997 quarter": that year's quarter (half, month) of the kind the
    story named last; "the 1988 period" without one is the year."""
    year = int(c.groups["year"])
    kind = c.groups["period"].lower()
    coarse = ctx.ref_coarse
    if kind == "quarter" and ctx.last_quarter is not None:
        return _quarter(year, cal.quarter_of(ctx.last_quarter.day), "absolute")
    if kind == "half" and coarse is not None and coarse.grain == "HY":
        return _half(year, 1 if coarse.day.month <= 6 else 2, "absolute")
    if kind != "period":
        return None
    if coarse is not None and coarse.grain in ("Q", "HY", "M"):
        d = coarse.day.replace(year=year)
        return Resolved("DATE", coarse_value(d, coarse.grain), anchor="absolute", coarse=(d, coarse.grain))
    return Resolved("DATE", f"{year:04d}", anchor="absolute", coarse=(dt.date(year, 1, 1), "Y"))


def rule_week_ended(c: Candidate, ctx: Context) -> Resolved | None:
    """"jobless claims in the week ended March 9": the calendar week of that day."""
    month, day = ctx.lex.months[c.groups["wend_month"].lower()], day_number(c.groups["wend_day"])
    if c.groups.get("wend_year"):
        end = cal.valid_date(int(c.groups["wend_year"]), month, day)
    else:
        ends = [d for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1) if (d := cal.valid_date(y, month, day))]
        end = pick(ends, ctx.dct, ctx.tense(c)) if ends else None
    return Resolved("DATE", cal.week_value(end), anchor="publication") if end else None


def rule_year_ended(c: Candidate, ctx: Context) -> Resolved | None:
    """"the (fiscal) year ended June 30": the fiscal year that day closes, named by the calendar year
    it ends in (as "fiscal 1989" is); "the fiscal year beginning Oct. 1": the one that day opens."""
    month, day = ctx.lex.months[c.groups["yend_month"].lower()], day_number(c.groups["yend_day"])
    if c.groups.get("yend_year"):
        named = cal.valid_date(int(c.groups["yend_year"]), month, day)
        anchor = "absolute"
    else:
        days = [d for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1) if (d := cal.valid_date(y, month, day))]
        if not days:
            return None
        if c.groups.get("begins"):
            named = pick(days, ctx.dct, ctx.tense(c))
        else:
            ahead = ctx.tense(c) in ("future", "scheduled")
            past = [d for d in days if d <= ctx.dct]
            named = min(d for d in days if d > ctx.dct) if ahead or not past else past[-1]
        anchor = "publication"
    if named is None:
        return None
    # a year that begins on a day ends the day before that day a year later
    year = (cal.shift_years(named, 1) - cal.DAY).year if c.groups.get("begins") else named.year
    return Resolved("DATE", f"{year:04d}", anchor=anchor, coarse=(dt.date(year, 1, 1), "Y"))
