"""Actor mentions in a parsed article: who it names, under one canonical name each.

Mentions come from two places: the alias table `lang/en/actors.tsv` (every known variant of a
name, matched on whole words) and spaCy's named entities (PERSON, ORG, GPE, NORP) for names the
table does not know. Titles ("President", "Gen.") are stripped, a leading "the" and a trailing
"'s" are dropped, and a surname on its own ("Rubio") is resolved to the full name the same
article used ("Marco Rubio"): in-article coreference of short mentions.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

import spacy
from spacy.matcher import PhraseMatcher

from timeline import lang, places
from timeline.nlp import DATELINE, doc_text, quotations
from timeline.actors.table import ACTOR_KINDS, ActorTable, AliasEntry, canonicalise, load_table, table_kind, usual_name
# A capital after one of these is a place, not its government ("in Washington", "arrived in Caracas").
LOCATIVE_PREPOSITIONS = lang.words("words.tsv")["locative_prepositions"]
AIMING_PREPOSITIONS = lang.words("words.tsv")["aiming_prepositions"]
ARTICLES = lang.words("words.tsv")["articles"]
RANK_WORDS = lang.words("words.tsv")["rank_words"]
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


def find_mentions(doc, table: ActorTable | None = None, place_mentions: list | None = None,
                  publisher: str = "") -> list[Mention]:
    """All actor mentions of a parsed doc, in text order, canonical names resolved. A place is never
    an actor (a town, region, sea or facility of `place_mentions`, as timeline.places finds them, is
    left out unless it stands for a state), and a nationality adjective before a noun names its
    state ("Thai F-16s", "Israeli forces", "an Iranian missile attack"). In a government's own
    release (`publisher`, the article's source, names one: `publisher_states`), "the Prime Minister"
    without a name is that government's."""
    table = table or load_table()
    if place_mentions is None:
        place_mentions = places.find_places(doc)
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
        if start > 0 and doc[start - 1].lower_ in LOCAL_BODY_ADJECTIVES and entry.alias.islower():
            continue   # "the Jubbland regional administration" is no "administration" of the United States
        # "U.S. President Donald Trump", "Venezuelan Defense Minister ...": a nationality before a
        # title describes the person, it is not a separate actor.
        if entry.kind == "GPE" and _describes_person(doc, end, kind_at):
            continue
        if entry.kind == "GPE" and _titled_surname(doc, start, end, kind_at):
            mentions.append(Mention(start, end, doc[start:end].text, doc[start:end].text, "PERSON"))
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
            after_place_word = False   # "Near Raqqah, four strikes ...": the tagger's name holds the preposition
            while words and (words[0].lower_ in ARTICLES or not words[0].text[:1].isalnum()
                             or (words[0].lower_ in LOCATIVE_PREPOSITIONS and len(words) > 1)):
                after_place_word = after_place_word or words[0].lower_ in LOCATIVE_PREPOSITIONS
                words = words[1:]
            # (and a conjunction the tagger ran into the name: "Iraqi National Police and")
            # (and a verb: "the Justice and Equality Movement marks the first time ...": the tagger ran on into it)
            while words and (words[-1].lower_ in ("'s", "’s", "'") or words[-1].pos_ == "CCONJ"
                             or words[-1].pos_ == "VERB" and words[-1].text.islower()
                             or not words[-1].text[-1:].isalnum() and words[-1].text not in (".",)):
                words = words[:-1]
            if not words or not any(w.pos_ == "PROPN" or w.text[:1].isupper() for w in words):
                continue
            if ent.label_ == "PERSON":
                words = _given_names(doc, words, kind_at) + words   # "Antony J. Blinken", tagged "J. Blinken"
                words = words + _family_names(doc, words, kind_at)   # "Chaudhry Shujaat Hussain", tagged "Chaudhry Shujaat"
            joined = " ".join(w.lower_ for w in words)
            if any(joined in (f, f.rsplit(" ", 1)[0]) for f in STATE_FORMS):
                continue   # "State of" before "Qatar", which an alias named: a state's form, no name
            if all(not w.text[:1].isupper() for w in words):
                continue
            if ent.label_ == "GPE" and _titled_surname(doc, words[0].i, words[-1].i + 1, kind_at):
                # "Ambassador Holland": a person's name, not the country
                text = doc[words[0].i:words[-1].i + 1].text
                mentions.append(Mention(words[0].i, words[-1].i + 1, text, text, "PERSON"))
                continue
            state = _demonym_state(words[0].text, table)
            if state and (len(words) == 1 or any(w.pos_ == "NOUN" or any(ch.isdigit() for ch in w.text)
                                                  for w in words[1:])):
                # "Ukrainian" alone, "Thai F-16s", "Pakistani J-10C", "Israeli jets" taken for one name:
                # the nationality names the state that acts (a type designation is no name of its own)
                mentions.append(Mention(words[0].i, words[0].i + 1, words[0].text, state, "GPE"))
                continue
            text = doc[words[0].i:words[-1].i + 1].text
            pair = _shared_name_pair(doc, words, table)
            if pair:   # "North and South Korea": two states that share the name's last word
                mentions.extend(pair)
                continue
            canonical = canonicalise(text, table)
            if canonical is None or len(canonical) < 2:
                continue
            kind = NER_LABELS[ent.label_]
            known = table.lookup(canonical)
            if known is None and kind == "PERSON":
                canonical = usual_name(canonical)   # "Antony J. Blinken" and "Antony Blinken": one person
                known = table.lookup(canonical)
            if known is None and kind == "PERSON" and (country := _country_called_a_person(doc, words, text)):
                canonical, kind = country, "GPE"   # "Sri Lanka's army", "Mali" tagged as people: the states
            if after_place_word and (known is None or known.kind not in ACTOR_KINDS):
                continue   # an unknown name after a place preposition is a place
            if known is None and ent.label_ == "GPE" and (state := _official_state(canonical, table)):
                # "the Togolese Republic", "the State of Qatar", "the Republic of Rwanda": a state's
                # official name (the gazetteer's) is the state
                canonical, known = state, table.lookup(state)
            if known is not None and known.kind in ACTOR_KINDS:
                kind = known.kind
            elif kind != "PERSON" and words[0].i > 0 and doc[words[0].i - 1].lower_ in LOCATIVE_PREPOSITIONS \
                    and not (doc[words[0].i - 1].lower_ in AIMING_PREPOSITIONS
                             and _a_country(words[0].i, words[-1].i + 1, place_mentions)):
                # an unknown place where something happens ("talks in Geneva", "at Dorel"); a country
                # something is aimed at is the state it is aimed at ("fired missiles at Israel")
                continue
            if kind == "GPE" and _describes_person(doc, words[-1].i + 1, kind_at):
                continue
            mentions.append(Mention(words[0].i, words[-1].i + 1, text, canonical, kind))
    mentions.extend(_titled_names(doc, mentions, kind_at, place_mentions, table))
    mentions.extend(_warships(doc, mentions, kind_at, table))
    # "the carrier", "the cartel": the actor the article names elsewhere, if it does.
    named = {m.canonical: m.kind for m in mentions}
    for start, end, entry in nominals:
        if entry.canonical in named:
            mentions.append(Mention(start, end, doc[start:end].text, entry.canonical, named[entry.canonical], True))
    mentions.extend(_demonyms(doc, mentions, kind_at))
    mentions.extend(_shared_head(doc, kind_at, table))
    mentions.extend(_state_demonyms(doc, mentions, kind_at, place_mentions, table))
    mentions.extend(_publisher_officials(doc, publisher_state(publisher), mentions))
    # a nationality the tagger found as it is written ("Sri Lankan troops"; the tagger may call it a PERSON:
    # "Sri Lankan military forces have locked down the coast") names its state
    mentions = [replace(m, canonical=state, kind="GPE") if (m.kind == "NORP" or m.kind == "PERSON" and m.end < len(doc)
                                                              and doc[m.end].pos_ in ("NOUN", "ADJ"))
                and m.canonical == m.text and not m.nominal
                and (state := _demonym_state(m.text, table)) and not _describes_person(doc, m.end, kind_at) else m
                for m in mentions]
    # "the Sri Lanka Defence Ministry said", "the Nigerian Foreign Ministry": a state's ministry is the state acting
    mentions = [replace(m, canonical=state, kind="GPE") if m.kind == "ORG" and m.canonical == m.text
                and (state := _ministry_state(m.text, table)) else m for m in mentions]
    mentions = _state_body_names(doc, mentions, table)
    mentions.extend(_state_bodies_named_before(doc, mentions))
    mentions.extend(_state_bodies_in_places(doc, mentions, place_mentions or [], table))
    mentions = _partisans(doc, mentions)
    line = dateline(doc)
    mentions = [m for m in mentions if not _a_place(m, place_mentions, table) and not _not_an_actor(doc, m)
                and not _service_before_rank(doc, m, kind_at)
                and not _posting(doc, m) and not _maker(doc, m) and not _a_language(doc, m)
                and not line[0] <= m.start < line[1]]
    mentions += [m for m in _seats_of_government(doc, mentions, place_mentions or [], table)
                 if not line[0] <= m.start < line[1]]
    mentions.sort(key=lambda m: (m.start, m.end))
    mentions = _shared_surnames(doc, mentions)
    mentions = resolve_short_mentions(mentions, doc)
    return sorted(mentions + resolve_pronouns(doc, mentions) + speaker_pronouns(doc, mentions),
                  key=lambda m: (m.start, m.end))


SERVICE_BRANCH_WORDS = lang.words("words.tsv")["service_branch_words"]


def _service_before_rank(doc, m: Mention, kind_at: dict[int, str]) -> bool:
    """"Army Col. Joe Buccino", "Air Force Lt. Col. John Paradis", "Major-General Waheed Arshad": a service
    branch (or a rank the tagger split off) written right before a rank title is part of the person's
    title, no actor of its own."""
    if m.nominal or m.text.lower() not in SERVICE_BRANCH_WORDS or m.end >= len(doc):
        return False
    nxt = doc[m.end] if doc[m.end].text != "-" or m.end + 1 >= len(doc) else doc[m.end + 1]
    return kind_at.get(nxt.i) == "TITLE" or nxt.lower_ in RANK_WORDS


def _shared_surnames(doc, mentions: list[Mention]) -> list[Mention]:
    """A lone given name joined by "and" to a person's full name shares its surname ("Sergei and Yulia
    Skripal" are Sergei Skripal and Yulia Skripal): the given name, a person alone, takes the surname of
    the name after it (of two words: given name and surname)."""
    at = {m.start: m for m in mentions}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for after in list(at.values()):
        i = after.start - 2   # a given name the tagger left untagged ("4 March Sergei and Yulia Skripal")
        if i >= 0 and i not in taken and after.kind == "PERSON" and doc[i + 1].lower_ == "and" \
                and doc[i].pos_ == "PROPN" and doc[i].is_alpha and doc[i].text[:1].isupper() and not doc[i].ent_type_:
            at[i] = Mention(i, i + 1, doc[i].text, doc[i].text, "PERSON")
    out = []
    for m in sorted(at.values(), key=lambda m: (m.start, m.end)):
        after = at.get(m.end + 1)
        if m.kind == "PERSON" and not m.nominal and m.end - m.start == 1 and m.canonical == m.text \
                and m.end < len(doc) and doc[m.end].lower_ == "and" and after is not None \
                and after.kind == "PERSON" and not after.nominal and after.end - after.start == 2 \
                and after.canonical == after.text and doc[m.start].pos_ == "PROPN":
            name = f"{m.text} {doc[after.end - 1].text}"
            m = replace(m, canonical=name)
        out.append(m)
    return out


STATE_BODY_NOUNS = lang.words("words.tsv")["state_body_nouns"]
ARMED_BODY_NOUNS = lang.words("words.tsv")["armed_body_nouns"]
BODY_MODIFIER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def _state_bodies_named_before(doc, mentions: list[Mention]) -> list[Mention]:
    """"The Pakistani military launched ... ¶ The military says ...": a state's body or office named with
    its state (a state mention modifying a noun of state_body_nouns) makes the same noun after "the",
    later in the article and with no state of its own, that state ("the ministry" goes back to "South
    Korea's Defense Ministry", "the foreign minister" only to a foreign minister; "the army" to "the
    Sri Lankan military": armed_body_nouns are one body)."""
    state_at = {i: m.canonical for m in mentions if m.kind == "GPE" and not m.nominal for i in range(m.start, m.end)}
    covered = {i for m in mentions for i in range(m.start, m.end)}
    named: list[tuple[str, str]] = []   # (the noun with its compounds, the state), in text order
    out: list[Mention] = []
    for tok in doc:
        if tok.lower_ not in STATE_BODY_NOUNS or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        compounds = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.i not in state_at]
        key = " ".join([c.lower_ for c in compounds] + [tok.lower_])
        if key in ARMED_BODY_NOUNS:
            key = "military"   # one body however it is called
        modifiers = [c for c in tok.children if c.dep_ in BODY_MODIFIER_DEPS and c.i < tok.i]
        state = next((state_at[c.i] for c in modifiers if c.i in state_at), "")
        if state:
            named.append((key, state))
            continue
        article = [c for c in tok.children if c.dep_ == "det" and c.lower_ == "the"]
        if not article or tok.i in covered or any(c not in compounds and (c.text[:1].isupper() or c.dep_ == "poss") for c in modifiers):
            continue   # "the country's military", "the Afghan army" (a state of its own), "a government"
        state = next((s for k, s in reversed(named) if k == key or k.endswith(" " + key)), "")
        if state:
            start = article[0].i
            out.append(Mention(start, tok.i + 1, doc[start:tok.i + 1].text, state, "GPE", True))
    return out


STATE_BODIES_PLACED = lang.words("words.tsv")["state_bodies_placed"]


def _state_bodies_in_places(doc, mentions: list[Mention], place_mentions: list, table: ActorTable) -> list[Mention]:
    """"The government in Jakarta demanded ...", "Authorities in Kyiv said ...": a state's body
    (state_bodies_placed; no armed forces, often foreign where they are) that "in" ties to a place of a
    known country, when nothing before the noun names a state, an owner or a name of its own ("the
    country's police in X", "the local parliament in Gaza City"), is that country acting."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    country_at = {i: p.place.country for p in place_mentions if p.place.country for i in range(p.start, p.end)}
    out: list[Mention] = []
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in covered:
            continue
        compounds = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
        if " ".join([c.lower_ for c in compounds] + [tok.lower_]) not in STATE_BODIES_PLACED \
                and tok.lower_ not in STATE_BODIES_PLACED:
            continue
        before = [c for c in tok.children if c.i < tok.i and c.dep_ not in ("det", "punct")]
        if any(c.i in covered or c.dep_ == "poss" or c.i in country_at or c.lower_ in LOCAL_BODY_ADJECTIVES
               or (c.text[:1].isupper() and not c.is_sent_start) for c in before):
            continue   # a state, an owner, a name of its own or a local body ("the local parliament") before the noun
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if obj is None:
            continue
        country = next((country_at[t.i] for t in obj.subtree if t.i in country_at), "")
        if not country:
            continue
        known = table.lookup(country)
        start = min([tok.i] + [c.i for c in tok.children if c.i < tok.i])
        out.append(Mention(start, tok.i + 1, doc[start:tok.i + 1].text, known.canonical if known else country, "GPE", True))
    return out


STATE_BODY_NAMES = lang.words("words.tsv")["state_body_names"]
POSSESSIVE_MARKS = ("'s", "\u2019s")


def _state_body_names(doc, mentions: list[Mention], table: ActorTable) -> list[Mention]:
    """"Ukraine's Armed Forces", "Sri Lanka's Army": a body of state_body_names after its state's
    possessive is that state acting, whether the tagger took the whole for an organisation or only the
    body's name (then the state is named already: the body is no actor of its own)."""
    states = {m.end: m for m in mentions if m.kind == "GPE" and not m.nominal}
    out: list[Mention] = []
    for m in mentions:
        if m.kind == "ORG" and not m.nominal and table.lookup(m.canonical) is None:
            words = doc[m.start:m.end]
            mark = next((t.i for t in words if t.text in POSSESSIVE_MARKS), None)
            body = doc[mark + 1:m.end].text.lower() if mark is not None else words.text.lower()
            if body in STATE_BODY_NAMES:
                if mark is not None:
                    place = places.lookup(doc[m.start:mark].text)
                    if place is not None and place.kind == "country":
                        known = table.lookup(place.name)
                        out.append(replace(m, canonical=known.canonical if known else place.name, kind="GPE"))
                        continue
                elif m.start >= 1 and doc[m.start - 1].text in POSSESSIVE_MARKS and m.start - 1 in states:
                    continue   # "Sri Lanka's Army": Sri Lanka is found already
        out.append(m)
    return out


PARTISAN_PREFIXES = lang.words("words.tsv")["partisan_prefixes"]
PARTISAN_GROUP_NOUNS = lang.words("words.tsv")["partisan_group_nouns"]


def _partisans(doc, mentions: list[Mention]) -> list[Mention]:
    """"Pro-Russian separatists", "anti-government protesters": a state's name or nationality after
    "pro-"/"anti-" is a side's stance, no act of the state; the group it qualifies (partisan_group_nouns)
    is an actor of its own, under the article's words."""
    out: list[Mention] = []
    for m in mentions:
        if m.nominal or m.start < 2 or doc[m.start - 1].text != "-" or doc[m.start - 2].lower_ not in PARTISAN_PREFIXES \
                or doc[m.start - 2].whitespace_ or doc[m.start - 1].whitespace_:
            out.append(m)
            continue
        noun = doc[m.end - 1].head
        if noun.i >= m.end and noun.lower_ in PARTISAN_GROUP_NOUNS and noun.i - m.end <= 2:
            text = doc[m.start - 2:noun.i + 1].text
            out.append(Mention(m.start - 2, noun.i + 1, text, text[:1].upper() + text[1:], "ORG"))
    return out


def _country_called_a_person(doc, words: list, text: str) -> str:
    """The news name of the country an entity the tagger calls a person is named exactly ("Sri Lanka",
    "Mali", "Azerbaijan"), unless a title stands before it ("Mr. Jordan"); else ""."""
    gazetteer = places.load()
    hit = gazetteer.country_names.get(places.fold(text))
    if hit is None or places.after_title(doc, words[0].i):
        return ""
    return gazetteer.country_name(hit[0])


MINISTRY_NOUNS = lang.words("words.tsv")["ministry_nouns"]
MINISTRY_PORTFOLIOS = lang.words("words.tsv")["ministry_portfolios"]


GOVERNMENT_NOUNS = lang.words("words.tsv")["government_nouns"]


def _ministry_state(name: str, table: ActorTable) -> str:
    """The state whose ministry or government an organisation's name is ("Sri Lanka Defence Ministry",
    "Nigerian Foreign Ministry": its first words a country or a nationality; "Ukrainian Government": a
    nationality and the government), else ""."""
    words = name.split()
    if len(words) == 2 and words[-1].lower() in GOVERNMENT_NOUNS:
        return _demonym_state(words[0], table)   # "the Ukrainian Government", "the Egyptian Government"
    if len(words) < 3 or words[-1].lower() not in MINISTRY_NOUNS or words[-2].lower() not in MINISTRY_PORTFOLIOS:
        return ""
    for size in (3, 2, 1):
        if size < len(words) - 1:
            head = " ".join(words[:size])
            place = places.lookup(head)
            state = _demonym_state(head, table) or (place.name if place is not None and place.kind == "country" else "")
            if state:
                return state
    return ""


LANGUAGE_SUFFIXES = lang.words("words.tsv")["language_suffixes"]


def _a_language(doc, m: Mention) -> bool:
    """"the French-speaking regions", "Russian-speaking residents": a nationality word joined by a hyphen
    to a word of speaking names a language, no state."""
    nxt = m.end
    return nxt + 1 < len(doc) and doc[nxt].text in ("-", "\u2011") and doc[nxt + 1].lower_ in LANGUAGE_SUFFIXES \
        or nxt < len(doc) and any(doc[nxt].lower_ == "-" + w for w in LANGUAGE_SUFFIXES)


SHARED_HEAD_REACH = 2   # "Coalition and Afghan forces", "coalition and Iraqi security forces"


def _given_names(doc, words: list, kind_at: dict[int, str]) -> list:
    """The given names the tagger left out of a person's name ("Antony" of "Antony J. Blinken", tagged
    "J. Blinken"): capitalised proper nouns right before it, joined to its last word as compounds, no
    title, alias or entity of its own."""
    inside = {w.i for w in words}
    first = words[0].i
    while first > 0:
        prev = doc[first - 1]
        if prev.pos_ != "PROPN" or prev.dep_ != "compound" or prev.head.i not in inside | {first - 1} \
                or prev.i in kind_at or prev.ent_type_ or not prev.text[:1].isupper() \
                or not prev.text.replace("-", "").isalpha() or prev.lower_ in RANK_WORDS:
            break
        first -= 1
        inside.add(first)
    return [doc[i] for i in range(first, words[0].i)]


NAME_ENDING_NOUNS = lang.words("words.tsv")["name_ending_nouns"]


def _family_names(doc, words: list, kind_at: dict[int, str]) -> list:
    """The rest of a person's name the tagger left out ("Hussain" of "Chaudhry Shujaat Hussain",
    "Christian Kabore" of "Roch Marc Christian Kabore", tagged "Chaudhry Shujaat", "Roch Marc"):
    capitalised proper nouns right after it that its words are compounds of, no title, alias or entity
    of their own, nor a noun that makes the name that of a thing ("the Joe Biden Administration")."""
    out: list = []
    last = words[-1]
    while last.i + 1 < len(doc) and last.dep_ == "compound" and last.head.i > last.i:
        nxt = doc[last.i + 1]
        if nxt.lower_ in NAME_ENDING_NOUNS:
            return []   # ("the Carl Vinson Carrier Strike Group": a name of a thing, whatever comes before its noun)
        if nxt.pos_ != "PROPN" or nxt.i in kind_at or nxt.ent_type_ or not nxt.text[:1].isupper() \
                or not nxt.text.replace("-", "").isalpha() or nxt.lower_ in RANK_WORDS:
            break
        out.append(nxt)
        last = nxt
    return out


def _shared_name_pair(doc, words: list, table: ActorTable) -> list[Mention]:
    """The two actors of a name the tagger took whole though it joins two first words before one last
    word ("North and South Korea", "North and South Sudan"), when each makes a known name with it; else []."""
    if len(words) != 4 or words[1].pos_ != "CCONJ":
        return []
    named = []
    for w in (words[0], words[2]):
        name = f"{w.text} {words[3].text}"
        entry = table.lookup(name)
        if entry is not None and entry.kind in ACTOR_KINDS:
            named.append((entry.canonical, entry.kind))
        elif (country := places.lookup(name)) is not None and country.kind == "country":
            named.append((country.name, "GPE"))   # ("South Korea": a state the gazetteer names)
        else:
            return []
    (first, first_kind), (second, second_kind) = named
    return [Mention(words[0].i, words[0].i + 1, words[0].text, first, first_kind),
            Mention(words[2].i, words[3].i + 1, doc[words[2].i:words[3].i + 1].text, second, second_kind)]


def _shared_head(doc, kind_at: dict[int, str], table: ActorTable) -> list[Mention]:
    """A name's first word coordinated before another modifier of the same noun ("Coalition and
    Afghan forces" is "Coalition forces" and "Afghan forces"): the name the word makes with that noun."""
    out = []
    for cc in doc:
        if cc.pos_ != "CCONJ" or cc.i == 0 or cc.i - 1 in kind_at or not cc.nbor(-1).is_alpha:
            continue
        for reach in range(1, SHARED_HEAD_REACH + 1):
            k = cc.i + 1 + reach
            if k >= len(doc) or any(t.pos_ not in ("ADJ", "NOUN", "PROPN") for t in doc[cc.i + 1:k]):
                break
            entry = table.lookup(f"{doc[cc.i - 1].text} {doc[k].text}")
            if entry is not None and entry.kind in ACTOR_KINDS and doc[k].pos_ == "NOUN":
                word = doc[cc.i - 1]
                out.append(Mention(word.i, word.i + 1, word.text, entry.canonical, entry.kind))
                break
    return out


NOT_NAME_ENTITIES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "ORG", "CARDINAL", "ORDINAL"})
MAX_TITLED_NAME_WORDS = 3


def _titled_names(doc, mentions: list[Mention], kind_at: dict[int, str], place_mentions: list,
                  table: ActorTable) -> list[Mention]:
    """A name right after an office title that the tagger missed or took for a nationality ("Panamanian
    President Mulino announced", "spoke with Lebanon's PM Mikati"): capitalised proper nouns, no alias,
    mention, place or other kind of entity, ending before the next word: a person."""
    covered = {i for m in mentions for i in range(m.start, m.end)} | set(kind_at)
    placed = {i for p in place_mentions for i in range(p.start, p.end)}
    out = []
    for tok in doc[1:]:
        if kind_at.get(tok.i - 1) != "TITLE" or tok.i in covered:
            continue
        end = tok.i
        while end < len(doc) and end - tok.i < MAX_TITLED_NAME_WORDS and doc[end].pos_ == "PROPN" \
                and doc[end].text[:1].isupper() and doc[end].text.replace("-", "").isalpha() \
                and end not in covered and end not in placed and doc[end].ent_type_ not in NOT_NAME_ENTITIES:
            end += 1
        if end == tok.i or end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            continue   # no name, or a longer one the rule does not see whole
        text = doc[tok.i:end].text
        canonical = canonicalise(text, table)
        if canonical:
            out.append(Mention(tok.i, end, text, canonical, "PERSON"))
    return out


WARSHIP_PREFIXES = lang.words("words.tsv")["warship_prefixes"]
MAX_SHIP_NAME_WORDS = 4


def _warships(doc, mentions: list[Mention], kind_at: dict[int, str], table: ActorTable) -> list[Mention]:
    """A warship named with its navy's prefix ("USS Carney", "HMS Diamond", "the guided-missile submarine USS
    Georgia"): a named force, an actor (the alias table's spelling where it has one)."""
    covered = {i for m in mentions for i in range(m.start, m.end)} | {i for i, k in kind_at.items() if k != "TITLE"}
    out = []
    for tok in doc:
        if tok.text not in WARSHIP_PREFIXES or tok.i in covered:
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= MAX_SHIP_NAME_WORDS and end not in covered \
                and doc[end].text[:1].isupper() and (doc[end].is_alpha or doc[end].text.rstrip(".").isalpha()):
            end += 1
        if end == tok.i + 1:
            continue
        text = doc[tok.i:end].text
        known = table.lookup(text)
        out.append(Mention(tok.i, end, text, known.canonical if known is not None else text, "ORG"))
    return out


def _titled_surname(doc, start: int, end: int, kind_at: dict[int, str]) -> bool:
    """Whether a country's name right after an office title, with no more name after it, is a
    person's surname ("Ambassador Holland condemns ...", not "President Israel Katz")."""
    return start > 0 and kind_at.get(start - 1) == "TITLE" and end - start == 1 and \
        not (end < len(doc) and doc[end].pos_ == "PROPN")


def _describes_person(doc, end: int, kind_at: dict[int, str]) -> bool:
    """Whether a country name ending at token `end` stands before a title and a person ("U.S.
    President Donald Trump", "Peru's Defense Minister Walter Astudillo"): it describes the person,
    it is not a separate actor."""
    nxt = end
    if nxt < len(doc) and doc[nxt].tag_ == "POS":
        nxt += 1
    titled = nxt
    while nxt < len(doc) and kind_at.get(nxt) == "TITLE":
        nxt += 1
    return nxt > titled and nxt < len(doc) and (doc[nxt].ent_type_ == "PERSON" or kind_at.get(nxt) == "PERSON")


PUBLISHER_STATES = lang.word_maps("words.tsv")["publisher_states_map"]
PUBLISHER_TITLES = [tuple(t.split()) for t in lang.word_lists("words.tsv")["publisher_titles"]]
TITLE_DETERMINERS = lang.words("words.tsv")["title_determiners"]


def publisher_state(publisher: str) -> str | None:
    """The state whose government published an article (its `source` names it: "GOV.UK (Prime
    Minister's Office)" is the United Kingdom's), else None (news outlets, broadcasters)."""
    folded = publisher.casefold()
    return next((state for key, state in PUBLISHER_STATES.items() if key in folded), None)


def _titled_people(doc, mentions: list[Mention], title: tuple[str, ...], state: str | None) -> list[tuple[int, str]]:
    """(start, name) of the people the article names right after a title ending with `title` ("Foreign
    Secretary Philip Hammond", "Foreign Secretary, William Hague,"), but for those the title gives another
    state than `state` ("Iraqi Prime Minister Mohammed Shiaa al-Sudani", "Greece's Prime Minister")."""
    words = [t.lower_ for t in doc]
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    out = []
    for m in mentions:
        if m.kind != "PERSON" or m.nominal:
            continue
        end = m.start - 1 if m.start > 0 and doc[m.start - 1].text == "," else m.start
        begin = end - len(title)
        if begin < 0 or tuple(words[begin:end]) != title:
            continue
        before = begin - 1 if begin > 0 and doc[begin - 1].lower_ in POSSESSIVE_MARKS else begin
        qualifier = at.get(before - 1)
        if qualifier is not None and qualifier.kind == "GPE" and qualifier.canonical != state \
                or qualifier is None and before > 0 and doc[before - 1].ent_type_ in ("NORP", "GPE"):
            continue
        out.append((m.start, m.canonical))
    return out


def _publisher_officials(doc, state: str | None, mentions: list[Mention]) -> list[Mention]:
    """"The Foreign Secretary reiterates ...", "the Prime Minister said": an official named by title only
    is the one person the article named before with that title ("Foreign Secretary Philip Hammond spoke to
    ..."; "The Prime Minister updated Prime Minister Mitsotakis": one named after is someone else). In a
    government's own release the title is its own official's: a person named with it counts only if named
    before the release first used the title alone ("The Prime Minister spoke to the Prime Minister of Greece
    ... The Prime Minister updated Prime Minister Mitsotakis": Greece's is never the release's own), and with
    no one so named it is an official of that government acting for its state ("our Foreign Secretary")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    words = [t.lower_ for t in doc]
    bare: list[tuple[int, int, tuple[str, ...]]] = []   # each title told alone: its tokens and words
    for i, tok in enumerate(doc):
        if tok.lower_ not in TITLE_DETERMINERS:
            continue
        for title in PUBLISHER_TITLES:
            end = i + 1 + len(title)
            if tuple(words[i + 1:end]) != title or any(k in taken for k in range(i + 1, end)):
                continue
            if end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].ent_type_ == "PERSON"):
                break   # "the Prime Minister Keir Starmer": the name says who
            if end < len(doc) and doc[end].lower_ == "of":
                break   # "the Prime Minister of Greece": another state's
            bare.append((i + 1, end, title))
            break
    first_alone = {}
    for start, _end, title in bare:
        first_alone.setdefault(title, start)
    titled = {title: _titled_people(doc, mentions, title, state) for title in first_alone}
    out: list[Mention] = []
    for start, end, title in bare:
        until = first_alone[title] if state is not None else start
        people = [p for p in titled[title] if p[0] < until]
        if len({name for _start, name in people}) == 1:
            out.append(Mention(start, end, doc[start:end].text, people[0][1], "PERSON", True))
        elif state is not None:
            out.append(Mention(start, end, doc[start:end].text, state, "GPE", True))
    return out


def dateline(doc) -> tuple[int, int]:
    """The tokens [start, end) of the dateline a wire story opens with ("CARACAS, Venezuela (AP) —"):
    where it was filed, no actor and no place of its events. (0, 0) when there is none."""
    found = DATELINE.match(doc_text(doc))
    if not found:
        return 0, 0
    span = doc.char_span(0, found.end(), alignment_mode="contract")
    return (0, span.end) if span is not None else (0, 0)


def _seats_of_government(doc, mentions: list[Mention], place_mentions: list, table: ActorTable) -> list[Mention]:
    """"Pyongyang fired a missile", "Seoul said": a capital the places find acting (its subject) stands
    for its state's government, though the alias table does not list it (those it lists, "Caracas",
    are found by name). As a place acted on ("Russia struck Kyiv") it stays a place."""
    out: list[Mention] = []
    for p in place_mentions:
        if p.role != places.ACTOR or p.place.kind != places.CITY or not p.place.country:
            continue
        root = doc[p.start:p.end].root
        if root.dep_ not in SUBJECT_DEPS or any(not p.start <= t.i < p.end for t in root.subtree):
            continue   # the subject is the capital alone ("U.S. Embassy Kabul" is an embassy)
        verb = root.head
        if verb.tag_ not in ("VBD", "VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            continue   # of a finite verb ("the streets of Khartoum demanding ...": a misreading)
        if any(m.start < p.end and p.start < m.end and m.canonical != m.text for m in mentions):
            continue   # found by name already as its state ("Caracas": Venezuela)
        known = table.lookup(p.place.country)
        out.append(Mention(p.start, p.end, doc[p.start:p.end].text, known.canonical if known else p.place.country, "GPE"))
    return out


def _a_country(start: int, end: int, place_mentions: list) -> bool:
    """Whether the places find exactly a country at tokens [start, end)."""
    return any((p.start, p.end) == (start, end) and p.place.kind == "country" for p in place_mentions)


def _a_place(m: Mention, place_mentions: list, table: ActorTable) -> bool:
    """A mention that is a town, region, sea or facility ("Gaza", "Tulkarem", "Natanz"), unless the
    name stands for a state (a country, or a capital the alias table maps to its government). A
    "person" is a place only where the places find a town of exactly that name."""
    if m.nominal:
        return False
    known = table.lookup(m.canonical)
    if m.kind == "PERSON":   # a town the tagger took for a person ("in Khan Younis"), where the places find it
        # (or a word of a place's longer name: "Chin" of "northwestern Chin state", "Zamzam" of "Zamzam camp")
        return (known is None or known.kind != "PERSON") and any(
            p.start <= m.start and m.end <= p.end and p.place.kind != "country" for p in place_mentions)
    if known is not None and known.kind in ("GPE", "ORG") and m.canonical != m.text:
        return False   # "Caracas said" is Venezuela; "the Pentagon" an organisation
    for p in place_mentions:
        if p.start < m.end and m.start < p.end and p.place.kind != "country":
            return not (known is not None and known.kind == "ORG")
    return False


def _not_an_actor(doc, m: Mention) -> bool:
    """Name-like words that are no actors: a dateline in capitals ("TEHRAN/JERUSALEM —"), an unknown
    acronym of three letters or fewer ("FTO"), a capitalised common word opening a sentence ("Orders"),
    an operation's name ("Operation Midnight Hammer"), a building's or a base's ("Irbil Air Base")."""
    if m.nominal or load_table().lookup(m.canonical) is not None:
        return False
    words = m.text.split()
    if words and words[0].lower() in NON_ACTOR_HEADS:
        return True
    if _ship_name(doc, m):
        return True
    if len(words) > 1 and words[-1].lower() in INSTALLATION_NAME_HEADS | DOCUMENT_NAME_HEADS and words[-1][:1].isupper():
        return True   # "Irbil Air Base", "Al-Shifa Hospital": a place or a building; "the Peace Accords": a text
    if m.text.isupper() and len(m.text.replace(".", "")) <= 3:
        return True
    if m.text.isupper() and (m.start == 0 or "\n" in doc[m.start - 1].whitespace_ + doc[m.start - 1].text):
        return True
    first = doc[m.start]
    return m.end - m.start == 1 and first.is_sent_start and first.pos_ in ("NOUN", "VERB", "ADJ") \
        and m.canonical == m.text   # "Belvanian artillery" resolved to its country is a name


def _maker(doc, m: Mention) -> bool:
    """Whether the name, joined by a hyphen to the word after it, only qualifies what follows: who made a
    weapon ("Iranian-style drones", "Russian-made jets"; maker_words) or who backs a group or flags a ship
    ("the UAE-backed Rapid Support Forces", "a British-flagged tanker"; backing_words). No party."""
    after = doc[m.end:m.end + 2]
    return len(after) == 2 and after[0].text in ("-", "\u2011") and not doc[m.end - 1].whitespace_ \
        and not after[0].whitespace_ and after[1].lower_ in QUALIFYING_WORDS


def _posting(doc, m: Mention) -> bool:
    """Whether the name is where an envoy is posted, part of an office's title ("UK Permanent
    Representative to the UN", "ambassador to the United Nations"): no party to what the envoy does."""
    head = doc[m.start:m.end].root
    to = head.head
    return head.dep_ == "pobj" and to.lower_ == "to" and to.head.lemma_.lower() in POSTING_NOUNS


def _ship_name(doc, m: Mention) -> bool:
    """Whether the name is a ship's: named by a ship noun ("the tanker named The Skipper", "the
    tanker Skipper", "a vessel, the Bella 1")."""
    head = doc[m.start:m.end].root
    x = head.head
    if head.dep_ in ("oprd", "dobj", "attr", "xcomp") and x.lemma_.lower() in NAME_GIVING_VERBS:
        x = x.head   # "a tanker named The Skipper": the name hangs on "named", "named" on the tanker
    elif head.dep_ not in ("appos", "compound", "npadvmod"):
        return False
    before = doc[m.start - 1] if m.start > 0 else None
    return x.lemma_.lower() in VESSEL_NOUNS or (before is not None and before.lower_ in VESSEL_NOUNS
                                                  and head.dep_ == "compound")


def _state_demonyms(doc, mentions: list[Mention], kind_at: dict[int, str], place_mentions: list,
                    table: ActorTable) -> list[Mention]:
    """"Thai F-16s", "Cambodian troops", "Pakistani shelling", "an Iranian missile attack": a nationality
    adjective before a noun (not a place noun: "Venezuelan waters" is a place) names its state, the
    actor of what the noun does. Before a person or a title it only describes them."""
    covered = {i for m in mentions for i in range(m.start, m.end)} | set(kind_at)
    placed = {i for p in place_mentions for i in range(p.start, p.end)}
    out: list[Mention] = []
    for tok in doc:
        if tok.i in covered or tok.i in placed or not tok.text[:1].isupper():
            continue
        if tok.dep_ not in ("amod", "compound", "nmod") and not (
                tok.dep_ == "conj" and tok.head.dep_ in ("amod", "compound", "nmod")):
            continue   # ("Indian and Pakistani troops": the second nationality is conjoined to the first)
        start = tok.i
        prev = doc[tok.i - 1] if tok.i > 0 else None
        # "North Korean troops", "South Sudanese forces": a nationality of two words, before the one word
        state = _demonym_state(f"{prev.text} {tok.text}", table) if prev is not None and prev.text[:1].isupper() \
            and prev.i not in covered and prev.i not in placed else ""
        if state:
            start = prev.i
        else:
            state = _demonym_state(tok.text, table)
        if not state:
            continue   # not a nationality word ("Iran" itself is found as a name)
        head = tok.head
        if head.ent_type_ == "PERSON" or kind_at.get(head.i) in ("PERSON", "TITLE") or head.pos_ == "PROPN" and head.ent_type_ == "PERSON":
            continue
        if head.lower_ in FACILITY_NAME_HEADS and head.text[:1].isupper():
            continue   # "the Saudi Maternity Hospital": a building's name, no state
        out.append(Mention(start, tok.i + 1, doc[start:tok.i + 1].text, state, "GPE"))
    return out


def _official_state(name: str, table: ActorTable) -> str:
    """The state a country's official name stands for ("Togolese Republic" -> "Togo"), under the
    alias table's name for it; "" when the name is no country's (or is its everyday name already)."""
    place = places.lookup(name)
    if place is None:
        lowered = name.lower()
        form = next((f for f in STATE_FORMS if lowered.startswith(f + " ")), None)
        place = places.lookup(name[len(form) + 1:]) if form else None   # "the Republic of Rwanda"
    if place is None or place.kind != "country" or fold_name(place.name) == fold_name(name):
        return ""
    known = table.lookup(place.name)
    return known.canonical if known is not None else place.name


STATE_FORMS = sorted(lang.words("words.tsv")["state_forms"], key=len, reverse=True)


def _demonym_state(word: str, table: ActorTable) -> str:
    """The state a nationality word names ("Thai" -> "Thailand"), under the alias table's name for
    it; "" for any other word (a country's own name included)."""
    place = places.lookup(word)
    if place is None or place.kind != "country" or fold_name(place.name) == fold_name(word):
        return ""
    known = table.lookup(place.name)
    return known.canonical if known is not None else place.name


def fold_name(text: str) -> str:
    return places.fold(text)


def _drop_surnames_of_other_people(doc, spans: list[tuple[int, int, AliasEntry]]) -> list[tuple[int, int, AliasEntry]]:
    """"Denzel Washington", "Michael Caine": an alias that ends a person's name the tagger found,
    after a first name no alias covers, is part of another person's name, not the known actor; so is
    a one-word alias that begins one, before a surname no alias covers ("Petro Poroshenko" is not
    Gustavo Petro)."""
    titled = {i for start, end, entry in spans if entry.kind == "TITLE" for i in range(start, end)}
    person_at = {i: e for e in doc.ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    keep: list[tuple[int, int, AliasEntry]] = []
    for start, end, entry in spans:
        ent = person_at.get(start)
        ent = ent if ent is not None and end <= ent.end else None
        if entry.kind not in ("TITLE", "NOMINAL") and ent and ent.start < start and end == ent.end:
            before = [t for t in doc[ent.start:start] if t.i not in titled]
            if before and before[-1].text[:1].isupper() and before[-1].pos_ == "PROPN" \
                    and not any(s <= before[-1].i < e for s, e, _ in spans):
                continue
        if entry.kind == "PERSON" and ent and ent.start == start and end == start + 1 and ent.end > end:
            after = doc[end]
            if after.text[:1].isupper() and after.pos_ == "PROPN" and not any(s <= after.i < e for s, e, _ in spans) \
                    and fold_name(after.text) not in fold_name(entry.canonical):
                continue
        keep.append((start, end, entry))
    return keep


PRONOUNS = lang.words("words.tsv")["personal_pronouns"]
SUBJECT_DEPS = ("nsubj", "nsubjpass")
SELF_PRONOUNS = lang.words("words.tsv")["self_reference_pronouns"]
SELF_POSSESSIVES = lang.words("words.tsv")["self_reference_possessives"]
PLURAL_NAME_HEADS = lang.words("words.tsv")["plural_name_heads"]
FACILITY_NAME_HEADS = lang.words("words.tsv")["facility_name_heads"]
INSTALLATION_NAME_HEADS = lang.words("words.tsv")["installation_name_heads"]
DOCUMENT_NAME_HEADS = lang.words("words.tsv")["document_name_heads"]
SELF_REPORT_VERBS = lang.words("words.tsv")["self_report_verbs"]
NON_ACTOR_HEADS = lang.words("words.tsv")["non_actor_heads"]
LOCAL_BODY_ADJECTIVES = lang.words("words.tsv")["local_body_adjectives"]
POSTING_NOUNS = lang.words("words.tsv")["posting_nouns"]
QUALIFYING_WORDS = lang.words("words.tsv")["maker_words"] | lang.words("words.tsv")["backing_words"]
VESSEL_NOUNS = lang.words("words.tsv")["vessel_nouns"]
NAME_GIVING_VERBS = lang.words("words.tsv")["name_giving_verbs"]
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

    # a pronoun outside quotation marks names someone named outside them too: in "“We may be having
    # some discussions with Maduro,” he told reporters", "he" is not Maduro
    quoted = {t.i for span in quotations(doc) for t in span}
    outside = [m for m in people if m.start not in quoted]
    out: list[Mention] = []
    j = k = -1
    for tok in doc:
        while j + 1 < len(people) and people[j + 1].end <= tok.i:
            j += 1
        while k + 1 < len(outside) and outside[k + 1].end <= tok.i:
            k += 1
        if tok.lower_ in PRONOUNS and tok.pos_ == "PRON":
            last = people[j] if tok.i in quoted else (outside[k] if k >= 0 else None)
            if last is not None and tok.i not in quoted and tok.dep_ in SUBJECT_DEPS \
                    and sentence_of(last.start) != sentence_of(tok.i):
                # a subject pronoun with no one named before it in its sentence names the last person who
                # was a subject ("Trump said he would meet Maduro. ... he told reporters": Trump)
                subject = next((m for m in reversed(outside[:k + 1]) if doc[m.start:m.end].root.dep_ in SUBJECT_DEPS), None)
                if subject is not None and sentence_of(tok.i) - sentence_of(subject.start) <= PRONOUN_REACH_SENTENCES:
                    last = subject
            if (j >= 0 and last is not None
                    and sentence_of(tok.i) - sentence_of(last.start) <= PRONOUN_REACH_SENTENCES):
                out.append(Mention(tok.i, tok.i + 1, tok.text, last.canonical, "PERSON", True))
    return out


def speaker_pronouns(doc, mentions: list[Mention]) -> list[Mention]:
    """"The Pentagon says it killed five people", "Russia and China said they would veto it": the
    subject pronoun of what a state or organisation says names the speaker itself. ("he"/"she" are
    resolve_pronouns'; a person's "it" is something else.)"""
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    out: list[Mention] = []
    for tok in doc:
        if tok.i in at:
            continue
        if tok.lower_ in SELF_PRONOUNS and tok.pos_ == "PRON" and tok.dep_ in ("nsubj", "nsubjpass"):
            verb = tok.head
        elif tok.lower_ in SELF_POSSESSIVES and tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            # "Russia said its air defences shot down 40 drones", "Iran said Israel struck its nuclear sites"
            verb = next((a for a in tok.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is None:
                continue
        else:
            continue
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        reporter = verb.head
        if verb.dep_ != "ccomp" or reporter.lemma_.lower() not in SELF_REPORT_VERBS:
            continue
        speakers = list(dict.fromkeys(
            at[t.i] for c in reporter.children if c.dep_ == "nsubj" for t in c.subtree if t.i in at))
        if not speakers or any(m.kind == "PERSON" for m in speakers):
            continue
        if len(speakers) > 1:
            # "Russia's Defense Ministry said its forces ...": the state whose body speaks
            owners = [at[c.i] for subj in reporter.children if subj.dep_ == "nsubj"
                      for c in subj.children if c.dep_ == "poss" and c.i in at and at[c.i].kind == "GPE"]
            if len(owners) == 1:
                speakers = owners
        plural_name = len(speakers) == 1 and speakers[0].text.split()[-1] in PLURAL_NAME_HEADS
        if (tok.lower_ in ("it", "its")) != (len(speakers) == 1) and not (plural_name and tok.lower_ in ("they", "their")):
            continue   # "it" names one speaker, "they"/"we" a group ("the Rapid Support Forces said they ...")
        for m in speakers:
            out.append(Mention(tok.i, tok.i + 1, tok.text, m.canonical, m.kind, True))
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
    `doc` is given). A surname shared by two full names is the one named last before it ("slain
    President Jovenel Moise ... Moise was assassinated ... His wife, Martine Moise"), and stays as
    written when neither came before it.
    """
    by_surname: dict[str, list[tuple[int, str]]] = {}
    for m in mentions:
        if m.kind == "PERSON" and len(m.canonical.split()) >= 2:
            by_surname.setdefault(m.canonical.split()[-1].lower(), []).append((m.start, m.canonical))

    def full_name(surname: str, at: int) -> str | None:
        seen = by_surname.get(surname, [])
        if len({name for _start, name in seen}) == 1:
            return seen[0][1]
        before = [(start, name) for start, name in seen if start < at]
        return max(before)[1] if before else None

    # a name whose family name comes first ("Ban Ki-moon", "Kim Jong Un") is named again by its first word
    # ("Ban arrived in Jerusalem"): a person's one word that is no surname, the first of one full name before it
    by_first: dict[str, set[tuple[int, str]]] = {}
    for m in mentions:
        if m.kind == "PERSON" and len(m.canonical.split()) >= 2:
            by_first.setdefault(m.canonical.split()[0].lower(), set()).add((m.start, m.canonical))

    def first_named(word: str, at: int) -> str | None:
        before = {name for start, name in by_first.get(word, ()) if start < at}
        return next(iter(before)) if len(before) == 1 and len({n for _s, n in by_first[word]}) == 1 else None

    out: list[Mention] = []
    for m in mentions:
        if m.kind in ACTOR_KINDS and not m.nominal and len(m.canonical.split()) == 1:
            full = full_name(m.canonical.lower(), m.start)
            if full is None and m.kind == "PERSON" and m.canonical.lower() not in by_surname:
                full = first_named(m.canonical.lower(), m.start)
            if full is not None and (m.kind == "PERSON" or table_kind(m.canonical) is None):
                m = Mention(m.start, m.end, m.text, full, "PERSON")
        out.append(m)
    if doc is not None:
        covered = {i for m in out for i in range(m.start, m.end)}
        for tok in doc:
            full = full_name(tok.lower_, tok.i)
            if (full is not None and tok.i not in covered and tok.text[:1].isupper()
                    and tok.pos_ == "PROPN" and tok.ent_type_ in ("", "PERSON", "ORG", "GPE", "NORP")):
                out.append(Mention(tok.i, tok.i + 1, tok.text, full, "PERSON"))
        out.sort(key=lambda m: (m.start, m.end))
    return out


# ---------------------------------------------------------------- counts for the dashboard

