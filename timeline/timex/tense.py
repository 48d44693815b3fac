"""A light tense guess for the clause around a time expression (no parser needed).

The nearest tense cue (resources/timex/tense_cues.tsv, or a word ending in -ed) within the
same sentence decides: 'past', 'future', 'present', 'scheduled' (a present that schedules:
"talks resume in September") or None when there is no cue.
"""
from __future__ import annotations

import re

from timeline.timex.lexicon import load

_WORD = re.compile(r"[A-Za-z']+")
# a sentence ends at . ! ? ; before a capital, but not after an initial or "Mr."-like abbreviation
# ("vs." and "v." are abbreviations too: "Roe vs. Wade" does not end a sentence)
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])(?<!\bvs)(?<!\bv)[.!?;]\s+(?=[A-Z\"'`])|\n\s*\n")
PASSIVE_AUX = frozenset({"be", "been", "being", "is", "are", "was", "were", "has", "have", "had"})
AFTER_AUX = frozenset({"will", "would", "could", "can", "may", "might", "must", "should", "shall", "to",
                       "not", "did", "didn't", "'ll", "never",
                       "the", "a", "an", "its", "his", "her", "their", "this", "that", "whose"})
WINDOW = 160  # characters looked at on each side
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


def _cue(word: str, cues: dict[str, str], next_word: str = "", prev_word: str = "") -> str | None:
    """The tense `word` signals, given its neighbours in text order."""
    w = word.lower()
    if w in cues:
        tense = cues[w]
        if tense == "future_if_to":
            return "future" if next_word.lower() == "to" else None
        if tense == "present_base":
            # "qualifiers resume in September" (scheduled present); after a modal, "to" or "did" the
            # verb is no cue of its own and the word before it decides ("will resume", "did not resume")
            return None if prev_word.lower() in AFTER_AUX else "scheduled"
        if tense == "as_aux":
            # "will be held", "to be signed": future; "could be located", "must be returned": no cue
            return "future" if cues.get(prev_word.lower()) in ("future", "be_aux") else None
        return tense if tense in ("past", "present", "future", "scheduled") else None
    if len(w) > 4 and w.endswith("ed") and w not in NOT_PAST:
        return "past"
    return None


def _first_cue(words: list[str], cues: dict[str, str], backwards: bool) -> str | None:
    """First cue in reading order away from the expression. A participle after an auxiliary
    ("would be held", "was held") defers to the auxiliary."""
    for i, word in enumerate(words):
        before_i = words[i - 1] if i else ""
        after_i = words[i + 1] if i + 1 < len(words) else ""
        nxt, prev = (before_i, after_i) if backwards else (after_i, before_i)  # neighbours in text order
        tense = _cue(word, cues, nxt, prev)
        if not tense:
            continue
        if tense == "past" and word.lower() not in PASSIVE_AUX:
            if prev and prev.lower() in PASSIVE_AUX:
                continue
        return tense
    return None


def _prefixes(cues: dict[str, str]) -> list[tuple[str, str]]:
    return [(w, k) for w, k in cues.items() if k.endswith("_prefix")]


def tense_near(text: str, start: int, end: int) -> str | None:
    """The clause's tense: the first cue to the left of the expression, else the first to the right."""
    cues = load().tense_cues
    left, right = _clause(text, start, end)
    tail = " ".join(left.lower().split()[-3:])
    for phrase, kind in _prefixes(cues):
        if tail.endswith(phrase):
            return kind[:-len("_prefix")]
    return (_first_cue(_WORD.findall(left)[::-1], cues, True)
            or _first_cue(_WORD.findall(right), cues, False))
