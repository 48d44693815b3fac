"""Fixed phrases of lang/en/timex/phrases.tsv ("today", "last week", "earlier this month", "the
coming days"): the phrase's rule column read here."""
from __future__ import annotations

import datetime as dt

from timeline.timex import calendar as cal
from timeline.timex.detect import Candidate
from timeline.timex.lexicon import load
from timeline.timex.tense import tense_and_cue
from timeline.timex.resolve.choose import coarse_is_latest, focus_of, speech_day
from timeline.timex.resolve.periods import RESULTS_MONTHS, reporting_year
from timeline.timex.resolve.values import Resolved
from timeline.timex.story import Context


def _window(spec: str | None, dct: dt.date) -> tuple[dt.date, dt.date] | None:
    if not spec:
        return None
    if spec == "month_start":
        return dct.replace(day=1), dct
    if spec == "week_start":
        return dct - dt.timedelta(days=dct.weekday()), dct
    if spec == "year_start":
        return dct.replace(month=1, day=1), dct
    if spec.startswith("M"):   # M-3: the same day three calendar months before the DCT .. the DCT
        return cal.shift_months(dct, int(spec[1:])), dct
    a, b = (int(x) for x in spec.split(":"))
    return dct + dt.timedelta(days=a), dct + dt.timedelta(days=b)


def _happened(text: str, c: Candidate) -> bool:
    """Whether the past tense a time expression's clause is told in is that of a happening: its cue word is
    a past verb that neither plans ("planned", "set", "called": a future with "to"), reports ("announced",
    "said") nor is an auxiliary ("were banned")."""
    lex = load()
    cue = tense_and_cue(text, c.start, c.end)[1]
    return bool(cue) and cue.endswith("ed") and lex.tense_cues.get(cue) not in ("future_if_to", "future_if_obj_to") \
        and cue not in lex.words["reporting_verbs"] and cue not in lex.words["announcing_verbs"]


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
                # (but a happening told in the past, "The airliner crashed in Sinai this weekend" on a
                # Wednesday, is the weekend just gone; a past verb that plans or tells, "planned a rally",
                # "announced a march", "were banned", leaves the coming one)
                n_str = "-1" if tense == "past" and _happened(ctx.text, c) else "0"
            else:
                n_str = "-1" if tense == "past" or (tense is None and early) else "0"
    if kind == "reportyear":  # "the full year": the year the story's figures are for
        year, anchor, span = reporting_year(ctx, c)
        return Resolved(ph.type, f"{year:04d}", mod=ph.mod, anchor=anchor, anchor_span=span, window=window)
    if kind == "yearend":
        # "at year end the bank had ...": the end of a year already past; "by year-end": this one
        tense = ctx.tense(c)
        past = tense == "past" or (tense is None and dct.month <= RESULTS_MONTHS)
        year = dct.year - 1 if past and (dct.month, dct.day) != (12, 31) else dct.year
        return Resolved(ph.type, f"{year:04d}", mod=ph.mod, anchor="publication", window=window)
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
        elif kind == "day" and (said := speech_day(ctx, c)) is not None:
            # '"We will vote today," Senator Smith said Friday': the day the words were said
            base, anchor, span = said, "publication", None
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
        base, anchor, span = (f.day, "narrative", (f.start, f.end)) if f else (dct, "publication", None)
        kind = kind[5:]
    elif kind == "refweek" and ctx.ref_week is not None and ctx.ref_week.start == ctx.last_start:
        # "412 cases last week, up from 287 the previous week": the week before the one just named
        base, anchor, span = ctx.ref_week.monday, "narrative", (ctx.ref_week.start, ctx.ref_week.end)
        kind = "week"
    elif kind.startswith("ref"):
        if kind != "refweek" and ctx.ref_coarse is not None and (
                kind != "refmonth" or ctx.ref_coarse.grain == "M") and (
                ctx.ref is None or ctx.ref_coarse.start > ctx.ref.start):
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
