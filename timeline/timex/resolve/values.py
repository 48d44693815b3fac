"""Building TIMEX3 values: the `Resolved` result of a rule, numbers and units from the lexicon, durations,
dates at a granularity, shifts by a number of units."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from timeline.timex import calendar as cal
from timeline.timex.lexicon import Lexicon


# "Friday night": True values it as the TimeML guidelines do (TIME 2025-11-21TNI); False as the bare day
PART_OF_DAY_VALUES = True


@dataclass
class Resolved:
    type: str
    value: str
    mod: str | None = None
    anchor: str | None = None
    anchor_span: tuple[int, int] | None = None
    window: tuple[dt.date, dt.date] | None = None
    day: dt.date | None = None            # the calendar day it denotes, when it is one
    coarse: tuple[dt.date, str] | None = None  # (first day, 'M', 'Q' or 'Y') for month/quarter/year values
    trim: tuple[int, int] = field(default=(0, 0))


def number(word: str, lex: Lexicon) -> float | None:
    """'12' -> 12, 'twenty-four' -> 24, 'a couple of' -> 2, 'several' -> None (vague)."""
    w = " ".join(word.lower().replace("-", " ").split())
    try:
        return float(w.replace(",", ""))
    except ValueError:
        pass
    if w in lex.numbers:
        v = lex.numbers[w]
        return None if v == "X" else float(v)
    parts = w.split()
    if len(parts) == 2 and parts[0] in lex.numbers and parts[1] in lex.numbers:
        a, b = lex.numbers[parts[0]], lex.numbers[parts[1]]
        if a != "X" and b != "X":
            return float(a) + float(b)
    return None


def mod_of(groups: dict, lex: Lexicon, key: str = "dmod") -> str | None:
    raw = groups.get(key)
    if not raw:
        return None
    w = " ".join(raw.lower().split())
    return (lex.modifiers.get(w) or lex.modifiers.get(w.rstrip("-"))
            or {"mid": "MID", "end": "END"}.get(w.rstrip("-")))  # "mid-2024", "end-2024"


def unit_of(groups: dict, lex: Lexicon) -> str | None:
    return lex.units.get(groups.get("unit", "").lower())


def _fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


# TIMEX3 letter and multiplier of each unit code of units.tsv (decades and centuries count in years)
DURATION_CODE = {"Y": ("Y", 1), "M": ("M", 1), "W": ("W", 1), "D": ("D", 1), "Q": ("Q", 1), "H": ("H", 1),
                 "MIN": ("M", 1), "S": ("S", 1), "DE": ("Y", 10), "CE": ("Y", 100), "WE": ("D", 2)}


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration: P3D, PT5H30M, P18M, P10Y (decades), PXY (vague, n is None)."""
    if unit == "X":  # "a while": no unit stated
        return "PXX"
    code, scale = DURATION_CODE[unit]
    prefix = "PT" if unit in ("H", "MIN", "S") else "P"
    if n is None:
        return f"{prefix}X{code}"
    n = n * scale
    if not float(n).is_integer():  # a fraction goes down one unit: 1.5 years = P18M
        whole, frac = int(n), n - int(n)
        if unit == "H":
            return f"PT{whole}H{round(frac * 60)}M" if whole else f"PT{round(frac * 60)}M"
        if unit == "Y":
            return f"P{round(n * 12)}M"
        if unit == "D":
            return f"P{whole}DT{round(frac * 24)}H" if whole else f"PT{round(frac * 24)}H"
        if unit == "W":
            return f"P{round(n * 7)}D"
    return f"{prefix}{_fmt_num(n)}{code}"


def date_at_granularity(d: dt.date, unit: str) -> str:
    """The value of the calendar unit of granularity `unit` containing `d` (TimeML: the value is
    as precise as the expression, so "four decades ago" is a decade, 196, not a year)."""
    if unit in ("D", "H", "MIN", "S"):
        return d.isoformat()
    if unit in ("W", "WE"):
        return cal.week_value(d)
    if unit in ("M", "Q"):
        return cal.month_value(d)
    if unit == "DE":
        return cal.decade_value(d.year)
    if unit == "CE":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


# TimeML mods of a point in time: "more than four decades ago" = BEFORE 196, "less than a year ago" = AFTER
POINT_MOD = {"MORE_THAN": "BEFORE", "LESS_THAN": "AFTER", "EQUAL_OR_MORE": "ON_OR_BEFORE",
             "EQUAL_OR_LESS": "ON_OR_AFTER"}


def shift(d: dt.date, n: float, unit: str) -> dt.date:
    if unit in ("D", "W", "WE", "H", "MIN", "S"):
        days = {"D": n, "W": 7 * n, "WE": 7 * n, "H": n / 24, "MIN": n / 1440, "S": n / 86400}[unit]
        return d + dt.timedelta(days=round(days) if unit in ("D", "W", "WE") else int(days))
    months = {"M": n, "Q": 3 * n, "Y": 12 * n, "DE": 120 * n, "CE": 1200 * n}[unit]
    return cal.shift_months(d, round(months))


# "HY" is the grain of a half year (the unit code "H" is an hour)
GRANULARITY_ORDER = {"D": 0, "H": 0, "MIN": 0, "S": 0, "W": 1, "WE": 1, "M": 2, "Q": 3, "HY": 3, "Y": 4, "DE": 5,
                     "CE": 6}


def coarse_value(d: dt.date, granularity: str) -> str:
    if granularity == "M":
        return cal.month_value(d)
    if granularity == "Q":
        return f"{d.year:04d}-Q{cal.quarter_of(d)}"
    if granularity == "HY":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    return f"{d.year:04d}"


def day_number(raw: str) -> int:
    return int(re.match(r"\d+", raw).group(0))


def coarse_start(d: dt.date, granularity: str) -> dt.date:
    if granularity == "Y":
        return dt.date(d.year, 1, 1)
    if granularity == "HY":
        return dt.date(d.year, 1 if d.month <= 6 else 7, 1)
    if granularity == "Q":
        return dt.date(d.year, 3 * cal.quarter_of(d) - 2, 1)
    return d.replace(day=1)


def outside_mod(text: str, start: int, lex) -> str | None:
    """The mod of an approximator or 'earlier'/'later' written just before the expression."""
    words = text[max(0, start - 16):start].lower().split()
    return lex.outside_modifiers.get(words[-1]) if words else None
