"""Counts over a timeline table, for the command line's summary and the dashboard's facets, and
the matching of names people type (an actor, a category) against the names the table knows."""
from __future__ import annotations

import difflib
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Iterable


def actor_counts(events: Iterable) -> list[tuple[str, int]]:
    """(actor, number of events naming it), most frequent first, then by name."""
    counts: Counter[str] = Counter()
    for event in events:
        counts.update(set(event.actors))
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def folded(text: str) -> str:
    """A name as it is compared: case-folded, accents removed, spaces folded ("Nicolás  MADURO" ->
    "nicolas maduro")."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().split())


@dataclass(frozen=True)
class Unknown:
    """A name asked for that the table does not know, with the known names closest to it."""

    value: str
    closest: tuple[str, ...]

    def sentence(self, what: str) -> str:
        """"no actor 'Chna' here; closest: China, Chile" (what: actor, category, ...)."""
        hint = f"; closest: {', '.join(self.closest)}" if self.closest else ""
        return f"no {what} {self.value!r} here{hint}"


def match_names(values: Iterable[str], known: Iterable[str], suggestions: int = 3
                ) -> tuple[tuple[str, ...], list[Unknown]]:
    """The known names the values stand for (matched whatever their case and accents), and the
    values that match none, each with up to `suggestions` closest known names."""
    by_fold: dict[str, str] = {}
    for name in known:
        by_fold.setdefault(folded(name), name)
    matched: list[str] = []
    unknown: list[Unknown] = []
    for value in values:
        hit = by_fold.get(folded(value))
        if hit is not None:
            if hit not in matched:
                matched.append(hit)
            continue
        close = difflib.get_close_matches(folded(value), list(by_fold), n=suggestions, cutoff=0.5)
        starts = [k for k in by_fold if folded(value) and (k.startswith(folded(value)) or folded(value) in k.split())]
        names = list(dict.fromkeys(by_fold[k] for k in starts + close))[:suggestions]
        unknown.append(Unknown(value, tuple(names)))
    return tuple(matched), unknown
