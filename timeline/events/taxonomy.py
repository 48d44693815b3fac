"""The event taxonomy (category, escalation score, trigger words) of lang/en/escalation.tsv.

The table documents itself: a CAMEO-inspired category list with a Goldstein-like score from -10
to +10 (sign flipped so higher is more escalatory) and the lemmas that trigger each category,
plus pseudo-categories that refine it. This module only reads it and answers lookups;
`timeline.events.triggers` decides which words of a clause to ask about.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from timeline import lang

VERB_ONLY = lang.words("words.tsv")["verb_only_triggers"]   # trigger words that tell an event only as verbs

LIGHT = "(light)"
PERSON = "(person)"
FORCE = "(force)"
# Pseudo-categories that refine the taxonomy (documented in lang/en/escalation.tsv).
DEADLINE_VERB = "(deadline verb)"
DEADLINE_UNIT = "(deadline unit)"
FIGURATIVE = "(figurative subject)"
REQUEST = "(request)"
THREATENED = "(threatened)"
TOLL = "(toll)"
LABEL = "(label)"
HANDED = "(handed)"
CALLED = "(called)"
BROKEN = "(broken)"
OTHER = "other"


@dataclass(frozen=True)
class Category:
    name: str
    score: float
    meaning: str


@dataclass(frozen=True)
class Trigger:
    lemmas: tuple[str, ...]
    category: str | None   # None for a light verb ("carried out strikes" takes its object's category)
    weak: bool             # yields to a non-weak trigger among its arguments ("said", "announced")


@dataclass(frozen=True, eq=False)
class Taxonomy:
    categories: dict[str, Category]
    by_first: dict[str, tuple[Trigger, ...]]   # first lemma -> triggers starting with it, longest first
    person: dict[tuple[str, ...], str] = field(default_factory=dict)  # trigger -> category when a person acts
    force: dict[tuple[str, ...], str] = field(default_factory=dict)   # trigger -> category when a ship or force acts
    # (actor, category, triggers): these triggers take that category when the actor is involved
    by_actor: tuple[tuple[str, str, frozenset], ...] = ()
    # "giving the airlines 48 hours to ...": verb lemmas, time-unit lemmas, and the category (threat)
    deadline_verbs: frozenset = frozenset()
    deadline_units: frozenset = frozenset()
    deadline_category: str = ""
    figurative: frozenset = frozenset()        # subjects that make a motion verb figurative ("pressure reached")
    requests: frozenset = frozenset()          # trigger lemma tuples of asking and urging
    request_yields_to: frozenset = frozenset()  # categories a request of the same speaker yields to
    threatened: frozenset = frozenset()         # categories that, told as possible by their author, are threats
    threat_category: str = ""
    toll_of: frozenset = frozenset()            # categories whose act the casualties of their sentence belong to
    casualties_category: str = ""
    killing_act: str = ""                       # the category of a killing told with its agent or its act
    labels: frozenset = frozenset()             # lemma tuples that, naming an act, accuse ("an act of war")
    label_category: str = ""
    handed: frozenset = frozenset()             # who or what, given back, makes a release ("the remains", "prisoners")
    handed_category: str = ""
    called: frozenset = frozenset()             # verbs that, with a person as their only object, are a phone call
    called_category: str = ""
    broken: frozenset = frozenset()             # verbs (lemma tuples) that, with an agreement as object, reject it
    broken_category: str = ""

    def recategorise(self, category: str, trigger: tuple[str, ...], actors: Sequence[str]) -> str:
        """The category after the `(actor ...)` rows ("operations" of the CIA are covert action)."""
        for actor, target, triggers in self.by_actor:
            if trigger in triggers and actor in actors:
                return target
        return category

    @functools.cached_property
    def event_nouns(self) -> frozenset:
        """One-word triggers of a category that are not weak: the words that can name an event (not
        those that tell one only as verbs: "the storm", "a pumping station")."""
        return frozenset(t.lemmas[0] for ts in self.by_first.values() for t in ts
                         if len(t.lemmas) == 1 and t.category is not None and not t.weak) - VERB_ONLY

    @functools.cached_property
    def act_nouns(self) -> frozenset:
        """The event nouns of acts of force (`killing_act`: "strikes", "detentions") and of killing
        (`casualties_category`: "killings", which told with their doer are acts of force)."""
        return frozenset(t.lemmas[0] for ts in self.by_first.values() for t in ts if len(t.lemmas) == 1
                         and t.category in (self.killing_act, self.casualties_category) and t.category and not t.weak) - VERB_ONLY

    def score(self, category: str) -> float:
        found = self.categories.get(category)
        return found.score if found else 0.0

    def trigger_words(self, lemmas: Sequence[str], i: int, n: int) -> tuple[str, ...]:
        """The lemmas of the trigger phrase of n words held by the word at i: the phrase may start
        before its head word ("evacuation orders", "air strike" are held by their noun)."""
        if n > 1:
            phrases = [found for start in range(i, max(i - n, -1), -1)
                       if (found := self.match(lemmas, start)) is not None and len(found.lemmas) == n and start + n > i]
            if phrases:   # ("a phone call on Monday": the phrase the word holds, not the weak "call on")
                return next((f for f in phrases if not f.weak), phrases[0]).lemmas
        return tuple(lemmas[i:i + n])

    def match(self, lemmas: Sequence[str], i: int) -> Trigger | None:
        """The longest trigger whose lemmas start at position i of `lemmas` (lower case)."""
        for trigger in self.by_first.get(lemmas[i], ()):
            n = len(trigger.lemmas)
            if tuple(lemmas[i:i + n]) == trigger.lemmas:
                return trigger
        return None


def parse_taxonomy(text: str, name: str = "escalation.tsv") -> Taxonomy:
    categories: dict[str, Category] = {}
    triggers: dict[tuple[str, ...], Trigger] = {}
    person: dict[tuple[str, ...], str] = {}
    force: dict[tuple[str, ...], str] = {}
    by_actor: list[tuple[str, str, frozenset]] = []
    special: dict[str, tuple[str, frozenset]] = {}
    table = lang.rows_after_header(text, name, 4)
    for number, (cat, score, meaning, words) in table:
        if cat in (DEADLINE_VERB, DEADLINE_UNIT, FIGURATIVE, REQUEST, THREATENED, TOLL, LABEL, HANDED, CALLED, BROKEN):
            special[cat] = (score, frozenset(tuple(w.strip().lower().split()) for w in words.split("|") if w.strip()))
            continue
        if cat.startswith("(actor ") and cat.endswith(")"):
            lemmas = frozenset(tuple(w.strip().lower().split()) for w in words.split("|") if w.strip())
            by_actor.append((cat[len("(actor "):-1].strip(), score, lemmas))
            continue
        if cat in (PERSON, FORCE):
            for word in words.split("|"):
                if word.strip():
                    (person if cat == PERSON else force)[tuple(word.strip().lower().split())] = score
            continue
        category: str | None
        if cat == LIGHT:
            category = None
        else:
            try:
                value = float(score)
            except ValueError:
                raise lang.TableError(f"{name}, line {number}: score {score!r} is not a number") from None
            if not -10 <= value <= 10:
                raise lang.TableError(f"{name}, line {number}: score {value} is outside -10..+10")
            categories[cat] = Category(cat, value, meaning)
            category = cat
        for word in words.split("|"):
            word = word.strip()
            if not word:
                continue
            weak = word.startswith("~")
            lemmas = tuple(word.lstrip("~").lower().split())
            if lemmas in triggers:
                raise lang.TableError(f"{name}, line {number}: trigger {' '.join(lemmas)!r} is listed twice")
            triggers[lemmas] = Trigger(lemmas, category, weak)
    by_first: dict[str, list[Trigger]] = {}
    for trigger in triggers.values():
        by_first.setdefault(trigger.lemmas[0], []).append(trigger)
    deadline_category, deadline_verbs = special.get(DEADLINE_VERB, ("", frozenset()))
    request_targets, requests = special.get(REQUEST, ("", frozenset()))
    yields_to = frozenset(request_targets.split())
    threat_category, threatened = special.get(THREATENED, ("", frozenset()))
    threatened_categories = frozenset(w[0] for w in threatened)
    casualties_category, toll = special.get(TOLL, ("", frozenset()))
    label_category, labels = special.get(LABEL, ("", frozenset()))
    handed_category, handed = special.get(HANDED, ("", frozenset()))
    called_category, called = special.get(CALLED, ("", frozenset()))
    broken_category, broken = special.get(BROKEN, ("", frozenset()))
    toll_categories = frozenset(w[0] for w in toll)
    killing_act = next((row[3].split("|")[0].strip() for _n, row in table if row[0] == TOLL), "")
    for target in set(person.values()) | set(force.values()) | {t for _a, t, _w in by_actor} | ({deadline_category, threat_category} - {""}) \
            | yields_to | threatened_categories | toll_categories | ({casualties_category, label_category, handed_category, called_category, broken_category} - {""}):
        if target not in categories:
            raise lang.TableError(f"{name}: a pseudo-category row names the unknown category {target!r}")
    return Taxonomy(categories, {k: tuple(sorted(v, key=lambda t: -len(t.lemmas))) for k, v in by_first.items()},
                    person, force, tuple(by_actor),
                    deadline_verbs=frozenset(w[0] for w in deadline_verbs),
                    deadline_units=frozenset(w[0] for w in special.get(DEADLINE_UNIT, ("", frozenset()))[1]),
                    deadline_category=deadline_category,
                    figurative=frozenset(w[0] for w in special.get(FIGURATIVE, ("", frozenset()))[1]),
                    requests=requests, request_yields_to=yields_to,
                    threatened=threatened_categories, threat_category=threat_category,
                    toll_of=toll_categories, casualties_category=casualties_category, killing_act=killing_act,
                    labels=labels, label_category=label_category,
                    handed=frozenset(w[0] for w in handed), handed_category=handed_category,
                    called=frozenset(w[0] for w in called), called_category=called_category,
                    broken=frozenset(w for w in broken), broken_category=broken_category)


@functools.lru_cache(maxsize=None)
def load_taxonomy(path: str | None = None) -> Taxonomy:
    p = Path(path) if path else lang.path("escalation.tsv")
    return parse_taxonomy(p.read_text(encoding="utf-8"), p.name)


def escalation(category: str) -> float:
    """The escalation score of a category (0 for `other`)."""
    return load_taxonomy().score(category)


def categories() -> list[Category]:
    """The categories, most cooperative (lowest escalation) first (for legends and filters)."""
    return sorted(load_taxonomy().categories.values(), key=lambda c: c.score)


# ---------------------------------------------------------------- PLOVER types (lang/en/plover.tsv)

PLOVER_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE",
                          "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "CRIME", "MOBILIZE", "SANCTION",
                          "COERCE", "ASSAULT", "FIGHT", "STATEMENT"})


@dataclass(frozen=True, eq=False)
class Plover:
    by_trigger: dict[tuple[str, tuple[str, ...]], tuple[str, str]]   # (category, trigger lemmas) -> (type, mode)
    default: dict[str, tuple[str, str]]                               # category -> (type, mode)

    def event_type(self, category: str, trigger: tuple[str, ...]) -> tuple[str, str]:
        """(PLOVER type, mode) of an event of `category` told by the trigger lemmas `trigger`."""
        return self.by_trigger.get((category, trigger)) or self.default.get(category, ("", ""))


def parse_plover(text: str, categories: frozenset, name: str = "plover.tsv") -> Plover:
    by_trigger: dict[tuple[str, tuple[str, ...]], tuple[str, str]] = {}
    default: dict[str, tuple[str, str]] = {}
    for number, (category, triggers, kind, mode) in lang.rows_after_header(text, name, 4):
        if category not in categories:
            raise lang.TableError(f"{name}, line {number}: unknown category {category!r}")
        if kind and kind not in PLOVER_TYPES:
            raise lang.TableError(f"{name}, line {number}: {kind!r} is not a PLOVER type")
        if triggers == "*":
            default[category] = (kind, mode)
            continue
        for word in triggers.split("|"):
            by_trigger.setdefault((category, tuple(word.strip().lower().split())), (kind, mode))
    missing = categories - set(default)
    if missing:
        raise lang.TableError(f"{name}: no * row for {', '.join(sorted(missing))}")
    return Plover(by_trigger, default)


@functools.lru_cache(maxsize=None)
def load_plover(path: str | None = None) -> Plover:
    p = Path(path) if path else lang.path("plover.tsv")
    return parse_plover(p.read_text(encoding="utf-8"), frozenset(load_taxonomy().categories), p.name)
