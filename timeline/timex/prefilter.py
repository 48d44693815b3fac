"""A keyword prefilter for the pattern scan, so that adding patterns does not add full passes over the text.

Every pattern of patterns.tsv needs some word to match: "ago" in "three years ago", a unit in "for
three years", a month in "Nov. 16", a digit in "1998". `analyse()` reads a pattern template (with its
{PLACEHOLDER}s and their lexicon tables) and finds such required words, each with how far before it a
match can start. A text is split into its letter and digit runs once (`Index`); a pattern then runs
only in the windows around the occurrences of its rarest required word, and not at all when none
occurs. The matches are exactly those a scan of the whole text would give (same order, same
left-to-right non-overlapping rule); a text with a run of spaces, digits or letters longer than the
widths assumed here is scanned in full.

A required word is written as its lowercase letters and matches any letter run that starts with them
("year" in "years"); "0" stands for any run of digits.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as sre_c
from re import _parser as sre_parse

CAP = 30  # characters an unbounded repeat of spaces, digits or letters is assumed to cover
DIGITS = "0"  # the required "word" that stands for any run of digits
_RUN = re.compile(r"[A-Za-z]+|\d+")
# a run longer than CAP, or a character that matches an ASCII letter only when case is ignored
_LONG_RUN = re.compile(r"\s{%d}|\w{%d}|[\u017f\u212a\u0130\u0131]" % (CAP + 1, CAP + 1))
_PLACEHOLDER_BASE, _TABLE_BASE = 0xE000, 0xF000
# what a character class can match
SPACE, DIGIT, LETTER, UNDERSCORE, OTHER, ANY = "s", "d", "l", "u", "o", "*"
_REPEATS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT)


@dataclass(frozen=True)
class Option:
    """A set of required words (any one of them is in every match) and the most characters a match
    can start before the one it contains."""
    words: frozenset[str]
    before: int


@dataclass(frozen=True)
class Trigger:
    """What the scan of one pattern needs: its options (None: scan the whole text) and how far past a
    required word the match and its lookaheads can reach."""
    options: tuple[Option, ...] | None
    reach: int


@dataclass
class _Shape:
    width: int | None          # most characters consumed (None: unbounded)
    reach: int | None          # most characters looked at from the start, lookaheads included
    nullable: bool
    ends_letter: bool          # may its last character be a letter
    options: list[Option]


def _cost(words: frozenset[str]) -> float:
    """A static guess of how often a set of required words occurs (short words and digits are common)."""
    return sum(5.0 if w == DIGITS else {1: 30.0, 2: 8.0, 3: 2.0}.get(len(w), 1.0) for w in words)


def _class_kinds(items) -> frozenset[str]:
    """What a character class [...] can match: some of the kinds below."""
    kinds = set()
    for op, av in items:
        if op == sre_c.NEGATE:
            rest = [(o, a) for o, a in items if o != sre_c.NEGATE]
            # [^\S\n]: whitespace but a newline
            if any(o == sre_c.CATEGORY and a == sre_c.CATEGORY_NOT_SPACE for o, a in rest):
                return frozenset([SPACE])
            return frozenset([ANY])
        if op == sre_c.LITERAL:
            ch = chr(av)
            kinds.add(SPACE if ch.isspace() else DIGIT if ch.isdigit() else LETTER if ch.isalpha() else OTHER)
        elif op == sre_c.RANGE:
            lo, hi = av
            kinds.add(DIGIT if chr(lo).isdigit() and chr(hi).isdigit() else LETTER if chr(lo).isalpha() else ANY)
        elif op == sre_c.CATEGORY:
            kinds.update({sre_c.CATEGORY_DIGIT: (DIGIT,), sre_c.CATEGORY_SPACE: (SPACE,),
                          sre_c.CATEGORY_WORD: (DIGIT, LETTER, UNDERSCORE)}.get(av, (ANY,)))
        else:
            kinds.add(ANY)
    return frozenset(kinds)


def _cappable(kinds: frozenset[str]) -> bool:
    """An unbounded run of these is assumed no longer than CAP (a text with a longer one is scanned in full)."""
    return kinds == {SPACE} or bool(kinds) and kinds <= {DIGIT, LETTER, UNDERSCORE}


def _may_be_letter(kinds: frozenset[str]) -> bool:
    return bool(kinds & {LETTER, ANY})


def _plus(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a + b


class _Analyser:
    """Reads a template parsed by the regex parser, placeholders and tables standing as marker characters."""

    def __init__(self, placeholders: list[str], tables: list[list[str]]):
        self.placeholders = placeholders  # marker k: the placeholder's own template ({@table} as markers)
        self.tables = tables              # marker j: the entries of a lexicon table
        self._cache: dict[tuple[int, bool], _Shape] = {}

    def sequence(self, items, letter_before: bool) -> _Shape:
        width, reach, nullable, options = 0, 0, True, []
        letter = letter_before
        i = 0
        while i < len(items):
            op, av = items[i]
            if op == sre_c.LITERAL and chr(av).isascii() and chr(av).isalpha():
                j = i
                while j < len(items) and items[j][0] == sre_c.LITERAL and chr(items[j][1]).isascii() \
                        and chr(items[j][1]).isalpha():
                    j += 1
                run = "".join(chr(av) for _op, av in items[i:j]).lower()
                if not letter and width is not None:  # the run starts a letter run of the text
                    options.append(Option(frozenset([run]), width))
                reach = None if reach is None or width is None else max(reach, width + j - i)
                width = _plus(width, j - i)
                nullable, letter = False, True
                i = j
                continue
            shape = self.item(op, av, letter)
            if width is not None:
                options += [Option(o.words, width + o.before) for o in shape.options]
            reach = None if reach is None or width is None or shape.reach is None else max(reach, width + shape.reach)
            width = _plus(width, shape.width)
            letter = shape.ends_letter or (shape.nullable and letter)
            nullable = nullable and shape.nullable
            i += 1
        return _Shape(width, reach, nullable, letter, options)

    def item(self, op, av, letter_before: bool) -> _Shape:
        if op == sre_c.LITERAL:
            code = av
            if _PLACEHOLDER_BASE <= code < _PLACEHOLDER_BASE + len(self.placeholders):
                return self.placeholder(code - _PLACEHOLDER_BASE, letter_before)
            if _TABLE_BASE <= code < _TABLE_BASE + len(self.tables):
                return self.table(code - _TABLE_BASE, letter_before)
            ch = chr(code)
            return _Shape(1, 1, False, ch.isalpha(), [Option(frozenset([DIGITS]), 0)] if ch.isdigit() else [])
        if op in (sre_c.NOT_LITERAL, sre_c.ANY):
            return _Shape(1, 1, False, True, [])
        if op == sre_c.IN:
            kinds = _class_kinds(av)
            return _Shape(1, 1, False, _may_be_letter(kinds),
                          [Option(frozenset([DIGITS]), 0)] if kinds == {DIGIT} else [])
        if op == sre_c.SUBPATTERN:
            return self.sequence(av[3].data, letter_before)
        if op == sre_c.ATOMIC_GROUP:
            return self.sequence(av.data, letter_before)
        if op == sre_c.BRANCH:
            shapes = [self.sequence(b.data, letter_before) for b in av[1]]
            best = [min(s.options, key=lambda o: (_cost(o.words), o.before)) if s.options else None for s in shapes]
            options = []
            if all(best):
                options = [Option(frozenset().union(*(o.words for o in best)), max(o.before for o in best))]
            widths = [s.width for s in shapes]
            reaches = [s.reach for s in shapes]
            return _Shape(None if None in widths else max(widths), None if None in reaches else max(reaches),
                          any(s.nullable for s in shapes), any(s.ends_letter for s in shapes), options)
        if op in _REPEATS:
            lo, hi, body = av
            shape = self.sequence(body.data, letter_before)
            if hi > 1 and shape.ends_letter and not letter_before:
                shape = self.sequence(body.data, True)  # a second round follows the first
            if hi == sre_c.MAXREPEAT:
                single = len(body.data) == 1 and body.data[0][0] in (sre_c.IN, sre_c.LITERAL)
                kinds = (_class_kinds(body.data[0][1]) if body.data[0][0] == sre_c.IN else _class_kinds([body.data[0]])
                         ) if single else frozenset([ANY])
                width = CAP if _cappable(kinds) else None
                reach = width
            else:
                width = None if shape.width is None else hi * shape.width
                reach = None if shape.reach is None or width is None else max(width, (hi - 1) * (shape.width or 0) + shape.reach)
            return _Shape(width, reach, lo == 0 or shape.nullable, shape.ends_letter,
                          shape.options if lo >= 1 else [])
        if op in _ZERO_WIDTH:
            reach = 0
            if op in (sre_c.ASSERT, sre_c.ASSERT_NOT) and av[0] == 1:  # a lookahead looks ahead
                reach = self.sequence(av[1].data, letter_before).reach
            return _Shape(0, reach, True, False, [])
        return _Shape(None, None, True, True, [])  # anything else: no prefilter

    def placeholder(self, k: int, letter_before: bool) -> _Shape:
        key = (k, letter_before)
        if key not in self._cache:
            parsed = sre_parse.parse(self.placeholders[k], re.I)
            self._cache[key] = self.sequence(parsed.data, letter_before)
        return self._cache[key]

    def table(self, j: int, letter_before: bool) -> _Shape:
        words, width, ends_letter, ok = set(), 0, False, True
        for entry in self.tables[j]:
            run = re.match(r"[^a-z0-9]*([a-z]+|[0-9]+)", entry.lower())
            if run is None or (run.start(1) == 0 and run.group(1).isalpha() and letter_before):
                ok = False
            elif run:
                words.add(DIGITS if run.group(1).isdigit() else run.group(1))
            width = max(width, len(entry) + entry.count(" ") * CAP)
            ends_letter = ends_letter or entry[-1:].isalpha()
        options = [Option(frozenset(words), 0)] if ok and words else []
        return _Shape(width, width, False, ends_letter, options)


def analyse(template: str, placeholders: dict[str, str], tables: dict[str, list[str]]) -> Trigger:
    """The trigger of a pattern template: `placeholders` maps a {NAME} to its template (which may name
    {@table}s), `tables` a table to its entries. The pattern is compiled as (?<![\\w'])TEMPLATE(?![\\w])."""
    names = sorted(placeholders)
    table_names = sorted(tables)
    marker = {n: chr(_PLACEHOLDER_BASE + i) for i, n in enumerate(names)}
    table_marker = {n: chr(_TABLE_BASE + i) for i, n in enumerate(table_names)}

    def mark(text: str) -> str:
        text = re.sub(r"\{@([a-z_]+)\}", lambda m: table_marker[m[1]] if m[1] in table_marker else m[0], text)
        return re.sub(r"\{([A-Z]+)(?::[a-z_0-9]+)?\}", lambda m: "(?:" + marker[m[1]] + ")", text)

    analyser = _Analyser([mark(placeholders[n]) for n in names], [tables[n] for n in table_names])
    try:
        parsed = sre_parse.parse(r"(?<![\w'])" + mark(template).replace(" ", r"\s+") + r"(?![\w])", re.I)
    except re.error:
        return Trigger(None, 0)
    shape = analyser.sequence(parsed.data, False)
    if shape.reach is None or not shape.options:
        return Trigger(None, 0)
    options = sorted(set(shape.options), key=lambda o: (_cost(o.words), o.before))[:6]
    return Trigger(tuple(options), shape.reach + 2)


def first_word(phrase: str) -> str:
    """The required word of a fixed phrase: its first letter or digit run."""
    m = re.match(r"[^a-z0-9]*([a-z]+|[0-9]+)", phrase.lower())
    return (DIGITS if m and m.group(1).isdigit() else m.group(1)) if m else ""


class Vocabulary:
    """Every required word of the patterns and phrases; for a letter run of a text, the words it starts with."""

    def __init__(self, words):
        self.words = frozenset(words)
        self.lengths = sorted({len(w) for w in self.words if w != DIGITS})
        self._cache: dict[str, tuple[str, ...]] = {}

    def of(self, run: str) -> tuple[str, ...]:
        found = self._cache.get(run)
        if found is None:
            if run[0].isdigit():
                found = (DIGITS,) if DIGITS in self.words else ()
            else:
                found = tuple(run[:n] for n in self.lengths if n <= len(run) and run[:n] in self.words)
            if len(self._cache) < 200_000:
                self._cache[run] = found
        return found


class Index:
    """Where each required word occurs in a text (start of the letter or digit run)."""

    def __init__(self, text: str, vocabulary: Vocabulary):
        self.text = text
        self.full_scan = bool(_LONG_RUN.search(text))
        self.where: dict[str, list[int]] = {}
        self.runs: dict[int, str] = {}  # start of a run -> the run, lowercase
        self._counts: dict[Option, int] = {}
        where, runs, of = self.where, self.runs, vocabulary.of
        # str.lower() keeps every offset of ASCII text; a text it would change in length is scanned in full
        low = text.lower()
        if len(low) != len(text):
            self.full_scan = True
            return
        for m in _RUN.finditer(low):
            start, run = m.start(), m.group()
            runs[start] = run
            for word in of(run):
                if word in where:
                    where[word].append(start)
                else:
                    where[word] = [start]

    def count(self, option: Option) -> int:
        """How many times the words of an option occur (what a window scan of it costs)."""
        n = self._counts.get(option)
        if n is None:
            where = self.where
            n = self._counts[option] = sum(len(where[w]) for w in option.words if w in where)
        return n

    def positions(self, words) -> list[int]:
        lists = [self.where[w] for w in words if w in self.where]
        if len(lists) == 1:
            return lists[0]
        return sorted(p for positions in lists for p in positions)


def scan(regex: re.Pattern, trigger: Trigger, index: Index):
    """The matches of `regex` in the indexed text, as regex.finditer(text) gives them."""
    text = index.text
    if trigger.options is None or index.full_scan:
        yield from regex.finditer(text)
        return
    option = min(trigger.options, key=index.count)
    positions = index.positions(option.words)
    n, cursor, i = len(text), 0, 0
    while i < len(positions):
        last = positions[i]
        lo = max(cursor, last - option.before)
        j = i + 1
        while j < len(positions) and positions[j] - option.before <= last + trigger.reach:
            last = positions[j]
            j += 1
        i = j
        if lo > last:
            continue
        # a match holding a required word at or before `last` ends, lookaheads included, before `hi`
        hi = min(n, last + trigger.reach)
        for m in regex.finditer(text, lo, hi):
            if m.start() > last:
                break  # it holds a later required word: the next window finds it
            yield m
            cursor = m.end() if m.end() > m.start() else m.end() + 1
