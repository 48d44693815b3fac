"""Rows: the events of one sentence made into timeline rows.

One event per category and sentence unless a clause has its own date, and one row per
happening: a statement yields to the specific act of the same speaker, `other` to a
categorised row, a request to the warning it goes with. The actors of a clause, its summary
and the `Event` record are built here."""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from timeline import lang
from timeline.actors import table_kind
from timeline.events.clauses import COMMISSIVE_VERBS, Clause, welcoming_verb, meanwhile, reaction_in_relative, nested_in, own_speaker, sequenced, told_in_sequence
from timeline.events.dating import Dated, related_object
from timeline.events.merge import ATTACK_TYPES, ONSET_MODE, done_and_possible
from timeline.events.demands import subject_names
from timeline.events.roles import clause_roles
from timeline.events.triggers import DENIAL_VERBS, REPORT_VERBS
from timeline.events.syntax import REPORT_LINK_DEPS, SUBJECT_DEPS, TEMPORAL_PREPS, doer_preps, in_apposition, name_in_apposition, named_as_known
from timeline.events.toll import toll_of
from timeline.places import MODIFIER, ORIGIN, Place, event_place, lookup
from timeline.records import Event, Source

SUMMARY_MAX_CHARS = 300


@dataclass
class Found:
    """One event a sentence tells, before it is a row: its clause, date, status and actors, and the
    clauses folded into it (another clause of the same category, the casualties of an attack)."""

    clause: Clause
    dated: Dated
    status: str
    names: tuple[str, ...]
    folded: list[Clause] = field(default_factory=list)

    @property
    def category(self) -> str:
        return self.clause.category


OFFICE_NOUNS = lang.words("words.tsv")["office_nouns"]
MILITARY_MOVERS = lang.words("words.tsv")["military_movers"]
WARSHIP_PREFIXES = lang.words("words.tsv")["warship_prefixes"]


def person_moves(clause: Clause, taxonomy, lemmas: list[str], mention_at: dict) -> None:
    """A person who arrives or travels is visiting (the table's `(person)` row), not deploying; a ship or a
    force that visits ("The USS Gravely will visit Trinidad and Tobago") is deployed (the `(force)` row)."""
    key = taxonomy.trigger_words(lemmas, clause.trigger.i, clause.trigger_len)
    target, by_force = taxonomy.person.get(key), taxonomy.force.get(key)
    if target is None and by_force is None:
        return
    verb = clause.trigger if clause.trigger.pos_ in ("VERB", "AUX") else clause.trigger.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if clause.trigger.pos_ == "NOUN":
        # the owner or the "of" of the noun ("Hegseth's visit", "the visit of the USS Gravely")
        subjects += [c for c in clause.trigger.children if c.dep_ == "poss"]
        subjects += [g for c in clause.trigger.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]
    for subj in subjects:
        m = mention_at.get(subj.i)
        if target is not None and ((m is not None and m.kind == "PERSON") or (m is None and subj.lemma_.lower() in OFFICE_NOUNS)):
            clause.category = target
            return
        if by_force is not None and (lemmas[subj.i] in MILITARY_MOVERS or any(
                t.text in WARSHIP_PREFIXES for t in subj.subtree if t.i <= subj.i)):
            clause.category = by_force
            return


CALL_BARRING_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp", "dative", "prt", "advcl"})


def person_called(clause: Clause, taxonomy, mention_at: dict) -> None:
    """"Secretary Rubio called President Tshisekedi": calling a person or an office, with
    nothing said of them ("called the attack unacceptable") and nothing asked ("called for talks", "called
    on Israel to stop"), is a call between leaders (the table's `(called)` row), not a statement. So is
    speaking with a person named or an office ("Rubio spoke today with Russian Foreign Minister Sergey
    Lavrov"; not "spoke to reporters")."""
    verb = clause.trigger
    if verb.pos_ == "VERB" and verb.i == clause.head.i and verb.lemma_.lower() in CONVERSING_VERBS:
        partners = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in CONVERSING_PREPS
                    for g in p.children if g.dep_ == "pobj"]
        if partners and all(interviewer(g) for g in partners):
            # "spoke with VOA's Kate Pound-Dawson": an interview, said to a medium, no call between leaders
            saying = taxonomy.match([verb.lemma_.lower()], 0)
            if saying is not None and saying.category is not None:
                clause.category, clause.weak = saying.category, saying.weak
            return
        if any(((g.i in mention_at and mention_at[g.i].kind == "PERSON") or g.lemma_.lower() in OFFICE_NOUNS)
               and not interviewer(g) for g in partners):
            clause.category, clause.weak = taxonomy.called_category, False
        return
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in taxonomy.called or verb.i != clause.head.i:
        return
    named = [c for c in verb.children if c.dep_ == "oprd" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"]
    purpose = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]   # "called X today to discuss ties"

    def asks_or_names(c) -> bool:   # "called for talks", "called on Israel to stop", "called the attack unacceptable"
        if c.dep_ == "prep":
            return c.lower_ in ("for", "on", "upon") and not any(p.ent_type_ in ("DATE", "TIME") for p in c.children)
        return c.dep_ in CALL_BARRING_DEPS and c not in named and c not in purpose

    if any(asks_or_names(c) for c in verb.children):
        return
    # "called Democratic Republic of the Congo President Félix Tshisekedi": the tagger reads the
    # name as what the state is called; a person's name is never that
    objects = named or [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) == 1 and (objects[0].i in mention_at or objects[0].lemma_.lower() in OFFICE_NOUNS) \
            and objects[0].pos_ != "PRON":
        m = mention_at.get(objects[0].i)
        # a person or an office is called; a place named ("called Greenland Iceland") is given a name
        if m is None or m.kind == "PERSON":
            clause.category, clause.weak = taxonomy.called_category, False


def interviewer(partner) -> bool:
    """"spoke with VOA's Kate Pound-Dawson", "spoke to CNN": a partner who is a medium or a medium's own (a
    name the alias table ignores as no actor: VOA, CNN, Reuters ...) is a journalist, and speaking with one an
    interview, no call."""
    return table_kind(partner.text) == "IGNORE" or any(
        c.dep_ == "poss" and table_kind(" ".join(t.text for t in c.subtree if t.dep_ != "case")) == "IGNORE"
        for c in partner.children)


CONVERSING_VERBS = lang.words("words.tsv")["conversing_verbs"]
CONVERSING_PREPS = lang.words("words.tsv")["conversing_prepositions"]
BROKEN_AGREEMENTS = lang.words("words.tsv")["broken_agreements"]


def agreement_broken(clause: Clause, taxonomy) -> None:
    """"broke the ceasefire", "withdrew from the Gaza ceasefire", "tore up the deal": breaking or leaving
    an agreement rejects it (the table's `(broken)` row), it is no agreement made."""
    verb = clause.head
    if verb.pos_ != "VERB":
        return
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    key = (verb.lemma_.lower(), *particles[:1])
    if key not in taxonomy.broken and (verb.lemma_.lower(),) not in taxonomy.broken:
        return
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    objects += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
    if any(o.lemma_.lower() in BROKEN_AGREEMENTS for o in objects):
        clause.trigger, clause.category, clause.weak, clause.trigger_len = verb, taxonomy.broken_category, False, 1
        clause.retold = False


def one_per_category(found: list[Found], act_nouns: frozenset = frozenset()) -> list[Found]:
    """One event per category and sentence ("bringing ... and joining ..." adds nothing), unless a
    clause carries its own, different date ("warned on Friday and revoked on Saturday"). A clause
    folded into another lends it its actors, and its date when it has one and the other does not."""
    kept: list[Found] = []
    for item in found:
        # an event named again ("Hegseth's announcement came as ...") and a new one of its category
        # ("... as senators blocked a resolution") are two: the first joins its earlier telling
        same = [k for k in kept if k.category == item.category and k.clause.retold == item.clause.retold]
        acts = [k for k in same if separate_act(k.clause, item.clause, act_nouns) or told_by_others(k.clause, item.clause)
                or told_apart(k.clause, item.clause) or own_subjects(k.clause, item.clause)]
        if acts:
            share_date(acts + [item])
        # "Following the meeting held on March 18, representatives convened": two events, each with its own date
        acts += [k for k in same if told_in_sequence(k.clause, item.clause) or welcomed(k.clause) or welcomed(item.clause)
                 or meanwhile_act(k.clause) or meanwhile_act(item.clause) or two_doers(k.clause, item.clause)
                 # "arrested a man in connection with the 2015 Paris attacks": the act and, with a day of its own,
                 # the thing it is about
                 or thing_dated_apart(k, item)
                 # "have condemned the seizure, which Venezuela condemned as an act of piracy": another's reaction
                 or ((reaction_in_relative(item.clause.head) or reaction_in_relative(k.clause.head))
                     and not judged_in_relative(k.clause, item.clause))
                 # "seized a tanker ... ahead of possible strikes on Venezuela": what happened and what may come
                 or (done_and_possible(k.status, item.status)
                     and "NOUN" in (k.clause.head.pos_, item.clause.head.pos_))]
        if not same or acts or any(subordinate_act(k.clause, item.clause) for k in same) or (item.dated.own and all((k.dated.start, k.dated.end) != (item.dated.start, item.dated.end)
                                               for k in same) and all(k.dated.own for k in same)):
            kept.append(item)
            continue
        target = same[0]
        if item.dated.own and not target.dated.own and item.clause.head.dep_ == "relcl":
            # "has built up a force ..., including the carrier, which arrived last week": the dated
            # clause tells the event (its own roles), the undated one folds into it
            kept[kept.index(target)] = item
            item, target = target, item
        fold_into(target, item)
    return kept


def thing_dated_apart(a: Found, b: Found) -> bool:
    """Whether one of two clauses is a noun the other's act is about, with a day of its own the other
    lacks ("arrested a man in connection with the 2015 Paris attacks"): two happenings."""
    return any(x.dated.own and not y.dated.own and x.clause.head.pos_ == "NOUN" and related_object(x.clause.head)
               for x, y in ((a, b), (b, a)))


def judged_in_relative(a: Clause, b: Clause) -> bool:
    """Whether one clause is a relative clause on the other's trigger, a noun of its own category ("A
    violation the United States condemns in the strongest possible terms"): the noun names the judgment
    the relative clause makes, one event (unlike "the seizure, which Venezuela condemned": an act and
    another's reaction)."""
    return any(y.head.dep_ == "relcl" and x.trigger is not None and y.head.head.i == x.trigger.i
               and x.trigger.pos_ == "NOUN" for x, y in ((a, b), (b, a)))


def welcomed(clause: Clause) -> bool:
    """A happening named as what a speaker welcomes ("We welcome the resumption of talks between DRC and
    M23"): an event of its own beside the welcome, though of its category."""
    return welcoming_verb(clause.head) is not None


def own_subjects(first: Clause, second: Clause) -> bool:
    """"we commend the United States and Panama for ..., and we pay tribute to Kenya ...", "We welcome
    the ceasefire and we urge all parties to return to talks": two joined clauses, each with a subject
    of its own and another verb, tell two acts (one subject shared, "travelled to Caracas and met
    Maduro", stays one)."""
    a, b = first.head, second.head
    if b.dep_ != "conj" or b.head.i != a.i or {a.pos_, b.pos_} != {"VERB"}:
        return False
    if a.lemma_ == b.lemma_ and not (a.lemma_.lower() in SPEECH_ACT_VERBS and _objects(a) and _objects(b)
                                     and not _objects(a) & _objects(b)):
        return False   # ("We urge Iran to show restraint, and we urge all parties to return to the table": two)
    # (passives are the same act told of several victims: "265 people were killed and 1440 were wounded")
    return all(any(c.dep_ == "nsubj" for c in v.children) and not any(c.dep_ == "auxpass" for c in v.children)
               for v in (a, b))


def two_doers(a: Clause, b: Clause) -> bool:
    """"the killing of civilians by the M23 in Rutshuru as well as killings by ADF in Ituri": two act
    nouns, each with a doer of its own after "by", and not the same one, are two acts."""
    def doers(c: Clause) -> set[str]:
        if c.head.pos_ != "NOUN":
            return set()
        return {t.lower_ for p in doer_preps(c.head) for t in p.subtree if t.pos_ == "PROPN"}
    da, db = doers(a), doers(b)
    return bool(da) and bool(db) and not da & db


def meanwhile_act(clause: Clause) -> bool:
    """"Monday's reported attack came as U.S. forces boarded a tanker": an act with a doer of its own,
    going on while the main clause's happened, is another act, with its own date."""
    return meanwhile(clause) and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
                                     for c in clause.head.children)


def told_apart(a: Clause, b: Clause) -> bool:
    """"The U.S. has objected to a draft ...; separately, Reuters reports the U.S. is refusing to
    co-sponsor a motion": clauses a semicolon sets apart tell two happenings."""
    lo, hi = sorted((a.head.i, b.head.i))
    if not any(t.text == ";" for t in a.head.doc[lo:hi]):
        return False
    # ("seven strikes engaged three ISIL units; destroyed 12 watercraft ...": a verb after the semicolon
    # with no subject of its own goes on telling what the same doers did, in one act)
    later = a.head if a.head.i > b.head.i else b.head
    return not (later.dep_ == "conj" and later.pos_ == "VERB"
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in later.children))


SEPARATE_ACT_CATEGORIES = lang.words("words.tsv")["separate_act_categories"]
SPEECH_ACT_VERBS = lang.words("words.tsv")["occasion_speech_verbs"]
SINCE_WORDS = lang.words("words.tsv")["since_words"]
TIME_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY"})


def _objects(verb) -> set[int]:
    """The nouns a verb acts on: its direct object, else the objects of the prepositions after it
    ("laid siege to the complex"), leaving out times and numbers ("on Saturday", "for a week")."""
    out = {c.i for c in verb.children if c.dep_ in ("dobj", "dative")}
    if not out:
        out = {g.i for c in verb.children if c.dep_ == "prep" and c.i > verb.i for g in c.children
               if g.dep_ == "pobj" and g.ent_type_ not in TIME_ENTITIES}
    return out


def _speaker(clause: Clause) -> str:
    reporter = clause.reporter
    if reporter is None:
        return ""
    subject = next((c for c in reporter.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON":   # "..., which it says is run by smugglers": maybe the same
        return ""
    return " ".join(t.lower_ for t in subject.subtree)


def told_by_others(first: Clause, second: Clause) -> bool:
    """"India said it struck nine sites, and Pakistan said it shot down five Indian jets": two acts
    reported by two different speakers through two different verbs of saying are two claims."""
    a, b = _speaker(first), _speaker(second)
    return bool(a and b and a != b and first.reporter.head.i != second.reporter.head.i)


def separate_act(first: Clause, second: Clause, act_nouns: frozenset = frozenset()) -> bool:
    """Whether two clauses of one category in a sentence tell two acts: two acts of speech of a
    statement's present ("we welcome the release of the crew and thank Oman for its efforts"); in a
    category of SEPARATE_ACT_CATEGORIES, a verb conjoined to the other, in the past, with another predicate and
    its own object ("attacked tents outside its gates, laid siege to the complex and arrested scores
    of staff"). "Bombed and shelled the city" (one object shared), participles ("bringing ... and
    joining ..."), a state ("units were on alert and had stepped up exercises": "be" is no act) and a
    visit ("travelled to Caracas and met Maduro") stay one event."""
    a, b = first.head, second.head
    if b.dep_ != "conj" or a.i == b.i or first.trigger is None or second.trigger is None:
        return False
    # "We welcome this mandate renewal, and thank the United States and Panama for their efforts": two
    # acts of speech in a statement's own present, with objects of their own, are two (a story's past
    # "welcomed the battalion and thanked the soldiers" tells one ceremony)
    speech = {a.lemma_.lower(), b.lemma_.lower()} <= SPEECH_ACT_VERBS and {a.tag_, b.tag_} <= {"VBP", "VBZ", "VB"}
    if first.category not in SEPARATE_ACT_CATEGORIES and not speech:
        return False
    if not (speech or {a.tag_, b.tag_} <= {"VBD", "VBN"}) or a.lemma_ == b.lemma_ or {a.pos_, b.pos_} != {"VERB"}:
        return False
    x = b
    while x.dep_ == "conj" and x.head.i != x.i:   # b hangs on a through a chain of conjuncts
        x = x.head
        if x.i == a.i:
            break
    if x.i != a.i:
        return False
    if striking_subject(a, act_nouns) is not None:
        # "four strikes struck two ISIL units and destroyed a vehicle": what one act did (the parser may read
        # "Near Kirkuk, a strike engaged ..." as a place the strike is in apposition to)
        return False
    own_a, own_b = _objects(a), _objects(b)
    return bool(own_a) and bool(own_b) and not own_a & own_b


def _subject(verb) -> str:
    return " ".join(t.lower_ for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree)


def _fought_back(main, sub) -> bool:
    """"a coalition patrol killed seven extremists July 25 after the enemy fighters attacked coalition
    forces": the one the main act was done to, named again as known ("the enemy fighters", "the
    militants") doing the act before it, is the other side of one fight, not another act."""
    subjects = [c for c in sub.children if c.dep_ == "nsubj"]
    objects = [c for c in main.children if c.dep_ in ("dobj", "obj")]
    return len(subjects) == 1 and bool(objects) and subjects[0].pos_ == "NOUN" and named_as_known(subjects[0])


def subordinate_act(first: Clause, second: Clause) -> bool:
    """Whether one of two clauses of one category is an adverbial clause of the other that tells
    another act by another subject ("Iran retaliated after Israel launched an attack", "Cambodian
    troops shelled the post as Thai jets bombed the bridge"): two events, each dated by its own
    clause. A pronoun subject ("Israel struck the port after it bombed the docks") may be the
    other's, and a "since" clause tells where a tally starts: neither is a second event here."""
    if first.category not in SEPARATE_ACT_CATEGORIES or first.trigger is None or second.trigger is None:
        return False
    a, b = first.head, second.head
    if b.head.i == a.i and b.dep_ == "advcl":
        pass
    elif a.head.i == b.i and a.dep_ == "advcl":
        a, b = b, a
    else:
        return False
    if {a.pos_, b.pos_} != {"VERB"} or a.lemma_ == b.lemma_ or not {a.tag_, b.tag_} <= {"VBD", "VBN"}:
        return False
    if any(c.dep_ == "mark" and c.lower_ in SINCE_WORDS for c in b.children):
        return False   # "killed ... since it began operations in May": where a tally starts
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for v in (a, b) for c in v.children):
        return False   # "after it bombed the docks": the pronoun may be the other's subject
    sa, sb = _subject(a), _subject(b)
    if not sa or not sb:
        return False
    if _fought_back(a, b):
        return False   # "a coalition patrol killed seven extremists after the enemy fighters attacked": one fight
    # another subject, or the same one named again with another object ("U.S. forces seized Maduro
    # after U.S. forces launched strikes on Caracas"): two acts in sequence
    own_a, own_b = _objects(a), _objects(b)
    return (sa not in sb and sb not in sa) or (bool(own_a) and bool(own_b) and not own_a & own_b)


def share_date(acts: list[Found]) -> None:
    """Conjoined acts share a date phrase one of them carries ("raided the market, set fire to the
    clinic and detained farmers on Sunday"), or the window one of them is told in ("days after the
    U.S. attacked Venezuela and abducted its president"): an act dated only by publication, or only by
    the story's running day when the other carries a date phrase, takes it (and its
    status, as a clause folded into another does: a future date makes it planned)."""
    carrier = next((a for a in acts if a.dated.basis == "explicit"), None) or \
        next((a for a in acts if a.dated.basis != "publication"), None)   # "days after X attacked and abducted ..."
    if carrier is None:
        return
    for a in acts:
        # an act with no date phrase of its own takes its fellow's, rather than the story's running day
        if a.dated.basis == "publication" or (a.dated.basis == "narrative" and carrier.dated.basis == "explicit"):
            a.dated = carrier.dated
            if a.status == "occurred":
                a.status = carrier.status


def fold_into(target: Found, item: Found) -> None:
    """`item` tells no event of its own beside `target`: its actors, its clause (for roles and
    toll) and, when `target` has none, its explicit date go to `target`."""
    if target.dated.basis != "explicit" and item.dated.basis == "explicit":
        target.dated = item.dated
        if target.status == "occurred":
            target.status = item.status  # a future date makes it planned
    target.names = tuple(dict.fromkeys(target.names + item.names))
    target.folded += [item.clause] + item.folded


APPROACH_VERBS = lang.words("words.tsv")["approach_verbs"]


def fold_each(found: list[Found], target_of) -> list[Found]:
    """The rows of a sentence after each row that `target_of` gives a target (another row, that tells
    its happening) has been folded into that target, in the order the rows were found."""
    kept: list[Found] = []
    for item in found:
        target = target_of(item)
        if target is None:
            kept.append(item)
        else:
            fold_into(target, item)
    return kept


def fold_approach(found: list[Found], taxonomy, lemmas: list[str]) -> list[Found]:
    """Forces moving up to do an act ("special forces reached Maduro's residence and abducted him",
    "Israeli forces entered the premises and handcuffed the staff"): the movement, a verb joined to an
    act of force of the same subject, is the approach of that act, no deployment of its own."""
    acts = [k for k in found if k.category == taxonomy.killing_act]

    def approached(item: Found) -> Found | None:
        clause = item.clause
        target = None
        if item.category != taxonomy.killing_act and clause.trigger is not None \
                and clause.trigger.i == clause.head.i and lemmas[clause.head.i] in APPROACH_VERBS:
            target = next((a for a in acts if conjoined(clause, a.clause) or conj_chain(clause.head, a.clause.head)), None)
        if target is None and item.category == MOVEMENT_CATEGORY:
            target = next((a for a in acts if movement_backdrop(clause, a.clause)), None)
        return target
    return fold_each(found, approached) if acts else found


MOVEMENT_CATEGORY = "deployment"
BACKDROP_MARKS = lang.words("words.tsv")["backdrop_marks"]


def movement_backdrop(movement: Clause, act: Clause) -> bool:
    """Forces on the move when an act of force happened ("attacked from a compound as the convoy moved
    west", "As coalition forces entered the compound, a militant opened fire", "the force was conducting
    a patrol when insurgents engaged it"): the movement is the scene of the act, no deployment of its
    own, whether it is the act's "as/while/when" clause or the progressive clause the act's "when"
    clause hangs on."""
    def marked(head) -> bool:
        return head.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in BACKDROP_MARKS for c in head.children)
    if any(c.dep_ == "xcomp" for c in movement.head.children):
        return False   # "as Israel moves to take over Gaza City": moving to do something is doing it
    if marked(movement.head) and movement.head.head.i == act.head.i:
        return True
    going_on = movement.head.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in movement.head.children)
    return going_on and marked(act.head) and act.head.head.i == movement.head.i


def conj_chain(first, later) -> bool:
    """Whether `later` hangs on `first` through a chain of conjuncts with no subject of their own
    ("entered the premises and handcuffed, stripped and interrogated the staff")."""
    x = later
    while x.dep_ == "conj" and x.head.i != x.i and not any(c.dep_ in SUBJECT_DEPS for c in x.children):
        x = x.head
        if x.i == first.i:
            return True
    return False


def fold_casualties(found: list[Found], taxonomy) -> list[Found]:
    """The killed and injured of an attack are its toll, not an event of their own: a casualties
    row of a sentence that also tells an act of force ("bombed the hospital, killing 28") is folded
    into it (the nearest such act in the parse when there are several)."""
    acts = [k for k in found if k.category in taxonomy.toll_of]

    def toll_of_act(item: Found) -> Found | None:
        if item.category != taxonomy.casualties_category:
            return None
        # killed on another day ("two weeks after the first strike killed 11") is another act's toll
        same_day = [a for a in acts if not item.dated.own or (a.dated.start, a.dated.end) == (item.dated.start, item.dated.end)
                    or (item.dated.granularity != "day" and a.dated.start <= item.dated.end and item.dated.start <= a.dated.end)
                    # "The strike killed 11 people and wounded 20 on Friday": the day closing both verbs
                    or (not a.dated.own and conj_chain(a.clause.head, item.clause.head))]
        related = [a for a in same_day if nested_in(item.clause, a.clause) or nested_in(a.clause, item.clause)]
        return (related or same_day)[0] if same_day else None
    return fold_each(found, toll_of_act) if acts else found


def fold_consequences(found: list[Found], taxonomy) -> list[Found]:
    """What an attack did, told in a participle after it ("pounded energy infrastructure Thursday,
    cutting off power to more than a million people"): the attack's consequence, no happening of its
    own beside it."""
    acts = [k for k in found if k.category == taxonomy.killing_act]

    def consequence_of(item: Found) -> Found | None:
        head = item.clause.head
        if item.category in (taxonomy.killing_act, taxonomy.casualties_category) or head.dep_ != "advcl" \
                or head.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in head.children):
            return None
        return next((a for a in acts if a.clause.head.i == head.head.i), None)
    return fold_each(found, consequence_of)


REFUSAL_AUXILIARIES = lang.words("words.tsv")["refusal_auxiliaries"]


def commitment_of_its_own(statement: Clause) -> bool:
    """A saying joined to another act of its speaker that commits the speaker or refuses ("denounced
    the abduction and vowed that Venezuela was ready to defend itself", "condemned the ruling and said
    it would not abide by it"): a second happening, not the first one told on."""
    head = statement.head
    if head.dep_ != "conj":
        return False
    if head.lemma_.lower() in COMMISSIVE_VERBS:
        return True
    return any(c.dep_ == "ccomp" and any(n.dep_ == "neg" for n in c.children)
               and any(a.dep_ == "aux" and a.lemma_.lower() in REFUSAL_AUXILIARIES for a in c.children)
               for c in head.children)


def same_act(statement: Clause, other: Clause) -> bool:
    """Whether a statement clause and another clause of its sentence tell one happening of one
    speaker: the statement reports the other ("said [units were on alert and had stepped up
    exercises]", "the ministry confirmed [it has sent warships]",
    "[warships were sent], the ministry confirmed"), or it goes on the other's act without a
    speaker of its own ("accused X of ... and said ...", "urged ... what he called ..."), unless it
    commits the speaker or refuses ("... and vowed that ...", "... and said it would not abide ...")."""
    if commitment_of_its_own(statement) and not nested_in(other, statement):
        return False
    if statement.head.lemma_.lower() in DENIAL_VERBS and conjoined(statement, other):
        return False   # "denied carrying out the strikes and accused Azerbaijan of shelling": two happenings
    if nested_in(other, statement):
        if meanwhile(other) and other.head.head.i == statement.head.i:
            return False   # "declared Gaza City a combat zone as it ramps up its offensive": two happenings
        if not statement.weak and other.head.pos_ == "NOUN" and other.head.dep_ == "pobj" and other.head.head.lower_ in TEMPORAL_PREPS:
            return False   # "Following a COBR meeting on 20 July, Hunt gave a statement": two happenings
        return statement.weak or other.head.dep_ in REPORT_LINK_DEPS or not own_speaker(other)
    if statement.parent is other and statement.head.dep_ in REPORT_LINK_DEPS and statement.head.head.i == other.head.i:
        return True
    if nested_in(statement, other) or (statement.parent is not None and statement.parent is other.parent):
        return not own_speaker(statement)
    return False


def conjoined(a: Clause, b: Clause) -> bool:
    """Two verbs of one subject joined by "and" ("asked operators to take care and warned that ...")."""
    for x, y in ((a, b), (b, a)):
        if x.head.dep_ == "conj" and conj_governor(x.head).i == y.head.i and not own_speaker(x):
            return True
    return False


def conj_governor(verb):
    """The verb a conjunct is joined to. A finite verb the parser hung on a gerund ("denied carrying out
    the strikes and accused Azerbaijan ...": "accused" on "carrying") is joined to the gerund's governor."""
    head = verb.head
    if verb.tag_ in ("VBD", "VBZ", "VBP") and head.tag_ == "VBG" and head.dep_ in ("xcomp", "pcomp", "ccomp") \
            and head.head.i != head.i and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return head


def one_row_per_happening(found: list[Found], taxonomy, lemmas: list[str]) -> list[Found]:
    """A sentence gives one row per distinct happening: a statement row yields to a more specific
    row of a clause linked to it ("accused X of ... and said ...", "the ministry confirmed [it has
    sent warships]"), a request to a warning of the same speaker (the categories of the table's
    `(request)` row), an act held out as possible to the warning that holds it out, and an `other`
    row (outside the conflict scale) to a categorised one ("the
    FAA warned airlines ..., and carriers have since cancelled flights")."""
    def request(c: Clause) -> bool:
        return taxonomy.trigger_words(lemmas, c.trigger.i, c.trigger_len) in taxonomy.requests

    found = [k for k in found if not request(k.clause) or not any(
        o.category in taxonomy.request_yields_to and conjoined(k.clause, o.clause) for o in found)]
    # "officials warned that more strikes could follow": the warning is the event, the strikes it
    # holds out are not annotated apart
    found = [k for k in found if not (k.status in ("speculative", "planned") and k.category in taxonomy.threatened
                                      and any(o.category == taxonomy.threat_category and o is not k
                                              and nested_in(k.clause, o.clause) for o in found))]
    # (an act named in passing, "at the Security Council meeting", is no more specific telling of a saying)
    specific = [k for k in found if k.category not in ("statement", "other") and not k.clause.named_in_passing]

    def more_specific(statement: Clause, other: Clause) -> bool:
        # nor is an act the saying is told as coming after ("After the meeting, Mulino announced that ...")
        return same_act(statement, other) and not (sequenced(other) and other.head.head.head.i == statement.head.i)

    if not specific:
        specific_or_other = [k for k in found if k.category == "other"]
        return [k for k in found if k.category != "statement"
                or not any(more_specific(k.clause, o.clause) for o in specific_or_other)]
    return [k for k in found if k.category != "other"
            and (k.category != "statement" or not any(more_specific(k.clause, o.clause) for o in specific))]


SAYING_CATEGORIES = lang.words("words.tsv")["comment_categories"]


def clause_actors(clause: Clause, mention_at: dict) -> tuple[str, ...]:
    """The actors named in the clause (and in the clause that reports it, though who tells of an act
    other than a saying is no party to it unless a state: "..., Gaza's Health Ministry said"); a verb's
    clause without a subject of its own ("..., killing 11 people", "... and met officials") shares its
    governor's (an event noun's does not: who welcomes a signing or retaliates after an attack is no
    party to it)."""
    names: list[str] = []
    groups = [clause.tokens]
    reported = clause.category not in SAYING_CATEGORIES   # who reports an act is no party to it, unless a state
    if clause.reporter is not None:
        groups.append(clause.reporter.tokens)
        rep = clause.reporter
        if rep.parent is not None and not any(c.dep_ in SUBJECT_DEPS for c in rep.head.children):
            # "Trump has said ... and told reporters [that ...]": the teller is the first verb's subject
            groups.append([t for c in rep.parent.head.children if c.dep_ in SUBJECT_DEPS for t in c.subtree])
    head = clause.head
    if clause.parent is not None and head.pos_ in ("VERB", "AUX") and not any(c.dep_ in SUBJECT_DEPS for c in head.children):
        subjects = [c for c in clause.parent.head.children if c.dep_ in SUBJECT_DEPS]
        groups.append([t for subj in subjects for t in subj.subtree])
    own = {t.i for t in clause.tokens}
    teller = {t.i for t in clause.reporter.tokens} if clause.reporter is not None else set()
    for tokens in groups:
        for tok in sorted(tokens, key=lambda t: t.i):
            m = mention_at.get(tok.i)
            if m is None or tok.i != m.start or m.canonical in names:
                continue
            if reported and tok.i not in own and tok.i in teller and m.kind != "GPE":
                continue   # "..., Gaza's Health Ministry said": the teller of a strike is no party to it
            if in_apposition(tok) and not name_in_apposition(m, tok):
                continue
            names.append(m.canonical)
    return tuple(names)


def summary_of(sent, clause: Clause) -> str:
    text = " ".join(sent.text.split())
    if len(text) <= SUMMARY_MAX_CHARS:
        return text
    toks = clause.tokens + (clause.reporter.tokens if clause.reporter is not None else [])
    lo, hi = min(t.i for t in toks), max(t.i for t in toks)
    text = " ".join(sent.doc[lo:hi + 1].text.split())
    return text if len(text) <= SUMMARY_MAX_CHARS else text[:SUMMARY_MAX_CHARS - 1].rstrip() + "…"


OTHER_TIME_MARKS = lang.words("words.tsv")["other_time_marks"]
SEPARATE_ACT_MARKS = lang.words("words.tsv")["separate_act_marks"]


def marked_adverbial(clause: Clause, marks: frozenset, deps: tuple[str, ...] = ("mark",)) -> bool:
    """Whether the clause is an adverbial clause introduced by one of `marks`."""
    head = clause.head
    return head.dep_ == "advcl" and any(c.dep_ in deps and c.lower_ in marks for c in head.children)


def told_at_another_time(clause: Clause) -> bool:
    """An adverbial clause marked as happening at another time than the clause it hangs on ("...
    after Houthi fighters vowed to resume targeting ships"): an event of its own."""
    return marked_adverbial(clause, OTHER_TIME_MARKS)


def act_beside(clause: Clause) -> bool:
    """An adverbial clause marked as a happening of its own beside the clause it hangs on ("Russia
    promised retaliatory measures when it summoned the U.S. ambassador"): not what that clause reports."""
    return marked_adverbial(clause, SEPARATE_ACT_MARKS, ("mark", "advmod"))




def where(clause_tokens: set[int], sent, place_mentions, sources: list[str], targets: list[str],
          mention_at: dict, attack: bool) -> Place | None:
    """Where an event happened: the most specific place of its clauses, else a place the sentence
    puts it in ("in Gaza", "off Venezuela"), else, for an attack, the country it was done to ("US
    strikes on Iran": Iran). A country that names the one who acts ("U.S. forces", "the Israeli
    strikes") or qualifies a noun ("US diplomats", "a US-flagged tanker") is no place of the event."""
    def nationality(p) -> bool:
        return p.place.kind == "country" and not p.locative and (p.role == MODIFIER or any(
            mention_at.get(i) is not None and mention_at[i].canonical in sources for i in range(p.start, p.end)))
    usable = [p for p in place_mentions if not nationality(p)]
    # another happening's clause ("The attack came a day after negotiators met in Istanbul") holds no
    # place of this one
    elsewhere = {t.i for tok in sent if tok.i not in clause_tokens and (
        (tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in OTHER_TIME_MARKS for c in tok.children))
        or (tok.dep_ == "pcomp" and tok.head.lower_ in OTHER_TIME_MARKS)) for t in tok.subtree} - clause_tokens
    place = event_place(usable, clause_tokens) or event_place([p for p in usable if p.locative or (
        p.role == ORIGIN and not _origin_of_joined_act(sent.doc, p))], set(range(sent.start, sent.end)) - elsewhere)
    if place is None and attack:
        for name in targets:
            country = lookup(name)
            if country is not None and country.kind == "country" and not _abroad(name, clause_tokens, sent, mention_at):
                return country
    return place


def _abroad(name: str, clause_tokens: set[int], sent, mention_at: dict) -> bool:
    """Whether the clause names the target state only by the nationality of what may be far from home:
    its forces, people, ships or aircraft ("A U.S. EOD team was attacked", "fired on the U.S. forces",
    "attacks against U.S. vessels"), not the state or its soil ("strikes on Iran", "Iranian nuclear sites")."""
    spans = {(m.start, m.end) for i in clause_tokens if (m := mention_at.get(i)) is not None and m.canonical == name}
    roots = [sent.doc[start:end].root for start, end in spans]
    return bool(roots) and all(r.head.i != r.i and r.head.lemma_.lower() in MOBILE_TARGETS for r in roots)


MOBILE_TARGETS = lang.words("words.tsv")["mobile_target_nouns"]


def in_story_country(events: list[Event], spots: list[tuple[int, Place]] = (), starts: dict[str, int] | None = None,
                     forces: set[str] = frozenset()) -> list[Event]:
    """One article's rows, each with a country: a row whose own sentence names no place is in the
    country of the story where it is told, the country of the nearest earlier row that has one, else
    the country most of the article's rows are in ("Coalition forces killed 10 insurgents" in a story
    of acts in Afghanistan). An act done at a place (words.tsv `story_placed_categories`; words said
    elsewhere take none) also takes the place the story is at, if in its country: the nearest earlier of
    the acts placed by their own words and of `spots`, the (token, place) of sentences that made no row but
    name where the story is ("at least nine people have been killed so far in the standoff ... in Zamboanga
    City"), put in order by `starts` (each row's first token); a coarser place told in passing does not
    replace the town of the act before it; before any, the first. "Troops have surrounded four coastal
    villages" so takes Zamboanga City, at best near it (`geo_precision` 2), marked `place_from_story`: the
    story's place, no evidence that two rows tell one event (`merge.merge_evidence`). A row of `forces` (ids of
    rows whose doer is a country's own forces named with no country, `unnamed_state_forces`) left with no doer
    takes the country the story is most in as its doer ("Security forces battled protesters")."""
    counts = Counter(e.country for e in events if e.country) or Counter(p.country for _s, p in spots if p.country)
    if not counts:
        return events
    common = counts.most_common(1)[0][0]
    countried, last = [], ""
    for e in events:
        if e.country:
            last = e.country
        else:
            e = replace(e, country=last or common)
        if e.event_id in forces and not e.source_actors and common not in e.target_actors:
            # "Security forces battled protesters" with no place of its own: the forces of the country the story
            # is most in (not a row's told in passing: a journalist of another country killed there)
            e = replace(e, source_actors=(common,), actors=tuple(dict.fromkeys(e.actors + (common,))))
        countried.append(e)
    events, out = countried, []
    starts = starts or {}
    # the places the story is at, in text order: acts placed by their own words, sentences that made no row
    anchors = sorted([_StoryPlace(starts.get(e.event_id, 0), True, e.location, e.country, e.latitude, e.longitude,
                                  e.geo_precision)
                      for e in events if e.location and e.category in STORY_PLACED_CATEGORIES and not e.place_from_story]
                     + [_StoryPlace(at, False, p.name, p.country, p.latitude, p.longitude, p.precision) for at, p in spots],
                     key=lambda a: (a.at, a.act))

    def story_place(at: int, country: str) -> _StoryPlace | None:
        before = [a for a in anchors if a.at <= at]
        if not before:
            chosen = anchors[0] if anchors else None
        else:
            chosen = before[-1]
            acts = [a for a in before if a.act]
            if not chosen.act and acts and acts[-1].country == chosen.country \
                    and (chosen.precision or 3) > (acts[-1].precision or 3):
                chosen = acts[-1]   # a coarser place told in passing ("across the Gaza Strip") keeps the act's town
        return chosen if chosen is not None and chosen.country == country else None

    for e in events:
        if not e.location and e.category in STORY_PLACED_CATEGORIES:
            placed = story_place(starts.get(e.event_id, 0), e.country)
            if placed is not None:
                e = replace(e, location=placed.name, latitude=placed.latitude, longitude=placed.longitude,
                            geo_precision=max(placed.precision or 2, 2), place_from_story=True)
        out.append(e)
    return out


class _StoryPlace(NamedTuple):
    """A place the story is at, from token `at`: an act's own (`act`) or a sentence's that made no row."""

    at: int
    act: bool
    name: str
    country: str
    latitude: float | None
    longitude: float | None
    precision: int | None


STORY_PLACED_CATEGORIES = lang.words("words.tsv")["story_placed_categories"]


def _origin_of_joined_act(doc, mention) -> bool:
    """Whether a place an act started from is the origin of a verb joined to another ("was ordered to
    the area and crossed the Atlantic from the Mediterranean"): that act's, no place of the first."""
    preposition = doc[mention.start:mention.end].root.head
    return preposition.head.dep_ == "conj"


SYMMETRIC_TYPES = lang.words("words.tsv")["symmetric_types"]
SYMMETRIC_MODES = lang.words("words.tsv")["symmetric_modes"]
UNDERGONE_TRIGGERS = lang.words("words.tsv")["undergone_triggers"]


PEOPLE_TAKEN = lang.words("words.tsv")["people_taken"]
AGREE_TYPE = "AGREE"
AGREEMENT_ONSET_VERBS = [tuple(p.split()) for p in lang.word_lists("words.tsv")["agreement_onset_verbs"]]
SEIZE_MODE, ARREST_MODE = "seize", "arrest"
FIGHT_TYPE, ASSAULT_TYPE, COERCE_TYPE = "FIGHT", "ASSAULT", "COERCE"
CROWD_CONTROL = [tuple(p.split()) for p in lang.word_lists("words.tsv")["crowd_control_words"]]
INTERCEPTION = ("interception",)   # plover.tsv's key for a defence against what was fired
INTERCEPTION_VERBS = [tuple(p.split()) for p in lang.word_lists("words.tsv")["interception_verbs"]]
PROJECTILE_NOUNS = lang.words("words.tsv")["projectile_nouns"]


def crowd_control(tokens, lemmas: list[str]) -> bool:
    """Whether an act's words are those of controlling a crowd ("fired tear gas", "used water cannon",
    "fired shots into the air to disperse them"): coercion, not an assault (PLOVER COERCE)."""
    at = {t.i for t in tokens}
    return any(all(i + k in at and lemmas[i + k] == w for k, w in enumerate(phrase))
               for i in at for phrase in CROWD_CONTROL)


def intercepted(trigger, lemmas: tuple[str, ...]) -> list:
    """What an interception takes down, when it is something fired ("air defenses shot down 21 of 41
    Russian missiles", "five drones were intercepted", "repelled yesterday's attack"): the object's
    words (through "of": "21 of 41 missiles"), else []."""
    if lemmas not in INTERCEPTION_VERBS or trigger.pos_ != "VERB":
        return []
    out = []
    # ("shot down 21 of 41 missiles": the parser may hang the object on the particle)
    holders = [trigger] + [c for c in trigger.children if c.dep_ in ("prt", "advmod") and c.i == trigger.i + 1]
    objects = [c for h in holders for c in h.children if c.dep_ in ("dobj", "nsubjpass", "pobj", "npadvmod")]
    if trigger.dep_ == "relcl":
        objects.append(trigger.head)   # "the second missile Saudi Arabia has intercepted"
    for head in objects:
        heads = [head] + [g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                          if g.dep_ == "pobj"]
        for h in heads:
            for t in [h] + [c for c in h.children if c.dep_ == "conj"]:
                if t.lemma_.lower() in PROJECTILE_NOUNS:
                    out.extend(t.subtree)
    return out


EXCHANGE_VERBS = lang.words("words.tsv")["exchange_verbs"]


def traded(head, act_nouns: frozenset) -> bool:
    """Whether the clause's verb is one of exchange whose object is an attack ("exchanged artillery
    fire", "have been trading attacks", "traded strikes"): a fight, both sides doing it."""
    return head.pos_ == "VERB" and head.lemma_.lower() in EXCHANGE_VERBS and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in act_nouns for c in head.children)


def striking_subject(head, act_nouns: frozenset):
    """The act noun that is the verb's subject ("four strikes engaged two units"; the parser may hang
    "a strike" of "Near Kirkuk, a strike engaged ..." on the place in apposition), or None."""
    subjects = [c for c in head.children if c.dep_ == "nsubj"] if head.pos_ == "VERB" else []
    return next((c for c in subjects + [g for c in subjects for g in c.children if g.dep_ == "appos"]
                 if c.pos_ == "NOUN" and c.lemma_.lower() in act_nouns), None)


def people_seized(trigger, mention_at: dict) -> bool:
    """Whether what a seizing word takes is people: its object ("captured five terrorists"), or what
    follows "of" after the noun ("the capture of Maduro"), is a person named or a noun of people."""
    if trigger.pos_ == "VERB":
        taken = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        taken = [g for c in trigger.children if c.dep_ == "prep" and c.i > trigger.i for g in c.children
                 if g.dep_ == "pobj"]
    for head in taken:
        for t in [head] + [c for c in head.children if c.dep_ == "conj"]:
            mention = mention_at.get(t.i)
            if t.lemma_.lower() in PEOPLE_TAKEN or t.ent_type_ == "PERSON" or \
                    (mention is not None and mention.kind == "PERSON"):
                return True
    return False


STATE_FORCE_NOUNS = lang.words("words.tsv")["state_force_nouns"]
STATE_FORCE_COMPOUNDS = lang.words("words.tsv")["state_force_compounds"]
STATE_FORCE_HEADS = lang.words("words.tsv")["state_force_heads"]


def unnamed_state_forces(clause: Clause, mention_at: dict) -> bool:
    """Whether the clause's doer is a country's own forces named with no country, no owner and no name
    ("Police fired tear gas at protesters in La Paz", "security forces drove protesters out of the
    square", "the army reasserted control"): the state of the country the act is placed in acts."""
    head = clause.head
    doers = [c for c in head.children if c.dep_ == "nsubj"]
    doers += [g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if len(doers) != 1:
        return False
    doer = doers[0]
    lemma = doer.lemma_.lower()
    words = {c.lower_ for c in doer.children if c.dep_ == "compound"}
    if not (lemma in STATE_FORCE_NOUNS or (lemma in STATE_FORCE_HEADS and words & STATE_FORCE_COMPOUNDS)):
        return False
    return not any(t.i in mention_at or t.dep_ in ("poss", "nmod") or t.pos_ == "PROPN"
                   or t.dep_ == "amod" and t.ent_type_ in ("NORP", "GPE")   # ("mutinous soldiers"; "Somali soldiers": theirs)
                   for left in doer.lefts for t in left.subtree if t.lower_ not in STATE_FORCE_COMPOUNDS) \
        and not any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in doer.children) \
        and doer.i not in mention_at


def make_event(article, doc, sent, found: Found, taxonomy, plover, mention_at: dict, lemmas: list[str],
               place_mentions: list = ()) -> Event:
    clause, dated, status = found.clause, found.dated, found.status
    toks = clause.tokens
    lo, hi = min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks)
    event_id = hashlib.sha1(f"{article.id}:{lo}:{hi}:{clause.trigger.idx}".encode()).hexdigest()[:16]
    raw = sent.text
    sentence = raw.strip()
    first = sent.start_char + (len(raw) - len(raw.lstrip()))   # where the trimmed sentence starts
    if dated.char_start >= first and dated.char_end <= first + len(sentence):
        d_start, d_end = dated.char_start - first, dated.char_end - first
    else:
        d_start = d_end = -1
    source = Source(article.id, article.title, article.source, article.published, article.url,
                    sentence, dated.text, d_start, d_end, report_id=event_id)
    # a statement's speaker, and the one who threatens by saying what their side will do, is the source
    roles = clause_roles(clause, mention_at, statement=clause.weak or clause.category == "statement"
                         or clause.category == taxonomy.threat_category and clause.reporter is not None)
    sources, targets = list(roles.source), list(roles.target)
    if clause.demand_by:   # the speaker demands; whoever must act is demanded of
        sources = list(clause.demand_by)
        targets = [n for n in subject_names(clause.head, mention_at) if n not in sources]
    for other in found.folded:   # a folded clause fills a role the event's own clause leaves empty
        more = clause_roles(other, mention_at)
        sources += [n for n in more.source if n not in sources and n not in targets and not roles.source]
        targets += [n for n in more.target if n not in sources and n not in targets and not roles.target]
    if clause.category == taxonomy.casualties_category and clause.trigger.i != clause.head.i \
            and clause.head.lemma_.lower() in REPORT_VERBS:
        sources = []   # "the Health Ministry reported 11 more deaths": who reports the dead did not kill them
    names = tuple(dict.fromkeys(found.names + tuple(sources) + tuple(targets)))
    tokens = [t for c in [clause, *found.folded] for t in c.tokens]
    if clause.head.dep_ == "advcl" and clause.head.head.i not in {t.i for t in tokens}:
        tokens.append(clause.head.head)   # "six brothers killed when an Israeli strike hit their car"
    toll = toll_of(tokens)
    trigger = taxonomy.trigger_words(lemmas, clause.trigger.i, clause.trigger_len)
    if " ".join(trigger) in UNDERGONE_TRIGGERS and not clause.demand_by:
        # "Maduro will stand trial": who stands trial is the one it is done to
        sources, targets = [], list(dict.fromkeys(sources + targets))
    event_type, mode = plover.event_type(clause.category, trigger)
    if event_type == AGREE_TYPE and not mode and any(tuple(lemmas[clause.head.i:clause.head.i + len(p)]) == p
                                                     for p in AGREEMENT_ONSET_VERBS):
        mode = ONSET_MODE   # "the truce went into effect Thursday": the agreement coming into effect
    if clause.category == taxonomy.killing_act and (traded(clause.head, taxonomy.act_nouns)
                                                    or traded(clause.trigger.head, taxonomy.act_nouns) or any(
            c.dep_ == "compound" and c.lower_ in EXCHANGE_VERBS for c in clause.trigger.children)):
        # ("have been trading attacks": the parser may read the verb as a noun before its object)
        event_type, mode = FIGHT_TYPE, ""   # "North and South Korea exchanged artillery fire": both sides fire
    if event_type == ASSAULT_TYPE and crowd_control(tokens, lemmas) and not toll.fatalities:
        # "police fired tear gas to disperse protesters": force to control a crowd (one that kills is an assault:
        # "opened fire on protesters with live fire, rubber bullets and tear gas, killing four")
        event_type, mode = COERCE_TYPE, ""
    weapon = striking_subject(clause.head, taxonomy.act_nouns) if event_type == FIGHT_TYPE else None
    if weapon is not None:
        # "Near Raqqa, 19 strikes engaged five ISIS tactical units": an attack engages what it strikes, one-sided
        event_type, mode = plover.event_type(clause.category, (lemmas[weapon.i],))
    if mode == SEIZE_MODE and people_seized(clause.trigger, mention_at):
        mode = ARREST_MODE   # "captured five terrorists", "seized Maduro and his wife": persons, not goods
    fired = intercepted(clause.trigger, trigger) if clause.category == taxonomy.killing_act else []
    if fired:
        # "Ukrainian air defenses shot down 21 of 41 Russian missiles": the defenders act (a fight, but
        # one-sided: whose the missiles were is what the defence was against)
        event_type, mode = plover.event_type(clause.category, INTERCEPTION)
    if (event_type in SYMMETRIC_TYPES or mode in SYMMETRIC_MODES) and not clause.demand_by and not fired:
        # "Trump met with Netanyahu", "the Prime Minister spoke to President Macron", "agreed a deal with
        # Hamas": both sides act
        sources, targets = sources + [n for n in targets if n not in sources], []
    if fired:
        theirs = list(dict.fromkeys(m.canonical for t in fired if (m := mention_at.get(t.i)) is not None))
        sources = [n for n in sources if n not in theirs]
        targets = list(dict.fromkeys(theirs + [n for n in targets if n not in sources]))
    own = {t.i for c in [clause, *found.folded] for t in c.tokens}
    # "seized the town of Uvira, despite a peace deal signed in Washington": a clause describing a noun
    # tells where that noun's event was, not this one's
    own -= {t.i for c in [clause, *found.folded] for tok in c.tokens if tok.dep_ in ("acl", "relcl")
            and tok.i != c.head.i and tok.head.pos_ in ("NOUN", "PROPN") for t in tok.subtree}
    place = where(own, sent, place_mentions, sources,
                  targets, mention_at, event_type in ATTACK_TYPES)
    if not sources and place is not None and place.country and place.country not in targets \
            and unnamed_state_forces(clause, mention_at):
        sources = [place.country]   # "Police fired tear gas at protesters in La Paz": Bolivia
        names = tuple(dict.fromkeys(names + (place.country,)))
    return Event(event_id=event_id, date=dated.start, date_end=dated.end, granularity=dated.granularity,
                 date_text=dated.text, date_basis=dated.basis, status=status, category=clause.category,
                 escalation=taxonomy.score(clause.category), actors=names, summary=summary_of(sent, clause),
                 article_id=article.id, title=article.title, source=article.source,
                 published=article.published, url=article.url, sources_count=1,
                 derivation=dated.derivation, sources=(source,), source_actors=tuple(sources),
                 target_actors=tuple(targets), event_type=event_type, event_mode=mode,
                 fatalities=toll.fatalities, injured=toll.injured,
                 location=place.name if place else "", country=place.country if place else "",
                 latitude=place.latitude if place else None, longitude=place.longitude if place else None,
                 geo_precision=place.precision if place else None)
