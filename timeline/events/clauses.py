"""Clauses: each verb heading a clause of a sentence (main, complement, adverbial, conjoined; a
relative clause only when it has its own date) with the words that belong to it and not to a
nested clause; reporting clauses ("X said [...]") folded into what they report; and questions
about a clause's tense and speaker."""
from __future__ import annotations

from dataclasses import dataclass, field

from timeline import lang
from timeline.events.syntax import (ARG_DEPS, CLAUSE_DEPS, INDEFINITE_DETERMINERS, REPORT_LINK_DEPS, SUBJECT_DEPS, TEMPORAL_PREPS,
                                    accused_of, descriptive_verb, doer_preps, named_as_known)


@dataclass
class Clause:
    head: object                      # spaCy Token
    tokens: list = field(default_factory=list)
    trigger: object = None            # Token
    trigger_len: int = 1
    category: str = ""
    weak: bool = False
    reporter: "Clause | None" = None  # the "X said" clause folded into this one
    dropped: bool = False
    retold: bool = False               # its trigger names an event told before ("announced the seizure")
    parent: "Clause | None" = None    # the clause this one is nested in
    warning: bool = False              # a reception announced ("will be met with force"): a threat made when said
    demand_by: tuple = ()              # who demands what the clause says must be done ("Russia must end ..."): events/demands.py
    named_in_passing: bool = False     # an act named by a noun with its doer inside another clause ("condemned X's strikes")
    lent: set = field(default_factory=set)   # words of a condemned act named in it, which date that act, not this clause


def simple_present(clause: Clause) -> bool:
    """"denies", "says", "is", "are arrested": a present state or habit ("has sent", "is taking
    part" are not). A conjoined verb without auxiliaries shares its governor's ("are arrested,
    prosecuted and ...")."""
    head = clause.head
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if not aux and head.dep_ == "conj" and head.tag_ == "VBN":
        aux = [c for c in head.head.children if c.dep_ in ("aux", "auxpass")]
    if head.tag_ in ("VBZ", "VBP"):
        return not aux
    if head.tag_ == "VB" and head.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in head.children):
        return not aux   # "Amphibious operations further enable ...": a finite verb tagged as its base form
    if head.tag_ == "VB" and head.dep_ == "conj" and not aux:
        # "They cost lives, blight communities and threaten our security": a bare conjunct shares its
        # governor's present
        first = head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        return first.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in first.children)
    if head.tag_ == "VBN":
        return bool(aux) and all(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in aux)
    return False


def told_as_recent(clause: Clause) -> bool:
    """"have killed", "has stormed", "have been arrested", "are calling on", "is urging": the present
    perfect or present progressive, an act of the recent past or one going on, located on no day
    ("had sent" and modals are not). A conjoined verb without auxiliaries shares its governor's."""
    head = clause.head
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if not aux and head.dep_ == "conj" and head.tag_ in ("VBN", "VBG"):
        aux = [c for c in head.head.children if c.dep_ in ("aux", "auxpass")]
    if not aux or any(a.tag_ == "MD" or a.lemma_ in FUTURE_AUXILIARIES for a in aux):
        return False
    finite = aux[0]
    if finite.tag_ not in ("VBZ", "VBP"):
        return False   # "had sent", "was killed", "were calling": told in the past
    if finite.lemma_ == "have":
        return head.tag_ == "VBN"
    return finite.lemma_ == "be" and head.tag_ == "VBG" and finite.dep_ == "aux"


def perfect_infinitive(clause: Clause) -> bool:
    """"Pakistan claims to have shot down two jets": the trigger verb, under the clause's verb, is a
    perfect infinitive, an act told as done, whatever the tense of the verb that reports it."""
    trigger = clause.trigger
    return trigger is not None and trigger.i != clause.head.i and trigger.tag_ == "VBN" and \
        any(a.dep_ == "aux" and a.lemma_ == "have" for a in trigger.children) and \
        any(a.dep_ == "aux" and a.lower_ == "to" for a in trigger.children)


ELLIPTICAL_SUBJECTS = lang.words("words.tsv")["elliptical_subjects"]
FUTURE_AUXILIARIES = lang.words("words.tsv")["future_auxiliaries"]
REPORTED_FUTURE = lang.words("words.tsv")["reported_future_auxiliaries"]
CONTENT_MARKS = lang.words("words.tsv")["content_marks"]
COMMISSIVE_VERBS = lang.words("words.tsv")["commissive_verbs"]   # "vowed to retaliate", "pledged that ..."


def nested_in(x: Clause, y: Clause) -> bool:
    p = x.parent
    while p is not None:
        if p is y:
            return True
        p = p.parent
    return False


def own_speaker(c: Clause) -> bool:
    """Whether a clause names its own subject (a pronoun refers back, so it does not count)."""
    return any(t.dep_ in SUBJECT_DEPS and t.pos_ != "PRON" for t in c.head.children)


TEMPORAL_FRAMES = lang.words("words.tsv")["temporal_frames"]


def event_noun_in_time_phrase(tok, event_nouns: frozenset) -> bool:
    """"after an attack", "following the strikes on Iran", "in the wake of an Iranian missile attack":
    an event noun that sets the time of the sentence tells an event of its own."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in event_nouns or tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in TEMPORAL_PREPS and prep.lower_ != "since":   # "since the death of Chávez": background
        return True
    return prep.lower_ == "of" and prep.head.lemma_.lower() in TEMPORAL_FRAMES


def event_noun_answered(tok, act_nouns: frozenset) -> bool:
    """"in retaliation for a drone attack on a U.S. base", "in response to over 100 rockets fired into Israel":
    an act of force that another answers came first, an event of its own (a warning or a statement answered,
    "in response to the alarming warnings that ...", is the answer's reason, no row)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in act_nouns or tok.dep_ != "pobj":
        return False
    prep = tok.head
    if not (prep.lower_ in RESPONSE_PREPOSITIONS and prep.head.lemma_.lower() in RESPONSE_FRAMES):
        return False
    # ("vowed revenge for the killing": an act named as known and by nothing else is the one told before)
    return not (named_as_known(tok)
                and not any(c.dep_ in ("prep", "acl", "relcl", "nummod", "compound", "amod", "poss") for c in tok.children))


NOUN_ARGUMENT_DEPS = frozenset({"dobj", "obj", "nsubj", "nsubjpass", "attr", "dative"})


def event_noun_with_own_date(tok, dated: set[int], event_nouns: frozenset) -> bool:
    """"followed by a further incursion into Romanian airspace on Saturday", "a September 2 strike":
    an event noun that carries its own time expression tells an event of its own."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in event_nouns or tok.dep_ in ("ROOT", "compound", "appos"):
        return False   # (a noun in apposition names what was told beside it: "..., the deadliest attack this year")
    # "rejected the accusations on Monday", "condemned the violation yesterday": a date after a verb's
    # argument is the verb's, wherever the parser hangs it; a date inside the noun phrase is the noun's
    # "offered no concessions at the talks on Monday": the gathering where an act took place sets its scene
    argument = tok.dep_ in NOUN_ARGUMENT_DEPS or (tok.dep_ == "pobj" and tok.head.lower_ == "at")
    # (but a date inside the subject of a judgement, told before "be", is the subject's: "The two missile
    # tests by North Korea on 28 October are a clear violation")
    own_words = tok.dep_ in ("nsubj", "nsubjpass") and tok.i < tok.head.i and tok.head.lemma_ == "be"
    for child in tok.children:
        if child.i in dated and (child.i < tok.i or not argument or own_words and child.i < tok.head.i):
            return True
        if child.dep_ == "prep" and (not argument or own_words and child.i < tok.head.i) \
                and any(g.i in dated for g in child.children if g.dep_ == "pobj"):
            return True
    return False


NAMED_DOERS = frozenset({"ORG", "GPE", "NORP", "PERSON"})
TARGET_PREPS = lang.words("words.tsv")["doer_target_prepositions"]


ACT_WAVE_NOUNS = lang.words("words.tsv")["act_wave_nouns"]


def event_noun_with_doer(tok, act_nouns: frozenset) -> bool:
    """"condemned the detentions of UN staff by the Houthis", "Trump's airstrikes on Iran's nuclear
    sites": an act of force named by a noun with a named doer (a possessive name, or "by" a name)
    tells an event of its own, whatever clause it stands in. Not the subject of a verb, which tells
    the act itself ("Israel's strikes killed 12")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in act_nouns or tok.dep_ in ("ROOT", "compound", "nsubj", "nsubjpass"):
        return False
    if any(child.dep_ == "poss" and child.pos_ == "PROPN" for child in tok.children) and any(
            p.dep_ == "prep" and p.lower_ in TARGET_PREPS for p in tok.children):
        return True   # "Israel's blockade of Gaza"; but "Maduro's capture": the one captured
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ in ("dobj", "obj") \
            and tok.head.head.lemma_.lower() in ACT_WAVE_NOUNS and any(
            c.dep_ == "amod" and c.ent_type_ == "NORP" for c in tok.children):
        return True   # "condemn the huge wave of Russian missile attacks": a nationality's acts, the object condemned
    if any(g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in NAMED_DOERS
                                 or any(m.ent_type_ in NAMED_DOERS for m in g.children))
           for by in doer_preps(tok) for g in by.children):
        return True
    # "the detentions of UN personnel by the Houthis, ... and the seizure of UN property": an act
    # noun joined to one with a named doer is another act of that doer
    # (not a noun with no words of its own, sharing the other's: "Russia's invasion and occupation of Ukrainian territory")
    return tok.dep_ == "conj" and tok.head.i != tok.i and event_noun_with_doer(tok.head, act_nouns) \
        and any(c.dep_ == "prep" for c in tok.children)


POSSIBILITY_ADJECTIVES = lang.words("words.tsv")["possibility_adjectives"]


def event_noun_held_possible(tok, act_nouns: frozenset) -> bool:
    """"ahead of possible strikes on Venezuela", "fear of a potential U.S. invasion": an act named as
    possible or imminent tells an act to come of its own (speculative or planned), whatever clause it
    stands in. Not the subject of a verb, which tells it ("possible strikes could follow")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in act_nouns and tok.dep_ not in ("ROOT", "compound", "nsubj", "nsubjpass") \
        and any(c.dep_ == "amod" and c.lemma_.lower() in POSSIBILITY_ADJECTIVES for c in tok.children)


WELCOMING_VERBS = lang.words("words.tsv")["welcoming_verbs"]
WELCOMED_HAPPENINGS = lang.words("words.tsv")["welcomed_happenings"]
FORCE_MOVERS = lang.words("words.tsv")["force_movers"]   # troops, warships, jets: forces (triggers and roles read it too)
ANNOUNCEMENT_NOUNS = lang.words("words.tsv")["announcement_nouns"]


def event_noun_welcomed(tok, event_nouns: frozenset) -> bool:
    """"The UK welcomes the signing of the Peace Agreement", "we welcome the recent prisoner swaps": the
    happening a speaker welcomes is an event of its own, beside the welcome; so is the happening whose
    announcement is welcomed ("welcomes tonight's announcement of a ceasefire")."""
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.lemma_.lower() in event_nouns \
            and tok.head.head.lemma_.lower() in ANNOUNCEMENT_NOUNS and tok.head.head.dep_ != "pobj":
        # "welcomes tonight's announcement of a ceasefire": the happening announced is what is welcomed
        tok = tok.head.head
        return tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in WELCOMING_VERBS
    if tok.lemma_.lower() not in event_nouns and tok.lemma_.lower() not in WELCOMED_HAPPENINGS \
            or tok.lemma_.lower() in FORCE_MOVERS:
        return False   # ("commended U.S. troops for ...": the troops are praised, no deployment told)
    verb = welcoming_verb(tok)
    # ("visited Pakistan to welcome the ceasefire": a welcome as the purpose of a visit names no event)
    return verb is not None and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def welcoming_verb(tok):
    """The verb of welcoming whose object (or a conjunct of it) the noun `tok` is, else None."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "obj", "conj"):
        return None
    verb = tok.head.head if tok.dep_ == "conj" and tok.head.dep_ in ("dobj", "obj") else tok.head
    return verb if verb.lemma_.lower() in WELCOMING_VERBS else None


CONDEMNING_VERBS = lang.words("words.tsv")["condemning_verbs"]
ON_A_DAY = lang.words("words.tsv")["day_prepositions"]
HARM_TOLD_VERBS = lang.words("words.tsv")["harm_told_verbs"]


CONCERN_ADJECTIVES = lang.words("words.tsv")["concern_adjectives"]
CONCERN_PREPS = lang.words("words.tsv")["concern_prepositions"]
HARM_RESULT_VERBS = lang.words("words.tsv")["harm_result_verbs"]
HARM_RESULT_NOUNS = lang.words("words.tsv")["harm_result_nouns"]


def condemned(tok) -> bool:
    """Whether the noun is what a speaker condemns: the object of a condemning verb ("condemns the attack")
    or what a word of concern is about ("We are appalled by the attack", "remains concerned by the
    launches")."""
    if tok.dep_ in ("dobj", "obj"):
        return tok.head.lemma_.lower() in CONDEMNING_VERBS
    prep = tok.head
    return tok.dep_ == "pobj" and prep.dep_ in ("prep", "agent") and prep.lower_ in CONCERN_PREPS \
        and prep.head.lower_ in CONCERN_ADJECTIVES


def harm_told(c) -> bool:
    """Whether a clause on an act tells what it did to people or things: a verb of harm ("that killed
    nine people", "which struck the airport") or one of outcome with harm as its result ("which resulted
    in the death of a contractor", "which led to such a tragic loss of life")."""
    if c.dep_ not in ("relcl", "acl") or c.pos_ != "VERB":
        return False
    lemma = c.lemma_.lower()
    return lemma in HARM_TOLD_VERBS or lemma in HARM_RESULT_VERBS and any(
        t.lemma_.lower() in HARM_RESULT_NOUNS for t in c.subtree if t.i != c.i)


VIOLATION_WORDS = lang.words("words.tsv")["violation_words"]
VIOLATED_SPACES = lang.words("words.tsv")["violated_spaces"]


def space_violated(tok) -> bool:
    """Whether the noun is a violation of a state's airspace, territory or border ("the violation of
    Poland's airspace"): an incursion, an act of force (see triggers.space_violation)."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in VIOLATION_WORDS and any(
        g.dep_ == "pobj" and g.lemma_.lower() in VIOLATED_SPACES
        for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)


def event_noun_condemned(tok, act_nouns: frozenset, dated: set[int] = frozenset()) -> bool:
    """"Herzog decried an Iranian strike that damaged a hospital": an act of force a speaker condemns,
    named as new (indefinite) or with a day of its own in a clause on it ("condemns the brutal attack
    perpetrated this past Sunday"), is an event of its own, beside the condemnation ("condemned the
    attack", "condemned today's attacks" name an act told before, or only its reception)."""
    if space_violated(tok) and condemned(tok):
        return True   # "condemning the outrageous violation of Poland's airspace": the incursion is an event of its own
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in act_nouns or not condemned(tok):
        return False
    # what hangs on the noun, or on the noun of its preposition ("the attack on the airport which injured ...")
    told = [*tok.children, *(c for p in tok.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"
                             for c in g.children)]
    if any(harm_told(c) for c in told):
        # "condemns the airstrikes in Chin State on April 10 that killed at least nine people", "the recent attack
        # on Sana'a airport which injured a UNHAS crew member": told with what it did
        return True
    def own_days(c) -> list:
        if c.dep_ == "prep" and c.lower_ in ON_A_DAY and tok.head.tag_ not in ("VBP", "VBZ"):
            # "condemned the blockade on Monday": the parser may hang the condemnation's day on the noun (not
            # that of a condemnation said as it is made: "We strongly condemn the attacks ... in May"); a day
            # told of its target is the act's ("condemned the attacks on personnel in May")
            return [t for g in c.children if g.dep_ == "pobj" for k in g.children if k.dep_ == "prep" for t in k.subtree]
        return list(c.subtree)
    if not any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in tok.children) and not any(
            t.i in dated for c in tok.children for t in own_days(c)) and not condemned_on_its_day(tok, dated) \
            and not one_act_named(tok):
        # ("condemns the assassination today in Ankara of ...", "the August 18 mutiny in Mali": a day of its own)
        return False
    return True


UNSPECIFIC_DETERMINERS = lang.words("words.tsv")["pointing_words"] | lang.words("words.tsv")["unspecific_determiners"]
GOING_ON_WORDS = lang.words("words.tsv")["going_on_words"]


def one_act_named(tok) -> bool:
    """"condemns the continued shelling of civilian areas", "the rebels' attacks in the north": an act named as
    one particular act, by a word saying it goes on or was just done (`going_on_words`) or by the possessive of a
    side that did it, and with no word pointing back or generalising ("these attacks", "all violence"). "The
    attack" alone names an act told before, or only its reception."""
    dets = [c for c in tok.children if c.dep_ in ("det", "poss", "predet")]
    if any(c.lower_ in UNSPECIFIC_DETERMINERS for c in dets):
        return False
    # (a person's act may be done to them: "Maduro's capture", "Navalny's arrest")
    return any(c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME", "PERSON") for c in dets) \
        or any(c.dep_ == "amod" and c.lower_ in GOING_ON_WORDS for c in tok.children)


def condemned_on_its_day(tok, dated: set[int] = frozenset()) -> list:
    """The day phrases hung on a condemning verb said as it is made, in the present, of which its
    object is the act ("We condemn the ballistic missile launches by North Korea on 4 and 7 May": the
    condemnation is made now, the days are the launches'), else []."""
    verb = tok.head
    if tok.dep_ not in ("dobj", "obj") or verb.tag_ not in ("VBP", "VBZ"):
        return []
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ON_A_DAY and c.i > tok.i
            and any(g.dep_ == "pobj" and g.i in dated for g in c.children)]   # (the day itself, not a thing
    # of a year named in the phrase: "in full contravention of its 1997 agreement")


OCCURRENCE_VERBS = lang.words("words.tsv")["occurrence_verbs"]


def event_noun_occurring(tok, act_nouns: frozenset, dated: set[int] = frozenset()) -> bool:
    """"approved the attacks on the U.S. Embassy that took place this week", "praised the bombing
    which occurred on Sunday": an act of force said, in a clause on it, to have happened on a day is
    an event of its own, whatever verb the sentence hangs it on."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in act_nouns or tok.dep_ in ("ROOT", "compound", "nsubj", "nsubjpass"):
        return False
    for c in tok.children:
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and any(t.i in dated for t in c.subtree):
            lemma = c.lemma_.lower()
            particle = next((p.lower_ for p in c.children if p.dep_ in ("dobj", "prt") and p.i == c.i + 1), None)
            if lemma in OCCURRENCE_VERBS or (particle and f"{lemma} {particle}" in OCCURRENCE_VERBS):
                return True
    return False


DOING_VERBS = lang.words("words.tsv")["doing_verbs"]


def event_noun_done(tok, event_nouns: frozenset, dated: set[int] = frozenset()) -> bool:
    """"the strikes that the US carried out on Monday", "the arms embargo which this Council renewed just
    last week": an event noun that a relative clause, dated, says someone did (a verb of doing whose object
    is the noun itself) is an event of its own, of that day and by that doer, whatever verb the sentence
    hangs it on."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in event_nouns or tok.dep_ in ("ROOT", "compound"):
        return False
    # (or a participle of doing, dated: "the ceasefire declared on July 11", "the commitments made in Geneva
    # on April 17")
    return any(any(t.i in dated for t in c.subtree) for c in doing_relatives(tok) + doing_participles(tok))


def _of_doing(verb) -> bool:
    """Whether a verb (with its particle) is a verb of doing (`doing_verbs`: "carry out", "inflict", ...)."""
    particle = next((p.lower_ for p in verb.children if p.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    return lemma in DOING_VERBS or bool(particle and f"{lemma} {particle}" in DOING_VERBS)


def doing_participles(noun) -> list:
    """The participles of a verb of doing that describe a noun as done ("attacks inflicted by Boko Haram",
    "the strikes carried out by the RSF")."""
    return [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and _of_doing(c)]


def doing_relatives(noun) -> list:
    """The relative clauses of a noun that say someone did what it names: a verb of doing (`doing_verbs`)
    with a subject, whose object, if written, is "that"/"which" ("the strikes that the US carried out")."""
    out = []
    for c in noun.children:
        if c.dep_ != "relcl" or c.pos_ != "VERB" or not _of_doing(c):
            continue
        objects = [o for o in c.children if o.dep_ in ("dobj", "obj")]
        if all(o.tag_ in ("WDT", "WP") for o in objects) and any(o.dep_ == "nsubj" for o in c.children):
            out.append(c)
    return out


SPEECH_CONTAINERS = lang.words("words.tsv")["speech_containers"]
SAYING_CONTENT_MARKS = lang.words("words.tsv")["saying_content_marks"]
SAYING_VERBS = lang.words("words.tsv")["saying_verbs"]


def _that_clause(tok, deps: tuple[str, ...]) -> bool:
    """Whether `tok` heads a "that" clause (a verb with the mark) hanging by one of `deps`."""
    return tok.dep_ in deps and tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ in SAYING_CONTENT_MARKS for c in tok.children)


def saying_verb_of_content(tok):
    """The verb of saying whose words a clause is when it hangs on what the saying was made in
    ("Kenyan Defense Forces said in a statement that al-Shabab militia attacked a base": the parser
    hangs "attacked" on "statement"), else None."""
    if not _that_clause(tok, ("acl",)):
        return None
    noun = tok.head
    if noun.lemma_.lower() not in SPEECH_CONTAINERS or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in SAYING_VERBS else None


EVIDENCE_NOUNS = lang.words("words.tsv")["evidence_nouns"]
EVIDENCE_DENIALS = lang.words("words.tsv")["evidence_denials"]


def shown_by_evidence(tok) -> bool:
    """"says it has evidence that al-Baghdadi has been killed": a clause on what evidence is held to
    show is told as having happened ("there is no evidence that ..." is not)."""
    if not _that_clause(tok, ("acl", "ccomp")):
        return False
    noun = tok.head
    return noun.lemma_.lower() in EVIDENCE_NOUNS and not any(
        c.lower_ in EVIDENCE_DENIALS or c.dep_ == "neg" for c in [*noun.children, noun.head, *noun.head.children])


SINCE_WORDS = lang.words("words.tsv")["since_words"]


def accused_act(tok, act_nouns: frozenset) -> bool:
    """"accused government forces of launching more attacks", "accused Armenia of shelling four regions": an act
    of force someone is accused of doing (a gerund after "accuse ... of", naming the act, or a verb of doing with
    the act as object) is an event of its own, done by the one accused, beside the accusation ("accused the United
    States of supporting Israel's bombardment" accuses it of no act of force of its own)."""
    return bool(accused_of(tok)) and (tok.lemma_.lower() in act_nouns or (_of_doing(tok) and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in act_nouns for c in tok.children)))


def is_clause_head(tok, dated: set[int], folded: set[int], event_nouns: frozenset = frozenset(),
                   act_nouns: frozenset = frozenset()) -> bool:
    if tok.dep_ == "ROOT" or tok.head.i == tok.i:
        return True
    if tok.i not in folded and (event_noun_in_time_phrase(tok, event_nouns) or event_noun_answered(tok, act_nouns)
                                or event_noun_with_own_date(tok, dated, event_nouns)
                                or event_noun_with_doer(tok, act_nouns)
                                or event_noun_held_possible(tok, act_nouns)
                                or event_noun_welcomed(tok, event_nouns)
                                or event_noun_condemned(tok, act_nouns, dated)
                                or event_noun_occurring(tok, act_nouns, dated)
                                or event_noun_done(tok, event_nouns, dated)):
        return True
    if tok.pos_ not in ("VERB", "AUX") or tok.i in folded:
        return False
    if saying_verb_of_content(tok) is not None or shown_by_evidence(tok):
        return True   # "said in a statement that al-Shabab militia attacked a base": what was said
    if tok.dep_ == "pcomp" and tok.head.lower_ in TEMPORAL_PREPS:
        return True  # "after visiting troops in Puerto Rico the day before": an event of its own
    if accused_act(tok, act_nouns):
        return True  # "accused Azerbaijan of shelling four regions overnight": the act alleged is an event of its own
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in act_nouns \
            and any(t.i in dated and t.head.lower_ not in SINCE_WORDS for t in tok.subtree):
        # "the family of a fisherman killed in a U.S. boat strike on September 15": a participle of an
        # act of force with a date of its own tells an act of that date, as a dated relative clause
        # does ("a statement given yesterday", "a tanker loaded with oil ... Wednesday" are no acts)
        return True
    if tok.dep_ == "acl" and tok.tag_ == "VBD" and any(c.dep_ == "mark" and c.lower_ in CONTENT_MARKS for c in tok.children) \
            and any(t.i in dated for t in tok.subtree):
        # "concerned by reports that the TPLF carried out attacks on ... bases on November 3": what a
        # noun reports, told as done on a day of its own, is an act of that day
        return True
    if reported_content(tok):
        return True   # "troubled by credible reports that the RSF have razed multiple villages": what is reported
    if tok.dep_ not in CLAUSE_DEPS or descriptive_verb(tok, dated) or joined_infinitive(tok):
        return False
    if tok.dep_ == "relcl":
        # A relative clause is background ("the cartel, which it says is led by Maduro") unless it
        # carries its own date ("Rubio, who confirmed the strike yesterday") or hangs on one ("since
        # Friday, when Trump called on Israel to halt its strikes").
        return tok.head.i in dated or any(t.i in dated for t in tok.subtree) or reaction_in_relative(tok)
    return True


LABELLING_VERBS = lang.words("words.tsv")["labelling_verbs"]
BLAMING_VERBS = lang.words("words.tsv")["blaming_verbs"]


REPORT_NOUNS = lang.words("words.tsv")["report_nouns"]


def reported_content(tok) -> bool:
    """"credible reports that the RSF and its affiliated militias have razed multiple villages": the "that"
    clause of a report noun, with a subject of its own, tells an act (as reported), an event of its own."""
    return tok.dep_ == "acl" and tok.pos_ == "VERB" and tok.head.lemma_.lower() in REPORT_NOUNS \
        and any(c.dep_ == "mark" and c.lower_ in CONTENT_MARKS for c in tok.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def joined_infinitive(tok) -> bool:
    """"We urge the council to work collaboratively, and to engage all stakeholders", "call on the SAF and
    RSF to facilitate access and agree on ceasefires": a verb joined to an infinitive, with no subject of
    its own, is part of what that infinitive tells (asked for, intended), no clause of its own."""
    if tok.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    root = tok
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ == "xcomp" and root.pos_ == "VERB" and tok.tag_ in ("VB", "VBP"):
        return True
    # ("urge the council to work ..., and to engage ...": the parser may join the second infinitive to the
    # verb that governs the first)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and any(
        c.dep_ == "xcomp" and c.i < tok.i for c in root.children)


def reaction_in_relative(tok) -> bool:
    """'condemned the seizure, which Venezuela condemned as an "act of piracy"', "a rampage that India blamed
    on Pakistan": a relative clause in which someone named condemns, names or blames what the noun tells is
    that one's reaction, an event of its own, not a description of the noun; one told in a perfect or with
    a modal is a stance, background."""
    if any(c.dep_ == "aux" for c in tok.children):
        return False   # "a series of attacks that Venezuela has denounced as executions": a stance kept up
    return tok.dep_ == "relcl" and (tok.lemma_.lower() in LABELLING_VERBS
                                    # (blaming in the present is a stance: "the cartel, which Washington blames for the attacks")
                                    or tok.lemma_.lower() in BLAMING_VERBS and tok.tag_ in ("VBD", "VBN")) and any(
        c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") and (c.pos_ == "PROPN" or c.ent_type_) for c in tok.children)


def sentence_clauses(sent, dated: set[int], event_nouns: frozenset = frozenset(),
                     act_nouns: frozenset = frozenset()) -> list[Clause]:
    """The clauses of a sentence: each clause head and the tokens that belong to it, not to a nested clause.

    `dated` holds the heads (roots) of the sentence's time expressions.
    """
    toks = list(sent)
    first = sent.start
    heads = [t.head.i for t in toks]
    by_head: dict[int, Clause] = {}
    order: list[Clause] = []
    folded: set[int] = set()
    for tok in toks:
        if tok.dep_ == "relcl" and tok.head.i not in dated and not any(t.i in dated for t in tok.subtree) \
                and not reaction_in_relative(tok):
            folded.update(t.i for t in tok.subtree if t.i != tok.i)
        if tok.dep_ in ("acl", "relcl") and (event_noun_occurring(tok.head, act_nouns, dated)
                                             or event_noun_done(tok.head, event_nouns, dated)):
            folded.update(t.i for t in tok.subtree)   # "that took place this week" dates the act it hangs on
    for tok in toks:
        if is_clause_head(tok, dated, folded, event_nouns, act_nouns):
            clause = Clause(tok)
            clause.named_in_passing = tok.pos_ == "NOUN" and tok.head.i != tok.i and not (
                event_noun_in_time_phrase(tok, event_nouns) or event_noun_answered(tok, act_nouns)
                or event_noun_with_own_date(tok, dated, event_nouns)
                or event_noun_held_possible(tok, act_nouns) or event_noun_welcomed(tok, event_nouns)
                or event_noun_occurring(tok, act_nouns, dated) or event_noun_done(tok, event_nouns, dated))
            by_head[tok.i] = clause
            order.append(clause)
    for tok in toks:
        x = tok.i
        while x not in by_head:
            x = heads[x - first]
        by_head[x].tokens.append(tok)
    for clause in order:   # the words of an act named in passing still belong to the clause naming it
        if clause.named_in_passing:
            x = heads[clause.head.i - first]
            while x not in by_head:
                x = heads[x - first]
            by_head[x].tokens.extend(clause.tokens)
            if event_noun_condemned(clause.head, act_nouns, dated):
                # "condemned the airstrikes in Chin State on April 10 that killed nine people": the day between
                # the act and what it did is the act's, wherever the parser hangs it
                end = max(t.i for t in clause.tokens)
                by_head[x].lent.update(range(clause.head.left_edge.i, end + 1))
                # "We condemn the launches by North Korea on 4 and 7 May": the day hung on the verb said now too
                for prep in condemned_on_its_day(clause.head, dated):
                    days = [t for t in prep.subtree]
                    by_head[x].lent.update(t.i for t in days)
                    clause.tokens.extend(t for t in days if t not in clause.tokens)
    for clause in order:
        x = clause.head.i
        while heads[x - first] != x:
            x = heads[x - first]
            if x in by_head:
                clause.parent = by_head[x]
                break
    return order


def role_of(tok, clause: Clause) -> int:
    """0 the clause's verb (or a copula's predicate), 1 a verb it governs through "to", 2 its core arguments, 3 other words."""
    head = clause.head
    if tok.i == head.i:
        return 0
    if tok.dep_ in ("attr", "acomp") and tok.head.i == head.i and head.lemma_ == "be":
        return 0
    if tok.dep_ == "xcomp" and tok.pos_ in ("VERB", "AUX"):
        return 1
    governor = tok.head
    if tok.dep_ == "pobj" and governor.dep_ == "agent":
        governor = governor.head
    if governor.i == head.i or (governor.dep_ == "xcomp" and governor.pos_ == "VERB"):
        if tok.dep_ in ARG_DEPS or tok.dep_ == "pobj" and tok.head.dep_ == "agent":
            return 2
    return 3


def fold_reporting(clauses: list[Clause]) -> None:
    """"X said [the carrier arrived]": the report is attribution, the event is what was reported.

    A clause whose only trigger is a weak reporting word ("said", "announced") and that is linked
    to a clause with a real trigger (its complement, or the clause it comments on) is folded into
    that clause: no event of its own, its actors and its verb (for "analysts suggest") go along.
    """
    by_head = {c.head.i: c for c in clauses}
    reported: dict[int, list[Clause]] = {}   # head index -> clauses linked to it as complements
    for c in clauses:
        if c.head.dep_ in REPORT_LINK_DEPS:
            reported.setdefault(c.head.head.i, []).append(c)
        elif (verb := saying_verb_of_content(c.head)) is not None:
            reported.setdefault(verb.i, []).append(c)
    for clause in clauses:
        if clause.trigger is None or not clause.weak:
            continue
        near = list(reported.get(clause.head.i, ()))
        if clause.head.dep_ in REPORT_LINK_DEPS and clause.head.head.i in by_head:
            near.append(by_head[clause.head.head.i])
        elif clause.head.dep_ in REPORT_LINK_DEPS and clause.parent is not None:
            # "..., Hegseth said, the latest in a series of attacks": the attribution hangs on a word
            # of the clause it reports, not on its verb
            near.append(clause.parent)
        linked = [c for c in near if c is not clause and c.trigger is not None and not c.weak
                  and c.reporter is None]
        if linked:
            clause.dropped = True
            for c in linked:
                c.reporter = clause
    # A reporting verb with no trigger of its own still governs modality ("analysts suggest ...").
    for clause in clauses:
        if clause.reporter is None and clause.head.dep_ in REPORT_LINK_DEPS:
            parent = by_head.get(clause.head.head.i)
            if parent is not None and parent.trigger is None:
                clause.reporter = parent


SIMULTANEITY_MARKS = lang.words("words.tsv")["simultaneity_marks"]


SEQUENCE_MARKS = lang.words("words.tsv")["offset_marks"]
RESPONSE_FRAMES = lang.words("words.tsv")["response_frames"]
RESPONSE_PREPOSITIONS = lang.words("words.tsv")["response_frame_prepositions"]


def sequenced(clause: Clause) -> bool:
    """Whether the clause is an event noun after "after", "following" or "before" ("Following the
    trilateral meeting held in Doha on March 18, representatives convened ..."): another event than
    the one of the clause it is told beside, whose date is its own."""
    if clause.head.dep_ != "pobj":
        return False
    prep = clause.head.head
    # ("in response to Iran's missile attack on October 1st": the act answered came before)
    return prep.lower_ in SEQUENCE_MARKS or (prep.lower_ in RESPONSE_PREPOSITIONS
                                               and prep.head.lemma_.lower() in RESPONSE_FRAMES)


def told_in_sequence(a: Clause, b: Clause) -> bool:
    """Whether one of two clauses is an event noun told as before or after the other's act."""
    def governed_by(mark) -> set[int]:   # the verbs the phrase hangs on (or, misparsed, the conjunct it heads)
        return {t.i for t in mark.ancestors} | {c.i for c in mark.children if c.dep_ == "conj"}
    return any(sequenced(x) and y.head.i in governed_by(x.head.head) for x, y in ((a, b), (b, a)))


def meanwhile(clause: Clause) -> bool:
    """Whether the clause tells an act going on while its main clause's happens ("..., as Israel
    attacks the city for a fifth day")."""
    return clause.head.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in SIMULTANEITY_MARKS for c in clause.head.children)


def told_in_past(clause: Clause) -> bool:
    """Whether the clause is told in a past tense (then an earlier date governs it). An act one is accused of
    ("accused Armenia of shelling ...") is told as done before the accusation: past if the accusation is."""
    if accused := accused_of(clause.head):
        verb = accused[0].head   # (the accusing verb: its objects are the ones accused)
        return verb.tag_ == "VBD" or any(t.tag_ == "VBD" for t in verb.children if t.dep_ in ("aux", "auxpass"))
    aux = [t for t in clause.head.children if t.dep_ in ("aux", "auxpass")]
    if any(t.lemma_ in FUTURE_AUXILIARIES or t.tag_ == "MD" for t in aux):
        return False
    if any(t.lemma_ == "have" for t in aux):
        return any(t.tag_ == "VBD" for t in aux)  # "had sent" is past, "has sent" is present perfect
    if clause.head.pos_ == "PROPN" and clause.head.dep_ == "ROOT":
        # "Near Rawah, a strike destroyed an ISIL bunker.", parsed as a place modified by "a strike
        # destroyed ...": the past verb hung on the subject is the sentence's
        return any(t.tag_ == "VBD" and t.dep_ == "acl" for t in clause.tokens)
    return clause.head.tag_ == "VBD" or any(t.tag_ == "VBD" for t in aux)


def is_reported(clause: Clause) -> bool:
    """Whether the clause is reported speech or thought (it, or a clause it is nested in, has a
    reporter or is the complement of a verb): "would" is then the past of "will"."""
    x = clause
    while x is not None:
        if x.reporter is not None or x.head.dep_ in REPORT_LINK_DEPS:
            return True
        x = x.parent
    return False
