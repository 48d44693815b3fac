"""The places a parsed article names, and the one place of an event.

Mentions come from the names of places.tsv and of every country (matched on whole words, so a
place the tagger missed or mislabelled is still found) and from spaCy's GPE, LOC and FAC entities,
looked up in the gazetteer. A nationality adjective is a place only before a noun of place
("Venezuelan waters" -> Venezuela; "the Venezuelan coast" -> its coast). The words before a name
change what it says: "off (the coast of)" makes it the sea beside it, "near"/"outside"/"north of"
only near it, "eastern"/"northern" part of it, and "region"/"oblast" after a town the province
around it (all precision 2). Every mention carries its role: the object of a place preposition
(LOCATIVE), a modifier of another noun, a country or seat of government as a verb's subject (an
ACTOR: "Russia said" names no place), or OTHER.

A town's ambiguity is resolved with the countries the article itself names (and any the caller
adds): "Paris" in an article that names the United States and not France is Paris, Texas.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable

import spacy
from spacy.matcher import PhraseMatcher

from timeline import lang
from timeline.places import table as places_table
from timeline.places.gazetteer import (COMPASS, NAME_ARTICLES, REGION_NOUNS, Gazetteer, capitalised, case_ok,
                                       coast_of, load, off, part_of, province_around)
from timeline.places.model import (ACTOR, CITY, COUNTRY, EXACT, FACILITY, LOCATIVE, MODIFIER, NEAR, ORIGIN, OTHER,
                                   PROVINCE, REGION, SEA, Place, PlaceMention, fold)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entity labels under which the small model often files a town ("Sumy" PERSON, "Kharkiv" ORG).
OTHER_NAME_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT"})
PREPOSITIONS = places_table.word_list("place_prepositions")
COMPASS_POINTS = places_table.word_list("compass_points")
TARGET_PREPOSITIONS = places_table.word_list("target_prepositions")
ORIGIN_PREPOSITIONS = places_table.word_list("origin_prepositions")
ATTACK_WORDS = places_table.word_list("attack_words")
ATTACK_OBJECT_VERBS = places_table.word_list("attack_object_verbs")
NEAR_CUES = places_table.ordered_words("near_cues")
OFFSHORE_CUES = places_table.ordered_words("offshore_cues")
DEMONYM_NOUNS = places_table.word_list("demonym_place_nouns")
COAST_NOUNS = places_table.word_list("coast_nouns")
SEATS = frozenset(fold(w) for w in places_table.word_list("seats_of_government"))
ARTICLES = lang.words("words.tsv")["articles"]
MOBILE_TARGETS = lang.words("words.tsv")["mobile_target_nouns"]
DEFINITE_DETERMINERS = lang.words("words.tsv")["definite_determiners"]
SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod"})
LINKS = frozenset({"conj", "appos"})
# Places that make their country part of the article's context (not a town or a facility: the
# context decides between towns).
AREA_KINDS = frozenset({COUNTRY, PROVINCE, REGION})
# How specific a kind is, for choosing an event's place: a facility (in a town), a town, an area, a country.
KIND_RANK = {FACILITY: 0, CITY: 1, REGION: 2, SEA: 2, PROVINCE: 2, COUNTRY: 3}
PLACE_HEADS = places_table.word_list("place_heads")
INITIALISM_JOINERS = places_table.word_list("initialism_joiners")
TOWN_NOUNS = places_table.word_list("town_nouns")
CAPITAL_NOUNS = places_table.word_list("capital_nouns")
AREA_NOUNS = places_table.word_list("area_nouns")
NAMED_BEFORE_TOWN_NOUNS = places_table.word_list("named_before_town_nouns")
AREA_QUALIFIERS = places_table.word_list("compass_adjectives") | places_table.word_list("nearness_adjectives")
UNLISTED_LABELS = frozenset({"GPE", "LOC"})
TIME_LABELS = frozenset({"DATE", "TIME"})
NAME_JOINERS = ("-", "'", "\u2019")

PERSON_WORDS = places_table.person_words()

_MATCHERS: dict[tuple[int, int], tuple] = {}


def _matcher(gaz: Gazetteer, vocab):
    """A PhraseMatcher of every name in places.tsv and every country name (once per vocab)."""
    key = (id(vocab), id(gaz))
    cached = _MATCHERS.get(key)
    if cached is not None and cached[0] is vocab and cached[1] is gaz:
        return cached[2], cached[3]
    tokenizer = spacy.blank("en", vocab=vocab).tokenizer
    matcher = PhraseMatcher(vocab, attr="LOWER")
    names = list(gaz.table_names) + [(form, gaz.countries[code], False)
                                     for code, form in gaz.country_names.values()]
    entries: dict[str, tuple[str, Place, bool]] = {}   # label -> (name as written, place, demonym?)
    for i, entry in enumerate(names):
        label = f"place-{i}"
        entries[label] = entry
        matcher.add(label, [tokenizer(entry[0])])
    _MATCHERS[key] = (vocab, gaz, matcher, entries)
    return matcher, entries


def _phrase_at(doc, i: int, phrases: Iterable[str]) -> int:
    """The number of tokens of the longest phrase of `phrases` that starts at token i (0 if none)."""
    best = 0
    for phrase in phrases:
        words = phrase.split()
        if i + len(words) <= len(doc) and all(doc[i + k].lower_ == w for k, w in enumerate(words)):
            best = max(best, len(words))
    return best


def _inside_other_name(doc, start: int, end: int, entity_at: dict[int, tuple[int, int]], matched: set[int]) -> bool:
    """A match that is part of a longer name the tagger found: "America" in "Latin America", "US"
    in "US Navy", "Israel" in "Israel Defense Forces", "Mexico" in "New Mexico". The longer name
    only counts when it adds a capitalised word that names no place itself: "the Israeli Knesset"
    and "northern Gaza" keep their places. `entity_at`: token -> the (trimmed) entity it is in."""
    around = entity_at.get(start)
    if around is None:
        return False
    e_start, e_end = around
    if not (e_start <= start and end <= e_end) or (e_start, e_end) == (start, end):
        return False   # not around the match, or the match itself ("the Al-Aqsa Mosque" ORG)
    extra = [doc[i] for i in range(e_start, e_end) if not start <= i < end and i not in matched]
    return any(t.is_alpha and t.text[:1].isupper() and t.lower_ not in COMPASS and t.lower_ not in REGION_NOUNS
               for t in extra)


def _first_word_of_a_name(doc, start: int, end: int) -> bool:
    """A match the tagger left out of every entity that is the first word of a name going on in a
    capitalised word it tagged a person's ("in Buni Yadi": "Buni" is a town elsewhere; the place here is
    Buni Yadi): part of a longer name, no place of its own."""
    if end >= len(doc) or any(doc[i].ent_type_ for i in range(start, end)):
        return False
    nxt = doc[end]
    return doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == nxt.i and nxt.pos_ == "PROPN" \
        and nxt.text[:1].isupper() and nxt.ent_type_ == "PERSON"


def _demonym_place(doc, end: int, country: Place) -> tuple[int, Place] | None:
    """After a nationality adjective ending at `end`: a noun of place makes it the country
    ("Venezuelan waters", precision 3) or its coast ("the Venezuelan coast", precision 2)."""
    size = _phrase_at(doc, end, DEMONYM_NOUNS)
    if size:
        return end + size, country
    size = _phrase_at(doc, end, COAST_NOUNS)
    if size:
        return end + size, coast_of(country)
    return None


def _trim(doc, start: int, end: int) -> tuple[int, int]:
    """An entity without a leading article or place preposition ("Near Raqqah", which the tagger takes
    whole at the head of a sentence) and a trailing possessive or punctuation."""
    while start < end and (doc[start].lower_ in ARTICLES or not doc[start].text[:1].isalnum()
                           or (doc[start].lower_ in PREPOSITIONS and end - start > 1)):
        start += 1
    while end > start and (doc[end - 1].lower_ in ("'s", "\u2019s", "'") or not doc[end - 1].text[-1:].isalnum()
                           and doc[end - 1].text != "."):
        end -= 1
    return start, end


def _preposition_before(doc, start: int) -> str:
    """The place preposition just before a name, over articles and compass adjectives ("in the
    northern Gaza Strip"), or "". An origin preposition counts when a verb governs it ("retreated
    from Adwa"), not after a noun ("troops from Saudi Arabia")."""
    i = start - 1
    while i >= 0 and (doc[i].lower_ in ARTICLES or doc[i].lower_ in COMPASS):
        i -= 1
    if i < 0:
        return ""
    word = doc[i].lower_
    if word in ORIGIN_PREPOSITIONS:
        return word if doc[i].head.pos_ in ("VERB", "AUX") and doc[i].head.i != doc[i].i else ""
    return word if word in PREPOSITIONS else ""


def _attacked(doc, start: int, end: int) -> str:
    """The target preposition before a name that an act of attack governs ("the airstrike on Kyiv",
    "rained down on Kyiv"), or "": the place attacked is where the act happened."""
    root = doc[start:end].root
    prep = root.head if root.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in TARGET_PREPOSITIONS or prep.head.i == prep.i:
        return ""
    return prep.lower_ if prep.head.lemma_.lower() in ATTACK_WORDS or prep.head.lower_ in ATTACK_WORDS else ""


def _attacked_object(doc, start: int, end: int) -> bool:
    """Whether a name is the object of a verb of attack ("Russia struck Kyiv", "missiles hit Kharkiv
    overnight"): a town so named is a place, though the tagger did not call it one."""
    root = doc[start:end].root
    return root.dep_ in ("dobj", "obj") and root.head.pos_ == "VERB" and root.head.lemma_.lower() in ATTACK_OBJECT_VERBS


LOCAL_OFFICE_NOUNS = places_table.word_list("local_office_nouns")


def _local_office(doc, start: int, end: int) -> bool:
    """Whether a name is the possessor of a town's or province's office ("Tulkarem's governor", "Kharkiv's
    mayor"): a town or province so named is a place, though the tagger called it an organisation."""
    return end + 1 < len(doc) and doc[end].text in ("'s", "’s") and doc[end + 1].lemma_.lower() in LOCAL_OFFICE_NOUNS


def _joined_to(doc, start: int, end: int, place: Place, found: list) -> bool:
    """Whether a name is joined by "and"/"or" to a place of its kind found after a place preposition ("in
    Kyiv and Mykolaiv"; "in the Caribbean and Pacific" joins no town called Pacific to a sea)."""
    root = doc[start:end].root
    return root.dep_ == "conj" and any(s <= root.head.i < e and other.kind == place.kind and _preposition_before(doc, s)
                                       for s, e, other, _rank in found)


def _named_town(doc, start: int, end: int) -> bool:
    """Whether a name is in apposition to a noun of a town ("in the capital Sanaa", "the port city Hodeidah"):
    a town so named is a place, though the tagger tagged nothing."""
    root = doc[start:end].root
    return root.dep_ == "appos" and root.head.lemma_.lower() in TOWN_NOUNS


def _town_noun_before(doc, start: int):
    """The noun of a town right before a name, itself after a place preposition ("in Armenia's capital
    Yerevan", "in the port city Hodeidah"), else None."""
    if start == 0:
        return None
    noun = doc[start - 1]
    if noun.lemma_.lower() not in TOWN_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ not in PREPOSITIONS:
        return None
    return noun


def _names_an_attack(doc, start: int, end: int) -> bool:
    """Whether a name, after "the", modifies a noun of attack ("the Salisbury attack", "the Manchester
    bombing"): a town so named is where the act happened, though the tagger did not call it a place
    (by its own name only: "the Hamas attack" is not Hamm, whose other name "Hamas" is)."""
    root = doc[start:end].root
    return root.dep_ in ("compound", "nmod", "amod") and root.head.i > root.i and start > 0 \
        and doc[start - 1].lower_ == "the" and (root.head.lemma_.lower() in ATTACK_WORDS or root.head.lower_ in ATTACK_WORDS)


def _cue_before(doc, start: int, cues: tuple[str, ...]) -> str:
    """The cue of `cues` (longest first) that ends just before a name, over one article, or ""."""
    if start > 0 and doc[start - 1].lower_ in ARTICLES:
        start -= 1
    before = doc[max(0, start - 6):start].text.lower() if start > 0 else ""
    for cue in cues:
        if before.endswith(cue) and (len(before) == len(cue) or not before[-len(cue) - 1].isalnum()):
            return cue
    return ""


def _initialisms(doc) -> frozenset[str]:
    """The initials of the doc's names of three capitalised words or more ("Middle Euphrates River
    Valley": MERV), read once per doc."""
    found = doc.user_data.get("initialisms")
    if found is None:
        out, run = set(), []
        for tok in list(doc) + [None]:
            if tok is not None and tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start:
                run.append(tok.text[0])
                continue
            if tok is not None and run and tok.lower_ in INITIALISM_JOINERS:
                continue   # ("Organisation for the Prohibition of Chemical Weapons": OPCW)
            if len(run) >= 3:
                out.add("".join(run))
            run = []
        found = doc.user_data["initialisms"] = frozenset(out)
    return found


def _resolve_entity(doc, start: int, end: int, gaz: Gazetteer, context: frozenset[str]) -> Place | None:
    text = doc[start:end].text
    if end - start == 1 and text.isupper() and text in _initialisms(doc):
        return None   # "the MERV" after "the Middle Euphrates River Valley": its initials, no town (Merv)
    place = gaz.lookup(text, context)
    if place is not None:
        return place
    key = fold(text)
    if key in gaz.locative_only and _preposition_before(doc, start):
        return gaz.lookup(gaz.locative_only[key], context)   # "talks in Washington"
    if capitalised(text) and key not in gaz.context_only and key not in places_table.actor_names() \
            and doc[start:end].root.dep_ not in MODIFIER_DEPS \
            and (_preposition_before(doc, start) or _cue_before(doc, start, NEAR_CUES)):
        return gaz.spelled_otherwise(text, context)   # "near Tabqah" in a story of Syria: Al-Tabqa
    return None


def find_places(doc, context_countries: Iterable[str] = (), gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Every place a parsed doc names, in text order, each with its role in the sentence.

    The countries the doc names (countries, nationality adjectives, provinces, regions), with
    `context_countries` (ISO-2 codes or names), decide between towns of one name. A name the
    tagger took for a person or an organisation ("Sumy said" ...), or did not tag, is a town only
    in one of those countries or after a place preposition.
    """
    gaz = gazetteer or load()
    ents = list(doc.ents)
    named = set(gaz.context_codes(context_countries))
    candidates: list[tuple[int, int, Place, int]] = []   # start, end, place, rank (0: a name of the table)
    for start, end, place, demonym in _table_matches(doc, gaz, ents):
        if place.kind in AREA_KINDS and place.country_code:
            named.add(place.country_code)
        if demonym:
            found = _demonym_place(doc, end, place)
            if found is None:
                continue
            end, place = found
        candidates.append((start, end, place, 0))
    spans = [_trim(doc, e.start, e.end) for e in ents if e.label_ in PLACE_LABELS]
    spans = [(s, e) for s, e in spans if s < e]
    for start, end in spans:   # "Texas" joins the context before "Paris" is chosen
        place = _resolve_entity(doc, start, end, gaz, frozenset(named))
        if place is not None and place.kind in AREA_KINDS and place.country_code:
            named.add(place.country_code)
    context = frozenset(named)
    for start, end in spans:
        place = _resolve_entity(doc, start, end, gaz, context)
        if place is not None:
            candidates.append((start, end, place, 1))
    for start, end in _other_names(doc, ents):
        if _first_word_of_a_name(doc, start, end):
            continue
        place = _resolve_entity(doc, start, end, gaz, context)
        if place is not None and place.kind in (CITY, PROVINCE) and (
                _preposition_before(doc, start) or _cue_before(doc, start, NEAR_CUES)
                or _attacked(doc, start, end) or _attacked_object(doc, start, end)
                or _joined_to(doc, start, end, place, candidates) or _local_office(doc, start, end)
                or (place.kind == CITY and _named_town(doc, start, end))
                or (_names_an_attack(doc, start, end) and fold(place.name) == fold(doc[start:end].text)
                    and fold(place.name) not in places_table.actor_names()) or (
                place.country_code in context and (place.kind == PROVINCE or gaz.big_town(place)))):
            candidates.append((start, end, place, 2))

    chosen: list[tuple[int, int, Place]] = []
    taken = [False] * len(doc)
    # The longest first; of two as long, a name of the table, then one that does not start with "the".
    for start, end, place, _rank in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[3],
                                                                      doc[c[0]].lower_ in ARTICLES, c[0])):
        if any(taken[start:end]):
            continue
        for i in range(start, end):
            taken[i] = True
        chosen.append((start, end, place))
    chosen.sort(key=lambda c: c[0])
    chosen = _named_facilities(doc, chosen, taken, gaz, context)
    chosen = _towns_placed_by_what_follows(doc, chosen, gaz)
    chosen = sorted(chosen + _unlisted_places(doc, ents, chosen, taken, gaz, context) + _unnamed_capitals(doc, chosen, taken, gaz),
                    key=lambda c: c[0])
    chosen = sorted(chosen + _towns_named_before(doc, chosen, taken, gaz), key=lambda c: c[0])
    mentions: list[PlaceMention] = []
    for start, end, place in chosen:
        start, end, place = _widen(doc, start, end, place, taken)
        mentions.append(_mention(doc, start, end, place, gaz, mentions))
    return _parts_of_places(doc, mentions)


def _parts_of_places(doc, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """"in Khost province's Bak district": the part (the district) is where the act was, standing where its
    owner stands in the sentence (its preposition and role); the owner only names where the part is."""
    at = {m.start: k for k, m in enumerate(mentions)}
    out = list(mentions)
    for k, m in enumerate(mentions):
        part = at.get(m.end + 1)
        if part is not None and doc[m.end].tag_ == "POS":
            out[part] = replace(mentions[part], preposition=m.preposition, role=m.role)
            out[k] = replace(m, role=MODIFIER)
    return out


WHERE_PREPOSITIONS = places_table.word_list("where_prepositions")
FACILITY_HEADS = places_table.ordered_words("facility_heads")
FACILITY_OPENERS = places_table.ordered_words("facility_openers")


def _facility_spans(doc) -> list[tuple[int, int, int]]:
    """(start, end, where its noun starts) of the facilities the doc names by a capitalised name and a facility noun written as
    part of it ("Al Asad Air Base", "Baledogle Military Airfield", "the Radisson Blu Hotel", "Cairo's
    Ramses Square"; facility_heads) or opening it ("Camp Taji"; facility_openers)."""
    spans = []
    for tok in doc:
        if not tok.text[:1].isupper() or tok.i == tok.sent.start and tok.i + 1 >= len(doc):
            continue
        n = _phrase_at(doc, tok.i, FACILITY_HEADS)
        if n and all(doc[k].text[:1].isupper() for k in range(tok.i, tok.i + n)):
            start = tok.i
            while start > max(tok.sent.start, tok.i - 4):
                before = doc[start - 1]
                if not (before.text[:1].isupper() and before.is_alpha or before.text in NAME_JOINERS and start > 1
                        and before.whitespace_ == "" and doc[start - 2].text[:1].isupper()):
                    break
                start -= 1
            if start < tok.i:
                spans.append((start, tok.i + n, tok.i))
            continue
        n = _phrase_at(doc, tok.i, FACILITY_OPENERS)
        if n and tok.i + n < tok.sent.end and _opens_name(doc, tok.i + n):
            end = _name_end(doc, tok.i + n)
            if end - (tok.i + n) == 1 and tok.i + n < end:
                spans.append((tok.i, end, tok.i))
    return spans


def _named_facilities(doc, chosen: list[tuple[int, int, Place]], taken: list[bool], gaz: Gazetteer,
                      context: frozenset[str]) -> list[tuple[int, int, Place]]:
    """The chosen places with each named facility in place of the places its name holds ("Basra" of
    "Basra Airport", "Palestine" of "Palestine Bridge"). A facility is at the point of a town its name
    holds or that follows it after "in" or a comma ("Al-Shifa Hospital in Gaza City"), else has no
    point; it is in that town's country, else in the country the words around it say ("Al Asad Air
    Base, Iraq"), else in that of a town, or of a country after a comma or a place preposition, later in
    its sentence ("Camp Taji north of Baghdad", "Baledogle Military Airfield (BMA) complex in Baledogle,
    Somalia"), else in that of the last town or area, or country after a place preposition, named before
    it, else in none. A town the finder left out counts when the facility's first words name a town of
    one of the article's countries, or a big one ("Basra Airport")."""
    out = list(chosen)
    for start, end, noun_at in _facility_spans(doc):
        name = doc[start:end].text
        words = [w for w in name.split() if w[:1].isupper()]
        if fold(name) in places_table.actor_names() or fold(name) in SEATS or all(w in PERSON_WORDS for w in words):
            continue
        inside = [c for c in out if start <= c[0] and c[1] <= end]
        if any(c[0] < end and start < c[1] for c in out if c not in inside):
            continue
        opened = noun_at == start   # ("Camp Taji": the camp's own name, no town)
        town = None if opened else next((p for _s, _e, p in inside if p.kind == CITY), None)
        holder = None if opened else next((p for _s, _e, p in inside if p.country_code), None)
        if town is None and end + 1 < len(doc) and doc[end].lower_ in ("in", ","):
            town = next((p for s, _e, p in out if s == end + 1 and p.kind == CITY), None)
        if town is None:   # "Basra Airport": a town the finder left out, named by the facility's first words
            first = doc[start:noun_at].text
            known = gaz.lookup(first, context) if not opened and capitalised(first) else None
            town = known if known is not None and known.kind == CITY and (
                known.country_code in context or gaz.big_town(known)) else None
        where = {s: p for s, _e, p in out}
        sentence = doc[start].sent
        code = town.country_code if town is not None else holder.country_code if holder is not None else (
            _country_named_around(doc, start, end, start, where, gaz, out)
            or next((p.country_code for s, _e, p in out if end <= s < sentence.end and p.country_code and (
                p.kind == CITY or p.kind == COUNTRY and (doc[s - 1].text == "," or doc[s - 1].lower_ in PREPOSITIONS))), "")
            or _country_before(doc, start, out, PREPOSITIONS))
        place = Place(name, FACILITY, gaz.country_of(code) if code else "", code,
                      town.latitude if town is not None else None, town.longitude if town is not None else None, EXACT)
        out = [c for c in out if c not in inside] + [(start, end, place)]
        for i in range(start, end):
            taken[i] = True
    return sorted(out, key=lambda c: c[0])


def _country_before(doc, start: int, places: list[tuple[int, int, Place]], where_words: frozenset[str]) -> str:
    """The ISO-2 code of the country of the last town, province or region named before token `start`, or
    of a country named there after one of `where_words` ("In Iraq, coalition forces conducted four
    strikes. ... Near Huwayjah, ..."); "" if none."""
    return next((p.country_code for s, _e, p in sorted(places, key=lambda c: -c[0]) if s < start and p.country_code and (
        p.kind in (CITY, PROVINCE, REGION) or p.kind == COUNTRY and s > 0 and doc[s - 1].lower_ in where_words)), "")


def _unnamed_capitals(doc, chosen: list[tuple[int, int, Place]], taken: list[bool], gaz: Gazetteer) -> list[tuple[int, int, Place]]:
    """"Missile strikes at Ukraine's capital", "in the Somali capital": a capital a country's name or adjective
    owns, with no name of its own after it, is that country's capital town."""
    country_at = {i: place for start, end, place in chosen if place.kind == COUNTRY for i in range(start, end)}
    out = []
    for tok in doc:
        if tok.lemma_.lower() not in CAPITAL_NOUNS or tok.pos_ != "NOUN" or taken[tok.i]:
            continue
        if _named_after(tok):
            continue   # "Yemen's capital of Sanaa", "the capital Sanaa", "The Canadian capital, Ottawa,": the name says which
        owner = next((country_at[c.i] for c in tok.children if c.dep_ in ("poss", "amod") and c.i in country_at), None)
        if owner is None:   # "the Somali capital": a nationality adjective (no place of its own before "capital")
            owner = next((p for c in tok.children if c.dep_ == "amod" and c.text[:1].isupper()
                          and (p := gaz.lookup(c.text)) is not None and p.kind == COUNTRY), None)
        capital = gaz.capital_of(owner.country_code) if owner is not None else None
        if capital is not None:
            taken[tok.i] = True
            out.append((tok.i, tok.i + 1, capital))
    return out


def _towns_named_before(doc, chosen: list[tuple[int, int, Place]], taken: list[bool],
                        gaz: Gazetteer) -> list[tuple[int, int, Place]]:
    """"Rebels attacked the town of Hamrat al-Sheikh. ... to seize the town", "in the capital": a town's noun
    made definite, with no name of its own after it, is the last town named before it (for "capital", the last
    capital town), as written there."""
    out = []
    for tok in doc:
        low = tok.lower_
        if (low not in TOWN_NOUNS and low not in CAPITAL_NOUNS) or tok.pos_ != "NOUN" or taken[tok.i] or tok.i == 0 \
                or doc[tok.i - 1].lower_ not in DEFINITE_DETERMINERS:
            continue
        if _named_after(tok) or any(c.dep_ in ("poss", "amod", "compound") for c in tok.children):
            continue   # "the town of Marinka", "the capital Sanaa", "the Somali capital": named or owned
        capital = low in CAPITAL_NOUNS
        towns = [(start, place) for start, _end, place in chosen if start < tok.i and place.kind == CITY
                 and (not capital or gaz.is_capital(place))]
        if not towns:
            continue
        # of the sentence that last named a town, its first: the town the sentence is about, not one that
        # describes it or where someone spoke ("Afgoye, a town west of the Somali capital, Mogadishu";
        # "killed in an attack in the suburbs of Fallujah, officials in Baghdad said")
        last = doc[towns[-1][0]].sent.start
        town = next(place for start, place in towns if start >= last)
        taken[tok.i - 1] = taken[tok.i] = True
        out.append((tok.i - 1, tok.i + 1, town))
    return out


def _named_after(noun) -> bool:
    """Whether a place's noun has its name after it: "of" a name, a capitalised name, or a name in apposition
    ("Yemen's capital of Sanaa", "the capital Sanaa", "The Canadian capital, Ottawa,")."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return (after is not None and (after.lower_ == "of" or (after.pos_ == "PROPN" and after.text[:1].isupper()))) \
        or any(c.dep_ == "appos" for c in noun.children)


def _towns_placed_by_what_follows(doc, chosen: list[tuple[int, int, Place]], gaz: Gazetteer) -> list[tuple[int, int, Place]]:
    """"Paris, Texas", "Victoria, Canada": a town followed by a comma and a province or country is
    the town of that name there, if there is one; else a town the gazetteer does not know, in that
    province or country ("Palm Beach, Florida" is not the Australian Palm Beach)."""
    out = list(chosen)
    for k in range(len(out) - 1):
        start, end, place = out[k]
        after = out[k + 1]
        if place.kind == CITY and after[0] == end + 1 and doc[end].text == "," and after[2].kind in (PROVINCE, COUNTRY) \
                and after[2].country_code and after[2].country_code != place.country_code:
            there = gaz.lookup(doc[start:end].text, frozenset({after[2].country_code}), strict=True)
            if there is not None and there.kind == CITY:
                out[k] = (start, end, there)
            else:
                # "Palm Beach, Florida" when the gazetteer knows only an Australian Palm Beach: a town
                # too small for it, in the province named; the province is what is known of where
                out[k] = (start, end, after[2])
    return out


def _unlisted_places(doc, ents, chosen: list[tuple[int, int, Place]], taken: list[bool], gaz: Gazetteer,
                     context: frozenset[str]) -> list[tuple[int, int, Place]]:
    """Places the gazetteer does not list, named as places by the words around them: a name after
    "the town/village of" (town_nouns: a town, precision 1) or "the district/region of", or before
    "district" ("the Zurmat district of Paktia"; area_nouns: an area, precision 2), before "village" or
    "camp" ("in Pandawpyin village"; named_before_town_nouns: a town), and a name the
    tagger calls a place (GPE, LOC) after a place preposition ("in Lower Shabelle", "in the Middle
    East": an area). Each keeps the article's name, has no point, and is in the country the words
    around it say ("the Lebanese town of", "..., Somalia", "of Paktia"), else (but for a LOC, "the
    Middle East") in the country of the last town, province or region named before it, else in none. A name of
    actors.tsv, of a person or a common word is none of these; so is a name the gazetteer knows
    that the finder left out, unless the noun names it a town or area."""
    found: list[tuple[int, int, Place]] = []
    where = {start: place for start, _end, place in chosen}

    def free(start: int, end: int) -> bool:
        return start < end and not any(taken[start:end])

    def add(start: int, end: int, noun_at: int, kind: str, precision: int, known_ok: bool, borrow: bool = True) -> None:
        name = doc[start:end].text
        proper = doc[start:min(end, noun_at) if noun_at > start else end].text   # without "district"
        key = fold(proper)
        if not capitalised(proper) or any(c.isdigit() for c in proper) or key in places_table.actor_names() \
                or key in gaz.context_only or all(w in PERSON_WORDS for w in proper.split()):
            return
        code = _country_named_around(doc, start, end, noun_at, where, gaz, chosen)
        if not code and borrow:   # "... in Kandahar province. Also in the Zurmat district, ..."
            # (or a country named as where things happen: "In Iraq, coalition forces conducted four strikes:
            # ... Near Huwayjah, ...")
            code = _country_before(doc, start, chosen + found, WHERE_PREPOSITIONS)
        place = gaz.lookup(name, frozenset({code}) if code else context, strict=bool(code))
        if place is not None and not (known_ok and place.kind in (CITY, PROVINCE, REGION)):
            return
        if place is None and not code:
            # "In Syria, the Syrian Democratic Forces liberated the town of al-Kashmah": a name the
            # gazetteer lacks is in the country its sentence put the story in
            sentence = doc[start].sent
            code = next((p.country_code for s, _e, p in sorted(chosen, key=lambda c: -c[0])
                         if sentence.start <= s < start and p.kind == COUNTRY and p.country_code
                         and _preposition_before(doc, s)), "")
        if place is None:
            place = Place(name, kind, gaz.country_of(code) if code else "", code, None, None, precision)
        for i in range(start, end):
            taken[i] = True
        found.append((start, end, place))

    for tok in doc:
        low = tok.lower_
        if (tok.text != low and not (tok.text == low.title() and tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN"
                                     and doc[tok.i - 1].text[:1].isupper())) \
                or (low not in TOWN_NOUNS and low not in AREA_NOUNS):
            continue   # ("Pandawpyin Village", "Hiran Region": the noun written as part of the name)
        kind, precision = (CITY, EXACT) if low in TOWN_NOUNS else (REGION, NEAR)
        first = tok.i + 2
        named_after = first < len(doc) and doc[tok.i + 1].lower_ == "of" and _opens_name(doc, first)
        if named_after:
            end = _name_end(doc, first)
            if free(first, end):   # "the village of Marwaheen"
                add(first, end, tok.i, kind, precision, True)
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text in AREA_NOUNS:
            continue   # "Sayyad Valley district": the name runs on to the noun after it
        if low in AREA_NOUNS or low in NAMED_BEFORE_TOWN_NOUNS:   # "the Zurmat district of Paktia", "in Garmser district", "the Madamatine Myo village"
            start = tok.i
            while start > max(0, tok.i - 5):
                before = doc[start - 1]
                if not (before.pos_ == "PROPN" and before.text[:1].isupper()
                        or before.text in NAME_JOINERS and before.whitespace_ == "" and start > 1
                        and doc[start - 2].whitespace_ == ""
                        or start > 1 and doc[start - 2].text in NAME_JOINERS and doc[start - 2].whitespace_ == ""):
                    break
                start -= 1
            if named_after and any(t.is_alpha and t.is_lower and len(t) > 2 for t in doc[start:tok.i]):
                continue   # "the Taliban-held town of Musa Qala": a description before the noun, the name after it
            if start < tok.i and start > 0 and doc[start].text[:1].isupper() and free(start, tok.i + 1) and (
                    doc[start - 1].lower_ in ARTICLES or doc[start - 1].lower_ in PREPOSITIONS
                    or _place_owns(doc, start - 1, chosen)
                    or doc[start - 1].lower_ in AREA_QUALIFIERS and not named_after):
                # ("in nearby Dir district"; but "the western C.A.R. town of Bossangoa": a description before the noun)
                add(start, tok.i + 1, tok.i, *((REGION, NEAR) if low in AREA_NOUNS else (CITY, EXACT)), True)
    for sent in doc.sents:
        # "Near Tal Afar, a strike destroyed ...", "West of Beiji, coalition forces detained ...": a name after a
        # place preposition (or a compass point and "of") that opens the sentence, closed by a comma, is where its
        # act happened, whatever the tagger called it
        i = sent.start
        while i < sent.end - 1 and not doc[i].is_alpha:
            i += 1   # ("-- Near Tal Afar, ...": an item of a list)
        if doc[i].lower_ in COMPASS_POINTS and i + 1 < sent.end and doc[i + 1].lower_ == "of":
            i += 2
        elif doc[i].lower_ in PREPOSITIONS:
            i += 1
        else:
            continue
        if i >= sent.end or not _opens_name(doc, i):
            continue
        end = _name_end(doc, i)
        if i < end < sent.end and doc[end].text == "," and free(i, end):
            add(i, end, i, REGION, NEAR, False)
    for tok in doc:
        # "in the vicinity of Jilib", "on the outskirts of Kisik": a name a cue of nearness opens is a town
        if tok.i > 0 and not taken[tok.i] and tok.text[:1].isupper() and _opens_name(doc, tok.i) \
                and _cue_before(doc, tok.i, NEAR_CUES):
            end = _name_end(doc, tok.i)
            if free(tok.i, end):
                add(tok.i, end, tok.i, CITY, NEAR, False)
    for ent in ents:   # "in Lower Shabelle"
        if ent.label_ in UNLISTED_LABELS:
            start, end = _trim(doc, ent.start, ent.end)
            if free(start, end) and _preposition_before(doc, start) and not (
                    doc[start:end].text.isupper() and end - start == 1):
                add(start, end, start, REGION, NEAR, False, ent.label_ == "GPE")
    return found


def _place_owns(doc, i: int, chosen: list[tuple[int, int, Place]]) -> bool:
    """Whether token `i` is the possessive ending of a place the finder chose or of an area noun
    ("Khost province's Bak district", "Helmand's Nad-e Ali district"): the name after it is a part of that place."""
    return i > 0 and doc[i].tag_ == "POS" and (doc[i - 1].lower_ in AREA_NOUNS
                                               or any(end == i for _start, end, _place in chosen))


def _opens_name(doc, i: int) -> bool:
    """Whether a name starts at token `i`: a capital, or an Arabic article joined to one ("the town of
    al-Kashmah")."""
    return doc[i].text[:1].isupper() or (doc[i].lower_ in NAME_ARTICLES and i + 2 < len(doc) and doc[i].whitespace_ == ""
                                         and doc[i + 1].text in NAME_JOINERS and doc[i + 2].text[:1].isupper())


def _name_end(doc, start: int) -> int:
    """Where a place name written from token `start` ends: capitalised words, pieces joined to them by
    a hyphen or an apostrophe ("Nawah-ye", "Zar'it"), and an Arabic article before a capitalised
    word or a hyphen ("Maroun al-Ras"); four words at most, within the sentence."""
    stop = doc[start].sent.end
    end, words = start, 0
    while end < stop:
        tok = doc[end]
        joined = end > start and doc[end - 1].whitespace_ == ""
        if tok.text[:1].isupper() and tok.text[:1].isalpha():
            words += 0 if joined else 1
            if words > 4:
                break
        elif joined and (tok.text in NAME_JOINERS or doc[end - 1].text in NAME_JOINERS) and tok.whitespace_ == "" \
                and end + 1 < stop:
            pass
        elif joined and doc[end - 1].text in NAME_JOINERS and tok.is_alpha:
            pass
        elif tok.lower_ in NAME_ARTICLES and end + 1 < stop and (
                doc[end + 1].text in NAME_JOINERS or doc[end + 1].text[:1].isupper()):
            pass
        else:
            break
        end += 1
    while end > start and not doc[end - 1].text[-1:].isalnum():
        end -= 1
    return end


def _country_named_around(doc, start: int, end: int, noun_at: int, where: dict[int, Place], gaz: Gazetteer,
                          spans: Iterable[tuple[int, int, Place]] = ()) -> str:
    """The ISO-2 code of the country the words around a name say it is in: a nationality adjective or
    country before its noun ("the Lebanese town of"; not a word of another place's name of `spans`, the
    chosen places: "the Indian Ocean coastal town of"), or a place after it or its noun, after a comma,
    "of" or "in" ("..., Somalia", "the Zurmat district of Paktia"); "" if none."""
    i = noun_at - 1
    while i >= 0 and i > noun_at - 4 and doc[i].lower_ not in ARTICLES and doc[i].pos_ in ("ADJ", "PROPN", "NOUN"):
        if any(s <= i < e and p.kind != COUNTRY for s, e, p in spans):
            break   # "the Indian Ocean coastal town of Addale": a word of another place's name names no country
        place = gaz.lookup(doc[i].text) if doc[i].text[:1].isupper() else None
        if place is not None and place.kind == COUNTRY:
            return place.country_code
        i -= 1
    for after in sorted({end, noun_at + 1}):
        j = after
        for _hop in range(3):   # "Shebeeley, Hiran Region, Somalia": through a region the gazetteer lacks
            if not (j < len(doc) and doc[j].lower_ in (",", "of", "in")):
                break
            j += 1
            while j < len(doc) and (doc[j].lower_ in ARTICLES or doc[j].lower_ in COMPASS):
                j += 1
            place = where.get(j)
            if place is not None and place.country_code:
                return place.country_code
            if doc[j - 1].text != ",":
                break
            nxt = next((k for k in range(j, min(j + 5, len(doc))) if doc[k].text == ","), None)
            if nxt is None or not all(t.text[:1].isupper() for t in doc[j:nxt]):
                break
            j = nxt
    return ""


def _table_matches(doc, gaz: Gazetteer, ents) -> list[tuple[int, int, Place, bool]]:
    """(start, end, place, demonym?) for every name of places.tsv or of a country in the doc,
    capitalised as the name is, and not part of a longer name."""
    matcher, entries = _matcher(gaz, doc.vocab)
    strings = doc.vocab.strings
    out = []
    matches = [(start, end, entries[strings[match_id]]) for match_id, start, end in matcher(doc)]
    matched = {i for start, end, (written_as, _p, _d) in matches if case_ok(written_as, doc[start:end].text)
               for i in range(start, end)}
    entity_at: dict[int, tuple[int, int]] = {}
    for ent in ents:   # entities do not overlap: each token is in one at most
        trimmed = _trim(doc, ent.start, ent.end)
        for i in range(trimmed[0], trimmed[1]):
            entity_at[i] = trimmed
    persons = {(e.start, e.end) for e in ents if e.label_ == "PERSON"}
    for start, end, (written_as, place, demonym) in matches:
        if not case_ok(written_as, doc[start:end].text) or _inside_other_name(doc, start, end, entity_at, matched) \
                or _first_word_of_a_name(doc, start, end):
            continue
        if place.kind == COUNTRY and not demonym and (start, end) in persons and after_title(doc, start):
            continue   # "Mr. Jordan" the person ("Sri Lanka's army", tagged a person, is the country's)
        out.append((start, end, place, demonym))
    return out


def after_title(doc, start: int) -> bool:
    """Whether the words before token `start` are a title of actors.tsv ("Mr.", "President", "Defense
    Secretary"): what follows is a person's name."""
    titles = places_table.title_words()
    return any(start - n >= 0 and fold(doc[start - n:start].text) in titles for n in (1, 2, 3))


def _in_title(root) -> bool:
    """Whether a name hangs on a title of actors.tsv through a preposition, or is joined to what does
    ("Minister for Africa and the Middle East", "the UN envoy to Yemen"): the office's field, no place."""
    while root.dep_ == "conj":
        root = root.head
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        root = root.head.head
    return root.pos_ in ("NOUN", "PROPN") and fold(root.text) in places_table.title_words()


def _other_names(doc, ents) -> list[tuple[int, int]]:
    """Spans that may be a town the tagger mislabelled or missed: entities of a person,
    organisation or thing, and runs of capitalised proper nouns outside every entity."""
    spans = [_trim(doc, e.start, e.end) for e in ents if e.label_ in OTHER_NAME_LABELS]
    # (a proper noun the tagger put in an entity of another kind, "Near Manbij" read as a date, is free)
    in_entity = {i for e in ents if e.label_ in OTHER_NAME_LABELS or e.label_ in PLACE_LABELS
                 for i in range(e.start, e.end)}
    run: list[int] = []
    for tok in list(doc) + [None]:
        if tok is not None and tok.i not in in_entity and tok.pos_ == "PROPN" and tok.text[:1].isupper():
            if run and tok.ent_iob_ == "B" and tok.ent_type_ in TIME_LABELS:
                spans.append(_trim(doc, run[0], run[-1] + 1))   # "Colombo Friday night": the day is no part of it
                run = []
            run.append(tok.i)
            continue
        if run:
            spans.append(_trim(doc, run[0], run[-1] + 1))
            run = []
    return [(s, e) for s, e in spans if s < e]


def _widen(doc, start: int, end: int, place: Place, taken: list[bool]) -> tuple[int, int, Place]:
    """Take in a compass adjective before a name ("eastern Ukraine") and a province noun after a
    town ("Kharkiv region")."""
    if end < len(doc) and not taken[end] and doc[end].lower_ in REGION_NOUNS and place.kind in (CITY, PROVINCE):
        place, end = province_around(place, doc[end].lower_), end + 1
    if start > 0 and not taken[start - 1] and doc[start - 1].lower_ in COMPASS \
            and place.kind in (COUNTRY, PROVINCE, REGION):
        place, start = part_of(doc[start - 1].lower_, place), start - 1
    return start, end, place


def _mention(doc, start: int, end: int, place: Place, gaz: Gazetteer, before: list[PlaceMention]) -> PlaceMention:
    text = doc[start:end].text
    offshore = _cue_before(doc, start, OFFSHORE_CUES)
    if offshore:
        coast = place.kind == REGION and doc[end - 1].lower_ in COAST_NOUNS   # "off the Venezuelan coast"
        base = gaz.countries.get(place.country_code, place) if coast else place
        return PlaceMention(start, end, text, off(base), offshore.split()[0], LOCATIVE)
    cue = _cue_before(doc, start, NEAR_CUES)
    if cue:   # "near Bakhmut": the town's point, but only near it
        return PlaceMention(start, end, text, replace(place, precision=max(place.precision, NEAR)), cue, LOCATIVE)
    root = doc[start:end].root
    if place.kind == COUNTRY and root.dep_ in ("compound", "amod") and root.head.lemma_.lower() in MOBILE_TARGETS:
        # "fired missiles at U.S. warships", "attacked a U.S. convoy": the flag of what was hit, no place
        return PlaceMention(start, end, text, place, "", MODIFIER)
    if root.dep_ == "pobj" and root.head.lower_ in PREPOSITIONS:
        return PlaceMention(start, end, text, place, root.head.lower_, LOCATIVE)
    named = _town_noun_before(doc, start)
    if named is not None and place.kind == CITY:
        # "in Armenia's capital Yerevan", "in the port city Hodeidah" (however the parser hangs the name): the
        # town the noun before it names, where that noun is
        return PlaceMention(start, end, text, place, named.head.lower_, LOCATIVE)
    # (a country after "attacks against" is as often a flag's adjective misread: "attacks against U.S. vessels")
    preposition = _preposition_before(doc, start) or (_attacked(doc, start, end) if place.kind != COUNTRY else "")
    if preposition:
        return PlaceMention(start, end, text, place, preposition,
                            ORIGIN if preposition in ORIGIN_PREPOSITIONS else LOCATIVE)
    if root.dep_ in LINKS:
        # "in Kharkiv and Sumy", "in Goma, eastern DRC", "Israel and Iran said": the role of the
        # place it is joined to.
        head = next((m for m in before if m.start <= root.head.i < m.end), None)
        if head is not None:
            return PlaceMention(start, end, text, place, head.preposition, head.role)
    if _in_title(root):   # "Minister for Africa and the Middle East", "the envoy to Sudan": part of a title
        return PlaceMention(start, end, text, place, "", MODIFIER)
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ in ("NOUN", "PROPN"):
        # "the city of Khan Younis" is where "the city" is; "the Government of the DRC" qualifies a noun
        noun = root.head.head
        if noun.lower_ in PLACE_HEADS and noun.dep_ == "pobj" and noun.head.lower_ in PREPOSITIONS:
            return PlaceMention(start, end, text, place, noun.head.lower_, LOCATIVE)
        if noun.lower_ in PLACE_HEADS and noun.dep_ in ("dobj", "obj", "nsubj", "nsubjpass"):
            return PlaceMention(start, end, text, place, "", OTHER)   # "seized the town of Uvira": the place itself
        return PlaceMention(start, end, text, place, "", MODIFIER)
    government = place.kind == COUNTRY or fold(place.name) in SEATS or gaz.is_capital(place)
    if government and (root.dep_ in SUBJECT_DEPS or root.dep_ == "pobj" and root.head.dep_ == "agent"):
        return PlaceMention(start, end, text, place, "", ACTOR)
    if root.dep_ in MODIFIER_DEPS:
        return PlaceMention(start, end, text, place, "", MODIFIER)
    return PlaceMention(start, end, text, place, "", OTHER)


def event_place(mentions: Iterable[PlaceMention], token_indices: Iterable[int]) -> Place | None:
    """The place of an event: among the mentions with a token in `token_indices` (the event's
    clause), leaving out actors ("Russia said"), the most specific — a facility or town, then a
    region, province or sea, then a country — preferring a place after a place preposition to one
    used otherwise, and any of these to a modifier ("the Gaza ceasefire" talks "in Cairo") or to a place
    the act started from ("rockets fired into Israel from Gaza"); the first in the text on a tie."""
    tokens = set(token_indices)
    inside = [m for m in mentions if m.role != ACTOR and any(i in tokens for i in range(m.start, m.end))]
    if not inside:
        return None
    best = min(inside, key=lambda m: (m.role == MODIFIER, m.role == ORIGIN, m.place.precision,
                                      KIND_RANK.get(m.place.kind, 2), not m.locative, m.start))
    return as_written(best)


def as_written(mention: PlaceMention) -> Place:
    """The mention's place under the name the article gives a town ("Palmyra", "Abu Kamal", "Husaybah"),
    where the gazetteer files it under another ("Tadmur", "Albu Kamal", "Al Qa’im"); its coordinates stay."""
    written = mention.text.strip()
    if mention.place.kind != CITY or not written or fold(written) == fold(mention.place.name) \
            or not all(w[:1].isupper() for w in written.split() if w.isalpha() and len(w) > 3):
        return mention.place
    return replace(mention.place, name=written)
