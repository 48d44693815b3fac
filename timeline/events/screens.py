"""Screens: clauses with a trigger that still tell no event of the story, each a question
answered yes or no: negated ("did not comment"), a purpose ("to disrupt"), a report of an event
told before ("the order was announced"), what a noun's clause says ("fears that ..."),
commentary ("analysts said ..."), an open question ("did not say what ..."); and the one that
turns told force into a threat (`threatened_by_author`)."""
from __future__ import annotations

import bisect
import re

from timeline import lang
from timeline.actors import name_type, table_kind
from timeline.events.clauses import COMMISSIVE_VERBS, ELLIPTICAL_SUBJECTS, FUTURE_AUXILIARIES, REPORTED_FUTURE, SINCE_WORDS, Clause, meanwhile, perfect_infinitive, reported_content, saying_verb_of_content, shown_by_evidence, simple_present
from timeline.events.syntax import has_neg, readiness_phrase
from timeline.nlp import quotations
from timeline.events.triggers import CONTINUATION_VERBS, FORCE_MOVERS as MOVERS, NEGATION_PARTICLES, SAYING_VERBS, judgement, refers_back, refusal_said, requests, steps_taken


CREDIT_VERBS = lang.words("words.tsv")["credit_verbs"]
CREDIT_MARKS = lang.words("words.tsv")["credit_marks"]


def reporter_credit(clause: Clause) -> bool:
    """"As Derek Kilner reports from Nairobi, Sudan's president accused Chad ...", "VOA's Stephanie Ho reports
    from Beijing.": a broadcaster's credit of its correspondent (a verb of words.tsv credit_verbs in the present,
    "from" a named place, after "as" or as a sentence of its own with a named subject) tells who files the story,
    no event of it."""
    head = clause.head
    if head.lemma_.lower() not in CREDIT_VERBS or head.tag_ not in ("VBZ", "VBP"):
        return False
    origin = [g for p in head.children if p.dep_ == "prep" and p.lower_ == "from"
              for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    if not origin:
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    marked = any(c.dep_ == "mark" and c.lower_ in CREDIT_MARKS for c in head.children)
    return len(subjects) == 1 and subjects[0].pos_ == "PROPN" and (marked or head.dep_ == "ROOT")


def commentary(clause: Clause, modality, earlier_subjects: tuple[list[int], list[str]] = ([], [])) -> bool:
    """Whether the one speaking or acting is a commentator ("analysts said ..."). A clause without a
    subject takes the one of the nearest enclosing clause that names one; a pronoun subject refers to
    a commentator named in an enclosing clause ("analysts said ..., though they cautioned ..."); an
    elliptical one ("Others argued ...") to the last main subject named before it (`earlier_subjects`:
    token offsets and lemmas of the subjects of the article's main verbs)."""
    x: Clause | None = clause
    pronoun = False
    while x is not None:
        subjects = [c for c in x.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and subjects[0].lower_ in ELLIPTICAL_SUBJECTS and not any(
                c.dep_ == "prep" for c in subjects[0].children):
            offsets, names = earlier_subjects
            k = bisect.bisect_left(offsets, subjects[0].i) - 1
            if k >= 0 and modality.commentator(names[k]):
                return True
        if subjects:
            if subjects[0].pos_ == "PRON":
                pronoun = True
            elif modality.commentator(subjects[0].lemma_.lower()) or (
                    (x is not clause or clause.category == "statement")
                    and any(m.dep_ == "amod" and modality.commentator(m.lower_) for m in subjects[0].children)):
                # "analysts", "a former official said [...]", "former lawyers said ...": commentary; but
                # former leaders who denounce something act ("10 former Caribbean leaders denounced it")
                return True
            elif not pronoun:
                return False
        x = x.parent
    return False


QUESTION_WORDS = lang.words("words.tsv")["question_words"]


DELIBERATION_VERBS = lang.words("words.tsv")["deliberation_verbs"]
REASON_SUBJECTS = lang.words("words.tsv")["reason_subjects"]


ASKING_VERBS = lang.words("words.tsv")["asking_verbs"]


def question_put(clause: Clause) -> bool:
    """"VOA asked the National Security Council whether Biden had been briefed", "We would like to ask whether
    you see opportunities ...", 'A woman asked, "Where will we go?"': asking a question asks for an answer,
    not for an act; no request, no event."""
    trigger = clause.trigger
    if trigger is None or trigger.pos_ != "VERB" or trigger.lemma_.lower() not in ASKING_VERBS:
        return False
    doc = trigger.doc
    for c in trigger.children:
        if c.dep_ in ("ccomp", "xcomp", "advcl", "dobj") and doc[c.left_edge.i].lower_ in QUESTION_WORDS \
                and not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return True   # (not "asked whom to call": an infinitive may still ask for an act)
    after = doc[trigger.i + 1:trigger.sent.end].text
    return "?" in after   # the question itself, quoted


def embedded_question(clause: Clause) -> bool:
    """"(did not say / declined to say) what the US would demand", "whether the force had been
    given rules": a complement that asks, not one that tells."""
    head = clause.head
    if head.dep_ not in ("ccomp", "xcomp", "csubj", "pcomp") or head.head.dep_ == "relcl":
        return False  # "the cartel, which it says is led by ...": a relative clause, no question
    first = head.doc[head.left_edge.i]
    if head.head.lemma_.lower() in DELIBERATION_VERBS:
        return False   # "as he considers whether to launch an attack on Venezuela": an act weighed, speculative
    # ("That’s why": a curly "’s" the tagger took for a noun is "is" when it heads the sentence)
    copula = head.head.lemma_ == "be" or head.head.lower_.replace("\u2019", "'") == "'s" and head.head.dep_ == "ROOT"
    if copula and any(c.dep_ == "nsubj" and c.lower_ in REASON_SUBJECTS for c in head.head.children):
        return False   # "That is why we voted in favour of this resolution": what happened, and why
    return first.lower_ in QUESTION_WORDS


def threatened_by_author(clause: Clause, status: str, taxonomy, mention_at: dict, modality) -> bool:
    """Whether a possible or coming act of force is told by a named person about their own side, or
    by a state or organisation about itself (the table's `(threatened)` row): the event is the
    threat, made when told."""
    if clause.category not in taxonomy.threatened or status not in ("speculative", "planned") or \
            clause.reporter is None:
        return False
    verb = clause.reporter.head
    if verb.lemma_.lower() in DELIBERATION_VERBS:
        return False   # "as he considers whether to launch an attack": weighed, not announced
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is None and verb.dep_ == "conj":   # "has said ... and told reporters ..."
        speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    m = mention_at.get(speaker.i) if speaker is not None else None
    if m is None or commentary(clause.reporter, modality):
        return False
    if m.kind != "PERSON":
        # a state or organisation threatens through its own "it"/"we" ("India said it would retaliate");
        # "Venezuela said strikes could come" fears someone else's
        subject = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        said_by = mention_at.get(subject.i) if subject is not None and subject.pos_ == "PRON" else None
        if said_by is None or said_by.canonical != m.canonical:
            return False
    own = {t.i for t in clause.tokens}
    side = name_type(m.canonical).serves   # the state an official speaks for
    for c in clause.head.children:
        if c.dep_ in ("nsubj", "nsubjpass", "agent"):
            for t in c.subtree:
                if t.i in own and t.pos_ != "PRON" and t.i in mention_at and mention_at[t.i].canonical != side:
                    return False  # "Petro said US strikes could come": someone else's act
    return True   # ("Trump said the U.S. would begin striking targets on land": his own side's)




def vowed_force(clause: Clause, taxonomy) -> bool:
    """"Iran vowed to retaliate against Israel", "Hezbollah swore to strike back": the act is force
    (a category of the table's `(threatened)` row) the one who acts commits to: the vow is a threat."""
    head, trigger = clause.head, clause.trigger
    if clause.category not in taxonomy.threatened or trigger is None or trigger.i == head.i \
            or head.lemma_.lower() not in COMMISSIVE_VERBS:
        return False
    x = trigger   # ("vowed to resume targeting ships": through the verbs the act is the complement of)
    while x.dep_ == "xcomp" and x.head.i != head.i and x.head.dep_ == "xcomp":
        x = x.head
    return x.dep_ == "xcomp" and x.head.i == head.i


VOWED_REPRISALS = lang.words("words.tsv")["vowed_reprisals"]
REPRISAL_ADJECTIVES = lang.words("words.tsv")["reprisal_adjectives"]
PAYING_VERBS = lang.words("words.tsv")["paying_verbs"]


def vowed_reprisal(clause: Clause) -> bool:
    """"Katz vowed a harsh response to the rocket launch", "Iran vowed revenge", "Hamas vowed that Israel
    will pay a tremendous price", "we will respond with deadly accuracy, the spokesman said": a reprisal
    promised is a threat."""
    head = clause.head
    if head.lemma_.lower() in COMMISSIVE_VERBS and any(
            c.dep_ in ("dobj", "obj") and (c.lemma_.lower() in VOWED_REPRISALS
                                           or any(a.dep_ == "amod" and a.lower_ in REPRISAL_ADJECTIVES for a in c.children))
            for c in head.children):
        return True   # ("Russia promised retaliatory measures on the United States")
    return any(t.pos_ == "VERB" and any(a.dep_ == "aux" and a.tag_ == "MD" for a in t.children)
               and not has_neg(t)
               and ((t.lemma_.lower() in PAYING_VERBS
                     and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in VOWED_REPRISALS for c in t.children))
                    or warned_response(t))
               for t in head.subtree)


WARNED_RESPONSES = {tuple(p.split()) for p in lang.word_lists("words.tsv")["warned_responses"]}


def warned_response(verb) -> bool:
    """"we will respond with deadly accuracy", "will take all necessary measures": an answer said to come
    (words.tsv's warned_responses, a verb alone or with its object's lemma); not one to a proposal or a letter."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return False   # "will respond to the proposal": an answer in words
    if not any(a.dep_ == "aux" and (a.lower_ in REPORTED_FUTURE or a.lemma_.lower() in FUTURE_AUXILIARIES) for a in verb.children) \
            or any(a.dep_ == "aux" and a.lemma_ == "have" for a in verb.children):
        return False   # "how we might respond": a question; "a resolution that would have taken action": what was not
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "obj")]
    return (lemma,) in WARNED_RESPONSES or any((lemma, o) in WARNED_RESPONSES for o in objects)


def announces_told_event(clause: Clause, taxonomy, lemmas: list[str], dated_tokens: set[int]) -> bool:
    """A reporting verb in the passive whose subject is an event told before ("the order was
    announced", "the strike was confirmed"): the report adds no event of its own."""
    head = clause.head
    if not any(c.dep_ == "auxpass" for c in head.children):
        return False
    for subj in head.children:
        if subj.dep_ == "nsubjpass" and subj.pos_ == "NOUN":
            trigger = taxonomy.match(lemmas, subj.i)
            return trigger is not None and refers_back(subj, clause, set())
    return False


def noun_content(clause: Clause, dated_tokens: set[int]) -> bool:
    """A clause that completes a noun ("fears that ...", "the claim that ...", "accusations that he
    leads a cartel") tells what is feared, claimed or alleged, not an event, unless it has its own date."""
    head = clause.head
    return head.dep_ in ("ccomp", "acl") and head.head.pos_ in ("NOUN", "PROPN") and \
        not any(t.i in dated_tokens for t in clause.tokens) and saying_verb_of_content(head) is None \
        and not shown_by_evidence(head) and not reported_content(head)



CONDITIONAL_MARKS = lang.words("words.tsv")["conditional_marks"]


def condition(clause: Clause) -> bool:
    """"If convicted, ...", "... if Israel attacks again": a condition, no event of its own (the clause
    it conditions may be one: "Iran will respond")."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in clause.head.children)


OFFICE_NOUNS = lang.words("words.tsv")["office_nouns"]
BACKDROP_MARKS = lang.words("words.tsv")["backdrop_marks"]
BACKDROP_SUBJECTS = lang.words("words.tsv")["backdrop_subjects"]


def victims_backdrop(clause: Clause, kinds: frozenset) -> bool:
    """"Israeli forces fatally shot her son while he was seeking aid": what a victim was doing when an
    act of force (a `kinds` category) hit them, told in a progressive with a pronoun, is no event."""
    head, parent = clause.head, clause.parent
    return head.dep_ == "advcl" and head.tag_ == "VBG" and parent is not None and parent.category in kinds \
        and any(c.dep_ == "mark" and c.lower_ in BACKDROP_MARKS for c in head.children) \
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children) \
        and any(c.dep_ == "nsubj" and c.lower_ in BACKDROP_SUBJECTS for c in head.children)


def bare_list_item(clause: Clause) -> bool:
    """"they require Iran to suspend enrichment; prohibit Iran from ...; embargo the export of arms to
    Iran; ...": a verb in its bare form with no subject and no auxiliary, heading the sentence (or a
    conjunct of such a verb), is an item of a list of what something does or must do, or an order; it
    tells no act done."""
    verb = clause.head
    while True:
        if verb.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children):
            return False
        if verb.dep_ == "ROOT":
            return True
        if verb.dep_ != "conj":
            return False
        verb = verb.head


def infinitive_clause(clause: Clause) -> bool:
    """"to disrupt drug shipments", "for a president to discuss one": a purpose or a
    hypothesis, told with "to", not a reported event."""
    head = clause.head
    # ("spoke with his counterpart to discuss battlefield dynamics and provide an update on security
    # assistance": a bare verb joined to the purpose, with no subject of its own, is more of it)
    while head.dep_ == "conj" and head.tag_ == "VB" and head.head.i != head.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in head.children):
        head = head.head
    if head.dep_ == "advcl" and steps_taken(head.head):
        return False   # "is taking steps to impose new visa restrictions": the restrictions are imposed
    return head.tag_ == "VB" and head.dep_ in ("advcl", "relcl", "acl") and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)


ASKED_CLAUSE_DEPS = frozenset({"xcomp", "ccomp"})


def asked_clause(clause: Clause, taxonomy, lemmas: list[str]) -> bool:
    """"urges the parties to show restraint, avoid further escalation", "called on Israel to halt its
    strikes": what a request asks someone to do is not done, and no event of its own (the request is)."""
    head = clause.head
    while head.dep_ == "conj" and head.head.i != head.i:
        if head.tag_ == "VB" and requests(head.head, taxonomy, lemmas) and \
                not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in head.children):
            return True   # "urges them to show restraint, avoid escalation": a bare verb listed after the request
        head = head.head
    infinitive = head.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    if (head.dep_ in ASKED_CLAUSE_DEPS or infinitive) and requests(head.head, taxonomy, lemmas):
        return True
    # "warned Zelensky to stop criticizing Trump and sign the deal", "told Israel to halt": a directive
    # to someone named as its object asks them to act
    x = clause.head
    for _ in range(6):   # up through "to stop criticizing ... and sign": conjuncts and complements
        governor = x.head
        to_infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children)
        if x.dep_ in ("xcomp", "ccomp") and to_infinitive \
                and lemmas[governor.i] in DIRECTIVE_VERBS and any(c.dep_ in ("dobj", "dative") for c in governor.children):
            return True
        if x.dep_ == "acl" and to_infinitive and governor.pos_ == "NOUN" and requests(governor, taxonomy, lemmas):
            return True   # "Governor Abdulrahman's appeal to the warring parties to allow civilians to safely move"
        if (x.dep_ not in ("conj", "xcomp") and not (x.dep_ == "ccomp" and to_infinitive)) or governor.i == x.i:
            return False
        x = governor
    return False


DIRECTIVE_VERBS = lang.words("words.tsv")["directive_verbs"]
GLOSS_PARTICIPLES = lang.words("words.tsv")["gloss_participles"]


def gloss(clause: Clause) -> bool:
    """"..., confirming a major escalation", "..., alleging they were carrying drugs": a participle
    after the main clause, without a subject of its own, that says how its doer presents the act is a
    gloss on it, no statement or accusation of its own ("..., killing 11" is an act: not a gloss)."""
    head = clause.head
    if head.dep_ != "advcl" or head.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return False
    return clause.category == "statement" or head.lemma_.lower() in GLOSS_PARTICIPLES


def kind_described(clause: Clause) -> bool:
    """"Attacks in Burkina Faso were relatively rare until this year", "Such raids are common": events
    named as a kind (a plural with no determiner, or "such"), said by "be" to be rare or common, are no event."""
    trigger, head = clause.trigger, clause.head
    if trigger is None or trigger.dep_ != "nsubj" or trigger.head.i != head.i or trigger.tag_ != "NNS":
        return False
    if head.lemma_ != "be" or not any(c.dep_ == "acomp" and c.lemma_.lower() in FREQUENCY_ADJECTIVES for c in head.children):
        return False   # ("Israeli strikes were deadly": the strikes told)
    return not any(c.dep_ in ("det", "poss", "nummod") and c.lower_ not in KIND_DETERMINERS for c in trigger.children)


def standing_aim(clause: Clause, dated_sentence: bool) -> bool:
    """"al-Shabab is trying to overthrow the Somali government", "The group is fighting to overthrow the
    government": what a side strives for, told by the article in the present in a sentence with no date
    phrase (`dated_sentence` false), is the background of the conflict, not an event of the story."""
    head = clause.head
    if dated_sentence or clause.reporter is not None:
        return False
    aim = head.head if head.dep_ == "xcomp" else head
    if aim.lemma_.lower() not in AIM_VERBS or not any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in aim.children):
        return False
    return aim.tag_ in ("VBZ", "VBP") or (aim.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in aim.children))


# a quotation in curly or straight double quotes, within a paragraph
QUOTED_MIN_WORDS = 5   # shorter quotations are labels ("what he called a “large-scale attack”")


KIND_DETERMINERS = lang.words("words.tsv")["kind_determiners"]
AIM_VERBS = lang.words("words.tsv")["aim_verbs"]
FREQUENCY_ADJECTIVES = lang.words("words.tsv")["frequency_adjectives"]
TRANSCRIPT_SPEECH = lang.contexts("contexts.tsv", lists=("words.tsv",))["transcript_speech"]


FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def fragment(span) -> bool:
    """A quoted phrase with no finite verb, set into the writer's own clause ("said it was conducting
    “precise strikes on military targets” in Iran"): the writer tells the act in the speaker's words."""
    inside = {t.i for t in span}
    return not any(t.tag_ in FINITE_TAGS for t in span) and any(t.head.i not in inside for t in span if t.is_alpha)


def calendar_dated(sent, span) -> bool:
    """Whether the quoted part of a sentence names a calendar day ("We are aware of an explosion ...
    in Baghdad on May 19", "Iran's ballistic missile attack against Israel on October 1st"): quoted words
    that date an act by the calendar report it, as the writer would."""
    lo, hi = max(sent.start, span.start), min(sent.end, span.end)
    # ("Since AFP was founded in August 1944", "since the ceasefire started on the 11th of October": where
    # a count starts, no act reported)
    return not any(t.lower_ in SINCE_WORDS for t in sent[:hi - sent.start]) and any(
        e.label_ == "DATE" and lo <= e.start and e.end <= hi and any(t.like_num for t in e)
        and any(t.is_title and t.is_alpha for t in e) for e in sent.ents)


def told_doing(span) -> bool:
    """Whether a quotation goes on a sentence whose subject stands before it ("During the call, Hagel
    “reiterated that he appreciated the restraint ... and expressed his condolences,” Kirby said"): the
    quoted words are a release's telling of what that subject did, not the subject's own words."""
    inside = {t.i for t in span}
    roots = [t for t in span if t.is_alpha and t.head.i not in inside or t.head.i == t.i]
    first = min((t.i for t in span if t.is_alpha), default=-1)
    return span[0].sent == span[-1].sent and any(
        r.i == first and r.pos_ in ("VERB", "AUX") and r.tag_ not in ("VB", "VBP", "VBZ")
        and not any(c.dep_ == "mark" for c in r.children)   # ("said that security forces “started attacking": their words)
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < span.start and c.pos_ in ("PROPN", "NOUN") for c in r.children)
        for r in roots)


def quoted_words(doc, own_transcript: bool = False) -> set[int]:
    """The tokens inside direct quotations of QUOTED_MIN_WORDS words or more: what someone said, in
    their words. Events told there are the speaker's ("so we hit all the boats", "we hope the war will
    end"), not rows of the timeline; the saying itself stays an event of the story. So are a newsmaker's
    lines in a transcript ("PRESIDENT DONALD TRUMP: ..."), but for a government's transcript of its own
    briefing (`own_transcript`: "SECRETARY OF DEFENSE MARK T. ESPER: ... our forces conducted a raid"),
    where those lines are what the government tells, as in its releases."""
    out: set[int] = set()
    for span in quotations(doc):
        if told_doing(span):
            continue
        if sum(1 for t in span if t.is_alpha) >= QUOTED_MIN_WORDS and not fragment(span):
            for sent in {t.sent for t in span}:
                if not calendar_dated(sent, span):
                    out.update(t.i for t in span if sent.start <= t.i < sent.end)
    for m in TRANSCRIPT_SPEECH.finditer(doc.text):   # "PRESIDENT DONALD TRUMP: We're dealing with the people."
        span = doc.char_span(m.start("words"), m.end("words"), alignment_mode="expand")
        if span is not None and not own_transcript:
            out.update(t.i for t in span)
        label = doc.char_span(m.start(), m.start("words"), alignment_mode="expand")
        if label is not None and not any(t.pos_ == "PROPN" for t in label):
            out.update(t.i for t in label)   # "Protester: ...": the label names who speaks, no act
    return out


PERFORMATIVE_VERBS = lang.words("words.tsv")["performative_verbs"]
PERFORMATIVE_ADJECTIVES = lang.words("words.tsv")["performative_adjectives"]
FIRST_PERSON = lang.words("words.tsv")["first_person_subjects"]
OCCASION_SPEECH_VERBS = lang.words("words.tsv")["occasion_speech_verbs"]
FIRST_PERSON_PLURAL = lang.words("words.tsv")["first_person_plural"]


def quoted_speech_act(sent, quoted: set[int], taxonomy, lemmas: list[str], mention_at: dict):
    """The verb of a speech act the sentence's quoted words do by saying it ("“We condemn this kind of
    violence,” Little told reporters", "“The United States condemns the Internet shutdown,” the spokesman
    said"): a performative verb in the present, not negated and with no modal, whose subject is the
    speaker's first person or a state or organisation named, and which the taxonomy lists. None when there
    is none; the first one when there are several."""
    for tok in sent:
        if tok.i not in quoted or tok.pos_ != "VERB" or tok.tag_ not in ("VBP", "VBZ"):
            continue
        if tok.lemma_.lower() not in PERFORMATIVE_VERBS or has_neg(tok) or any(c.tag_ == "MD" for c in tok.children):
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None or not (subject.lower_ in FIRST_PERSON or (
                subject.i in mention_at and mention_at[subject.i].kind in ("GPE", "ORG"))):
            continue
        trigger = taxonomy.match(lemmas, tok.i)
        if trigger is not None and trigger.category is not None and not trigger.weak:
            return tok, trigger.category
    return None


def performative(clause: Clause, mention_at: dict, own_release: bool = False) -> bool:
    """"The UK calls for an immediate ceasefire", "We welcome the agreement", "We strongly urge M23 to
    ...": in the present tense, a speech act of a state, an organisation or the writer's own "we" is
    done by saying it, on the day it is said: an event, not a state like "Maduro denies any role". In a
    government's own release (`own_release`) a named speaker who "says" in the present says it that day."""
    verb = clause.head
    lemma = verb.lemma_.lower()
    if own_release and lemma in SAYING_VERBS and verb.dep_ == "ROOT":
        # a government's own release in the news present ("Ambassador Neil Bush says that Russia is trying
        # to break Ukrainian resolve", "The United Kingdom says it will not allow ..."): said that day
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        m = mention_at.get(subj.i) if subj is not None else None
        return m is not None and not m.nominal
    if lemma in JOINING_VERBS:
        # "We join ECOWAS and the African Union in denouncing these actions": joining others in a
        # speech act is doing it
        lemma = next((g.lemma_.lower() for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                      for g in p.children if g.dep_ == "pcomp"), lemma)
    if lemma == "be":   # "We are grateful for ...": the adjective says what is done
        lemma = next((c.lower_ for c in verb.children if c.dep_ == "acomp" and c.lower_ in PERFORMATIVE_ADJECTIVES), lemma)
    if lemma not in PERFORMATIVE_VERBS and lemma not in OCCASION_SPEECH_VERBS and lemma not in PERFORMATIVE_ADJECTIVES:
        return False
    root, speech_governor = verb, True   # "condemns this aggression and calls for restraint": a conjunct shares its
    while root.dep_ == "conj" and root.head.i != root.i and not any(c.dep_ == "nsubj" for c in root.children):
        # governor's subject (of a speech act: "MSF runs hospitals and supports births" is a state; after any verb
        # of the writer's "we": "We send our condolences ... and call on the authorities to ...")
        speech_governor = speech_governor and root.head.lemma_.lower() in PERFORMATIVE_VERBS | OCCASION_SPEECH_VERBS
        root = root.head
    for subj in root.children:
        if subj.dep_ != "nsubj":
            continue
        if subj.lower_ in FIRST_PERSON:
            return True
        if not speech_governor:
            return False
        if subj.tag_ == "PRP" and root.dep_ == "ccomp" and root.head.lemma_.lower() in SAYING_VERBS:
            # "Abbas says he condemns this aggression", "Gunness says they condemn the attack": the one
            # who says it does it by saying it
            sayer = root.head
            if sayer.dep_ == "acl" and not any(c.dep_ == "nsubj" for c in sayer.children):
                # "The ministry issued a statement saying that it strongly condemns the attack": the one
                # who issued the words
                sayer = sayer.head.head
            subj = next((c for c in sayer.children if c.dep_ == "nsubj"), subj)
        m = mention_at.get(subj.i) or next((mention_at.get(t.i) for t in subj.subtree if t.i in mention_at), None)
        if lemma in OCCASION_SPEECH_VERBS and m is not None and m.kind == "PERSON" and not m.nominal:
            return True   # "Ambassador Holland condemns ...", "Petro accuses the US of murder": the news present
        if lemma not in PERFORMATIVE_VERBS and lemma not in PERFORMATIVE_ADJECTIVES:
            return False
        # a state or organisation among the actors, or a body the parser names ("The Fact-Finding Mission warns")
        return (m.kind in ("GPE", "ORG")) if m is not None else (subj.ent_type_ in ("ORG", "GPE") or (
            subj.pos_ == "PROPN" and subj.ent_type_ != "PERSON"))
    return False


JOINING_VERBS = lang.words("words.tsv")["joint_statement_verbs"]
COURTESY_VERBS = lang.words("words.tsv")["courtesy_verbs"]
ADDRESSEE = lang.words("words.tsv")["addressee_pronouns"]
COURTESY_REASONS = lang.words("words.tsv")["courtesy_reasons"]


CONVERSING_VERBS = lang.words("words.tsv")["conversing_verbs"]
AGAIN_WORDS = lang.words("words.tsv")["again_words"]
ANTICIPATING = [tuple(p.split()) for p in lang.word_lists("words.tsv")["anticipating_phrases"]]


def anticipated(verb) -> bool:
    """"looked forward to speaking": the verb is what a phrase of anticipation (words.tsv) looks to."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep":
        return False
    governor = prep.head
    words = (governor.lemma_.lower(),) + tuple(c.lower_ for c in governor.children if c.dep_ == "advmod" and c.i < prep.i)
    return any(words[:len(p)] == p for p in ANTICIPATING)


def courtesy(clause: Clause) -> bool:
    """"Thank you.", "I thank you, Madam President": a speaker thanking the audience is a courtesy
    of the speech, not an event ("We thank Qatar for its mediation" is one)."""
    trigger = clause.trigger
    if trigger is not None and trigger.lemma_.lower() in CONVERSING_VERBS and any(
            c.dep_ == "advmod" and c.lower_ in AGAIN_WORDS for c in trigger.children) and anticipated(trigger):
        return True   # "The leaders looked forward to speaking again soon": the close of a call's readout
    verb = clause.head
    if clause.trigger is not None and clause.trigger.pos_ == "VERB" and clause.trigger.lemma_.lower() in COURTESY_VERBS:
        verb = clause.trigger   # "Let me start by thanking the Secretary General for his briefing"
    if verb.lemma_.lower() not in COURTESY_VERBS and verb.lower_ not in COURTESY_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "obj")]
    reasons = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
               if g.dep_ in ("pobj", "pcomp")]
    if reasons and all(g.lemma_.lower() in COURTESY_REASONS or g.lower_ in COURTESY_REASONS for g in reasons):
        return True   # "thank you, Under-Secretary-General, for your briefing", "thank you all for coming"
    return bool(objects) and all(o.lower_ in ADDRESSEE for o in objects) and not reasons


GOING_ON = [tuple(p.split()) for p in lang.word_lists("words.tsv")["going_on_predicates"]]


def cargo_moves(clause: Clause, taxonomy, lemmas: list[str], mention_at: dict) -> bool:
    """"The bodies arrived with their hands cuffed", "aid trucks reached Gaza": a movement told of
    things that are no force (and of no one named) is no deployment, and no event of the conflict.
    A named mover, or a force noun (troops, warships, a carrier, jets: `force_movers`), deploys."""
    key = taxonomy.trigger_words(lemmas, clause.trigger.i, clause.trigger_len)
    if clause.category != "deployment":
        return False
    if tuple(key) in GOING_ON:   # "The investigation is under way": no force under way
        subjects = [c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif key not in taxonomy.person or clause.trigger.pos_ not in ("VERB", "AUX"):
        return False
    else:
        subjects = [c for c in clause.trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    for subj in subjects:
        words = [t for t in subj.subtree if t.i < subj.i] + [subj] + [c for c in subj.conjuncts]
        if any(t.i in mention_at or t.pos_ in ("PROPN", "PRON") or t.lemma_.lower() in MOVERS
               or t.lower_ in MOVERS or t.lemma_.lower() in OFFICE_NOUNS for t in words):
            return False
    return True


def running_tally(clause: Clause, since_words: set[int], dated_tokens: set[int] = frozenset(),
                  long_dated: set[int] = frozenset()) -> bool:
    """A count of events so far ("has bombed at least 28 boats since September", "have carried out 21
    strikes", "carried out more than 20 strikes"): a tally that repeats the events told one by one,
    background rather than an event. The trigger is a counted plural noun, told in the present
    perfect, with "since" (`since_words`: the tokens of the sentence's "since" phrases) or, without a
    date of its clause, counted roughly ("more than 20", "at least 35"); or a verb with a counted
    plural object, told with "since" and with no day of its own (a day on the verb tells that day's
    act: "killed 14 people Monday ..., following the deadliest weekend since the coup"). A counted plural
    noun told over a date a season long or more (`long_dated`: "In the whole of 2021, North Korea conducted
    eight missile tests") is a tally too."""
    trigger, head = clause.trigger, clause.head
    if any(raises_a_total(v) for v in (head, *head.ancestors)) and \
            not any(t.i in dated_tokens and t.i not in since_words for t in clause.tokens):
        return True   # (but "a strike on Thursday brought the toll to 87" tells that day's strike)
    since = any(t.i in since_words for t in clause.tokens) or (
        # "Since September, the Pentagon says it's conducted 38 strikes": the "since" of the saying
        clause.head.dep_ == "ccomp" and clause.parent is not None
        and any(t.i in since_words for t in clause.parent.tokens))
    if trigger.pos_ == "NOUN":   # "have carried out 21 strikes": a count of the events themselves
        perfect = any(a.lemma_ == "have" and a.dep_ == "aux" for a in head.children)
        rough = _roughly_counted(trigger) and trigger.lemma_.lower() not in MOVERS and \
            not any(t.i in dated_tokens for t in clause.tokens)   # "about 15,000 troops" are a force, not a tally
        over_long = any(t.i in long_dated for t in clause.tokens) and not any(
            c.i in dated_tokens for c in trigger.children if c.dep_ == "nummod")   # ("the 1998 bombings": a year, no count)
        return trigger.tag_ in ("NNS", "NNPS") and _counted(trigger) and (perfect or since or rough or over_long)
    # "has bombed at least 28 boats since September", "have bombed or set fire to at least 35
    # hospitals since October 2023" (but "has sent three frigates" is one deployment)
    verbs = [trigger] + [c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    objects = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "obj")]
    objects += [g for v in verbs for p in v.children if p.dep_ == "prep" and p.i > v.i
                for g in p.children if g.dep_ == "pobj"]
    own_day = any(t.i in dated_tokens and t.i not in since_words
                  and (t.head.i == trigger.i or t.head.dep_ == "prep" and t.head.head.i == trigger.i)
                  for t in clause.tokens)   # "killed 14 people Monday ... the deadliest weekend since the coup"
    return since and not own_day and any(o.tag_ in ("NNS", "NNPS") and _counted(o) for o in objects)


TOLL_RAISING_VERBS = lang.words("words.tsv")["toll_raising_verbs"]
TOTAL_NOUNS = lang.words("words.tsv")["total_nouns"]


def raises_a_total(verb) -> bool:
    """"The latest attacks bring the death toll to over 100", "the toll rose to 87": a running total
    carried to a new figure, told with "to"."""
    if verb.lemma_.lower() not in TOLL_RAISING_VERBS:
        return False
    words = list(verb.subtree)   # the parser may hang the total on a verb inside ("bring the Pentagon's claimed toll")
    return any(t.lemma_.lower() in TOTAL_NOUNS and t.pos_ == "NOUN" for t in words) and \
        any(t.lower_ == "to" and t.dep_ == "prep" and any(g.like_num for g in t.subtree) for t in words)


COUNT_NOUNS = lang.words("words.tsv")["count_nouns"]


def _counted_by_noun(noun) -> bool:
    """"hundreds of attacks", "dozens of strikes": a noun counted roughly by a count noun before "of"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in COUNT_NOUNS


def _counted(noun) -> bool:
    return any(c.dep_ in ("nummod", "quantmod") and c.like_num for c in noun.children) or _counted_by_noun(noun)


ROUGH_COUNTS = lang.words("words.tsv")["rough_count_words"]


def _roughly_counted(noun) -> bool:
    """"more than 20 strikes", "at least 35 raids", "dozens of strikes" told as a count, not one by one."""
    return any(c.dep_ in ("nummod", "quantmod") and c.like_num and any(q.lower_ in ROUGH_COUNTS for q in c.children)
               for c in noun.children) or _counted_by_noun(noun)


TALLY_NOW = lang.words("words.tsv")["tally_now_words"]


def casualty_tally(clause: Clause, dated) -> bool:
    """"At least 244 journalists have now been killed in Gaza over the past 23 months", "Since then,
    more than 150,000 people have died": the dead counted roughly in the present perfect, with no day
    of their own (none, "now", or a span longer than a week), are a running total, not an event. The
    caller asks only of deaths told with no one who killed (the `casualties` category)."""
    head = clause.head
    if not present_perfect(head):
        return False
    if dated.basis == "explicit" and dated.text.lower() not in TALLY_NOW and (dated.end - dated.start).days <= 7:
        return False
    verbs = [head] + [c for c in head.children if c.dep_ == "conj"]
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for v in verbs for c in v.children):
        return False   # "at least 10 people have been killed, and several wounded, by Pakistani attacks": that toll
    return any(c.dep_ in ("nsubj", "nsubjpass") and _roughly_counted(c) for c in head.children)


def present_perfect(verb) -> bool:
    """Whether a verb is told in the present perfect ("has killed", "have been displaced"): up to now."""
    return any(a.lemma_ == "have" and a.dep_ == "aux" and a.tag_ in ("VBZ", "VBP") for a in verb.children)


DISPLACEMENT_VERBS = lang.words("words.tsv")["displacement_verbs"]


def displaced_tally(clause: Clause) -> bool:
    """"Over 10 million people have already been displaced", "some one million people have been displaced
    by the offensive": the people driven from their homes counted in the present perfect passive are a
    running total of a war's toll, not an act (an order or an act displacing people is: "Israel ordered the
    forced displacement of its 1 million inhabitants")."""
    head = clause.head
    return head.lemma_.lower() in DISPLACEMENT_VERBS and any(c.dep_ == "auxpass" for c in head.children) \
        and any(a.lemma_ == "have" and a.dep_ == "aux" for a in head.children) \
        and any(c.dep_ == "nsubjpass" for c in head.children)


CONFLICT_NOUNS = lang.words("words.tsv")["conflict_nouns"]
TOLL_VERBS = lang.words("words.tsv")["toll_verbs"]
WITHIN_WAR_PREPOSITIONS = lang.words("words.tsv")["within_war_prepositions"]


def conflict_toll(clause: Clause, dated) -> bool:
    """"The violence in South Sudan has killed more than 1,000 people", "The war in Yemen has left tens
    of thousands of people dead": a war as a whole counting its victims to now, in the present perfect
    with no day of its own, is a running toll, not an event."""
    head = clause.head
    if head.lemma_.lower() not in TOLL_VERBS:
        return False
    if dated.basis == "explicit" and dated.text.lower() not in TALLY_NOW and (dated.end - dated.start).days <= 7:
        return False
    # "The Darfur conflict has raged for four years, killing an estimated 200,000 people and displacing ...": the
    # count told by a participle of a war going on to now
    going_on = head.head if head.tag_ == "VBG" and head.dep_ in ("advcl", "xcomp") and head.head.i != head.i else None
    if going_on is None and head.dep_ == "conj" and head.tag_ == "VBG" and head.head.tag_ == "VBG" \
            and head.head.dep_ in ("advcl", "xcomp"):
        going_on = head.head.head   # ("..., killing ... and displacing ...": the participle joined to the first)
    if going_on is not None and present_perfect(going_on) and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in CONFLICT_NOUNS for c in going_on.children):
        return True
    if not present_perfect(head):
        return False
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in CONFLICT_NOUNS for c in head.children):
        return True
    # "Thousands of civilians have been killed in the fighting since 2006": the war's victims over years, told in
    # the passive ("nine have been killed in fighting" tells the day's fighting)
    return dated.basis == "explicit" and (dated.end - dated.start).days > 366 and any(
        c.dep_ == "nsubjpass" for c in head.children) and any(
        p.dep_ == "prep" and p.lower_ in WITHIN_WAR_PREPOSITIONS and any(
            g.dep_ == "pobj" and g.lemma_.lower() in CONFLICT_NOUNS for g in p.children) for p in head.children)


PRESENT_FINITE_TAGS = ("VBZ", "VBP")


def negated(clause: Clause) -> bool:
    """"did not comment", "has not identified X or published Y" (the second verb shares the
    first's "not", unless "but" turns it: "did not X but Y"), "offered no proof". Not a refusal to
    let something happen, which warns ("America will not tolerate attacks")."""
    head = clause.head
    if clause.trigger.i == head.i and refusal_said(head):
        return False
    if head.lemma_.lower() in OPEN_POSSIBILITY_VERBS and any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children) \
            and clause.trigger.i != head.i:
        return False   # "has not ruled out sending ground troops": left possible (modality.tsv: speculative)
    if any(c.dep_ == "neg" for c in clause.trigger.children) or any(c.dep_ == "neg" for c in clause.head.children):
        return True
    if any(a.dep_ == "aux" and any(g.lower_ in NEGATION_PARTICLES for g in a.children) for a in clause.head.children):
        return True   # "didn’t, however, make any commitments": the particle misread under the auxiliary
    for subj in clause.head.children:
        if subj.dep_ in ("nsubj", "nsubjpass") and (subj.lower_ in NEGATIVE_SUBJECTS or any(
                d.dep_ in ("det", "preconj") and d.lower_ in NEGATIVE_SUBJECTS for d in subj.children)):
            return True  # "neither government has said ...", "no country has sent troops"
    if clause.trigger.i == clause.head.i and any(
            o.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in NEGATIVE_SUBJECTS for d in o.children)
            for o in clause.head.children):
        return True  # "offered no proof": the act is the verb, and what it acted on is nothing
    head = clause.head
    if head.dep_ == "conj" and head.head.i != head.i:
        gov = head.head
        turned = any(c.dep_ == "cc" and c.lower_ in TURNING_CONJUNCTIONS for c in gov.children)
        if head.tag_ in PRESENT_FINITE_TAGS and any(c.dep_ == "aux" for c in gov.children):
            return False   # "will not support X and therefore urges all parties ...": a verb of its own tense
        return not turned and any(c.dep_ == "neg" for c in gov.children)
    return False


NEGATIVE_SUBJECTS = lang.words("words.tsv")["negative_subjects"]
OPEN_POSSIBILITY_VERBS = lang.words("words.tsv")["open_possibility_verbs"]
TURNING_CONJUNCTIONS = lang.words("words.tsv")["turning_conjunctions"]


ANONYMOUS_SOURCES = lang.words("words.tsv")["anonymous_sources"]


def saying_subject(clause: Clause):
    """The subject of the clause's verb, else of the verb that reports it; None when neither has one."""
    for verb in [clause.head] + ([clause.reporter.head] if clause.reporter is not None else []):
        for subj in verb.children:
            if subj.dep_ in ("nsubj", "nsubjpass"):
                return subj
    return None


KEEPING_VERBS = lang.words("words.tsv")["keeping_verbs"]


def habitual_saying(clause: Clause, taxonomy, lemmas: list[str]) -> bool:
    """"Israel continues to claim without evidence that ...", "keeps insisting": a saying kept up is a
    habit, no event (but a call kept up, "continues to call on North Korea to return to dialogue", is
    the demand made again)."""
    return clause.weak and clause.trigger.dep_ == "xcomp" and clause.trigger.head.lemma_ in KEEPING_VERBS \
        and taxonomy.trigger_words(lemmas, clause.trigger.i, clause.trigger_len) not in taxonomy.requests


REPETITION_WORDS = lang.words("words.tsv")["repetition_words"]
RECORD_SPAN_PREPOSITIONS = lang.words("words.tsv")["record_span_prepositions"]


def repeated_to_now(clause: Clause, dated_tokens: set[int] = frozenset()) -> bool:
    """"The UK has repeatedly condemned the violence", "Al-Shabab has attacked the airport several times since
    2009", "have launched missiles at U.S. warships over 170 times": acts told in the present perfect as
    repeated up to now are a record of many, no event of a day (a past told so, "repeatedly threatened over
    the weekend", is that time's, and so are acts counted within a time of their own: "has struck the city three
    times this week")."""
    if any(t.i in dated_tokens and not any(a.lower_ in RECORD_SPAN_PREPOSITIONS for a in t.ancestors) for t in clause.tokens):
        return False
    head = clause.head
    if head.dep_ == "advcl" and head.tag_ == "VBG" and head.head.i != head.i:
        head = head.head   # ("..., killing dozens": what the repeated acts did, counted with them)
    if not present_perfect(head):
        return False

    def times(c) -> bool:   # "several times", "over 170 times"
        return c.lemma_.lower() == "time" and c.tag_ == "NNS" and any(
            g.like_num or g.lower_ in REPETITION_WORDS for g in c.subtree if g.i != c.i)
    return any((c.dep_ == "advmod" and c.lower_ in REPETITION_WORDS) or (c.dep_ == "npadvmod" and times(c))
               or (c.dep_ == "prep" and any(g.dep_ == "pobj" and times(g) for g in c.children)) for c in head.children)


KEPT_STANCE_VERBS = lang.words("words.tsv")["kept_stance_verbs"]


def kept_up_stance(clause: Clause, dated_tokens: set[int]) -> bool:
    """"We will continue to work with our partners and allies", "The United States continues to stand
    with the Malian people": a policy kept up, told with no day of its own, is a stance restated, no
    event (words.tsv kept_stance_verbs; "will continue to take all necessary action" stays a warning)."""
    if clause.reporter is not None or any(t.i in dated_tokens for t in clause.tokens):
        return False   # ("On Monday the UK said it will continue to support Ukraine": said on a day)
    for tok in clause.tokens:
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head   # ("will continue to support X and support Y")
        if first.dep_ == "xcomp" and first.head.lemma_ in KEEPING_VERBS and tok.lemma_.lower() in KEPT_STANCE_VERBS \
                and (clause.trigger.i == first.head.i or clause.trigger in tok.subtree):
            return True
    return False


ADVOCACY_WORDS = lang.words("words.tsv")["advocacy_words"]
COMMENT_CATEGORIES = lang.words("words.tsv")["comment_categories"]
_ADVOCACY = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, ADVOCACY_WORDS), key=len, reverse=True)) + r")\b")


def advocacy_group(name: str) -> bool:
    """Whether an actor's name is that of a rights group, aid charity or press watchdog (words.tsv)."""
    return bool(_ADVOCACY.search(name.lower()))


def rights_group_comment(event, clause: Clause) -> bool:
    """"Amnesty International has condemned the strikes as murder": a statement, condemnation, warning
    or appeal said by rights groups alone (by its source actors, else by its subject's words) comments
    on the conflict; what such a group reports others did stays an event."""
    if event.category not in COMMENT_CATEGORIES:
        return False
    if event.source_actors:
        return all(advocacy_group(n) for n in event.source_actors)
    subject = saying_subject(clause)
    return subject is not None and advocacy_group(" ".join(t.text for t in subject.subtree))


COMMENTATOR_NOUNS = lang.words("words.tsv")["commentator_nouns"]


def commentator_comment(event, clause: Clause) -> bool:
    """"Congo analyst Thierry Vircoulon said the situation is taking a dire turn", "Villager Mohammed
    Ismail said “We want this to stop.”": a statement, condemnation or appeal whose speaker is
    described (in the words of the subject) as an analyst, expert or witness comments on the
    conflict, no event of it; what such a speaker reports others did stays an event."""
    if event.category not in COMMENT_CATEGORIES:
        return False
    subject = saying_subject(clause)
    return subject is not None and any(t.lemma_.lower() in COMMENTATOR_NOUNS for t in subject.subtree)


def anonymous_speaker(clause: Clause) -> bool:
    """"..., officials said", "sources told Reuters": the one who speaks is an unnamed source (a word
    of words.tsv's `anonymous_sources`), whose saying only sources what is told."""
    subj = saying_subject(clause)
    return subj is not None and subj.lemma_.lower() in ANONYMOUS_SOURCES


OPINION_SAYING_VERBS = lang.words("words.tsv")["opinion_saying_verbs"]


def plain_saying(head, verbs: frozenset) -> bool:
    """A verb of `verbs` told plainly, in the simple past or present with no auxiliary ("said", "says",
    "told"), not a saying done as an act ("has stated", "was issued", "have announced")."""
    return head.lemma_.lower() in verbs and head.tag_ in ("VBD", "VBZ", "VBP") \
        and not any(c.dep_ in ("aux", "auxpass") for c in head.children)


def said_words(clause: Clause, sent) -> list:
    """The words of the sentence outside the saying clause: what is said."""
    own = {t.i for t in clause.tokens}
    return [t for t in sent if t.i not in own]


def opinion_said(clause: Clause, clauses: list[Clause], sent, labels: frozenset) -> bool:
    """'"These operations are examples of our continued success," said Army Maj. Winfield Danielson',
    '"This narrow passage is a vital link," Cook said': a plain saying whose words are a judgement in the
    present (a present "be" heads what is said) and tell no act of their own is an opinion, no event.
    Words that accuse (escalation.tsv's (label) row: "illegal aggression") or tell what will or may come
    ("and we will continue to hunt them") make it the speaker's act."""
    if not clause.weak or any(c is not clause and c.trigger is not None and not c.weak and not c.dropped for c in clauses):
        return False
    if any(t.tag_ == "MD" or (t.lemma_.lower(),) in labels for t in said_words(clause, sent)):
        return False
    head = clause.head
    if not plain_saying(head, OPINION_SAYING_VERBS):
        return False   # ("has said it is prepared to counter", "have announced that they are part of"): a saying done as an act
    said = [c for c in head.children if c.dep_ == "ccomp"]
    return len(said) == 1 and said[0].lemma_ == "be" and said[0].tag_ in ("VBZ", "VBP") \
        and not any(c.dep_ in ("aux", "auxpass", "neg", "expl") for c in said[0].children)   # ("There is no coup": a denial)


NEWSROOM_NOUNS = lang.words("words.tsv")["newsroom_nouns"]


def _outlet(words: str) -> bool:
    bare = words[4:] if words.lower().startswith("the ") else words
    return "IGNORE" in (table_kind(words), table_kind(bare))


def outlet_speaker(clause: Clause) -> bool:
    """Whether the one saying is a name the alias table ignores, a news outlet ("The Washington Post
    reported ...", "Reuters reports ..."), or its newsroom: one of its staff ("VOA's Nico Colombant
    reports from our regional bureau in Dakar", "the reporter said", "Jim Muir, a BBC correspondent,
    said") or a report filed from one of its bureaus ("As Derek Kilner reports from VOA's East Africa
    bureau, ..."): its report only sources what it tells."""
    filed = [v for v in (clause.head, clause.reporter.head if clause.reporter is not None else None) if v is not None]
    if any(c.dep_ == "prep" and c.lower_ == "from" and g.lemma_.lower() in NEWSROOM_NOUNS
           for v in filed for c in v.children for g in c.children if g.dep_ == "pobj"):
        return True
    subj = saying_subject(clause)
    if subj is None:
        return False
    if _outlet(" ".join(t.text for t in subj.subtree if not t.is_punct)):
        return True
    return subj.lemma_.lower() in NEWSROOM_NOUNS or any(
        (c.dep_ == "appos" and c.lemma_.lower() in NEWSROOM_NOUNS)
        or (c.dep_ == "poss" and _outlet(" ".join(t.text for t in c.subtree if not t.is_punct and t.dep_ != "case")))
        for c in subj.children)


def going_on(clause: Clause) -> bool:
    """Whether a copula's clause says its subject is under way ("are under way", "is in progress")."""
    words = [t.lower_ for t in sorted(clause.tokens, key=lambda t: t.i)]
    return any(tuple(words[k:k + len(p)]) == p for p in GOING_ON for k in range(len(words)))


def present_state(clause: Clause, mention_at: dict, own_release: bool = False) -> bool:
    """A clause in the simple present that tells a state or a rule, not an event ("Maduro denies any
    role", "the military removes that possibility", "if convicted, each charge carries a maximum
    sentence"). Not a performative speech act ("We condemn ..."), an act going on ("Israel continues
    its attacks"), an event told before and described ("the new sanctions target ..."), an act
    claimed as done ("claims to have shot down two jets"), one to come ("the US is likely to
    strike"), or one going on while another is told ("..., as Israel attacks the city for a fifth day")."""
    to_come, x = False, clause.trigger   # the words from the trigger up to the clause's verb
    while x.i != clause.head.i and x.head.i != x.i and not to_come:
        to_come = (x.dep_ == "xcomp" and x.pos_ == "VERB" and x.head.pos_ == "ADJ") or readiness_phrase(x)
        x = x.head
    # (to come: "are due to hold talks", "is likely to strike", "is ready for talks"; a judgement: "are unacceptable")
    if clause.head.lemma_ == "be" and going_on(clause):
        return False   # "Additional Navy ships are under way to Haiti": a movement going on
    return simple_present(clause) and not performative(clause, mention_at, own_release) and not meanwhile(clause) \
        and clause.head.lemma_ not in CONTINUATION_VERBS and not clause.retold and not perfect_infinitive(clause) \
        and not to_come and not judgement(clause)

