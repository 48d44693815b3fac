"""Loading articles: front-matter text files, JSONL and CSV collections.

Every loader turns bytes into `Article` objects or into `ArticleError`s that name the
file (and line, for collections) and the problem in one line. Nothing here raises any
other exception on bad input: callers (CLI, dashboard) show the errors and go on with
the good articles.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

# Limits, configurable through the environment (documented in README).
MAX_ARTICLE_CHARS = int(os.environ.get("TIMELINE_MAX_ARTICLE_CHARS", "1000000"))
MAX_FILE_BYTES = int(os.environ.get("TIMELINE_MAX_FILE_BYTES", str(50 * 1024 * 1024)))
# A publication date more than this many days after today is refused as a typo.
FUTURE_TOLERANCE_DAYS = int(os.environ.get("TIMELINE_FUTURE_TOLERANCE_DAYS", "2"))

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
COLLECTION_SUFFIXES = {".jsonl", ".ndjson", ".csv"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | COLLECTION_SUFFIXES
FIELDS = ("title", "source", "published", "url", "text")


class ArticleError(Exception):
    """One bad file or record: which file, which line (if any), what is wrong."""

    def __init__(self, name: str, problem: str, line: int | None = None):
        self.name = name
        self.problem = problem
        self.line = line
        where = f"{name}, line {line}" if line is not None else name
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class Article:
    """One news article. `id` is a hash of the normalised text, so the same text is the same article."""

    text: str
    published: dt.date
    title: str = ""
    source: str = ""
    url: str = ""
    published_at: dt.datetime | None = None
    origin: str = ""  # the file (and line) it came from, for messages
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", article_id(self.text))


@dataclass
class LoadResult:
    """What loading one or more files gave: the good articles and one error per bad file or record."""

    articles: list[Article] = field(default_factory=list)
    errors: list[ArticleError] = field(default_factory=list)

    def extend(self, other: "LoadResult") -> None:
        self.articles.extend(other.articles)
        self.errors.extend(other.errors)


def normalise_text(text: str) -> str:
    """NFC, no zero-width or NUL characters, whitespace folded: the form the id is computed on."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if ch not in "\u200b\u200c\u200d\u2060\ufeff\x00")
    return " ".join(text.split())


def article_id(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------- decoding

def decode(name: str, data: bytes) -> str:
    """Bytes to text, honestly: UTF-8 (BOM optional) or UTF-16/32 with a BOM; anything else is refused."""
    if len(data) > MAX_FILE_BYTES:
        raise ArticleError(name, f"file is {len(data):,} bytes, over the limit of {MAX_FILE_BYTES:,} "
                                 "(set TIMELINE_MAX_FILE_BYTES to raise it)")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
                       (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise ArticleError(name, f"starts with a {codec.upper()} byte-order mark but is not valid "
                                         f"{codec.upper()} (byte {exc.start})") from None
            break
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            if _looks_binary(data):
                raise ArticleError(name, "binary file, not text (an image or other non-text data?)") from None
            raise ArticleError(name, f"not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at position "
                                     f"{exc.start}; Latin-1 or Windows-1252?): re-save it as UTF-8") from None
    if _looks_binary(text.encode("utf-8", "surrogatepass")):
        raise ArticleError(name, "binary file, not text (too many control characters)")
    return text.replace("\x00", "")


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if sample.count(0) > max(8, len(sample) // 100):
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control / len(sample) > 0.1


# ---------------------------------------------------------------- fields

def parse_published(name: str, value: object, line: int | None = None,
                    today: dt.date | None = None) -> tuple[dt.date, dt.datetime | None]:
    """An ISO date or date-time to (date, datetime or None); refuses words, impossible and future dates."""
    if isinstance(value, dt.datetime):
        stamp: dt.datetime | None = value
    elif isinstance(value, dt.date):
        stamp = None
        day = value
    else:
        raw = str(value or "").strip().strip("'\"")
        if not raw:
            raise ArticleError(name, "no publication date: add 'published: YYYY-MM-DD' "
                                     "(or give one with --published / the date field)", line)
        try:
            if len(raw) == 10:
                stamp, day = None, dt.date.fromisoformat(raw)
            else:
                stamp = dt.datetime.fromisoformat(raw.replace(" ", "T", 1) if "T" not in raw else raw)
        except ValueError:
            raise ArticleError(name, f"publication date {raw!r} is not a valid ISO date "
                                     "(expected YYYY-MM-DD, optionally with a time)", line) from None
    if stamp is not None:
        day = stamp.date()
    today = today or dt.date.today()
    if day > today + dt.timedelta(days=FUTURE_TOLERANCE_DAYS):
        raise ArticleError(name, f"publication date {day.isoformat()} is in the future", line)
    if day.year < 1900:
        raise ArticleError(name, f"publication date {day.isoformat()} is implausibly old", line)
    return day, stamp


def _clean(value: object) -> str:
    text = "" if value is None else str(value)
    return " ".join(text.replace("\x00", "").split())


def make_article(name: str, record: dict, default_published: dt.date | None = None,
                 line: int | None = None) -> Article:
    """A record with text/published (and optional title, source, url) to a checked Article."""
    text = str(record.get("text") or "").replace("\x00", "").strip()
    if not text:
        raise ArticleError(name, "empty article: no text", line)
    if len(text) > MAX_ARTICLE_CHARS:
        raise ArticleError(name, f"article has {len(text):,} characters, over the limit of "
                                 f"{MAX_ARTICLE_CHARS:,} (set TIMELINE_MAX_ARTICLE_CHARS to raise it)", line)
    published = record.get("published")
    if (published is None or str(published).strip() == "") and default_published is not None:
        published = default_published
    day, stamp = parse_published(name, published, line)
    title = _clean(record.get("title")) or _first_line(text)
    origin = f"{name}:{line}" if line is not None else name
    return Article(text=text, published=day, published_at=stamp, title=title[:300],
                   source=_clean(record.get("source"))[:200], url=_clean(record.get("url"))[:2000],
                   origin=origin)


def _first_line(text: str) -> str:
    first = text.strip().splitlines()[0] if text.strip() else ""
    first = first.lstrip("#").strip()
    return first if len(first) <= 120 else first[:117].rstrip() + "..."


# ---------------------------------------------------------------- formats

def split_front_matter(name: str, text: str) -> tuple[dict[str, str], str]:
    """`---` / key: value lines / `---`, then the body. No front matter gives an empty dict."""
    stripped = text.lstrip("\ufeff")
    lines = stripped.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return {}, text
    meta: dict[str, str] = {}
    for number, raw in enumerate(lines[1:], start=2):
        line = raw.strip()
        if line == "---":
            return meta, "".join(lines[number:])
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
    raise ArticleError(name, "malformed front matter: no closing '---' line")


def parse_text_file(name: str, text: str, default_published: dt.date | None = None) -> Article:
    meta, body = split_front_matter(name, text)
    record = dict(meta)
    record["text"] = body
    return make_article(name, record, default_published)


def parse_jsonl(name: str, text: str, default_published: dt.date | None = None) -> LoadResult:
    result = LoadResult()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            result.errors.append(ArticleError(name, f"invalid JSON ({exc.msg} at column {exc.colno})", number))
            continue
        if not isinstance(record, dict):
            result.errors.append(ArticleError(name, "expected a JSON object with 'text' and 'published'", number))
            continue
        try:
            result.articles.append(make_article(name, record, default_published, number))
        except ArticleError as exc:
            result.errors.append(exc)
    if not result.articles and not result.errors:
        result.errors.append(ArticleError(name, "empty file: no articles"))
    return result


def parse_csv(name: str, text: str, default_published: dt.date | None = None) -> LoadResult:
    result = LoadResult()
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        return LoadResult(errors=[ArticleError(name, "empty file: no header row")])
    except csv.Error as exc:
        return LoadResult(errors=[ArticleError(name, f"unreadable CSV ({exc})", 1)])
    columns = [h.strip().lower().lstrip("\ufeff") for h in header]
    if "text" not in columns:
        return LoadResult(errors=[ArticleError(name, f"CSV has no 'text' column (columns: {', '.join(columns)})", 1)])
    if "published" not in columns and default_published is None:
        return LoadResult(errors=[ArticleError(name, "CSV has no 'published' column and no default date was given", 1)])
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            result.errors.append(ArticleError(name, f"unreadable CSV row ({exc})", line))
            break
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
    """Any supported file, given as its name and bytes (an upload or a file read from disk)."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        return LoadResult(errors=[ArticleError(
            name, f"unsupported file type {suffix!r} (use .txt, .md, .jsonl or .csv)")])
    try:
        text = decode(name, data)
        if not text.strip():
            raise ArticleError(name, "empty file" if not text else "empty file: whitespace only")
        if suffix == ".csv":
            return parse_csv(name, text, default_published)
        if suffix in (".jsonl", ".ndjson"):
            return parse_jsonl(name, text, default_published)
        return LoadResult(articles=[parse_text_file(name, text, default_published)])
    except ArticleError as exc:
        return LoadResult(errors=[exc])


def load_file(path: str | os.PathLike, default_published: dt.date | None = None) -> LoadResult:
    path = Path(path)
    name = str(path)
    try:
        if path.is_dir():
            return LoadResult(errors=[ArticleError(name, "is a folder, not a file")])
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return LoadResult(errors=[ArticleError(
                name, f"file is {size:,} bytes, over the limit of {MAX_FILE_BYTES:,} "
                      "(set TIMELINE_MAX_FILE_BYTES to raise it)")])
        data = path.read_bytes()
    except FileNotFoundError:
        return LoadResult(errors=[ArticleError(name, "no such file")])
    except OSError as exc:
        return LoadResult(errors=[ArticleError(name, f"cannot read ({exc.strerror or exc})")])
    return parse_bytes(name, data, default_published)


def expand_paths(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Files as given; a folder stands for its supported files, sorted (README and dotfiles skipped)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.iterdir() if f.is_file() and not f.name.startswith(".")
                              and f.suffix.lower() in SUPPORTED_SUFFIXES - {""}
                              and f.stem.upper() != "README"))
        else:
            out.append(p)
    return out


def load_paths(paths: Iterable[str | os.PathLike], default_published: dt.date | None = None) -> LoadResult:
    result = LoadResult()
    for path in expand_paths(paths):
        result.extend(load_file(path, default_published))
    return result
