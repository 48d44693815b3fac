"""The places table (lang/en/places.tsv) and the word lists of the stage (lang/en/places_words.tsv):
read, checked, and handed to the gazetteer as plain records."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from timeline import lang
from timeline.places.model import COUNTRY, COUNTRY_ONLY, DEMONYM, PLACE_KINDS, fold

COLUMNS = 7
WORDS_TABLE = "places_words.tsv"


class PlacesTableError(ValueError):
    """A row of places.tsv that does not have the shape or values the table documents."""


@dataclass(frozen=True)
class TableRow:
    name: str
    kind: str                       # a Place kind, or DEMONYM
    country_code: str               # ISO-2, "" for none
    latitude: float | None
    longitude: float | None
    precision: int
    aliases: tuple[str, ...]
    line: int

    @property
    def names(self) -> tuple[str, ...]:
        """The name and every alias: all the ways the news writes it."""
        return (self.name,) + self.aliases


def _coordinate(cell: str, limit: float, where: str) -> float | None:
    if cell == "-":
        return None
    try:
        value = float(cell)
    except ValueError:
        raise PlacesTableError(f"{where}: {cell!r} is not a number of degrees") from None
    if not -limit <= value <= limit:
        raise PlacesTableError(f"{where}: {value} is outside -{limit:g}..{limit:g}")
    return value


def parse_places(text: str, name: str = "places.tsv") -> list[TableRow]:
    """The rows of a places table's text, checked (country codes are checked by the gazetteer,
    which knows them)."""
    rows: list[TableRow] = []
    for number, cells in lang.rows_after_header(text, name, COLUMNS):
        where = f"{name}, line {number}"
        place, kind, country, lat, lon, precision, aliases = cells
        if not place:
            raise PlacesTableError(f"{where}: empty name")
        if kind not in PLACE_KINDS and kind != DEMONYM:
            raise PlacesTableError(f"{where}: unknown kind {kind!r}")
        if country != "-" and not (len(country) == 2 and country.isalpha() and country.isupper()):
            raise PlacesTableError(f"{where}: country must be an ISO alpha-2 code or '-', got {country!r}")
        if precision not in ("1", "2", "3"):
            raise PlacesTableError(f"{where}: precision must be 1, 2 or 3, got {precision!r}")
        latitude, longitude = _coordinate(lat, 90, where), _coordinate(lon, 180, where)
        if (latitude is None) != (longitude is None):
            raise PlacesTableError(f"{where}: give both latitude and longitude, or neither")
        if kind == DEMONYM and (latitude is not None or precision != str(COUNTRY_ONLY) or country == "-"):
            raise PlacesTableError(f"{where}: a demonym names a country: its country, no point, precision 3")
        if kind == COUNTRY and (country == "-" or precision != str(COUNTRY_ONLY)):
            raise PlacesTableError(f"{where}: a country row needs its code and precision 3")
        if kind not in (DEMONYM, COUNTRY) and latitude is None:
            raise PlacesTableError(f"{where}: a {kind} needs its latitude and longitude")
        names = tuple(a.strip() for a in aliases.split(" | ") if a.strip()) if aliases != "-" else ()
        rows.append(TableRow(place, kind, "" if country == "-" else country, latitude, longitude,
                             int(precision), names, number))
    return rows


@functools.lru_cache(maxsize=None)
def load_rows(path: str | None = None) -> tuple[TableRow, ...]:
    p = Path(path) if path else lang.path("places.tsv")
    return tuple(parse_places(p.read_text(encoding="utf-8"), p.name))


def word_list(name: str) -> frozenset[str]:
    """A word list of places_words.tsv, lower case."""
    return frozenset(item.lower() for item in lang.word_lists(WORDS_TABLE)[name])


def ordered_words(name: str) -> tuple[str, ...]:
    """A word list of places_words.tsv, lower case, longest first (for matching cues at an end)."""
    return tuple(sorted((item.lower() for item in lang.word_lists(WORDS_TABLE)[name]), key=len, reverse=True))


def word_map(name: str) -> dict[str, str]:
    return lang.word_maps(WORDS_TABLE)[name]


@functools.lru_cache(maxsize=None)
def _actor_rows() -> tuple[tuple[str, str, str], ...]:
    """The (alias, canonical name, kind) rows of actors.tsv, read once (the places stage sits below the
    actors stage and reads the table itself)."""
    return tuple(tuple(cells) for _number, cells in lang.tsv_rows(lang.path("actors.tsv").read_text(encoding="utf-8"))
                 if len(cells) == 3)


@functools.lru_cache(maxsize=None)
def actor_names() -> frozenset[str]:
    """Every name of actors.tsv, folded ("hamas", "hizballah", "m23"): a name the gazetteer lacks is
    no unknown town when it is one of these."""
    return frozenset(fold(name) for row in _actor_rows() for name in row[:2])


@functools.lru_cache(maxsize=None)
def title_words() -> frozenset[str]:
    """The titles of actors.tsv, folded ("mr.", "president", "defense secretary"): a country's name
    after one is a person's ("Mr. Jordan")."""
    return frozenset(fold(alias) for alias, _canonical, kind in _actor_rows() if kind == "TITLE")


def person_words() -> frozenset[str]:
    """The capitalised words of the people actors.tsv knows ("Marco", "Machado", "Trump"): a town
    of that name is a place only in context. Aliases with lower-case words ("regime in Caracas")
    are descriptions and give no words."""
    out: set[str] = set()
    for cells in _actor_rows():
        if cells[2] != "PERSON":
            continue
        for name in cells[:2]:
            words = [w for w in name.replace("-", " ").split() if len(w) >= 3]
            if words and all(w[:1].isupper() for w in words):
                out.update(words)
    return frozenset(out)
