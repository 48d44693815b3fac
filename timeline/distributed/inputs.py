"""The articles of a distributed run, as partitions read lazily.

A `Partition` is a small recipe, planned on the driver without reading any article: a group of
small files, a block of lines of a large JSONL file (a byte range that starts and ends at line
breaks), or some row groups of a Parquet file. A worker turns it into articles with the parsers of
`timeline.io.articles`, so an article reads the same whichever way it is run; only the one partition
is ever in memory. Every problem becomes a `BadArticle` (file, record, reason), never an exception.

A large JSONL or Parquet file is read by block and row group, so TIMELINE_MAX_FILE_BYTES, the limit
of a file read whole, does not apply to it (the per-article limit still does).
"""
from __future__ import annotations

import datetime as dt
import glob
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pyarrow.parquet as pq

from timeline.io import articles as art
from timeline.io.parquet import BadArticle
from timeline.records import Article, one_line

# About 300 articles of 3 kB: half a minute of one core's extraction, so progress moves and a
# retried partition costs little.
DEFAULT_PARTITION_BYTES = 1_000_000
JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_SUFFIX = ".parquet"
INPUT_SUFFIXES = frozenset(art.SUPPORTED_SUFFIXES | {PARQUET_SUFFIX})
_READ_CHUNK = 1 << 20
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")   # UTF-16/32: not split at b"\n"


@dataclass(frozen=True)
class Partition:
    """What one task reads. kind "files": `files`, each read whole; "jsonl": the lines of files[0]
    from byte `start` up to byte `stop`, the first being line `first`; "parquet": the row groups
    `groups` of files[0], whose first row is row `first` of the file (counting from 1)."""

    kind: str
    files: tuple[str, ...]
    start: int = 0
    stop: int = 0
    first: int = 1
    groups: tuple[int, ...] = ()
    size: int = 0   # bytes (Parquet: uncompressed), for planning and reports


@dataclass
class Plan:
    partitions: list[Partition] = field(default_factory=list)
    errors: list[BadArticle] = field(default_factory=list)   # inputs that give no partition at all
    files: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return sum(p.size for p in self.partitions)


@dataclass(frozen=True)
class Loaded:
    """One article of a partition and where it came from (for the errors table)."""

    article: Article
    file: str
    record: str


def bad(err: art.ArticleError) -> BadArticle:
    return BadArticle(art.display_name(err.name), "" if err.line is None else str(err.line), err.problem)


def expand(paths: Iterable[str | os.PathLike]) -> tuple[list[Path], list[BadArticle]]:
    """Files as given, folders as their article files (.parquet included), globs ("data/*.jsonl",
    "data/**/*.parquet") as the paths they match; an error for a pattern matching nothing."""
    named: list[str] = []
    errors: list[BadArticle] = []
    for p in map(str, paths):
        if glob.has_magic(p) and not Path(p).exists():
            matches = sorted(glob.glob(p, recursive=True))
            if not matches:
                errors.append(BadArticle(art.display_name(p), "", "no file matches this pattern"))
            named += matches
        else:
            named.append(p)
    files, folder_errors = art.find_files(named, suffixes=INPUT_SUFFIXES)
    return files, errors + [bad(e) for e in folder_errors]


def plan(paths: Iterable[str | os.PathLike], partition_bytes: int = DEFAULT_PARTITION_BYTES) -> Plan:
    """The partitions of the inputs: small files grouped up to `partition_bytes`, a JSONL file larger
    than that cut into blocks of lines of about that size, a Parquet file cut by row groups."""
    files, errors = expand(paths)
    out = Plan(errors=errors, files=[str(f) for f in files])
    group: list[str] = []
    group_size = 0
    for path in files:
        try:
            size = path.stat().st_size if path.is_file() else 0
        except OSError:
            size = 0   # the reader says what is wrong with it
        suffix = path.suffix.lower()
        if suffix == PARQUET_SUFFIX and path.is_file():
            out.partitions += _parquet_partitions(path, partition_bytes, out.errors)
            continue
        if suffix in JSONL_SUFFIXES and size > partition_bytes and not _wide(path):
            out.partitions += _jsonl_partitions(path, size, partition_bytes, out.errors)
            continue
        group.append(str(path))
        group_size += size
        if group_size >= partition_bytes:
            out.partitions.append(Partition("files", tuple(group), size=group_size))
            group, group_size = [], 0
    if group:
        out.partitions.append(Partition("files", tuple(group), size=group_size))
    return out


def _wide(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4).startswith(_WIDE_BOMS)
    except OSError:
        return False


def _jsonl_partitions(path: Path, size: int, target: int, errors: list[BadArticle]) -> list[Partition]:
    """Blocks of whole lines of about `target` bytes, each with the number of its first line: one
    streaming pass over the file counting line breaks (the file is never held in memory)."""
    bounds = [(0, 1)]   # (byte where a block starts, number of the line starting there)
    try:
        with path.open("rb") as handle:
            pos, line, cut = 0, 1, target
            while True:
                chunk = handle.read(_READ_CHUNK)
                if not chunk:
                    break
                offset = 0
                while pos + len(chunk) > cut:
                    brk = chunk.find(b"\n", max(cut - pos, offset))
                    if brk < 0:
                        break
                    line += chunk.count(b"\n", offset, brk + 1)
                    offset = brk + 1
                    bounds.append((pos + offset, line))
                    cut = pos + offset + target
                line += chunk.count(b"\n", offset)
                pos += len(chunk)
    except OSError as exc:
        errors.append(BadArticle(art.display_name(str(path)), "", f"cannot read ({exc.strerror or exc})"))
        return []
    if len(bounds) > 1 and bounds[-1][0] >= size:
        bounds.pop()
    ends = [b for b, _line in bounds[1:]] + [size]
    return [Partition("jsonl", (str(path),), start=start, stop=stop, first=first, size=stop - start)
            for (start, first), stop in zip(bounds, ends)]


def _parquet_partitions(path: Path, target: int, errors: list[BadArticle]) -> list[Partition]:
    name = art.display_name(str(path))
    try:
        meta = pq.ParquetFile(path).metadata
        columns = set(meta.schema.names)
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several kinds for a file that is not Parquet
        errors.append(BadArticle(name, "", f"not a readable Parquet file ({one_line(exc, 120)})"))
        return []
    if "text" not in columns:
        shown = ", ".join(sorted(columns)[:10])
        errors.append(BadArticle(name, "", f"Parquet file has no 'text' column (columns: {shown})"))
        return []
    out: list[Partition] = []
    groups: list[int] = []
    size = rows = 0
    first = 1
    for g in range(meta.num_row_groups):
        group = meta.row_group(g)
        if group.num_rows == 0:
            continue
        if not groups:
            first = rows + 1
        groups.append(g)
        size += group.total_byte_size
        rows += group.num_rows
        if size >= target:
            out.append(Partition("parquet", (str(path),), first=first, groups=tuple(groups), size=size))
            groups, size = [], 0
    if groups:
        out.append(Partition("parquet", (str(path),), first=first, groups=tuple(groups), size=size))
    if not out:
        errors.append(BadArticle(name, "", "empty file: no articles"))
    return out


def load(partition: Partition, default_published: dt.date | None = None) -> tuple[list[Loaded], list[BadArticle]]:
    """The articles of one partition and one error per file or record that gave none."""
    if partition.kind == "files":
        loaded: list[Loaded] = []
        errors: list[BadArticle] = []
        for f in partition.files:
            result = art.load_file(f, default_published)
            loaded += [_loaded(a) for a in result.articles]
            errors += [bad(e) for e in result.errors]
        return loaded, errors
    if partition.kind == "jsonl":
        return _load_jsonl(partition, default_published)
    if partition.kind == "parquet":
        return _load_parquet(partition, default_published)
    raise ValueError(f"unknown partition kind {partition.kind!r}")


def _loaded(a: Article) -> Loaded:
    """An article with its file and record split out of its origin ("file:line" or "file")."""
    head, sep, tail = a.origin.rpartition(":")
    if sep and tail.isdigit():
        return Loaded(a, head, tail)
    return Loaded(a, a.origin, "")


def _load_jsonl(p: Partition, default_published: dt.date | None) -> tuple[list[Loaded], list[BadArticle]]:
    name = p.files[0]
    shown = art.display_name(name)
    try:
        with open(name, "rb") as handle:
            handle.seek(p.start)
            data = handle.read(p.stop - p.start)
        text = art.decode(name, data) if p.start == 0 else art.decode(name, data.removeprefix(b"\xef\xbb\xbf"))
    except art.ArticleError as exc:
        return [], [BadArticle(shown, str(p.first), f"in the block of lines from here: {exc.problem}")]
    except OSError as exc:
        return [], [BadArticle(shown, str(p.first), f"cannot read ({exc.strerror or exc})")]
    result = art.parse_jsonl(name, text, default_published, first_line=p.first)
    return [_loaded(a) for a in result.articles], [bad(e) for e in result.errors]


def _load_parquet(p: Partition, default_published: dt.date | None) -> tuple[list[Loaded], list[BadArticle]]:
    name = p.files[0]
    shown = art.display_name(name)
    try:
        handle = pq.ParquetFile(name)
        columns = [c for c in art.FIELDS if c in handle.schema_arrow.names]
        records = handle.read_row_groups(list(p.groups), columns=columns).to_pylist()
    except Exception as exc:  # noqa: BLE001 - a damaged file is a bad input, not a crash
        return [], [BadArticle(shown, str(p.first), f"cannot read these rows ({one_line(exc, 120)})")]
    loaded: list[Loaded] = []
    errors: list[BadArticle] = []
    for row, record in enumerate(records, start=p.first):
        try:
            loaded.append(Loaded(art.make_article(name, record, default_published, row), shown, str(row)))
        except art.ArticleError as exc:
            errors.append(BadArticle(shown, str(row), exc.problem))
    return loaded, errors
