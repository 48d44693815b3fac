"""tag(text, dct): the loop. Detection (detect.py), then each expression left to right is
resolved (resolve/) against the publication date and the story so far (story.py), which it
may then move."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.timex.detect import candidates, select
from timeline.timex.interval import span_of
from timeline.timex.lexicon import load
from timeline.timex.model import Timex
from timeline.timex.resolve import POINT_MOD, outside_mod, resolve
from timeline.timex.story import Context, advance, expire_focus, moves_story, opens_range
from timeline.timex.text import normalised


def tag(text: str, dct: dt.date) -> list[Timex]:
    """Every time expression of `text`, resolved against the publication date `dct` and the
    narrative; sorted by offset, non-overlapping."""
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    if not isinstance(text, str) or not text:
        return []
    view = normalised(text)  # NFKC, no invisible characters (text.py); offsets go back into `text`
    if view.changed:
        return [view.restore(t) for t in tag(view.text, dct)]
    ctx = Context(text=text, dct=dct, lex=load())
    out: list[Timex] = []
    for c in select(candidates(text), text):
        expire_focus(ctx, text, c.start)
        try:
            r = resolve(c, ctx)
        except (ValueError, OverflowError, KeyError, IndexError):
            r = None
        if r is None:
            continue
        if r.trim != (0, 0):  # the rule keeps only part of the match ("over an hour" of "over an hour later")
            c = replace(c, start=c.start + r.trim[0], end=c.end - r.trim[1])
        window, mod = r.window, r.mod
        since = opens_range(text, c.start, c.end)
        if mod is None:
            mod = outside_mod(text, c.start, ctx.lex)
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
        if moves_story(text, c, r, ctx):
            advance(ctx, text, c, r, since)
    return out
