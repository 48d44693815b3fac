"""The timeline as a Parquet dataset: the analytic store for corpora past one SQLite file.

A dataset is a folder:

    OUT/timeline-dataset.json           what it is: layout version, counts, when and how it was made
    OUT/events/month=YYYY-MM/*.parquet  one row per event: the CSV's COLUMNS plus derivation, merge_note
                                        and the anchor fields; dates as date32, the actor columns as
                                        lists of names, partitioned (hive style) by the month of `date`
    OUT/provenance/*.parquet            one row per report: event_id, position, then the Source fields
    OUT/articles/*.parquet              one row per article read: id, title, source, published, url,
                                        origin, text (so the rows can be loaded into a store and extracted again)
    OUT/errors/*.parquet                one row per article that could not be used: file, record, reason
    OUT/rollup/{actor,category}.parquet weekly counts of the events per lane (each actor they name,
                                        or their category), category and status, written by `finish`:
                                        what the dashboard draws for a whole dataset without reading
                                        every event

The manifest is written last, so a folder without it is an unfinished run, never read as a
dataset. Parts are named by the caller (`write_part`); writing a part again under the same name
replaces it, so a retried task leaves no duplicate rows. `write_dataset` writes a whole table into
a temporary folder beside OUT and renames it into place: OUT is complete or absent, never half.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from timeline.records import COLUMNS, Article, Event, Source

LAYOUT_VERSION = 1
MANIFEST = "timeline-dataset.json"
EVENTS, PROVENANCE, ERRORS, ARTICLES = "events", "provenance", "errors", "articles"
ROLLUP = "rollup"
# lane -> the SQL expression of an event's lanes: each actor it names, or its category
ROLLUP_LANES = {"actor": "unnest(actors)", "category": "category"}

LIST_COLUMNS = ("actors", "source_actors", "target_actors", "actor_types")
EXTRA_COLUMNS = ("derivation", "merge_note", "anchor_event_id", "anchor_offset", "anchor_unit")
EVENT_COLUMNS = COLUMNS + EXTRA_COLUMNS

_NAMES = pa.list_(pa.string())
_TYPES = {"date": pa.date32(), "date_end": pa.date32(), "published": pa.date32(), "escalation": pa.float64(),
          "sources_count": pa.int64(), "latitude": pa.float64(), "longitude": pa.float64(),
          "geo_precision": pa.int64(), "fatalities": pa.int64(), "injured": pa.int64(), "corrected": pa.bool_(),
          "anchor_offset": pa.int64(), **{c: _NAMES for c in LIST_COLUMNS}}
EVENT_SCHEMA = pa.schema([(c, _TYPES.get(c, pa.string())) for c in EVENT_COLUMNS])
PROVENANCE_SCHEMA = pa.schema([("event_id", pa.string()), ("position", pa.int32()), ("article_id", pa.string()),
                               ("title", pa.string()), ("source", pa.string()), ("published", pa.date32()),
                               ("url", pa.string()), ("sentence", pa.string()), ("date_text", pa.string()),
                               ("date_start", pa.int32()), ("date_end", pa.int32()), ("report_id", pa.string())])
ARTICLE_SCHEMA = pa.schema([("id", pa.string()), ("title", pa.string()), ("source", pa.string()),
                            ("published", pa.date32()), ("url", pa.string()), ("origin", pa.string()),
                            ("text", pa.string())])
ERROR_SCHEMA = pa.schema([("file", pa.string()), ("record", pa.string()), ("reason", pa.string())])
# Inside a month's file events are sorted by category, then date, in row groups of this many rows:
# a category filter (the dashboard's most common with an actor) skips the other categories' row
# groups by their statistics (bench/scale_store_bench.py, 10M events on 2 shared cores: p95 of the
# page's filtered query about 1.1 s in date order with 128k-row groups, under 0.5 s so).
EVENT_ROW_GROUP = 32 * 1024


class DatasetError(Exception):
    """A folder that is not a usable timeline dataset; the message names it and the problem."""


@dataclass(frozen=True)
class BadArticle:
    """An input that gave no events because it could not be used: where it is and why."""

    file: str
    record: str   # the line, row or record number inside the file ("" for a whole file)
    reason: str


def is_dataset(path: str | os.PathLike) -> bool:
    """Whether `path` is a finished timeline Parquet dataset (a folder holding the manifest)."""
    return (Path(path) / MANIFEST).is_file()


def month_of(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def events_table(events: Iterable[Event]) -> pa.Table:
    """Events as an Arrow table of EVENT_SCHEMA (no partition column)."""
    columns: dict[str, list] = {c: [] for c in EVENT_COLUMNS}
    for e in events:
        for c in EVENT_COLUMNS:
            value = getattr(e, c)
            columns[c].append(list(value) if c in LIST_COLUMNS else value)
    return pa.table(columns, schema=EVENT_SCHEMA)


def provenance_table(events: Iterable[Event]) -> pa.Table:
    """One row per source of each event (an event without sources gets one from its own columns)."""
    rows: dict[str, list] = {f.name: [] for f in PROVENANCE_SCHEMA}
    for e in events:
        sources = e.sources or (Source(e.article_id, e.title, e.source, e.published, e.url, e.summary, e.date_text),)
        for position, s in enumerate(sources):
            rows["event_id"].append(e.event_id)
            rows["position"].append(position)
            for name in ("article_id", "title", "source", "published", "url", "sentence", "date_text",
                         "date_start", "date_end", "report_id"):
                rows[name].append(getattr(s, name))
    return pa.table(rows, schema=PROVENANCE_SCHEMA)


def articles_table(articles: Iterable[Article]) -> pa.Table:
    rows: dict[str, list] = {f.name: [] for f in ARTICLE_SCHEMA}
    for a in articles:
        for name in rows:
            rows[name].append(getattr(a, name))
    return pa.table(rows, schema=ARTICLE_SCHEMA)


def errors_table(errors: Iterable[BadArticle]) -> pa.Table:
    errors = list(errors)
    return pa.table({"file": [e.file for e in errors], "record": [e.record for e in errors],
                     "reason": [e.reason for e in errors]}, schema=ERROR_SCHEMA)


def _write(table: pa.Table, path: Path, row_group_size: int | None = None) -> None:
    """One Parquet file, written beside its place and renamed: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp, compression="zstd", row_group_size=row_group_size)
    os.replace(tmp, path)


def write_part(root: str | os.PathLike, name: str, events: list[Event], articles: Iterable[Article] = ()) -> int:
    """Write one part of the events (split by month), their provenance and the articles they came
    from under `root`, each file named `name`; a part written again under the same name replaces
    the old files. Rows written."""
    root = Path(root)
    by_month: dict[str, list[Event]] = {}
    for e in events:
        by_month.setdefault(month_of(e.date), []).append(e)
    for month, rows in sorted(by_month.items()):
        rows.sort(key=lambda e: (e.category, e.date, e.date_end, e.event_id))
        _write(events_table(rows), root / EVENTS / f"month={month}" / f"{name}.parquet", EVENT_ROW_GROUP)
    _write(provenance_table(events), root / PROVENANCE / f"{name}.parquet")
    articles = list(articles)
    if articles:
        _write(articles_table(articles), root / ARTICLES / f"{name}.parquet")
    return len(events)


def write_errors(root: str | os.PathLike, name: str, errors: Iterable[BadArticle]) -> None:
    _write(errors_table(errors), Path(root) / ERRORS / f"{name}.parquet")


def write_articles(root: str | os.PathLike, name: str, articles: Iterable[Article]) -> None:
    """The articles read by one task, apart from any events (a distributed run writes events after
    merging across articles, articles as each partition is read)."""
    _write(articles_table(articles), Path(root) / ARTICLES / f"{name}.parquet")


def write_rollups(root: str | os.PathLike) -> None:
    """The weekly rollups of a dataset's events (see the module's docstring), computed by DuckDB
    over the event files; none for a dataset without events."""
    root = Path(root)
    files = sorted((root / EVENTS).rglob("*.parquet")) if (root / EVENTS).is_dir() else []
    if not files:
        return
    import duckdb   # only here: the rest of the module is pyarrow alone

    (root / ROLLUP).mkdir(parents=True, exist_ok=True)
    pattern = str(root / EVENTS / "**" / "*.parquet").replace("'", "''")
    with duckdb.connect(":memory:") as conn:
        for lane, expr in ROLLUP_LANES.items():
            out = root / ROLLUP / f"{lane}.parquet"
            tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
            conn.execute(
                "COPY (SELECT CAST(date_trunc('week', date) AS DATE) AS week, lane, category, status, "
                "count(*) AS events, max(escalation) AS max_escalation, sum(escalation) AS sum_escalation, "
                "sum(sources_count) AS sources FROM (SELECT date, " + expr + " AS lane, category, status, escalation, "
                f"sources_count FROM read_parquet('{pattern}', hive_partitioning = false)) GROUP BY ALL "
                f"ORDER BY week, lane) TO '{str(tmp).replace(chr(39), chr(39) * 2)}' (FORMAT parquet)")
            os.replace(tmp, out)


def finish(root: str | os.PathLike, **facts) -> dict:
    """Write the rollups, then the manifest (counts read back from the files, plus `facts`): the
    dataset is done."""
    root = Path(root)
    write_rollups(root)
    manifest = {"layout": LAYOUT_VERSION, "written": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                "events": _count(root / EVENTS), "reports": _count(root / PROVENANCE),
                "errors": _count(root / ERRORS), "articles": _count(root / ARTICLES), **facts}
    tmp = root / f".{MANIFEST}.tmp"
    tmp.write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, root / MANIFEST)
    return manifest


def _count(folder: Path) -> int:
    return sum(pq.ParquetFile(f).metadata.num_rows for f in sorted(folder.rglob("*.parquet"))) if folder.is_dir() else 0


def write_dataset(out: str | os.PathLike, events: list[Event], errors: Iterable[BadArticle] = (),
                  articles: Iterable[Article] = (), **facts) -> dict:
    """The whole dataset at `out`, atomically: built in a temporary folder beside it, then renamed.
    An existing dataset at `out` is replaced; any other non-empty folder is refused."""
    out = Path(out)
    tmp = new_folder(out)
    try:
        write_part(tmp, "part-0", events, articles)
        write_errors(tmp, "part-0", errors)
        manifest = finish(tmp, **facts)
        replace_folder(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return manifest


def new_folder(out: str | os.PathLike) -> Path:
    """An empty temporary folder beside `out` to build a dataset in (then `replace_folder`). Refuses
    an `out` that exists and is neither a dataset nor an empty folder."""
    out = Path(out)
    check_replaceable(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))


def check_replaceable(out: str | os.PathLike) -> None:
    """DatasetError unless `out` is absent, an empty folder or a dataset (which a new one may replace)."""
    out = Path(out)
    if out.exists() and not (out.is_dir() and (is_dataset(out) or not any(out.iterdir()))):
        raise DatasetError(f"{out}: exists and is not a timeline dataset; not overwritten")


def replace_folder(new: Path, out: Path) -> None:
    """Put the finished folder `new` at `out`, moving any old one aside first and removing it after."""
    old = None
    if out.exists():
        old = out.with_name(f".{out.name}.old.{os.getpid()}")
        os.replace(out, old)
    os.replace(new, out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def read_events(root: str | os.PathLike, with_sources: bool = True) -> list[Event]:
    """Every event of a dataset (in date order), each with its sources: for `ingest --parquet`,
    tests, and anyone who wants the rows back as records."""
    root = Path(root)
    if not is_dataset(root):
        raise DatasetError(f"{root}: not a timeline dataset (no {MANIFEST}: not one, or its run did not finish)")
    files = sorted((root / EVENTS).rglob("*.parquet"))
    table = pa.concat_tables([pq.read_table(f, schema=EVENT_SCHEMA) for f in files]) if files else \
        EVENT_SCHEMA.empty_table()
    sources: dict[str, list[tuple[int, Source]]] = {}
    if with_sources:
        for f in sorted((root / PROVENANCE).rglob("*.parquet")):
            for r in pq.read_table(f, schema=PROVENANCE_SCHEMA).to_pylist():
                sources.setdefault(r["event_id"], []).append((r["position"], Source(
                    r["article_id"], r["title"], r["source"], r["published"], r["url"], r["sentence"],
                    r["date_text"], r["date_start"], r["date_end"], r["report_id"])))
    events = []
    for r in table.to_pylist():
        for c in LIST_COLUMNS:
            r[c] = tuple(r[c] or ())
        own = tuple(s for _p, s in sorted(sources.get(r["event_id"], []), key=lambda ps: ps[0]))
        events.append(Event(**r, sources=own))
    events.sort(key=lambda e: (e.date, e.date_end, e.event_id))
    return events


def read_articles(root: str | os.PathLike) -> list[Article]:
    files = sorted((Path(root) / ARTICLES).rglob("*.parquet"))
    return [Article(**r) for f in files for r in pq.read_table(f, schema=ARTICLE_SCHEMA).to_pylist()]


def read_errors(root: str | os.PathLike) -> list[BadArticle]:
    files = sorted((Path(root) / ERRORS).rglob("*.parquet"))
    return [BadArticle(**r) for f in files for r in pq.read_table(f, schema=ERROR_SCHEMA).to_pylist()]
