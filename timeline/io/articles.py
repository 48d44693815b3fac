"""Loading articles: front-matter text files, JSONL and CSV collections.

Every loader turns bytes into `Article` objects or into `ArticleError`s that name the
file (and line, for collections) and the problem in one line. Nothing here raises any
other exception on bad input: callers (CLI, dashboard) show the errors and go on with
the good articles.

Limits (read from the environment when a file is loaded; README "What happens when…"):
TIMELINE_MAX_ARTICLE_CHARS (default 200,000 characters per article: about 30,000 words,
several times the longest news feature, and well inside spaCy's memory comfort zone),
TIMELINE_MAX_FILE_BYTES (default 50 MB per file or upload), TIMELINE_FUTURE_TOLERANCE_DAYS
(default 2: a publication date later than today plus this is refused as a typo).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from timeline.records import Article, article_id, printable

DEFAULT_MAX_ARTICLE_CHARS = 200_000
DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024
DEFAULT_FUTURE_TOLERANCE_DAYS = 2

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
COLLECTION_SUFFIXES = {".jsonl", ".ndjson", ".csv"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | COLLECTION_SUFFIXES
FIELDS = ("title", "source", "published", "url", "text")
CSV_DELIMITERS = (",", ";", "\t")
# A quoted CSV cell spanning more lines than this is a quote left open (an article at the
# 200,000-character limit, one short paragraph a line, has a few thousand).
MAX_CSV_CELL_LINES = 10_000
# Keys people use for the publication date elsewhere: named in the "no publication date" message.
DATE_KEY_MISTAKES = {"date", "pubdate", "pub_date", "publish_date", "publication_date", "published_at",
                     "published_on", "datetime", "created", "created_at"}

# Magic numbers of common non-text files, to say what a refused upload looks like.
BINARY_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"), (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.odt)"), (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"), (b"SQLite format 3\x00", "a SQLite database"),
    (b"\x7fELF", "an executable"), (b"MZ", "a Windows executable"),
)


class ArticleError(Exception):
    """One bad file or record: which file, which line (if any), what is wrong.

    `str(error)` is always one printable line starting with the (display form of the) file name.
    """

    def __init__(self, name: str, problem: str, line: int | None = None):
        self.name = name
        self.problem = problem
        self.line = line
        where = f"{name}, line {line}" if line is not None else name
        super().__init__(escape_controls(f"{where}: {problem}"))

    def __reduce__(self):  # picklable (caches and worker processes rebuild it from its parts)
        return (type(self), (self.name, self.problem, self.line))


def escape_controls(text: str) -> str:
    """Control, bidi and other format characters, line separators and undecodable file-name bytes
    escaped (`records.printable`), so a message stays one line and shows what it says."""
    return printable(text)


def display_name(name: str) -> str:
    """How a file name appears in every message about it and in `Article.origin`."""
    return printable(name)


@dataclass
class LoadResult:
    """What loading one or more files gave: the good articles and one error per bad file or record."""

    articles: list[Article] = field(default_factory=list)
    errors: list[ArticleError] = field(default_factory=list)

    def extend(self, other: "LoadResult") -> None:
        self.articles.extend(other.articles)
        self.errors.extend(other.errors)


# ---------------------------------------------------------------- limits

def _setting(var: str, default: int, name: str | None = None) -> int:
    """An integer limit from the environment; a bad value is an error about that setting."""
    raw = os.environ.get(var, "").strip()
    if not raw:
        return default
    try:
        value = int(raw.replace("_", ""))
        if value < 0:
            raise ValueError
    except ValueError:
        if name is None:
            return default
        raise ArticleError(name, f"setting {var}={raw[:40]!r} is not a whole number >= 0") from None
    return value


def max_article_chars(name: str | None = None) -> int:
    return _setting("TIMELINE_MAX_ARTICLE_CHARS", DEFAULT_MAX_ARTICLE_CHARS, name)


def max_file_bytes(name: str | None = None) -> int:
    return _setting("TIMELINE_MAX_FILE_BYTES", DEFAULT_MAX_FILE_BYTES, name)


def future_tolerance_days(name: str | None = None) -> int:
    return _setting("TIMELINE_FUTURE_TOLERANCE_DAYS", DEFAULT_FUTURE_TOLERANCE_DAYS, name)


# The values at import time (timeline.nlp sizes spaCy's max_length from MAX_ARTICLE_CHARS).
MAX_ARTICLE_CHARS = max_article_chars()
MAX_FILE_BYTES = max_file_bytes()
FUTURE_TOLERANCE_DAYS = future_tolerance_days()


def _too_big(name: str, size: int, limit: int) -> ArticleError:
    return ArticleError(name, f"file is {size:,} bytes, over the limit of {limit:,} "
                              "(set TIMELINE_MAX_FILE_BYTES to raise it)")


_EMPTY_ID = article_id("")  # what a text of only invisible characters hashes to


# ---------------------------------------------------------------- decoding

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig", "UTF-8"), (b"\xff\xfe\x00\x00", "utf-32", "UTF-32"),
         (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"), (b"\xff\xfe", "utf-16", "UTF-16"),
         (b"\xfe\xff", "utf-16", "UTF-16"))


def decode(name: str, data: bytes) -> str:
    """Bytes to text, honestly: UTF-8 (BOM optional) or UTF-16/32 with a BOM; anything else is refused.

    Line endings become "\\n" (CRLF and lone CR files read the same as LF ones); NUL bytes are dropped.
    """
    limit = max_file_bytes(name)
    if len(data) > limit:
        raise _too_big(name, len(data), limit)
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise ArticleError(name, f"starts with a {label} byte-order mark but is not valid "
                                         f"{label} (bad bytes at position {exc.start})") from None
            if _garbled(text):
                raise ArticleError(name, f"starts with a {label} byte-order mark but does not decode to "
                                         "readable text (binary data after the mark?)")
            break
    else:
        kind = _binary_kind(data)
        if kind:
            raise ArticleError(name, f"not a text file: looks like {kind}")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
            raise ArticleError(name, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at line {line}, "
                                     f"column {column}; Latin-1 or Windows-1252?): re-save it as UTF-8") from None
    if "\x00" in text:
        text = text.replace("\x00", "")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _garbled(text: str) -> bool:
    """Whether decoded text is mostly noise: unassigned, private-use or control characters, or
    (bytes of another encoding read as UTF-16/32) hardly any character a Latin-script article uses."""
    sample = text[:4096]
    if not sample.strip():
        return False
    odd = sum(1 for ch in sample if unicodedata.category(ch) in ("Cn", "Co", "Cs")
              or (unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f"))
    if odd > max(2, len(sample) // 50):
        return True
    latin = sum(1 for ch in sample if ch.isascii() or "LATIN" in unicodedata.name(ch, ""))
    return len(sample) >= 16 and latin < len(sample) // 4


def _binary_kind(data: bytes) -> str | None:
    """What non-text data looks like ("a PNG image", "binary data"), or None if it may be text."""
    for magic, kind in BINARY_SIGNATURES:
        if data.startswith(magic) and not _valid_utf8(data[:4096]):
            return kind
    sample = data[:8192]
    if not sample:
        return None
    zeros = sample.count(0)
    if len(sample) >= 4 and zeros >= len(sample) // 4:
        even = sample[0::2].count(0)
        odd = sample[1::2].count(0)
        if max(even, odd) >= 0.9 * (len(sample) // 2) and min(even, odd) <= 0.1 * (len(sample) // 2):
            return "UTF-16 text without a byte-order mark (re-save it as UTF-8)"
    # NUL bytes are never text, and are removed from text (decode): they make a file binary only
    # when what is left is not UTF-8 text either
    text = sample.replace(b"\x00", b"") if zeros else sample
    control = sum(1 for b in text if b < 32 and b not in (9, 10, 12, 13, 27))
    if not text or control / len(text) > 0.05 or (zeros and not _valid_utf8(text)):
        return "binary data (an image, archive or other non-text file?)"
    return None


def _valid_utf8(chunk: bytes) -> bool:
    try:
        chunk.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(chunk) - 3  # only a character cut at the end of the chunk
    return True


# ---------------------------------------------------------------- fields

def parse_published(name: str, value: object, line: int | None = None,
                    today: dt.date | None = None) -> tuple[dt.date, dt.datetime | None]:
    """An ISO date or date-time to (date, datetime or None); refuses words, impossible and future dates.

    A date-time keeps its time zone; the date is the calendar day where it was published.
    """
    stamp: dt.datetime | None
    if isinstance(value, dt.datetime):
        stamp, day = value, value.date()
    elif isinstance(value, dt.date):
        stamp, day = None, value
    else:
        raw = str(value if value is not None else "").strip().strip("'\"").strip()
        if not raw:
            raise ArticleError(name, "no publication date: add 'published: YYYY-MM-DD' "
                                     "(or give one with --published / the date field)", line)
        try:
            stamp, day = None, dt.date.fromisoformat(raw)
        except ValueError:
            try:
                stamp = dt.datetime.fromisoformat(raw)
            except ValueError:
                raise ArticleError(name, f"publication date {raw[:40]!r} is not a valid ISO date "
                                         "(expected YYYY-MM-DD, optionally with a time)", line) from None
            day = stamp.date()
    today = today or dt.date.today()
    if (day - today).days > future_tolerance_days(name):
        raise ArticleError(name, f"publication date {day.isoformat()} is in the future "
                                 f"(today is {today.isoformat()})", line)
    if day.year < 1900:
        raise ArticleError(name, f"publication date {day.isoformat()} is implausibly old", line)
    return day, stamp


def _clean(value: object) -> str:
    """A one-line metadata field: whitespace folded, control characters dropped."""
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cc")


def _check_field(name: str, key: str, value: object, line: int | None) -> None:
    """Fields are strings (numbers are accepted outside 'text'); no lone surrogates from JSON escapes."""
    if value is None:
        return
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ArticleError(name, f"'{key}' contains an invalid character (lone surrogate "
                                     f"{ascii(value[exc.start])} at position {exc.start})", line) from None
        return
    if key == "text" or isinstance(value, (dict, list, bool)) or not isinstance(value, (int, float)):
        raise ArticleError(name, f"'{key}' must be a string, not {_json_type(value)}", line)


def _json_type(value: object) -> str:
    return {dict: "an object", list: "a list", bool: "true/false"}.get(type(value), type(value).__name__)


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LINE_END = re.compile(r"[.!?:;\"'\u201d\u2019)\]]\s*$")
WRAPPED_SHARE = 0.3   # share of a text's line breaks inside a sentence above which they are a wrap


def paragraphed(text: str) -> str:
    """The text as it is read: a paste that lost its blank lines but kept a line break after each
    paragraph (what a browser's copy gives) has a blank line between paragraphs again, so that
    paragraphs, quotations and opening lines are found as in the page. Text with a blank line
    anywhere, and text wrapped at a fixed width (many breaks inside a sentence), is left as it is."""
    if "\n" not in text or _BLANK_LINE.search(text):
        return text
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return text
    # a break inside a sentence: the line ends without a stop and the next goes on in lower case
    # (headings, bylines and datelines end without a stop too, but what follows them starts anew)
    wraps = sum(1 for line, after in zip(lines, lines[1:])
                if not _LINE_END.search(line) and after.lstrip()[:1].islower())
    if wraps > WRAPPED_SHARE * (len(lines) - 1):
        return text
    return "\n\n".join(line.strip() for line in lines)


def make_article(name: str, record: dict, default_published: dt.date | None = None,
                 line: int | None = None) -> Article:
    """A record with text/published (and optional title, source, url) to a checked Article."""
    for key in FIELDS:
        if key != "published" or not isinstance(record.get(key), dt.date):
            _check_field(name, key, record.get(key), line)
    text = str(record.get("text") or "").replace("\x00", "").strip()
    limit = max_article_chars(name)
    if len(text) > limit:
        raise ArticleError(name, f"article has {len(text):,} characters, over the limit of "
                                 f"{limit:,} (set TIMELINE_MAX_ARTICLE_CHARS to raise it)", line)
    identity = article_id(text)
    if not text or identity == _EMPTY_ID:
        raise ArticleError(name, "empty article: no text" if not text else
                                 "empty article: only invisible characters", line)
    published = record.get("published")
    if (published is None or str(published).strip() == "") and default_published is not None:
        published = default_published
    if published is None or str(published).strip() == "":
        hints = [k for k in record if isinstance(k, str) and k.strip().lower() in DATE_KEY_MISTAKES]
        if hints:
            raise ArticleError(name, f"no publication date: found {hints[0]!r} but the key must be "
                                     "'published' (YYYY-MM-DD)", line)
    day, stamp = parse_published(name, published, line)
    title = _clean(record.get("title")) or _clean(_first_line(text))
    shown = display_name(name)  # the origin is shown and stored: never raw control characters or lone surrogates
    origin = f"{shown}:{line}" if line is not None else shown
    return Article(text=text, published=day, published_at=stamp, title=title[:300],
                   source=_clean(record.get("source"))[:200], url=_clean(record.get("url"))[:2000],
                   origin=origin, id=identity)


def _first_line(text: str) -> str:
    first = text.strip().split("\n", 1)[0] if text.strip() else ""
    first = first.lstrip("#").strip()
    return first if len(first) <= 120 else first[:117].rstrip() + "..."


# ---------------------------------------------------------------- formats

def split_front_matter(name: str, text: str) -> tuple[dict[str, str], str]:
    """`---` / key: value lines / `---`, then the body. No front matter gives an empty dict.

    Blank lines before the opening `---` are allowed; keys are case-insensitive and may not repeat.
    """
    lines = text.lstrip("\ufeff").split("\n")
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start >= len(lines) or lines[start].strip() != "---":
        return {}, text
    close = next((i for i in range(start + 1, len(lines)) if lines[i].strip() == "---"), None)
    if close is None:
        raise ArticleError(name, f"malformed front matter: the '---' on line {start + 1} is never closed "
                                 "(add a '---' line after the last key)")
    meta: dict[str, str] = {}
    for index in range(start + 1, close):
        number = index + 1
        line = lines[index].strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or not key or " " in key:
            raise ArticleError(name, f"malformed front matter: expected 'key: value', got {line[:60]!r}", number)
        if key in meta:
            raise ArticleError(name, f"malformed front matter: duplicate key {key!r}", number)
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        meta[key] = value
    return meta, "\n".join(lines[close + 1:])


def parse_text_file(name: str, text: str, default_published: dt.date | None = None) -> Article:
    meta, body = split_front_matter(name, text)
    if meta and not body.strip():
        raise ArticleError(name, "front matter only: no article text after the closing '---'")
    record: dict[str, object] = dict(meta)
    record["text"] = body
    return make_article(name, record, default_published)


def _json_object(pairs: list[tuple[str, object]]) -> dict:
    obj: dict = {}
    for key, value in pairs:
        if key in obj:
            raise ValueError(f"duplicate key {key!r}")
        obj[key] = value
    return obj


def parse_jsonl(name: str, text: str, default_published: dt.date | None = None, first_line: int = 1) -> LoadResult:
    """One JSON object per line; a broken line is reported with its number and the rest still load.

    `text` may be a block of a larger file whose first line is line `first_line` of the file (the
    numbers in messages and origins are the file's); only a whole file (first_line 1) is "empty"."""
    result = LoadResult()
    for number, line in enumerate(text.split("\n"), start=first_line):
        if not line.strip():
            continue
        try:
            record = json.loads(line, object_pairs_hook=_json_object)
        except json.JSONDecodeError as exc:
            result.errors.append(ArticleError(name, f"invalid JSON ({exc.msg} at column {exc.colno})", number))
            continue
        except (ValueError, RecursionError) as exc:  # duplicate keys, huge numbers, deep nesting
            problem = str(exc)[:80] if isinstance(exc, ValueError) else "nested too deeply"
            result.errors.append(ArticleError(name, f"invalid JSON ({problem})", number))
            continue
        if not isinstance(record, dict):
            hint = " (a JSON array? put one object per line)" if isinstance(record, list) else ""
            result.errors.append(ArticleError(
                name, f"expected a JSON object with 'text' and 'published'{hint}", number))
            continue
        try:
            result.articles.append(make_article(name, record, default_published, number))
        except ArticleError as exc:
            result.errors.append(exc)
    if not result.articles and not result.errors and first_line == 1:
        result.errors.append(ArticleError(name, "empty file: no articles"))
    return result


def _csv_delimiter(text: str) -> str:
    """The delimiter (comma, semicolon or tab) whose header row has a 'text' column; comma otherwise."""
    first = next((line for line in text.split("\n", 50) if line.strip()), "")
    for delimiter in CSV_DELIMITERS:
        try:
            cells = next(csv.reader([first], delimiter=delimiter), [])
        except csv.Error:
            continue
        if "text" in [c.strip().lower().lstrip("\ufeff") for c in cells]:
            return delimiter
    return ","


class _Lines:
    """The lines of a text, fed to csv.reader one at a time; `pos` is the index of the next line,
    and may be moved to re-read from another line."""

    def __init__(self, lines: list[str]):
        self.lines = lines
        self.pos = 0

    def __iter__(self) -> "_Lines":
        return self

    def __next__(self) -> str:
        if self.pos >= len(self.lines):
            raise StopIteration
        self.pos += 1
        return self.lines[self.pos - 1]


_FIELD_ENDS: dict[str, re.Pattern] = {}


def _quoted_cells(raw: str, delimiter: str) -> Iterator[tuple[int, int]]:
    """(offset of the opening quote, offset of the closing quote or -1) of every quoted cell of
    CSV text, read the way csv.reader (not strict, doubled quotes) reads it: a quote opens a cell
    only at the start of a field; inside, '""' is a quote; after the closing quote, text up to the
    next delimiter belongs to the same field, unquoted."""
    ends = _FIELD_ENDS.get(delimiter)
    if ends is None:
        ends = _FIELD_ENDS[delimiter] = re.compile("[" + re.escape(delimiter) + "\n\r]")
    i, n, at_start = 0, len(raw), True
    while i < n:
        if at_start and raw[i] == '"':
            j = i + 1
            while True:
                k = raw.find('"', j)
                if k < 0:
                    yield i, -1
                    return
                if raw.startswith('"', k + 1):
                    j = k + 2
                    continue
                break
            yield i, k
            i, at_start = k + 1, False
            continue
        m = ends.search(raw, i)
        if m is None:
            return
        i, at_start = m.end(), True


def _runaway_quote(lines: list[str], start: int, end: int, delimiter: str) -> tuple[int, str, bool] | None:
    """For a row csv.reader made of lines[start:end]: (index of the line where a quoted cell opened,
    the problem, whether the quote was surely opened by mistake) when that cell runs to the end of
    the file, across lines to a closing quote followed by more text (a quote opened by mistake and
    closed by the next quote of a later row), or over MAX_CSV_CELL_LINES lines. Each of these
    swallows the rows after it into one cell."""
    if end - start <= 1 and end < len(lines):
        return None  # a one-line row that is not the last: every quote on it closed on it
    raw = "".join(lines[start:end])
    for opened, closed in _quoted_cells(raw, delimiter):
        line = start + raw.count("\n", 0, opened)
        if closed < 0:
            return line, ("a quoted cell opens on this line and is never closed: it runs to the end of "
                          "the file, swallowing every row after it (a missing closing quote?)"), True
        spanned = raw.count("\n", opened, closed)
        after = raw[closed + 1:closed + 2]
        if spanned and after not in ("", delimiter, "\n", "\r"):
            return line, (f"a quoted cell opens on this line and ends on line {line + spanned + 1} at a quote "
                          f"followed by {after!r}, swallowing the rows between (a missing or stray quote?)"), True
        if spanned >= MAX_CSV_CELL_LINES:
            return line, (f"a quoted cell opens on this line and runs over {spanned + 1:,} lines (the limit "
                          f"is {MAX_CSV_CELL_LINES:,}), swallowing the rows after it (a missing closing quote?)"), False
    return None


def parse_csv(name: str, text: str, default_published: dt.date | None = None) -> LoadResult:
    """A header row with at least 'text' (and 'published' unless a default is given), one article a row.

    A ragged or unreadable row is reported with its line number; the other rows still load. A quoted
    cell that runs away (to the end of the file, to a quote followed by text on a later line, or over
    MAX_CSV_CELL_LINES lines) is reported at the line where it opened; in the first two cases the
    quote was a mistake, so reading resumes on the line after it and the rows it swallowed still load.
    """
    result = LoadResult()
    # Cells may be as long as a whole file; the article limit gives the clear message instead.
    csv.field_size_limit(min(2**31 - 1, max(csv.field_size_limit(), max_file_bytes() + 1)))
    delimiter = _csv_delimiter(text)
    feed = _Lines(io.StringIO(text, newline="").readlines())
    reader = csv.reader(feed, delimiter=delimiter)
    header: list[str] = []
    try:
        while not any(cell.strip() for cell in header):
            first = feed.pos
            header = next(reader)
            runaway = _runaway_quote(feed.lines, first, feed.pos, delimiter)
            if runaway:
                return LoadResult(errors=[ArticleError(name, f"unreadable CSV header: {runaway[1]}", runaway[0] + 1)])
    except StopIteration:
        return LoadResult(errors=[ArticleError(name, "empty file: no header row")])
    except csv.Error as exc:
        return LoadResult(errors=[ArticleError(name, f"unreadable CSV header ({exc})", feed.pos)])
    head = feed.pos
    columns = [h.strip().lower().lstrip("\ufeff") for h in header]
    if "text" not in columns:
        shown = ", ".join(repr(c[:30]) for c in columns[:10]) + (", ..." if len(columns) > 10 else "")
        return LoadResult(errors=[ArticleError(name, f"CSV has no 'text' column (columns: {shown})", head)])
    duplicates = sorted({c for c in columns if c and columns.count(c) > 1})
    if duplicates:
        return LoadResult(errors=[ArticleError(name, f"CSV header repeats column {duplicates[0]!r}", head)])
    if "published" not in columns and default_published is None:
        return LoadResult(errors=[ArticleError(
            name, "CSV has no 'published' column and no default date was given", head)])
    while True:
        start = feed.pos
        line = start + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            result.errors.append(ArticleError(name, f"unreadable CSV row ({exc})", line))
            if feed.pos <= start:
                break
            continue
        runaway = _runaway_quote(feed.lines, start, feed.pos, delimiter)
        if runaway:
            opened, problem, mistaken = runaway
            result.errors.append(ArticleError(name, problem, opened + 1))
            if mistaken:  # the rows after the stray quote are read again, as rows
                feed.pos = opened + 1
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(columns):
            result.errors.append(ArticleError(
                name, f"ragged row: {len(row)} fields where the header has {len(columns)}", line))
            continue
        try:
            result.articles.append(make_article(name, dict(zip(columns, row)), default_published, line))
        except ArticleError as exc:
            result.errors.append(exc)
    if not result.articles and not result.errors:
        result.errors.append(ArticleError(name, "no articles: the CSV has a header but no rows"))
    return result


def parse_bytes(name: str, data: bytes, default_published: dt.date | None = None) -> LoadResult:
    """Any supported file, given as its name and bytes (an upload or a file read from disk).

    Never raises: every problem is an ArticleError in the result, naming the file.
    """
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        return LoadResult(errors=[ArticleError(
            name, f"unsupported file type {suffix[:20]!r} (use .txt, .md, .jsonl or .csv)")])
    try:
        if not data:
            raise ArticleError(name, "empty file (0 bytes)")
        text = decode(name, data)
        if not text.strip():
            raise ArticleError(name, "empty file: whitespace only")
        if suffix == ".csv":
            return parse_csv(name, text, default_published)
        if suffix in (".jsonl", ".ndjson"):
            return parse_jsonl(name, text, default_published)
        return LoadResult(articles=[parse_text_file(name, text, default_published)])
    except ArticleError as exc:
        return LoadResult(errors=[exc])
    except Exception as exc:  # a bug here must still not become a traceback in the UI
        return LoadResult(errors=[ArticleError(
            name, f"unexpected problem reading the file ({type(exc).__name__}: {str(exc)[:80]})")])


def load_file(path: str | os.PathLike, default_published: dt.date | None = None) -> LoadResult:
    """One file from disk (never more than the byte limit is read)."""
    path = Path(path)
    name = str(path)
    try:
        if path.is_dir():
            return LoadResult(errors=[ArticleError(name, "is a folder, not a file")])
        if not path.exists():
            return LoadResult(errors=[ArticleError(name, "no such file")])
        if not path.is_file():
            return LoadResult(errors=[ArticleError(name, "not a regular file (a device, pipe or socket?)")])
        limit = max_file_bytes(name)
        size = path.stat().st_size
        if size > limit:
            return LoadResult(errors=[_too_big(name, size, limit)])
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
        if len(data) > limit:
            return LoadResult(errors=[_too_big(name, len(data), limit)])
    except ArticleError as exc:
        return LoadResult(errors=[exc])
    except FileNotFoundError:
        return LoadResult(errors=[ArticleError(name, "no such file")])
    except (OSError, ValueError) as exc:
        return LoadResult(errors=[ArticleError(name, f"cannot read ({getattr(exc, 'strerror', None) or exc})")])
    return parse_bytes(name, data, default_published)


def _folder_files(folder: Path, suffixes: Iterable[str] = SUPPORTED_SUFFIXES) -> list[Path]:
    wanted = set(suffixes) - {""}
    return sorted(f for f in folder.iterdir() if f.is_file() and not f.name.startswith(".")
                  and f.suffix.lower() in wanted
                  and f.stem.upper() != "README")


def find_files(paths: Iterable[str | os.PathLike],
               suffixes: Iterable[str] = SUPPORTED_SUFFIXES) -> tuple[list[Path], list[ArticleError]]:
    """`expand_paths`, with an error for each folder that has no article files (or cannot be listed).
    A folder stands for its files ending in one of `suffixes` (the distributed reader adds .parquet)."""
    files: list[Path] = []
    errors: list[ArticleError] = []
    seen: set[Path] = set()
    for p in map(Path, paths):
        if p.is_dir():
            try:
                found = _folder_files(p, suffixes)
            except OSError as exc:
                errors.append(ArticleError(str(p), f"cannot list folder ({exc.strerror or exc})"))
                continue
            if not found:
                more = ", .parquet" if ".parquet" in suffixes else ""
                errors.append(ArticleError(str(p), f"folder has no article files (.txt, .md, .jsonl, .csv{more})"))
        else:
            found = [p]
        for f in found:
            try:
                key = f.resolve()
            except (OSError, RuntimeError, ValueError):
                key = f
            if key not in seen:
                seen.add(key)
                files.append(f)
    return files, errors


def expand_paths(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Files as given; a folder stands for its supported files, sorted (README, dotfiles and
    subfolders skipped). A file named twice (directly and through its folder) is kept once."""
    return find_files(paths)[0]


def load_paths(paths: Iterable[str | os.PathLike], default_published: dt.date | None = None) -> LoadResult:
    """Every file (folders expanded); an error for each bad file or record, and for an empty folder."""
    files, errors = find_files(paths)
    result = LoadResult(errors=list(errors))
    for path in files:
        result.extend(load_file(path, default_published))
    return result
