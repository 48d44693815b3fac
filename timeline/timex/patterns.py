"""Compiling the pattern templates of lang/en/timex/patterns.tsv and phrases.tsv into regexes.

A template's {PLACEHOLDER} expands to the expression placeholders.tsv gives it, most of them an
alternation built from a lexicon table, so adding a month spelling, a unit or a number word is a
one-line change in the data.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from timeline import lang
from timeline.timex import prefilter
from timeline.timex.lexicon import Lexicon, load



def alternation(words) -> str:
    """Regex matching any of the literal words (spaces match any whitespace), built as a trie so
    the regex engine dispatches on each character instead of trying every word in turn; at each
    branch the longer continuation is tried first, so the longest word wins."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for ch in " ".join(word.lower().split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    branches = []
    for ch in sorted(k for k in node if k):
        atom = r"\s+" if ch == " " else re.escape(ch)
        branches.append(atom + _trie_regex(node[ch]))
    if not branches:
        return ""
    ends_here = "" in node
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends_here else body


_TABLE_REF = re.compile(r"\{@([a-z_]+)\}")
DATE_MODS = ("START", "MID", "END")


def _tables(lex: Lexicon) -> dict[str, list[str]]:
    """The entries of each lexicon table a placeholder may name as {@table}."""
    return {
        "months": lex.months, "weekdays": lex.weekdays, "seasons": lex.seasons, "parts_of_day": lex.parts_of_day,
        "holidays": lex.holidays, "units": lex.units, "numbers": lex.numbers,
        "date_modifiers": [w for w, m in lex.modifiers.items() if m in DATE_MODS and not w.endswith("-")],
        "hyphen_modifiers": [w for w, m in lex.modifiers.items() if m in DATE_MODS and w.endswith("-")],
        "quantity_modifiers": [w for w, m in lex.modifiers.items() if m not in DATE_MODS],
    }


def placeholder_regexes(lex: Lexicon) -> dict[str, str]:
    """The regex (without group) each {PLACEHOLDER} stands for: the rows of placeholders.tsv, with
    each {@table} replaced by the alternation of that lexicon table."""
    tables = _tables(lex)

    def expand(m: re.Match) -> str:
        if not tables.get(m[1]):
            raise lang.TableError(f"placeholders.tsv: {{@{m[1]}}} names no lexicon table with entries")
        return alternation(tables[m[1]])

    return {name: _TABLE_REF.sub(expand, pattern) for name, pattern in lex.placeholders.items()}


_PLACEHOLDER = re.compile(r"\{([A-Z]+)(?::([a-z_0-9]+))?\}")


def expand(template: str, regexes: dict[str, str]) -> str:
    """Template to regex: spaces become \\s+, placeholders become named groups."""
    parts = _PLACEHOLDER.split(template)
    out = []
    # split gives: text, name, group, text, name, group, ...
    for i in range(0, len(parts), 3):
        out.append(parts[i].replace(" ", r"\s+"))
        if i + 1 < len(parts):
            name, group = parts[i + 1], parts[i + 2] or parts[i + 1].lower()
            if name not in regexes:
                raise ValueError(f"unknown placeholder {{{name}}} in pattern template {template!r}")
            out.append(f"(?P<{group}>{regexes[name]})")
    return "".join(out)


@dataclass(frozen=True)
class CompiledPattern:
    name: str
    rule: str
    regex: re.Pattern
    trigger: prefilter.Trigger   # the words any match holds, for the prefilter (prefilter.py)


@dataclass(frozen=True)
class Compiled:
    patterns: tuple[CompiledPattern, ...]   # in file order
    phrases: re.Pattern                     # one regex matching any fixed phrase (zero-width, at its start)
    phrase_words: frozenset[str]            # the first word of each phrase
    vocabulary: prefilter.Vocabulary        # every word the prefilter looks for


@functools.lru_cache(maxsize=1)
def compiled() -> Compiled:
    """The composite patterns, the fixed phrases and the prefilter's vocabulary."""
    lex = load()
    regexes = placeholder_regexes(lex)
    tables = _tables(lex)
    pats = []
    for p in lex.patterns:
        try:
            rx = re.compile(r"(?<![\w'])" + expand(p.template, regexes) + r"(?![\w])", re.I)
        except re.error as exc:
            raise ValueError(f"pattern {p.name!r} in patterns.tsv does not compile: {exc}") from None
        pats.append(CompiledPattern(p.name, p.rule, rx, prefilter.analyse(p.template, lex.placeholders, tables)))
    # zero-width lookahead: phrases starting inside another phrase ("the past" / "past decade") are all found
    phrases = re.compile(r"(?<![\w'])(?=(" + alternation(ph.phrase for ph in lex.phrases) + r")(?![\w]))", re.I)
    phrase_words = frozenset(prefilter.first_word(ph.phrase) for ph in lex.phrases)
    words = set(phrase_words)
    for pat in pats:
        for option in pat.trigger.options or ():
            words |= option.words
    return Compiled(tuple(pats), phrases, phrase_words, prefilter.Vocabulary(words))
