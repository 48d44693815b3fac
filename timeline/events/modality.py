"""The status cues of lang/en/modality.tsv: words that make a reported event planned,
speculative, generic (a habit, no event) or negated (withheld, no event). This module only reads
the table and answers lookups; `timeline.events.status` decides which words of a clause to ask about.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from timeline import lang


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
    for number, (cue_text, status, scope) in lang.rows_after_header(text, name, 3):
        if status not in ("planned", "speculative", "generic", "negated"):
            raise lang.TableError(f"{name}, line {number}: status must be planned, speculative, generic or "
                                f"negated, not {status!r}")
        if scope not in ("clause", "unreported", "governor", "speaker"):
            raise lang.TableError(f"{name}, line {number}: scope must be clause, unreported, governor or speaker, "
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
    p = Path(path) if path else lang.path("modality.tsv")
    return parse_modality(p.read_text(encoding="utf-8"), p.name)
