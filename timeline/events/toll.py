"""The toll of an event: how many were killed and injured, as its clause states it.

"killing 11 people", "three soldiers were killed", "at least 70 Palestinians were killed", "left 26
dead", "wounding dozens", "the death toll rose to 31", "claimed 220 lives". The words of killing and injury and the
values of vague counts ("dozens" = 12, as ACLED codes them) are in lang/en/words.tsv; numbers in
words come from the date engine's numbers table. None when the clause states no number.
"""
from __future__ import annotations

from dataclasses import dataclass

from timeline import lang
from timeline.timex.lexicon import load as load_timex_lexicon
from timeline.timex.resolve.values import number

WORDS = lang.words("words.tsv")
KILL = WORDS["kill_lemmas"]
INJURE = WORDS["injure_lemmas"]
TOLL = WORDS["toll_nouns"]
VAGUE = {word: int(value) for word, value in lang.word_maps("words.tsv")["vague_counts_map"].items()}
SINGLE = WORDS["single_victims"]
FATAL = WORDS["fatal_adverbs"]
SINGLE_DETERMINERS = WORDS["single_determiners"]
ONE_PERSON_PRONOUNS = WORDS["one_person_pronouns"]
MULTIPLIERS = {word: int(n) for word, n in lang.word_maps("words.tsv")["count_multipliers_map"].items()}
VICTIM_DEPS = frozenset({"nsubjpass", "dobj", "nsubj", "obj"})
LIFE_TAKING = WORDS["life_taking_verbs"]
LIVES = WORDS["life_nouns"]
LIFE_LOSING = WORDS["life_losing_verbs"]
FATAL_RESULTS = WORDS["fatal_results"]
TOTALS = WORDS["total_nouns"]
FINDING = WORDS["finding_verbs"]
BODIES = WORDS["dead_body_nouns"]


@dataclass(frozen=True)
class Toll:
    fatalities: int | None = None
    injured: int | None = None


def count_of(tok) -> int | None:
    """The number a token stands for: "11", "1,200", "three", "twenty-four" (the tokens of a compound
    number hang on its last one), "dozens"."""
    text = tok.lower_
    if text in VAGUE:
        return VAGUE[text]
    parts = [t for t in tok.subtree if t.like_num or t.text == "-"]
    if len(parts) > 1 and parts[-1].i == tok.i:
        text = " ".join(t.lower_ for t in parts if t.text != "-")
    value = number(text, load_timex_lexicon())
    if value is None or value != int(value) or value <= 0:
        return None
    # "nearly two dozen": the number counts dozens
    factor = next((MULTIPLIERS[c.lower_] for c in tok.children if c.lower_ in MULTIPLIERS), 1)
    return int(value) * factor


def _count_of_noun(noun) -> int | None:
    """The count of a victims noun: itself a number ("killed 11"), or its number modifier ("11 people",
    "at least 70 Palestinians", "dozens of people", "hundreds of civilians")."""
    if noun.like_num or noun.lower_ in VAGUE:
        return count_of(noun)
    for child in noun.children:
        if child.dep_ in ("nummod", "quantmod", "amod") and (child.like_num or child.lower_ in VAGUE):
            if (n := count_of(child)) is not None:   # "the second soldier": an ordinal counts no one
                return n
        if child.dep_ == "amod":   # "at least 15 more people": the number hangs on "more"
            for grand in child.children:
                if grand.dep_ in ("npadvmod", "nummod") and grand.like_num and (n := count_of(grand)) is not None:
                    return n
    for child in noun.children:  # "dozens of people": the quantity is the head, "of" the victims
        if child.dep_ == "prep" and child.lower_ == "of" and noun.lower_ in VAGUE:
            return count_of(noun)
    for child in noun.children:  # "an entire family of 10": the group's size
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.like_num:
                    return count_of(pobj)
    if noun.lemma_.lower() in TOTALS and (n := _of_count(noun)) is not None:
        return n   # "a total of 224 people"
    for child in noun.children:  # "killed seven workers mining sodium carbonate": the victims read as a modifier
        if child.dep_ == "compound" and child.tag_ == "NNS" and child.i == noun.left_edge.i + 1 and (
                n := _count_of_noun(child)) is not None:
            return n
    if (noun.tag_ in ("NN", "NNP") and noun.lemma_.lower() in SINGLE or noun.tag_ == "NNP" and noun.ent_type_ == "NORP") and any(
            (c.dep_ == "det" and c.lower_ in SINGLE_DETERMINERS) or c.dep_ == "poss" for c in noun.children):
        return 1   # "killing a child who was being treated there", "fatally shot her son", "killed the military chief",
        # "killed a Palestinian" (a nationality as a noun: one person of it)
    return None


def _of_count(noun) -> int | None:
    """The count of what a noun is "of" ("a total of 224 people", "the lives of six people")."""
    return next((n for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and (n := _count_of_noun(o)) is not None), None)


def _victims_count(tok) -> int | None:
    """The number of victims of one word of killing or injury."""
    if tok.pos_ in ("VERB", "AUX"):
        transitive = any(c.dep_ in ("dobj", "obj") for c in tok.children)
        for child in tok.children:
            if child.dep_ == "nsubj" and transitive:
                continue   # "One attack ... killed nine members": the subject killed, the object died
            if child.dep_ in VICTIM_DEPS and (n := _count_of_noun(child) or _named_victims(child)) is not None:
                # "Six Iraqi police and 12 Islamic State fighters were killed": the groups joined add up
                return n + sum(_count_of_noun(c) or 0 for c in child.conjuncts if c.pos_ in ("NOUN", "PROPN", "NUM"))
        if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and not any(c.dep_ in VICTIM_DEPS for c in tok.children):
            return _victims_count(tok.head)   # "were shot and killed": the victims of the first verb
        if tok.dep_ == "advcl" and tok.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
            for child in tok.head.children:   # "40 Syrians were confirmed as killed"
                if child.dep_ == "nsubjpass" and (n := _count_of_noun(child)) is not None:
                    return n
        if tok.dep_ == "acl" and tok.tag_ == "VBN":   # "six brothers killed when a strike hit their car"
            return _count_of_noun(tok.head)
        if tok.dep_ == "xcomp":   # "at least 21 people are reported to have died": the subject raised to the verb above
            for child in tok.head.children:
                if child.dep_ in ("nsubj", "nsubjpass") and (n := _count_of_noun(child)) is not None:
                    return n
        return None
    if tok.pos_ == "ADJ":   # "26 dead", "left 26 people dead", "11 wounded"
        for child in tok.children:
            if child.dep_ in ("nummod", "npadvmod", "nsubj") and (n := _count_of_noun(child)) is not None:
                return n
        if tok.head.i != tok.i and tok.dep_ in ("amod", "oprd", "acomp", "ccomp"):
            for cand in (tok.head, *[c for c in tok.head.children if c.dep_ in ("dobj", "nsubj")]):
                if (n := _count_of_noun(cand)) is not None:
                    return n
        return None
    if tok.pos_ in ("NOUN", "PROPN"):   # "31 deaths", "the deaths of 11 people"
        n = _count_of_noun(tok)
        if n is not None:
            return n
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if (n := _count_of_noun(pobj)) is not None:
                        return n
                    if tok.tag_ == "NN" and (pobj.ent_type_ == "PERSON" or (
                            pobj.tag_ == "NN" and pobj.lemma_.lower() in SINGLE)):
                        return 1   # "the death of Palestinian child Abdul Qader al-Fayoumi"
    return None


def _named_victims(noun) -> int | None:
    """The number of people named as the victims: names joined by "and" ("Tihran and Mykyta were both
    killed"), one name ("killed President Joao Bernardo Vieira", "Gaddafi has been killed") or a pronoun of
    one person ("he was killed in an explosion"); else None."""
    if noun.tag_ == "PRP":
        return 1 if noun.lower_ in ONE_PERSON_PRONOUNS else None
    if noun.ent_type_ != "PERSON":
        return None
    names = [noun] + [c for c in noun.subtree if c.dep_ == "conj" and c.ent_type_ == "PERSON"]
    if len(names) > 1:
        return len(names)
    return 1 if noun.tag_ == "NNP" and not any(c.dep_ in ("cc", "conj") for c in noun.children) else None


def _toll_noun(tok) -> int | None:
    """"the death toll rose to 31", "a toll of 31"."""
    for attach in (tok, tok.head):
        for child in attach.children:
            if child.dep_ == "prep" and child.lower_ in ("to", "of"):
                for pobj in child.children:
                    if (n := _count_of_noun(pobj)) is not None:
                        return n
    return None


def toll_of(tokens) -> Toll:
    """The largest number killed and injured stated among `tokens` (an event's clauses)."""
    killed: list[int] = []
    injured: list[int] = []
    for tok in tokens:
        lemma = tok.lemma_.lower()
        if lemma in TOLL:
            if (n := _toll_noun(tok)) is not None:
                killed.append(n)
            continue
        if lemma in LIFE_TAKING and tok.pos_ == "VERB":   # "the air strikes have claimed at least 220 lives"
            for child in tok.children:   # "took the lives of six people"
                if child.dep_ in ("dobj", "obj") and child.lemma_.lower() in LIVES and (
                        n := _count_of_noun(child) or _of_count(child)) is not None:
                    killed.append(n)
            continue
        if lemma in LIFE_LOSING and tok.pos_ == "VERB" and any(
                c.dep_ in ("dobj", "obj") and c.lemma_.lower() in LIVES for c in tok.children):
            # "46 Korean sailors lost their lives": the subject are the dead
            n = next((k for c in tok.children if c.dep_ == "nsubj" and (k := _count_of_noun(c)) is not None), None)
            if n is not None:
                killed.append(n)
            continue
        if lemma in BODIES and tok.pos_ == "NOUN" and tok.dep_ in VICTIM_DEPS and tok.head.lemma_.lower() in FINDING:
            # "the bodies of at least 27 children were found", "recovered 12 bodies": the dead found
            n = _count_of_noun(tok)
            for child in tok.children if n is None else ():
                if child.dep_ == "prep" and child.lower_ == "of":
                    n = next((k for p in child.children if (k := _count_of_noun(p)) is not None), None)
            if n is not None:
                killed.append(n)
            continue
        if lemma in KILL or tok.lower_ in KILL or (tok.pos_ == "VERB" and any(
                c.dep_ == "advmod" and c.lower_ in FATAL or c.dep_ == "prep" and c.lower_ == "to" and any(
                    p.lemma_.lower() in FATAL_RESULTS for p in c.children) for c in tok.children)):
            # "fatally shot her son", "shot to death three workers", "have starved to death"
            if (n := _victims_count(tok)) is not None:
                killed.append(n)
        elif lemma in INJURE or tok.lower_ in INJURE:
            if (n := _victims_count(tok)) is not None:
                injured.append(n)
    return Toll(max(killed) if killed else None, max(injured) if injured else None)
