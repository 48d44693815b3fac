"""Actor mentions in a parsed article: who it names, under one canonical name each.

Mentions come from two places: the alias table `lang/en/actors.tsv` (every known variant of a
name, matched on whole words) and spaCy's named entities (PERSON, ORG, GPE, NORP) for names the
table does not know. Titles ("President", "Gen.") are stripped, a leading "the" and a trailing
"'s" are dropped, and a surname on its own ("Rubio") is resolved to the full name the same
article used ("Marco Rubio"): in-article coreference of short mentions.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

import spacy
from spacy.matcher import PhraseMatcher

from timeline import lang
from timeline.actors.table import ACTOR_KINDS, ActorTable, AliasEntry, canonicalise, load_table, table_kind
# A capital after one of these is a place, not its government ("in Washington", "arrived in Caracas").
LOCATIVE_PREPOSITIONS = lang.words("words.tsv")["locative_prepositions"]
ARTICLES = lang.words("words.tsv")["articles"]
NER_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "NORP": "GPE"}
# NORP entities the table does not know ("Democrats", "Latin American") are descriptions, not actors.
UNKNOWN_ENT_LABELS = {"PERSON", "ORG", "GPE"}


@dataclass(frozen=True)
class Mention:
    """One actor mention: tokens [start, end) of the doc, and the actor it names."""

    start: int
    end: int
    text: str
    canonical: str
    kind: str
    nominal: bool = False   # a description ("the carrier") or a pronoun, not a name


# ---------------------------------------------------------------- names as strings


# ---------------------------------------------------------------- mentions in a parsed doc

_MATCHERS: dict[tuple[int, int], tuple] = {}


def _matcher(table: ActorTable, vocab):
    """A PhraseMatcher of every alias for this vocab (built once per vocab and table)."""
    key = (id(vocab), id(table))
    cached = _MATCHERS.get(key)
    if cached is not None and cached[0] is vocab and cached[1] is table:
        return cached[2], cached[3]
    tokenizer = spacy.blank("en", vocab=vocab).tokenizer
    matcher = PhraseMatcher(vocab, attr="LOWER")
    entries: dict[str, AliasEntry] = {}
    for i, entry in enumerate(table.entries):
        label = f"actor-alias-{i}"
        entries[label] = entry
        matcher.add(label, [tokenizer(entry.alias)])
    _MATCHERS[key] = (vocab, table, matcher, entries)
    return matcher, entries


def _case_ok(alias: str, written: str) -> bool:
    """Capitalised words of the alias must be capitalised as written; acronyms must match exactly.

    So "navy" (the common noun) is not "Navy", and "us" (the pronoun) is not "US".
    """
    a_words, w_words = alias.split(), written.split()
    if len(a_words) != len(w_words):
        return alias.lower() == written.lower() or written[:1].isupper() == alias[:1].isupper()
    for a, w in zip(a_words, w_words):
        letters = [c for c in a if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters) or len(a) == 1:
            if a != w:
                return False
        elif a[:1].isupper() and not w[:1].isupper():
            return False
    return True


def find_mentions(doc, table: ActorTable | None = None) -> list[Mention]:
    """All actor mentions of a parsed doc, in text order, canonical names resolved."""
    table = table or load_table()
    matcher, entries = _matcher(table, doc.vocab)
    strings = doc.vocab.strings
    found: list[tuple[int, int, AliasEntry]] = []
    for match_id, start, end in matcher(doc):
        entry = entries[strings[match_id]]
        written = doc[start:end].text
        if entry.kind != "TITLE" and not _case_ok(entry.alias, written):
            continue
        found.append((start, end, entry))
    # Longest match first, then leftmost; no overlaps.
    found.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
    taken = [False] * len(doc)
    alias_spans: list[tuple[int, int, AliasEntry]] = []
    for start, end, entry in found:
        if any(taken[start:end]):
            continue
        for i in range(start, end):
            taken[i] = True
        alias_spans.append((start, end, entry))
    alias_spans.sort()
    alias_spans = _drop_surnames_of_other_people(doc, alias_spans)
    kind_at: dict[int, str] = {}
    for start, end, entry in alias_spans:
        for i in range(start, end):
            kind_at[i] = entry.kind

    mentions: list[Mention] = []
    nominals: list[tuple[int, int, AliasEntry]] = []
    for start, end, entry in alias_spans:
        if entry.kind == "NOMINAL":
            nominals.append((start, end, entry))
            continue
        if entry.kind == "CAPITAL":
            if start > 0 and doc[start - 1].lower_ in LOCATIVE_PREPOSITIONS:
                continue
            entry = AliasEntry(entry.alias, entry.canonical, "GPE")
        if entry.kind not in ACTOR_KINDS:
            continue
        # "U.S. President Donald Trump", "Venezuelan Defense Minister ...": a nationality before a
        # title describes the person, it is not a separate actor.
        nxt = end
        while nxt < len(doc) and kind_at.get(nxt) == "TITLE":
            nxt += 1
        if entry.kind == "GPE" and nxt > end and nxt < len(doc) and (
                doc[nxt].ent_type_ == "PERSON" or kind_at.get(nxt) == "PERSON"):
            continue
        mentions.append(Mention(start, end, doc[start:end].text, entry.canonical, entry.kind))

    for ent in doc.ents:
        if ent.label_ not in NER_LABELS:
            continue
        # The words of the entity no alias covers, without titles, "the" and "'s".
        free = [t.i for t in ent if t.i not in kind_at]
        if not free:
            continue
        if ent.label_ != "PERSON" and any(kind_at.get(t.i) in ACTOR_KINDS for t in ent):
            continue  # "the United Nations Charter": the known name inside is the actor, "Charter" is not
        if ent.label_ not in UNKNOWN_ENT_LABELS:
            continue
        # Only a contiguous run of uncovered words forms a new name.
        runs: list[list[int]] = [[free[0]]]
        for i in free[1:]:
            if i == runs[-1][-1] + 1:
                runs[-1].append(i)
            else:
                runs.append([i])
        for run in runs:
            words = [doc[i] for i in run]
            while words and (words[0].lower_ in ARTICLES or not words[0].text[:1].isalnum()):
                words = words[1:]
            while words and (words[-1].lower_ in ("'s", "’s", "'") or not words[-1].text[-1:].isalnum()
                             and words[-1].text not in (".",)):
                words = words[:-1]
            if not words or not any(w.pos_ == "PROPN" or w.text[:1].isupper() for w in words):
                continue
            if all(not w.text[:1].isupper() for w in words):
                continue
            text = doc[words[0].i:words[-1].i + 1].text
            canonical = canonicalise(text, table)
            if canonical is None or len(canonical) < 2:
                continue
            kind = NER_LABELS[ent.label_]
            known = table.lookup(canonical)
            if known is not None and known.kind in ACTOR_KINDS:
                kind = known.kind
            elif kind != "PERSON" and words[0].i > 0 and doc[words[0].i - 1].lower_ in LOCATIVE_PREPOSITIONS:
                continue  # an unknown place where something happens ("talks in Geneva", "at Dorel")
            mentions.append(Mention(words[0].i, words[-1].i + 1, text, canonical, kind))
    # "the carrier", "the cartel": the actor the article names elsewhere, if it does.
    named = {m.canonical: m.kind for m in mentions}
    for start, end, entry in nominals:
        if entry.canonical in named:
            mentions.append(Mention(start, end, doc[start:end].text, entry.canonical, named[entry.canonical], True))
    mentions.extend(_demonyms(doc, mentions, kind_at))
    mentions.sort(key=lambda m: (m.start, m.end))
    mentions = resolve_short_mentions(mentions, doc)
    return sorted(mentions + resolve_pronouns(doc, mentions), key=lambda m: (m.start, m.end))


def _drop_surnames_of_other_people(doc, spans: list[tuple[int, int, AliasEntry]]) -> list[tuple[int, int, AliasEntry]]:
    """"Denzel Washington", "Michael Caine": an alias that ends a person's name the tagger found,
    after a first name no alias covers, is part of another person's name, not the known actor."""
    titled = {i for start, end, entry in spans if entry.kind == "TITLE" for i in range(start, end)}
    keep: list[tuple[int, int, AliasEntry]] = []
    for start, end, entry in spans:
        ent = doc[start].ent_type_ == "PERSON" and next(
            (e for e in doc.ents if e.start <= start and end <= e.end and e.label_ == "PERSON"), None)
        if entry.kind not in ("TITLE", "NOMINAL") and ent and ent.start < start and end == ent.end:
            before = [t for t in doc[ent.start:start] if t.i not in titled]
            if before and before[-1].text[:1].isupper() and before[-1].pos_ == "PROPN" \
                    and not any(s <= before[-1].i < e for s, e, _ in spans):
                continue
        keep.append((start, end, entry))
    return keep


PRONOUNS = lang.words("words.tsv")["personal_pronouns"]
PRONOUN_REACH_SENTENCES = 2


def resolve_pronouns(doc, mentions: list[Mention]) -> list[Mention]:
    """"he said in a post": a personal pronoun names the person mentioned last before it, within
    the same or the two previous sentences (news style; no gender or number check)."""
    people = [m for m in mentions if m.kind == "PERSON"]
    if not people:
        return []
    starts = [sent.start for sent in doc.sents]

    def sentence_of(i: int) -> int:
        return bisect.bisect_right(starts, i) - 1

    out: list[Mention] = []
    j = -1
    for tok in doc:
        while j + 1 < len(people) and people[j + 1].end <= tok.i:
            j += 1
        if j >= 0 and tok.lower_ in PRONOUNS and tok.pos_ == "PRON":
            last = people[j]
            if sentence_of(tok.i) - sentence_of(last.start) <= PRONOUN_REACH_SENTENCES:
                out.append(Mention(tok.i, tok.i + 1, tok.text, last.canonical, "PERSON", True))
    return out


def _demonyms(doc, mentions: list[Mention], kind_at: dict[int, str]) -> list[Mention]:
    """"Belvanian artillery", "Estorian farmers": a nationality word the alias table does not know
    names a country the article names, when it is that name with its last letter replaced by a
    suffix ("Belvania" -> "Belvanian"). A nationality before a person or title describes them."""
    countries = {m.canonical for m in mentions if m.kind == "GPE" and len(m.canonical) >= 4
                 and " " not in m.canonical}
    if not countries:
        return []
    out: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ != "NORP" or len(ent) != 1 or ent.start in kind_at:
            continue
        word = ent.text
        matches = [c for c in countries if word != c and word.startswith(c[:-1])
                   and len(word) - len(c) <= 3 and word[:1].isupper()]
        if len(matches) != 1:
            continue
        nxt = ent.end
        while nxt < len(doc) and kind_at.get(nxt) == "TITLE":
            nxt += 1
        if nxt < len(doc) and (doc[nxt].ent_type_ == "PERSON" or kind_at.get(nxt) == "PERSON"):
            continue
        out.append(Mention(ent.start, ent.end, word, matches[0], "GPE"))
    return out


def resolve_short_mentions(mentions: list[Mention], doc=None) -> list[Mention]:
    """In-article coreference: a one-word mention of a surname names the full name seen in the article.

    "Rubio" after "Marco Rubio" is Marco Rubio, also when the tagger took the surname for an
    organisation ("Kowal said" tagged ORG) or did not tag it at all ("Hale warned", found when
    `doc` is given); a surname shared by two full names stays as written.
    """
    by_surname: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "PERSON" and len(m.canonical.split()) >= 2:
            by_surname.setdefault(m.canonical.split()[-1].lower(), set()).add(m.canonical)
    out: list[Mention] = []
    for m in mentions:
        if m.kind in ACTOR_KINDS and not m.nominal and len(m.canonical.split()) == 1:
            full = by_surname.get(m.canonical.lower(), set())
            if len(full) == 1 and (m.kind == "PERSON" or table_kind(m.canonical) is None):
                m = Mention(m.start, m.end, m.text, next(iter(full)), "PERSON")
        out.append(m)
    if doc is not None:
        covered = {i for m in out for i in range(m.start, m.end)}
        for tok in doc:
            full = by_surname.get(tok.lower_, set())
            if (len(full) == 1 and tok.i not in covered and tok.text[:1].isupper()
                    and tok.pos_ == "PROPN" and tok.ent_type_ in ("", "PERSON", "ORG", "GPE", "NORP")):
                out.append(Mention(tok.i, tok.i + 1, tok.text, next(iter(full)), "PERSON"))
        out.sort(key=lambda m: (m.start, m.end))
    return out


# ---------------------------------------------------------------- counts for the dashboard

