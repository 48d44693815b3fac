"""The date-choice policy: among the candidate dates of an underspecified expression ("November 16"
without a year, a bare month), the one the clause's tense, the distance to the publication date, the
story's focus and the words around it point to."""
from __future__ import annotations

import datetime as dt
import re

from timeline.timex.detect import Candidate
from timeline.timex.lexicon import load
from timeline.timex.story import Context
from timeline.timex.tense import governing_tense, tense_and_cue

_LEX = load()


PRESENT_SLACK_DAYS = 15  # scheduled present ('talks resume'): the coming date wins unless the past one is nearer by more than this


NEAR_DAYS = 60  # a month/day without year this close to the DCT is taken as the nearest one


PAST_OVER_NEAR_DAYS = 21  # ... unless a past-tense clause names it and the near one is this far ahead


FUTURE_OVER_NEAR_DAYS = 3  # a future-tense clause never means a date more than this far behind the DCT


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


def coarse_is_latest(ctx: Context) -> bool:
    """True when the expression just before was a month, quarter or year, named after the day reference."""
    return (ctx.ref_coarse is not None and ctx.ref_coarse.start == ctx.last_start
            and (ctx.ref is None or ctx.ref_coarse.start > ctx.ref.start))


def rel_of(c: Candidate) -> str:
    """The relative word before a weekday, month or season; "this past" counts as "past"."""
    return " ".join((c.groups.get("rel") or "").lower().split()[-1:])


def word_before(ctx: Context, c: Candidate) -> str:
    words = ctx.text[max(0, c.start - 12):c.start].split()
    return words[-1].lower() if words else ""


_SINCE_CLAUSE = _LEX.contexts["since_clause"]


def after_since(ctx: Context, c: Candidate) -> bool:
    """True when the expression starts what began since ("since Friday", "Since taking office on Jan. 20"):
    such a start cannot lie after the DCT."""
    return bool(_SINCE_CLAUSE.search(ctx.text[max(0, c.start - 60):c.start]))


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
    base, granularity = focus.day, focus.grain
    if granularity == "Y":
        options = [o for o in options if o.year == base.year]
    return min(options, key=lambda d: (abs((d - base).days), d < base)) if options else None


_LINE_OPEN = re.compile(r"(?:\A|\n)[ \t*\u2022-]*\Z")


_ENTRY_MARK = re.compile(r"\s*(?:[:\u2014\u2013]|\s-\s)")


def chronology_entry(ctx: Context, c: Candidate) -> bool:
    """A date opening a line and followed by a colon or dash: an entry of a dated chronology."""
    return bool(_LINE_OPEN.search(ctx.text[max(0, c.start - 40):c.start]) and _ENTRY_MARK.match(ctx.text, c.end))


_STRONG_FUTURE = _LEX.words["strong_future"]


def governed(tense: str | None, ctx: Context, c: Candidate) -> str | None:
    """'governed_past'/'governed_future' when the expression's own verb agrees with the sentence's tense,
    or when its clause is told with "will" ("will pay ... to holders of record on Sept. 15")."""
    if tense == "future" and tense_and_cue(ctx.text, c.start, c.end)[1] in _STRONG_FUTURE:
        return "governed_future"
    if tense in ("past", "future", "scheduled"):
        governing = governing_tense(ctx.text, c.start)
        if governing == tense or (governing == "future" and tense == "scheduled"):
            return "governed_" + governing  # "fiscal 1994, which begins July 1": the coming July
    return tense


_NEW_CLAUSE = _LEX.contexts["new_clause"]


def year_just_named(ctx: Context, c: Candidate) -> int | None:
    """The year named before in the same sentence of a past-tense clause, if nothing more precise
    came after it ("last year, when it carried out two tests, in January and September")."""
    coarse = ctx.ref_coarse
    if coarse is None or coarse.grain != "Y" or (
            ctx.ref is not None and ctx.ref.start > coarse.start and ctx.ref.day.year != coarse.day.year):
        return None
    named = ctx.text[coarse.start:coarse.end]
    if "fiscal" in ctx.text[max(0, coarse.start - 8):coarse.end].lower():
        return None  # a fiscal year straddles two calendar years
    # "2025 will end as the warmest year, with temperatures between January and November": any tense
    # for a year written out; a relative one ("last year") only for a past clause
    tense = ctx.tense(c)
    if not re.search(r"\d{4}", named) and tense != "past":
        return None
    if (tense == "past" and coarse.day.year > ctx.dct.year) or (tense == "future" and coarse.day.year < ctx.dct.year):
        return None  # "inflation could exceed 250 percent in 2026, after prices rose 19 percent in October"
    between = ctx.text[coarse.end:c.start]
    if SENTENCE_BREAK.search(between) or _NEW_CLAUSE.search(between):
        return None  # "... last year, its first since 2014, and the most recent case was confirmed in late January"
    opening = ctx.text[max(0, coarse.start - 200):coarse.start]
    cut = [m.end() for m in SENTENCE_BREAK.finditer(opening)]
    clause = opening[cut[-1] if cut else 0:]
    if "," in clause and "," in between and _LEX.contexts["aside"].search(clause[clause.rindex(","):]):
        return None  # "The company, founded in 1998, said on March 5": the year dates an aside
    return coarse.day.year


DETERMINER_BEFORE = _LEX.contexts["determiner_before"]


SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n\s*\n")


COMPARED_WITH = _LEX.contexts["compared_with"]


_ATTRIBUTION_AFTER = _LEX.contexts["attribution_after"]
_ATTRIBUTION_BEFORE = _LEX.contexts["attribution_before"]
# a straight quote, then the opening (closing) forms: curly, and `` '' as wire copy writes them
_OPEN_QUOTES, _CLOSE_QUOTES = ('"', "\u201c", "``"), ('"', "\u201d", "''")
ATTRIBUTION_CHARS = 160  # how far after a quotation its attribution ("... the spokesman said Sunday") is looked for


def _quotation(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the quotation marks around text[start:end] stand, within its paragraph (None outside quotes)."""
    para = text.rfind("\n\n", 0, start)
    para = 0 if para < 0 else para + 2
    before = text[para:start]
    straight = before.count('"') % 2 == 1
    curly = max(before.rfind(q) for q in _OPEN_QUOTES[1:]) > max(before.rfind(q) for q in _CLOSE_QUOTES[1:])
    if not (straight or curly):
        return None
    opening = para + max(before.rfind('"') if straight else -1,
                         max(before.rfind(q) for q in _OPEN_QUOTES[1:]) if curly else -1)
    stop = text.find("\n\n", end)
    stop = len(text) if stop < 0 else stop
    closing = min((i for i in (text.find(q, end, stop) for q in _CLOSE_QUOTES) if i >= 0), default=-1)
    return (opening, closing) if closing >= 0 else None


def speech_day(ctx: Context, c: Candidate) -> dt.date | None:
    """The day the words were said, for an expression inside a quotation whose attribution names a day
    ('"We will vote today," Senator Smith said Friday': Friday); None when there is no such day."""
    q = _quotation(ctx.text, c.start, c.end)
    if q is None:
        return None
    opening, closing = q
    closing += 2 if ctx.text.startswith("''", closing) else 1
    m = _ATTRIBUTION_AFTER.match(ctx.text[closing:closing + ATTRIBUTION_CHARS]) or \
        _ATTRIBUTION_BEFORE.search(ctx.text[max(0, opening - ATTRIBUTION_CHARS):opening])
    if m is None:
        return None
    word = m.group("day").lower()
    shift = _LEX.maps["relative_days_map"].get(word)
    if shift is not None:
        return ctx.dct + dt.timedelta(days=int(shift))
    wd = ctx.lex.weekdays.get(word)
    if wd is None:
        return None
    return ctx.dct if wd == ctx.dct.weekday() else ctx.dct - dt.timedelta(days=(ctx.dct.weekday() - wd) % 7)
