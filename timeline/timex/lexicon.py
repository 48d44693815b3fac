"""Loading the linguistic tables of the time-expression engine (timeline/lang/en/timex/*.tsv).

Every word the engine knows lives in those files: the expressions' own words (months, weekdays,
numbers, units, phrases, patterns), the words around them that change a reading (words.tsv) and
the patterns over those words (contexts.tsv). This module only reads them into one immutable
`Lexicon`, once per process. Lines starting with '#' and blank lines are ignored.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from timeline import lang


def read_table(name: str, min_columns: int = 2) -> list[list[str]]:
    """Rows of a tab-separated resource file, without comments and blank lines."""
    rows = []
    file = lang.path("timex", name)
    for number, cols in lang.tsv_rows(file.read_text(encoding="utf-8"), strip=False):
        if len(cols) < min_columns:
            raise lang.TableError(f"{file}, line {number}: expected {min_columns} tab-separated columns")
        rows.append(cols)
    return rows


@dataclass(frozen=True)
class Phrase:
    phrase: str
    type: str
    rule: str
    mod: str | None
    window: str | None


@dataclass(frozen=True)
class Pattern:
    name: str
    rule: str
    template: str


@dataclass(frozen=True)
class Season:
    code: str
    first_month: int
    last_month: int


@dataclass(frozen=True)
class Exclusion:
    expression: str       # lowercase
    before: str
    after: str
    raw_expression: str = ""  # as written in the table (a case-sensitive "cs:" regex keeps its capitals)


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    numbers: dict[str, str]
    units: dict[str, str]
    seasons: dict[str, Season]
    season_by_code: dict[str, Season]
    parts_of_day: dict[str, str]
    modifiers: dict[str, str]            # written inside the expression ("early December", "more than")
    outside_modifiers: dict[str, str]    # the word before the expression ("about five hours", "earlier this week")
    holidays: dict[str, str]
    tense_cues: dict[str, str]
    tense_prefixes: tuple[tuple[str, str], ...]   # the phrase cues of tense_cues ("as early as", "set for")
    phrases: tuple[Phrase, ...]
    patterns: tuple[Pattern, ...]
    exclusions: tuple[Exclusion, ...]
    placeholders: dict[str, str]            # placeholders.tsv: {PLACEHOLDER} -> regex with {@table} references
    words: dict[str, frozenset[str]]        # words.tsv: the word lists, as sets
    ordered: dict[str, tuple[str, ...]]     # words.tsv: the same lists in table order (for endswith, first match)
    maps: dict[str, dict[str, str]]         # words.tsv: the *_map lists, word -> value
    contexts: dict[str, re.Pattern]         # contexts.tsv: the patterns over the words around an expression


def _opt(cols: list[str], i: int) -> str | None:
    return cols[i].strip() or None if len(cols) > i else None


@functools.lru_cache(maxsize=1)
def load() -> Lexicon:
    months, ambiguous = {}, set()
    for cols in read_table("months.tsv"):
        months[cols[0].lower()] = int(cols[1])
        if _opt(cols, 2) == "ambiguous":
            ambiguous.add(cols[0].lower())
    seasons = {c[0].lower(): Season(c[1], int(c[2]), int(c[3])) for c in read_table("seasons.tsv", 4)}
    tense_cues = {c[0].lower(): c[1] for c in read_table("tense_cues.tsv")}
    return Lexicon(
        months=months,
        ambiguous_months=frozenset(ambiguous),
        weekdays={c[0].lower(): int(c[1]) for c in read_table("weekdays.tsv")},
        numbers={c[0].lower(): c[1] for c in read_table("numbers.tsv")},
        units={c[0].lower(): c[1] for c in read_table("units.tsv")},
        seasons=seasons,
        season_by_code={s.code: s for s in seasons.values()},
        parts_of_day={c[0].lower(): c[1] for c in read_table("parts_of_day.tsv")},
        modifiers={c[0].lower(): c[1] for c in read_table("modifiers.tsv") if _opt(c, 2) != "outside"},
        outside_modifiers={c[0].lower(): c[1] for c in read_table("modifiers.tsv") if _opt(c, 2) == "outside"},
        holidays={c[0].lower(): c[1] for c in read_table("holidays.tsv")},
        tense_cues=tense_cues,
        tense_prefixes=tuple((w, k) for w, k in tense_cues.items() if k.endswith("_prefix")),
        phrases=tuple(Phrase(c[0].lower(), c[1], c[2], _opt(c, 3), _opt(c, 4))
                      for c in read_table("phrases.tsv", 3)),
        patterns=tuple(Pattern(c[0], c[1], c[2]) for c in read_table("patterns.tsv", 3)),
        exclusions=tuple(Exclusion(c[0].lower(), c[1], c[2] if len(c) > 2 else "", c[0])
                         for c in read_table("exclusions.tsv", 2)),
        placeholders={c[0]: c[1] for c in read_table("placeholders.tsv")},
        words=lang.words("timex", "words.tsv"),
        ordered=lang.word_lists("timex", "words.tsv"),
        maps=lang.word_maps("timex", "words.tsv"),
        contexts=lang.contexts("timex", "contexts.tsv", lists=("timex", "words.tsv")),
    )
