"""Normalisation: one function per pattern rule turns a detected candidate into a TIMEX3 value.

Each rule gets the candidate's named groups and a `Context` (text, DCT, running reference
time, lexicon) and returns a `Resolved` or None (not a time expression after all).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from timeline.timex import calendar as cal
from timeline.timex.detect import Candidate
from timeline.timex.lexicon import Lexicon
from timeline.timex.tense import governing_tense, tense_near

PRESENT_SLACK_DAYS = 15  # scheduled present ('talks resume'): the coming date wins unless the past one is nearer by more than this
NEAR_DAYS = 60  # a month/day without year this close to the DCT is taken as the nearest one
PAST_OVER_NEAR_DAYS = 21  # ... unless a past-tense clause names it and the near one is this far ahead
FUTURE_OVER_NEAR_DAYS = 3  # a future-tense clause never means a date more than this far behind the DCT
# "Friday night": True values it as the TimeML guidelines do (TIME 2025-11-21TNI); False as the bare day
PART_OF_DAY_VALUES = True


@dataclass
class Reference:
    """The running reference time: the last day the narrative talked about."""
    day: dt.date
    start: int
    end: int


@dataclass
class Context:
    text: str
    dct: dt.date
    lex: Lexicon
    ref: Reference | None = None          # last resolved calendar day
    ref_coarse: tuple | None = None       # (first day, granularity 'M'/'Q'/'Y', start, end) last month/quarter/year
    ref_week: tuple | None = None         # (Monday, start, end) of the last calendar week named
    last_quarter: tuple | None = None     # (first day, 'Q', start, end) of the last quarter named ("in the quarter")
    focus: tuple | None = None            # (first day, 'D'/'M'/'Q'/'Y', start, end): the other period the
                                          # story has moved to ("In March 1942 ... on June 13"), None at "now"
    dormant_focus: tuple | None = None    # the focus of the paragraph just ended, for anaphora ("that summer")
    last_start: int | None = None         # start of the last expression tagged so far

    def tense(self, c: Candidate) -> str | None:
        """The clause's tense; a present perfect ("has carried out") counts as past."""
        t = tense_near(self.text, c.start, c.end)
        return "past" if t == "perfect" else t


@dataclass
class Resolved:
    type: str
    value: str
    mod: str | None = None
    anchor: str | None = None
    anchor_span: tuple[int, int] | None = None
    window: tuple[dt.date, dt.date] | None = None
    day: dt.date | None = None            # the calendar day it denotes, when it is one
    coarse: tuple[dt.date, str] | None = None  # (first day, 'M', 'Q' or 'Y') for month/quarter/year values
    trim: tuple[int, int] = field(default=(0, 0))


# ---------------------------------------------------------------- helpers

def number(word: str, lex: Lexicon) -> float | None:
    """'12' -> 12, 'twenty-four' -> 24, 'a couple of' -> 2, 'several' -> None (vague)."""
    w = " ".join(word.lower().replace("-", " ").split())
    try:
        return float(w.replace(",", ""))
    except ValueError:
        pass
    if w in lex.numbers:
        v = lex.numbers[w]
        return None if v == "X" else float(v)
    parts = w.split()
    if len(parts) == 2 and parts[0] in lex.numbers and parts[1] in lex.numbers:
        a, b = lex.numbers[parts[0]], lex.numbers[parts[1]]
        if a != "X" and b != "X":
            return float(a) + float(b)
    return None


def mod_of(groups: dict, lex: Lexicon, key: str = "dmod") -> str | None:
    raw = groups.get(key)
    if not raw:
        return None
    w = " ".join(raw.lower().split())
    return (lex.modifiers.get(w) or lex.modifiers.get(w.rstrip("-"))
            or {"mid": "MID", "end": "END"}.get(w.rstrip("-")))  # "mid-2024", "end-2024"


def unit_of(groups: dict, lex: Lexicon) -> str | None:
    return lex.units.get(groups.get("unit", "").lower())


def _fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


# TIMEX3 letter and multiplier of each unit code of units.tsv (decades and centuries count in years)
DURATION_CODE = {"Y": ("Y", 1), "M": ("M", 1), "W": ("W", 1), "D": ("D", 1), "Q": ("Q", 1), "H": ("H", 1),
                 "MIN": ("M", 1), "S": ("S", 1), "DE": ("Y", 10), "CE": ("Y", 100), "WE": ("D", 2)}


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration: P3D, PT5H30M, P18M, P10Y (decades), PXY (vague, n is None)."""
    code, scale = DURATION_CODE[unit]
    prefix = "PT" if unit in ("H", "MIN", "S") else "P"
    if n is None:
        return f"{prefix}X{code}"
    n = n * scale
    if not float(n).is_integer():  # a fraction goes down one unit: 1.5 years = P18M
        whole, frac = int(n), n - int(n)
        if unit == "H":
            return f"PT{whole}H{round(frac * 60)}M" if whole else f"PT{round(frac * 60)}M"
        if unit == "Y":
            return f"P{round(n * 12)}M"
        if unit == "D":
            return f"P{whole}DT{round(frac * 24)}H" if whole else f"PT{round(frac * 24)}H"
        if unit == "W":
            return f"P{round(n * 7)}D"
    return f"{prefix}{_fmt_num(n)}{code}"


def date_at_granularity(d: dt.date, unit: str) -> str:
    """The value of the calendar unit of granularity `unit` containing `d` (TimeML: the value is
    as precise as the expression, so "four decades ago" is a decade, 196, not a year)."""
    if unit in ("D", "H", "MIN", "S"):
        return d.isoformat()
    if unit in ("W", "WE"):
        return cal.week_value(d)
    if unit in ("M", "Q"):
        return cal.month_value(d)
    if unit == "DE":
        return cal.decade_value(d.year)
    if unit == "CE":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


# TimeML mods of a point in time: "more than four decades ago" = BEFORE 196, "less than a year ago" = AFTER
POINT_MOD = {"MORE_THAN": "BEFORE", "LESS_THAN": "AFTER", "EQUAL_OR_MORE": "ON_OR_BEFORE",
             "EQUAL_OR_LESS": "ON_OR_AFTER"}


def shift(d: dt.date, n: float, unit: str) -> dt.date:
    if unit in ("D", "W", "WE", "H", "MIN", "S"):
        days = {"D": n, "W": 7 * n, "WE": 7 * n, "H": n / 24, "MIN": n / 1440, "S": n / 86400}[unit]
        return d + dt.timedelta(days=round(days) if unit in ("D", "W", "WE") else int(days))
    months = {"M": n, "Q": 3 * n, "Y": 12 * n, "DE": 120 * n, "CE": 1200 * n}[unit]
    return cal.shift_months(d, round(months))


def pick(options: list[dt.date], dct: dt.date, tense: str | None, near_days: int = NEAR_DAYS,
         past_over_near: int = PAST_OVER_NEAR_DAYS) -> dt.date:
    """Among candidate dates for an underspecified expression, the one the tense and distance suggest."""
    options = sorted(options)
    nearest = min(options, key=lambda d: (abs((d - dct).days), d > dct))
    future = [d for d in options if d >= dct]
    past = [d for d in options if d <= dct]
    if tense == "governed_past" and past and (nearest - dct).days > past_over_near:
        # "the tariff took effect on Jan. 10" in a November report: last January, not the coming one
        return past[-1]
    if tense == "governed_future" and future and (dct - nearest).days > FUTURE_OVER_NEAR_DAYS:
        # "elections will be held in December", written on Jan. 3: the coming December
        return future[0]
    if tense in ("governed_past", "governed_future"):
        tense = tense[len("governed_"):]
    if abs((nearest - dct).days) <= near_days or not future or not past:
        return nearest
    if tense == "future":
        return future[0]
    if tense == "past":
        return past[-1]
    if tense == "scheduled":
        # a scheduled present ("talks resume in September") leans forward: the coming one unless the
        # past one is clearly nearer
        return future[0] if (future[0] - dct).days <= (dct - past[-1]).days + PRESENT_SLACK_DAYS else past[-1]
    # no tense: news reports the past, so the future reading needs to be clearly closer
    return future[0] if (future[0] - dct).days * 2 <= (dct - past[-1]).days else past[-1]


GRANULARITY_ORDER = {"D": 0, "H": 0, "MIN": 0, "S": 0, "W": 1, "WE": 1, "M": 2, "Q": 3, "Y": 4, "DE": 5, "CE": 6}


def coarse_value(d: dt.date, granularity: str) -> str:
    if granularity == "M":
        return cal.month_value(d)
    if granularity == "Q":
        return f"{d.year:04d}-Q{cal.quarter_of(d)}"
    return f"{d.year:04d}"


def coarse_is_latest(ctx: Context) -> bool:
    """True when the expression just before was a month, quarter or year, named after the day reference."""
    return (ctx.ref_coarse is not None and ctx.ref_coarse[2] == ctx.last_start
            and (ctx.ref is None or ctx.ref_coarse[2] > ctx.ref.start))


def rel_of(c: Candidate) -> str:
    """The relative word before a weekday, month or season; "this past" counts as "past"."""
    return " ".join((c.groups.get("rel") or "").lower().split()[-1:])


def word_before(ctx: Context, c: Candidate) -> str:
    words = ctx.text[max(0, c.start - 12):c.start].split()
    return words[-1].lower() if words else ""


_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:[\w'’]+\s+){0,4}$", re.I)


def after_since(ctx: Context, c: Candidate) -> bool:
    """True when the expression starts what began since ("since Friday", "Since taking office on Jan. 20"):
    such a start cannot lie after the DCT."""
    return bool(_SINCE_CLAUSE.search(ctx.text[max(0, c.start - 60):c.start]))


# ---------------------------------------------------------------- rules

def rule_ymd(c: Candidate, ctx: Context) -> Resolved | None:
    d = cal.valid_date(int(c.groups["year"]), int(c.groups["mm"]), int(c.groups["dd"]))
    return Resolved("DATE", d.isoformat(), anchor="absolute", day=d) if d else None


def rule_mdy_numeric(c: Candidate, ctx: Context) -> Resolved | None:
    yy = c.groups["yy"]
    year = int(yy) if len(yy) == 4 else (2000 + int(yy) if 2000 + int(yy) <= ctx.dct.year + 1 else 1900 + int(yy))
    d = cal.valid_date(year, int(c.groups["mm"]), int(c.groups["dd"]))
    return Resolved("DATE", d.isoformat(), anchor="absolute", day=d) if d else None


def _day_number(raw: str) -> int:
    return int(re.match(r"\d+", raw).group(0))


def focus_of(ctx: Context, c: Candidate, anaphoric: bool = False) -> tuple | None:
    """The period a history or background passage is in, for an expression without its own year;
    None when the story is at the publication date or the clause looks ahead. `anaphoric`
    expressions ("the end of the year", "that summer") may also refer back across a paragraph."""
    # across a paragraph, "since the start of the year" runs up to now: not the passage's year
    focus = ctx.focus or (ctx.dormant_focus if anaphoric and not after_since(ctx, c) else None)
    if focus is None or ctx.tense(c) in ("future", "scheduled", "present"):
        return None  # "Lai, who took office in May 2024, faces elections in November": now, not 2024
    return focus


def nearest_to_focus(options: list[dt.date], focus: tuple) -> dt.date | None:
    """The option nearest the focus; within its year when the focus is a whole year ("In 1942 ... in December")."""
    base, granularity = focus[0], focus[1]
    if granularity == "Y":
        options = [o for o in options if o.year == base.year]
    return min(options, key=lambda d: (abs((d - base).days), d < base)) if options else None


_LINE_OPEN = re.compile(r"(?:\A|\n)[ \t*\u2022-]*\Z")
_ENTRY_MARK = re.compile(r"\s*(?:[:\u2014\u2013]|\s-\s)")


def _chronology_entry(ctx: Context, c: Candidate) -> bool:
    """A date opening a line and followed by a colon or dash: an entry of a dated chronology."""
    return bool(_LINE_OPEN.search(ctx.text[max(0, c.start - 40):c.start]) and _ENTRY_MARK.match(ctx.text, c.end))


def governed(tense: str | None, ctx: Context, c: Candidate) -> str | None:
    """'governed_past'/'governed_future' when the expression's own verb agrees with the sentence's tense."""
    if tense in ("past", "future", "scheduled"):
        governing = governing_tense(ctx.text, c.start)
        if governing == tense or (governing == "future" and tense == "scheduled"):
            return "governed_" + governing  # "fiscal 1994, which begins July 1": the coming July
    return tense


def rule_month_day(c: Candidate, ctx: Context) -> Resolved | None:
    month = ctx.lex.months[c.groups["month"].lower()]
    day = _day_number(c.groups["day"])
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
    if prev not in ("last", "next") and (year_named := _year_just_named(ctx, c)) is not None:
        # "2019 is on course to be the warmest year, with a high of 38.2 C set on July 25"
        if (d := cal.valid_date(year_named, month, day)) is not None:
            base, _g, s_, e_ = ctx.ref_coarse
            return Resolved("DATE", d.isoformat(), mod=mod, anchor="narrative", anchor_span=(s_, e_), day=d)
    if prev not in ("last", "next") and (f := focus_of(ctx, c)):
        around = [d for y in (f[0].year - 1, f[0].year, f[0].year + 1) if (d := cal.valid_date(y, month, day))]
        if c.groups.get("weekday"):
            around = [d for d in around if d.weekday() == ctx.lex.weekdays[c.groups["weekday"].lower()]] or around
        if (d := nearest_to_focus(around, f)) is not None:
            return Resolved("DATE", d.isoformat(), mod=mod, anchor="narrative", anchor_span=(f[2], f[3]), day=d)
    if after_since(ctx, c):
        options = [d for d in options if d <= ctx.dct] or options
        prev = "since"
    tense = {"last": "past", "next": "future", "since": "past"}.get(prev) or ctx.tense(c)
    tense = governed(tense, ctx, c)
    if _chronology_entry(ctx, c) and tense != "future":
        tense = "governed_past"  # "March 3 — Two vessels shadow a survey ship": a dated list tells what happened
    elif (_DETERMINER_BEFORE.search(ctx.text, max(0, c.start - 12), c.start)
          and re.match(r",?\s+[a-z]{3,}", ctx.text[c.end:c.end + 12]) and tense in ("past", "governed_past")):
        tense = None  # "published the calendar for the Oct. 15 general elections": the date names the event
    d = pick(options, ctx.dct, tense, near_days=0 if prev in ("last", "next") else NEAR_DAYS)
    return Resolved("DATE", d.isoformat(), mod=mod, anchor="publication", day=d)


def rule_week_of(c: Candidate, ctx: Context) -> Resolved | None:
    r = rule_month_day(c, ctx)
    if r is None or r.day is None:
        return None
    if c.groups.get("we"):  # "the weekend of Nov. 15"
        return Resolved("DATE", cal.week_value(r.day) + "-WE", anchor=r.anchor)
    return Resolved("DATE", cal.week_value(r.day), anchor=r.anchor)


DAY_OF_MONTH_AFTER = frozenset({"on", "by", "until", "till", "since", "from", "before", "after", "through",
                                "to", "and", "or", "of"})


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
        k = {"last": -1, "this": 0, "next": 1}[c.groups["rm"].lower()]
        m = cal.shift_months(base, k)
        options = [d] if (d := cal.valid_date(m.year, m.month, day)) else []
    if not options:
        return None
    d = pick(options, ctx.dct, ctx.tense(c), near_days=3)
    return Resolved("DATE", d.isoformat(), anchor="publication", day=d)


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
    if wn in ("last", "final"):
        last = cal.shift_months(first, 1) - cal.DAY
        thursday = last - dt.timedelta(days=(last.weekday() - 3) % 7)
    else:
        n = {"first": 1, "second": 2, "third": 3, "fourth": 4}[wn]
        thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 7 * (n - 1))
    return Resolved("DATE", cal.week_value(thursday), anchor=anchor)


def rule_month_year(c: Candidate, ctx: Context) -> Resolved | None:
    month = ctx.lex.months[c.groups["month"].lower()]
    d = dt.date(int(c.groups["year"]), month, 1)
    return Resolved("DATE", cal.month_value(d), mod=mod_of(c.groups, ctx.lex), anchor="absolute", coarse=(d, "M"))


def rule_month_rel_year(c: Candidate, ctx: Context) -> Resolved | None:
    month = ctx.lex.months[c.groups["month"].lower()]
    year = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[c.groups["ry"].lower()]
    d = dt.date(year, month, 1)
    return Resolved("DATE", cal.month_value(d), mod=mod_of(c.groups, ctx.lex), anchor="publication",
                    coarse=(d, "M"))


_NEW_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?!in\b|on\b)|;\s", re.I)


def _year_just_named(ctx: Context, c: Candidate) -> int | None:
    """The year named before in the same sentence of a past-tense clause, if nothing more precise
    came after it ("last year, when it carried out two tests, in January and September")."""
    coarse = ctx.ref_coarse
    if coarse is None or coarse[1] != "Y" or (
            ctx.ref is not None and ctx.ref.start > coarse[2] and ctx.ref.day.year != coarse[0].year):
        return None
    named = ctx.text[coarse[2]:coarse[3]]
    if "fiscal" in ctx.text[max(0, coarse[2] - 8):coarse[3]].lower():
        return None  # a fiscal year straddles two calendar years
    # "2025 will end as the warmest year, with temperatures between January and November": any tense
    # for a year written out; a relative one ("last year") only for a past clause
    tense = ctx.tense(c)
    if not re.search(r"\d{4}", named) and tense != "past":
        return None
    if (tense == "past" and coarse[0].year > ctx.dct.year) or (tense == "future" and coarse[0].year < ctx.dct.year):
        return None  # "inflation could exceed 250 percent in 2026, after prices rose 19 percent in October"
    between = ctx.text[coarse[3]:c.start]
    if _SENTENCE_BREAK.search(between) or _NEW_CLAUSE.search(between):
        return None  # "... last year, its first since 2014, and the most recent case was confirmed in late January"
    opening = ctx.text[max(0, coarse[2] - 200):coarse[2]]
    cut = [m.end() for m in _SENTENCE_BREAK.finditer(opening)]
    clause = opening[cut[-1] if cut else 0:]
    if "," in clause and "," in between and re.search(r"\b(?:\w{3,}ed|who|which|whose|born|built|set up)\b",
                                                       clause[clause.rindex(","):], re.I):
        return None  # "The company, founded in 1998, said on March 5": the year dates an aside
    return coarse[0].year


_PRENOMINAL_MONTH = re.compile(r"\s+(?!and\b|or\b|to\b|through\b)[a-z]{3,}")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our|a|an)\s+\Z|['’]s\s+\Z", re.I)


def rule_month(c: Candidate, ctx: Context) -> Resolved | None:
    month = ctx.lex.months[c.groups["month"].lower()]
    rel = rel_of(c)
    dct = ctx.dct
    options = [dt.date(y, month, 1) for y in (dct.year - 1, dct.year, dct.year + 1)]
    this_month = dt.date(dct.year, dct.month, 1)
    prenominal = bool(_PRENOMINAL_MONTH.match(ctx.text, c.end)) and bool(
        _DETERMINER_BEFORE.search(ctx.text, max(0, c.start - 12), c.start))
    if not rel and not prenominal and (year_named := _year_just_named(ctx, c)) is not None:
        # "... last year, when it carried out two tests, in January and September": that year's
        d = dt.date(year_named, month, 1)
        base, _g, s_, e_ = ctx.ref_coarse
        # no coarse reference of its own: "in January and September" both stay in that year
        return Resolved("DATE", cal.month_value(d), mod=mod_of(c.groups, ctx.lex), anchor="narrative",
                        anchor_span=(s_, e_))
    if not rel and (f := focus_of(ctx, c)):
        around = [dt.date(y, month, 1) for y in (f[0].year - 1, f[0].year, f[0].year + 1)]
        if (d := nearest_to_focus(around, f)) is not None:
            return Resolved("DATE", cal.month_value(d), mod=mod_of(c.groups, ctx.lex), anchor="narrative",
                            anchor_span=(f[2], f[3]), coarse=(d, "M"))
    if rel in ("last", "past"):
        d = max(o for o in options if o < this_month)
    elif rel in ("next", "coming"):
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
    if rel in ("last", "past"):
        year = max(y for y, s, e in spans if e < dct)
    elif rel in ("next", "coming"):
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
        base, anchor, span, whole_year = f[0], "narrative", (f[2], f[3]), f[1] == "Y"
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
        year = base.year + {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}.get(srel, 0)
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
        return None
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
    q = {"first": 1, "1st": 1, "1": 1, "second": 2, "2nd": 2, "2": 2, "third": 3, "3rd": 3, "3": 3,
         "fourth": 4, "4th": 4, "4": 4, "final": 4}.get(raw)
    if c.groups.get("qend_month"):  # "in the quarter ended Sept. 30": the quarter that day closes
        month, day = ctx.lex.months[c.groups["qend_month"].lower()], _day_number(c.groups["qend_day"])
        ends = [d for y in (ctx.dct.year - 1, ctx.dct.year) if (d := cal.valid_date(y, month, day)) and d <= ctx.dct]
        if not ends:
            return None
        end = ends[-1]
        year, q = end.year, cal.quarter_of(end)
        return _quarter(year, q, "publication")
    if c.groups.get("month_to"):  # "the April-June quarter": three months, the first opening a calendar quarter
        first, last = (ctx.lex.months[c.groups[k].lower()] for k in ("month", "month_to"))
        q = (first - 1) // 3 + 1 if first % 3 == 1 and (last - first) % 12 == 2 else None
    if q is None:
        return None
    if c.groups.get("year"):
        year = int(c.groups["year"])
        return _quarter(year, q, "absolute")
    if c.groups.get("ry"):  # "the first quarter of next year"
        year = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[c.groups["ry"].lower()]
        return _quarter(year, q, "publication")
    if f := focus_of(ctx, c):  # "the economy contracted in the third quarter" of the year the story is in
        year = f[0].year
        return _quarter(year, q, "narrative", (f[2], f[3]))
    year, current = ctx.dct.year, cal.quarter_of(ctx.dct)
    # "fourth-quarter growth is due Jan. 27": a quarter named as a modifier is one whose figures exist
    tense = None if c.groups["_all"].lower().endswith("-quarter") else ctx.tense(c)
    # a quarter not begun yet is last year's unless the clause looks ahead ("fourth-quarter results" in January)
    if q > current and tense not in ("future", "scheduled"):
        year -= 1
    elif current - q >= 2 and tense in ("future", "scheduled"):
        year += 1  # "earnings to fall in the first quarter", written in December: next year's
    return _quarter(year, q, "publication")


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


def rule_year(c: Candidate, ctx: Context) -> Resolved | None:
    year = int(c.groups["year"])
    d = dt.date(year, 1, 1)
    return Resolved("DATE", f"{year:04d}", mod=mod_of(c.groups, ctx.lex), anchor="absolute", coarse=(d, "Y"))


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
    if rel in ("last", "past"):
        return cal.previous_weekday(dct, wd)
    if rel in ("next", "coming"):
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
    if before in ("until", "till", "by") and (
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


_RANGE_GAP = re.compile(r"\s*(?:-|\u2013|\s(?:to|through|thru|until|till|and|or)\s|,\s)\s*\Z", re.I)


def range_start(ctx: Context, c: Candidate) -> dt.date | None:
    """The day just tagged when this expression closes a range with it ("from Monday to Wednesday")."""
    ref = ctx.ref
    if ref is None or ref.start != ctx.last_start or ref.end > c.start or c.start - ref.end > 12:
        return None
    return ref.day if _RANGE_GAP.match(ctx.text[ref.end:c.start]) else None


_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n\s*\n")


def week_just_named(ctx: Context, c: Candidate) -> dt.date | None:
    """The Monday of a week named just before, in the same sentence ("colder weather next week,
    with snow from Wednesday"): a bare weekday then falls in that week."""
    if ctx.ref_week is None or ctx.ref_week[1] != ctx.last_start or c.start - ctx.ref_week[2] > 60:
        return None
    if word_before(ctx, c) == "by":  # "... next week, and told reservists to report by Saturday": a deadline
        return None
    return None if _SENTENCE_BREAK.search(ctx.text[ctx.ref_week[2]:c.start]) else ctx.ref_week[0]


def _tense_allows(d: dt.date, ctx: Context, c: Candidate) -> bool:
    """False when the clause's tense puts the day on the other side of the DCT
    ("will return next week, the envoy said on Friday": Friday is not in next week)."""
    tense = ctx.tense(c)
    return not ((tense == "past" and d > ctx.dct) or (tense == "future" and d < ctx.dct))


def rule_weekday(c: Candidate, ctx: Context) -> Resolved | None:
    wd = ctx.lex.weekdays[c.groups["weekday"].lower()]
    if not rel_of(c) and (first := range_start(ctx, c)) is not None:
        # the end of a range is the first such weekday after its start, whatever the tense says
        d = cal.next_weekday(first, wd)
    elif not rel_of(c) and (monday := week_just_named(ctx, c)) is not None and _tense_allows(
            monday + dt.timedelta(days=wd), ctx, c):
        d = monday + dt.timedelta(days=wd)
    else:
        d = resolve_weekday(wd, rel_of(c), ctx, c)
    part = c.groups.get("part")
    mod = mod_of(c.groups, ctx.lex)
    if part and PART_OF_DAY_VALUES:
        code = ctx.lex.parts_of_day[part.lower()]
        return Resolved("TIME", f"{d.isoformat()}T{code}", mod=mod, anchor="publication", day=d)
    return Resolved("DATE", d.isoformat(), mod=mod, anchor="publication", day=d)


def rule_weekday_offset(c: Candidate, ctx: Context) -> Resolved | None:
    wd = ctx.lex.weekdays[c.groups["weekday"].lower()]
    d = resolve_weekday(wd, rel_of(c), ctx, c)
    d += cal.DAY if c.groups["dir"].lower() == "after" else -cal.DAY
    return Resolved("DATE", d.isoformat(), anchor="publication", day=d)


_CLOCK = re.compile(r"(\d{1,2})(?::(\d\d))?\s*([ap])?", re.I)
_WORD_HOURS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


_ON_WEEKDAY_AFTER = re.compile(r"\.?(?:\s+local\s+time|\s+\(?(?:\d{1,2}:?\d\d\s+)?[A-Z]{2,4}\)?)?,?\s+(?:on\s+)?([A-Z][a-z]+\.?)")


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
    elif raw in ("noon", "midday"):
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
        hh, mm = (_WORD_HOURS[hw] if hw in _WORD_HOURS else int(hw)), 0
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
        shift_days = 1 if g["refday"].lower().startswith(("the next", "the following")) else 0
        if ctx.ref is not None:
            d, anchor, span = ctx.ref.day + dt.timedelta(days=shift_days), "narrative", (ctx.ref.start, ctx.ref.end)
        else:
            d, anchor, span = ctx.dct + dt.timedelta(days=shift_days), "publication", None
    elif g.get("weekday"):
        d = resolve_weekday(ctx.lex.weekdays[g["weekday"].lower()], rel_of(c), ctx, c)
        anchor, span = "publication", None
    elif g.get("relday"):  # "midnight tomorrow", "yesterday at 3 p.m."
        d = ctx.dct + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(g["relday"].lower(), 0))
        anchor, span = "publication", None
    elif (wd := _weekday_after(ctx, c)) is not None:  # "at 2:15 a.m. local time on Sunday"
        d, anchor, span = resolve_weekday(wd, "", ctx, c), "publication", None
    elif ctx.ref is not None and clock_on_reference_day(ctx, c):
        d, anchor, span = ctx.ref.day, "narrative", (ctx.ref.start, ctx.ref.end)
        if hh < 12 and _NIGHT.search(ctx.text, ctx.ref.start, ctx.ref.end) and (
                d < ctx.dct or ctx.tense(c) in ("future", "scheduled")):
            d += cal.DAY  # "drones launched overnight ... beginning shortly after 1 a.m.": the morning after
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


_NIGHT = re.compile(r"\b(?:over)?night\b|\btonight\b", re.I)  # not "midnight"
# "gave rebels until midnight Sunday", "extended the deadline until Tuesday": a deadline ahead
_GRANTED = re.compile(r"\b(?:gave|given|give|gives|extended|extends|granted|grants|set)\b[^.;!?]*\b(?:until|till|by)\s*\Z", re.I)
_STARTING = re.compile(r"\b(?:beginning|starting|effective)(?:\s+(?:at|on))?\s*\Z", re.I)
_AFTER_MIDNIGHT = re.compile(r"\b(?:after|since|past)\s*\Z", re.I)
_BEGINS = re.compile(r"\b(?:begin|begins|beginning|began|start|starts|starting|started|from|as of|effective|"
                     r"takes? effect|took effect)\b(?:\s+at)?\s*\Z", re.I)
_LINE_START = re.compile(r"(?:\A|\n)[ \t]*\Z")


def clock_on_reference_day(ctx: Context, c: Candidate) -> bool:
    """Whether a clock time without a day of its own falls on the day the story is on (the running
    reference) rather than the publication date."""
    ref = ctx.ref
    if ref.day == ctx.dct:
        return True
    if _LINE_START.search(ctx.text[max(0, c.start - 200):c.start]):
        return False  # a live-blog time stamp opening a paragraph ("11:05 a.m. _ Police said ...")
    if len(_SENTENCE_BREAK.findall(ctx.text, ref.end, c.start)) >= 2:
        return False  # a day named two sentences back or more: the story has moved on to today
    tense = ctx.tense(c)
    if ref.day > ctx.dct and tense not in ("future", "scheduled"):
        # a day still ahead carries only clauses that look ahead ("due Thursday ... futures point to
        # a firmer open at 9:30 a.m."; "... until April 30. The figures covered the 24 hours to 8 a.m.")
        return False
    if ref.day < ctx.dct and tense in ("future", "scheduled", "present"):
        # "formed on Monday ... will issue its next advisory at 11 p.m.": today, not Monday
        return False
    return True


_COMPARED_WITH = re.compile(r"\b(?:from|than|with|versus|vs\.?|against|over|below|above|compared)\b[^.;:!?]*\Z", re.I)


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
    if (unit == "Y" and float(n).is_integer() and coarse_is_latest(ctx) and ctx.ref_coarse[1] in ("Q", "M")
            and _COMPARED_WITH.search(ctx.text[max(0, c.start - 60):c.start])):
        # "third-quarter profit of $41 million, up from $29 million a year ago": that quarter a year before
        base, granularity, s, e = ctx.ref_coarse
        d = shift(base, -n, unit)
        return Resolved("DATE", coarse_value(d, granularity), mod=mod, anchor="narrative", anchor_span=(s, e),
                        coarse=(d, granularity))
    d = shift(ctx.dct, -n, unit)
    if c.groups.get("today"):  # "61 years ago today": that very day
        return Resolved("DATE", d.isoformat(), mod=mod, anchor="publication", day=d)
    day = d if unit in ("D",) else None
    if not float(n).is_integer():  # "half a century ago": one granularity finer (a decade)
        unit = {"CE": "DE", "DE": "Y", "Y": "M", "Q": "M", "M": "D", "W": "D"}.get(unit, unit)
    # "Twenty years ago ...; a dozen years later": the year (month, quarter) is the reference for what follows
    coarse = (_coarse_start(d, unit), unit) if unit in ("Y", "Q", "M") else None
    return Resolved("DATE", date_at_granularity(d, unit), mod=mod, anchor="publication", day=day, coarse=coarse)


def _coarse_start(d: dt.date, granularity: str) -> dt.date:
    if granularity == "Y":
        return dt.date(d.year, 1, 1)
    if granularity == "Q":
        return dt.date(d.year, 3 * cal.quarter_of(d) - 2, 1)
    return d.replace(day=1)


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


def rule_half_year(c: Candidate, ctx: Context) -> Resolved | None:
    digit = c.groups.get("hd") or c.groups.get("hd2")
    half = int(digit) if digit else (1 if c.groups["hn"].lower() == "first" else 2)
    if c.groups.get("year"):
        return Resolved("DATE", f"{int(c.groups['year']):04d}-H{half}", anchor="absolute")
    ry = (c.groups.get("ry") or "").lower()
    if ry in ("", "the") and (f := focus_of(ctx, c, anaphoric=True)):
        return Resolved("DATE", f"{f[0].year:04d}-H{half}", anchor="narrative", anchor_span=(f[2], f[3]))
    # "the second half of the year" / "of this year": the DCT's year; "of next/last year" shifted
    year = ctx.dct.year + {"next": 1, "last": -1}.get(ry, 0)
    if not ry and half == 2 and ctx.dct.month <= 6 and ctx.tense(c) == "past":
        year -= 1  # "second-half profit fell", written in the spring: last year's second half
    return Resolved("DATE", f"{year:04d}-H{half}", anchor="publication")


def rule_narrative(c: Candidate, ctx: Context) -> Resolved | None:
    unit = unit_of(c.groups, ctx.lex)
    n = number(c.groups["num"], ctx.lex) if c.groups.get("num") else 1.0
    if unit is None:
        return None
    direction = c.groups["dir"].lower()
    sign = 1 if direction in ("later", "after", "afterward", "afterwards", "on") else -1
    mod = mod_of(c.groups, ctx.lex, "qmod")
    if n is None or unit in ("H", "MIN", "S"):
        # "over an hour later": the story gives no clock time to count from, so TimeML tags the
        # quantity as a DURATION ("over an hour", PT1H) and leaves the direction word outside
        trim = len(c.groups["_all"]) - c.groups["_all"].lower().rindex(direction)
        trim += len(c.groups["_all"][:-trim]) - len(c.groups["_all"][:-trim].rstrip())
        return Resolved("DURATION", duration_value(n, unit), mod=mod, trim=(0, trim))
    if coarse_is_latest(ctx) and GRANULARITY_ORDER[unit] >= GRANULARITY_ORDER[ctx.ref_coarse[1]]:
        # "in the third quarter, from $5 million a year earlier": the quarter a year before, 2024-Q3
        base, granularity, s, e = ctx.ref_coarse
        d = shift(base, sign * n, unit)
        if granularity == "M" and unit != "M" and not _COMPARED_WITH.search(ctx.text[max(0, c.start - 60):c.start]):
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
VERB_LAST_BEFORE = frozenset({"will", "would", "could", "can", "may", "might", "must", "should", "to", "not",
                              "'ll", "does", "did", "do", "cannot", "won't", "wouldn't", "didn't", "doesn't"})


# an amount right before "a year"/"a day" makes it a rate: a number or scale word, then at most one noun
_RATE_BEFORE = re.compile(r"(?:\d[\d,.]*\s*%?|\b(?:hundred|thousand|million|billion|trillion|percent|dozen))"
                          r"(?:\s+[A-Za-z]+)?\s+$", re.I)
_RATE_NOT_AFTER = re.compile(r"\s+(?:after|before|later|earlier|ago|of|or so)\b", re.I)


def rule_duration(c: Candidate, ctx: Context) -> Resolved | None:
    unit = unit_of(c.groups, ctx.lex)
    if unit is None:
        return None
    raw_num = c.groups.get("num", "")
    if raw_num.lower() in ("a", "an") and c.groups["unit"].lower().endswith("s") and not c.groups.get("rel"):
        # "a days-long standoff": the article belongs to the noun; the plural is vague
        start = c.groups["_all"].lower().index(raw_num.lower()) + len(raw_num)
        start += len(c.groups["_all"][start:]) - len(c.groups["_all"][start:].lstrip())
        return Resolved("DURATION", duration_value(None, unit), trim=(start, 0))
    if (raw_num.lower() in ("a", "an", "per") and not c.groups.get("rel") and not c.groups.get("qmod")
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
    if n is not None and rel in ("next", "coming", "past", "last"):
        # "the next two weeks" = DCT+1 .. DCT+14; "the past three months" = DCT-3 months .. DCT
        if rel in ("next", "coming"):
            window = (ctx.dct + cal.DAY, shift(ctx.dct, n, unit))
        else:
            window = (shift(ctx.dct, -n, unit), ctx.dct)
        anchor = "publication"
    return Resolved("DURATION", duration_value(n, unit), mod=mod_of(c.groups, ctx.lex, "qmod"),
                    anchor=anchor, window=window)


def rule_vague_duration(c: Candidate, ctx: Context) -> Resolved | None:
    unit = ctx.lex.units.get(c.groups["vu"].lower())
    return Resolved("DURATION", duration_value(None, unit)) if unit else None


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
        return Resolved("SET", f"{value}-{_day_number(day):02d}" if day else value)
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


# ---------------------------------------------------------------- fixed phrases

def _window(spec: str | None, dct: dt.date) -> tuple[dt.date, dt.date] | None:
    if not spec:
        return None
    if spec == "month_start":
        return dct.replace(day=1), dct
    if spec == "week_start":
        return dct - dt.timedelta(days=dct.weekday()), dct
    if spec == "year_start":
        return dct.replace(month=1, day=1), dct
    a, b = (int(x) for x in spec.split(":"))
    return dct + dt.timedelta(days=a), dct + dt.timedelta(days=b)


def rule_phrase(c: Candidate, ctx: Context) -> Resolved | None:
    ph = c.phrase
    kind, _, arg = ph.rule.partition(":")
    n_str, _, part = arg.partition(":")
    dct = ctx.dct
    window = _window(ph.window, dct)
    if kind == "value":
        anchor = "publication" if arg.endswith("_REF") or window else None
        return Resolved(ph.type, arg, mod=ph.mod, anchor=anchor, window=window)
    if kind == "weekend" and n_str == "T":
        if dct.weekday() >= 5:
            n_str = "0"
        else:
            tense = ctx.tense(c)
            # without a tense, "this weekend" is the coming one; "the weekend" early in the week the last one;
            # midweek, "this weekend" is the coming one whatever the tense ("supporters planned a rally this weekend")
            this = ph.phrase.startswith("this")
            early = dct.weekday() <= 1 and not this
            if this and dct.weekday() >= 2:
                n_str = "0"
            else:
                n_str = "-1" if tense == "past" or (tense is None and early) else "0"
    n = int(n_str)
    if kind == "ref" and not part and coarse_is_latest(ctx):
        # "most recently last October ... crossed out that same day": the time named just before is
        # a month (or year), so the day is known only within it: 1998-10-XX
        base, granularity, s, e = ctx.ref_coarse
        value = f"{cal.month_value(base)}-XX" if granularity == "M" else f"{base.year:04d}-XX-XX"
        return Resolved(ph.type, value, mod=ph.mod, anchor="narrative", anchor_span=(s, e), window=window)
    if kind in ("day", "ref"):
        if kind == "ref" and ctx.ref is not None:
            base, anchor, span = ctx.ref.day, "narrative", (ctx.ref.start, ctx.ref.end)
        else:
            base, anchor, span = dct, "publication", None
        d = base + dt.timedelta(days=n)
        value = f"{d.isoformat()}T{part}" if part else d.isoformat()
        return Resolved(ph.type, value, mod=ph.mod, anchor=anchor, anchor_span=span, window=window, day=d)
    if kind == "newyear":  # "the new year": the coming one in November-December, else the current one
        year = dct.year + (1 if dct.month >= 11 else 0)
        return Resolved(ph.type, f"{year:04d}", mod=ph.mod, anchor="publication", window=window,
                        coarse=(dt.date(year, 1, 1), "Y"))
    if kind.startswith("focus"):
        # "by the end of the year": the year the story is in, which is the DCT's unless a history moved it
        f = focus_of(ctx, c, anaphoric=True)
        base, anchor, span = (f[0], "narrative", (f[2], f[3])) if f else (dct, "publication", None)
        kind = kind[5:]
    elif kind == "refweek" and ctx.ref_week is not None and ctx.ref_week[1] == ctx.last_start:
        # "412 cases last week, up from 287 the previous week": the week before the one just named
        base, anchor, span = ctx.ref_week[0], "narrative", (ctx.ref_week[1], ctx.ref_week[2])
        kind = "week"
    elif kind.startswith("ref"):
        if kind in ("refmonth", "refyear") and ctx.ref_coarse is not None and (
                kind == "refyear" or ctx.ref_coarse[1] == "M") and (
                ctx.ref is None or ctx.ref_coarse[2] > ctx.ref.start):
            base, _, s, e = ctx.ref_coarse
            anchor, span = "narrative", (s, e)
        elif ctx.ref is not None:
            base, anchor, span = ctx.ref.day, "narrative", (ctx.ref.start, ctx.ref.end)
        else:
            base, anchor, span = dct, "publication", None
        kind = kind[3:]
    else:
        base, anchor, span = dct, "publication", None
    if kind == "week":
        return Resolved(ph.type, cal.week_value(base + dt.timedelta(weeks=n)), mod=ph.mod, anchor=anchor,
                        anchor_span=span, window=window)
    if kind == "weekend":
        d = base + dt.timedelta(weeks=n)
        return Resolved(ph.type, cal.week_value(d) + "-WE", mod=ph.mod, anchor=anchor, anchor_span=span,
                        window=window)
    if kind == "month":
        d = cal.shift_months(base.replace(day=1), n)
        return Resolved(ph.type, cal.month_value(d), mod=ph.mod, anchor=anchor, anchor_span=span,
                        window=window, coarse=(d, "M"))
    if kind == "year":
        d = dt.date(base.year + n, 1, 1)
        return Resolved(ph.type, f"{d.year:04d}", mod=ph.mod, anchor=anchor, anchor_span=span,
                        window=window, coarse=(d, "Y"))
    if kind == "quarter":
        q = cal.quarter_of(base) - 1 + n
        year, q = base.year + q // 4, q % 4 + 1
        return Resolved(ph.type, f"{year:04d}-Q{q}", mod=ph.mod, anchor=anchor, anchor_span=span, window=window,
                        coarse=(dt.date(year, 3 * q - 2, 1), "Q"))
    if kind == "decade":
        return Resolved(ph.type, cal.decade_value(base.year + 10 * n), mod=ph.mod, anchor=anchor, anchor_span=span)
    if kind == "century":
        return Resolved(ph.type, f"{(base.year // 100) + n:02d}", mod=ph.mod, anchor=anchor, anchor_span=span)
    raise ValueError(f"phrases.tsv: unknown rule {ph.rule!r} for {ph.phrase!r}")


RULES = {name[5:]: fn for name, fn in globals().items() if name.startswith("rule_") and callable(fn)}


def resolve(c: Candidate, ctx: Context) -> Resolved | None:
    fn = RULES.get(c.rule)
    if fn is None:
        raise ValueError(f"patterns.tsv: unknown rule {c.rule!r}")
    return fn(c, ctx)
