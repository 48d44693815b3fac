"""Demands: "Russia must end its illegal war", "all sides should refrain from escalation", said by a
state, an official or an organisation, are an act of that speaker: a demand (PLOVER DEMAND), made
when it is said, on whoever is told what to do. In the article's own voice ("carriers must take
longer routes") the same words are a rule and no event (modality.tsv), so a demand needs a
speaker: the one who reports the clause ("Britain said Russia must ..."), the one a quotation is
attributed to in its sentence, or the speaker of a statement the article is (a speech frame).
Which modal makes which category is the `demand_modals_map` list of words.tsv."""
from __future__ import annotations

from timeline import lang
from timeline.events.clauses import Clause
from timeline.events.roles import names_in
from timeline.events.syntax import REPORT_LINK_DEPS

DEMAND_MODALS = lang.word_maps("words.tsv")["demand_modals_map"]
ATTRIBUTION_VERBS = lang.words("words.tsv")["attribution_verbs"]
_WORDS = lang.words("words.tsv")
FIRST_PERSON = _WORDS["first_person_subjects"] | _WORDS["first_person_plural"]


def demand_modal(clause: Clause):
    """The modal of a demand in the clause ("must", "should" before its verb, with a subject that is
    not the speaker's own "we"/"I" nor a bare pronoun: "those responsible" may be told to act, "this must be
    sustained" tells no one), or None."""
    verb = clause.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in DEMAND_MODALS), None)
    if modal is None and verb.dep_ == "ccomp" and verb.head.lemma_ == "be" and verb.tag_ in ("VB", "VBP") \
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        # "it is imperative that Israel lift the restrictions", "it is vital that both sides uphold ..."
        modal = next((c for c in verb.head.children if c.dep_ == "acomp" and c.lower_ in DEMAND_MODALS), None)
    if modal is None:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(s.lower_ in FIRST_PERSON or (s.pos_ in ("PRON", "DET") and not list(s.children))
                           for s in subjects):
        return None
    return modal


def subject_names(verb, mention_at: dict) -> tuple[str, ...]:
    """The actors named in the subjects of a verb."""
    return tuple(names_in([t for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree],
                          mention_at))


def demand_speaker(clause: Clause, sent, quoted: set[int], mention_at: dict, frame, frame_speakers,
                   voice: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Who makes the demand a clause tells: the subject of the verb that reports it, else of a verb
    of attribution outside the quotation that holds it (same sentence), else the speaker of the
    statement the article is, else `voice` (who speaks in the article's own words: the government
    that publishes it, or the speaker a line presented); () when a news article says it in its own
    voice or reports an unnamed speaker ("the airline said carriers must ...")."""
    x = clause
    while x is not None:
        teller = x.reporter.head if x.reporter is not None else (
            x.head.head if x.head.dep_ in REPORT_LINK_DEPS else None)
        if teller is not None and teller.lemma_ == "be":
            teller = None   # "it is vital that both sides uphold ...": the copula reports nothing
        if teller is not None:   # "the airline said carriers must ...": someone unnamed, no actor's demand
            return subject_names(teller, mention_at)
        x = x.parent
    if clause.head.i in quoted:
        for tok in sent:
            if tok.i not in quoted and tok.pos_ == "VERB" and tok.lemma_.lower() in ATTRIBUTION_VERBS:
                names = subject_names(tok, mention_at)
                if names:
                    return names
    if frame is not None and frame_speakers and clause.head.idx >= frame.start:
        return tuple(dict.fromkeys(m.canonical for m in frame_speakers))
    if voice and clause.head.i not in quoted:
        return voice   # a government's own release, or the words a line presented ("Kerry said:")
    return ()


def mark_demands(clauses: list[Clause], sent, quoted: set[int], mention_at: dict, frame, frame_speakers: list,
                 voice: tuple[str, ...] = ()) -> None:
    """Make each clause that tells a demand with a speaker an event of the demand's category, its
    modal the trigger (what is demanded is no event: "must end its war" ends nothing)."""
    for clause in clauses:
        modal = demand_modal(clause)
        if modal is None:
            continue
        speaker = demand_speaker(clause, sent, quoted, mention_at, frame, frame_speakers, voice)
        if not speaker:
            continue
        clause.trigger, clause.trigger_len, clause.category = modal, 1, DEMAND_MODALS[modal.lower_]
        clause.weak = clause.dropped = clause.retold = False
        clause.demand_by = speaker
