"""The records of the places stage: a Place (where, how precisely) and a PlaceMention (where a doc
names it), with the folding every name index shares."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Kinds of a Place. A first-level subdivision (a US state, an oblast, a province, a governorate) is
# a "province"; a "region" is an area with no administrative status (a strip, "eastern DRC").
CITY = "city"
FACILITY = "facility"
REGION = "region"
SEA = "sea"
PROVINCE = "province"
COUNTRY = "country"
# A table row that is not a place but names one: a nationality adjective ("Venezuelan") -> its country.
DEMONYM = "demonym"
PLACE_KINDS = frozenset({CITY, FACILITY, REGION, SEA, PROVINCE, COUNTRY})

# ACLED's geo-precision codes.
EXACT = 1      # the place itself: a town, a facility
NEAR = 2       # near a town, or a region, province, sea or coast
COUNTRY_ONLY = 3

# How a mention stands in its sentence.
LOCATIVE = "locative"    # the object of a locative preposition ("in Kharkiv", "off Venezuela")
ORIGIN = "origin"        # the object of an origin preposition after a verb ("retreated from Adwa")
MODIFIER = "modifier"    # modifies another noun ("the Gaza ceasefire", "Iran's nuclear programme")
ACTOR = "actor"          # a country or seat of government as the subject: its government acts
OTHER = "other"          # any other use ("Russia attacked Ukraine": Ukraine)


@dataclass(frozen=True, slots=True)
class Place:
    """A place from the gazetteer or the table.

    `country` is the news short name ("Iran", "Russia", "Democratic Republic of the Congo"; see places.tsv), `country_code`
    its ISO 3166-1 alpha-2 code; both are "" for a place no country holds (a sea, the Sahel, a
    disputed region). `latitude`/`longitude` are None when the sources give no point for it.
    """

    name: str
    kind: str
    country: str
    country_code: str
    latitude: float | None
    longitude: float | None
    precision: int


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in a doc: tokens [start, end), the text, the Place, the locative preposition
    that governs it ("" if none) and its role (LOCATIVE, ORIGIN, MODIFIER, ACTOR or OTHER)."""

    start: int
    end: int
    text: str
    place: Place
    preposition: str = ""
    role: str = OTHER

    @property
    def locative(self) -> bool:
        """True when it is the object of a locative preposition ("in", "at", "off", ...)."""
        return self.role == LOCATIVE


# Letters NFKD does not decompose into a base letter and a mark.
_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h",
                          "ŧ": "t", "ŀ": "l", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th"})
# Apostrophes, ayn and hamza marks and dots are dropped; any other non-letter is a space.
_DROP = str.maketrans(dict.fromkeys("'\u2018\u2019\u02bb\u02bc\u02be\u02bf`."))
_SPACE = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """A name as its index key: case, accents, apostrophes and dots gone, other punctuation a space.

    "Khān Yūnis" and "Khan Yunis" are "khan yunis"; "U.S." is "us"; "Mar-a-Lago" is "mar a lago".
    """
    if not text.isascii():
        text = text.translate(_LETTERS)
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.translate(_DROP).lower()
    if text.isalnum():
        return text
    return _SPACE.sub(" ", text).strip()


_SPACE_IN_LINES = re.compile(r"[^0-9a-z\n]+")
_EDGE_SPACE = re.compile(r"^ | $", re.M)


def fold_lines(text: str) -> list[str]:
    """`fold` of every line of an ASCII text at once (the gazetteer folds ~140,000 alternate names
    while it loads: a few calls into C instead of one Python call a name)."""
    return _EDGE_SPACE.sub("", _SPACE_IN_LINES.sub(" ", text.translate(_DROP).lower())).split("\n")


# Marks of romanised Arabic, Persian and Turkic names that English news does not print: macron
# above and below, dot above and below, cedilla, breve below, and the ayn and hamza letters.
_ROMANISATION_MARKS = frozenset("\u0304\u0331\u0307\u0323\u0327\u032e")
_ROMANISATION_LETTERS = str.maketrans(dict.fromkeys("\u02bf\u02be"))


# The same letters (and the soft sign of romanised Russian and Belarusian) written with a closing quote
# at the edge of a word: "Sāmarrā’", "’Aïn Benian", "Lyepyel’"
_EDGE_QUOTE = re.compile("(?<!\\w)\u2019|\u2019(?!\\w)")


def display_name(name: str) -> str:
    """A gazetteer name as the news prints it: "Khān Yūnis" -> "Khan Yunis", "Ţūlkarm" ->
    "Tulkarm", "Rafaḩ" -> "Rafah", "Sāmarrā’" -> "Samarra"; the accents of European names stay
    ("São Paulo", "Kraków")."""
    if name.isascii():
        return name
    decomposed = unicodedata.normalize("NFD", _EDGE_QUOTE.sub("", name).translate(_ROMANISATION_LETTERS))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _ROMANISATION_MARKS))
