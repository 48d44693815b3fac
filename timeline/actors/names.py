"""One name per person across articles and ingests: "Kowal" in one article is the "Anna Kowal"
of another when exactly one full name of the batch (or the store) ends that way.
"""
from __future__ import annotations

import dataclasses
from typing import Iterable

from timeline import lang
from timeline.actors.table import table_kind
from timeline.records import Event, realign_types


INSTITUTION_NOUNS = lang.words("words.tsv")["institution_nouns"]


def unify_surnames(names: Iterable[str]) -> dict[str, str]:
    """Across articles: a one-word name ("Kowal", from an article that never gives the full name)
    that is the last word of exactly one full name of the batch ("Anna Kowal") is that person.

    Returns {short: full} for the names to rewrite; names the alias table knows as a country,
    capital or organisation ("Washington") are never rewritten, nor into.
    """
    names = set(names)
    full_by_last: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in (words[0], words[-1])) \
                and table_kind(name) in (None, "PERSON"):
            full_by_last.setdefault(words[-1].lower(), set()).add(name)
    out: dict[str, str] = {}
    for name in names:
        if " " in name or table_kind(name) is not None or name.lower() in INSTITUTION_NOUNS:
            continue   # ("Council" is a body: the UN Security Council of its own article, not another's "Permanent Council")
        full = full_by_last.get(name.lower(), set())
        if len(full) == 1:
            out[name] = next(iter(full))
    return out


def unify_names(events: list[Event], known: Iterable[str] = ()) -> list[Event]:
    """The events with every one-word name that `unify_surnames` resolves, among their own names
    and the `known` full names (those the store already holds), rewritten to the full name."""
    return rename_names(events, unify_surnames(set(known) | {a for e in events for a in e.actors}))


def rename_names(events: list[Event], rename: dict[str, str]) -> list[Event]:
    """The events with the names of `rename` ({old: new}) rewritten in their actors, sources and
    targets (each name once), their actor types following their names."""
    if not rename:
        return events
    out = []
    for e in events:
        if not any(a in rename for a in e.actors + e.source_actors + e.target_actors):
            out.append(e)
            continue
        actors = tuple(dict.fromkeys(rename.get(a, a) for a in e.actors))
        source = tuple(dict.fromkeys(rename.get(a, a) for a in e.source_actors))
        target = tuple(n for n in dict.fromkeys(rename.get(a, a) for a in e.target_actors) if n not in source)
        out.append(dataclasses.replace(e, actors=actors, source_actors=source, target_actors=target,
                                       actor_types=realign_types(actors, e, rename=rename)))
    return out
