"""The text the tagger reads: a normalised view of an article, and the way back to the article.

Text pasted from the web carries characters no reader sees and no pattern expects, sometimes
inside a date: "Nov\u200b. 16" (a zero-width space), "Novem\u00adber" (a soft hyphen), "１６"
(fullwidth digits), "١٦" (Arabic-Indic digits), "Nоvember" (a Cyrillic о). The tagger matches its
patterns against a view of the text in which
  - format characters are removed (Unicode category Cf: zero-width space, joiner and non-joiner,
    word joiner, byte-order mark, soft hyphen, bidi marks, overrides and isolates);
  - combining marks are removed (Mn, Me: "Nove\u0301mber" reads "November");
  - every other character is in its NFKC form ("Ｎｏｖ" and "１６" read "Nov" and "16", a no-break
    space is a space, "ﬁ" is "fi"), except superscripts, subscripts and fractions, whose NFKC
    digits would join the number before them ("2019¹" would read "20191");
  - digits of any script are ASCII digits ("١٦" reads "16");
  - inside a word that has Latin letters, letters of other scripts that look like Latin ones are
    those letters (the table lang/en/timex/confusables.tsv); a word wholly in another script is
    left as it is.
`normalised(text)` gives the view with a map back: every offset the tagger finds in the view is
turned into an offset of the text it was given (`View.restore`), so `text[start:end]` of a result
is what the article says, invisible characters included. The view of a view is itself.
"""
from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass, field, replace

from timeline import lang
from timeline.timex.model import Timex

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WORD = re.compile(r"[^\W\d_]+")
_KEPT_COMPATIBILITY = ("<super>", "<sub>", "<fraction>")
_DROPPED = frozenset(("Cf", "Mn", "Me"))
_CODE_POINT = re.compile(r"U\+([0-9A-F]{4,6})")


@functools.lru_cache(maxsize=1)
def confusables() -> dict[str, str]:
    """Letters of other scripts that look like Latin letters -> those letters (confusables.tsv)."""
    file = lang.path("timex", "confusables.tsv")
    out: dict[str, str] = {}
    for number, (code, latin, name) in lang.rows_after_header(file.read_text(encoding="utf-8"), file.name, 3):
        found = _CODE_POINT.fullmatch(code)
        if not found or not (len(latin) == 1 and latin.isascii() and latin.isalpha()):
            raise lang.TableError(f"{file}, line {number}: expected a code point (U+043E) and one Latin letter")
        char = chr(int(found[1], 16))
        if unicodedata.name(char, "") != name:
            raise lang.TableError(f"{file}, line {number}: {code} is {unicodedata.name(char, 'unnamed')}, not {name}")
        out[char] = latin
    return out


def _final(ch: str) -> str:
    """A character of an NFKC form, as the view has it: removed, an ASCII digit, or itself."""
    if unicodedata.category(ch) in _DROPPED:
        return ""
    digit = unicodedata.decimal(ch, None)
    return str(digit) if digit is not None and not ch.isascii() else ch


@functools.lru_cache(maxsize=8192)
def _piece(ch: str) -> str:
    """What one non-ASCII character of the text is in the view (before look-alike letters)."""
    kept = _final(ch)
    if kept != ch or unicodedata.decomposition(ch).startswith(_KEPT_COMPATIBILITY):
        return kept
    form = unicodedata.normalize("NFKC", ch)
    return ch if form == ch else "".join(_final(c) for c in form)


@dataclass(frozen=True)
class View:
    """`text` is what the tagger reads. `edits` lists, in order, each place where it differs from
    `original`: (offset in text, offset in original, length in text, length in original)."""

    text: str
    original: str
    edits: tuple[tuple[int, int, int, int], ...] = ()
    _at: tuple[int, ...] = field(default=(), repr=False, compare=False)

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def start(self, offset: int) -> int:
        """The original offset where the view's character at `offset` comes from."""
        i = bisect.bisect_right(self._at, offset) - 1
        if i < 0:
            return offset
        at, origin, length, original_length = self.edits[i]
        if offset < at + length:
            return origin
        return origin + original_length + (offset - at - length)

    def end(self, offset: int) -> int:
        """The original offset just after the view's characters up to `offset` (exclusive)."""
        if offset <= 0:
            return self.start(offset)
        i = bisect.bisect_right(self._at, offset - 1) - 1
        if i < 0:
            return offset
        at, origin, length, original_length = self.edits[i]
        if offset - 1 < at + length:
            return origin + original_length
        return origin + original_length + (offset - at - length)

    def restore(self, timex: Timex) -> Timex:
        """A Timex found in the view, with its offsets (and its anchor's) in the original text."""
        if not self.changed:
            return timex
        start, end = self.start(timex.start), self.end(timex.end)
        anchor_start, anchor_end = timex.anchor_start, timex.anchor_end
        if anchor_start is not None and anchor_end is not None:
            anchor_start, anchor_end = self.start(anchor_start), self.end(anchor_end)
        return replace(timex, start=start, end=end, text=self.original[start:end],
                       anchor_start=anchor_start, anchor_end=anchor_end)


def normalised(text: str) -> View:
    """The view of `text` the tagger reads (see the module's docstring), with the map back."""
    if text.isascii():
        return View(text, text)
    edits: list[tuple[int, int, int, int]] = []
    parts: list[str] = []
    done = shift = 0  # original offset copied up to; view length minus original length so far
    lookalike = confusables()
    lookalikes = False
    for m in _NON_ASCII.finditer(text):
        at = m.start()
        ch = text[at]
        piece = _piece(ch)
        if piece == ch:
            lookalikes = lookalikes or ch in lookalike
            continue
        lookalikes = lookalikes or any(c in lookalike for c in piece)   # "𝚬" is "Ε" (Greek), which looks like "E"
        parts.append(text[done:at])
        parts.append(piece)
        edits.append((at + shift, at, len(piece), 1))
        shift += len(piece) - 1
        done = at + 1
    view = text if not edits else "".join(parts) + text[done:]
    if lookalikes:  # one letter for another: the offsets stay as they are
        view = _WORD.sub(lambda word: _latin(word.group(), lookalike), view)
    return View(view, text, tuple(edits), tuple(e[0] for e in edits))


def _latin(word: str, lookalike: dict[str, str]) -> str:
    """A word with Latin letters, its look-alike letters of other scripts made Latin; others as they are."""
    if word.isascii() or not any(ch in lookalike for ch in word):
        return word
    if not any(ch.isascii() or "LATIN" in unicodedata.name(ch, "") for ch in word if ch not in lookalike):
        return word
    return "".join(lookalike.get(ch, ch) for ch in word)
