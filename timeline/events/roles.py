"""Roles: who acts and who it is done to, from the dependency parse of the event's clause.

The source is the subject of the trigger's verb (the agent of a passive: "was struck by US
forces"), a possessive or modifier of a trigger noun ("Israel's assault", "US strikes"), or, for a
statement, the one who speaks. The target is the object, the subject of a passive ("a boat was
struck"), or a noun after a preposition of lang/en/words.tsv's `target_prepositions` ("strikes
on Venezuela", "sanctions against Iran", "talks with Hamas"). A clause without a subject of its
own ("..., killing 11 people", "... and met officials") takes its governor's.
"""
from __future__ import annotations

from dataclasses import dataclass

from timeline import lang
from timeline.events.clauses import FORCE_MOVERS, Clause, doing_participles, doing_relatives
from timeline.events.syntax import accused_of, doer_preps, in_apposition, name_in_apposition
from timeline.events.triggers import concern_phrases, concern_said, judgement

TARGET_PREPOSITIONS = lang.words("words.tsv")["target_prepositions"]
SIDES_PREPOSITIONS = lang.words("words.tsv")["sides_prepositions"]
ACTIVE_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "obj", "dative"})
NOUN_SOURCE_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
MAX_CLIMB = 6
MOVING_CATEGORIES = lang.words("words.tsv")["moved_force_categories"]
ACT_REPORTING_VERBS = lang.words("words.tsv")["act_reporting_verbs"]


@dataclass(frozen=True)
class Roles:
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()


def names_in(tokens, mention_at: dict) -> list[str]:
    """The canonical names of the actor mentions that start among `tokens`, in text order (a name
    set off in an apposition is left out unless it is itself the person named)."""
    out: list[str] = []
    for tok in sorted(tokens, key=lambda t: t.i):
        m = mention_at.get(tok.i)
        if m is None or tok.i != m.start or m.canonical in out:
            continue
        if in_apposition(tok) and not name_in_apposition(m, tok):
            continue
        out.append(m.canonical)
    return out


def _own(tokens, clause: Clause) -> list:
    """The tokens of a subtree that belong to the clause itself (not to a clause nested in it, nor to
    a relative clause describing one of its nouns: "left two survivors, who were repatriated to
    Colombia": Colombia is no party to the strike)."""
    own = {t.i for t in clause.tokens}
    described = {t.i for tok in clause.tokens if tok.dep_ == "relcl" and tok.i != clause.head.i for t in tok.subtree}
    return [t for t in tokens if t.i in own and t.i not in described]


RELATIVE_TAGS = frozenset({"WDT", "WP"})   # "which", "that", "who" heading a relative clause
KIN_NOUNS = lang.words("words.tsv")["kin_nouns"]


def _doer_words(subject) -> list:
    """The words of a subject that may name who acts: all of them, but for the possessor of a
    relative ("Maduro's wife, Cilia Flores, pleaded not guilty": Flores pleads, not Maduro)."""
    if subject.lemma_.lower() not in KIN_NOUNS:
        return list(subject.subtree)
    kin = {t.i for c in subject.children if c.dep_ == "poss" for t in c.subtree}
    return [t for t in subject.subtree if t.i not in kin]


def _verb_roles(verb, clause: Clause, mention_at: dict) -> tuple[list[str], list[str]]:
    source: list[str] = []
    target: list[str] = []
    for child in verb.children:
        if child.dep_ in ACTIVE_SUBJECT_DEPS and child.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
            # "the USS Gerald R. Ford, which arrived in the Caribbean last week": the noun the clause describes
            noun = verb.head
            m = mention_at.get(noun.i)
            if m is None and noun.dep_ == "appos":   # "the USS Gerald R. Ford, the world's largest carrier, which ..."
                m = mention_at.get(noun.head.i)
            source += [m.canonical] if m is not None else []
        elif child.dep_ in ACTIVE_SUBJECT_DEPS:
            source += names_in(_own(_doer_words(child), clause), mention_at)
        elif child.dep_ == "nsubjpass":
            target += names_in(_own(child.subtree, clause), mention_at)
        elif child.dep_ == "agent":
            source += names_in(_own(child.subtree, clause), mention_at)
        elif child.dep_ in OBJECT_DEPS:
            target += names_in(_own(child.subtree, clause), mention_at)
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPOSITIONS:
            target += names_in(_own(child.subtree, clause), mention_at)
    return source, target


def _noun_roles(noun, clause: Clause, mention_at: dict) -> tuple[list[str], list[str]]:
    source: list[str] = []
    target: list[str] = []
    for child in noun.children:
        if child.dep_ in NOUN_SOURCE_DEPS:
            source += names_in(_own(child.subtree, clause), mention_at)
        elif child.dep_ == "prep" and child.lower_ == "by":
            # "a raid by Israeli forces on the headquarters of UNRWA", the target hung on the doer
            aimed = {t.i for g in child.children for p in g.children
                     if p.dep_ == "prep" and p.lower_ in TARGET_PREPOSITIONS for t in p.subtree}
            source += names_in(_own((t for t in child.subtree if t.i not in aimed), clause), mention_at)
            target += names_in(_own((t for t in child.subtree if t.i in aimed), clause), mention_at)
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPOSITIONS:
            target += names_in(_own(child.subtree, clause), mention_at)
    if not source:
        # "fighting between Islamic State militants and Kurdish Peshmerga forces", "Clashes broke out on Monday
        # between Thai and Cambodian troops" (hung on the verb the noun is the subject of): both sides do it
        holders = [noun] + ([noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else [])
        source += [n for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in SIDES_PREPOSITIONS
                   for n in names_in(_own(p.subtree, clause), mention_at)]
    if not source and noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        # "the detentions of UN personnel by the Houthis ... and the seizure of UN property": the doer
        # of the act it is joined to
        source += [n for p in doer_preps(noun.head) for n in names_in(p.subtree, mention_at)]
    if not source:
        # "by ..." the tagger hung elsewhere ("the detentions of UN personnel by the Houthis", "condemned
        # the assault on Goma by the M23"): who did it, though the words belong to another clause
        misplaced = [p for p in doer_preps(noun) if p.head.i != noun.i]
        source += [n for p in misplaced for n in names_in(p.subtree, mention_at)]
        verb = noun.head
        if any(p.head.i == verb.i for p in misplaced):   # "on Goma" hung on the verb beside it
            target += [n for c in verb.children if c.dep_ == "prep" and c.i > noun.i and c.lower_ in TARGET_PREPOSITIONS
                       for n in names_in(c.subtree, mention_at)]
    if not source:
        # "the strikes that the US carried out on Monday": the doer of the relative clause that says it was done
        own = {t.i for t in clause.tokens}   # (the relative clause is the noun's own: `_own` leaves such clauses out)
        source += [n for child in doing_relatives(noun) for c in child.children if c.dep_ in ACTIVE_SUBJECT_DEPS
                   for n in names_in([t for t in c.subtree if t.i in own], mention_at)]
    if not source:
        # "the recent attacks in northeastern Nigeria inflicted by Boko Haram", "strikes carried out by the RSF": the
        # agent of a participle of doing that describes the act
        source += [n for child in doing_participles(noun) for c in child.children if c.dep_ == "agent"
                   for n in names_in(c.subtree, mention_at) if n not in target]
    if not source:
        # "a September 2 strike, when the U.S. targeted and killed two men": the clause that tells
        # how the event went names who did it
        for child in noun.children:
            if child.dep_ == "relcl" and child.doc[child.left_edge.i].lower_ == "when":
                source += [n for n in names_in((t for c in child.children if c.dep_ in ACTIVE_SUBJECT_DEPS
                                                for t in c.subtree), mention_at) if n not in target]
    return source, target


UNDERGOING_VERBS = lang.words("words.tsv")["undergoing_verbs"]
WARNED_OUTCOMES = lang.words("words.tsv")["warned_outcomes"]
WARNED_PREPOSITIONS = lang.words("words.tsv")["warned_prepositions"]
UNDERGOING_PREPOSITIONS = lang.words("words.tsv")["undergoing_prepositions"]


def undergone(trigger, verb) -> bool:
    """Whether the act a noun names is undergone by the verb's subject: the noun is the object of a verb
    of undergoing ("suffered an attack", "faced a barrage") or follows "under" ("came under fire")."""
    if trigger.head.i == verb.i and trigger.dep_ in OBJECT_DEPS:
        return verb.lemma_.lower() in UNDERGOING_VERBS
    return trigger.dep_ == "pobj" and trigger.head.lower_ in UNDERGOING_PREPOSITIONS and trigger.head.head.i == verb.i


def _has_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children)


def _subject_names(verb, clause: Clause, mention_at: dict) -> list[str]:
    """The actors named in the active subjects of `verb`, within the clause."""
    return [n for c in verb.children if c.dep_ in ACTIVE_SUBJECT_DEPS for n in names_in(_own(c.subtree, clause), mention_at)]


def clause_roles(clause: Clause, mention_at: dict, statement: bool = False) -> Roles:
    """The source and target actors of the event told by `clause` (its trigger chosen). For a
    statement the reporter's subject speaks ("X said ..."): it is the source."""
    trigger, head = clause.trigger, clause.head
    source: list[str] = []
    target: list[str] = []
    if concern_said(clause):
        # "The United Kingdom remains concerned by restrictions imposed by M23", "We are concerned by
        # Israeli strikes" (read as a passive): who is concerned disapproves of what the phrase after the word names
        if trigger.i == head.i:   # the passive's subject is who is concerned
            source = [n for c in head.children if c.dep_ == "nsubjpass" for n in names_in(_own(c.subtree, clause), mention_at)]
            about = [t for p in concern_phrases(head) for t in p.subtree]
        else:
            source = _subject_names(head, clause, mention_at)
            about = [t for p in [trigger, *concern_phrases(head)] for t in p.subtree]
        target = [n for n in names_in(_own(about, clause), mention_at) if n not in source]
        return Roles(tuple(dict.fromkeys(source)), tuple(dict.fromkeys(target)))
    if clause.warning and trigger is not None and trigger.lemma_.lower() in WARNED_OUTCOMES:
        # "Russia would face very severe consequences", "will bring serious consequences for Russia": who is
        # warned is who faces them or whom they are for; who warns is whoever says it
        warned = [n for c in head.children if c.dep_ == "prep" and c.lower_ in WARNED_PREPOSITIONS
                  for n in names_in(_own(c.subtree, clause), mention_at)]
        warned += [n for c in [trigger, *trigger.children] if c.dep_ == "prep" and c.lower_ in WARNED_PREPOSITIONS
                   for n in names_in(_own(c.subtree, clause), mention_at)]
        if head.lemma_.lower() in UNDERGOING_VERBS:
            warned += _subject_names(head, clause, mention_at)
        if clause.reporter is not None:
            source = [n for n in _verb_roles(clause.reporter.head, clause.reporter, mention_at)[0] if n not in warned]
        return Roles(tuple(dict.fromkeys(source)), tuple(dict.fromkeys(warned)))
    if judgement(clause):
        # "Russia's attacks are unacceptable", "This attack is a war crime": what the subject names is
        # judged, its doers accused; who judges is whoever says it
        target = _subject_names(head, clause, mention_at)
        if clause.reporter is not None:
            source = _verb_roles(clause.reporter.head, clause.reporter, mention_at)[0]
        target = [n for n in target if n not in source]
        return Roles(tuple(dict.fromkeys(source)), tuple(dict.fromkeys(target)))
    if trigger is not None and trigger.pos_ in ("NOUN", "PROPN"):
        source, target = _noun_roles(trigger, clause, mention_at)
        if trigger.i != head.i and undergone(trigger, head):
            # "Israel has faced a barrage of Hizballah rockets", "Ukraine suffered a Russian missile attack",
            # "the convoy came under fire from militants": the subject is what the act is done to; who did it
            # is named in the act's own words
            target = _subject_names(head, clause, mention_at)
            if not source:
                source = names_in(_own((t for t in trigger.subtree if t.i != trigger.i), clause), mention_at)
            source = [n for n in source if n not in target]
        elif trigger.i != head.i and head.lemma_.lower() not in ACT_REPORTING_VERBS:
            # "carried out strikes on Venezuela", "imposed sanctions": the light verb's subject acts
            # (who "reported damage from the attack" tells of it)
            verb_source, verb_target = _verb_roles(head, clause, mention_at)
            source = source or verb_source
            target = target or [n for n in verb_target if n not in source]
    else:
        verb = trigger if trigger is not None and trigger.pos_ in ("VERB", "AUX") else head
        source, target = _verb_roles(verb, clause, mention_at)
        if not source and clause.category in MOVING_CATEGORIES and any(c.dep_ == "auxpass" for c in verb.children):
            # "Tens of thousands of Russian troops were mobilized to the region": the state whose forces are
            # moved moves them
            moved = [c for c in verb.children if c.dep_ == "nsubjpass"
                     and any(t.lemma_.lower() in FORCE_MOVERS for t in c.subtree)]   # ("Tens of thousands of ... troops")
            owners = [n for c in moved for n in names_in(_own(c.subtree, clause), mention_at)]
            if owners:
                source, target = owners, [n for n in target if n not in owners]
        if not source and verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl"):
            # "This is President Maduro speaking yesterday", "This is Claudia Sheinbaum, speaking Wednesday":
            # who a participle tells of is the name it hangs on, or the name its clause says someone is
            named = [verb.head] if verb.dep_ == "acl" else [c for c in verb.head.children if c.dep_ == "attr"]
            source = [m.canonical for n in named if (m := mention_at.get(n.i)) is not None]
        if verb.i != head.i and not source:
            source = _verb_roles(head, clause, mention_at)[0]
            if not source and verb.dep_ == "xcomp":
                # "Trump is scheduled to meet Putin", "Hamas is expected to release hostages": the subject
                # of the passive that governs the act is who does it
                source = [n for c in head.children if c.dep_ == "nsubjpass"
                          for n in names_in(_own(c.subtree, clause), mention_at) if n not in target]
    if not source and (accused := accused_of(clause.head)):
        # "accused Azerbaijan of shelling four regions": who is accused does the act
        # (not who a clause on them names: "accused fighters backing Machar of shooting at a U.S. aircraft")
        described = {t.i for c in accused for d in c.subtree if d.dep_ in ("acl", "relcl") for t in d.subtree}
        source = [n for c in accused for n in names_in([t for t in c.subtree if t.i not in described], mention_at)]
        source = [n for n in source if n not in target]
    # no subject of its own: the governor's ("agreed to talk and met officials", "..., killing 11")
    x, steps = clause, 0
    # (a participle describing a noun, "rockets fired into Israel", "a man killed in the strike", names no doer:
    # its doer is not the subject of the clause it hangs in)
    described = clause.head.dep_ == "acl" and clause.head.tag_ == "VBN"
    while not source and not described and x.head.pos_ in ("VERB", "AUX") and not _has_subject(x.head) and x.parent is not None \
            and steps < MAX_CLIMB:
        x, steps = x.parent, steps + 1
        source = [n for n in _verb_roles(x.head, x, mention_at)[0] if n not in target]
    if statement and clause.reporter is not None:
        speakers = _verb_roles(clause.reporter.head, clause.reporter, mention_at)[0]
        if speakers:
            source = speakers + [n for n in source if n not in speakers]
    target = [n for n in target if n not in source]
    return Roles(tuple(dict.fromkeys(source)), tuple(dict.fromkeys(target)))
