"""The actor alias table (lang/en/actors.tsv): every way an article names an actor -> its
canonical name and kind. Reading the table, looking names up, and cleaning a name as written
(titles, "the", "'s") into its canonical form.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from timeline import lang, places


ACTOR_KINDS = ("PERSON", "ORG", "GPE")


@dataclass(frozen=True)
class AliasEntry:
    alias: str
    canonical: str   # "-" for TITLE and IGNORE rows
    kind: str        # PERSON, ORG, GPE, TITLE or IGNORE


@dataclass(frozen=True, eq=False)
class ActorTable:
    entries: tuple[AliasEntry, ...]
    by_lower: dict[str, AliasEntry]   # alias (lower case, spaces folded) -> entry

    def lookup(self, name: str) -> AliasEntry | None:
        return self.by_lower.get(_fold(name))


class ActorTableError(ValueError):
    pass


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def parse_table(text: str, name: str = "actors.tsv") -> ActorTable:
    entries: list[AliasEntry] = []
    by_lower: dict[str, AliasEntry] = {}
    for number, parts in lang.tsv_rows(text):
        if len(parts) != 3 or not all(parts):
            raise ActorTableError(f"{name}, line {number}: expected alias<TAB>canonical<TAB>kind")
        alias, canonical, kind = parts
        if kind not in ACTOR_KINDS + ("TITLE", "IGNORE", "NOMINAL", "CAPITAL"):
            raise ActorTableError(f"{name}, line {number}: unknown kind {kind!r}")
        entry = AliasEntry(alias, canonical, kind)
        entries.append(entry)
        by_lower[_fold(alias)] = entry
    # Every canonical name is an alias of itself.
    for entry in list(entries):
        if entry.kind in ACTOR_KINDS + ("CAPITAL",) and _fold(entry.canonical) not in by_lower:
            own = AliasEntry(entry.canonical, entry.canonical, "GPE" if entry.kind == "CAPITAL" else entry.kind)
            entries.append(own)
            by_lower[_fold(entry.canonical)] = own
    return ActorTable(tuple(entries), by_lower)


@functools.lru_cache(maxsize=None)
def load_table(path: str | None = None) -> ActorTable:
    p = Path(path) if path else lang.path("actors.tsv")
    return parse_table(p.read_text(encoding="utf-8"), p.name)


def canonicalise(name: str, table: ActorTable | None = None) -> str | None:
    """A name as written to its canonical form; None when it is not an actor (a title, an ignored name).

    Unknown names come back cleaned (titles, "the" and "'s" stripped), not refused.
    """
    table = table or load_table()
    words = " ".join(name.replace("\u2019", "'").split())
    if words.endswith("'s"):
        words = words[:-2]
    changed = True
    while changed and words:
        changed = False
        if words.lower().startswith("the "):
            words, changed = words[4:], True
        first, _, rest = words.partition(" ")
        if first.isalpha() and first.islower() and len(first) > 3 and rest[:1].isupper():   # (not "de", "bin", "van")
            words, changed = rest, True   # "cruiser USS San Jacinto", "illegitimate Constituent Assembly"
        if words.lower().startswith("of ") and len(words.split()) > 1:
            words, changed = words[3:], True   # what a title stripped left: "[Prime Ministers] of Cambodia"
        for size in range(min(4, len(words.split())), 0, -1):
            head = " ".join(words.split()[:size])
            entry = table.lookup(head)
            if entry is not None and entry.kind == "TITLE" and len(words.split()) > size:
                words, changed = " ".join(words.split()[size:]), True
                break
    if not words:
        return None
    entry = table.lookup(words)
    if entry is not None:
        return None if entry.kind in ("TITLE", "IGNORE") else entry.canonical
    portfolio = words.startswith("for ")   # "[Minister] for the Middle East Tobias Ellwood", "for Political Affairs"
    if portfolio:
        words = words.removeprefix("for ").removeprefix("the ")
    person = _after_place(words)
    if person is not None:
        return canonicalise(person, table)   # "[Prime Minister of] Greece Kyriakos Mitsotakis"
    return None if portfolio else words


PLACE_BEFORE_NAME_KINDS = ("country", "region", "province")
_WORDS = lang.words("words.tsv")
NOT_PERSON_LAST_WORDS = _WORDS["organisation_name_heads"] | _WORDS["installation_name_heads"] \
    | _WORDS["document_name_heads"] | {w.lower() for w in _WORDS["plural_name_heads"]}


def _after_place(words: str) -> str | None:
    """The name after a place that a title's remainder opens with ("Greece Kyriakos Mitsotakis", "Middle
    East Tobias Ellwood": the tagger's one entity of an office's country or portfolio and its holder),
    else None. The name is at least two capitalised words."""
    ws = words.split()
    if ws and ws[-1].lower() in NOT_PERSON_LAST_WORDS:
        return None   # "Syria Democratic Forces": an organisation's name, not a person's
    for k in (2, 1):
        written = " ".join(ws[:k])
        if 2 <= len(ws) - k <= 3 and all(w[:1].isupper() for w in ws) and (place := places.lookup(written)) is not None \
                and place.kind in PLACE_BEFORE_NAME_KINDS and places.fold(place.name) == places.fold(written):
            return " ".join(ws[k:])   # (the place as named, not a nationality: "Iraqi Security Forces")
    return None


NAME_SUFFIXES = lang.words("words.tsv")["person_name_suffixes"]


def usual_name(name: str) -> str:
    """A person's name as usually written, the same in every article: without middle initials and a
    generational suffix ("Antony J. Blinken" -> "Antony Blinken", "Lloyd J. Austin III" -> "Lloyd
    Austin"); a name of two words, or of initials only, or of more than four words stays as written."""
    words = name.split()
    if len(words) > 4:
        return name   # "Harry S. Truman Carrier Strike Group": a name after a person's, not a person's
    while len(words) > 2 and words[-1] in NAME_SUFFIXES:
        words = words[:-1]
    kept = [w for i, w in enumerate(words) if i in (0, len(words) - 1) or not _initial(w)]
    return " ".join(kept) if len(kept) >= 2 and not all(_initial(w) for w in kept) else name


def _initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def table_kind(name: str) -> str | None:
    """The alias table's kind for a name, None when the table does not know it."""
    entry = load_table().lookup(name)
    return entry.kind if entry is not None else None
