"""Which clauses tell again an act the article told before, though no event noun names it: a doer
named as known ("the combined security force detained the facilitator"), a passive on what the act
was done to ("The two men were captured after a lengthy chase") and what a call covered ("They
discussed ..."). A row so marked joins the row of the act it retells (`merge.join_retellings`)."""
from __future__ import annotations

from timeline import lang
from timeline.events.clauses import Clause
from timeline.events.merge import ADDING_WORDS, OTHER_EVENT_WORDS
from timeline.events.syntax import named_as_known

KNOWN_DOERS = lang.words("words.tsv")["known_doers"]
ACT_AGENT_NOUNS = lang.words("words.tsv")["act_agent_nouns"]
CONTENT_VERBS = lang.words("words.tsv")["content_verbs"]
THIRD_PERSON = lang.words("words.tsv")["third_person_pronouns"]
ORDINAL_WORDS = lang.words("words.tsv")["ordinal_words"]
POINTING_WORDS = lang.words("words.tsv")["pointing_words"]


def _one_subject(head, dep: str = "nsubj"):
    """The clause's one subject of that dependency (a verb joined to the head with none of its own
    shares the head's: "... searched a compound and detained the man"), or None."""
    subjects = [c for c in head.children if c.dep_ == dep]
    if not subjects and head.dep_ == "conj":
        subjects = [c for c in head.head.children if c.dep_ == dep]
    return subjects[0] if len(subjects) == 1 else None


def known_doer(clause: Clause, mention_at: dict, earlier: set[str], anything_told: bool = False,
               attack: bool = False) -> bool:
    """Whether the clause's doer is a force or a fighter (words.tsv known_doers) named as known ("the
    combined security force", "the patrol", "the joint forces"), one the article has named before as a
    doer (`earlier`: "the extremists", killed before, are no doer told again), and not a name. Doers
    named by the act itself ("the attackers", "the gunmen") attacking (`attack`) are those of the attack
    told before, however it named them ("the attackers have taken hostages" is another act), even named
    for the first time ("a suicide bomber", "about 40 unidentified gunmen") in a sentence that neither adds
    an act, sets it apart nor numbers it."""
    subject = _one_subject(clause.head)
    if subject is None or subject.pos_ != "NOUN":
        return False
    lemma = subject.lemma_.lower()
    if not named_as_known(subject):
        # "An explosion killed 11 people Tuesday ... ¶ Witnesses said a suicide bomber walked into a teashop and
        # detonated an explosive vest": the attack told, its doer named by the act for the first time
        # (not one of several told in turn: "In the first attack, a suicide bomber struck a vehicle")
        return lemma in ACT_AGENT_NOUNS and anything_told and attack and not any(
            t.lower_ in ADDING_WORDS or t.lower_ in OTHER_EVENT_WORDS or t.lower_ in ORDINAL_WORDS for t in clause.head.sent)
    if not (lemma in KNOWN_DOERS and lemma in earlier) and not (lemma in ACT_AGENT_NOUNS and anything_told and attack):
        return False
    mention = mention_at.get(subject.i)
    return mention is None or mention.nominal


def agentless_passive(clause: Clause, event_nouns: frozenset, lemmas: list[str]) -> bool:
    """A passive with no doer named ("were captured after a lengthy chase", "was removed to a safe
    distance and destroyed in place") on what is named as known ("The two men", "All of the weapons":
    "Two rocket-propelled grenade launchers ... were recovered" brings in a new act), with no word
    adding or setting it apart ("also", "another") and no act named in it ("were killed in Iranian
    attacks", "injured in an Israeli airstrike")."""
    head = clause.head
    if not any(c.dep_ == "auxpass" for c in head.children) or any(c.dep_ == "agent" for c in head.children):
        return False
    subject = _one_subject(head, "nsubjpass")
    if subject is None:
        return False
    of_the = [g for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    if not any(named_as_known(n) for n in [subject, *of_the]):
        return False
    return not any(t.lower_ in ADDING_WORDS or t.lower_ in OTHER_EVENT_WORDS
                   or (t.pos_ == "NOUN" and t.i != head.i and lemmas[t.i] in event_nouns) for t in clause.tokens)


def goes_on_saying(clause: Clause, saying_verbs: frozenset) -> bool:
    """Whether the clause is a saying by a pronoun ("He said in a statement it undermines regional
    stability.", "“It is a big threat,” she said."): the one just named speaks on, no new speaker."""
    subject = _one_subject(clause.head)
    return clause.weak and clause.head.lemma_.lower() in saying_verbs and subject is not None \
        and subject.tag_ == "PRP" and subject.lower_ in THIRD_PERSON


def quote_tail(clause: Clause, saying_verbs: frozenset, quoted: set[int]) -> bool:
    """Whether the clause is a named speaker's tag to words quoted before it ("“Their courage inspires
    us all,” Austin said.", "“They will be completely annihilated!” Trump declared."): a plain saying
    whose sentence opens with the quotation; the speaker may be one the article already quoted."""
    subject = _one_subject(clause.head)
    return clause.weak and clause.head.lemma_.lower() in saying_verbs and subject is not None \
        and subject.pos_ == "PROPN" and clause.head.sent.start + 1 in quoted


def known_speakers(clause: Clause) -> bool:
    """Whether the clause's subject names those who spoke as known: a pronoun ("They discussed") or a
    definite description ("The leaders", "The Secretary and Prime Minister"), no new name."""
    subject = _one_subject(clause.head)
    return subject is not None and (subject.tag_ == "PRP" or named_as_known(subject))


def tells_again(clause: Clause, dated_basis: str, taxonomy, lemmas: list[str], mention_at: dict,
                earlier_doers: set[str], physical: bool, anything_told: bool, attack: bool = False) -> bool:
    """Whether a clause with no day of its own tells again an act told before (the module's three
    ways); `physical`: its category is a physical act; `anything_told`: the article has a row already;
    `attack`: its PLOVER type is an attack's."""
    if dated_basis == "explicit":
        return False
    if physical and known_doer(clause, mention_at, earlier_doers, anything_told, attack):
        # "An Afghan and international force detained a Taliban facilitator ... ¶ ... the combined
        # security force detained the facilitator"
        return True
    if clause.category == taxonomy.killing_act and anything_told and agentless_passive(clause, taxonomy.event_nouns, lemmas):
        # "A combined force captured a Taliban facilitator ... The two men were captured after a lengthy chase"
        return True
    trigger = clause.trigger
    # "Rubio spoke with Prime Minister bin Mubarak today. They discussed ...", "The leaders also
    # discussed Ukraine's long-term future": what the call covered (a topic more, not a call more)
    return lemmas[trigger.i] in CONTENT_VERBS and trigger.i == clause.head.i and known_speakers(clause)


def judged_again(clause: Clause, judged: bool) -> bool:
    """Whether the clause judges an act the statement has just told, pointing back at it ("This action is a
    threat to the peace and security of Ukraine", "These actions are a threat to regional peace", "This
    restriction represents a further violation ..."): `judged` (the clause's trigger is a judging word,
    `triggers.judgement`) with a subject that points back ("this", "these", "it"). Such a judgment is
    the condemnation told again, not one more."""
    if not judged:
        return False
    subject = _one_subject(clause.head)
    if subject is None:
        return False
    return subject.lower_ in POINTING_WORDS or any(c.dep_ == "det" and c.lower_ in POINTING_WORDS for c in subject.children)
