"""Dependency-tree helpers the event stages share: label sets of the parser (spaCy's English
scheme) and small questions about a token's place in its sentence's tree. Nothing here knows
about clauses, triggers or dates."""
from __future__ import annotations

from timeline import lang


CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis"})


ARG_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "oprd", "dative", "acomp", "obj", "agent"})


PREDICATE_ADJ_DEPS = frozenset({"acomp", "oprd", "ROOT", "conj", "ccomp", "xcomp", "attr"})


REPORT_LINK_DEPS = frozenset({"ccomp", "parataxis"})


TEMPORAL_PREPS = lang.words("words.tsv")["temporal_prepositions"]
READY_ADJECTIVES = lang.words("words.tsv")["ready_adjectives"]


def has_neg(tok) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def readiness_phrase(prep) -> bool:
    """Whether a preposition opens the phrase of a predicate adjective of readiness ("open to talks",
    "ready for negotiations": words.tsv's `ready_adjectives`)."""
    return prep.dep_ == "prep" and prep.head.dep_ == "acomp" and prep.head.lemma_.lower() in READY_ADJECTIVES


def in_predicate_phrase(tok, copula) -> bool:
    """Whether a word sits in a prepositional predicate of a copula ("were on maximum alert", "was
    among hundreds injured"), which tells what happened to the subject."""
    x = tok
    for _ in range(12):
        if x.head.i == x.i or x.dep_ in ("nsubj", "nsubjpass", "attr", "acomp"):
            return False
        if x.dep_ == "prep" and x.head.i == copula.i:
            return True
        if readiness_phrase(x) and x.head.head.i == copula.i:
            return True   # "was open to talks", "is ready for negotiations": the talks are the clause's business
        x = x.head
    return False


ACCUSING_VERBS = lang.words("words.tsv")["accusing_verbs"]
ACCUSING_PREPOSITIONS = lang.words("words.tsv")["accusing_prepositions"]


def accused_of(tok) -> list:
    """The objects of the accusing verb a gerund hangs on through "of" ("accused Azerbaijan of shelling"): who is
    accused of its act; [] when the gerund is no such act."""
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or tok.head.lower_ not in ACCUSING_PREPOSITIONS:
        return []
    x = tok.head.head   # (the parser may hang "of" on the one accused: "accused [government forces of launching]",
    for _ in range(3):  # or on a participle describing them: "accused [fighters backing Machar of shooting]")
        if x.lemma_.lower() in ACCUSING_VERBS and x.pos_ == "VERB":
            return [c for c in x.children if c.dep_ in ("dobj", "obj")]
        if x.head.i == x.i or x.dep_ not in ("dobj", "obj", "acl"):
            return []
        x = x.head
    return []


def descriptive_verb(tok, dated: set[int] = frozenset()) -> bool:
    """A verb form that describes a thing rather than tells an event: a participle used as an
    adjective ("a negotiated exit", "the escalating steps"), or a gerund completing a noun ("the
    means of tracking and stopping networks", "a pretext for seizing the oil")."""
    x = tok
    while x.dep_ == "conj" and x.head.i != x.i:
        x = x.head
    if x.dep_ == "ccomp" and x.tag_ == "VBN" and not any(a.dep_ in ("aux", "auxpass", "nsubj") for a in x.children):
        # "described the warships deployed off the coast as a threat": a reduced participle, unless
        # it has its own date ("the camps struck on Monday") or a subject of its own, which makes it a
        # past tense the tagger missed ("said the strikes killed at least 26 people")
        return not any(t.i in dated for t in x.subtree)
    if x.dep_ in ("amod", "nmod", "compound") and x.tag_ in ("VBN", "VBG"):
        return x.head.dep_ != "ROOT"  # a noun at the root means the parser missed the verb ("The FAA warned airlines")
    # (not an act one is accused of, the "of" hung on the one accused: "accused Israeli forces of attacking ...")
    return x.tag_ == "VBG" and x.dep_ == "pcomp" and x.head.head.pos_ in ("NOUN", "PROPN", "PRON") and not accused_of(x)


MAX_TREE_STEPS = 48


def tree_distance(a, b) -> int:
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


SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")

DEFINITE_DETERMINERS = lang.words("words.tsv")["definite_determiners"]
INDEFINITE_DETERMINERS = lang.words("words.tsv")["indefinite_determiners"]


def definite(noun) -> bool:
    """"the massacre", "Israel's blockade": a noun phrase that names something known."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) for c in noun.children)


def named_as_known(noun) -> bool:
    """"the patrol", "these men": a noun with a definite determiner (not a possessive name, which
    `definite` counts too)."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children)


def held_already(noun) -> bool:
    """"the prisoners", "its hostages", "those weapons": a noun phrase with a determiner or a possessive
    that does not bring in something new ("a cache", "an RPG launcher" do)."""
    return any(c.dep_ in ("det", "poss") and c.lower_ not in INDEFINITE_DETERMINERS for c in noun.children)


def name_in_apposition(mention, tok) -> bool:
    """"Belvania's foreign minister, Viktor Hale, summoned ...", "Three airlines, Iberia, TAP Air
    Portugal and Avianca, suspended ...": a name that is itself the apposition (or one of the names
    joined to it by "and") names the one who acts; an apposition that only contains a name ("Dan
    Caine, the chairman of the Joint Chiefs") does not."""
    if mention.nominal:
        return False
    x = tok
    for _ in range(12):
        if x.dep_ == "appos":
            root = tok.doc[mention.end - 1]
            while root.dep_ == "conj" and root.head.i != root.i and root.i != x.i:
                root = root.head
            return mention.start <= x.i < mention.end or root.i == x.i
        if x.head.i == x.i:
            return False
        x = x.head
    return False


def in_apposition(tok) -> bool:
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


def doer_preps(noun) -> list:
    """The "by" phrases that name who did what an event noun names: its own ("a raid by Israeli
    forces"), or those the tagger hung elsewhere: on the noun of its "of" phrase ("the detentions of
    22 UN personnel by the Houthis") or, after it, on the active verb it is the object of ("condemned
    the assault on Goma by the M23": an active verb has no agent)."""
    preps = [c for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"]
    for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        preps += [c for g in of.children if g.dep_ == "pobj" for c in g.children if c.dep_ == "prep" and c.lower_ == "by"]
    verb = noun.head
    if noun.dep_ in ("dobj", "obj") and not any(c.dep_ == "auxpass" for c in verb.children):
        preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i]
    return preps
