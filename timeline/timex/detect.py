"""Detection: every candidate time expression in a text, then the longest non-overlapping ones."""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from timeline.timex.lexicon import Lexicon, Phrase, load
from timeline.timex.patterns import compiled
from timeline.timex.prefilter import Index, scan

_SPACES = re.compile(r"\s+")
# The words around a candidate that make it a time expression or not (lang/en/timex/contexts.tsv).
_MONTH_CONTEXT = load().contexts["month_context"]
_AND_DAY = load().contexts["and_day"]
_SEASON_CONTEXT = load().contexts["season_context"]
_SEASON_NOUN_CONTEXT = load().contexts["season_noun_context"]
_VERB_SEASONS = load().words["verb_seasons"]
_YEAR_RANGE_AFTER = load().contexts["year_range_after"]
RANGE_YEARS = 30  # "1998-2003": at most this many years apart (two digits: "1957-58", at most 9)


def range_end(first: int, text: str, end: int) -> int | None:
    """The second year of a range written right after the year `first` ends at `end` ("1957-58",
    "2009-2010", "1989/90"), or None."""
    m = _YEAR_RANGE_AFTER.match(text, end)
    if m is None:
        return None
    digits = m.group(1)
    if len(digits) == 4:
        second = int(digits)
        return second if 0 < second - first <= RANGE_YEARS else None
    second = first - first % 100 + int(digits)
    if second <= first:
        second += 100
    return second if second - first <= 9 else None


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: str
    groups: dict
    priority: int
    phrase: Phrase | None = None


def _capitalised(text: str) -> bool:
    return bool(text) and text[0].isupper()


def acceptable(text: str, rule: str, groups: dict, start: int, lex: Lexicon) -> bool:
    """Cheap checks that reject false friends (the verb 'may', lowercase 'march', 'fall' as a verb)."""
    month = groups.get("month")
    if month and not _capitalised(month):
        return False
    weekday = groups.get("weekday")
    if weekday and not _capitalised(weekday):
        return False
    before = text[max(0, start - 30):start]
    if rule == "month" and month and month.lower() in lex.ambiguous_months:
        if not (groups.get("rel") or groups.get("dmod") or _MONTH_CONTEXT.search(before)):
            return False
        after = text[start + len(groups["_all"]):start + len(groups["_all"]) + 3]
        if re.match(r"\s+[A-Z]", after):  # "Jan Kavan", "May Day": a name, not a month
            return False
    if rule == "season" and not (groups.get("rel") or groups.get("dmod") or groups.get("year")):
        season = (groups.get("season") or "").lower()
        if not (_SEASON_CONTEXT.search(before)
                or (season not in _VERB_SEASONS and _SEASON_NOUN_CONTEXT.search(before))):
            return False
    if rule == "year" and "year" in groups:
        # "$1999", "No. 2000", "2000-strong": not years; "1957-58", "2009-2010": the first of two years
        end = start + len(groups.get("_all", ""))
        if before.endswith(("$", "No. ", "#")):
            return False
        if text[end:end + 1] == "-" and range_end(int(groups["year"]), text, end) is None:
            return False
        if before[-1:] == "-" and before[-2:-1].isdigit():  # "555-1996": a phone number; "1995-1996": a range
            first = before[-5:-1]
            if not (first.isdigit() and range_end(int(first), text, start - 1) == int(groups["year"])):
                return False
    return True


@functools.lru_cache(maxsize=1)
def _by_phrase() -> dict[str, Phrase]:
    return {ph.phrase: ph for ph in load().phrases}


@functools.lru_cache(maxsize=1)
def _exclusions() -> tuple[tuple[str, re.Pattern | None, bool, re.Pattern | None, re.Pattern | None], ...]:
    """(expression, its regex or None, whether the regex is case-sensitive, before, after) per row."""
    out = []
    for x in load().exclusions:
        kind, raw = x.expression[:3], x.raw_expression[3:]
        pattern = re.compile(raw + r"\Z") if kind == "cs:" else (
            re.compile(x.expression[3:] + r"\Z") if kind == "re:" else None)
        out.append((x.expression, pattern, kind == "cs:", re.compile(x.before) if x.before else None,
                    re.compile(x.after) if x.after else None))
    return tuple(out)


def excluded(text: str, start: int, end: int) -> bool:
    """True when exclusions.tsv says this occurrence is not a time expression."""
    written = _SPACES.sub(" ", text[start:end])
    expr = written.lower()
    before, after = text[max(0, start - 40):start], text[end:end + 40]
    for what, pattern, case_sensitive, left, right in _exclusions():
        if pattern is not None:
            if not pattern.match(written if case_sensitive else expr):
                continue
        elif what not in ("*", expr):
            continue
        if (left is None or left.search(before)) and (right is None or right.search(after)):
            return True
    return False


def _phrase_matches(text: str, index: Index):
    """The fixed phrases of the text: tried only where a letter run is the first word of a phrase."""
    comp = compiled()
    if index.full_scan:
        yield from comp.phrases.finditer(text)
        return
    for start, run in index.runs.items():
        if run in comp.phrase_words and (m := comp.phrases.match(text, start)):
            yield m


def candidates(text: str) -> list[Candidate]:
    lex = load()
    comp = compiled()
    index = Index(text, comp.vocabulary)
    by_phrase = _by_phrase()
    out: list[Candidate] = []
    for m in _phrase_matches(text, index):
        key = _SPACES.sub(" ", m.group(1).lower())
        ph = by_phrase.get(key)
        if ph is not None:
            out.append(Candidate(m.start(1), m.end(1), "phrase", {}, 0, ph))
    for priority, pat in enumerate(comp.patterns, start=1):
        for m in scan(pat.regex, pat.trigger, index):
            if m.end() <= m.start():
                continue
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            groups["_all"] = m.group(0)
            if acceptable(text, pat.rule, groups, m.start(), lex):
                out.append(Candidate(m.start(), m.end(), pat.rule, groups, priority))
                if pat.name == "month_day" and "year" not in groups and (n := _AND_DAY.match(text, m.end())):
                    day = n.group(3)
                    if (n.group("to") or n.group("dash")) and int(re.match(r"\d+", day).group(0)) <= int(
                            re.match(r"\d+", groups["day"]).group(0)):
                        continue
                    second = {k: v for k, v in groups.items() if k in ("month", "rel")}
                    second.update(day=day, _all=day)
                    out.append(Candidate(n.start(3), n.end(3), pat.rule, second, priority))
    return out


def select(cands: list[Candidate], text: str = "") -> list[Candidate]:
    """Longest first (ties: higher-priority pattern, then earlier), keeping only non-overlapping ones;
    a chosen expression that exclusions.tsv rules out is dropped (and does not block shorter ones)."""
    starts: list[int] = []  # chosen spans, kept sorted; they never overlap, so ends are sorted too
    ends: list[int] = []
    chosen: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.priority, c.start)):
        i = bisect.bisect_left(starts, c.start)
        if (i > 0 and ends[i - 1] > c.start) or (i < len(starts) and starts[i] < c.end):
            continue
        if text and excluded(text, c.start, c.end):
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)
