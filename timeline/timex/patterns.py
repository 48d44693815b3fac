"""Compiling the pattern templates of resources/timex/patterns.tsv and phrases.tsv into regexes.

A template's {PLACEHOLDER} expands to an alternation built from a lexicon table, so adding a
month spelling, a unit or a number word is a one-line change in the data.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from timeline.timex.lexicon import Lexicon, load

_COMPOUND_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS_1_9 = "one|two|three|four|five|six|seven|eight|nine"


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


def placeholder_regexes(lex: Lexicon) -> dict[str, str]:
    """The regex (without group) each {PLACEHOLDER} stands for."""
    date_mods = [w for w, m in lex.modifiers.items() if m in ("START", "MID", "END") and not w.endswith("-")]
    hyphen_mods = [w for w, m in lex.modifiers.items() if m in ("START", "MID", "END") and w.endswith("-")]
    qty_mods = [w for w, m in lex.modifiers.items() if m not in ("START", "MID", "END")]
    return {
        "MONTH": f"(?:{alternation(lex.months)})(?!\\w)",
        "WEEKDAY": f"(?:{alternation(lex.weekdays)})(?!\\w)",
        "SEASON": f"(?:{alternation(lex.seasons)})(?!\\w)",
        "PART": f"(?:{alternation(lex.parts_of_day)})(?!\\w)",
        "HOLIDAY": f"(?:{alternation(lex.holidays)})(?!\\w)",
        "UNIT": f"(?:{alternation(lex.units)})(?!\\w)",
        "NUM": (f"(?:\\d+(?:\\.\\d+)?(?![\\d,])|(?:{_COMPOUND_TENS})[- ](?:{_UNITS_1_9})(?!\\w)"
                f"|(?:{alternation(lex.numbers)})(?!\\w))"),
        "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d|,\d|\w)",
        "YEAR": r"(?:1[5-9]\d\d|20\d\d)(?![\d]|,\d|\s*(?:%|percent))",
        # "early ", "mid-"; a table word ending in a hyphen only before a hyphen ("end-March", not "end March 31")
        "DMOD": f"(?:(?:{alternation(date_mods)}|mid)(?:\\s+|-)" + (f"|(?:{alternation(hyphen_mods)})" if hyphen_mods else "") + ")",
        "QMOD": f"(?:{alternation(qty_mods)})\\s+",
        "CLOCK": (r"(?:(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:a\.m|p\.m)(?:\.(?!\s+[A-Z]|\s*$))?"
                  r"|(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:am|pm)(?!\w)|(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)"
                  r"|noon|midnight|midday)"),
        "TZ": r"(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T)(?!\w)",
    }


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


@functools.lru_cache(maxsize=1)
def compiled() -> tuple[tuple[CompiledPattern, ...], re.Pattern]:
    """(composite patterns in file order, one regex matching any fixed phrase)."""
    lex = load()
    regexes = placeholder_regexes(lex)
    pats = []
    for p in lex.patterns:
        try:
            rx = re.compile(r"(?<![\w'])" + expand(p.template, regexes) + r"(?![\w])", re.I)
        except re.error as exc:
            raise ValueError(f"pattern {p.name!r} in patterns.tsv does not compile: {exc}") from None
        pats.append(CompiledPattern(p.name, p.rule, rx))
    # zero-width lookahead: phrases starting inside another phrase ("the past" / "past decade") are all found
    phrases = re.compile(r"(?<![\w'])(?=(" + alternation(ph.phrase for ph in lex.phrases) + r")(?![\w]))", re.I)
    return tuple(pats), phrases
