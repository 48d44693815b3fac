"""A light tense guess for the clause around a time expression (no parser needed).

The nearest tense cue (resources/timex/tense_cues.tsv, or a word ending in -ed) within the
same sentence decides: 'past', 'future', 'present' or None when there is no cue.
"""
from __future__ import annotations

import re

from timeline.timex.lexicon import load

_WORD = re.compile(r"[A-Za-z']+")
_SENTENCE_END = re.compile(r"[.!?;]\s|\n\s*\n")
WINDOW = 120  # characters looked at on each side
NOT_PAST = frozenset({"need", "indeed", "hundred", "speed", "seed", "feed", "bed", "red", "united",
                      "proceed", "exceed", "succeed", "based", "alleged", "so-called", "scheduled",
                      "planned", "expected", "red", "ted", "fred", "ahmed", "mohammed"})


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    left = text[max(0, start - WINDOW):start]
    cut = None
    for m in _SENTENCE_END.finditer(left):
        cut = m.end()
    if cut is not None:
        left = left[cut:]
    right = text[end:end + WINDOW]
    m = _SENTENCE_END.search(right)
    if m:
        right = right[:m.start() + 1]
    return left, right


def _cue(word: str, cues: dict[str, str]) -> str | None:
    w = word.lower()
    if w in cues:
        if w == "may" and word[0].isupper():
            return None
        return cues[w]
    if len(w) > 4 and w.endswith("ed") and w not in NOT_PAST:
        return "past"
    return None


def tense_near(text: str, start: int, end: int) -> str | None:
    cues = load().tense_cues
    left, right = _clause(text, start, end)
    lwords = _WORD.findall(left)[::-1]
    rwords = _WORD.findall(right)
    for i in range(max(len(lwords), len(rwords))):
        for words in (lwords, rwords):
            if i < len(words):
                tense = _cue(words[i], cues)
                if tense:
                    return tense
    return None
