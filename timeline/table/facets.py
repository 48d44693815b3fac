"""Counts over a timeline table, for the command line's summary and the dashboard's facets."""
from __future__ import annotations

from collections import Counter
from typing import Iterable


def actor_counts(events: Iterable) -> list[tuple[str, int]]:
    """(actor, number of events naming it), most frequent first, then by name."""
    counts: Counter[str] = Counter()
    for event in events:
        counts.update(set(event.actors))
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
