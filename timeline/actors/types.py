"""Actor types: what kind of actor each name of an article is (ACLED's question of who acts) and,
for an official or an armed force, the state it serves.

The types (lang/en/actor_types.tsv): state, armed_forces, official, armed_group, international,
company, other. A name the table lists has the table's type. Otherwise: a country is a state; a
person named after an office title of the alias table ("Foreign Minister Abbas Araghchi",
"Iranian President Masoud Pezeshkian") is an official, serving the country named before the
title, if one is; a name holding a word of words.tsv's `armed_group_words` ("the Popular
Resistance militia") is an armed group, one holding a `company_words` word ("Copa Airlines") a
company; everything else is "other".

A type is written `kind` or `kind:state` ("official:United States") in the `actor_types`
column, one per name of `actors`, in the same order.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from timeline import lang, places
from timeline.actors.table import load_table

KINDS = ("state", "armed_forces", "official", "armed_group", "international", "company", "other")
SERVING_KINDS = ("armed_forces", "official")
_WORDS = lang.words("words.tsv")
ARMED_GROUP_WORDS = _WORDS["armed_group_words"]
COMPANY_WORDS = _WORDS["company_words"]
COURTESY_TITLES = _WORDS["courtesy_titles"]
MAX_TITLE_WORDS = 4


@dataclass(frozen=True)
class ActorType:
    kind: str
    serves: str = ""   # the state an official or an armed force serves, when known

    def cell(self) -> str:
        """The type as written in the `actor_types` column."""
        return f"{self.kind}:{self.serves}" if self.serves else self.kind

    @classmethod
    def parse(cls, cell: str) -> "ActorType":
        kind, _, serves = (cell or "").partition(":")
        kind = kind.strip()
        return cls(kind if kind in KINDS else "other", serves.strip())


class ActorTypeTableError(ValueError):
    pass


def parse_type_table(text: str, name: str = "actor_types.tsv") -> dict[str, ActorType]:
    """canonical name (case-folded) -> its type, from the text of an actor types table."""
    table: dict[str, ActorType] = {}
    header = True
    for number, cells in lang.tsv_rows(text):
        if header:
            header = False
            continue
        if len(cells) not in (2, 3) or not cells[0]:
            raise ActorTypeTableError(f"{name}, line {number}: expected a name, a type and, for an official "
                                      f"or an armed force, the state it serves")
        kind, serves = cells[1], cells[2] if len(cells) == 3 else ""
        if kind not in KINDS:
            raise ActorTypeTableError(f"{name}, line {number}: unknown actor type {kind!r} (one of {', '.join(KINDS)})")
        if serves and kind not in SERVING_KINDS:
            raise ActorTypeTableError(f"{name}, line {number}: only {' and '.join(SERVING_KINDS)} serve a state")
        if cells[0].casefold() in table:
            raise ActorTypeTableError(f"{name}, line {number}: {cells[0]!r} is typed twice")
        table[cells[0].casefold()] = ActorType(kind, serves)
    return table


@functools.lru_cache(maxsize=None)
def type_table() -> dict[str, ActorType]:
    """The project's table, lang/en/actor_types.tsv."""
    return parse_type_table(lang.path("actor_types.tsv").read_text(encoding="utf-8"))


def _country(text: str) -> str:
    """The country a name or nationality word stands for ("Iranian" -> "Iran"), or ""."""
    place = places.lookup(text)
    return place.name if place is not None and place.kind == "country" else ""


def name_type(name: str) -> ActorType:
    """The type of a name without its context: the table's, a country's, or from its words."""
    known = type_table().get(name.casefold())
    if known is not None:
        return known
    if _country(name):
        return ActorType("state")
    words = name.replace(",", " ").split()
    if any(w.casefold() in ARMED_GROUP_WORDS for w in words):
        return ActorType("armed_group")
    if len(words) > 1 and any(w in COMPANY_WORDS for w in words[1:]):
        return ActorType("company")
    return ActorType("other")


def _office_before(doc, start: int) -> tuple[bool, str]:
    """Whether an office title of the alias table stands right before token `start` ("Defense
    Minister Israel Katz"), and the country named before that title ("Israeli Defense Minister")."""
    table = load_table()
    for width in range(MAX_TITLE_WORDS, 0, -1):
        first = start - width
        if first < 0:
            continue
        entry = table.lookup(doc[first:start].text)
        if entry is None or entry.kind != "TITLE" or doc[first:start].text.casefold() in COURTESY_TITLES:
            continue
        country = ""
        for k in (1, 2):   # "Israeli Defense Minister", "U.S. Secretary of State", "Iran's Foreign Minister"
            if first - k >= 0:
                country = _country(doc[first - k:first].text.removesuffix("'s").removesuffix("’s").strip())
                if country:
                    break
        return True, country
    return False, ""


def article_types(doc, mentions) -> dict[str, ActorType]:
    """canonical name -> its type, for the actor mentions of one parsed article. A person the table
    does not know is an official when any of their mentions follows an office title."""
    types: dict[str, ActorType] = {}
    for m in mentions:
        current = types.get(m.canonical)
        if current is None:
            current = name_type(m.canonical)
            if m.kind == "GPE" and current.kind == "other":
                current = ActorType("state")
        if current.kind == "other" and m.kind == "ORG" and m.end < len(doc) and doc[m.end].lower_ in ARMED_GROUP_WORDS:
            current = ActorType("armed_group")   # "the Southern Liberation Army rebels"
        if current.kind == "other" and m.kind == "PERSON" and not m.nominal \
                and m.canonical.casefold() not in type_table():
            titled, country = _office_before(doc, m.start)
            if titled:
                current = ActorType("official", country)
        elif current.kind == "official" and not current.serves and m.kind == "PERSON" and not m.nominal \
                and m.canonical.casefold() not in type_table():
            _titled, country = _office_before(doc, m.start)
            if country:
                current = ActorType("official", country)
        types[m.canonical] = current
    return types
