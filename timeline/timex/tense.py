"""A light tense guess for the clause around a time expression (no parser needed).

The nearest tense cue (lang/en/timex/tense_cues.tsv, or a word ending in -ed) within the
same sentence decides: 'past', 'future', 'present', 'scheduled' (a present that schedules:
"talks resume in September") or None when there is no cue.
"""
from __future__ import annotations

import re

from timeline.timex.lexicon import load

_WORD = re.compile(r"[A-Za-z']+")
_LEX = load()
_SENTENCE_END = _LEX.contexts["sentence_end"]   # not after an initial, "Mr." or "vs."
PASSIVE_AUX = _LEX.words["passive_aux"]
AFTER_AUX = _LEX.words["after_aux"]
OBJECT_PRONOUNS = _LEX.words["object_pronouns"]
WINDOW = 160  # characters looked at on each side
NOT_PAST = _LEX.words["not_past"]
DETERMINERS = _LEX.words["determiners"]
NOT_VERB_AFTER_TO = _LEX.words["not_verb_after_to"]
# a day between a verb and "to" ("voted Thursday to return"): a weekday (not an abbreviation) or today & co.
DAY_WORDS = frozenset(w for w in _LEX.weekdays if "." not in w) | frozenset(_LEX.maps["relative_days_map"])
IRREGULAR_OBJ_PAST = _LEX.words["irregular_object_past"]
PASSIVE_PARTICIPLES = _LEX.words["passive_participles"]
WAS_DUE = _LEX.words["was_due"]
PAST_AUXILIARIES = _LEX.words["past_auxiliaries"]
PERFECT_AUXILIARIES = _LEX.words["perfect_auxiliaries"]
WAS_WERE = _LEX.words["was_were"]
PRESENT_BE = _LEX.words["present_be"]
AS_AUX_BE = frozenset({w for w, kind in _LEX.tense_cues.items() if kind == "as_aux"})
PROGRESSIVE_BE = PRESENT_BE | WAS_WERE | AS_AUX_BE   # forms of "be" before a progressive ("is speaking Friday")
# "no urgency to move before March", "told reservists to report to their units by Saturday": an
# infinitive, then a deadline word, points ahead of the clause that states it
_INFINITIVE_DEADLINE = _LEX.contexts["infinitive_deadline"]
_WAS_DUE_TO = _LEX.contexts["was_due_to"]
_REASON_GERUND = _LEX.contexts["reason_gerund"]
_REPORTED_CLAUSE_OPENING = _LEX.contexts["reported_clause_opening"]
_HAD_BEEN_DUE_TO = _LEX.contexts["had_been_due_to"]
# "The contract, signed in February, runs through December": the aside is not the clause of "December"
_ASIDE_CLAUSE = _LEX.contexts["aside_clause"]
WEAK_FUTURE = _LEX.words["weak_future"]
_QUOTES = re.compile("[\"\u201c\u201d]|``|''")  # wire copy writes ``...'' too


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
    # a quotation mark bounds a clause: '"We cannot wait until spring," Sen. Roe said' (the words
    # quoted have their own tense), '... said Friday, "we will ..."'
    left = _QUOTES.split(left)[-1]
    right = _QUOTES.split(right)[0]
    left = _ASIDE_CLAUSE.sub(" ", left)
    return left, right


def _adjectival(prev_word: str) -> bool:
    """An -ed word right after a determiner or a possessive is an adjective ("a reduced schedule",
    "the Fed's preferred gauge"), not a past verb."""
    p = prev_word.lower()
    return p in DETERMINERS or p.endswith(("'s", "’s"))


def _participle(word: str, cues: dict[str, str]) -> bool:
    w = word.lower()
    return (len(w) > 4 and w.endswith("ed") and w not in NOT_PAST) or w.endswith("en") and len(w) > 4 \
        or cues.get(w) == "past" and w not in PAST_AUXILIARIES


def _cue(word: str, cues: dict[str, str], next_word: str = "", prev_word: str = "",
         next2: str = "", later: tuple[str, ...] = ()) -> str | None:
    """The tense `word` signals, given its neighbours in text order (`next2`: the word after next)."""
    w = word.lower()
    if w in PASSIVE_PARTICIPLES and next_word.lower() == "by":
        return "past"   # "a family hit by an Israeli strike Thursday": a passive participle, done
    if w in cues:
        tense = cues[w]
        if tense in ("present_base", "scheduled", "present") and next_word.lower() == "by" and w.endswith("s"):
            return None   # "the missile launches by North Korea on 4 May": a plural noun and its doer, no verb
        if tense in ("future_if_to", "future_if_obj_to") and prev_word.lower() in PASSIVE_AUX and (
                w.endswith("ed") or w in IRREGULAR_OBJ_PAST) and not (
                tense == "future_if_to" and prev_word.lower() in PERFECT_AUXILIARIES and next_word.lower() == "to"):
            return None  # "had been told to leave on Sunday": the auxiliary decides
        # ("have pledged to launch demonstrations Friday", "has agreed to meet on Monday": a present perfect of
        # such a verb, "to" right after it, is active, and what it points to lies ahead as after its simple past;
        # "have urged the parties to agree ..." keeps deferring: its day may be another clause's)
        if tense in ("future_if_to", "future_if_obj_to"):
            # "planned to leave"; with a pronoun or a day between, "asked him to testify", "voted Thursday
            # to return"; for verbs that take an object, up to three words: "told state workers to stay home"
            nexts = [x.lower() for x in (next_word, next2, *later)]
            if nexts and nexts[0] == "to" and not (len(nexts) > 1 and nexts[1] in NOT_VERB_AFTER_TO):
                return "future"   # "agreed to meet on Monday"; "agreed to a ceasefire on Monday" is done
            if tense == "future_if_obj_to" and "to" in nexts[1:4]:
                k = nexts.index("to")
                after_to = nexts[k + 1] if k + 1 < len(nexts) else ""
                # an infinitive, not "ordered the carrier to the Caribbean"
                if "not" not in nexts[:k] and after_to.isalpha() and after_to not in NOT_VERB_AFTER_TO:
                    return "future"
            elif len(nexts) > 1 and nexts[1] == "to" and (nexts[0] in OBJECT_PRONOUNS or nexts[0] in DAY_WORDS):
                return "future"
            return "past" if w.endswith("ed") or w in IRREGULAR_OBJ_PAST else None
        if w in PERFECT_AUXILIARIES and _participle(next_word, cues):
            return "perfect"  # "has carried out strikes, including one on Friday night": done, not scheduled
        if tense == "future" and w in WAS_DUE and prev_word.lower() in WAS_WERE:
            return None  # "was due to be signed on April 1 but was postponed": planned then, not ahead now
        if tense == "modal":
            # "must respond by Friday", "should arrive Monday"; "must have known" looks back
            # "must be returned" stays open, as it was before "modal" existed
            return None if next_word.lower() in ("have", "'ve", "be") else "future"
        if tense == "present_base":
            # "qualifiers resume in September" (scheduled present); after a modal, "to" or "did" the
            # verb is no cue of its own and the word before it decides ("will resume", "did not resume")
            return None if prev_word.lower() in AFTER_AUX else "scheduled"
        if tense == "as_aux":
            # "will be held", "to be signed": future; "could be located", "must be returned": no cue
            return "future" if cues.get(prev_word.lower()) in ("future", "be_aux") else None
        return tense if tense in ("past", "present", "future", "scheduled", "perfect") else None
    if len(w) > 4 and w.endswith("ed") and w not in NOT_PAST and not _adjectival(prev_word):
        return "past"
    return None


def _first_cue(words: list[str], cues: dict[str, str], backwards: bool) -> tuple[str, str] | None:
    """First cue in reading order away from the expression, with its word. A participle after an
    auxiliary ("would be held", "was held") defers to the auxiliary."""
    for i, word in enumerate(words):
        before_i = words[i - 1] if i else ""
        after_i = words[i + 1] if i + 1 < len(words) else ""
        nxt, prev = (before_i, after_i) if backwards else (after_i, before_i)  # neighbours in text order
        j = i - 2 if backwards else i + 2
        nxt2 = words[j] if 0 <= j < len(words) else ""
        later = tuple(words[k] for k in ((i - 3, i - 4, i - 5) if backwards else (i + 3, i + 4, i + 5))
                      if 0 <= k < len(words))
        # "agreed to mediate on Friday" looks ahead; "In October a judge agreed to mediate" does not:
        # an expression before the verb dates the agreeing itself
        if not backwards and word.lower().endswith("ed") and cues.get(word.lower()) in ("future_if_to", "future_if_obj_to"):
            tense = "past"
        else:
            tense = _cue(word, cues, nxt, prev, nxt2, later)
        if not tense:
            continue
        if tense == "past" and word.lower() not in PASSIVE_AUX:
            if prev and prev.lower() in PASSIVE_AUX:
                continue
        return tense, word.lower()
    return None


def tense_and_cue(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """The clause's tense and the word that tells it: the first cue to the left of the expression,
    else the first to the right (then without its word); (None, None) without one."""
    lex = load()
    cues = lex.tense_cues
    left, right = _clause(text, start, end)
    tail = " ".join(left.lower().split()[-3:])
    for phrase, kind in lex.tense_prefixes:
        if tail.endswith(phrase):
            if kind == "past_prefix":
                earlier = _WORD.findall(left)[::-1][len(phrase.split()):]
                if earlier and earlier[0].lower() in PROGRESSIVE_BE:
                    break   # "is speaking Friday", "will be speaking Friday": a progressive of its own
            return kind[:-len("_prefix")], phrase
    if _INFINITIVE_DEADLINE.search(left):
        return "future", None
    if _REASON_GERUND.search(left):
        return "past", None   # "condemning Israel for targeting two facilities on Tuesday": the act judged is done
    if _HAD_BEEN_DUE_TO.search(left):
        return "past", None  # "which had been due to expire Friday, was extended": the plan before a past event
    if _WAS_DUE_TO.search(left):
        return None, None  # "was due to be signed on April 1 but was postponed": planned then; only nearness tells
    found = None if _REPORTED_CLAUSE_OPENING.search(left) else _first_cue(_WORD.findall(left)[::-1], cues, True)
    if found:
        return found
    # a cue after the expression tells the tense, but the expression may be part of its subject
    # ("Consumer price data for January will follow"): no word to rely on
    found = _first_cue(_WORD.findall(right), cues, False)
    return (found[0], None) if found else (None, None)


def tense_near(text: str, start: int, end: int) -> str | None:
    """The clause's tense: the first cue to the left of the expression, else the first to the right."""
    return tense_and_cue(text, start, end)[0]


GOVERNING_SPAN = 5  # words just before an expression in which its own verb is looked for


def governing_tense(text: str, start: int) -> str | None:
    """'past' or 'future' when a verb of that tense stands within a few words before the expression,
    in its own clause and with no infinitive between ("took effect on Jan. 10", "was signed Dec. 3",
    "will be held in December"): a stronger signal than the nearest cue of the whole sentence."""
    cues = load().tense_cues
    left, _ = _clause(text, start, start)
    left = re.split(r"[,;:()\u2014\"“”]", left)[-1]
    words = _WORD.findall(left)[::-1]
    for i, word in enumerate(words[:GOVERNING_SPAN]):
        w = word.lower()
        nxt = words[i - 1] if i else ""
        prev = words[i + 1].lower() if i + 1 < len(words) else ""
        if w == "to" or w in NOT_PAST or cues.get(w) in ("future_if_to", "future_if_obj_to"):
            return None  # "to take effect", "was planned for", "was expected on": no verdict
        tense = _cue(word, cues, nxt, prev)
        if tense == "past" and w not in PASSIVE_AUX and prev in PASSIVE_AUX:
            continue  # "was signed", "will be held": the auxiliary decides
        if tense == "future" and w in WEAK_FUTURE:
            return None  # "said he would resign on Feb. 27": a future seen from the past, maybe past now
        if tense in ("past", "future"):
            return tense
        if tense == "scheduled" and w not in PRESENT_BE:  # "fiscal 1994, which begins July 1"
            return "future"
        if tense or cues.get(w) == "modal":  # future_if_to verbs returned above
            return None
    return None
