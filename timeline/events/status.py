"""Status: occurred, planned or speculative (or generic / negated: no event) from the cues of
lang/en/modality.tsv that govern the event's clause, and from its date ("would" outside reported
speech is a hypothesis; an event dated after publication is never occurred)."""
from __future__ import annotations

import bisect
import datetime as dt

from timeline import lang
from timeline.events.clauses import COMMISSIVE_VERBS, ELLIPTICAL_SUBJECTS, REPORTED_FUTURE, Clause, is_reported
from timeline.events.dating import Dated
from timeline.events.taxonomy import load_taxonomy
from timeline.events.triggers import refusal_said


def speaker_of(verb, modality, earlier_subjects: tuple[list[int], list[str]] = ([], [])) -> str | None:
    """The subject lemma of a reporting verb, or the adjective that makes it a commentator ("former");
    for "others", "some", the last main subject named before (see `commentary`)."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.lower_ in ELLIPTICAL_SUBJECTS:
                offsets, names = earlier_subjects
                k = bisect.bisect_left(offsets, child.i) - 1
                if k >= 0:
                    return names[k]
            for m in child.children:
                if m.dep_ == "amod" and modality.commentator(m.lower_):
                    return m.lower_
            return child.lemma_.lower()
    return None


def decide_status(clause: Clause, lemmas: list[str], modality, dated: Dated, published: dt.date,
            earlier_subjects: tuple[list[int], list[str]] = ([], [])) -> str:
    words = [lemmas[i] for i in modal_scope(clause)]
    reporter = clause.reporter
    governor = reporter.head.lemma_.lower() if reporter is not None else None
    speaker = speaker_of(reporter.head, modality, earlier_subjects) if reporter is not None else None
    status = modality.status_of(words, governor, speaker, is_reported(clause)) or "occurred"
    x = clause.parent
    while x is not None and status not in ("generic", "negated"):
        # inside a habit ("are often issued when commanders expect that operations may take place")
        if modality.status_of([lemmas[c.i] for c in x.head.children if c.dep_ == "advmod"]) == "generic":
            status = "generic"
        x = x.parent
    if status == "speculative" and dated.own and dated.start > published and scheduled_verb(clause, lemmas) \
            and not set(words) & modality_cues(modality, "speculative") - CONDITIONAL_SCHEDULE_CUES:
        status = "planned"   # "if approved, the deal would go into effect Sunday": scheduled, on a condition
    if status == "planned" and clause.trigger is not None and clause.trigger.i == clause.head.i \
            and lemmas[clause.head.i] in COMMISSIVE_VERBS and clause.head.tag_ in ("VBD", "VBN") \
            and dated.start <= published:
        status = "occurred"   # "vowed that Venezuela was ready to defend itself": the vow was made
    if status == "planned" and clause.trigger is not None and clause.trigger.i == clause.head.i \
            and refusal_said(clause.head) and dated.start <= published:
        status = "occurred"   # "America will not tolerate attacks": the warning is given as it is said
    if status == "occurred" and clause.reporter is not None \
            and any(a.dep_ == "aux" and a.lower_ in REPORTED_FUTURE for a in clause.head.children):
        status = "planned"   # "Britain said it would send missiles": still to come when it was said (a threat if force)
    if status == "occurred" and dated.start > published:
        status = "planned"
    elif status == "occurred" and dated.start >= published and scheduled_present(clause, lemmas):
        status = "planned"   # "the ceasefire takes effect at midnight": told as scheduled, not yet done
    elif status == "occurred" and dated.start == published and arranged_for_later_today(clause, dated):
        status = "planned"   # "the cabinet is meeting this afternoon to vote"
    return status


LATER_TODAY = lang.word_lists("words.tsv")["later_today"]


def arranged_for_later_today(clause: Clause, dated: Dated) -> bool:
    """A present progressive dated by its own "this afternoon", "tonight", "later today": an
    arrangement for later in the day ("is meeting this afternoon"), not something under way. Only
    for what is arranged (meetings, talks, votes, signings, statements: categories of escalation
    0 or below); "jets are striking Gaza this afternoon" is under way."""
    if load_taxonomy().score(clause.category) > 0:
        return False
    head = clause.head
    if head.tag_ != "VBG" or not any(a.dep_ == "aux" and a.tag_ in ("VBZ", "VBP") for a in head.children):
        return False
    said = " ".join(dated.text.lower().split())
    return dated.own and any(said.endswith(phrase) for phrase in LATER_TODAY)


SCHEDULED_VERBS = {tuple(phrase.split()) for phrase in lang.word_lists("words.tsv")["scheduled_verbs"]}


CONDITIONAL_SCHEDULE_CUES = lang.words("words.tsv")["conditional_schedule_cues"]


def modality_cues(modality, status: str) -> set[str]:
    """The one-word cues of modality.tsv (clause and unreported scope) that give `status`."""
    return {cue.lemmas[0] for table in (modality.clause, modality.unreported) for cues in table.values()
            for cue in cues if cue.status == status and len(cue.lemmas) == 1}


def scheduled_verb(clause: Clause, lemmas: list[str]) -> bool:
    """Whether the clause's verb schedules ("take effect", "begin", "resume", `scheduled_verbs`)."""
    head = clause.head
    return any(tuple(lemmas[head.i:head.i + len(phrase)]) == phrase for phrase in SCHEDULED_VERBS)


def scheduled_present(clause: Clause, lemmas: list[str]) -> bool:
    """A simple present of a verb that schedules ("takes effect", "begins", "resumes"), no auxiliary."""
    head = clause.head
    if head.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return False
    return scheduled_verb(clause, lemmas)


MODAL_DEPS = frozenset({"prt", "aux", "auxpass", "advmod", "mark", "neg", "npadvmod", "acomp"})


def modal_scope(clause: Clause) -> list[int]:
    """The words whose modality applies to the event: the verbs from the clause head down to the
    trigger, their auxiliaries and adverbs, and the trigger's own modifiers ("a possible strike"); not words deep inside an argument
    ("warned of a potentially dangerous situation" stays a warning that occurred)."""
    own = {t.i for t in clause.tokens}
    picked: set[int] = set()
    verbs = [clause.head]
    x = clause.trigger
    while x is not None and x.i != clause.head.i and x.i in own:
        if x.pos_ in ("VERB", "AUX", "ADJ"):
            verbs.append(x)
        if x.dep_ == "prep" and x.head.pos_ == "ADJ":
            picked.add(x.i)   # "open to talks", "ready for negotiations": the adjective's phrase with its preposition
        if x.dep_ == "acl" and x.head.i in own:
            picked.add(x.head.i)  # "announced plans to designate": the noun the event completes
        x = x.head if x.head.i != x.i else None
    for v in verbs:
        picked.add(v.i)
        for child in v.children:
            if child.ent_type_ in ("DATE", "TIME") and child.tag_ != "MD":
                continue   # "was killed May 30": the month, not the modal "may"
            if child.dep_ in MODAL_DEPS and child.i in own and (child.dep_ != "acomp" or v.lemma_ != "be"
                                                                 or any(g.dep_ == "xcomp" for g in child.children)):
                picked.add(child.i)   # (an adjective of "be" governs only with its verb: "are due to begin Monday")
            elif child.dep_ == "xcomp" and child.i in own:
                # "are set to begin", "is expected to sign": the verb the event's time hangs on
                picked.add(child.i)
                picked.update(a.i for a in child.children if a.dep_ == "aux")
            elif child.dep_ == "advcl":
                # a condition ("would allow operations if ordered"): its "if" governs this clause
                picked.update(m.i for m in child.children if m.dep_ == "mark")
    trig = clause.trigger
    picked.add(trig.i)
    if trig.dep_ == "pobj" and trig.head.dep_ == "prep" and trig.head.head.pos_ == "NOUN" and trig.head.head.i in own:
        picked.add(trig.head.head.i)   # "drew up plans for strikes": the noun the event completes
    for child in trig.children:
        if child.dep_ == "amod" and any(g.dep_ == "npadvmod" for g in child.children):
            continue   # "a week-long ceasefire", "a decades-old dispute": a measure of it, no habit or doubt
        if child.dep_ in ("amod", "advmod", "aux", "neg"):
            picked.add(child.i)
    return sorted(picked)
