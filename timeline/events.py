"""Events: the rows of the timeline, extracted from articles and merged across them.

`extract(articles)` gives the merged table; `extract_article(article, doc=None)` one article's
rows; `same_event` / `merge` decide and perform merges (the store uses them when a new article
arrives). How each row is found, dated and classified is described above each step below.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import re
from dataclasses import dataclass, field, replace
from typing import Iterable

# The CSV columns, in order (the dashboard export and `python -m timeline export` use the same).
COLUMNS = ("event_id", "date", "date_end", "granularity", "date_text", "date_basis", "status",
           "category", "escalation", "actors", "summary", "article_id", "title", "source",
           "published", "url", "sources_count")


@dataclass(frozen=True)
class Source:
    """One article's report of an event (an event merged from several articles has several)."""

    article_id: str
    title: str
    source: str
    published: dt.date
    url: str
    sentence: str          # the sentence that reports the event, as written
    date_text: str         # the date phrase in that sentence ("" when dated by publication)
    date_start: int = -1   # offsets of date_text inside sentence, -1 when none
    date_end: int = -1


@dataclass(frozen=True)
class Event:
    event_id: str
    date: dt.date
    date_end: dt.date
    granularity: str       # day, week, month, quarter, year or unknown
    date_text: str
    date_basis: str        # explicit, narrative or publication
    status: str            # occurred, planned or speculative
    category: str
    escalation: float
    actors: tuple[str, ...]
    summary: str
    article_id: str
    title: str
    source: str
    published: dt.date
    url: str
    sources_count: int = 1
    derivation: str = ""   # how the date was derived, for people
    sources: tuple[Source, ...] = field(default=())


# ================================================================ extraction
#
# An article is parsed once (spaCy: tagger + lemmatizer for trigger words, parser for clauses and
# their dependencies, NER for actors: every component is used, so none is disabled), its time
# expressions come from `timeline.timex.tag`, its actors from `timeline.actors`. Then, per sentence:
#   1. clauses: each verb heading a clause (main, complement, adverbial, conjoined; a relative
#      clause only when it has its own date) with the words that belong to it and not to a
#      nested clause;
#   2. trigger: the clause's verb, else a verb it governs through "to", else a core argument,
#      else another word, that the taxonomy (resources/escalation.tsv) lists; weak reporting
#      verbs ("said") yield to a real trigger and fold into the clause they report;
#   3. no event for negated clauses, purposes ("to disrupt"), habits ("normally"), undated
#      present states ("denies"), commentary ("analysts said", "though they cautioned", "others
#      argued"), event nouns that name an event told before ("the attack") and glosses ("...,
#      confirming ..."), open questions ("did not say what"), what a noun's clause, a copula or an
#      undated relative clause describes, and the content of fears and claims; trigger words that
#      only describe ("a negotiated exit") or name kinds ("has survived protests") do not count;
#      deadlines ("48 hours to ...") are ultimatums, force told as possible by its author a threat;
#   4. date: the clause's own time expression, else its reporter's, else the nearest enclosing
#      clause's, else the paragraph's narrative time (past tense), else the publication date;
#   5. status from resources/modality.tsv and the date ("would" outside reported speech is a
#      hypothesis); actors of the clause (and of its reporter, and its governor's subject when it
#      has none); one event per category and sentence unless a clause has its own date, and one
#      row per happening: a statement yields to the specific act of the same speaker, `other` to
#      a categorised row, a request to the warning it goes with.

DISABLE: tuple[str, ...] = ()
DATE_TYPES = ("DATE", "TIME")
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis"})
ARG_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "oprd", "dative", "acomp", "obj", "agent"})
PREDICATE_ADJ_DEPS = frozenset({"acomp", "oprd", "ROOT", "conj", "ccomp", "xcomp", "attr"})
REPORT_LINK_DEPS = frozenset({"ccomp", "parataxis"})
TEMPORAL_PREPS = frozenset({"after", "before", "since", "following", "while", "until"})
SUMMARY_MAX_CHARS = 300
BASIS_RANK = {"explicit": 0, "narrative": 1, "publication": 2}
LONG_SPAN_DAYS = 31


def pipeline():
    """The spaCy pipeline events are extracted with (also used by bench/pipeline_bench.py)."""
    from timeline import nlp

    return nlp.load(disable=DISABLE)


@dataclass
class _Clause:
    head: object                      # spaCy Token
    tokens: list = field(default_factory=list)
    trigger: object = None            # Token
    trigger_len: int = 1
    category: str = ""
    weak: bool = False
    reporter: "_Clause | None" = None  # the "X said" clause folded into this one
    dropped: bool = False
    parent: "_Clause | None" = None    # the clause this one is nested in


@dataclass(frozen=True)
class _Dated:
    start: dt.date
    end: dt.date
    granularity: str
    text: str
    basis: str
    derivation: str
    char_start: int = -1   # of the date phrase in the article
    char_end: int = -1
    own: bool = False      # the date phrase is in the event's own clause


def extract(articles: Iterable, workers: int = 1, batch_size: int = 8) -> list[Event]:
    """Events of many articles, merged across articles (same real-world event = one row), sorted by date.

    Articles are parsed in batches through `nlp.pipe`; `workers` > 1 runs the whole extraction in
    that many processes (each its own chunk of articles), then merges in this one.
    """
    items = list(articles)
    found: list[Event] = []
    if workers > 1 and len(items) > 1:
        import concurrent.futures as cf

        size = max(1, -(-len(items) // (workers * 4)))
        chunks = [items[i:i + size] for i in range(0, len(items), size)]
        with cf.ProcessPoolExecutor(max_workers=workers) as pool:
            for part in pool.map(_extract_unmerged, chunks):
                found.extend(part)
    else:
        found = _extract_unmerged(items, batch_size)
    return merge_all(unify_actor_names(found))


def unify_actor_names(found: list[Event]) -> list[Event]:
    """One name per person across articles: "Kowal" in one article, "Anna Kowal" in another."""
    from timeline import actors as act

    rename = act.unify_surnames(a for e in found for a in e.actors)
    if not rename:
        return found
    out: list[Event] = []
    for e in found:
        if any(a in rename for a in e.actors):
            names = tuple(dict.fromkeys(rename.get(a, a) for a in e.actors))
            e = replace(e, actors=names)
        out.append(e)
    return out


def _extract_unmerged(items: list, batch_size: int = 8) -> list[Event]:
    nlp = pipeline()
    out: list[Event] = []
    for article, doc in zip(items, nlp.pipe((a.text for a in items), batch_size=batch_size)):
        out.extend(extract_article(article, doc))
    return out


def extract_article(article, doc=None) -> list[Event]:
    """The events one article reports, unmerged (sources_count 1), in text order."""
    from timeline import actors as act
    from timeline import escalation as esc
    from timeline import timex

    if doc is None:
        doc = pipeline()(article.text)
    taxonomy = esc.load_taxonomy()
    modality = esc.load_modality()
    tagged = timex.tag(article.text, article.published)
    timexes = [t for t in tagged if t.type in DATE_TYPES]
    spans = _timex_spans(doc, timexes)
    offsets_at = _offset_durations(doc, tagged)
    mentions = act.find_mentions(doc)
    mention_at: dict[int, object] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            mention_at[i] = m
    # Words of names are no trigger words ("Ford carrier strike group"); descriptions may be ("the carrier").
    blocked = {i for i, m in mention_at.items() if not m.nominal}
    for _t, s, e, _iv in spans:
        blocked.update(range(s, e))
    lemmas = [t.lemma_.lower() for t in doc]
    modal_nouns = modality.nouns()
    subject_at = [t.i for t in doc if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
                  and t.pos_ in ("NOUN", "PROPN") and t.lower_ not in ELLIPTICAL_SUBJECTS]
    earlier_subjects = (subject_at, [lemmas[i] for i in subject_at])

    events: list[Event] = []
    narrative: _Dated | None = None
    breaks = [m.start() for m in re.finditer(r"\n\s*\n", doc.text)]
    paragraph = cursor = 0
    spans.sort(key=lambda sp: sp[1])
    interval_at = {t.start: iv for t, _s, _e, iv in spans}   # char offset of a time expression -> its days
    for sent in doc.sents:
        here = bisect.bisect_right(breaks, sent.start_char)
        if here != paragraph:
            paragraph, narrative = here, None  # the narrative time does not cross paragraphs
        while cursor < len(spans) and spans[cursor][1] < sent.start:
            cursor += 1
        upto = cursor
        while upto < len(spans) and spans[upto][1] < sent.end:
            upto += 1
        sent_spans = [(sp, doc[sp[1]:sp[2]].root.i) for sp in spans[cursor:upto]]
        clauses = _clauses(sent, {root for _sp, root in sent_spans})
        dated_tokens = {i for (_t, s, e, _iv), _root in sent_spans for i in range(s, e)}
        # An undated relative clause is background ("the networks that Washington blames for ...",
        # "groups it has labelled terrorist organizations"): its words trigger nothing.
        background = blocked.union(*(range(t.left_edge.i, t.right_edge.i + 1) for t in sent
                                     if t.dep_ == "relcl" and not any(
                                         i in dated_tokens for i in range(t.left_edge.i, t.right_edge.i + 1))))
        for clause in clauses:
            _choose_trigger(clause, taxonomy, lemmas, background, dated_tokens, modal_nouns)
            _deadline(clause, taxonomy, lemmas)
        _fold_reporting(clauses)
        # An adverbial clause that is no event of its own ("Speaking to reporters on Sunday, ...")
        # dates the clause it modifies, after that clause's own words.
        adjuncts: dict[int, list[_Clause]] = {}
        for c in clauses:
            if c.parent is not None and c.head.dep_ == "advcl" and (c.trigger is None or c.dropped or c.weak):
                adjuncts.setdefault(id(c.parent), []).append(c)
        found: list[list] = []   # [clause, dated, status, actors] per event of this sentence
        strong_parents = {id(c.parent) for c in clauses if c.trigger is not None and not c.weak and c.parent is not None}
        for clause in clauses:
            if clause.trigger is None or clause.dropped:
                continue
            if clause.weak and id(clause) in strong_parents:
                continue  # a comment on a reported action: the action is the event
            if _negated(clause):
                continue  # "did not comment", "has not confirmed": nothing happened
            if _infinitive_clause(clause):
                continue  # "sent to the Caribbean to disrupt drug shipments": a purpose
            if clause.weak and _announces_told_event(clause, taxonomy, lemmas, dated_tokens):
                continue  # "the order was announced the same day ...": the order is the event, told already
            if _noun_content(clause, dated_tokens):
                continue  # "fears that the build-up is a prelude to an invasion": what is feared, not what happened
            if _commentary(clause, modality, earlier_subjects):
                continue  # "analysts said ...", "..., though they cautioned ...": commentary, not an event of the story
            if _embedded_question(clause) or (clause.reporter is not None and _has_neg(clause.reporter.head)):
                continue  # "did not say what the US would demand": a question left open, nothing reported
            if clause.category == "statement" and clause.head.dep_ == "advcl" and clause.head.tag_ == "VBG":
                continue  # "..., confirming a major escalation": a gloss on the main clause, not a statement
            dated = _date_clause(clause, adjuncts, sent_spans, interval_at, article, narrative, doc)
            shifted = _offset_date(clause, offsets_at, adjuncts, sent_spans, interval_at, article, narrative, doc)
            if shifted is not None:
                dated = shifted  # "marched on Saturday, two days after troops fired": the firing two days earlier
            elif dated.basis == "explicit" and dated.granularity == "day":
                narrative = dated  # only a day is precise enough to carry over to later sentences
            status = _status(clause, lemmas, modality, dated, article.published, earlier_subjects)
            if status in ("generic", "negated"):
                continue  # "such findings are normally kept secret": a rule; "declined to say": nothing told
            if dated.basis == "publication" and status == "occurred" and _simple_present(clause):
                continue  # "Maduro denies any role", "the military removes that possibility": a state, no event
            if _threatened(clause, status, taxonomy, mention_at, modality):
                clause.category = taxonomy.threat_category   # "told reporters that strikes on land could be next"
                status = "occurred" if dated.start <= article.published else "planned"
            names = _clause_actors(clause, mention_at)
            _person_moves(clause, taxonomy, lemmas, mention_at)
            trigger_key = tuple(lemmas[clause.trigger.i:clause.trigger.i + clause.trigger_len])
            clause.category = taxonomy.recategorise(clause.category, trigger_key, names)
            found.append([clause, dated, status, names])
        for clause, dated, status, names in _one_row_per_happening(_one_per_category(found), taxonomy, lemmas):
            events.append(_make_event(article, doc, sent, clause, dated, status, names, taxonomy))
    return events


def _simple_present(clause: _Clause) -> bool:
    """"denies", "says", "is", "are arrested": a present state or habit ("has sent", "is taking
    part" are not). A conjoined verb without auxiliaries shares its governor's ("are arrested,
    prosecuted and ...")."""
    head = clause.head
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if not aux and head.dep_ == "conj" and head.tag_ == "VBN":
        aux = [c for c in head.head.children if c.dep_ in ("aux", "auxpass")]
    if head.tag_ in ("VBZ", "VBP"):
        return not aux
    if head.tag_ == "VBN":
        return bool(aux) and all(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in aux)
    return False


def _has_neg(tok) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


ELLIPTICAL_SUBJECTS = frozenset({"other", "others", "some", "many", "most", "few"})


def _commentary(clause: _Clause, modality, earlier_subjects: tuple[list[int], list[str]] = ([], [])) -> bool:
    """Whether the one speaking or acting is a commentator ("analysts said ..."). A clause without a
    subject takes the one of the nearest enclosing clause that names one; a pronoun subject refers to
    a commentator named in an enclosing clause ("analysts said ..., though they cautioned ..."); an
    elliptical one ("Others argued ...") to the last main subject named before it (`earlier_subjects`:
    token offsets and lemmas of the subjects of the article's main verbs)."""
    x: _Clause | None = clause
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
            elif modality.commentator(subjects[0].lemma_.lower()) or any(
                    m.dep_ == "amod" and modality.commentator(m.lower_) for m in subjects[0].children):
                return True  # "analysts", "a former official"
            elif not pronoun:
                return False
        x = x.parent
    return False


QUESTION_WORDS = frozenset({"what", "who", "whom", "whose", "which", "when", "where", "why", "how", "whether", "if"})


def _embedded_question(clause: _Clause) -> bool:
    """"(did not say / declined to say) what the US would demand", "whether the force had been
    given rules": a complement that asks, not one that tells."""
    head = clause.head
    if head.dep_ not in ("ccomp", "xcomp", "csubj", "pcomp") or head.head.dep_ == "relcl":
        return False  # "the cartel, which it says is led by ...": a relative clause, no question
    first = head.doc[head.left_edge.i]
    return first.lower_ in QUESTION_WORDS


def _threatened(clause: _Clause, status: str, taxonomy, mention_at: dict, modality) -> bool:
    """Whether a possible or coming act of force is told by a named person about their own side
    (the table's `(threatened)` row): the event is the threat, made when told."""
    if clause.category not in taxonomy.threatened or status not in ("speculative", "planned") or \
            clause.reporter is None:
        return False
    verb = clause.reporter.head
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is None and verb.dep_ == "conj":   # "has said ... and told reporters ..."
        speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    m = mention_at.get(speaker.i) if speaker is not None else None
    if m is None or m.kind != "PERSON" or _commentary(clause.reporter, modality):
        return False
    own = {t.i for t in clause.tokens}
    for c in clause.head.children:
        if c.dep_ in ("nsubj", "nsubjpass", "agent"):
            for t in c.subtree:
                if t.i in own and t.pos_ != "PRON" and t.i in mention_at:
                    return False  # "Petro said US strikes could come": someone else's act
    return True


def _announces_told_event(clause: _Clause, taxonomy, lemmas: list[str], dated_tokens: set[int]) -> bool:
    """A reporting verb in the passive whose subject is an event told before ("the order was
    announced", "the strike was confirmed"): the report adds no event of its own."""
    head = clause.head
    if not any(c.dep_ == "auxpass" for c in head.children):
        return False
    for subj in head.children:
        if subj.dep_ == "nsubjpass" and subj.pos_ == "NOUN":
            trigger = taxonomy.match(lemmas, subj.i)
            return trigger is not None and _refers_back(subj, clause, set())
    return False


def _noun_content(clause: _Clause, dated_tokens: set[int]) -> bool:
    """A clause that completes a noun ("fears that ...", "the claim that ...", "accusations that he
    leads a cartel") tells what is feared, claimed or alleged, not an event, unless it has its own date."""
    head = clause.head
    return head.dep_ in ("ccomp", "acl") and head.head.pos_ in ("NOUN", "PROPN") and \
        not any(t.i in dated_tokens for t in clause.tokens)


def _infinitive_clause(clause: _Clause) -> bool:
    """"to disrupt drug shipments", "for a president to discuss one": a purpose or a
    hypothesis, told with "to", not a reported event."""
    head = clause.head
    return head.tag_ == "VB" and head.dep_ in ("advcl", "relcl", "acl") and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)


def _negated(clause: _Clause) -> bool:
    """"did not comment", "has not identified X or published Y" (the second verb shares the
    first's "not", unless "but" turns it: "did not X but Y")."""
    if any(c.dep_ == "neg" for c in clause.trigger.children) or any(c.dep_ == "neg" for c in clause.head.children):
        return True
    for subj in clause.head.children:
        if subj.dep_ in ("nsubj", "nsubjpass") and (subj.lower_ in NEGATIVE_SUBJECTS or any(
                d.dep_ in ("det", "preconj") and d.lower_ in NEGATIVE_SUBJECTS for d in subj.children)):
            return True  # "neither government has said ...", "no country has sent troops"
    head = clause.head
    if head.dep_ == "conj" and head.head.i != head.i:
        gov = head.head
        turned = any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in gov.children)
        return not turned and any(c.dep_ == "neg" for c in gov.children)
    return False


def _person_moves(clause: _Clause, taxonomy, lemmas: list[str], mention_at: dict) -> None:
    """A person who arrives or travels is visiting (the table's `(person)` row), not deploying."""
    key = tuple(lemmas[clause.trigger.i:clause.trigger.i + clause.trigger_len])
    target = taxonomy.person.get(key)
    if target is None:
        return
    verb = clause.trigger if clause.trigger.pos_ in ("VERB", "AUX") else clause.trigger.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if clause.trigger.pos_ == "NOUN":
        subjects += [c for c in clause.trigger.children if c.dep_ == "poss"]
    for subj in subjects:
        m = mention_at.get(subj.i)
        if m is not None and m.kind == "PERSON":
            clause.category = target
            return


def _one_per_category(found: list[list]) -> list[list]:
    """One event per category and sentence ("bringing ... and joining ..." adds nothing), unless a
    clause carries its own, different date ("warned on Friday and revoked on Saturday"). A clause
    folded into another lends it its actors, and its date when it has one and the other does not."""
    kept: list[list] = []
    for item in found:
        clause, dated, status, names = item
        same = [k for k in kept if k[0].category == clause.category]
        if not same or (dated.own and all((k[1].start, k[1].end) != (dated.start, dated.end) for k in same)
                        and all(k[1].own for k in same)):
            kept.append(list(item))
            continue
        target = same[0]
        if target[1].basis != "explicit" and dated.basis == "explicit":
            target[1] = dated
            if target[2] == "occurred":
                target[2] = status  # a future date makes it planned
        target[3] = tuple(dict.fromkeys(tuple(target[3]) + tuple(names)))
    return kept


def _nested_in(x: _Clause, y: _Clause) -> bool:
    p = x.parent
    while p is not None:
        if p is y:
            return True
        p = p.parent
    return False


def _own_speaker(c: _Clause) -> bool:
    """Whether a clause names its own subject (a pronoun refers back, so it does not count)."""
    return any(t.dep_ in SUBJECT_DEPS and t.pos_ != "PRON" for t in c.head.children)


def _same_act(statement: _Clause, other: _Clause) -> bool:
    """Whether a statement clause and another clause of its sentence tell one happening of one
    speaker: the statement reports the other ("said [units were on alert and had stepped up
    exercises]", "the ministry confirmed [it has sent warships]",
    "[warships were sent], the ministry confirmed"), or it goes on the other's act without a
    speaker of its own ("accused X of ... and said ...", "urged ... what he called ...")."""
    if _nested_in(other, statement):
        return statement.weak or other.head.dep_ in REPORT_LINK_DEPS or not _own_speaker(other)
    if statement.parent is other and statement.head.dep_ in REPORT_LINK_DEPS and statement.head.head.i == other.head.i:
        return True
    if _nested_in(statement, other) or (statement.parent is not None and statement.parent is other.parent):
        return not _own_speaker(statement)
    return False


def _conjoined(a: _Clause, b: _Clause) -> bool:
    """Two verbs of one subject joined by "and" ("asked operators to take care and warned that ...")."""
    for x, y in ((a, b), (b, a)):
        if x.head.dep_ == "conj" and x.head.head.i == y.head.i and not _own_speaker(x):
            return True
    return False


def _one_row_per_happening(found: list[list], taxonomy, lemmas: list[str]) -> list[list]:
    """A sentence gives one row per distinct happening: a statement row yields to a more specific
    row of a clause linked to it ("accused X of ... and said ...", "the ministry confirmed [it has
    sent warships]"), a request to a warning or accusation of the same speaker (the table's
    `(request)` row), and an `other` row (outside the conflict scale) to a categorised one ("the
    FAA warned airlines ..., and carriers have since cancelled flights")."""
    def request(c: _Clause) -> bool:
        return tuple(lemmas[c.trigger.i:c.trigger.i + c.trigger_len]) in taxonomy.requests

    found = [k for k in found if not request(k[0]) or not any(
        o[0].category in taxonomy.request_yields_to and _conjoined(k[0], o[0]) for o in found)]
    specific = [k for k in found if k[0].category not in ("statement", "other")]
    if not specific:
        specific_or_other = [k for k in found if k[0].category == "other"]
        return [k for k in found if k[0].category != "statement"
                or not any(_same_act(k[0], o[0]) for o in specific_or_other)]
    return [k for k in found if k[0].category != "other"
            and (k[0].category != "statement" or not any(_same_act(k[0], o[0]) for o in specific))]


def _timex_spans(doc, timexes) -> list[tuple]:
    """(timex, first token, end token, interval) for each dated expression that maps onto tokens."""
    out = []
    for t in timexes:
        try:
            interval = t.interval()
        except (ValueError, OverflowError):
            interval = None
        if interval is None:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        start, end = interval
        if end < start:
            start, end = end, start
        out.append((t, span.start, span.end, (start, end)))
    return out


_OFFSET = re.compile(r"P(\d+)([DW])")
_UNIT_DAYS = {"D": 1, "W": 7}


def _offset_durations(doc, tagged) -> dict[int, tuple]:
    """Token index -> (timex, days) for each 'N days/weeks' DURATION, the measure of a distance
    between two events ("two days after troops fired")."""
    out: dict[int, tuple] = {}
    for t in tagged:
        m = _OFFSET.fullmatch(t.value) if t.type == "DURATION" else None
        span = doc.char_span(t.start, t.end, alignment_mode="expand") if m else None
        if span is not None:
            for tok in span:
                out[tok.i] = (t, int(m.group(1)) * _UNIT_DAYS[m.group(2)])
    return out


def _offset_date(clause: _Clause, offsets_at: dict, adjuncts, sent_spans, interval_at, article, narrative,
                 doc) -> _Dated | None:
    """The date of an event told as 'N days after/before' the clause it hangs on: that clause's
    day moved by N days ("The Ford arrived on Sunday, two days after the carrier left Norfolk":
    left = Friday). None when the clause is not such an event or the other one has no day."""
    head, parent = clause.head, clause.parent
    if parent is None or head.dep_ != "advcl":
        return None
    marks = [c for c in head.children if c.dep_ in ("mark", "prep") and c.lower_ in ("after", "before")]
    measure = [offsets_at[c.i] for c in head.children if c.dep_ == "npadvmod" and c.i in offsets_at]
    if not marks or not measure:
        return None
    t, days = measure[0]
    if parent.trigger is None:  # the clause it hangs on need not be an event itself
        parent = replace(parent, trigger=parent.head)
    base = _date_clause(parent, adjuncts, sent_spans, interval_at, article, narrative, doc)
    if base.basis != "explicit" or base.granularity != "day":
        return None
    delta = dt.timedelta(days=-days if marks[0].lower_ == "after" else days)
    day = base.start + delta
    word = marks[0].lower_
    return _Dated(day, day, "day", f"{t.text} {word}", "explicit",
                  f"'{t.text} {word}' the event dated '{base.text}' ({_fmt_interval(base.start, base.end)}) → "
                  f"{_fmt_interval(day, day)}", t.start, t.end, True)


def _is_clause_head(tok, dated: set[int], folded: set[int]) -> bool:
    if tok.dep_ == "ROOT" or tok.head.i == tok.i:
        return True
    if tok.pos_ not in ("VERB", "AUX") or tok.i in folded:
        return False
    if tok.dep_ == "pcomp" and tok.head.lower_ in TEMPORAL_PREPS:
        return True  # "after visiting troops in Puerto Rico the day before": an event of its own
    if tok.dep_ not in CLAUSE_DEPS or _descriptive_verb(tok, dated):
        return False
    if tok.dep_ == "relcl":
        # A relative clause is background ("the cartel, which it says is led by Maduro") unless it
        # carries its own date ("Rubio, who confirmed the strike yesterday").
        return any(t.i in dated for t in tok.subtree)
    return True


def _clauses(sent, dated: set[int]) -> list[_Clause]:
    """The clauses of a sentence: each clause head and the tokens that belong to it, not to a nested clause.

    `dated` holds the heads (roots) of the sentence's time expressions.
    """
    toks = list(sent)
    first = sent.start
    heads = [t.head.i for t in toks]
    by_head: dict[int, _Clause] = {}
    order: list[_Clause] = []
    folded: set[int] = set()
    for tok in toks:
        if tok.dep_ == "relcl" and not any(t.i in dated for t in tok.subtree):
            folded.update(t.i for t in tok.subtree if t.i != tok.i)
    for tok in toks:
        if _is_clause_head(tok, dated, folded):
            clause = _Clause(tok)
            by_head[tok.i] = clause
            order.append(clause)
    for tok in toks:
        x = tok.i
        while x not in by_head:
            x = heads[x - first]
        by_head[x].tokens.append(tok)
    for clause in order:
        x = clause.head.i
        while heads[x - first] != x:
            x = heads[x - first]
            if x in by_head:
                clause.parent = by_head[x]
                break
    return order


def _role(tok, clause: _Clause) -> int:
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


BACK_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "such", "its", "his", "her", "their", "both"})
NEGATIVE_SUBJECTS = frozenset({"no", "neither", "none", "nobody", "nothing"})


def _refers_back(noun, clause: _Clause, dated_tokens: set[int]) -> bool:
    """A definite or possessive event noun without an ordinal or a date of its own clause ("the
    strike was carried out by ...") names an event already told; "the second strike came on
    Monday" and "the September 2 attack" are events in their own right."""
    determiners = [c for c in noun.children if c.dep_ in ("det", "poss", "predet", "amod")]
    if not any(d.lower_ in BACK_DETERMINERS or d.dep_ == "poss" for d in determiners):
        return False
    if any(c.dep_ in ("amod", "nummod") and (c.tag_ == "JJ" and c.lower_.endswith(("st", "nd", "rd", "th"))
                                            or c.like_num) for c in noun.children):
        return False
    return not any(t.i in dated_tokens for t in clause.tokens)


GENERIC_DETERMINERS = frozenset({"both", "either", "all", "any"})


def _generic_object(noun, clause: _Clause, taxonomy, lemmas: list[str], dated_tokens: set[int]) -> bool:
    """A bare event noun ("protests", "diplomacy", "both defiance and diplomacy") as the object of a
    verb that is neither a trigger nor a light verb, in an undated present or present-perfect clause,
    names a kind of event in a characterisation ("Maduro has survived waves of protests"), no event."""
    head = clause.head
    aux = [a for a in head.children if a.dep_ in ("aux", "auxpass")]
    present = head.tag_ in ("VBZ", "VBP") and not aux or \
        head.tag_ == "VBN" and bool(aux) and all(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in aux)
    if not present or taxonomy.match(lemmas, head.i) is not None or _light(head, taxonomy, lemmas):
        return False
    w = head.lower_
    for form in {w[:-1], w[:-2], w[:-3], w[:-3] + "e"} if w.endswith(("ed", "es", "ing")) else ():
        if form and taxonomy.match([form], 0) is not None:
            return False  # the lemmatizer missed the verb ("staged" -> "stag")
    if any(t.i in dated_tokens for t in clause.tokens):
        return False
    if any(c.dep_ in ("poss", "nummod") or c.dep_ == "det" and c.lower_ not in GENERIC_DETERMINERS
           for c in noun.children):
        return False
    x = noun
    for _ in range(8):
        if x.dep_ == "dobj" and x.head.i == head.i:
            return True
        if x.dep_ == "conj" or x.dep_ == "pobj" and x.head.lower_ == "of" or x.dep_ == "prep" and x.lower_ == "of":
            x = x.head
            continue
        return False
    return False


def _in_predicate_phrase(tok, copula) -> bool:
    """Whether a word sits in a prepositional predicate of a copula ("were on maximum alert", "was
    among hundreds injured"), which tells what happened to the subject."""
    x = tok
    for _ in range(12):
        if x.head.i == x.i or x.dep_ in ("nsubj", "nsubjpass", "attr", "acomp"):
            return False
        if x.dep_ == "prep" and x.head.i == copula.i:
            return True
        x = x.head
    return False


def _in_noun_modifier(tok, head, modal_nouns: frozenset, dated_tokens: set[int] = frozenset()) -> bool:
    """Whether a word sits in a clause that modifies a noun ("the authority to use force", "cartels
    designated as terrorist organizations"): it describes the noun, it tells no event. The
    complement of a modal noun ("plans to designate", "the option to strike") is the event itself,
    and so is a modifier with its own date ("the sites struck overnight") or one in a copula's
    prepositional predicate ("was among hundreds injured")."""
    x = tok
    for _ in range(12):
        if x.i == head.i or x.head.i == x.i:
            return False
        if x.dep_ == "acl":
            noun = x.head
            if noun.lemma_.lower() in modal_nouns or any(t.i in dated_tokens for t in x.subtree):
                return False
            return not (head.lemma_ == "be" and _in_predicate_phrase(noun, head))
        x = x.head
    return False


def _choose_trigger(clause: _Clause, taxonomy, lemmas: list[str], blocked: set[int],
                    dated_tokens: set[int] = frozenset(), modal_nouns: frozenset = frozenset()) -> None:
    best = None
    head = clause.head
    subject_words = {t.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    for tok in clause.tokens:
        if tok.i in blocked or not tok.is_alpha and "-" not in tok.text:
            continue
        trigger = taxonomy.match(lemmas, tok.i)
        if trigger is None and tok.lemma_ != tok.lower_:
            trigger = taxonomy.match([tok.lower_], 0) if len(taxonomy.by_first.get(tok.lower_, ())) else None
            if trigger is not None and len(trigger.lemmas) > 1:
                trigger = None
        if trigger is None or trigger.category is None:
            continue
        n = len(trigger.lemmas)
        if any(i in blocked for i in range(tok.i, min(tok.i + n, len(lemmas)))):
            continue
        if n > 1:
            phrase = tok.doc[tok.i:tok.i + n]
            if phrase.end > clause.head.sent.end:
                continue
            anchor = phrase.root
        else:
            anchor = tok
            if anchor.pos_ == "NOUN" and anchor.dep_ == "compound":
                continue
            if anchor.pos_ not in ("VERB", "NOUN", "ADJ", "PROPN"):
                continue
            if anchor.pos_ == "PROPN" and not anchor.text.isupper():
                continue
        if n == 1 and (_descriptive_verb(anchor, dated_tokens) or anchor.dep_ == "prep"):
            continue  # "a negotiated exit", "according to" (accord)
        if _in_noun_modifier(anchor, clause.head, modal_nouns, dated_tokens):
            continue  # "the power to order further attacks", "the warships deployed off the coast"
        if trigger.weak and anchor.i != clause.head.i and anchor.doc[anchor.left_edge.i].lower_ == "what":
            continue  # "against what it calls narco-terrorists": a naming, no statement
        if trigger.lemmas in taxonomy.requests and anchor.tag_ == "VBN" and \
                not any(a.dep_ == "aux" and a.lemma_ == "have" for a in anchor.children):
            continue  # "asked about it, the official said ...": being asked is no request
        if anchor.pos_ == "VERB" and any(c.dep_ == "nsubj" and lemmas[c.i] in taxonomy.figurative
                                         for c in anchor.children):
            continue  # "the pressure reached a new level": a figure of speech
        adj = anchor.pos_ == "ADJ" and anchor.dep_ not in PREDICATE_ADJ_DEPS and n == 1
        role = _role(anchor, clause)
        if clause.head.dep_ == "advcl" and role > 1:
            # An adverbial clause is an event through its own verb ("..., killing 11 people"), not
            # through a noun deep inside it ("calling them a pretext for seizing the oil").
            continue
        if role >= 3 and clause.head.lemma_ == "be" and not _in_predicate_phrase(anchor, clause.head):
            # "the build-up is a prelude to an invasion", "the arrival of a carrier would be a rare
            # step": a word inside the subject or the predicate of a copula characterises, it tells no
            # event; a prepositional predicate ("the forces were on alert", "are in talks") does.
            continue
        if anchor.pos_ == "NOUN" and any(c.lower_ == "no" and c.dep_ == "det" for c in anchor.children):
            continue  # "posed no threat"
        if role >= 3 and anchor.pos_ == "NOUN" and trigger.category == "statement":
            continue  # "said in a statement", "in a televised speech": the manner of saying, no event
        if role >= 2 and anchor.pos_ == "NOUN" and _refers_back(anchor, clause, dated_tokens):
            # "the attack", "its arrival", "such warnings": an event told earlier, named again.
            continue
        if (anchor.pos_ in ("NOUN", "PROPN") and anchor.i in subject_words and not subject_words & dated_tokens
                and not _light(clause.head, taxonomy, lemmas)):
            # "The designation opened new options", "the expansion of the strikes showed ...": the
            # subject names an earlier event, the clause reports something else. "The second strike
            # came on Monday" (a light verb) is an event.
            continue
        if anchor.pos_ == "NOUN" and _generic_object(anchor, clause, taxonomy, lemmas, dated_tokens):
            continue  # "has survived protests and sanctions", "has tried both defiance and diplomacy"
        key = (trigger.weak, adj, role, -n, tok.i)
        if best is None or key < best[0]:
            best = (key, anchor, trigger, n)
    if best is not None:
        _key, anchor, trigger, n = best
        clause.trigger, clause.category, clause.weak, clause.trigger_len = anchor, trigger.category, trigger.weak, n


def _deadline(clause: _Clause, taxonomy, lemmas: list[str]) -> None:
    """"giving the airlines 48 hours to resume their service": a deadline verb (the table's
    `(deadline verb)` row) with a number of time units and a "to" infinitive is an ultimatum."""
    for tok in clause.tokens:
        if tok.pos_ != "VERB" or lemmas[tok.i] not in taxonomy.deadline_verbs:
            continue
        units = [c for c in tok.children if c.dep_ in ("dobj", "dative", "npadvmod")
                 and lemmas[c.i] in taxonomy.deadline_units and any(n.like_num for n in c.children)]
        if units and any(t.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)
                         for t in tok.subtree if t.i != tok.i):
            clause.trigger, clause.category, clause.weak, clause.trigger_len = tok, taxonomy.deadline_category, False, 1
            return


def _descriptive_verb(tok, dated: set[int] = frozenset()) -> bool:
    """A verb form that describes a thing rather than tells an event: a participle used as an
    adjective ("a negotiated exit", "the escalating steps"), or a gerund completing a noun ("the
    means of tracking and stopping networks", "a pretext for seizing the oil")."""
    x = tok
    while x.dep_ == "conj" and x.head.i != x.i:
        x = x.head
    if x.dep_ == "ccomp" and x.tag_ == "VBN" and not any(a.dep_ in ("aux", "auxpass") for a in x.children):
        # "described the warships deployed off the coast as a threat": a reduced participle, unless
        # it has its own date ("the camps struck on Monday")
        return not any(t.i in dated for t in x.subtree)
    if x.dep_ in ("amod", "nmod", "compound") and x.tag_ in ("VBN", "VBG"):
        return x.head.dep_ != "ROOT"  # a noun at the root means the parser missed the verb ("The FAA warned airlines")
    return x.tag_ == "VBG" and x.dep_ == "pcomp" and x.head.head.pos_ in ("NOUN", "PROPN", "PRON")


def _light(head, taxonomy, lemmas: list[str]) -> bool:
    """A copula, or a verb of the table's (light) row (possibly a two-word one: "took place")."""
    if head.lemma_ == "be":
        return True
    for i in (head.i, head.i - 1):
        if 0 <= i < len(lemmas):
            trigger = taxonomy.match(lemmas, i)
            if trigger is not None and trigger.category is None and i <= head.i < i + len(trigger.lemmas):
                return True
    return False


def _fold_reporting(clauses: list[_Clause]) -> None:
    """"X said [the carrier arrived]": the report is attribution, the event is what was reported.

    A clause whose only trigger is a weak reporting word ("said", "announced") and that is linked
    to a clause with a real trigger (its complement, or the clause it comments on) is folded into
    that clause: no event of its own, its actors and its verb (for "analysts suggest") go along.
    """
    by_head = {c.head.i: c for c in clauses}
    reported: dict[int, list[_Clause]] = {}   # head index -> clauses linked to it as complements
    for c in clauses:
        if c.head.dep_ in REPORT_LINK_DEPS:
            reported.setdefault(c.head.head.i, []).append(c)
    for clause in clauses:
        if clause.trigger is None or not clause.weak:
            continue
        near = list(reported.get(clause.head.i, ()))
        if clause.head.dep_ in REPORT_LINK_DEPS and clause.head.head.i in by_head:
            near.append(by_head[clause.head.head.i])
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


def _granularity(value: str, start: dt.date, end: dt.date) -> str:
    v = value or ""
    if re.match(r"^\d{4}-\d{2}-\d{2}", v):
        return "day"
    if re.match(r"^\d{4}-W\d{2}", v):
        return "week"
    if re.match(r"^\d{4}-\d{2}$", v):
        return "month"
    if re.match(r"^\d{4}-Q\d$", v):
        return "quarter"
    if re.match(r"^\d{4}$", v):
        return "year"
    days = (end - start).days + 1
    for limit, name in ((1, "day"), (7, "week"), (31, "month"), (92, "quarter"), (366, "year")):
        if days <= limit:
            return name
    return "unknown"


def _fmt_interval(start: dt.date, end: dt.date) -> str:
    return start.isoformat() if start == end else f"{start.isoformat()}..{end.isoformat()}"


MAX_TREE_STEPS = 48


def _tree_distance(a, b) -> int:
    """Edges between two tokens of a sentence (capped: long chains count as far apart)."""
    up_a = {a.i: 0}
    x, d = a, 0
    while x.head.i != x.i and d < MAX_TREE_STEPS:
        x, d = x.head, d + 1
        up_a[x.i] = d
    x, d = b, 0
    while x.i not in up_a:
        if x.head.i == x.i or d >= MAX_TREE_STEPS:
            return 10_000 + abs(a.i - b.i)
        x, d = x.head, d + 1
    return d + up_a[x.i]


def _date_clause(clause: _Clause, adjuncts: dict[int, list[_Clause]], sent_spans: list, interval_at: dict, article,
                 narrative: _Dated | None, doc) -> _Dated:
    """The clause's date: its own time expression (the nearest to the trigger in the tree), else
    the one of the clause that reports it ("X said on Sunday that ..."), else the one of the
    nearest clause it is nested in; else the narrative reference time (past tense only), else
    the publication date. A date inside a sibling or a relative clause belongs to that clause."""
    if sent_spans:
        first = [clause] + ([clause.reporter] if clause.reporter is not None else [])
        levels: list[list[_Clause]] = [[c] for c in first] + [adjuncts.get(id(c), []) for c in first]
        x = clause.parent
        while x is not None and len(levels) < 24:
            levels.append([x])
            levels.append(adjuncts.get(id(x), []))
            x = x.parent
        level_of: dict[int, int] = {}
        for depth, group in enumerate(levels):
            for member in group:
                for t in member.tokens:
                    level_of.setdefault(t.i, depth)
        candidates = [(level_of[root_i], sp, root_i) for sp, root_i in sent_spans if root_i in level_of]
        nearest = min((c[0] for c in candidates), default=None)
        ranked = [((lvl, _tree_distance(clause.trigger, doc[root_i]), sp[1]), sp)
                  for lvl, sp, root_i in candidates if lvl == nearest]
        if ranked:
            rank, (t, s, e, (start, end)) = min(ranked, key=lambda r: r[0])
            label = doc.text[t.start - len(_outside_word(doc.text, t.start)):t.end]
            return _Dated(start, end, _granularity(t.value, start, end), label,
                          "explicit", _derivation(t, start, end, article, doc, interval_at, label),
                          t.end - len(label), t.end, rank[0] == 0)
    if narrative is not None and _past(clause):
        return _Dated(narrative.start, narrative.end, narrative.granularity, "", "narrative",
                      f"no date in the sentence → narrative time of '{narrative.text}' "
                      f"(earlier in the article) → {_fmt_interval(narrative.start, narrative.end)}")
    day = article.published
    return _Dated(day, day, "day", "", "publication",
                  f"no date in the sentence → publication date {day.isoformat()}")


_OUTSIDE_WORD = re.compile(r"\b(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate|[Aa]bout|[Aa]round|[Nn]early|[Aa]lmost)\s+\Z")


def _outside_word(text: str, start: int) -> str:
    """The modifier TimeML leaves outside a time expression but a reader needs to see: 'earlier'
    of 'earlier this month' (the date is the month's first days), 'about' of 'about 3 p.m.'."""
    m = _OUTSIDE_WORD.search(text, max(0, start - 12), start)
    return m.group(0) if m else ""


def _past(clause: _Clause) -> bool:
    """Whether the clause is told in a past tense (then an earlier date governs it)."""
    aux = [t for t in clause.head.children if t.dep_ in ("aux", "auxpass")]
    if any(t.lemma_ in ("will", "shall") or t.tag_ == "MD" for t in aux):
        return False
    if any(t.lemma_ == "have" for t in aux):
        return any(t.tag_ == "VBD" for t in aux)  # "had sent" is past, "has sent" is present perfect
    return clause.head.tag_ == "VBD" or any(t.tag_ == "VBD" for t in aux)


def _derivation(t, start: dt.date, end: dt.date, article, doc, interval_at: dict, label: str = "") -> str:
    result = _fmt_interval(start, end)
    label = label or t.text
    if t.anchor == "narrative" and t.anchor_start is not None and t.anchor_end is not None:
        anchor_text = doc.text[t.anchor_start:t.anchor_end]
        anchor_iv = interval_at.get(t.anchor_start)
        step = "relative to"
        if anchor_iv is not None and start == end and anchor_iv[0] == anchor_iv[1]:
            delta = (anchor_iv[0] - start).days
            if delta > 0:
                step = f"{delta} day{'s' if delta != 1 else ''} before"
            elif delta < 0:
                step = f"{-delta} day{'s' if delta != -1 else ''} after"
            else:
                step = "the same day as"
        where = f" ({_fmt_interval(*anchor_iv)})" if anchor_iv is not None else ""
        return f"{label} → {step} '{anchor_text}'{where} → {result}"
    if t.anchor == "publication":
        return f"{label} → relative to the publication date ({article.published.isoformat()}) → {result}"
    return f"{label} → {result}"



def _reported(clause: _Clause) -> bool:
    """Whether the clause is reported speech or thought (it, or a clause it is nested in, has a
    reporter or is the complement of a verb): "would" is then the past of "will"."""
    x = clause
    while x is not None:
        if x.reporter is not None or x.head.dep_ in REPORT_LINK_DEPS:
            return True
        x = x.parent
    return False


def _speaker(verb, modality, earlier_subjects: tuple[list[int], list[str]] = ([], [])) -> str | None:
    """The subject lemma of a reporting verb, or the adjective that makes it a commentator ("former");
    for "others", "some", the last main subject named before (see `_commentary`)."""
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


def _status(clause: _Clause, lemmas: list[str], modality, dated: _Dated, published: dt.date,
            earlier_subjects: tuple[list[int], list[str]] = ([], [])) -> str:
    words = [lemmas[i] for i in _modal_scope(clause)]
    reporter = clause.reporter
    governor = reporter.head.lemma_.lower() if reporter is not None else None
    speaker = _speaker(reporter.head, modality, earlier_subjects) if reporter is not None else None
    status = modality.status_of(words, governor, speaker, _reported(clause)) or "occurred"
    x = clause.parent
    while x is not None and status not in ("generic", "negated"):
        # inside a habit ("are often issued when commanders expect that operations may take place")
        if modality.status_of([lemmas[c.i] for c in x.head.children if c.dep_ == "advmod"]) == "generic":
            status = "generic"
        x = x.parent
    if status == "occurred" and dated.start > published:
        status = "planned"
    return status


MODAL_DEPS = frozenset({"aux", "auxpass", "advmod", "mark", "neg", "npadvmod", "acomp"})


def _modal_scope(clause: _Clause) -> list[int]:
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
        if x.dep_ == "acl" and x.head.i in own:
            picked.add(x.head.i)  # "announced plans to designate": the noun the event completes
        x = x.head if x.head.i != x.i else None
    for v in verbs:
        picked.add(v.i)
        for child in v.children:
            if child.dep_ in MODAL_DEPS and child.i in own and (child.dep_ != "acomp" or v.lemma_ != "be"):
                picked.add(child.i)
            elif child.dep_ == "advcl":
                # a condition ("would allow operations if ordered"): its "if" governs this clause
                picked.update(m.i for m in child.children if m.dep_ == "mark")
    trig = clause.trigger
    picked.add(trig.i)
    for child in trig.children:
        if child.dep_ in ("amod", "advmod", "aux", "neg"):
            picked.add(child.i)
    return sorted(picked)


SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")


def _clause_actors(clause: _Clause, mention_at: dict) -> tuple[str, ...]:
    """The actors named in the clause (and in the clause that reports it); a clause without a
    subject of its own ("..., killing 11 people", "... and met officials") shares its governor's."""
    names: list[str] = []
    groups = [clause.tokens]
    if clause.reporter is not None:
        groups.append(clause.reporter.tokens)
        rep = clause.reporter
        if rep.parent is not None and not any(c.dep_ in SUBJECT_DEPS for c in rep.head.children):
            # "Trump has said ... and told reporters [that ...]": the teller is the first verb's subject
            groups.append([t for c in rep.parent.head.children if c.dep_ in SUBJECT_DEPS for t in c.subtree])
    head = clause.head
    if clause.parent is not None and not any(c.dep_ in SUBJECT_DEPS for c in head.children):
        subjects = [c for c in clause.parent.head.children if c.dep_ in SUBJECT_DEPS]
        groups.append([t for subj in subjects for t in subj.subtree])
    for tokens in groups:
        for tok in sorted(tokens, key=lambda t: t.i):
            m = mention_at.get(tok.i)
            if m is None or tok.i != m.start or m.canonical in names:
                continue
            if _in_apposition(tok) and not _person_in_apposition(m, tok):
                continue
            names.append(m.canonical)
    return tuple(names)


def _person_in_apposition(mention, tok) -> bool:
    """"Belvania's foreign minister, Viktor Hale, summoned ...": a person's name that is itself the
    apposition names the one who acts (an apposition that only contains a name does not)."""
    if mention.kind != "PERSON" or mention.nominal:
        return False
    x = tok
    for _ in range(12):
        if x.dep_ == "appos":
            return mention.start <= x.i < mention.end
        if x.head.i == x.i:
            return False
        x = x.head
    return False


def _in_apposition(tok) -> bool:
    """Whether a word sits inside an apposition set off by a comma ("Dan Caine, the chairman of
    the Joint Chiefs"); "the aircraft carrier USS Gerald R. Ford" names the carrier."""
    x = tok
    for _ in range(12):
        if x.dep_ == "appos":
            first = min(t.i for t in x.subtree)
            return first > 0 and x.doc[first - 1].text in (",", "(", "—", "–")
        if x.head.i == x.i:
            return False
        x = x.head
    return False


def _summary(sent, clause: _Clause) -> str:
    text = " ".join(sent.text.split())
    if len(text) <= SUMMARY_MAX_CHARS:
        return text
    toks = clause.tokens + (clause.reporter.tokens if clause.reporter is not None else [])
    lo, hi = min(t.i for t in toks), max(t.i for t in toks)
    text = " ".join(sent.doc[lo:hi + 1].text.split())
    return text if len(text) <= SUMMARY_MAX_CHARS else text[:SUMMARY_MAX_CHARS - 1].rstrip() + "…"


def _make_event(article, doc, sent, clause: _Clause, dated: _Dated, status: str,
                names: tuple[str, ...], taxonomy) -> Event:
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
                    sentence, dated.text, d_start, d_end)
    return Event(event_id=event_id, date=dated.start, date_end=dated.end, granularity=dated.granularity,
                 date_text=dated.text, date_basis=dated.basis, status=status, category=clause.category,
                 escalation=taxonomy.score(clause.category), actors=names, summary=_summary(sent, clause),
                 article_id=article.id, title=article.title, source=article.source,
                 published=article.published, url=article.url, sources_count=1,
                 derivation=dated.derivation, sources=(source,))


# ================================================================ one event, many sources

def _stop_words() -> frozenset[str]:
    """spaCy's English stop words, reporting verbs added, number words kept ("eight warships")."""
    from spacy.lang.en.lex_attrs import _num_words
    from spacy.lang.en.stop_words import STOP_WORDS

    return (frozenset(STOP_WORDS) | {"said", "says", "told", "according"}) - set(_num_words)


_STOP = _stop_words()
# Crude suffix stripping so "arrived" meets "arrival" and "designated" meets "designation".
_SUFFIXES = ("ations", "ation", "ions", "ion", "ments", "ment", "als", "al", "ing", "ed", "es", "s", "e")


@functools.lru_cache(maxsize=65536)
def _stems(text: str) -> frozenset[str]:
    out = set()
    for w in re.findall(r"[a-z0-9]+", text.lower()):
        if w in _STOP or len(w) < 3:
            continue
        for suffix in _SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w = w[: -len(suffix)]
                break
        out.add(w)
    return frozenset(out)


def similarity(a: Event, b: Event) -> float:
    """Overlap of the content words of two events' summaries (0..1, 1 = one contains the other)."""
    sa, sb = _stems(a.summary), _stems(b.summary)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def _article_ids(e: Event) -> set[str]:
    return {s.article_id for s in e.sources} or {e.article_id}


def same_event(a: Event, b: Event) -> bool:
    """Whether two rows report one real-world event (see `merge_margin`)."""
    margin = merge_margin(a, b)
    return margin is not None and margin >= 0


def merge_margin(a: Event, b: Event) -> float | None:
    """How far the evidence that two rows are one event clears its bar (None: they cannot be).

    Required: the same category, overlapping date intervals (a running tally over months only
    matches the identical span), and no two disjoint non-empty actor lists. Then the evidence
    (shared content words of the summaries, plus 0.1 per shared actor, up to three) must reach a
    bar that rises as the dates get vaguer: the same day 0.25, one interval inside the other 0.35,
    mere overlap 0.55; +0.1 when the statuses differ (announced, then done); at least 0.5 when a
    date is only the publication date and 0.7 for two rows of the same article.
    """
    if a.category != b.category or a.category == "other":
        return None
    if a.event_id == b.event_id and a.article_id == b.article_id and (a.date, a.date_end) == (b.date, b.date_end):
        return 1.0  # the very same row (an article extracted twice)
    if a.date > b.date_end or b.date > a.date_end:
        return None
    if max((a.date_end - a.date).days, (b.date_end - b.date).days) > LONG_SPAN_DAYS and \
            (a.date, a.date_end) != (b.date, b.date_end):
        # Running tallies ("21 strikes since September", "five strikes since September") are
        # different reports, not one event seen twice.
        return None
    shared = set(a.actors) & set(b.actors)
    if a.actors and b.actors and not shared:
        return None
    evidence = similarity(a, b) + 0.1 * min(len(shared), 3)
    if (a.date, a.date_end) == (b.date, b.date_end) and a.granularity in ("day", "week"):
        need = 0.25
    elif (a.date <= b.date and b.date_end <= a.date_end) or (b.date <= a.date and a.date_end <= b.date_end):
        need = 0.35
    else:
        need = 0.55
    if a.status != b.status:
        need += 0.1
    if "publication" in (a.date_basis, b.date_basis):
        need = max(need, 0.5)
    if _article_ids(a) & _article_ids(b):
        need = max(need, 0.7)
    return evidence - need


def _earliest_key(e: Event) -> tuple:
    first = min(e.sources, key=lambda s: (s.published, s.article_id)) if e.sources else None
    return (first.published, first.article_id) if first else (e.published, e.article_id)


def merge(a: Event, b: Event) -> Event:
    """One event from two reports of it: the earliest source gives the id and the article columns,
    the most precise date wins, actors and sources are united, and an event reported as done by
    one source is `occurred` even if another announced it beforehand (its summary is then the
    report of it as done)."""
    first, second = sorted((a, b), key=_earliest_key)
    precise = min((a, b), key=lambda e: (BASIS_RANK.get(e.date_basis, 3), (e.date_end - e.date).days,
                                          _earliest_key(e)))
    actors = tuple(dict.fromkeys(first.actors + second.actors))
    seen: set[tuple] = set()
    sources: list[Source] = []
    for s in sorted(first.sources + second.sources, key=lambda s: (s.published, s.article_id)):
        key = (s.article_id, s.sentence, s.date_text, s.date_start)
        if key not in seen:
            seen.add(key)
            sources.append(s)
    count = len({s.article_id for s in sources}) if sources else max(a.sources_count, b.sources_count)
    statuses = {a.status, b.status}
    status = next((st for st in ("occurred", "planned", "speculative") if st in statuses), first.status)
    # the summary tells the event as the row's status does: "met ... on Thursday", not "will meet"
    told = second if first.status != status and second.status == status else first
    return replace(first, status=status, summary=told.summary, date=precise.date, date_end=precise.date_end, granularity=precise.granularity,
                   date_text=precise.date_text, date_basis=precise.date_basis, derivation=precise.derivation,
                   actors=actors, sources=tuple(sources), sources_count=count)


def merge_all(events: Iterable[Event]) -> list[Event]:
    """Merge every group of rows that report the same event (each row into the existing row it
    matches best, oldest reports first); sorted by date."""
    buckets: dict[tuple[str, str], list[Event]] = {}
    for event in sorted(events, key=lambda e: (_earliest_key(e), e.date, e.event_id)):
        rows = buckets.setdefault((event.category, ""), [])
        best, best_margin = -1, -1.0
        for index, row in enumerate(rows):
            if row.date <= event.date_end and event.date <= row.date_end:
                margin = merge_margin(row, event)
                if margin is not None and margin >= 0 and margin > best_margin:
                    best, best_margin = index, margin
        if best >= 0:
            rows[best] = merge(rows[best], event)
        else:
            rows.append(event)
    merged = [e for rows in buckets.values() for e in rows]
    return sorted(merged, key=lambda e: (e.date, e.date_end, e.published, e.event_id))
