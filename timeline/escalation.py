"""The event taxonomy (category, escalation score, trigger words) and the modality cues.

Both are data: `resources/escalation.tsv` (documented there: a CAMEO-inspired category list with a
Goldstein-like score from -10 to +10, sign flipped so higher is more escalatory, and the lemmas
that trigger each category) and
`resources/modality.tsv` (the cues that make an event planned or speculative). This module only
reads them and answers lookups; `timeline.events` decides which words of a clause to ask about.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from timeline.tables import tsv_rows

RESOURCES = Path(__file__).with_name("resources")
LIGHT = "(light)"
PERSON = "(person)"
# Pseudo-categories that refine the taxonomy (documented in resources/escalation.tsv).
DEADLINE_VERB = "(deadline verb)"
DEADLINE_UNIT = "(deadline unit)"
FIGURATIVE = "(figurative subject)"
REQUEST = "(request)"
THREATENED = "(threatened)"
OTHER = "other"
STATUSES = ("occurred", "planned", "speculative")


class ResourceError(ValueError):
    pass


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

    def recategorise(self, category: str, trigger: tuple[str, ...], actors: Sequence[str]) -> str:
        """The category after the `(actor ...)` rows ("operations" of the CIA are covert action)."""
        for actor, target, triggers in self.by_actor:
            if trigger in triggers and actor in actors:
                return target
        return category

    def score(self, category: str) -> float:
        found = self.categories.get(category)
        return found.score if found else 0.0

    def match(self, lemmas: Sequence[str], i: int) -> Trigger | None:
        """The longest trigger whose lemmas start at position i of `lemmas` (lower case)."""
        for trigger in self.by_first.get(lemmas[i], ()):
            n = len(trigger.lemmas)
            if tuple(lemmas[i:i + n]) == trigger.lemmas:
                return trigger
        return None


def _rows(text: str, name: str, width: int) -> list[tuple[int, list[str]]]:
    rows = []
    header_seen = False
    for number, parts in tsv_rows(text):
        if not header_seen:
            header_seen = True
            continue
        if len(parts) != width:
            raise ResourceError(f"{name}, line {number}: expected {width} tab-separated columns, got {len(parts)}")
        rows.append((number, parts))
    return rows


def parse_taxonomy(text: str, name: str = "escalation.tsv") -> Taxonomy:
    categories: dict[str, Category] = {}
    triggers: dict[tuple[str, ...], Trigger] = {}
    person: dict[tuple[str, ...], str] = {}
    by_actor: list[tuple[str, str, frozenset]] = []
    special: dict[str, tuple[str, frozenset]] = {}
    rows = _rows(text, name, 4)
    for number, (cat, score, meaning, words) in rows:
        if cat in (DEADLINE_VERB, DEADLINE_UNIT, FIGURATIVE, REQUEST, THREATENED):
            special[cat] = (score, frozenset(tuple(w.strip().lower().split()) for w in words.split("|") if w.strip()))
            continue
        if cat.startswith("(actor ") and cat.endswith(")"):
            lemmas = frozenset(tuple(w.strip().lower().split()) for w in words.split("|") if w.strip())
            by_actor.append((cat[len("(actor "):-1].strip(), score, lemmas))
            continue
        if cat == PERSON:
            for word in words.split("|"):
                if word.strip():
                    person[tuple(word.strip().lower().split())] = score
            continue
        category: str | None
        if cat == LIGHT:
            category = None
        else:
            try:
                value = float(score)
            except ValueError:
                raise ResourceError(f"{name}, line {number}: score {score!r} is not a number") from None
            if not -10 <= value <= 10:
                raise ResourceError(f"{name}, line {number}: score {value} is outside -10..+10")
            categories[cat] = Category(cat, value, meaning)
            category = cat
        for word in words.split("|"):
            word = word.strip()
            if not word:
                continue
            weak = word.startswith("~")
            lemmas = tuple(word.lstrip("~").lower().split())
            if lemmas in triggers:
                raise ResourceError(f"{name}, line {number}: trigger {' '.join(lemmas)!r} is listed twice")
            triggers[lemmas] = Trigger(lemmas, category, weak)
    by_first: dict[str, list[Trigger]] = {}
    for trigger in triggers.values():
        by_first.setdefault(trigger.lemmas[0], []).append(trigger)
    deadline_category, deadline_verbs = special.get(DEADLINE_VERB, ("", frozenset()))
    request_targets, requests = special.get(REQUEST, ("", frozenset()))
    yields_to = frozenset(request_targets.split())
    threat_category, threatened = special.get(THREATENED, ("", frozenset()))
    threatened_categories = frozenset(w[0] for w in threatened)
    for target in set(person.values()) | {t for _a, t, _w in by_actor} | ({deadline_category, threat_category} - {""}) \
            | yields_to | threatened_categories:
        if target not in categories:
            raise ResourceError(f"{name}: a pseudo-category row names the unknown category {target!r}")
    return Taxonomy(categories, {k: tuple(sorted(v, key=lambda t: -len(t.lemmas))) for k, v in by_first.items()},
                    person, tuple(by_actor),
                    deadline_verbs=frozenset(w[0] for w in deadline_verbs),
                    deadline_units=frozenset(w[0] for w in special.get(DEADLINE_UNIT, ("", frozenset()))[1]),
                    deadline_category=deadline_category,
                    figurative=frozenset(w[0] for w in special.get(FIGURATIVE, ("", frozenset()))[1]),
                    requests=requests, request_yields_to=yields_to,
                    threatened=threatened_categories, threat_category=threat_category)


@functools.lru_cache(maxsize=None)
def load_taxonomy(path: str | None = None) -> Taxonomy:
    p = Path(path) if path else RESOURCES / "escalation.tsv"
    return parse_taxonomy(p.read_text(encoding="utf-8"), p.name)


def escalation(category: str) -> float:
    """The escalation score of a category (0 for `other`)."""
    return load_taxonomy().score(category)


def categories() -> list[Category]:
    """The categories, most cooperative (lowest escalation) first (for legends and filters)."""
    return sorted(load_taxonomy().categories.values(), key=lambda c: c.score)


# ---------------------------------------------------------------- modality

@dataclass(frozen=True)
class Cue:
    lemmas: tuple[str, ...]
    status: str   # planned, speculative or generic
    scope: str    # clause, unreported, governor or speaker


@dataclass(frozen=True, eq=False)
class Modality:
    clause: dict[str, tuple[Cue, ...]]    # first lemma -> cues of scope clause, longest first
    governor: dict[str, Cue]              # verb lemma -> cue of scope governor
    speaker: dict[str, Cue] = field(default_factory=dict)   # noun lemma -> cue of scope speaker
    unreported: dict[str, tuple[Cue, ...]] = field(default_factory=dict)  # like clause, only outside reported speech

    @functools.lru_cache(maxsize=None)
    def nouns(self) -> frozenset:
        """One-word planned and speculative cues ("plan", "option"): nouns whose complement is the event."""
        return frozenset(c.lemmas[0] for cues in self.clause.values() for c in cues
                         if len(c.lemmas) == 1 and c.status in ("planned", "speculative"))

    def commentator(self, lemma: str | None) -> bool:
        """Whether the one speaking ("analysts", "legal experts") comments rather than acts."""
        return bool(lemma) and lemma in self.speaker

    def status_of(self, lemmas: Sequence[str], governor_lemma: str | None = None,
                  speaker_lemma: str | None = None, reported: bool = False) -> str | None:
        """planned / speculative from the lemmas of a clause (and the verb that reports it), or None;
        "generic" when the clause tells a habit or a rule ("are normally kept secret"), not an event;
        "negated" when the event is withheld ("declined to say"). `reported`: the clause is reported
        speech, where "would" is the past of "will" and the `unreported` cues do not count."""
        found: set[str] = set()
        tables = (self.clause,) if reported else (self.clause, self.unreported)
        for i, lemma in enumerate(lemmas):
            for table in tables:
                for cue in table.get(lemma, ()):
                    if tuple(lemmas[i:i + len(cue.lemmas)]) == cue.lemmas:
                        found.add(cue.status)
                        break
        if governor_lemma and governor_lemma in self.governor:
            found.add(self.governor[governor_lemma].status)
        if speaker_lemma and speaker_lemma in self.speaker:
            found.add(self.speaker[speaker_lemma].status)
        for status in ("negated", "generic", "speculative", "planned"):
            if status in found:
                return status
        return None


def parse_modality(text: str, name: str = "modality.tsv") -> Modality:
    clause: dict[str, list[Cue]] = {}
    unreported: dict[str, list[Cue]] = {}
    governor: dict[str, Cue] = {}
    speaker: dict[str, Cue] = {}
    for number, (cue_text, status, scope) in _rows(text, name, 3):
        if status not in ("planned", "speculative", "generic", "negated"):
            raise ResourceError(f"{name}, line {number}: status must be planned, speculative, generic or "
                                f"negated, not {status!r}")
        if scope not in ("clause", "unreported", "governor", "speaker"):
            raise ResourceError(f"{name}, line {number}: scope must be clause, unreported, governor or speaker, "
                                f"not {scope!r}")
        cue = Cue(tuple(cue_text.lower().split()), status, scope)
        if scope == "governor":
            governor[cue.lemmas[0]] = cue
        elif scope == "speaker":
            speaker[cue.lemmas[0]] = cue
        else:
            (clause if scope == "clause" else unreported).setdefault(cue.lemmas[0], []).append(cue)

    def longest_first(table: dict[str, list[Cue]]) -> dict[str, tuple[Cue, ...]]:
        return {k: tuple(sorted(v, key=lambda c: -len(c.lemmas))) for k, v in table.items()}

    return Modality(longest_first(clause), governor, speaker, longest_first(unreported))


@functools.lru_cache(maxsize=None)
def load_modality(path: str | None = None) -> Modality:
    p = Path(path) if path else RESOURCES / "modality.tsv"
    return parse_modality(p.read_text(encoding="utf-8"), p.name)
