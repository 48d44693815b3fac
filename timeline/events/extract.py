"""Extraction: an article's events, and a batch of articles' merged table.

`extract(articles)` gives the merged table; `extract_article(article, doc=None)` one article's
rows. This module is the only place a batch of articles goes through spaCy. An article is parsed
once (tagger + lemmatizer for trigger words, parser for clauses and their dependencies, NER for
actors: every component is used, so none is disabled), its time expressions come from
`timeline.timex.tag`, its actors from `timeline.actors`. Then, per sentence, each stage has its
module:
  1. clauses.py    the clauses of the sentence, reporting clauses folded into what they report;
  2. triggers.py   the word that tells what happened, and so the category;
  3. screens.py    clauses that tell no event of the story (negated, purposes, commentary, ...);
  4. dating.py     the event's interval: own clause, reporter, enclosing clause, narrative, publication;
  5. status.py     occurred / planned / speculative;
  6. rows.py       actors, one row per happening, the `Event` record;
and merge.py joins the rows of several articles that report one event.
"""
from __future__ import annotations

import bisect
import concurrent.futures as cf
import re
from dataclasses import replace
from typing import Iterable

from timeline import lang, nlp, timex
from timeline.io.articles import paragraphed
from timeline.places import event_place, find_places
from timeline.places.model import COUNTRY
from timeline.actors import Mention, article_types, dateline, find_mentions, name_type, publisher_state, unify_names
from timeline.events.clauses import (reaction_in_relative, ELLIPTICAL_SUBJECTS, SAYING_VERBS, FUTURE_AUXILIARIES, Clause, fold_reporting, meanwhile, told_as_recent,
                                     nested_in, sentence_clauses, sequenced, simple_present, told_in_past)
from timeline.events.anchors import link_anchors
from timeline.events.demands import mark_demands
from timeline.events.dating import (DATE_TYPES, after_a_dated_act, done_by_publication, of_the_story_day, recent_days, told_done_after_publication, OFFSET_MARKS, SPEECH_NOUNS, Dated, date_clause, later_date, later_offsets, offset_date, offset_durations,
                                    granularity_of, setting_day, speakers_of_frame, speech_frame, timex_spans, vague_distance,
                                    window_date)
from timeline.events.merge import ATTACK_TYPES, join_retellings, merge_all, same_word, says_further
from timeline.events.modality import load_modality
from timeline.events.rows import (act_beside, told_at_another_time, Found, agreement_broken, clause_actors, fold_approach, fold_casualties, fold_consequences, in_story_country, make_event, unnamed_state_forces, one_per_category,
                                  one_row_per_happening, person_called, person_moves)
from timeline.events.screens import (COMMENT_CATEGORIES, reporter_credit, quoted_speech_act, opinion_said, plain_saying, said_words, FIRST_PERSON, FIRST_PERSON_PLURAL, anonymous_speaker, announces_told_event, asked_clause, gloss, kind_described, standing_aim, cargo_moves, commentary, courtesy,
                                     bare_list_item, condition, embedded_question, question_put, habitual_saying, repeated_to_now, kept_up_stance, KEPT_STANCE_VERBS, infinitive_clause, victims_backdrop,
                                     advocacy_group, negated, noun_content, outlet_speaker, present_state, casualty_tally, conflict_toll, displaced_tally, quoted_words, rights_group_comment, commentator_comment,
                                     running_tally, threatened_by_author, vowed_force, vowed_reprisal, performative)
from timeline.events.retold import goes_on_saying, judged_again, quote_tail, tells_again
from timeline.events.status import decide_status
from timeline.events.syntax import INDEFINITE_DETERMINERS, definite, has_neg
from timeline.events.taxonomy import load_plover, load_taxonomy
from timeline.events.triggers import (AGENT_MARKS, crowd_dispersed, judgement, quote_accuses, act_reported, choose_trigger, refusal_warned, readiness_warned, consequences_warned, clip_introduced, point_stressed, made_clear, rallied_behind, document_released, quoted_act, labelled_act, judged_act, record, people_handed_back, dead_found, captives_taken, territory_taken, media_closed, power_taken, armed_retreat, weapons_found, message_sent, statement_that_acts, responsibility_claimed, concern_expressed, what_an_act_hit, weapons_launched, deadline, event_begun, killing_as_act, named_act, nears_an_event, ordered_to, overflight, space_entered, unlisted_act,
                                      space_violation)
from timeline.records import Event

DISABLE: tuple[str, ...] = ()


RELEASE_SPEAKER_PRONOUNS = lang.words("words.tsv")["release_speaker_pronouns"]
FIRST_PERSON_POSSESSIVES = lang.words("words.tsv")["first_person_possessives"]
FIRST_PERSON_SINGULAR = lang.words("words.tsv")["first_person_singular"]
SPEAKING_PERSON_KINDS = frozenset({"official", "other"})   # actor_types.py kinds a named person takes
PERSON_KIND = "PERSON"
PARAGRAPH_BREAK = re.compile(r"\n\s*\n|:[ \t]*\n")
BLANK_LINE = nlp.BLANK_LINE   # the break between two paragraphs of a quotation or a statement
TALLY_SPAN_DAYS = 90   # a count of events over a date this long is a tally of them ("eight missile tests in 2021")


def pipeline():
    """The spaCy pipeline events are extracted with (also used by bench/pipeline_bench.py)."""
    return nlp.load(disable=DISABLE)


def extract(articles: Iterable, workers: int = 1, batch_size: int = 8) -> list[Event]:
    """Events of many articles, merged across articles (same real-world event = one row), sorted by date.

    Articles are parsed in batches through `nlp.pipe`; `workers` > 1 runs the whole extraction in
    that many processes (each its own chunk of articles), then merges in this one.
    """
    items = list(articles)
    found: list[Event] = []
    if workers > 1 and len(items) > 1:
        size = max(1, -(-len(items) // (workers * 4)))
        chunks = [items[i:i + size] for i in range(0, len(items), size)]
        with cf.ProcessPoolExecutor(max_workers=workers) as pool:
            for part in pool.map(_extract_unmerged, chunks):
                found.extend(part)
    else:
        found = _extract_unmerged(items, batch_size)
    return merge_all(unify_names(found))


def _extract_unmerged(items: list, batch_size: int = 8) -> list[Event]:
    spacy_nlp = pipeline()
    out: list[Event] = []
    for article, doc in zip(items, nlp.parse_all(spacy_nlp, (paragraphed(a.text) for a in items), batch_size=batch_size)):
        out.extend(extract_article(article, doc))
    return out


WINDOW_DAYS = 186


NON_STORY_LINE = lang.contexts("contexts.tsv", lists=("words.tsv",))["non_story_line"]
BACKGROUND_PREPOSITIONS = lang.words("words.tsv")["background_prepositions"]
BROADCAST_PROMO = lang.contexts("contexts.tsv", lists=("words.tsv",))["broadcast_promo"]
CONTINUATION_OPENERS = lang.words("words.tsv")["continuation_openers"]
BULLET_MARKS = ("—", "–", "-", "•", "*")   # the marks that open the items of a list
GOES_ON_CATEGORIES = lang.words("words.tsv")["separate_act_categories"]   # physical acts (and their tolls)


NON_TRIGGER_PHRASES = tuple(tuple(p.split()) for p in lang.word_lists("words.tsv")["non_trigger_phrases"])


def idiom_tokens(lemmas: list[str]) -> set[int]:
    """The words of phrases that use a trigger word in another sense ("the U.S. is in charge",
    "free of charge", "took charge of the talks"): no event."""
    out: set[int] = set()
    for i, lemma in enumerate(lemmas):
        for phrase in NON_TRIGGER_PHRASES:
            if lemma == phrase[0] and tuple(lemmas[i:i + len(phrase)]) == phrase:
                out.update(range(i, i + len(phrase)))
    return out


def frame_speakers(doc, mentions, frame, speakers) -> tuple[tuple[str, ...], set[str]]:
    """Who speaks in a statement's opening line (the states among its speakers, and the people it
    names after "by"), and the names of the venue it was given at ("at the UN Security Council
    meeting on Yemen"), which are no parties to the statement."""
    lo, hi = frame.intro
    by = {t.i for tok in doc[lo:hi] if tok.lower_ == "by" and tok.dep_ in ("prep", "agent") for t in tok.subtree}
    at = {t.i for tok in doc[lo:hi] if tok.lower_ == "at" and tok.dep_ == "prep" for t in tok.subtree}
    people = [m.canonical for m in mentions if lo <= m.start < hi and m.kind == "PERSON" and not m.nominal
              and m.start in by - at and not any(doc[i].dep_ == "appos" for i in range(m.start, m.end))]
    states = [m.canonical for m in speakers if m.kind == "GPE"]
    who = tuple(dict.fromkeys(states + people))
    return who, {m.canonical for m in mentions if lo <= m.start < hi and m.start in at} - set(who)


VENUE_MEETINGS = lang.words("words.tsv")["venue_meetings"]
TOPIC_PREPOSITIONS = lang.words("words.tsv")["topic_prepositions"]


def venue_meetings(sent, clauses: list[Clause]) -> list[Clause]:
    """The meeting a statement's opening line says it was given at ("Statement given yesterday by
    Ambassador X at the UN Security Council meeting on Yemen"): an event of its own, of the day the
    statement was given, held by the body named in it (what it was on is no party to it)."""
    owner = {t.i: c for c in clauses for t in c.tokens}
    out = []
    for tok in sent:
        if tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.lemma_.lower() in VENUE_MEETINGS and tok.i in owner:
            topic = {t.i for p in tok.children if p.dep_ == "prep" and p.lower_ in TOPIC_PREPOSITIONS for t in p.subtree}
            meeting = Clause(tok, tokens=[t for t in tok.subtree if t.i not in topic], parent=owner[tok.i])
            meeting.named_in_passing = True
            out.append(meeting)
    return out


SOURCING_VERBS = lang.words("words.tsv")["sourcing_verbs"]


def claims_a_state(clause: Clause, clauses: list[Clause]) -> bool:
    """Whether what a claim says is a state or a description, no event and nothing to come ("claimed
    the boat was carrying drugs", "claimed the tanker had been used to transport sanctioned oil",
    "have claimed Maduro leads the cartel"): a claim of such a fact only sources it."""
    told = [c for c in clauses if c.parent is clause and c.head.dep_ in ("ccomp", "parataxis")]
    return bool(told) and all(
        (c.trigger is None or c.dropped) and not any(
            a.dep_ == "aux" and (a.tag_ == "MD" or a.lemma_ in FUTURE_AUXILIARIES) for a in c.head.children)
        for c in told)


def introduces_words(sent, text: str) -> bool:
    """Whether a sentence is a paragraph of its own that ends with a colon ("Prime Minister Keir
    Starmer said:"): it presents the words of the next paragraph."""
    return sent.text.rstrip().endswith(":") and (sent.end_char >= len(text) or "\n" in text[sent.end_char - 1:sent.end_char + 2]
                                                 or LINE_END.match(text, sent.end_char) is not None)


LINE_END = re.compile(r" *\n")   # (matched in place: no copy of the rest of the text for each sentence)


def next_line(sent, text: str) -> int:
    """Where the line after a sentence that ends its line begins (the line break may follow the
    sentence or be its last character), -1 when the sentence ends no line."""
    end = LINE_END.match(text, sent.end_char)
    if end is not None:
        return end.end()
    return sent.end_char if text[sent.start_char:sent.end_char].rstrip(" ").endswith("\n") else -1


def names_a_statement(sent, text: str) -> bool:
    """Whether a sentence is a line of its own naming a statement and who made it ("Joint statement on
    the UN Group of Experts report, by Foreign Secretary William Hague and ..."), followed by a
    paragraph that opens a quotation: it presents the words quoted after it."""
    after = next_line(sent, text)
    if after < 0 or not PARAGRAPH_QUOTE.match(text, after):
        return False
    return any(t.lemma_.lower() in SPEECH_NOUNS and t.i - sent.start < 3 for t in sent) and \
        any(t.lower_ in AGENT_MARKS and t.dep_ in ("prep", "agent") for t in sent)


def date_before_when(head, dated_tokens: set[int]) -> int | None:
    """"since April 22nd, when gunmen massacred 26 tourists": a "when" clause right after a date phrase,
    which the parser may hang on the main verb instead of on the date (an adverbial clause), tells what
    happened that day; the date phrase's last token, else None."""
    first = head.left_edge
    if head.dep_ != "advcl" or first.lower_ not in WHEN_WORDS or first.head.i != head.i:
        return None
    before = first.i - 1
    while before >= 0 and head.doc[before].is_punct:
        before -= 1
    return before if before in dated_tokens else None


def presented_words(doc) -> set[int]:
    """The tokens of each paragraph that follows a line presenting words ("Prime Minister Keir Starmer
    said:", see `introduces_words`)."""
    text = nlp.doc_text(doc)
    out: set[int] = set()
    for sent in doc.sents:
        if not (introduces_words(sent, text) and any(t.pos_ in ("VERB", "AUX") for t in sent)) \
                and not names_a_statement(sent, text):
            continue
        start = text.find("\n", sent.end_char - 1)
        if start < 0:
            continue
        nxt = re.search(r"\S", text[start:])
        if nxt is None:
            continue
        start += nxt.start()
        while True:   # a quotation told over several paragraphs opens each of them with a mark
            end = BLANK_LINE.search(text, start)
            stop = end.start() if end else len(text)
            span = doc.char_span(start, stop, alignment_mode="expand")
            if span is not None:
                out.update(t.i for t in span)
            if end is None or not PARAGRAPH_QUOTE.match(text, end.end()):
                break
            start = end.end()
    return out


PARAGRAPH_QUOTE = re.compile("[\"\u201c]")
OFFICE_TITLES = lang.words("words.tsv")["speaker_label_titles"]


def unattributed_quotes(doc, quoted: set[int], people: set[int] = frozenset()) -> set[int]:
    """The tokens of the quotations of paragraphs that open with a quotation mark and present no one saying
    them ("“We call on the Burkinabe military to ... ¶ “We ask all actors ...": a government's statement
    printed as one long quotation, each paragraph opening with a mark): a run of such paragraphs none of
    which has a verb of saying outside the marks, after a paragraph that presents no one (neither a line "X
    said:", which `presented_words` reads, nor a person named: "Minister X has condemned the attack ...", the
    tokens of `people`, the parser's persons, or an office title: "Minister for the Middle East ...").
    `quoted`: the tokens inside quotation marks."""
    text = nlp.doc_text(doc)
    paragraphs = []   # (start, stop) of each paragraph
    at = 0
    for m in BLANK_LINE.finditer(text):
        paragraphs.append((at, m.start()))
        at = m.end()
    paragraphs.append((at, len(text)))
    out: set[int] = set()
    run: list = []    # the token spans of the current run of paragraphs opening with a mark
    presented = attributed = False
    for start, stop in paragraphs + [(len(text), len(text))]:   # (an empty paragraph closes the last run)
        opens = PARAGRAPH_QUOTE.match(text[start:stop].lstrip())
        if not opens:
            if run and not presented and not attributed:
                out.update(t.i for span in run for t in span if t.i in quoted)
            run, attributed = [], False
            # (presented by a line ending "said:", or by a paragraph naming a person: "Minister for the Middle East
            # Alistair Burt has condemned the attack ... ¶ “I condemn ...": the minister's words)
            before = doc.char_span(start, stop, alignment_mode="expand") if start < stop else None
            presented = text[start:stop].rstrip().endswith(":") or (
                before is not None and any(t.i in people or t.ent_type_ == "PERSON" or t.lower_ in OFFICE_TITLES for t in before))
            continue
        span = doc.char_span(start, stop, alignment_mode="expand")
        if span is None:
            continue
        run.append(span)
        attributed = attributed or any(t.i not in quoted and t.lemma_.lower() in SAYING_VERBS and t.pos_ == "VERB" for t in span)
    return out


WHEN_WORDS = lang.words("words.tsv")["day_relative_words"]


def new_nouns(sent, lemmas: list[str]) -> set[str]:
    """The common nouns a sentence brings in ("targeted a compound")."""
    return {lemmas[t.i] for t in sent if t.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in t.children)}


def known_nouns(sent, lemmas: list[str]) -> set[str]:
    """The common nouns a sentence names as known ("the compound")."""
    return {lemmas[t.i] for t in sent if t.pos_ == "NOUN" and definite(t)}


REACTION_CATEGORIES = lang.words("words.tsv")["reaction_categories"]


def reacted_to(event: Event, clause: Clause, told: list, taxonomy, lemmas: list[str]) -> Event:
    """The event with the doers of the act it reacts to as its targets: its object is an act noun that
    names an act of the article told before ("condemned the seizure", "denounced the strikes"), whose
    row has doers; the event unchanged otherwise."""
    for tok in clause.head.children:
        if tok.dep_ not in ("dobj", "obj") or tok.pos_ != "NOUN" or not definite(tok):
            continue
        trigger = taxonomy.match(lemmas, tok.i)
        if trigger is None or trigger.category in REACTION_CATEGORIES or trigger.weak:
            continue
        word = lemmas[tok.i]
        earlier = next((e for e, r, w in reversed(told) if not r and e.source_actors and e.category == trigger.category
                        and any(same_word(word, part) for part in w.split())), None)
        if earlier is None:
            continue
        doers = tuple(n for n in earlier.source_actors if n not in event.source_actors)
        if doers:
            return replace(event, target_actors=doers, actors=tuple(dict.fromkeys(event.actors + doers)))
    return event


def commented_killing(clause: Clause, taxonomy, lemmas: list[str]):
    """The killing a comment is about, named by its object noun ("condemned the killing of its staff
    member"), or None."""
    for tok in clause.head.children:
        if tok.dep_ in ("dobj", "obj") and tok.pos_ == "NOUN":
            trigger = taxonomy.match(lemmas, tok.i)
            if trigger is not None and trigger.category == taxonomy.casualties_category:
                return tok
    return None


def date_phrases(doc, tagged) -> tuple[list, dict, dict]:
    """The article's date phrases (timex, tokens, days), its distances between two events ("two days
    after") and its distances from the story's day ("24 hours later"). Durations reckoned back from
    now ("over the past 24 hours", "in recent weeks", "over the last six months") date what went on
    in them, up to half a year (longer ones, "in recent years", place nothing)."""
    timexes = [t for t in tagged if t.type in DATE_TYPES or (
        t.type == "DURATION" and t.window is not None and (t.window[1] - t.window[0]).days <= WINDOW_DAYS)]
    return timex_spans(doc, timexes), offset_durations(doc, tagged), later_offsets(doc, tagged)


def first_person_paragraph(doc, start: int, end_char: int, quoted: set[int]) -> bool:
    """Whether the paragraph from token `start` to character `end_char` speaks in the first person
    ("I", "we", "my", "our") outside any quotation: the voice of whoever spoke the paragraph before."""
    for tok in doc[start:]:
        if tok.idx >= end_char:
            return False
        if tok.i not in quoted and tok.pos_ == "PRON" and tok.lower_ in FIRST_PERSON | FIRST_PERSON_PLURAL | FIRST_PERSON_POSSESSIVES:
            return True
    return False


def verbless(sent) -> bool:
    return not any(t.pos_ in ("VERB", "AUX") for t in sent)


def self_told(clause: Clause, mention_at: dict, publisher: str | None) -> bool:
    """"We are consulting with ...", "The UK has issued a statement" in the UK's own release: the one
    who publishes tells what it does itself, on the day it publishes."""
    for subj in (c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.lower_ in FIRST_PERSON:
            return True
        mention = mention_at.get(subj.i)
        if publisher is not None and mention is not None and mention.canonical == publisher:
            return True
    return False


def details_told_act(item, found: list, sent, row: Event, introduced: set[str], taxonomy, lemmas: list[str]) -> bool:
    """Whether a plain saying, the only event of its sentence and on no day of its own, tells more of
    the physical act (force, deployment, killing) the article has just told: what it says names as known
    a thing that act's scene brought in ("the ship", "the targets") or the act itself by its noun ("the
    strikes"). Such a saying sources details of the act ("Most of the targets were near the coast,
    Gortney said"); it is no statement of its own. What a speaker says of their own side or of what may
    come (a first person, a modal) is their own say."""
    clause = item.clause
    if not clause.weak or len(found) != 1 or item.dated.basis == "explicit" or not physical_act(row.category, taxonomy):
        return False
    if not plain_saying(clause.head, SAYING_VERBS):
        return False   # "A statement was issued ...", "The Supreme Court has stated that ...": a saying done as an act
    said = said_words(clause, sent)
    if any(t.tag_ == "MD" or (t.pos_ == "PRON" and t.lower_ in FIRST_PERSON | FIRST_PERSON_PLURAL) for t in said):
        return False   # "Russia's future targets could include ...", "We have carried out this operation to ...": the speaker's own say
    known = [t for t in said if t.pos_ == "NOUN" and definite(t)]
    return bool({lemmas[t.i] for t in known} & introduced) or any(
        (trigger := taxonomy.match(lemmas, t.i)) is not None and trigger.category == row.category for t in known)


def act_since(prep, dated_tokens: set[int]) -> bool:
    """"since seizing it in September 2014": a "since" phrase whose verb tells an act with a date of
    its own names that act, not the background a state began from."""
    return any(c.dep_ == "pcomp" and c.tag_ == "VBG" and any(t.i in dated_tokens for t in c.subtree)
               for c in prep.children)


def physical_act(category: str | None, taxonomy) -> bool:
    """A category of physical acts (force, deployment) or of killing: what a round-up's days are made of."""
    return category in GOES_ON_CATEGORIES or category == taxonomy.casualties_category


def introduces_list(sent, text: str) -> bool:
    """A sentence ending with a colon right before a paragraph that opens with a list mark."""
    if not sent.text.rstrip().endswith(":"):
        return False
    rest = text[sent.end_char:sent.end_char + 40].lstrip()
    return rest[:1] in BULLET_MARKS


def list_intro(sent) -> bool:
    """A line with no verb that ends with a colon ("In other operations today:", "During operations
    today:"): it introduces the list that follows and tells no event itself."""
    return sent.text.rstrip().endswith(":") and verbless(sent)


def listed_day(sent_spans: list, article) -> Dated | None:
    """The one past or present day a list's introduction names, as the day of what it lists."""
    days = {(start, end) for (t, _s, _e, (start, end)), _root in sent_spans if start == end <= article.published}
    if len(days) != 1:
        return None
    (day, _), = days
    (t, _s, _e, _iv), _root = next(sp for sp in sent_spans if sp[0][3][0] == day)
    return Dated(day, day, "day", t.text, "explicit", f"'{t.text}' introduces the list that follows → {day.isoformat()}",
                 t.start, t.end)


def subheading(sent, text: str) -> bool:
    """A line of its own with no verb and no closing punctuation ("Strikes in Syria", "Military aid"):
    a subheading of the page, no sentence of the story. The parser may cut such a line in two
    ("Press" / "Statement"): the line is judged whole."""
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.start_char)
    end = len(text) if end < 0 else end
    line = sent.doc.char_span(start, len(text[:end].rstrip()), alignment_mode="expand")
    if line is None or not text[start:end].strip():
        return False
    words = [t for t in line if not t.is_space]
    if words and words[0].lemma_.lower() in SPEECH_NOUNS and any(t.lower_ == "by" for t in words[1:4]) \
            and any(t.lower_ == "at" for t in words[3:]):
        # "Statement by Ambassador James Kariuki at the UN Security Council meeting on Kosovo": the statement,
        # given on an occasion ("Statement by the Department of Defense" only heads the page)
        return False
    return verbless(line) and text[start:end].rstrip()[-1:].isalnum()


def goes_on_the_day(narrative, sent, published, taxonomy, lemmas: list[str]) -> bool:
    """Whether a new paragraph goes on with the past day the story was on: a round-up of "operations
    yesterday" (or "In fighting July 7 near Diwaniyah", "killed in two combat operations on Oct. 21")
    tells each of them in a paragraph of its own, its first sentence in the simple past (active or
    passive), with no date, whose verb is a physical act or a killing or which names an act of force
    ("Coalition and Afghan forces killed four militants in Helmand province's Nahr Surkh district."),
    when the day was that of such an act. A paragraph of words ("The president thanked the troops."),
    and any paragraph after a story of words (a meeting that day) or of more than a day, starts its own story."""
    if narrative is None or narrative.granularity != "day" or narrative.start != narrative.end \
            or (published - narrative.start).days < 1:
        return False
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        # "Near Rawah, a strike destroyed an ISIL bunker.": the parser may make the place the root and
        # the verb a modifier of its subject; the sentence's verb is its first one
        root = next((t for t in sent if t.pos_ == "VERB"), root)
    if root.tag_ != "VBD" and not (root.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD"
                                                              for c in root.children)):
        return False   # the simple past, active or passive ("Several militants were killed ...")
    verb = taxonomy.match(lemmas, root.i)
    if verb is not None and physical_act(verb.category, taxonomy):
        return True   # "killed four militants ..."
    # "found a weapons cache ...", "several Israeli strikes were reported ...": an act of force named in it
    words = (taxonomy.match(lemmas, t.i) for t in sent if t.pos_ in ("VERB", "NOUN"))
    return any(o is not None and o.category == taxonomy.killing_act for o in words)


def extract_article(article, doc=None) -> list[Event]:
    """The events one article reports, unmerged (sources_count 1), in text order."""
    if doc is None:
        doc = nlp.parse(pipeline(), paragraphed(article.text))
    text = nlp.doc_text(doc)   # the text as read (paragraphed): the tagger's offsets are the doc's
    taxonomy = load_taxonomy()
    plover = load_plover()
    modality = load_modality()
    tagged = timex.tag(text, article.published)
    spans, offsets_at, later_at = date_phrases(doc, tagged)
    filed = dateline(doc)   # "CARACAS, Venezuela (AP) —": where the story was filed, no place of its events

    # "a UN compound in March": a name inside a date is the month, not the town of that name (the
    # tagger's dates, not the parser's, which calls "Manbij" a date)
    timed = {i for _t, s, e, _iv in spans for i in range(s, e)}

    def places_of_events(*context) -> list:
        return [p for p in find_places(doc, *context) if not filed[0] <= p.start < filed[1]
                and not all(i in timed for i in range(p.start, p.end))]

    place_mentions = places_of_events()
    countries = {p.place.name for p in place_mentions if p.place.kind == "country"}
    if countries:   # the countries the article names settle which "Valencia" it means
        place_mentions = places_of_events(countries)
    mentions = find_mentions(doc, place_mentions=place_mentions, publisher=article.source or "")
    place_starts = [p.start for p in place_mentions]   # in text order: a sentence's places by bisection
    place_tokens = {i for p in place_mentions for i in range(p.start, p.end)}
    mention_at: dict[int, object] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            mention_at[i] = m
    # Words of names are no trigger words ("Ford carrier strike group"); descriptions may be ("the carrier").
    blocked = {i for i, m in mention_at.items() if not m.nominal}
    lemmas = [t.lemma_.lower() for t in doc]
    blocked |= idiom_tokens(lemmas)   # "is in charge", "free of charge": no indictment
    for _t, s, e, _iv in spans:
        blocked.update(range(s, e))
    frame = speech_frame(doc, spans, article)   # the article is the words of a statement said that day
    # where the words said begin, after any further line introducing them ("An FCDO spokesperson yesterday said:")
    said_from = frame.words_start(text) if frame is not None else 0
    if frame is not None and frame.said and frame.day != article.published:
        # the words of the statement are reckoned from the day they were said ("On Friday night, Russia
        # struck ..." in a statement given on Thursday 29 May is 23 May, whenever the page was published);
        # the lines introducing them from publication
        said = [t for t in timex.tag(text, frame.day) if t.start >= said_from]
        tagged = [t for t in tagged if t.start < said_from] + said
        spans, offsets_at, later_at = date_phrases(doc, tagged)
        for _t, s, e, _iv in spans:
            blocked.update(range(s, e))
    publisher = publisher_state(article.source or "")   # the state whose government published the article, else None
    quoted = quoted_words(doc, own_transcript=publisher is not None)
    quotes = nlp.quotations(doc)
    quoted_tokens = {t.i for q in quotes for t in q}   # the tokens inside quotation marks
    if frame is not None:
        # the words of the statement itself, even quoted whole ("An FCDO spokesperson yesterday said: “The
        # UK calls for ...”"), are the statement's acts, not words reported by someone else
        first = frame.start_token(doc)
        quoted = {i for i in quoted if i < first}
    else:
        # the paragraph after a line presenting it ("Secretary Kerry said:") is a statement's own words,
        # quoted whole or not: its acts are the statement's ("“We call on Russia to end its support ...”")
        quoted -= presented_words(doc)
    own_words = unattributed_quotes(doc, quoted_tokens, {i for i, m in mention_at.items() if m.kind == "PERSON"}) \
        if publisher is not None else set()
    quoted -= own_words   # a government's release quoting no one: its own statement, its acts the statement's
    blocked |= quoted   # quoted speech: the speaker's words, not rows of the timeline
    modal_nouns = modality.nouns()
    subject_at = [t.i for t in doc if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
                  and t.pos_ in ("NOUN", "PROPN") and t.lower_ not in ELLIPTICAL_SUBJECTS]
    earlier_subjects = (subject_at, [lemmas[i] for i in subject_at])

    told: list[tuple[Event, bool, str]] = []   # each row, whether it names an event told before, its event word
    told_in: list[int] = []                     # the paragraph each row was told in
    dates: list[Dated] = []               # how each row of `told` was dated
    starts: dict[str, int] = {}           # each row's sentence (its first token)
    spots: list[tuple[int, object]] = []  # the places of sentences that made no row (in_story_country)
    forces: set[str] = set()   # rows whose doer is a country's own forces named with no country (in_story_country)
    narrative: Dated | None = None
    narrative_of_act = False   # whether the narrative day is that of a physical act (a round-up's "operations yesterday")
    list_day: Dated | None = None   # the day a list's introduction gave its items ("In other operations yesterday:")
    speaker, speakers = None, []
    opening_speakers: tuple[tuple[str, ...], set[str]] = ((), set())   # who says a statement, and its venue
    if frame is not None:
        speakers = speakers_of_frame(mentions, frame, doc)
        speaker = speakers[0] if speakers else None
        opening_speakers = frame_speakers(doc, mentions, frame, speakers)
        if speaker is not None:   # "We urge the parties ...": the state or organisation that speaks
            # (and "I call on all sides ...", when the one presented speaking is a person: "Speaking this
            # morning, William Hague, the Foreign Secretary said:")
            one_person = speaker.kind == "PERSON" and len({m.canonical for m in speakers if m.kind == "PERSON"}) == 1 \
                and " " in speaker.canonical
            voice = FIRST_PERSON_PLURAL | (FIRST_PERSON_SINGULAR if one_person else frozenset())
            for tok in doc[frame.start_token(doc):]:
                if tok.lower_ in voice and tok.pos_ == "PRON" and tok.i not in mention_at:
                    mention_at[tok.i] = replace(speaker, start=tok.i, end=tok.i + 1, text=tok.text, nominal=True)
    if publisher is not None and (frame is None or speaker is None):
        # "We unequivocally condemn ...", "we call on Israel ..." in a government's own release, no speaker
        # presented: the government that publishes speaks (not in the words it quotes of others)
        for tok in doc:
            if tok.lower_ in FIRST_PERSON_PLURAL and tok.pos_ == "PRON" and tok.i not in mention_at \
                    and (tok.i not in quoted_tokens or tok.i in own_words):
                mention_at[tok.i] = Mention(tok.i, tok.i + 1, tok.text, publisher, "GPE", True)
    # paragraphs: blank lines, and a line ending with a colon ("David Cameron said:⏎I call on ..."): what follows
    # it is another paragraph, the words it introduces
    breaks = [m.start() for m in PARAGRAPH_BREAK.finditer(doc.text)]
    # captions and credit lines ("FILE PHOTO: ...", "(Reporting by ...)") are no part of the story
    # and neither is a broadcaster announcing its programme ("We’ll have more on this story later")
    off_story = [(m.start(), m.end()) for pattern in (NON_STORY_LINE, BROADCAST_PROMO) for m in pattern.finditer(text)]
    paragraph = cursor = 0
    introduced: set[str] = set()   # the nouns the current paragraph brought in ("a compound")
    introducer: tuple[str, ...] = ()   # who a paragraph ending "... said:" presents as speaking next
    speaking: tuple[str, ...] = ()     # who speaks in the current paragraph, so presented
    release_speaker: tuple[str, ...] = ()   # the person a government's release last told speaking ...
    release_day: Dated | None = None   # ... and the day it was told speaking on, when its sentence gives one
    spoken_for_release = False   # whether `speaking` is that person, by the release's first person
    first_person_read = False   # ... in the third person, before any words in the first person (a transcript's
    # "SECRETARY KERRY: ... Lavrov and I": the "I" is no one the release told speaking)
    spans.sort(key=lambda sp: sp[1])
    interval_at = {t.start: iv for t, _s, _e, iv in spans}   # char offset of a time expression -> its days
    first_sentence = next((s.start for s in doc.sents if any(t.is_alpha for t in s)), 0)
    doer_nouns: set[str] = set()      # the common nouns the sentences read so far had as a subject
    earlier_doers: set[str] = set()   # ... those of the sentences before the current one
    story_day: Dated | None = None   # the last day the story was on, whatever paragraph
    for sent in doc.sents:
        told_before = len(told)
        story_day = narrative or story_day
        if any(a <= sent.start_char < b for a, b in off_story) or subheading(sent, text) \
                or not any(t.is_alpha for t in sent):
            continue   # (a bullet's dash read as a sentence of its own: the paragraph opens with what follows)
        here = bisect.bisect_right(breaks, sent.start_char)
        if here != paragraph:
            first_person_read = first_person_read or bool(speaking)
            # who said the words of this paragraph ("X said:" before it, or before the paragraphs of one
            # quotation it goes on)
            # (or goes on in the first person: "David Cameron said: ¶ I call on ... ¶ I urge ...")
            # (or goes on in the first person anywhere outside quotation marks: "Once again, so many lives
            # lost. ... I commend the brave men and women ...")
            if introducer or not (PARAGRAPH_QUOTE.match(text, sent.start_char) or speaking and first_person_paragraph(
                    doc, sent.start, breaks[here] if here < len(breaks) else len(text), quoted_tokens)):
                speaking = introducer
            if not speaking and publisher is not None and sent[0].lower_ in RELEASE_SPEAKER_PRONOUNS \
                    and not PARAGRAPH_QUOTE.match(text, sent.start_char):
                # "The Foreign Secretary Dominic Raab yesterday condemned ... ¶ I condemn these latest attacks":
                # in a government's release, a paragraph in the first person, presented by no one, is the
                # words of the person the release last told speaking
                speaking = release_speaker
                spoken_for_release = True
            elif introducer or speaking != release_speaker:
                spoken_for_release = False
            introducer = ()
            # the narrative time does not cross paragraphs, unless the new one opens by going on from
            # the last ("Later in the same area, insurgents fired ...") or by naming again, as known,
            # what the last one brought in ("... targeted a compound ... ¶ A search of the compound
            # revealed ..."): the same scene
            # (a thing, not an event: "the ceasefire deal" is named again on any later day)
            bullet = text[text.rfind("\n", 0, sent.start_char) + 1:sent.start_char + 1].lstrip()[:1] in BULLET_MARKS
            if list_day is not None and bullet:
                narrative = list_day   # an item of the list a line "In other operations yesterday:" opened
            elif sent[0].lower_ not in CONTINUATION_OPENERS and not {
                    n for n in introduced & known_nouns(sent, lemmas) if taxonomy.match([n], 0) is None} \
                    and not (narrative_of_act and goes_on_the_day(narrative, sent, article.published, taxonomy, lemmas)):
                narrative = None
            if not bullet:
                list_day = None
            paragraph = here
            if narrative is None:
                introduced = set()   # (while the story goes on, what it brought in stays known)
        introduced |= new_nouns(sent, lemmas)
        if publisher is not None and not first_person_read:   # (only a government's release has a release speaker)
            first_person_read = any(t.lower_ in RELEASE_SPEAKER_PRONOUNS and t.pos_ == "PRON" for t in sent)
        earlier_doers = doer_nouns
        doer_nouns = doer_nouns | {lemmas[t.i] for t in sent if t.pos_ == "NOUN" and t.dep_ == "nsubj"}
        while cursor < len(spans) and spans[cursor][1] < sent.start:
            cursor += 1
        upto = cursor
        while upto < len(spans) and spans[upto][1] < sent.end:
            upto += 1
        # "the deadliest attack on the city this year": the span a record is reckoned over dates nothing
        # (but "the second airstrike ... after Thursday's attack": the event it is ranked after has its own day)
        ranked = {t.i for tok in sent if record(tok) and lemmas[tok.i] in taxonomy.event_nouns for t in tok.subtree
                  if not any(a.dep_ == "relcl" and tok.is_ancestor(a) for a in (t, *t.ancestors))
                  and not any(a.dep_ == "pobj" and a.head.lower_ in OFFSET_MARKS and lemmas[a.i] in taxonomy.event_nouns
                              and tok.is_ancestor(a) for a in (t, *t.ancestors))}
        sent_spans = [(sp, doc[sp[1]:sp[2]].root.i) for sp in spans[cursor:upto]
                      if not vague_distance(doc, sp) and doc[sp[1]:sp[2]].root.i not in ranked]
        sent_places = place_mentions[bisect.bisect_left(place_starts, sent.start):
                                     bisect.bisect_left(place_starts, sent.end)]
        if list_intro(sent):
            # "In other Afghanistan operations yesterday:": no event, but the day of the acts it lists
            intro_day = listed_day(sent_spans, article)
            list_day = intro_day
            if intro_day is not None:
                narrative, narrative_of_act = intro_day, any(
                    (m := taxonomy.match(lemmas, t.i)) is not None and m.category in GOES_ON_CATEGORIES for t in sent)
            continue
        clauses = sentence_clauses(sent, {root for _sp, root in sent_spans}, taxonomy.event_nouns, taxonomy.act_nouns)
        if (frame is not None and sent.start <= frame.intro[0] < sent.end) or (
                frame is None and sent.start == first_sentence and lemmas[sent.start] in SPEECH_NOUNS):
            # "... at the UN Security Council meeting on Yemen": that meeting (an opening line naming the
            # statement, with a day or not: "Statement by Ambassador X ... at the UN Security Council meeting on ...")
            clauses += venue_meetings(sent, clauses)
        dated_tokens = {i for (_t, s, e, _iv), _root in sent_spans for i in range(s, e)}
        # the words of a date that spans a season or more ("In the whole of 2021", "This year alone"): a count of
        # events told over it is a tally
        long_dated = {i for (_t, s, e, (a, b)), _root in sent_spans if (b - a).days >= TALLY_SPAN_DAYS for i in range(s, e)}
        # "since Friday, when Trump called on Israel to halt its strikes": a relative clause on a date
        # tells what happened that day
        on_a_day = {t.i for c in clauses if c.head.dep_ == "relcl" and c.head.head.i in dated_tokens
                    for t in c.head.subtree}
        since_preps = [prep for prep in sent if prep.lower_ == "since" and not act_since(prep, dated_tokens)]
        since_words = {t.i for prep in since_preps for t in prep.subtree} - on_a_day
        # An undated relative clause is background ("the networks that Washington blames for ...",
        # "groups it has labelled terrorist organizations"): its words trigger nothing.
        background = blocked.union(*(range(t.left_edge.i, t.right_edge.i + 1) for t in sent
                                     if t.dep_ == "relcl" and not reaction_in_relative(t) and not any(
                                         i in dated_tokens for i in range(t.left_edge.i, t.right_edge.i + 1))))
        # "has governed since the death of Chávez": what a "since" phrase names is where a state began;
        # "amid a military build-up", "amid threats of escalation": what an "amid" phrase names is the
        # background of the clause, unless it carries a date of its own
        background |= {t.i for prep in since_preps if prep.dep_ == "prep" for t in prep.subtree if t.i != prep.i}
        background |= {t.i for prep in sent if prep.lower_ in BACKGROUND_PREPOSITIONS and prep.dep_ == "prep"
                       and not any(t.i in dated_tokens for t in prep.subtree)
                       for t in prep.subtree if t.i != prep.i}
        background -= on_a_day - blocked
        for clause in clauses:
            choose_trigger(clause, taxonomy, lemmas, background, dated_tokens - since_words, modal_nouns)
            labelled_act(clause, taxonomy, lemmas)   # "called the attacks “an act of war”": an accusation
            quote_accuses(clause, quotes, taxonomy, lemmas)   # 'wrote on X: “... cross an unacceptable line.”': an accusation
            judged_act(clause, taxonomy, lemmas, quoted)   # "Threats against aid workers are unacceptable": an accusation
            weapons_launched(clause, taxonomy, lemmas)   # "Ukraine launched 117 drones": an attack
            crowd_dispersed(clause, taxonomy, lemmas)   # "police dispersed a small mob of monks": force on them
            people_handed_back(clause, taxonomy, lemmas)   # "Israel has returned the remains of 45 Palestinians"
            dead_found(clause, taxonomy, lemmas)   # "the bodies of 27 children were found in the rubble"
            captives_taken(clause, taxonomy, lemmas)   # "Hamas took 250 hostages"
            territory_taken(clause, taxonomy, lemmas, place_tokens, background)   # "the rebels have taken the airport"
            media_closed(clause, taxonomy, lemmas, background)   # "the coup has shut down state radio and television"
            power_taken(clause, taxonomy, lemmas, background)   # "Sudan's military took power in April": a coup
            armed_retreat(clause, taxonomy, lemmas, background)   # "ISIL fighters seem to have fled without a fight"
            weapons_found(clause, taxonomy, lemmas)   # "a search of the compound revealed AK-47 assault rifles"
            message_sent(clause, taxonomy, lemmas)   # "sent a clear message to Iranian-backed groups": a warning
            refusal_warned(clause, taxonomy, lemmas)   # "America will not tolerate attacks": a warning
            readiness_warned(clause, taxonomy, lemmas)   # "We remain prepared to take further measures": a warning
            consequences_warned(clause, taxonomy, lemmas)   # "will bring serious consequences for Russia": a warning
            clip_introduced(clause, taxonomy, lemmas)   # "This is President Maduro speaking yesterday": a statement
            statement_that_acts(clause, taxonomy, lemmas)   # "joined 11 countries in a statement warning ...": a warning
            responsibility_claimed(clause, taxonomy, lemmas)   # "claimed responsibility for the attack": its doer
            concern_expressed(clause, taxonomy, lemmas)   # "The UK remains concerned by restrictions": a disapproval
            point_stressed(clause, taxonomy, lemmas)   # "The Secretary emphasized the importance of ...": a statement
            made_clear(clause, taxonomy, lemmas)   # "My Foreign Secretary made our view clear last night": a statement
            document_released(clause, taxonomy, lemmas)   # "the ministry released its annual report": a statement
            rallied_behind(clause, taxonomy, lemmas)   # "European countries have rallied behind the U.S.": support
            deadline(clause, taxonomy, lemmas)
            event_begun(clause, taxonomy, lemmas)   # "the ceasefire that went into effect on October 10": the ceasefire
            act_reported(clause, taxonomy, lemmas)   # "Several Israeli strikes were reported across the Gaza Strip": the strikes
            space_entered(clause, taxonomy, lemmas)   # "a drone flew 10km into national territory": an incursion
            overflight(clause, taxonomy, lemmas)   # "U.S. fighter jets flew over the Gulf of Venezuela"
            ordered_to(clause, taxonomy, lemmas, place_tokens)   # "ordered the carrier strike group to the Caribbean"
            if clause.trigger is not None:
                killing_as_act(clause, taxonomy, lemmas, background)
                space_violation(clause, taxonomy, lemmas)   # "the violation of Poland's airspace": an incursion
        named_act(clauses, taxonomy, lemmas)
        for clause in clauses:
            if unlisted_act(clause, taxonomy, lemmas, mention_at, background | quoted):   # "soldiers sacked a bomb cell"
                space_violation(clause, taxonomy, lemmas)   # "Russia breached NATO airspace": an incursion
        for clause in clauses:
            if what_an_act_hit(clause, dated_tokens):   # "Among sites hit was a mosque": the act told again
                clause.retold = True
        fold_reporting(clauses)
        mark_demands(clauses, sent, quoted, mention_at, frame, speakers,
                     speaking or ((publisher,) if publisher is not None and frame is None else ()))   # "Russia must end its war", said by someone
        for clause in clauses:   # "urged the parties to avoid escalation": the urging is the event, not what it asks
            if clause.trigger is not None and asked_clause(clause, taxonomy, lemmas):
                clause.dropped = True
                if clause.reporter is not None:
                    clause.reporter.dropped, clause.reporter = False, None
        for clause in clauses:
            if clause.trigger is not None and victims_backdrop(clause, taxonomy.toll_of):
                clause.dropped = True   # "shot her son while he was seeking aid": what the victim was doing
            elif clause.trigger is not None:
                person_called(clause, taxonomy, mention_at)   # "Rubio called President Tshisekedi": a call
            if not clause.dropped:
                agreement_broken(clause, taxonomy)   # "Israel broke the ceasefire": a rejection, no agreement
        # An adverbial clause that is no event of its own ("Speaking to reporters on Sunday, ...")
        # dates the clause it modifies, after that clause's own words.
        adjuncts: dict[int, list[Clause]] = {}
        for c in clauses:
            if c.parent is not None and (
                    (c.head.dep_ == "advcl" and (c.trigger is None or c.dropped or c.weak))
                    or (c.head.dep_ in ("relcl", "acl") and c.trigger is None
                        and taxonomy.match(lemmas, c.head.head.i) is None)):
                # (a relative clause telling no event, on a noun that names none, may hold the date the tagger
                # hung in it: "plans to designate the cartel, which it says is led by Maduro, a terrorist
                # organization in the coming days"; "a truce that took effect a week ago" dates the truce)
                adjuncts.setdefault(id(c.parent), []).append(c)
        found: list[Found] = []   # the events of this sentence
        tallies: list[Clause] = []
        # "We will continue to work with our partners": a stance restated, no event, nor are the weak
        # clauses it holds ("... the GNA as it works to address ..."); a saying beside it keeps its row
        stances = [c for c in clauses if c.trigger is not None and kept_up_stance(c, dated_tokens)]
        kept = {id(c) for c in stances} | {
            id(c) for c in clauses if c.trigger is not None
            and (c.weak or c.category == "statement" or c.head.lemma_.lower() in KEPT_STANCE_VERBS)
            and any(nested_in(c, k) for k in stances)}   # ("... and support Somalis in their quest ...")
        strong_parents = {id(c.parent) for c in clauses if c.trigger is not None and not c.weak and id(c) not in kept
                          and not c.dropped and c.parent is not None and not c.named_in_passing
                          and c.head.pos_ != "NOUN"   # "called for an inquiry into the September 2 attack": two events
                          and c.head.dep_ != "acl"   # "call for the release of the policemen detained on 14 June": two
                          and not act_beside(c)   # "promised retaliatory measures when it summoned the envoy": two
                          and not condition(c) and not meanwhile(c) and not infinitive_clause(c)}
        # ("called for annexation if Hamas refuses", "declared the city a combat zone as it ramps up its
        # offensive": the saying is an event beside the condition or the act going on; "visits Pakistan to
        # welcome the ceasefire": the visit is the event, the purpose is none)
        for clause in clauses:
            if clause.trigger is None or clause.dropped:
                continue
            if clause.weak and id(clause) in strong_parents:
                continue  # a comment on a reported action: the action is the event
            if negated(clause):
                continue  # "did not comment", "has not confirmed": nothing happened
            if clause.category != taxonomy.threat_category and repeated_to_now(clause, dated_tokens):
                continue  # "The UK has repeatedly condemned the violence": a record of many acts, no event of a day
                # (a threat so told stands: "Trump has repeatedly warned that the U.S. would intervene")
            if habitual_saying(clause, taxonomy, lemmas):
                continue  # "Israel continues to claim without evidence that ...": a saying kept up, no event
            if id(clause) in kept:
                continue  # "We will continue to work with our partners": a stance restated, no event
            if courtesy(clause):
                continue  # "Thank you.": the speaker thanking the audience
            if cargo_moves(clause, taxonomy, lemmas, mention_at):
                continue  # "the bodies arrived with their hands cuffed": no force moved
            if condition(clause):
                continue  # "if Israel attacks again": a condition, not an event
            if bare_list_item(clause):
                continue  # "...; embargo the export of arms to Iran; ...": an item of a list, no act done
            if infinitive_clause(clause):
                continue  # "sent to the Caribbean to disrupt drug shipments": a purpose
            if clause.weak and announces_told_event(clause, taxonomy, lemmas, dated_tokens):
                continue  # "the order was announced the same day ...": the order is the event, told already
            if running_tally(clause, since_words, dated_tokens, long_dated) or any(nested_in(clause, tally) for tally in tallies) and not any(
                    t.i in dated_tokens and t.i not in since_words for t in clause.tokens) and not told_at_another_time(clause):
                # (an act within the tally told with a day of its own is that day's act: "has assassinated nine
                # scientists since Friday, including the intelligence chief, who was killed on Sunday"; so is one
                # told as what came before or after it: "carried out 800 strikes since March 15 after Houthi
                # fighters vowed to resume targeting ships")
                tallies.append(clause)
                continue  # "has carried out 21 strikes since September, killing 83": a tally of events told one by one
            if noun_content(clause, dated_tokens):
                continue  # "fears that the build-up is a prelude to an invasion": what is feared, not what happened
            if reporter_credit(clause):
                continue  # "As Derek Kilner reports from Nairobi, ...": who files the story, no event of it
            if commentary(clause, modality, earlier_subjects):
                continue  # "analysts said ...", "..., though they cautioned ...": commentary, not an event of the story
            if question_put(clause):
                continue  # "VOA asked the NSC whether Biden had been briefed": a question, no request
            if embedded_question(clause) or (clause.reporter is not None and has_neg(clause.reporter.head)):
                continue  # "did not say what the US would demand": a question left open, nothing reported
            if gloss(clause):
                continue  # "..., confirming a major escalation", "..., alleging ...": a gloss on the main clause
            if standing_aim(clause, dated_sentence=bool(sent_spans)):
                continue  # "al-Shabab is trying to overthrow the Somali government": a side's aim, background
            if kind_described(clause):
                continue  # "Attacks in Burkina Faso were relatively rare": a kind of event described, no event
            spans_here = sent_spans
            # a relative or "when" clause with a date phrase of its own keeps it ("until this year, when fighters
            # attacked a hotel ... in January")
            own_day = clause.head.dep_ in ("relcl", "advcl") and any(
                root in {t.i for t in clause.head.subtree} for _sp, root in sent_spans)
            if own_day:
                spans_here = sent_spans
            elif clause.head.dep_ == "relcl" and clause.head.head.i in dated_tokens:
                # "since April, when Marines surrounded the city": what a time's own clause tells is of that time
                spans_here = [(sp, root) for sp, root in sent_spans if root == clause.head.head.i] or sent_spans
            elif (day_at := date_before_when(clause.head, dated_tokens)) is not None:
                # "since April 22nd, when gunmen massacred 26 tourists", the "when" clause hung on the main verb
                spans_here = [(sp, root) for sp, root in sent_spans if sp[1] <= day_at < sp[2]] or sent_spans
            elif clause.head.tag_ == "VBD" and since_words:
                # "The strike, the 21st since September, killed three": a count's starting point is no date of one act
                spans_here = [(sp, root) for sp, root in sent_spans if root not in since_words]
            dated = date_clause(clause, adjuncts, spans_here, interval_at, article, narrative, doc, frame)
            said_on = frame.day if frame is not None else article.published
            if dated.basis == "explicit" and dated.start < said_on and clause.trigger is not None \
                    and clause.trigger.i == clause.head.i and simple_present(clause) \
                    and performative(clause, mention_at, publisher is not None):
                # "We strongly condemn the huge wave of Russian missile attacks overnight", "The United
                # States condemns the launch ... on February 12": a speech act done by saying it is of the
                # day it is said; the past day is the act it names
                dated = date_clause(clause, adjuncts, [], interval_at, article, narrative, doc, frame)
            shifted = offset_date(clause, offsets_at, adjuncts, sent_spans, interval_at, article, narrative, doc)
            counted_back = shifted is not None   # "a day after Ukraine launched 117 drones": a day of its own
            if shifted is None and dated.basis in ("narrative", "publication"):
                shifted = later_date(clause, later_at, narrative)   # "Only 24 hours later, Kyiv was struck again"
            if shifted is None:
                shifted = after_a_dated_act(clause, sent_spans, dated)   # "Following a meeting on 20 July, Hunt said"
            if shifted is None:
                shifted = window_date(clause, dated)   # "days after the U.S. attacked": some days before
                if shifted is not None and shifted.end > article.published >= shifted.start and clause.head.tag_ == "VBD":
                    # "rockets were fired before the forces entered it": told as done, by the day it is told
                    shifted = replace(shifted, end=article.published,
                                      granularity=granularity_of("", shifted.start, article.published))
            if shifted is not None:
                dated = shifted  # "marched on Saturday, two days after troops fired": the firing two days earlier
                if counted_back and dated.basis == "explicit" and dated.granularity == "day" and dated.start < article.published \
                        and told_in_past(clause) and physical_act(clause.category, taxonomy):
                    # "... a day after Ukraine launched 117 drones. The attack reportedly damaged ...": the
                    # story goes on from the act so dated
                    narrative, narrative_of_act = dated, True
            elif dated.basis == "explicit" and dated.granularity == "day" and dated.start <= article.published and (
                    dated.start < article.published or told_in_past(clause)) and not sequenced(clause):
                # only a day is precise enough to carry over to later sentences; a coming day ("takes
                # effect on Nov. 24") dates what is scheduled, not the past told after it, and neither
                # does today in what is still to happen today ("to appear in federal court today")
                narrative = dated
                narrative_of_act = physical_act(clause.category, taxonomy)
            if dated.basis == "publication" and dated.start == dated.end == article.published \
                    and (told_as_recent(clause) or (publisher is None and told_in_past(clause)
                                                    and not of_the_story_day(clause, narrative or story_day, article.published))) \
                    and not self_told(clause, mention_at, publisher):
                dated = recent_days(dated, article.published)   # "Israeli strikes have killed at least 30"
            dated = told_done_after_publication(clause, dated, article.published) or dated
            status = decide_status(clause, lemmas, modality, dated, article.published, earlier_subjects)
            if status == "occurred" and any(t.pos_ == "VERB" and nears_an_event(t, taxonomy, lemmas) for t in clause.tokens):
                status = "speculative"   # "is moving closer to ordering strikes": not ordered yet
            if clause.demand_by:
                status = "occurred" if dated.start <= article.published else "planned"   # demanded when said
            if status in ("generic", "negated"):
                continue  # "such findings are normally kept secret": a rule; "declined to say": nothing told
            if clause.category == taxonomy.casualties_category and casualty_tally(clause, dated):
                continue  # "At least 300 Palestinians have starved to death": a running total
            if displaced_tally(clause):
                continue  # "Over 10 million people have already been displaced": a running total of the war's toll
            if conflict_toll(clause, dated):
                continue  # "The war in Yemen has left tens of thousands of people dead": a war's toll to now
            undated = dated.basis == "publication" or (frame is not None and not dated.text and clause.head.idx >= frame.start)
            if undated and status in ("occurred", "speculative") and not clause.demand_by and not clause.warning and present_state(clause, mention_at, publisher is not None):
                continue  # "Maduro denies any role", "the military removes that possibility": a state, no event
            if (clause.warning or clause.category == taxonomy.threat_category and clause.reporter is not None) \
                    and status == "planned" and dated.start <= article.published:
                # "will be met with force", "said anyone who breaks the agreement will be held accountable":
                # the warning is given when it is said
                status = "occurred"
            if threatened_by_author(clause, status, taxonomy, mention_at, modality) or vowed_force(clause, taxonomy) \
                    or (clause.weak and vowed_reprisal(clause)):
                clause.category = taxonomy.threat_category   # "told reporters that strikes on land could be next"
                status = "occurred" if dated.start <= article.published else "planned"
            names = clause_actors(clause, mention_at)
            if clause.weak and frame is not None and sent.end_char <= said_from + 1 \
                    and sent.text.rstrip().endswith(":"):
                continue  # "An FCDO spokesperson yesterday said:": the words that follow are the events
            if (clause.weak or clause.category == "statement") and frame is None and clause.head.dep_ == "ROOT" \
                    and introduces_words(sent, text):
                # "Prime Minister Keir Starmer said:", "The below is attributable to Spokesperson Tammy
                # Bruce:", "Spokesman Sean Parnell provided the following statement:": the paragraph that
                # follows is the speaker's, and its events are the statement
                introducer = names
                continue
            if clause.weak and not names and dated.basis in ("publication", "narrative") and anonymous_speaker(clause):
                continue  # "..., officials said": an attribution by no one named, on no day, sources a fact
            if clause.weak and dated.basis != "explicit" and opinion_said(clause, clauses, sent, taxonomy.labels):
                continue  # '"These operations are examples of our continued success," said Maj. X': an opinion
            if clause.weak and outlet_speaker(clause):
                continue  # "The Washington Post reported ...": a news outlet's report sources what it tells
            if clause.weak and lemmas[clause.trigger.i] in SOURCING_VERBS and claims_a_state(clause, clauses):
                continue  # "The Pentagon claimed the boat was carrying drugs": a claim that only sources a fact
            person_moves(clause, taxonomy, lemmas, mention_at)
            trigger_key = taxonomy.trigger_words(lemmas, clause.trigger.i, clause.trigger_len)
            clause.category = taxonomy.recategorise(clause.category, trigger_key, names)
            dated = done_by_publication(dated, status, article.published)   # "attacks this week": by today
            found.append(Found(clause, dated, status, names))
        for item in one_row_per_happening(fold_consequences(fold_casualties(fold_approach(one_per_category(found, taxonomy.act_nouns), taxonomy, lemmas),
                                                                            taxonomy), taxonomy), taxonomy, lemmas):
            trigger = item.clause.trigger
            own_words = taxonomy.trigger_words(lemmas, trigger.i, item.clause.trigger_len)
            own_word = " ".join(own_words)
            retold, word = item.clause.retold, own_word
            if not retold and physical_act(item.clause.category, taxonomy) and introduces_list(sent, text) and any(
                    e.category == item.clause.category and e.date <= item.dated.end and item.dated.start <= e.date_end
                    for e, _r, _w in told):
                # "Aircraft conducted 23 strikes consisting of 39 engagements in Syria:" before the list of
                # them: the sum of the acts told item by item, within the day's acts the lead told
                continue
            if not retold and item.clause.category == taxonomy.label_category and judged_again(item.clause, judgement(item.clause)) \
                    and any(e.category == item.clause.category for e, _r, _w in told):
                retold = True   # "We condemn the launch ... ¶ This action is a threat to regional peace": the condemnation again
            if not retold and tells_again(item.clause, item.dated.basis, taxonomy, lemmas, mention_at, earlier_doers,
                                          physical_act(item.clause.category, taxonomy), bool(told),
                                          plover.event_type(item.clause.category, own_words)[0] in ATTACK_TYPES):
                retold = True   # "... the combined security force detained the facilitator": the act told before
            if item.clause.weak and not retold:
                # “We've just seized a tanker,” Trump told reporters: a saying whose quoted words tell an
                # act as done tells again the act told before, if the article told it
                done = quoted_act(sent, quoted, taxonomy, lemmas)
                if done and any(w == done for _e, _r, w in told):
                    retold, word = True, done
            spoken = None
            if item.clause.weak and not retold and item.clause.category == "statement" \
                    and (spoken := quoted_speech_act(sent, quoted, taxonomy, lemmas, mention_at)) is not None:
                # “We condemn this kind of violence,” Little told reporters: the saying is the speech act its
                # quoted words do, the speaker its doer
                item.clause.trigger, item.clause.category, item.clause.weak, item.clause.trigger_len = spoken[0], spoken[1], False, 1
            event = make_event(article, doc, sent, item, taxonomy, plover, mention_at, lemmas, sent_places)
            if item.clause.weak and commentator_comment(event, item.clause):
                continue   # "Congo analyst Thierry Vircoulon said ...": an opinion or a witness's words, no event
            if rights_group_comment(event, item.clause):
                # "Amnesty International has condemned the strikes as murder": a rights group's comment; a
                # killing it names with no doer ("MSF condemned the killing of its 14th staff member") is told
                # nowhere else, so it is the row
                killing = commented_killing(item.clause, taxonomy, lemmas)
                if killing is None:
                    continue
                item.clause.trigger, item.clause.category, item.clause.weak, item.clause.trigger_len = \
                    killing, taxonomy.casualties_category, False, 1
                event = make_event(article, doc, sent, item, taxonomy, plover, mention_at, lemmas, sent_places)
                event = replace(event, source_actors=(), actors=tuple(n for n in event.actors if not advocacy_group(n)))
            if item.clause.named_in_passing and any(
                    e.category == event.category and set(e.source_actors) & set(event.source_actors)
                    and (same_word(own_word, w) or definite(trigger)) for e, _r, w in told):
                # "denounced the massacre by Israeli forces": an act of a doer told before, named again
                # (a different act is named anew: "condemned a raid by Israeli forces")
                continue
            if frame is not None and speakers and sent.start <= frame.intro[0] < sent.end and event.category == "statement":
                # "Statement given yesterday by Ambassador X, UK Permanent Representative ..., at the
                # Security Council meeting on Yemen": the speaker and the state served speak; the
                # meeting's subject is no party
                who, venue = opening_speakers
                keep = tuple(n for n in event.actors if n not in venue)
                event = replace(event, source_actors=tuple(dict.fromkeys(who + event.source_actors)),
                                target_actors=tuple(n for n in event.target_actors if n in keep and n not in who),
                                actors=tuple(dict.fromkeys(who + keep)))
            if speaking and event.category in COMMENT_CATEGORIES and not event.source_actors:
                event = replace(event, source_actors=speaking, actors=tuple(dict.fromkeys(speaking + event.actors)))
                if spoken_for_release and release_day is not None and event.date_basis == "publication":
                    # ("... Raab yesterday condemned ... ¶ I condemn these latest attacks": said that day)
                    event = replace(event, date=release_day.start, date_end=release_day.end,
                                    granularity=release_day.granularity, date_text="", date_basis="narrative")
            if event.category in REACTION_CATEGORIES and not event.target_actors:
                # "Venezuela's government condemned the seizure": the act condemned, told before, was
                # done by someone: that doer is what the condemnation is against
                event = reacted_to(event, item.clause, told, taxonomy, lemmas)
            reacting = next(((e, w) for e, r, w in reversed(told) if not r), None)   # the last row of its own
            if not retold and reacting and goes_on_saying(item.clause, SAYING_VERBS) and says_further(reacting[0], event):
                # "Obama called the test 'highly provocative.' He said in a statement it undermines
                # regional stability.": the speaker just named goes on with the same reaction
                retold, word = True, reacting[1]
            if not retold and quote_tail(item.clause, SAYING_VERBS, quoted):
                # "“Their courage inspires us all,” Austin said.": more words of a reaction the same speaker
                # was told giving, on its day
                earlier = next(((e, w) for e, r, w in reversed(told) if not r and says_further(e, event)), None)
                if earlier is not None:
                    retold, word = True, earlier[1]
            if not retold and reacting and details_told_act(item, found, sent, reacting[0], introduced, taxonomy, lemmas):
                # "Russian missiles hit Kharkiv on Tuesday. ... The mayor said the strikes damaged 30
                # buildings.": a saying that only tells more of the act just told is a source of it
                retold, word = True, reacting[1]
            if retold and word != own_word:
                # who speaks and where are the saying's, not the act's: the act gains the sentence only
                event = replace(event, actors=(), source_actors=(), target_actors=(), location="", country="",
                                latitude=None, longitude=None, geo_precision=None)
            if spoken is not None and not retold and any(
                    e.category == event.category and e.status == event.status
                    and (set(e.source_actors) & set(event.source_actors) or not event.source_actors) for e, _r, _w in told):
                retold = True   # "Roble condemned the “barbaric act” ... “I condemn today's bombing,” he said": told again
            if not retold and not event.source_actors and unnamed_state_forces(item.clause, mention_at):
                forces.add(event.event_id)   # "Troops retook the base": the forces of the story's country
            told.append((event, retold, word))
            starts.setdefault(event.event_id, sent.start)
            if publisher is not None and not first_person_read and event.category in COMMENT_CATEGORIES \
                    and len(event.source_actors) == 1 and not retold \
                    and name_type(event.source_actors[0]).kind in SPEAKING_PERSON_KINDS \
                    and any((m := mention_at.get(t.i)) is not None and m.kind == PERSON_KIND
                            and m.canonical == event.source_actors[0] for t in item.clause.tokens):
                release_speaker = event.source_actors
                release_day = item.dated if item.dated.basis == "explicit" else None
            told_in.append(paragraph)
            dates.append(item.dated)
        if len(told) == told_before:
            # "At least nine people have been killed in the standoff ... in Zamboanga City": no row, but the story is there
            spot = event_place([m for m in sent_places if m.locative and m.place.kind != COUNTRY],
                               range(sent.start, sent.end))
            if spot is not None:
                spots.append((sent.start, spot))
        if not any(f.dated.basis == "explicit" and f.dated.granularity == "day" for f in found):
            # "Maduro appeared in court Monday, where ...": no row, but the story is now on Monday
            setting = setting_day(sent, sent_spans, article, doc)
            if setting is not None:
                narrative, narrative_of_act = setting, False
    linked = link_anchors([event for event, _retold, _word in told], dates)
    types = article_types(doc, mentions)   # who each name is: a state, an official of one, an armed group, ...
    serves = {n: (types.get(n) or name_type(n)).serves for e in linked for n in e.source_actors}
    return in_story_country([replace(e, actor_types=tuple((types.get(n) or name_type(n)).cell() for n in e.actors))
            for e in join_retellings(((e, retold, word) for e, (_event, retold, word) in zip(linked, told)),
                                     taxonomy.casualties_category, taxonomy.toll_of, told_in, serves)], spots, starts, forces)
