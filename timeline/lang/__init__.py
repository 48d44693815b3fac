"""The linguistic knowledge of the engine, as data: the tab-separated tables under lang/<language>/.

Each table is plain UTF-8 text: blank lines and lines starting with '#' are comments, every
other line is one row of tab-separated cells. The modules that own a table check its columns
and meaning; this module only finds the files and splits their text.

    lang/en/timex/*.tsv   the date engine: months, weekdays, numbers, units, patterns, phrases, cues
    lang/en/actors.tsv    actor aliases
    lang/en/places.tsv, places_words.tsv   places the gazetteer packages lack, the words around a place
    lang/en/escalation.tsv, modality.tsv   the event taxonomy and the status cues
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Iterator

LANGUAGE = "en"
ROOT = Path(__file__).resolve().parent / LANGUAGE


def path(*parts: str) -> Path:
    """The file of a table, e.g. path("timex", "months.tsv")."""
    return ROOT.joinpath(*parts)


def tsv_rows(text: str, strip: bool = True) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) for every row of a table's text; cells stripped unless `strip` is False."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        yield number, [cell.strip() for cell in cells] if strip else cells


class TableError(ValueError):
    """A table that does not have the shape its reader expects (names the file and the line)."""


def rows_after_header(text: str, name: str, width: int) -> list[tuple[int, list[str]]]:
    """(line number, cells) of the rows after a table's header row, each exactly `width` cells wide."""
    out = []
    header_seen = False
    for number, parts in tsv_rows(text):
        if not header_seen:
            header_seen = True
            continue
        if len(parts) != width:
            raise TableError(f"{name}, line {number}: expected {width} tab-separated columns, got {len(parts)}")
        out.append((number, parts))
    return out


@functools.lru_cache(maxsize=None)
def word_lists(*parts: str) -> dict[str, tuple[str, ...]]:
    """The named word lists of a words table (e.g. word_lists("words.tsv")): name -> its items in
    table order. A row is `name<TAB>item | item | ...<TAB>what the list is for`; an item is a word
    or phrase, or where a list feeds a regular expression (contexts.tsv), a regex fragment."""
    file = path(*parts)
    lists: dict[str, tuple[str, ...]] = {}
    for number, cells in rows_after_header(file.read_text(encoding="utf-8"), file.name, 3):
        name, items = cells[0], tuple(i.strip() for i in cells[1].split(" | ") if i.strip())
        if name in lists:
            raise TableError(f"{file}, line {number}: list {name!r} is defined twice")
        if not items:
            raise TableError(f"{file}, line {number}: list {name!r} has no items")
        lists[name] = items
    return lists


def words(*parts: str) -> dict[str, frozenset[str]]:
    """The word lists of a words table as sets, for membership tests."""
    return {name: frozenset(items) for name, items in word_lists(*parts).items()}


def word_maps(*parts: str) -> dict[str, dict[str, str]]:
    """The lists of a words table named *_map, whose items are `word=value`: name -> {word: value}."""
    maps: dict[str, dict[str, str]] = {}
    for name, items in word_lists(*parts).items():
        if name.endswith("_map"):
            pairs = [item.partition("=") for item in items]
            if any(not sep or not word.strip() for word, sep, _value in pairs):
                raise TableError(f"{path(*parts)}: list {name!r} must hold word=value items")
            maps[name] = {word.strip(): value.strip() for word, _sep, value in pairs}
    return maps


_LIST_REF = re.compile(r"\{:([a-z_0-9]+)\}")


@functools.lru_cache(maxsize=None)
def contexts(*parts: str, lists: tuple[str, ...]) -> dict[str, re.Pattern]:
    """The context patterns of a contexts table (e.g. contexts("timex", "contexts.tsv", lists=("timex",
    "words.tsv"))): name -> compiled regex. A row is `name<TAB>flags<TAB>pattern`; flags is `i`
    (ignore case) or `-`; in the pattern `{:list}` stands for the items of that word list as an
    alternation `(?:item|item|...)`, in table order."""
    file = path(*parts)
    known = word_lists(*lists)
    out: dict[str, re.Pattern] = {}
    for number, (name, flags, pattern) in rows_after_header(file.read_text(encoding="utf-8"), file.name, 3):
        def expand(m: re.Match) -> str:
            if m[1] not in known:
                raise TableError(f"{file}, line {number}: unknown word list {{:{m[1]}}}")
            return "(?:" + "|".join(known[m[1]]) + ")"
        if name in out:
            raise TableError(f"{file}, line {number}: pattern {name!r} is defined twice")
        try:
            out[name] = re.compile(_LIST_REF.sub(expand, pattern), re.I if flags == "i" else 0)
        except re.error as exc:
            raise TableError(f"{file}, line {number}: pattern {name!r} does not compile ({exc})") from None
    return out
