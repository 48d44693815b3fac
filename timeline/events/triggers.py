"""Trigger choice: the word of a clause that tells what happened, and so its category.

The clause's verb, else a verb it governs through "to", else a core argument, else another word,
that the taxonomy (lang/en/escalation.tsv) lists; weak reporting verbs ("said") yield to a real
trigger. Trigger words that only describe ("a negotiated exit"), name kinds ("has survived
protests"), name an event told before ("the attack") or sit in a noun's modifier do not count;
deadlines ("48 hours to ...") are ultimatums."""
from __future__ import annotations

from timeline import lang
from timeline.events.clauses import (COMMISSIVE_VERBS, CONCERN_ADJECTIVES, CONCERN_PREPS, FORCE_MOVERS, FUTURE_AUXILIARIES, LABELLING_VERBS,
                                     SAYING_VERBS, WELCOMED_HAPPENINGS, Clause, joined_infinitive, role_of,
                                     welcoming_verb)
from timeline.events.syntax import INDEFINITE_DETERMINERS, PREDICATE_ADJ_DEPS, definite, descriptive_verb, has_neg, held_already, in_predicate_phrase
from timeline.events.taxonomy import OTHER, VERB_ONLY as VERB_ONLY_TRIGGERS, load_taxonomy


ATTEMPT_NOUNS = lang.words("words.tsv")["attempt_nouns"]
BACK_DETERMINERS = lang.words("words.tsv")["back_determiners"]


def refers_back(noun, clause: Clause, dated_tokens: set[int]) -> bool:
    """A definite or possessive event noun without an ordinal or a date of its own clause ("the
    strike was carried out by ...") names an event already told; "the second strike came on
    Monday", "the September 2 attack" and "continues its attacks" are events in their own right."""
    determiners = [c for c in noun.children if c.dep_ in ("det", "poss", "predet", "amod")]
    if not any(d.lower_ in BACK_DETERMINERS or d.dep_ == "poss" for d in determiners):
        return False
    if noun.dep_ in ("dobj", "obj") and noun.head.lemma_ in CONTINUATION_VERBS:
        return False   # "Israel continues its attacks": the attacks go on, a new event of the story
    if welcomed_as_news(noun):
        return False   # "welcomes the joint declaration between the DRC and M23": what a speaker welcomes is news
    if any(c.dep_ in ("amod", "nummod") and (c.tag_ == "JJ" and c.lower_.endswith(ORDINAL_SUFFIXES)
                                            or c.like_num) for c in noun.children):
        return False
    # "Monday's reported attack", "Saturday's raid": a day as the possessive names when the event
    # told before happened; any other date of the clause makes it an event in its own right
    day_of = {t.i for d in determiners if d.dep_ == "poss" and d.i in dated_tokens for t in d.subtree}
    return not any(t.i in dated_tokens and t.i not in day_of for t in clause.tokens)


def welcomed_as_news(noun) -> bool:
    """"The UK welcomes the joint declaration between the DRC and M23", "welcomes the signing of the peace
    agreement": the happening a speaker welcomes (or the one whose signing, release ... it welcomes) is
    the news the welcome answers, named with "the" as the speaker's audience knows it, not as told before
    in the story, when it says which one it is ("between ...", "by ...", "reached in Doha"): "welcomes the
    ceasefire" alone names the one the story told."""
    if not any(c.dep_ in ("prep", "acl", "relcl") for c in noun.children):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in WELCOMED_HAPPENINGS:
        noun = noun.head.head
    return welcoming_verb(noun) is not None


GENERIC_DETERMINERS = lang.words("words.tsv")["generic_determiners"]
CONTINUATION_VERBS = lang.words("words.tsv")["continuation_verbs"]
OBJECT_ONLY_TRIGGERS = lang.words("words.tsv")["object_only_triggers"]
INTRANSITIVE_ONLY_TRIGGERS = lang.words("words.tsv")["intransitive_only_triggers"]
PURPOSE_FRAMES = lang.words("words.tsv")["purpose_frames"]
PURPOSE_FRAME_PREPOSITIONS = lang.words("words.tsv")["purpose_frame_prepositions"]
LIGHT_OBJECT_TRIGGERS = lang.words("words.tsv")["light_object_triggers"]
SUBJECT_ONLY_TRIGGERS = lang.words("words.tsv")["subject_only_triggers"]
SITUATED_TRIGGERS = lang.words("words.tsv")["situated_triggers"]
SITUATING_PREPOSITIONS = lang.words("words.tsv")["situating_prepositions"]
BOARDING_TRIGGERS = lang.words("words.tsv")["boarding_triggers"]
BOARDED_VESSELS = lang.words("words.tsv")["boarded_vessels"]
PLACE_REACHING_TRIGGERS = lang.words("words.tsv")["place_reaching_triggers"]
CRAFT_TRIGGERS = lang.words("words.tsv")["craft_triggers"]
REACHED_PLACES = lang.words("words.tsv")["reached_places"]
CUSTODY_TRIGGERS = lang.words("words.tsv")["custody_triggers"]
CUSTODY_VERBS = lang.words("words.tsv")["custody_verbs"]
CUSTODY_PREPOSITIONS = lang.words("words.tsv")["custody_prepositions"]
ADJECTIVAL_GERUNDS = lang.words("words.tsv")["adjectival_gerunds"]
WAY_VERBS = lang.words("words.tsv")["way_verbs"]
CLOSED_WAYS = lang.words("words.tsv")["closed_ways"]


def closes_a_way(verb, lemmas: list[str]) -> bool:
    """"closed all border crossings", "shut its airspace", "the border was closed", "reopened the
    crossing": what is closed or opened
    (the object, or the subject of a passive; the head noun or a noun compounded with it) is a way
    in or out of a country."""
    def a_way(tok) -> bool:   # (the word as written too: the tagger may take "crossing" for a verb)
        return lemmas[tok.i] in CLOSED_WAYS or tok.lower_ in CLOSED_WAYS

    for arg in verb.children:
        if arg.dep_ in ("dobj", "obj", "nsubjpass") or (arg.dep_ in ("advcl", "xcomp") and arg.i > verb.i):
            if a_way(arg) or any(c.dep_ == "compound" and a_way(c) for c in arg.children):
                return True
    return False
ORDINAL_SUFFIXES = lang.word_lists("words.tsv")["ordinal_suffixes"]
VERB_ENDINGS = lang.word_lists("words.tsv")["verb_endings"]


def generic_object(noun, clause: Clause, taxonomy, lemmas: list[str], dated_tokens: set[int]) -> bool:
    """A bare event noun ("protests", "diplomacy", "both defiance and diplomacy") as the object of a
    verb that is neither a trigger nor a light verb, in an undated present or present-perfect clause,
    names a kind of event in a characterisation ("Maduro has survived waves of protests"), no event."""
    head = clause.head
    aux = [a for a in head.children if a.dep_ in ("aux", "auxpass")]
    present = head.tag_ in ("VBZ", "VBP") and not aux or \
        head.tag_ == "VBN" and bool(aux) and all(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in aux)
    if not present or taxonomy.match(lemmas, head.i) is not None or is_light(head, taxonomy, lemmas):
        return False
    w = head.lower_
    for form in {w[:-1], w[:-2], w[:-3], w[:-3] + "e"} if w.endswith(VERB_ENDINGS) else ():
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


UNDERGOING_PREPOSITIONS = lang.words("words.tsv")["undergoing_prepositions"]
NEW_ACT_CONFIRMING_VERBS = lang.words("words.tsv")["new_act_confirming_verbs"]
NEW_ACT_DETERMINERS = lang.words("words.tsv")["new_act_determiners"]
BLAZE_NOUNS = lang.words("words.tsv")["blaze_nouns"]
BLAZE_COUNTERS = lang.words("words.tsv")["blaze_counters"]
DISMISSAL_VERBS = lang.words("words.tsv")["dismissal_verbs"]
DISMISSED_PEOPLE = lang.words("words.tsv")["dismissed_people"] | lang.words("words.tsv")["office_nouns"]
PERSON_HARMING_VERBS = lang.words("words.tsv")["person_harming_verbs"]
HARMED_PEOPLE = lang.words("words.tsv")["people_taken"] | DISMISSED_PEOPLE


STEP_NOUNS = lang.words("words.tsv")["step_nouns"]
STEP_TAKING_VERBS = lang.words("words.tsv")["step_taking_verbs"]


def steps_taken(verb) -> bool:
    """"is taking steps to impose new visa restrictions": a verb taking a noun of doing (`step_nouns`), whose "to"
    infinitive (hung on the noun or on the verb) is the act done."""
    return verb.lemma_.lower() in STEP_TAKING_VERBS and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in STEP_NOUNS for c in verb.children)


def in_noun_modifier(tok, head, modal_nouns: frozenset, dated_tokens: set[int] = frozenset()) -> bool:
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
            if noun.dep_ in ("dobj", "obj") and steps_taken(noun.head):
                return False   # "is taking steps to impose visa restrictions": the steps are the act done

            return not (head.lemma_ == "be" and in_predicate_phrase(noun, head))
        x = x.head
    return False


def _capitalised(tok) -> bool:
    return tok.text[:1].isupper() and not tok.text.isupper() and not tok.is_sent_start


def in_title(tok) -> bool:
    """A capitalised word inside a sentence, next to another one, is a word of a title or a name
    ("Tell Her Everything", "the Peace Agreement Signing"), not a verb or noun telling an event."""
    # (a capitalised neighbour is in the same sentence: neither it nor `tok` starts one)
    doc = tok.doc
    return _capitalised(tok) and any(0 <= j < len(doc) and _capitalised(doc[j]) for j in (tok.i - 1, tok.i + 1))


INTRO_SUBJECTS = lang.words("words.tsv")["intro_subjects"]
PRESS_AUDIENCES = lang.words("words.tsv")["press_audiences"]
INTRO_VERBS = lang.words("words.tsv")["intro_verbs"]
SUPERLATIVE_ADVERBS = lang.words("words.tsv")["superlative_adverbs"]
RECORD_ORDINALS = lang.words("words.tsv")["record_ordinals"]


def speaker_intro(verb, copula) -> bool:
    """"This is President Maduro speaking yesterday in Caracas", "Here's Eyal Zamir, speaking with
    reservists": a broadcast's introduction of a speaker tells that the person spoke, then and there."""
    if verb.lemma_.lower() not in INTRO_VERBS or not any(
            c.lower_ in INTRO_SUBJECTS for c in copula.children if c.dep_ in ("nsubj", "expl", "advmod")):
        return False
    # "Here’s President Trump speaking": with a curly apostrophe the tagger makes the speaking the
    # subject of "’s", with the speaker as its own subject
    return (verb.dep_ == "acl" and verb.head.head.i == copula.i) or (verb.dep_ == "csubj" and verb.head.i == copula.i)


def label_of_what_was_told(noun) -> bool:
    """"Israel continues to claim that Hamas is infiltrating the distribution of aid, a charge the aid
    groups have repeatedly denied": an indefinite noun set beside a clause (in apposition) with a
    relative clause of its own names what was told, it tells no event of its own."""
    set_beside = noun.dep_ == "appos" or (noun.dep_ == "npadvmod" and noun.i > 1 and noun.doc[noun.i - 2].text == ",")
    return noun.pos_ == "NOUN" and set_beside and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) and any(
        c.dep_ == "relcl" for c in noun.children)


def record(noun) -> bool:
    """"..., the deadliest attack on the city this year", "It was the largest strike since 2000": an
    event noun ranked by a superlative, set beside what was told (in apposition) or said of it (a
    copula's predicate), compares; it tells no event of its own."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("appos", "attr"):
        return False
    # ("It was the 21st such strike": a place in a series is a ranking too)
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in RECORD_ORDINALS or c.ent_type_ == "ORDINAL"
                                     or (c.tag_ == "JJ" and c.text[:1].isdigit())   # "21st", tagged a date
                                     or any(m.lower_ in SUPERLATIVE_ADVERBS for m in c.children))
               for c in noun.children)


POSING_VERBS = lang.words("words.tsv")["posing_verbs"]


FORCE_NOUN_CATEGORIES = lang.words("words.tsv")["force_noun_categories"]


def bare_participle(prep) -> bool:
    """Whether a prepositional phrase (through any prepositions it is joined to: "coordinated with and
    in support of") hangs on a past participle with no subject or auxiliary of its own."""
    verb = prep.head
    while verb.pos_ == "ADP" and verb.head.i != verb.i:
        verb = verb.head
    return verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def strong_trigger(tok, taxonomy, lemmas: list[str]):
    """The taxonomy's trigger at `tok` when it has a category and is not weak ("the attack", "strikes"),
    else None."""
    found = taxonomy.match(lemmas, tok.i)
    return found if found is not None and found.category is not None and not found.weak else None


def other_phrase(word, preposition, taxonomy, lemmas: list[str]) -> bool:
    """Whether `word` makes a two-word trigger with another of its prepositions than `preposition`
    ("called on Monday for an end to the fighting": "call for")."""
    for p in word.children:
        if p.dep_ == "prep" and p.i != preposition.i:
            found = taxonomy.match([lemmas[word.i], lemmas[p.i]], 0)
            if found is not None and len(found.lemmas) == 2:
                return True
    return False


def phrase_start(i: int, taxonomy, lemmas: list[str]) -> int | None:
    """Where the trigger phrase of the taxonomy that holds the word at i starts, when it starts before
    it ("cease - fire", "test - fire": the phrase, not its last word, names the event), else None."""
    for k in (1, 2, 3):
        if i - k < 0:
            break
        found = taxonomy.match(lemmas, i - k)
        if found is not None and found.category is not None and len(found.lemmas) > k:
            return i - k
    return None


def choose_trigger(clause: Clause, taxonomy, lemmas: list[str], blocked: set[int],
                    dated_tokens: set[int] = frozenset(), modal_nouns: frozenset = frozenset()) -> None:
    best = None
    warning = None  # "will be met with force": a reception announced, a threat when nothing else is told
    retold = None   # an event told before, named again as the object of a verb ("announced the seizure")
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
        if phrase_start(tok.i, taxonomy, lemmas) is not None:
            continue   # "a cease-fire": the word "fire" of a longer trigger is no trigger of its own
        n = len(trigger.lemmas)
        if any(i in blocked for i in range(tok.i, min(tok.i + n, len(lemmas)))):
            continue
        if n == 1 and tok.i + 2 < len(lemmas) and tok.nbor(1).text == "-" and tok.nbor(2).is_lower and tok.head.i > tok.i:
            continue   # "bomb-making materials", "strike-capable jets": a word of a modifier, no act ("test-fired" is one)
        if n > 1:
            phrase = tok.doc[tok.i:tok.i + n]
            if phrase.end > clause.head.sent.end:
                continue
            anchor = phrase.root
            if any(g.dep_ == "pobj" and (lemmas[g.i] in PRESS_AUDIENCES or (g.i in dated_tokens and not other_phrase(tok, phrase[-1], taxonomy, lemmas)))
                   for g in phrase[-1].children):
                # "speaking with reporters": the press is no party to talks; the speaking is a saying;
                # "held a call on Monday": a day is no one called on
                trigger = taxonomy.match([lemmas[tok.i]], 0)
                if trigger is None or trigger.category is None:
                    continue
                n = 1
        if n == 1:
            anchor = tok
            if anchor.pos_ == "NOUN" and anchor.dep_ == "compound" and anchor.head.lemma_.lower() not in ATTEMPT_NOUNS:
                continue   # (but "a failed coup attempt", "an assassination attempt": the act attempted)
            if anchor.pos_ not in ("VERB", "NOUN", "ADJ", "PROPN"):
                continue
            if anchor.pos_ == "PROPN" and not anchor.text.isupper():
                continue
        if in_title(anchor):
            continue  # "His books include ... Tell Her Everything": a word of a title, no event
        if n == 1 and record(anchor):
            continue  # "..., the deadliest attack on the city this year", "It was the largest strike since 2000"
        if n == 1 and label_of_what_was_told(anchor):
            continue  # "..., a charge the aid groups have repeatedly denied": a name for what the clause told
        if n == 1 and anchor.pos_ != "VERB" and lemmas[anchor.i] in VERB_ONLY_TRIGGERS:
            continue  # "the administration's position that ...": a stance, no deployment
        if n == 1 and lemmas[anchor.i] in WAY_VERBS and not closes_a_way(anchor, lemmas):
            continue  # "closed its only remaining aid distribution center": no closure of a border or airspace
        if n == 1 and lemmas[anchor.i] in DISSOLVING_VERBS and not any(
                c.dep_ in ("dobj", "obj", "nsubjpass") and lemmas[c.i].removesuffix("s") in DISSOLVED_BODIES for c in anchor.children):
            continue  # "dissolved the government and national assembly": a coup's act, no ban of a body of society
        if " ".join(lemmas[tok.i:tok.i + n]) in OBJECT_ONLY_TRIGGERS and not any(
                c.dep_ in ("dobj", "obj", "nsubjpass") for c in anchor.children):
            continue  # "ministers are engaging intensively", "engage in negotiations": no fighting without a foe
        if n == 1 and anchor.pos_ == "VERB" and lemmas[anchor.i] in INTRANSITIVE_ONLY_TRIGGERS and any(
                c.dep_ in ("dobj", "obj") for c in anchor.children):
            continue  # "called for all parties to exercise restraint": no military exercise
        if anchor.dep_ in ("dobj", "obj") and anchor.head.pos_ == "VERB" \
                and lemmas[anchor.head.i] in INTRANSITIVE_ONLY_TRIGGERS:
            continue  # "it was right to continue to exercise caution": no warning either
        if n == 1 and anchor.pos_ == "NOUN" and lemmas[anchor.i] in PURPOSE_FRAMES and anchor.dep_ == "pobj" \
                and anchor.head.lower_ in PURPOSE_FRAME_PREPOSITIONS and bare_participle(anchor.head):
            continue  # "conducted strikes ..., coordinated with and in support of Iraq's government": a frame
        if n == 1 and lemmas[anchor.i] in LIGHT_OBJECT_TRIGGERS and not (
                anchor.dep_ in ("dobj", "obj") and anchor.head.i == head.i and is_light(head, taxonomy, lemmas)):
            continue  # "despite its commitment to the truce": a stance named, no event
        if n == 1 and anchor.pos_ == "NOUN" and lemmas[anchor.i] in BLAZE_NOUNS and (
                anchor.tag_ == "NNS" or any(c.dep_ in ("det", "nummod", "amod") and c.lower_ in BLAZE_COUNTERS
                                            for c in anchor.children)):
            continue  # "reported damage and several fires from the attack": a blaze, no shooting
        if n == 1 and anchor.pos_ == "VERB" and lemmas[anchor.i] in NEW_ACT_CONFIRMING_VERBS and any(
                c.dep_ in ("dobj", "obj") and (act := taxonomy.match(lemmas, c.i)) is not None
                and act.category not in (None, trigger.category) and not act.weak
                and any(d.dep_ == "det" and d.lower_ in NEW_ACT_DETERMINERS for d in c.children)
                for c in anchor.children):
            continue  # "confirmed another attack Tuesday": the attack is the event, the confirmation its telling
        if n == 1 and lemmas[anchor.i] in DISMISSAL_VERBS and any(
                c.dep_ in ("dobj", "obj") and (c.ent_type_ == "PERSON" or lemmas[c.i] in DISMISSED_PEOPLE)
                for c in anchor.children):
            continue  # "Trump fired his national security adviser": a dismissal, no shooting
        if n == 1 and anchor.pos_ == "VERB" and lemmas[anchor.i] in PERSON_HARMING_VERBS and not any(
                c.dep_ in ("dobj", "obj", "nsubjpass") and any(
                    t.ent_type_ == "PERSON" or lemmas[t.i] in HARMED_PEOPLE or lemmas[t.i].removesuffix("s") in HARMED_PEOPLE
                    for t in [c] + [g for g in c.children if g.dep_ == "conj"])
                for c in anchor.children):
            continue  # "the talks were poisoned by mistrust": a figure of speech, no one harmed
        if n == 1 and lemmas[anchor.i] in PLACE_REACHING_TRIGGERS and not any(
                c.dep_ in ("dobj", "obj") and (c.pos_ == "PROPN" or is_place(c, lemmas, set()) or lemmas[c.i] in REACHED_PLACES
                                               or lemmas[c.i] in CLOSED_WAYS)
                for c in anchor.children):
            continue  # "reach a negotiated solution", "reached an altitude": no movement to a place
        if n == 1 and lemmas[anchor.i] in ADJECTIVAL_GERUNDS and anchor.tag_ == "VBG" and (
                anchor.dep_ == "amod" or anchor.dep_ == "pcomp" and anchor.head.pos_ == "ADP"):
            continue  # "fled to surrounding villages": a word describing the villages, no encirclement
        if n == 1 and lemmas[anchor.i] in CUSTODY_TRIGGERS and not (
                anchor.dep_ == "pobj" and anchor.head.lower_ in CUSTODY_PREPOSITIONS
                and lemmas[anchor.head.head.i] in CUSTODY_VERBS and anchor.head.head.pos_ in ("VERB", "AUX")):
            continue  # "the wanted terrorist in custody is linked to", "died in Israeli custody": no detention told
        if n == 1 and lemmas[anchor.i] in CRAFT_TRIGGERS and not any(
                c.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") and named_with(c, lemmas, AIRCRAFT) for c in anchor.children):
            continue  # "forced to scramble for supplies", "his voice scrambled": no aircraft scrambled
        if n == 1 and lemmas[anchor.i] in BOARDING_TRIGGERS and not any(
                c.dep_ in ("dobj", "obj", "nsubjpass") and lemmas[c.i] in BOARDED_VESSELS for c in anchor.children):
            continue  # "boarded Air Force One": a trip, no seizure
        if n == 1 and lemmas[anchor.i] in SUBJECT_ONLY_TRIGGERS and anchor.i != clause.head.i \
                and anchor.i not in subject_words:
            continue  # "show the graphic deaths of protesters": those acted on, no protest
        if n == 1 and lemmas[anchor.i] in SITUATED_TRIGGERS and anchor.dep_ not in ("nsubj", "nsubjpass") and not any(
                c.dep_ == "prep" and c.lower_ in SITUATING_PREPOSITIONS for c in anchor.children):
            continue  # "create conditions for more violence", "through fear and violence": no act told
        if n == 1 and (descriptive_verb(anchor, dated_tokens) or anchor.dep_ == "prep"):
            continue  # "a negotiated exit", "according to" (accord)
        if in_noun_modifier(anchor, clause.head, modal_nouns, dated_tokens) and not speaker_intro(anchor, clause.head):
            continue  # "the power to order further attacks", "the warships deployed off the coast"
        if trigger.weak and anchor.i != clause.head.i and anchor.doc[anchor.left_edge.i].lower_ == "what":
            continue  # "against what it calls narco-terrorists": a naming, no statement
        if trigger.lemmas in taxonomy.requests and anchor.tag_ == "VBN" and \
                not any(a.dep_ == "aux" and a.lemma_ == "have" for a in anchor.children):
            continue  # "asked about it, the official said ...": being asked is no request
        if anchor.pos_ == "VERB" and nears_an_event(anchor, taxonomy, lemmas):
            continue  # "is moving closer to ordering strikes": nearing a decision, no movement
        if anchor.pos_ == "VERB" and any(c.dep_ == "nsubj" and (lemmas[c.i] in taxonomy.figurative or (
                c.tag_ == "WDT" and anchor.dep_ == "relcl" and lemmas[anchor.head.i] in taxonomy.figurative))
                                         for c in anchor.children):
            continue  # "the pressure reached a new level", "the impasse that threatens to unravel the peace": a figure of speech
        adj = anchor.pos_ == "ADJ" and anchor.dep_ not in PREDICATE_ADJ_DEPS and n == 1
        role = role_of(anchor, clause)
        if anchor.dep_ == "pobj" and anchor.head.lower_ in UNDERGOING_PREPOSITIONS and anchor.head.head.i == head.i:
            role = min(role, 1)   # "Troops came under heavy fire": what the subject undergoes is the event
        if clause.head.dep_ == "advcl" and role > 1 and not (role == 2 and is_light(head, taxonomy, lemmas)):
            # An adverbial clause is an event through its own verb ("..., killing 11 people"), not
            # through a noun deep inside it ("calling them a pretext for seizing the oil").
            continue
        if role >= 3 and clause.head.lemma_ == "be" and not in_predicate_phrase(anchor, clause.head) \
                and not speaker_intro(anchor, clause.head):
            # "the build-up is a prelude to an invasion", "the arrival of a carrier would be a rare
            # step": a word inside the subject or the predicate of a copula characterises, it tells no
            # event; a prepositional predicate ("the forces were on alert", "are in talks") does.
            continue
        if anchor.pos_ == "NOUN" and any(c.lower_ == "no" and c.dep_ == "det" for c in anchor.children):
            continue  # "posed no threat"
        if anchor.pos_ == "NOUN" and anchor.dep_ in ("dobj", "obj") and lemmas[anchor.head.i] in POSING_VERBS:
            continue  # "the missiles presented an imminent threat to merchant vessels": what they were, no threat made
        if anchor.pos_ == "VERB" and anchor.lemma_ in PASSIVE_REACTIONS and any(
                c.dep_ == "auxpass" for c in anchor.children) and not any(c.dep_ == "agent" for c in anchor.children):
            # "was met with protests": a reception, no meeting ("was met by the president" is one);
            # "will be met with force" announces the reception: a warning
            if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lemma_ in FUTURE_AUXILIARIES) for c in anchor.children):
                warning = warning or anchor
            continue
        if topic_of_another_noun(anchor, clause, taxonomy, lemmas):
            continue  # "canceled briefings on the strikes": the briefings are the clause's business
        if asked_for(anchor, clause, taxonomy, lemmas):
            continue  # "called for an end to the fighting": the fighting is what the appeal is about
        if role >= 3 and anchor.pos_ == "NOUN" and trigger.category == "statement":
            continue  # "said in a statement", "in a televised speech": the manner of saying, no event
        if role >= 2 and anchor.pos_ == "NOUN" and refers_back(anchor, clause, dated_tokens):
            # "the attack", "its arrival", "such warnings": an event told earlier, named again.
            # ("announced the seizure"; "the strike was carried out in international waters": the
            # subject of a light verb with no object of its own; "the designation would give them new
            # options" tells what the designation does)
            if ((anchor.dep_ in ("dobj", "obj") or anchor.dep_ in ("nsubj", "nsubjpass")
                 and is_light(head, taxonomy, lemmas) and head.lemma_ != "be"
                 and not any(c.dep_ in ("dobj", "obj", "dative") for c in head.children))
                    and anchor.head.i == head.i and not trigger.weak
                    and (retold is None or tok.i < retold[0].i)):
                retold = (anchor, trigger, n)
            continue
        if (anchor.pos_ in ("NOUN", "PROPN") and anchor.i in subject_words and not subject_words & dated_tokens
                and not is_light(clause.head, taxonomy, lemmas)
                and not (anchor.dep_ in ("nsubj", "nsubjpass") and anchor.head.i == head.i and any(
                    c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in anchor.children))
                and not any(c.dep_ == "xcomp" and is_light(c, taxonomy, lemmas) for c in clause.head.children)):
            # "The designation opened new options", "the expansion of the strikes showed ...": the
            # subject names an earlier event, the clause reports something else. "The second strike
            # came on Monday" (a light verb) is an event, and so is one the subject brings in ("a
            # missile strike cut power to pumping stations").
            continue
        if anchor.pos_ == "NOUN" and generic_object(anchor, clause, taxonomy, lemmas, dated_tokens):
            continue  # "has survived protests and sanctions", "has tried both defiance and diplomacy"
        # (of two words of one rank, a subject naming the force that acts yields: "troops launched an
        # offensive" is the offensive)
        force_named = anchor.i in subject_words and anchor.pos_ == "NOUN" and trigger.category in FORCE_NOUN_CATEGORIES
        key = (trigger.weak, adj, role, force_named, -n, tok.i)
        if best is None or key < best[0]:
            best = (key, anchor, trigger, n)
    if retold is not None and ((best is None and is_light(head, taxonomy, lemmas))
                               or (best is not None and (best[2].weak or best[2].category == "statement")
                                   and lemmas[head.i] in REPORT_VERBS)):
        # "Bondi announced the seizure of the tanker", "Trump confirmed the raid": the report of an
        # event, which is that event told again (joined to its first telling when the article has one)
        anchor, trigger, n = retold
        clause.trigger, clause.category, clause.weak, clause.trigger_len = anchor, trigger.category, False, n
        clause.retold = True
    elif best is not None and (described := told_subject(best[1], best[2], clause, taxonomy, lemmas, dated_tokens)):
        # "The new sanctions target family members of ...": the sanctions told before, described
        subject, trigger = described
        clause.trigger, clause.category, clause.weak, clause.trigger_len = subject, trigger.category, False, len(trigger.lemmas)
        clause.retold = True
    elif best is not None:
        _key, anchor, trigger, n = best
        clause.trigger, clause.category, clause.weak, clause.trigger_len = anchor, trigger.category, trigger.weak, n
        # an event noun heading its own clause ("after the attack") may name an event told before
        clause.retold = anchor.i == head.i and anchor.pos_ == "NOUN" and refers_back(anchor, clause, dated_tokens)
    elif warning is not None:
        clause.trigger, clause.category, clause.weak, clause.trigger_len = warning, taxonomy.threat_category, False, 1
        clause.warning = True


ACT_NOUN_CATEGORIES = lang.words("words.tsv")["act_noun_categories"]
OTHER_EVENT_WORDS = lang.words("words.tsv")["other_event_words"]
MATERIAL_CATEGORIES = lang.words("words.tsv")["material_act_categories"]


def told_subject(anchor, trigger, clause: Clause, taxonomy, lemmas: list[str], dated_tokens: set[int]):
    """(subject noun, its trigger) when the clause's verb trigger says what an event told before
    does ("the new sanctions target family members of Maduro", "the deployment threatens ..."): the
    subject names that event, of another category, and the clause tells it again; else None."""
    head = clause.head
    if trigger.weak or trigger.category not in MATERIAL_CATEGORIES or head.pos_ != "VERB":
        return None   # "the advisory asked pilots to take care": the advisory speaks, it is not described
    if anchor.i != head.i and (anchor.pos_ != "NOUN" or not head.is_ancestor(anchor) or any(
            c.dep_ in ("det", "amod") and (c.lower_ in INDEFINITE_DETERMINERS or c.lower_ in OTHER_EVENT_WORDS)
            for c in anchor.children)):
        # (a noun of what the act did: "The attack set the ship on fire"; not another act brought in:
        # "The air raid followed an earlier land attack")
        return None
    verb = head
    if head.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        verb = head.head   # "The attack set the ship on fire ... and cut off communication": one subject
    for subject in verb.children:
        if subject.dep_ != "nsubj" or subject.pos_ != "NOUN" or lemmas[subject.i] in FORCE_MOVERS:
            continue   # "the troops would strike": a force that acts, no act told before
        found = taxonomy.match(lemmas, subject.i)
        if found is not None and found.category in ACT_NOUN_CATEGORIES \
                and not found.weak \
                and len(found.lemmas) == 1 and refers_back(subject, clause, dated_tokens):
            return subject, found
    return None


TOPIC_PREPOSITIONS = lang.words("words.tsv")["topic_prepositions"]
APPROACH_ADVERBS = lang.words("words.tsv")["approach_adverbs"]
APPROACH_PREPOSITIONS = lang.words("words.tsv")["approach_prepositions"]


def nears_an_event(verb, taxonomy, lemmas: list[str]) -> bool:
    """"moving closer to ordering strikes", "edging nearer to war", "move toward ending the war": a
    verb of motion with "closer to" or "toward" an act or an event noun is figurative (a ship "moving
    closer to the coast" is not, nor a column "moving toward the gorge")."""
    for adverb in verb.children:
        if adverb.lower_ not in APPROACH_ADVERBS and adverb.lower_ not in APPROACH_PREPOSITIONS:
            continue
        preps = [adverb] if adverb.lower_ in APPROACH_PREPOSITIONS else list(adverb.children) + list(verb.children)
        for prep in preps:
            if prep.dep_ != "prep":
                continue
            for goal in prep.children:
                if goal.dep_ == "pcomp" and goal.tag_ == "VBG":
                    return True
                if goal.dep_ == "pobj" and goal.pos_ == "NOUN":
                    found = taxonomy.match(lemmas, goal.i)
                    if found is not None and found.category is not None:
                        return True
    return False


ASKED_DEPS = frozenset({"dobj", "obj", "pobj", "prep", "conj", "cc", "compound", "amod", "nmod", "appos", "poss",
                        "xcomp", "pcomp"})


DISSOLVING_VERBS = lang.words("words.tsv")["dissolving_verbs"]
DISSOLVED_BODIES = lang.words("words.tsv")["dissolved_bodies"]


def asked_for(tok, clause: Clause, taxonomy, lemmas: list[str]) -> bool:
    """A word inside what a request of the clause asks for ("called for an end to the fighting",
    "appealed for a halt to the strikes", "called on Israel to halt its strikes"): the asking is the
    event (the table's `(request)` row), not what is asked."""
    x = tok
    while x.head.i != x.i and x.i != clause.head.i:
        governor = x.head
        if x.dep_ not in ASKED_DEPS:
            return False
        if governor.pos_ in ("VERB", "AUX"):
            if x.i > governor.i and requests(governor, taxonomy, lemmas):
                return True
            if governor.dep_ not in ("xcomp", "pcomp") and not joined_infinitive(governor):
                return False   # the words of another verb ("to facilitate access and agree on ceasefires" is asked)
        elif governor.pos_ == "NOUN" and x.i > governor.i and x.dep_ in ("prep", "acl", "xcomp") \
                and requests(governor, taxonomy, lemmas):
            # "renew our call for an immediate ceasefire", "the Governor's appeal to the warring parties to allow
            # civilians to move": the call, not the ceasefire nor the moving
            return True
        x = governor
    return False


def requests(verb, taxonomy, lemmas: list[str]) -> bool:
    """Whether a verb asks or urges (the `(request)` row of escalation.tsv: "urge", "call on", ...)."""
    key = (lemmas[verb.i],)
    phrases = {key} | {key + (lemmas[c.i],) for c in verb.children if c.dep_ == "prep" and c.i > verb.i}
    return bool(phrases & taxonomy.requests)


VERB_TOPIC_PREPOSITIONS = lang.words("words.tsv")["verb_topic_prepositions"]
DOCUMENT_TOPIC_PREPOSITIONS = lang.words("words.tsv")["document_topic_prepositions"]


def topic_of_another_noun(noun, clause: Clause, taxonomy, lemmas: list[str]) -> bool:
    """An event noun that is the topic of a noun telling no event ("briefings on the strikes",
    "questions about the raid", "a report into the killing"): it is talked about, not done."""
    prep = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    if noun.i == clause.head.i:
        return False   # "questioned him about a second strike on September 2": an act with a date of its own
    owner = prep.head
    if prep.lower_ in DOCUMENT_TOPIC_PREPOSITIONS and lemmas[owner.i] in RELEASED_DOCUMENTS:
        return True   # "posted a video of the strike", "a report of the attack": shown, not done again
    if prep.lower_ not in TOPIC_PREPOSITIONS:
        return False
    if owner.pos_ == "VERB" and prep.lower_ in VERB_TOPIC_PREPOSITIONS:
        # "Trump was questioned about the deal", "asked about the strikes": what a verb telling no
        # event is about is talked about, not done ("talked about the ceasefire" is talks)
        found = taxonomy.match(lemmas, owner.i)
        return found is None or found.category is None
    if owner.pos_ not in ("NOUN", "PROPN") or owner.i == clause.head.i:
        return False
    found = taxonomy.match(lemmas, owner.i)
    return found is None or found.category is None


NAMING_VERBS = lang.words("words.tsv")["naming_verbs"]
PASSIVE_REACTIONS = lang.words("words.tsv")["passive_reactions"]
REPORT_VERBS = lang.words("words.tsv")["report_verbs"]
IMPERSONAL_REPORT_VERBS = lang.words("words.tsv")["impersonal_report_verbs"]
NEGATIVE_SUBJECTS = lang.words("words.tsv")["negative_subjects"]


def named_act(clauses: list[Clause], taxonomy, lemmas: list[str]) -> None:
    """"U.S. forces launched what Trump called a “large-scale attack”": a free relative that names
    the object of a light verb ("launched", "carried out") lends the light verb's clause the named
    act as its trigger; the naming clause itself tells nothing."""
    for c in clauses:
        parent = c.parent
        if (parent is None or parent.trigger is not None or c.trigger is None or c.trigger.i == c.head.i
                or c.head.lemma_.lower() not in NAMING_VERBS or c.head.doc[c.head.left_edge.i].lower_ != "what"
                or not is_light(parent.head, taxonomy, lemmas)):
            continue
        parent.trigger, parent.category, parent.weak, parent.trigger_len = c.trigger, c.category, c.weak, c.trigger_len
        c.dropped = True


VIOLATION_WORDS = lang.words("words.tsv")["violation_words"]
VIOLATED_SPACES = lang.words("words.tsv")["violated_spaces"]


def what_an_act_hit(clause: Clause, dated_tokens: set[int]) -> bool:
    """"Among sites hit was a mosque in Punjab": a past participle describing what an act hit, in a
    copula's predicate, tells that act again, unless it carries a date of its own."""
    trigger = clause.trigger
    return trigger is not None and trigger.dep_ == "acl" and trigger.tag_ == "VBN" and clause.head.lemma_ == "be" \
        and not any(t.i in dated_tokens for t in trigger.subtree)


def quoted_act(sent, quoted: set[int], taxonomy, lemmas: list[str]) -> str:
    """The trigger word of an act the sentence's quoted words tell as done ("we've just seized a
    tanker": "seize"), or ""; a coming or possible act ("we will strike") is none."""
    for tok in sent:
        if tok.i not in quoted or tok.pos_ != "VERB":
            continue
        trigger = taxonomy.match(lemmas, tok.i)
        if trigger is None or trigger.category is None or trigger.weak or len(trigger.lemmas) != 1:
            continue
        if tok.tag_ == "VBD" or (tok.tag_ == "VBN" and any(a.dep_ == "aux" and a.lemma_ == "have" for a in tok.children)):
            return lemmas[tok.i]
    return ""


KNOWN_DOERS = lang.words("words.tsv")["known_doers"]
DENIAL_VERBS = lang.words("words.tsv")["denial_verbs"]
SELF_REPORT_VERBS = lang.words("words.tsv")["self_report_verbs"]
FIRST_PERSON_SUBJECTS = lang.words("words.tsv")["first_person_subjects"]
# verbs that make no act of their own when no taxonomy row lists them: the non-acts, and the ways of saying
# and of reporting (those are statements, or tell an event told elsewhere)
NOT_UNLISTED_ACTS = lang.words("words.tsv")["non_act_verbs"] | SAYING_VERBS | SELF_REPORT_VERBS | REPORT_VERBS


def unlisted_act(clause: Clause, taxonomy, lemmas: list[str], mention_at: dict, blocked: set[int]) -> bool:
    """"Multinational Division Baghdad soldiers sacked an explosively formed penetrator cell", "The first
    round of peace talks ended Friday": an act told as done (past, or present perfect, no modal), in a
    clause of its own (main, conjoined, or what a speaker reports), by a named actor as its subject, is an
    event of the story though its verb is listed in no row of the taxonomy. It is kept, outside the
    conflict scale (category other), rather than lost; a verb that tells no act (words.tsv's
    non_act_verbs: states, perception, ways of saying) and a light verb ("carried out", "held") make none.
    Whether it made the clause such an act."""
    head = clause.head
    if clause.trigger is not None or head.pos_ != "VERB" or head.i in blocked:
        return False
    if head.dep_ == "ccomp" and not (lemmas[head.head.i] in SELF_REPORT_VERBS and lemmas[head.head.i] not in DENIAL_VERBS):
        return False   # what a speaker says happened is told ("Iran said it relocated ..."); what is denied is not
    listed = taxonomy.match(lemmas, head.i)
    if head.dep_ not in ("ROOT", "conj", "ccomp") or lemmas[head.i] in NOT_UNLISTED_ACTS \
            or (listed is not None and listed.category is not None):
        return False
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in aux):
        return False
    told_done = head.tag_ == "VBD" or (head.tag_ == "VBN" and any(
        a.lemma_ in ("have", "be") and a.tag_ in ("VBD", "VBZ", "VBP") for a in aux))
    if not told_done:
        return False
    verb = head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    while not subjects and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head   # "... and later flew to Juba": the subject of the verb it is joined to
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or not named_doer(subjects[0], lemmas, mention_at):
        return False
    clause.trigger, clause.category, clause.weak, clause.trigger_len = head, OTHER, False, 1
    return True


def named_doer(subject, lemmas: list[str], mention_at: dict) -> bool:
    """A subject that names who acts: an actor ("Iran", "the Pentagon", "Cartel gunmen"), or people and
    units of a named actor ("Colombian troops", "Houthi fighters"). An actor that only owns the subject
    ("Russia's tactics") and a first person ("we regarded ...": a view) name none."""
    if subject.lower_ in FIRST_PERSON_SUBJECTS:
        return False
    if subject.i in mention_at:
        return True
    return lemmas[subject.i] in KNOWN_DOERS and any(
        c.dep_ in ("amod", "compound") and c.i in mention_at for c in subject.children)


LAUNCHING_VERBS = lang.words("words.tsv")["launching_verbs"]
WEAPONS = lang.words("words.tsv")["weapons"]


def weapons_launched(clause: Clause, taxonomy, lemmas: list[str]) -> None:
    """"Ukraine launched 117 drones", "Russia fired a barrage of missiles at Kyiv": launching weapons
    is an attack (the taxonomy's killing-act category, force), when the clause tells no event else."""
    head = clause.head
    if clause.trigger is not None or not taxonomy.killing_act:
        return
    if lemmas[head.i] not in LAUNCHING_VERBS:
        # "the DPRK attempted to launch a ballistic missile": the launching a light verb governs
        head = next((c for c in head.children if c.dep_ == "xcomp" and lemmas[c.i] in LAUNCHING_VERBS
                     and is_light(clause.head, taxonomy, lemmas)), None)
        if head is None:
            return
    objects = [c for c in head.children if c.dep_ in ("dobj", "obj")]
    objects += [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]   # "a barrage of missiles", "a wave of drones"
    if any(lemmas[o.i] in WEAPONS for o in objects):
        clause.trigger, clause.category, clause.weak, clause.trigger_len = head, taxonomy.killing_act, False, 1
    elif any(lemmas[o.i] in TEST_LAUNCHED for o in objects) and (category := category_of_word(taxonomy, TEST_LAUNCH_WORD)):
        # "the DPRK attempted to launch a satellite using a space launch vehicle": a test of the launching
        # technology, a show of force as a missile test is
        clause.trigger, clause.category, clause.weak, clause.trigger_len = head, category, False, 1


DISPERSING_VERBS = lang.words("words.tsv")["dispersing_verbs"]


def crowd_dispersed(clause: Clause, taxonomy, lemmas: list[str]) -> None:
    """"police dispersed a small mob of monks", "riot police had forcibly dispersed hundreds of protesters":
    dispersing people (a verb of words.tsv dispersing_verbs with an object) is an act of force on them (the
    taxonomy's killing-act category), when the clause tells no event else; a crowd that disperses on its
    own ("protesters have begun to disperse peacefully") does nothing to anyone."""
    head = clause.head
    if clause.trigger is not None or not taxonomy.killing_act or head.pos_ != "VERB" or lemmas[head.i] not in DISPERSING_VERBS:
        return
    if any(c.dep_ in ("dobj", "obj") for c in head.children):
        clause.trigger, clause.category, clause.weak, clause.trigger_len = head, taxonomy.killing_act, False, 1


TEST_LAUNCHED = lang.words("words.tsv")["test_launched_objects"]
TEST_LAUNCH_WORD = lang.words("words.tsv")["test_launch_word"]


HANDING_VERBS = lang.words("words.tsv")["handing_verbs"]


RELEASING_VERBS = lang.words("words.tsv")["releasing_verbs"]
RELEASED_DOCUMENTS = lang.words("words.tsv")["released_documents"]


def document_released(clause: Clause, taxonomy, lemmas: list[str]) -> None:
    """Releasing a report, a video or findings ("the ministry released its annual report", "Bondi
    released video showing ..."): a statement, no release of captives."""
    trigger = clause.trigger
    if trigger is None or lemmas[trigger.i] not in RELEASING_VERBS:
        return
    if any(c.dep_ in ("dobj", "obj", "nsubjpass") and lemmas[c.i] in RELEASED_DOCUMENTS for c in trigger.children):
        clause.category, clause.weak = "statement", True


def people_handed_back(clause: Clause, taxonomy, lemmas: list[str]) -> None:
    """"Israel has returned the remains of 45 Palestinians", "returned 90 prisoners": giving back
    captives, prisoners or the dead (escalation.tsv's `(handed)` row) is a release, of that row's
    category, when the clause tells no event else."""
    if (clause.trigger is not None and not clause.weak) or not taxonomy.handed_category:
        return
    for verb in clause.tokens:
        if verb.pos_ != "VERB" or lemmas[verb.i] not in HANDING_VERBS:
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        if any(lemmas[o.i] in taxonomy.handed or o.lower_ in taxonomy.handed for o in objects):
            clause.trigger, clause.category, clause.weak, clause.trigger_len = verb, taxonomy.handed_category, False, 1
            return


FINDING_VERBS = lang.words("words.tsv")["finding_verbs"]
DEAD_BODIES = lang.words("words.tsv")["dead_body_nouns"]


def dead_found(clause: Clause, taxonomy, lemmas: list[str]) -> None:
    """"The bodies of at least 27 children were found in the rubble", "rescuers recovered 12 bodies":
    the dead found are the casualties of an act, when the clause tells no event else."""
    if (clause.trigger is not None and not clause.weak) or not taxonomy.casualties_category:
        return
    for verb in clause.tokens:
        if verb.pos_ != "VERB" or lemmas[verb.i] not in FINDING_VERBS:
            continue
        body = next((c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass") and lemmas[c.i] in DEAD_BODIES), None)
        if body is not None:   # (the dead are the trigger: who finds them did not kill them)
            clause.trigger, clause.category, clause.weak, clause.trigger_len = body, taxonomy.casualties_category, False, 1
            return


WEAPONS_FINDING = lang.words("words.tsv")["weapons_finding_verbs"]
FOUND_WEAPONS = lang.words("words.tsv")["found_weapon_nouns"]


def weapons_found(clause: Clause, taxonomy, lemmas: list[str]) -> None:
    """"A search of the compound revealed multiple AK-47 assault rifles", "two grenade launchers and a
    machine gun were recovered", "uncovered a weapons cache": weapons found by forces are seized, an act
    of force (COERCE, seize), when the clause tells no event else. The trigger is the weapon's word."""
    if (clause.trigger is not None and not clause.weak) or not taxonomy.killing_act:
        return
    for verb in clause.tokens:
        if verb.pos_ != "VERB" or lemmas[verb.i] not in WEAPONS_FINDING:
            continue
        for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")):
            if held_already(obj):
                continue   # "found the weapon used in the murder": a weapon known already, no cache seized
            found = [obj] + [c for c in obj.children if c.dep_ == "conj"] + [
                p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
            found += [c for w in list(found) for c in w.children if c.dep_ == "compound"]
            weapon = next((w for w in found if lemmas[w.i] in FOUND_WEAPONS or w.lower_ in FOUND_WEAPONS), None)
            if weapon is not None:
                clause.trigger, clause.category, clause.weak, clause.trigger_len = weapon, taxonomy.killing_act, False, 1
                return


SIGNAL_VERBS = lang.words("words.tsv")["signal_verbs"]
SIGNAL_NOUNS = lang.words("words.tsv")["signal_nouns"]


def message_sent(clause: Clause, taxonomy, lemmas: list[str]) -> None:
    """"The United States military sent a clear message to Iranian-backed groups that their actions
    must stop": sending a message is a warning (the threat category), not a deployment; "sent a
    message of condolence" is a statement. The message's noun is the trigger."""
    if clause.trigger is None or clause.trigger.i != clause.head.i or lemmas[clause.head.i] not in SIGNAL_VERBS:
        return
    message = next((c for c in clause.head.children if c.dep_ in ("dobj", "obj") and lemmas[c.i] in SIGNAL_NOUNS), None)
    if message is None or any(c.dep_ == "compound" for c in message.children):
        return   # ("sent out a distress signal", "sent a text message": no warning)
    of = any(c.dep_ == "prep" and c.lower_ == "of" for c in message.children)
    category = "statement" if of else taxonomy.threat_category
    if category in taxonomy.categories:
        clause.trigger, clause.category, clause.weak, clause.trigger_len = message, category, of, 1


REFUSAL_WARNING_VERBS = lang.words("words.tsv")["refusal_warning_verbs"]
REFUSAL_VERBS = lang.words("words.tsv")["refusal_verbs"]


def refusal_said(head) -> bool:
    """"will not tolerate", "won't allow": a negated verb of letting happen, in the future; "will not
    support", "will never surrender", "does not recognise": a refusal said (words.tsv refusal_verbs),
    in the future or the present."""
    lemma = head.lemma_.lower()
    if (lemma not in REFUSAL_WARNING_VERBS and lemma not in REFUSAL_VERBS) or not any(c.dep_ == "neg" for c in head.children):
        return False
    return any(c.dep_ == "aux" and (c.lemma_.lower() in FUTURE_AUXILIARIES or (
        lemma in REFUSAL_VERBS and c.lemma_.lower() == "do" and c.tag_ in ("VBZ", "VBP"))) for c in head.children)


def refusal_warned(clause: Clause, taxonomy, lemmas: list[str]) -> None:
    """"America will not tolerate attacks and threats to American lives", "The United States will
    not allow their lawlessness to continue": saying what one will not let happen warns who would
    do it (the threat category); "The UK will not support any aid mechanism", "say they will never
    surrender": saying what one refuses to do rejects it (the category of rejections, words.tsv
    refusal_verbs). The verb is the trigger."""
    if clause.head.pos_ != "VERB" or not refusal_said(clause.head):
        return
    category = taxonomy.threat_category if clause.head.lemma_.lower() in REFUSAL_WARNING_VERBS \
        else taxonomy.broken_category   # (the category that breaking an agreement, a rejection, is told in)
    if category in taxonomy.categories:
        clause.trigger, clause.category, clause.weak, clause.trigger_len = clause.head, category, False, 1


STRESSING_VERBS = lang.words("words.tsv")["stressing_verbs"]


def point_stressed(clause: Clause, taxonomy, lemmas: list[str]) -> None:
    """"The Secretary emphasized the importance of upcoming engagements": a readout's point, an
    object stressed that names nothing its light verb could take a category from, is a statement of
    the one who made it (weak: an act told inside it is the event). What is stressed in a clause of
    its own ("underscored that the groups responsible must be held accountable") tells its own event,
    dated as a report of the call."""
    head = clause.head
    if clause.trigger is not None or head.pos_ != "VERB" or lemmas[head.i] not in STRESSING_VERBS:
        return
    if any(c.dep_ == "nsubj" for c in head.children) and any(c.dep_ in ("dobj", "obj") for c in head.children):
        clause.trigger, clause.category, clause.weak, clause.trigger_len = head, "statement", True, 1


CLEARNESS_WORDS = lang.words("words.tsv")["clearness_words"]


def made_clear(clause: Clause, taxonomy, lemmas: list[str]) -> None:
    """"My Foreign Secretary made our view clear last night", "Rubio made it plain that ...": making a view
    clear is saying it, a statement of the subject (weak: an act told inside it is the event)."""
    head = clause.head
    if clause.trigger is not None or lemmas[head.i] != "make" or not any(c.dep_ == "nsubj" for c in head.children):
        return
    if any(c.lower_ in CLEARNESS_WORDS and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") for c in head.children):
        clause.trigger, clause.category, clause.weak, clause.trigger_len = head, "statement", True, 1


RALLYING_VERBS = lang.words("words.tsv")["rallying_verbs"]
RALLYING_PREPS = lang.words("words.tsv")["rallying_prepositions"]
SPEECH_VENUE_VERBS = lang.words("words.tsv")["speech_venue_verbs"]


def rallied_behind(clause: Clause, taxonomy, lemmas: list[str]) -> None:
    """"European countries have rallied behind the U.S.", "will continue to rally around Ukraine", "the UK
    was rallying UN General Assembly members": rallying someone, or behind someone, is support, no
    protest; a rally someone speaks at ("told a huge rally that ...") is where the words were said, no event
    of its own."""
    trigger = clause.trigger
    if trigger is None or lemmas[trigger.i] not in RALLYING_VERBS:
        return
    if trigger.pos_ == "VERB" and any(c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ in RALLYING_PREPS)
                                      for c in trigger.children):
        clause.category, clause.weak = "diplomacy", False
    elif trigger.pos_ == "NOUN" and (trigger.dep_ in ("dobj", "dative") and lemmas[trigger.head.i] in SPEECH_VENUE_VERBS
                                     or trigger.dep_ == "pobj" and trigger.head.head.i == clause.head.i
                                     and lemmas[clause.head.i] in SPEECH_VENUE_VERBS):
        clause.trigger = None


CLIP_PRONOUNS = lang.words("words.tsv")["clip_pronouns"]
CLIP_VERBS = lang.words("words.tsv")["clip_verbs"]


def clip_introduced(clause: Clause, taxonomy, lemmas: list[str]) -> None:
    """"This is Mexican President Claudia Sheinbaum, speaking Wednesday.", "This is President Maduro
    speaking yesterday in Caracas.": a broadcast introducing a clip by its speaker tells that the
    speaker spoke, that day (a statement); the participle is the trigger, the name the speaker."""
    head = clause.head
    if lemmas[head.i] != "be" or not any(c.dep_ == "nsubj" and c.lower_ in CLIP_PRONOUNS for c in head.children):
        return
    for name in head.children:
        if name.dep_ != "attr" or name.pos_ != "PROPN":
            continue
        for verb in list(head.children) + list(name.children):
            if verb.dep_ in ("advcl", "acl") and verb.tag_ == "VBG" and lemmas[verb.i] in CLIP_VERBS:
                clause.trigger, clause.category, clause.weak, clause.trigger_len = \
                    verb, "statement", False, 1
                return


READINESS_ADJECTIVES = lang.words("words.tsv")["readiness_adjectives"]
READIED_ACTS = {tuple(p.split()) for p in lang.word_lists("words.tsv")["readied_acts"]}
READINESS_VERBS = lang.words("words.tsv")["readiness_verbs"]


def readiness_warned(clause: Clause, taxonomy, lemmas: list[str]) -> None:
    """"We remain fully prepared to take further necessary measures", "The United States remains
    prepared to defend itself and its allies from any attack": a side saying it is ready for force
    warns whoever would provoke it (the threat category, given when said); the adjective is the
    trigger ("is ready to negotiate" stays an offer)."""
    head = clause.head
    if lemmas[head.i] not in READINESS_VERBS or taxonomy.threat_category not in taxonomy.categories:
        return
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in COMMISSIVE_VERBS:
        return   # ("vowed that Venezuela was ready to defend itself": the vow is what was told)
    for adjective in head.children:
        if adjective.dep_ != "acomp" or adjective.lower_ not in READINESS_ADJECTIVES:
            continue
        for act in adjective.children:
            if act.dep_ != "xcomp" or act.pos_ != "VERB":
                continue
            objects = {lemmas[c.i] for c in act.children if c.dep_ in ("dobj", "obj")}
            if (lemmas[act.i],) in READIED_ACTS or any((lemmas[act.i], o) in READIED_ACTS for o in objects):
                clause.trigger, clause.category, clause.weak, clause.trigger_len = \
                    adjective, taxonomy.threat_category, False, 1
                clause.warning = True
                return


CONSEQUENCE_VERBS = lang.words("words.tsv")["consequence_verbs"]
WARNED_OUTCOMES = lang.words("words.tsv")["warned_outcomes"]


def consequences_warned(clause: Clause, taxonomy, lemmas: list[str]) -> None:
    """"Continuing to ignore those calls will bring serious consequences for Russia", "Russia would
    face very severe consequences", "there will be consequences": consequences said to come are a
    warning (the threat category, given when said), when the clause tells no act of its own."""
    head = clause.head
    if head.pos_ not in ("VERB", "AUX") or lemmas[head.i] not in CONSEQUENCE_VERBS \
            or taxonomy.threat_category not in taxonomy.categories:
        return
    if clause.trigger is not None and not clause.weak and clause.trigger.i == head.i:
        return
    if not any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lemma_ in FUTURE_AUXILIARIES) for c in head.children):
        return   # ("the strike brought consequences": what came of an act, told as done)
    outcomes = [c for c in head.children if c.dep_ in ("dobj", "obj", "attr") and lemmas[c.i] in WARNED_OUTCOMES]
    if outcomes:
        clause.trigger, clause.category, clause.weak, clause.trigger_len = outcomes[0], taxonomy.threat_category, False, 1
        clause.warning = True


JOINT_STATEMENT_VERBS = lang.words("words.tsv")["joint_statement_verbs"]
STATEMENT_NOUNS = lang.words("words.tsv")["statement_nouns"]


def statement_that_acts(clause: Clause, taxonomy, lemmas: list[str]) -> None:
    """"the UK issued a statement warning against further attacks", "the UK joined 11 countries in a
    statement warning against further attacks": a statement whose participle says what it does (warns,
    condemns, calls for) is that act, done by the clause's subject; the participle is the trigger."""
    head = clause.head
    nouns = [c for c in head.children if c.dep_ in ("dobj", "obj") and lemmas[c.i] in STATEMENT_NOUNS]
    if lemmas[head.i] in JOINT_STATEMENT_VERBS:
        nouns += [g for c in head.children if c.dep_ == "prep" for g in c.children
                  if g.dep_ == "pobj" and lemmas[g.i] in STATEMENT_NOUNS]
    if clause.trigger is not None and not clause.weak and clause.trigger.i not in {head.i} | {n.i for n in nouns}:
        return   # the clause tells another act ("struck the port, issuing a statement ...")
    for noun in nouns:
        if any(c.dep_ == "prep" and c.lower_ in AGENT_MARKS for c in noun.children) or any(
                c.dep_ == "poss" for c in noun.children):
            continue   # "supports the statement by CARICOM condemning ...": another's statement, the support is the act
        for act in noun.children:
            if act.dep_ != "acl" or act.tag_ != "VBG":
                continue
            found = taxonomy.match(lemmas, act.i)
            # (a weak act of another kind than the statement's own still says what it does: "a statement
            # calling for an immediate ceasefire" is a demand)
            if found is not None and found.category is not None and (not found.weak or found.category != clause.category):
                clause.trigger, clause.category, clause.weak, clause.trigger_len = act, found.category, False, len(found.lemmas)
                return


AGENT_MARKS = lang.words("words.tsv")["agent_marks"]
CLAIMING_VERBS = lang.words("words.tsv")["claiming_verbs"]
RESPONSIBILITY = lang.words("words.tsv")["responsibility_nouns"]


def responsibility_claimed(clause: Clause, taxonomy, lemmas: list[str]) -> None:
    """"The al-Shabab militant group has claimed responsibility for the attack": the act claimed, told
    again (or told here first: "claimed responsibility for a bombing in Kabul"), done by the claimant.
    The act's noun is the trigger; the claiming verb's subject is its doer."""
    if clause.trigger is not None and not clause.weak:
        return
    for verb in clause.tokens:
        if verb.pos_ != "VERB" or lemmas[verb.i] not in CLAIMING_VERBS:
            continue
        for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj") and lemmas[c.i] in RESPONSIBILITY):
            for act in (g for p in obj.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"):
                found = strong_trigger(act, taxonomy, lemmas)
                if found is not None:
                    clause.trigger, clause.category, clause.weak, clause.trigger_len = act, found.category, False, len(found.lemmas)
                    clause.retold = refers_back(act, clause, set())
                    return


CONCERN_NOUNS = lang.words("words.tsv")["concern_nouns"]
CONCERN_VERBS = lang.words("words.tsv")["concern_verbs"]
STATE_VERBS = frozenset({"be", "remain"})


def concern_phrases(head) -> list:
    """The phrases after a word of concern that name what it is about ("by Israeli strikes", "over
    Russia's disregard"), wherever the parser hangs them (a preposition, or a passive's agent)."""
    return [p for p in head.children if p.dep_ in ("prep", "agent") and p.lower_ in CONCERN_PREPS]


def concern_said(clause: Clause) -> bool:
    """Whether the clause's trigger is a word of concern said of its subject: "remains concerned"
    (an adjective complement) or "We are concerned by" (read as a passive, the word heads the clause)."""
    t = clause.trigger
    return t is not None and (t.dep_ == "acomp" or t.i == clause.head.i) and t.lower_ in CONCERN_ADJECTIVES


CONCERN_REPORTS = lang.words("words.tsv")["concern_reports"]


def concern_expressed(clause: Clause, taxonomy, lemmas: list[str]) -> None:
    """"The United Kingdom remains concerned by restrictions imposed by M23", "We are deeply concerned
    by the violence", "expressed grave concern over Russia's disregard": a concern said or expressed
    about an act is a disapproval of it (the label category: accusation), in the present or reported
    in the past, when the clause tells no event else than the act it is about."""
    if not taxonomy.label_category:
        return
    head = clause.head
    word = None
    if lemmas[head.i] in STATE_VERBS and head.tag_ in ("VBZ", "VBP"):
        word = next((c for c in head.children if c.dep_ == "acomp" and c.lower_ in CONCERN_ADJECTIVES), None)
    elif lemmas[head.i] in CONCERN_VERBS:
        word = next((c for c in head.children if c.dep_ in ("dobj", "obj") and lemmas[c.i] in CONCERN_NOUNS), None)
    elif head.lower_ in CONCERN_ADJECTIVES and head.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in head.children):
        # "We are concerned by Israeli strikes": the parser's passive, the same concern, when what it
        # is about is an act itself (not "the humanitarian crisis", nor "the suffering attacks inflicted")
        about = [g for p in concern_phrases(head) for g in p.children if g.dep_ == "pobj"]
        about += [c for g in about for c in g.conjuncts]   # "by the arrest and ongoing detention of Machar"
        if clause.trigger is not None and not clause.weak and clause.trigger in about:
            word = head
        elif clause.trigger is not None and clause.weak and clause.trigger in about and lemmas[clause.trigger.i] in CONCERN_REPORTS:
            word = head   # "deeply troubled by reports of an imminent attack": the concern is about what the reports tell
        elif clause.trigger is None and any(g.pos_ == "NOUN" and strong_trigger(g, taxonomy, lemmas) for g in about):
            word = head   # "We are appalled by the attack": an act told before, named as what appals
    topic = {t.i for t in word.subtree} | {t.i for p in concern_phrases(head) for t in p.subtree} \
        if word is not None else set()
    if word is None or (clause.trigger is not None and not clause.weak and clause.trigger.i not in topic):
        return   # (an act named in what the concern is about is its topic: "outraged by the new wave of strikes")
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        clause.trigger, clause.category, clause.weak, clause.trigger_len = word, taxonomy.label_category, False, 1


CAPTIVE_TAKING = lang.words("words.tsv")["captive_taking_verbs"]
CAPTIVES = lang.words("words.tsv")["captive_nouns"]


def captives_taken(clause: Clause, taxonomy, lemmas: list[str]) -> None:
    """"Hamas took 250 hostages", "the militants took 20 people hostage", "gunmen have taken hostages":
    taking captives is a capture, an act of force (escalation.tsv's act of killing's category), when
    the clause tells no event else. "took the prisoners to a camp" moves captives already held."""
    if (clause.trigger is not None and not clause.weak) or not taxonomy.killing_act:
        return
    for verb in clause.tokens:
        if verb.pos_ != "VERB" or lemmas[verb.i] not in CAPTIVE_TAKING:
            continue
        if any(c.dep_ in ("dobj", "obj", "oprd", "nsubjpass", "npadvmod") and lemmas[c.i] in CAPTIVES and not held_already(c)
               for c in verb.children):
            clause.trigger, clause.category, clause.weak, clause.trigger_len = verb, taxonomy.killing_act, False, 1
            return


TERRITORY_TAKING = lang.words("words.tsv")["territory_taking_verbs"]
LIBERATING = lang.words("words.tsv")["liberating_verbs"]
CLEARING = lang.words("words.tsv")["clearing_verbs"]
TAKING_OR_CLEARING = TERRITORY_TAKING | CLEARING
TAKEN_PLACES = lang.words("words.tsv")["taken_places"]


def acted_on(verb) -> list:
    """What a verb is done to: its object, or the subject of its passive ("Bossangoa was taken")."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return [c for c in verb.children if c.dep_ in (("nsubjpass",) if passive else ("dobj", "obj"))]


def named_place(tok, places: set[int]) -> bool:
    """A place named: a gazetteer mention or a place entity."""
    return tok.i in places or tok.ent_type_ in ("GPE", "LOC")


def is_place(tok, lemmas: list[str], places: set[int]) -> bool:
    """A place named, a facility, or a common noun of a place taken."""
    return named_place(tok, places) or tok.ent_type_ == "FAC" or lemmas[tok.i] in TAKEN_PLACES


def named_with(tok, lemmas: list[str], words, deps: tuple[str, ...] = ("compound",)) -> bool:
    """Whether a noun, or a word of `deps` on it ("radio stations", "Military leaders", "fighter
    jets"), is one of `words`."""
    return any(lemmas[t.i] in words for t in [tok, *(c for c in tok.children if c.dep_ in deps)])


def territory_taken(clause: Clause, taxonomy, lemmas: list[str], places: set[int], blocked: set[int]) -> None:
    """"The rebels say they have taken the airport", "succeeded in taking the regional capital of
    Kherson", "Bossangoa was taken on Sunday": forces taking a place is a capture, an act of force
    (escalation.tsv's act of killing's category), when the clause tells no event else ("took the
    delegation to Kyiv", "took the lead" take no place; "the operation to liberate Mosul" is its aim;
    "the forces who will liberate Mosul" and other background words, `blocked`, tell none). A name liberated
    is a place taken though the gazetteer lacks it (words.tsv liberating_verbs: "the SDF liberated Raqqa"), and
    forces cleared "from" a place took it (clearing_verbs: "cleared ISIS forces from Dashisha")."""
    if (clause.trigger is not None and not clause.weak) or not taxonomy.killing_act:
        return
    for verb in clause.tokens:
        lemma = lemmas[verb.i]
        if verb.pos_ != "VERB" or lemma not in TAKING_OR_CLEARING or verb.i in blocked or has_neg(verb) \
                or any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
            continue   # ("the operation to liberate Mosul", "waiting to liberate Mosul": an aim, not a taking)
        if verb.dep_ == "pcomp" and (verb.head.head.pos_ in ("NOUN", "PROPN") or verb.head.lower_ == "from"):
            continue   # ("momentum from liberating Hit": what something comes from, not a taking told)
        if lemma in CLEARING:
            taken = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                     for g in p.children if g.dep_ == "pobj"]   # "cleared ISIS forces from Dashisha"
        else:
            taken = acted_on(verb)
        if any(c.pos_ in ("NOUN", "PROPN") and is_place(c, lemmas, places)
               or lemma in LIBERATING and c.pos_ == "PROPN" for c in taken):
            clause.trigger, clause.category, clause.weak, clause.trigger_len = verb, taxonomy.killing_act, False, 1
            return


MEDIA_CLOSING = lang.words("words.tsv")["media_closing_verbs"]
MEDIA_NOUNS = lang.words("words.tsv")["media_nouns"]
MEDIA_ACCESS = lang.words("words.tsv")["media_access_nouns"]


def media_closed(clause: Clause, taxonomy, lemmas: list[str], blocked: set[int]) -> None:
    """"The coup has shut down state radio and television", "Soldiers have closed the capital's five
    private radio stations", "Internet and telephone lines were shut down", "shut off access to the internet":
    silencing a medium is a coercion, an act of force (escalation.tsv's act of killing's category), when the
    clause tells no event else ("closed the meeting", "shut the door" silence no medium)."""
    if (clause.trigger is not None and not clause.weak) or not taxonomy.killing_act:
        return
    for verb in clause.tokens:
        if verb.pos_ != "VERB" or lemmas[verb.i] not in MEDIA_CLOSING or verb.i in blocked or has_neg(verb):
            continue   # ("shut down": the particle changes nothing)
        objects = acted_on(verb)
        # "shut off access to the internet": the medium after "access to"
        objects += [g for o in objects if lemmas[o.i] in MEDIA_ACCESS for p in o.children
                    if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
        if any(named_with(c, lemmas, MEDIA_NOUNS, ("compound", "nmod")) for c in objects):
            clause.trigger, clause.category, clause.weak, clause.trigger_len = verb, taxonomy.killing_act, False, 1
            return


POWER_TAKING = lang.words("words.tsv")["power_taking_verbs"]
COUP_SUBJECTS = lang.words("words.tsv")["coup_subjects"]
POWER_NOUNS = lang.words("words.tsv")["power_nouns"]
INSTITUTION_ENDING = lang.words("words.tsv")["institution_ending_verbs"]
STATE_INSTITUTIONS = lang.words("words.tsv")["state_institutions"]
VOTING_VERBS = lang.words("words.tsv")["voting_verbs"]


def power_taken(clause: Clause, taxonomy, lemmas: list[str], blocked: set[int]) -> None:
    """"Sudan's military took power in April", "Military leaders in Guinea have taken power": soldiers
    taking power is a coup, an act of force (escalation.tsv's act of killing's category), when the
    clause tells no event else ("the new government took power" is no act of force); so is dissolving
    or suspending the state's institutions ("dissolved the government and suspended the constitution")."""
    if (clause.trigger is not None and not clause.weak) or not taxonomy.killing_act:
        return
    for verb in clause.tokens:
        if verb.pos_ != "VERB" or lemmas[verb.i] not in POWER_TAKING or verb.i in blocked or has_neg(verb):
            continue
        if any(c.dep_ in ("dobj", "obj") and lemmas[c.i] in POWER_NOUNS for c in verb.children) and any(
                c.dep_ == "nsubj" and named_with(c, lemmas, COUP_SUBJECTS, ("amod", "compound")) for c in verb.children):
            clause.trigger, clause.category, clause.weak, clause.trigger_len = verb, taxonomy.killing_act, False, 1
            return
    for verb in clause.tokens:
        # "they have dissolved the government and suspended the constitution", "parliament has been dissolved":
        # the institutions of the state set aside, a coup's act
        if verb.pos_ != "VERB" or lemmas[verb.i] not in INSTITUTION_ENDING or verb.i in blocked or has_neg(verb) \
                or (verb.dep_ == "xcomp" and lemmas[verb.head.i] in VOTING_VERBS):
            continue   # ("the National Assembly voted to disband the interim government": a vote)
        if any(c.dep_ in ("dobj", "obj", "nsubjpass") and lemmas[c.i] in STATE_INSTITUTIONS for c in verb.children):
            clause.trigger, clause.category, clause.weak, clause.trigger_len = verb, taxonomy.killing_act, False, 1
            return


ORDERED_OUT_WORD = lang.words("words.tsv")["ordered_out_word"]
EXIT_PHRASES = [tuple(p.split()) for p in lang.words("words.tsv")["exit_phrases"]]
FLEEING_VERBS = lang.words("words.tsv")["fleeing_verbs"]
ARMED_SUBJECTS = lang.words("words.tsv")["armed_subjects"]
FLIGHT_OUTCOME_VERBS = lang.words("words.tsv")["flight_outcome_verbs"]


def armed_retreat(clause: Clause, taxonomy, lemmas: list[str], blocked: set[int]) -> None:
    """"Ansar Dine appears to have fled to surrounding villages", "ISIL fighters seem to have fled
    without a fight", "Tigrayan forces retreated from Adwa": armed men fleeing or retreating withdraw
    (the category escalation.tsv gives `ordered_out_word`), when the clause tells no event else;
    civilians fleeing ("thousands fled their homes") is no event of the timeline."""
    if clause.trigger is not None and not clause.weak:
        return
    category = category_of_word(taxonomy, ORDERED_OUT_WORD)
    if not category:
        return
    def armed(subject) -> bool:
        # a named group or leader ("Ansar Dine", "President Hadi"), not a people ("many Iranians")
        if subject.pos_ == "PROPN" and subject.ent_type_ != "NORP":
            return True
        return lemmas[subject.i] in ARMED_SUBJECTS
    for verb in clause.tokens:
        if verb.pos_ != "VERB" or lemmas[verb.i] not in FLEEING_VERBS or verb.i in blocked or has_neg(verb):
            continue
        if verb.dep_ in ("xcomp", "ccomp") and lemmas[verb.head.i] in FLIGHT_OUTCOME_VERBS:
            continue   # "forced them to flee the town", "managed to escape the base": part of another act
        holder = verb.head if verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children) else verb
        if any(c.dep_ == "nsubj" and armed(c) for c in holder.children):
            clause.trigger, clause.category, clause.weak, clause.trigger_len = verb, category, False, 1
            return


PREDICATE_LABEL_DEPS = frozenset({"acomp", "attr", "dobj", "oprd"})
JUDGEMENT_WORDS = lang.words("words.tsv")["judgement_words"]


APPEAL_PREPOSITIONS = lang.words("words.tsv")["appeal_prepositions"]


def labelled_act(clause: Clause, taxonomy, lemmas: list[str]) -> None:
    """"Sharif called the Indian attacks “an act of war”", "Venezuela called the seizure an act of
    piracy": naming an act with a word of accusation (escalation.tsv's `(label)` row, quoted or not)
    accuses, unless the clause already tells a stronger event of its own."""
    head = clause.head
    if not taxonomy.labels or (clause.trigger is not None and not clause.weak):
        return
    if lemmas[head.i] in LABELLING_VERBS:
        if any(c.dep_ == "prep" and c.lower_ in APPEAL_PREPOSITIONS and c.i == head.i + 1 for c in head.children):
            return   # "calls on the DPRK to refrain from further provocations": an appeal, no naming
        after = [t.i for t in clause.tokens if t.i > head.i]
    elif lemmas[head.i] in SAYING_VERBS and clause.trigger is not None:
        # "Democrats said Hegseth may have committed war crimes", "said the strikes were illegal":
        # saying that an act is a crime accuses (what is said of it, not a word describing a thing:
        # "said Russia must end its illegal war" is a demand)
        after = [t.i for t in head.subtree if t.i > head.i]
    else:
        return
    doc = head.doc
    for i in after:
        for label in taxonomy.labels:
            if tuple(lemmas[i:i + len(label)]) != label:
                continue
            root = doc[i:i + len(label)].root
            if root.dep_ == "amod" and root.i < root.head.i and not named_as(root.head, head):
                continue   # a word describing a thing, not what the act is called ("called for an end to unjustified detention")
            if has_neg(root) or has_neg(root.head):
                continue   # "said the operation was not illegal": a defence, no accusation
            if lemmas[head.i] in LABELLING_VERBS or root.dep_ in PREDICATE_LABEL_DEPS and judged_is_act(root, taxonomy):
                clause.trigger, clause.category, clause.weak, clause.trigger_len = head, taxonomy.label_category, False, 1
                return


NEGATION_PARTICLES = lang.words("words.tsv")["negation_particles"]


def named_as(noun, verb) -> bool:
    """Whether `noun` is what a verb of naming calls its object: "called the raid an unjustified
    escalation" (the object predicate), "described the strikes as an unprovoked attack" ("as" + noun)."""
    if noun.head.i != verb.i and not (noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.i == verb.i):
        return False
    return noun.dep_ in ("oprd", "pobj") and any(c.dep_ in ("dobj", "obj") for c in verb.children)


def quote_accuses(clause: Clause, quotes: list, taxonomy, lemmas: list[str]) -> None:
    """'Lula wrote on X: “The bombings on Venezuelan territory ... cross an unacceptable line.”', 'Rep.
    Casar wrote online: “... This is reckless and illegal.”': a plain saying whose quotation (opened
    after its verb, however many sentences it runs on) holds a word of accusation (escalation.tsv's
    (label) row) accuses, unless the quotation negates."""
    if not taxonomy.labels or clause.trigger is None or not clause.weak or clause.trigger.i != clause.head.i \
            or lemmas[clause.head.i] not in SAYING_VERBS:
        return
    head = clause.head
    sent = head.sent
    for span in quotes:
        if not (head.i < span.start < sent.end):
            continue
        words = [lemmas[t.i] for t in span]
        if any(t.lower_ in NEGATION_PARTICLES or t.dep_ == "neg" for t in span):
            return
        if any(starts_label(words, i, taxonomy.labels) for i in range(len(words))):
            clause.category = taxonomy.label_category   # (still a saying: a commentator's words stay no event)
        return


def judged_is_act(predicate, taxonomy) -> bool:
    """Whether what a predicate label is said of may be an act: an event noun ("the strikes were
    illegal"), or someone ("it", "Hegseth ... committed war crimes"), not a thing ("the weather was brutal")."""
    verb = predicate.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not subjects or any(c.pos_ in ("PRON", "PROPN") or c.lemma_.lower() in taxonomy.event_nouns
                               or taxonomy.match([c.lemma_.lower()], 0) is not None for c in subjects)


JUDGING_NOUNS = lang.words("words.tsv")["judging_predicate_nouns"]


def known_subject(verb) -> bool:
    """Whether the subject of `verb` names something known: a pronoun, a name, or a noun with a
    possessive or a definite determiner ("it", "this attack", "Russia's behaviour"), not a kind
    ("Deliberate attacks on civilians are a violation of international law")."""
    return any(s.pos_ in ("PRON", "PROPN") or definite(s) for s in verb.children if s.dep_ == "nsubj")


def label_at(lemmas: list[str], i: int, labels: frozenset) -> bool:
    """Whether a word of escalation.tsv's (label) row ("a violation", "a war crime") or of words.tsv's
    judging_predicate_nouns ("a threat") starts at i."""
    return lemmas[i] in JUDGING_NOUNS or starts_label(lemmas, i, labels)


def starts_label(lemmas: list[str], i: int, labels: frozenset) -> bool:
    """Whether a word of escalation.tsv's (label) row ("a violation", "an act of war") starts at i."""
    return any(tuple(lemmas[i:i + len(label)]) == label for label in labels)


def _judging(tok) -> bool:
    return tok.lemma_.lower() in JUDGEMENT_WORDS or tok.lower_ in JUDGEMENT_WORDS


def judged_act(clause: Clause, taxonomy, lemmas: list[str], quoted: set[int] = frozenset()) -> None:
    """"Threats against humanitarian workers are unacceptable", "Reported violations ... are deeply
    concerning": an act judged in the present with a word of condemnation (words.tsv's
    `judgement_words`) is accused by whoever says it, on the day it is said; the judging word is the
    trigger. Told in the past it is accused only when someone is reported saying it."""
    head = clause.head
    if not taxonomy.label_category:
        return
    if _judging(head):   # "are deeply concerning", parsed with "concerning" as the verb
        word, be = head, next((c for c in head.children if c.dep_ == "aux" and lemmas[c.i] == "be"), None)
    elif lemmas[head.i] == "be" or lemmas[head.i] in POSING_VERBS:
        word, be = next((c for c in head.children if c.dep_ == "acomp" and _judging(c)), None), head
    else:
        return
    named = None
    if word is None and be is head and head.i not in quoted:
        # "Russia's reckless behaviour is a violation of international law" (in a quotation, the words of
        # the saying, which is the event: “This is a violation of our rights,” he said)
        # ("the test represents a significant international threat", "Iran poses a threat to the region")
        attrs = [c for c in head.children if c.pos_ == "NOUN" and (
            c.dep_ == "attr" or (c.dep_ in ("dobj", "obj") and lemmas[head.i] in POSING_VERBS))]
        attrs += [c for a in attrs for c in a.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
        word = named = next((a for a in attrs if label_at(lemmas, a.i, taxonomy.labels)), None)
    if word is None or be is None or (be.tag_ not in ("VBZ", "VBP") and clause.reporter is None):
        return
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if clause.trigger is None and named is None and not (
            subjects and (lemmas[subjects[0].i] in taxonomy.event_nouns
                          or taxonomy.match([lemmas[subjects[0].i]], 0) is not None)):
        return   # "the weather is alarming": no act judged ("Maduro's claim to power is fraudulent" is one)
    if named is not None and not known_subject(head):
        return   # "Terrorism is a crime": a rule; "this attack", "Russia's behaviour", "it" name an act
    clause.trigger, clause.category, clause.weak, clause.trigger_len = word, taxonomy.label_category, False, 1


def judgement(clause: Clause) -> bool:
    """Whether the clause's trigger is a judging word (see `judged_act`)."""
    t = clause.trigger
    labels = load_taxonomy().labels
    if t is not None and (clause.head.lemma_ == "be" or clause.head.lemma_.lower() in POSING_VERBS) and t.pos_ == "NOUN" and label_at(
            [w.lemma_.lower() for w in t.doc[t.i:t.i + max(map(len, labels), default=1)]], 0, labels) \
            and known_subject(clause.head) and (
            (t.dep_ in ("attr", "dobj") and t.head.i == clause.head.i)
            or (t.dep_ == "conj" and t.head.dep_ == "attr" and t.head.head.i == clause.head.i)):
        return True   # "... is a violation of international law" (judged_act's naming word)
    if concern_said(clause):
        return True   # "The United Kingdom remains concerned by ...", "We are concerned by ...": a concern said (concern_expressed)
    return t is not None and (t.dep_ == "acomp" or t.i == clause.head.i) and _judging(t)


def space_violation(clause: Clause, taxonomy, lemmas: list[str]) -> None:
    """A violation of a state's airspace, territory or border ("the violation of Poland's airspace",
    "drones violated Romanian airspace") is an incursion, an act of force, not an accusation."""
    trigger = clause.trigger
    if trigger is None or lemmas[trigger.i] not in VIOLATION_WORDS:
        return
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
    objects += [g for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    if any(lemmas[o.i] in VIOLATED_SPACES for o in objects):
        clause.category = taxonomy.killing_act or clause.category


INTRUSION_VERBS = lang.words("words.tsv")["intrusion_verbs"]
INTO = lang.words("words.tsv")["into_prepositions"]


def space_entered(clause: Clause, taxonomy, lemmas: list[str]) -> None:
    """A verb of moving with no trigger of its own, into a state's airspace, territory or waters ("a
    drone flew 10km into national territory", "Russian jets strayed into Estonian airspace"): an
    incursion, an act of force."""
    head = clause.head
    if clause.trigger is not None or head.pos_ != "VERB" or lemmas[head.i] not in INTRUSION_VERBS:
        return
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in INTO and any(
                g.dep_ == "pobj" and lemmas[g.i] in VIOLATED_SPACES for g in prep.children):
            clause.trigger, clause.category, clause.weak, clause.trigger_len = head, taxonomy.killing_act, False, 1
            return


def category_of_word(taxonomy, words) -> str:
    """The category escalation.tsv gives the one word of a words.tsv list ("overflight", "deploy"): the
    category an act told without that word takes; "" when the table has none."""
    found = next((taxonomy.match([w], 0) for w in sorted(words)), None)
    return found.category if found is not None and found.category is not None else ""


OVERFLIGHT_VERBS = lang.words("words.tsv")["overflight_verbs"]
OVERFLIGHT_NOUN = lang.words("words.tsv")["overflight_noun"]
AIRCRAFT = lang.words("words.tsv")["aircraft"]


def overflight(clause: Clause, taxonomy, lemmas: list[str]) -> None:
    """Military aircraft flying over a place ("U.S. fighter jets flew over the Gulf of Venezuela"): an
    overflight (the category escalation.tsv gives the word), not airliners or a traveller flying."""
    head = clause.head
    if clause.trigger is not None or head.pos_ != "VERB" or lemmas[head.i] not in OVERFLIGHT_VERBS:
        return
    if not any(p.dep_ == "prep" and p.lower_ == "over" for p in head.children):
        return
    category = category_of_word(taxonomy, OVERFLIGHT_NOUN)
    if category and any(c.dep_ == "nsubj" and lemmas[c.i] in AIRCRAFT for c in head.children):
        clause.trigger, clause.category, clause.weak, clause.trigger_len = head, category, False, 1


ORDERING_VERBS = lang.words("words.tsv")["ordering_verbs"]
ORDERED_TO_WORD = lang.words("words.tsv")["ordered_to_word"]
DESTINATION_PREPOSITIONS = lang.words("words.tsv")["destination_prepositions"]


def _sent_out_of(head, places: set[int]) -> bool:
    """"ordered the forces out of northern Syria": after the verb, a phrase of exit_phrases whose last
    preposition's object is a place."""
    for phrase in EXIT_PHRASES:
        level = [p for p in head.children if p.dep_ in ("prep", "advmod") and p.lower_ == phrase[0]]
        for word in phrase[1:]:
            level = [p for q in level for p in q.children if p.dep_ == "prep" and p.lower_ == word]
        if any(g.dep_ == "pobj" and named_place(g, places) for p in level for g in p.children):
            return True
    return False


def ordered_to(clause: Clause, taxonomy, lemmas: list[str], places: set[int]) -> None:
    """Forces ordered to a place ("the Pentagon ordered the USS Gerald R. Ford carrier strike group to
    the Caribbean"): a deployment (the category escalation.tsv gives `ordered_to_word`); ordered out of
    a place ("ordered nearly all U.S. forces out of northern Syria"): a withdrawal (`ordered_out_word`)."""
    head = clause.head
    if clause.trigger is not None or head.pos_ != "VERB" or lemmas[head.i] not in ORDERING_VERBS:
        return
    if not any(c.dep_ in ("dobj", "obj") for c in head.children):
        return
    if _sent_out_of(head, places):
        category = category_of_word(taxonomy, ORDERED_OUT_WORD)   # "ordered all U.S. forces out of northern Syria": a withdrawal
        if category:
            clause.trigger, clause.category, clause.weak, clause.trigger_len = head, category, False, 1
        return
    category = category_of_word(taxonomy, ORDERED_TO_WORD)
    if category and any(p.dep_ == "prep" and p.lower_ in DESTINATION_PREPOSITIONS and any(
            g.dep_ == "pobj" and named_place(g, places) for g in p.children)
            for p in head.children):
        clause.trigger, clause.category, clause.weak, clause.trigger_len = head, category, False, 1


def killing_as_act(clause: Clause, taxonomy, lemmas: list[str], blocked: set[int]) -> None:
    """A killing told with the act that killed ("were killed in an Israeli airstrike", "Israeli attacks
    have killed 42") is that act, of the taxonomy's killing-act category (force), whose toll the killing
    states; told with the one who killed ("Israeli forces killed 24", "were killed by soldiers") it is
    an act of that category too. A killing told alone ("three people died") stays casualties."""
    if clause.category != taxonomy.casualties_category or not taxonomy.killing_act:
        return
    own = {t.i for t in clause.tokens}
    verb = clause.trigger
    for tok in clause.tokens:
        if tok.i in blocked or tok.i == verb.i or tok.pos_ not in ("NOUN", "PROPN") or lemmas[tok.i] in VERB_ONLY_TRIGGERS \
                or lemmas[tok.i] in CUSTODY_TRIGGERS:
            continue   # ("died in the storm": no storming; "died in Israeli custody": no act that killed)
        trigger = taxonomy.match(lemmas, tok.i)
        if trigger is None or trigger.category != taxonomy.killing_act or len(trigger.lemmas) != 1:
            continue
        # "Israeli attacks have killed 42", "the assault caused at least 80 deaths", "killed in a raid"
        if (tok.dep_ == "nsubj" and tok.head.i in (verb.i, clause.head.i)) or any(a.dep_ in ("prep", "agent") for a in tok.ancestors
                                                                 if a.i in own):
            clause.trigger, clause.category, clause.weak, clause.trigger_len = tok, trigger.category, False, 1
            clause.retold = refers_back(tok, clause, set())   # "80 people were killed in the attack"
            return
    deps = {c.dep_ for c in verb.children} if verb.pos_ in ("VERB", "AUX") else set()
    if "agent" in deps or ("nsubj" in deps and deps & {"dobj", "obj"}):   # not "three people died"
        clause.category = taxonomy.killing_act
    elif any(c.dep_ == "nsubjpass" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" for c in verb.children):
        # "Hezbollah's leader Hassan Nasrallah was killed in September": a person named, killed, was
        # killed by someone, a killing (not a toll of dead)
        clause.category = taxonomy.killing_act
    elif verb.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "by" for c in verb.children):
        clause.category = taxonomy.killing_act   # "the killing of civilians by M23", "killings by ADF"


ONSET_VERBS = {tuple(phrase.split()) for phrase in lang.word_lists("words.tsv")["onset_verbs"]}


def event_begun(clause: Clause, taxonomy, lemmas: list[str]) -> None:
    """"the ceasefire with Hamas that went into effect on October 10", "the war that broke out in
    April 2023": a relative clause telling the noun it hangs on begin, with a date of its own, is
    that noun's event, on that date."""
    head = clause.head
    if clause.trigger is not None or head.dep_ not in ("relcl", "acl") or head.pos_ not in ("VERB", "AUX"):
        return
    if not any(tuple(lemmas[head.i:head.i + len(p)]) == p for p in ONSET_VERBS):
        return
    noun = head.head
    start = phrase_start(noun.i, taxonomy, lemmas) if noun.pos_ == "NOUN" else None
    if start is not None:   # "a cease-fire that took effect early Sunday": the phrase the noun ends
        found = taxonomy.match(lemmas, start)
        if not found.weak:
            clause.trigger, clause.category, clause.weak, clause.trigger_len = noun.doc[start], found.category, False, len(found.lemmas)
        return
    found = strong_trigger(noun, taxonomy, lemmas) if noun.pos_ == "NOUN" else None
    if found is not None and len(found.lemmas) == 1:
        clause.trigger, clause.category, clause.weak, clause.trigger_len = noun, found.category, False, 1


def act_reported(clause: Clause, taxonomy, lemmas: list[str]) -> None:
    """"Several Israeli strikes were reported across the Gaza Strip", "Missile strikes were reported
    in Kharkiv": an act as the subject of a passive report with no one who reports is the act
    itself, told as having happened ("No injuries were reported" tells none)."""
    head = clause.head
    if clause.trigger is None or clause.trigger.i != head.i or lemmas[head.i] not in IMPERSONAL_REPORT_VERBS \
            or head.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in head.children) \
            or any(c.dep_ in ("agent", "xcomp", "ccomp") for c in head.children):
        return   # ("a station was confirmed to be at Al Munirah": what it is, no act)
    for subject in (c for c in head.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"):
        if any(c.dep_ == "det" and c.lower_ in NEGATIVE_SUBJECTS for c in subject.children):
            return
        found = strong_trigger(subject, taxonomy, lemmas)
        if found is not None and len(found.lemmas) == 1:
            clause.trigger, clause.category, clause.weak, clause.trigger_len = subject, found.category, False, 1
            return


def deadline(clause: Clause, taxonomy, lemmas: list[str]) -> None:
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


def is_light(head, taxonomy, lemmas: list[str]) -> bool:
    """A copula, or a verb of the table's (light) row (possibly a two-word one: "took place")."""
    if head.lemma_ == "be":
        return True
    for i in (head.i, head.i - 1):
        if 0 <= i < len(lemmas):
            trigger = taxonomy.match(lemmas, i)
            if trigger is not None and trigger.category is None and i <= head.i < i + len(trigger.lemmas):
                return True
    return False
