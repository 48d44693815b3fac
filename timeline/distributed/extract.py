"""Extraction as a Dask map over partitions of articles, merged across articles exactly as
`timeline.events.extract.extract` merges (`merge_all(unify_names(rows))`), written as the Parquet
dataset of `timeline.io.parquet`.

Three rounds of tasks; between them the driver holds only small things (counts, names, id pairs):

 1. extract, one task per input partition: read it (`inputs.load`), extract each article's rows
    unmerged (`extract_article`, the pipeline loaded once per worker process), save them in scratch
    files by merge key (category, date bucket), write the partition's articles and errors into the
    dataset. It returns its counts per key and the actor names its rows use.
    Driver: `unify_surnames` over all the names: the rename table `unify_names` would make.
 2. pairs, one task per key: the key's rows and its neighbour's (same category, next bucket),
    renamed, through `group_links`: rows of the very same dates that `same_event` joins, as a
    spanning forest (at most one pair per row, so neither the task nor the driver holds the square
    of a dense bucket), and rows whose dates lie inside another's that report its event, with their
    margins and the narrower row's canonical key.
    Driver: the groups of `nest_groups` over those links (ids, margins and keys only).
 3. fold, one task per key: the key's rows that joined nothing, as they are; each component whose
    first row (lowest id) is in the key, folded (`fold`, canonical order); written as one part.

Why this is `merge_all(unify_names(rows))`: renaming uses the same table, made from the same set of
names. Rows of the very same dates start on one day, so they are in one bucket, and the task of that
bucket finds their forest. An "in" link needs overlapping dates of at most LONG_SPAN_DAYS, so the
later start is at most LONG_SPAN_DAYS days after the earlier, and with buckets BUCKET_DAYS =
LONG_SPAN_DAYS + 1 days wide it lies in the earlier row's bucket or the next: the task of the
earlier row's bucket finds it, and only that task. So the driver holds the links `merge_all` finds,
`nest_groups` makes the same groups of them (they depend on the links, not their order), and `fold`
sorts each group into canonical order, so the folded rows are the same whatever order the rows
arrived in. Only the order of the rows differs.

Every task writes files named by its partition or key, each by rename, so a task run again (a worker
killed, Dask retrying it elsewhere) replaces its own files: no duplicates, no gaps. The dataset is
built in a temporary folder beside OUT and renamed into place when complete.
"""
from __future__ import annotations

import bisect
import datetime as dt
import os
import pickle
import re
import shutil
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from timeline import nlp
from timeline.actors import rename_names, unify_surnames
from timeline.distributed.inputs import Loaded, Partition, Plan, load
from timeline.events import extract_article, pipeline
from timeline.events.merge import LONG_SPAN_DAYS, canonical_key, fold, group_links, nest_groups, report_keys
from timeline.io import parquet
from timeline.io.articles import paragraphed
from timeline.io.parquet import BadArticle
from timeline.records import Event, one_line

if TYPE_CHECKING:
    from distributed import Client

BUCKET_DAYS = LONG_SPAN_DAYS + 1
BATCH_SIZE = 8
WORK = "_work"   # scratch folder inside the dataset being built; removed before the manifest

Key = tuple[str, int]   # (category, date bucket)
Progress = Callable[[str, int, int], None]   # (round, tasks done, tasks in the round)


def bucket_of(e: Event) -> int:
    return e.date.toordinal() // BUCKET_DAYS


def key_of(e: Event) -> Key:
    return (e.category, bucket_of(e))


@dataclass(frozen=True)
class Extracted:
    """What one extraction task tells the driver."""

    index: int
    articles: int
    rows: dict[Key, int]          # unmerged rows saved per key
    names: frozenset[str]         # the actor names of those rows
    errors: tuple[BadArticle, ...]


@dataclass
class Result:
    out: Path
    written: bool                 # False when no article could be read: OUT left as it was
    partitions: int = 0
    articles: int = 0
    rows: int = 0                 # rows before merging across articles
    events: int = 0
    errors: list[BadArticle] = field(default_factory=list)
    manifest: dict = field(default_factory=dict)


# ---------------------------------------------------------------- scratch files

def _key_folder(work: Path, key: Key) -> Path:
    category, bucket = key
    slug = re.sub(r"[^A-Za-z0-9_]", "_", category)[:40]
    return work / "rows" / f"{slug}-{zlib.crc32(category.encode('utf-8')):08x}-{bucket}"


def _save(rows: list[Event], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("wb") as handle:
        pickle.dump(rows, handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


def _rows(sources: Iterable[tuple[str, int]]) -> Iterator[tuple[int, Event]]:
    """(id, row) of scratch files given as (path, id of its first row)."""
    for path, first in sources:
        with open(path, "rb") as handle:
            for offset, row in enumerate(pickle.load(handle)):
                yield first + offset, row


# ---------------------------------------------------------------- the tasks

def extract_partition(index: int, partition: Partition, root: str, default_published: dt.date | None) -> Extracted:
    """Round 1: one partition's articles to unmerged rows in scratch files, articles and errors to
    the dataset at `root`."""
    loaded, errors = load(partition, default_published)
    rows = [row for _item, found in _extract_each(loaded, errors) for row in found]
    name = f"p{index:05d}"
    if loaded:
        parquet.write_articles(root, name, [item.article for item in loaded])
    if errors:
        parquet.write_errors(root, name, errors)
    return save_rows(root, index, rows, len(loaded), errors)


def save_rows(root: str, index: int, rows: list[Event], articles: int = 0,
              errors: Iterable[BadArticle] = ()) -> Extracted:
    """Partition `index`'s unmerged rows saved in scratch files by key, for the merge rounds."""
    by_key: dict[Key, list[Event]] = {}
    for row in rows:
        by_key.setdefault(key_of(row), []).append(row)
    for key, part in by_key.items():
        _save(part, _key_folder(Path(root) / WORK, key) / f"p{index:05d}.pkl")
    names = frozenset(a for e in rows for a in e.actors)
    return Extracted(index, articles, {k: len(v) for k, v in by_key.items()}, names, tuple(errors))


def _extract_each(loaded: list[Loaded], errors: list[BadArticle]) -> Iterator[tuple[Loaded, list[Event]]]:
    """Each article's rows; an article whose parsing or extraction fails is an error, not the end."""
    spacy_nlp = pipeline()
    for start in range(0, len(loaded), BATCH_SIZE):
        batch = loaded[start:start + BATCH_SIZE]
        try:
            docs = list(nlp.parse_all(spacy_nlp, (paragraphed(item.article.text) for item in batch), batch_size=BATCH_SIZE))
        except Exception:  # noqa: BLE001 - parse one by one to find the article at fault
            docs = [None] * len(batch)
        for item, doc in zip(batch, docs):
            try:
                yield item, extract_article(item.article, doc)
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the job
                errors.append(BadArticle(item.file, item.record,
                                         f"extraction failed ({type(exc).__name__}: {one_line(exc, 120)})"))


def find_pairs(own: list[tuple[str, int]], neighbour: list[tuple[str, int]],
               rename: dict[str, str]) -> tuple[list[tuple], dict[int, tuple], dict[int, frozenset]]:
    """Round 2: the links (`group_links`, by row id) among the rows of a key (`own`) and of the
    next bucket of its category (`neighbour`), at least one row of each link in the key; the
    canonical key of every narrower row of an "in" link (`nest_groups` breaks ties with it); and the
    articles of every row of a link (`nest_groups` never nests rows of one article together)."""
    ids: list[int] = []
    rows: list[Event] = []
    for i, row in _rows(own):
        ids.append(i)
        rows.append(row)
    if not rows:
        return [], {}, {}
    mine = len(rows)
    for i, row in _rows(neighbour):
        ids.append(i)
        rows.append(row)
    rows = rename_names(rows, rename)
    links: list[tuple] = []
    keys: dict[int, tuple] = {}
    articles: dict[int, frozenset] = {}
    for link in group_links(rows):
        a, b = link[1], link[2]
        if a < mine or b < mine:
            links.append((link[0], ids[a], ids[b]) + tuple(link[3:]))
            if link[0] == "in":
                keys[ids[b]] = canonical_key(rows[b])
            for j in (a, b):
                articles[ids[j]] = report_keys(rows[j])
    return links, keys, articles


def fold_key(root: str, name: str, own: list[tuple[str, int]], others: list[tuple[str, int]],
             groups: list[list[int]], joined: set[int], rename: dict[str, str]) -> tuple[int, int]:
    """Round 3: the key's rows that joined no other row, and each of `groups` (components whose
    lowest id is in the key) folded into one row, written as part `name`. `joined`: the key's ids
    that belong to some component; `others`: scratch files of other keys holding group members.
    (events written, rows they came from)."""
    wanted = {i for g in groups for i in g}
    rows: dict[int, Event] = {}
    alone: list[Event] = []
    for i, row in _rows(own):
        if i in wanted:
            rows[i] = row
        elif i not in joined:
            alone.append(row)
    for i, row in _rows(others):
        if i in wanted:
            rows[i] = row
    missing = wanted - rows.keys()
    if missing:
        raise RuntimeError(f"scratch rows missing for part {name} (ids {sorted(missing)[:5]})")
    alone = rename_names(alone, rename)
    renamed = dict(zip(rows, rename_names(list(rows.values()), rename)))
    events = alone + [fold(renamed[i] for i in group) for group in groups]
    parquet.write_part(root, name, events)
    return len(events), len(alone) + len(wanted)


# ---------------------------------------------------------------- the driver

def run(client: Client, plan: Plan, out: str | os.PathLike, default_published: dt.date | None = None,
        progress: Progress | None = None, **facts) -> Result:
    """Extract the articles of `plan` on the cluster of `client` into the dataset `out` (replaced
    whole when complete; left as it was when no article could be read or the run fails)."""
    out = Path(out)
    tmp = parquet.new_folder(out)
    try:
        result = _run(client, plan, out, tmp, default_published, progress or (lambda *_: None), facts)
        if result.written:
            parquet.replace_folder(tmp, out)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
        return result
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _gather(client: Client, futures: list, label: str, progress: Progress) -> list:
    """The results of `futures` in their order, reporting each one done; the first failure cancels
    the rest and is raised."""
    from distributed import as_completed   # Dask is imported on first use, not by the CLI's other commands
    results = [None] * len(futures)
    position = {f.key: i for i, f in enumerate(futures)}
    progress(label, 0, len(futures))
    try:
        for done, future in enumerate(as_completed(futures), start=1):
            results[position[future.key]] = future.result()
            progress(label, done, len(futures))
    except BaseException:
        client.cancel(futures)
        raise
    return results


def _run(client: Client, plan: Plan, out: Path, tmp: Path, default_published: dt.date | None,
         progress: Progress, facts: dict) -> Result:
    root = str(tmp)
    work = tmp / WORK
    tag = tmp.name.lstrip(".")   # task keys unique to this run, readable on the dashboard
    errors = list(plan.errors)
    result = Result(out, written=False, partitions=len(plan.partitions), errors=errors)
    extracted: list[Extracted] = _gather(client, [
        client.submit(extract_partition, i, p, root, default_published, key=f"extract-{tag}-{i}", pure=False)
        for i, p in enumerate(plan.partitions)], "extract partitions", progress)
    for e in extracted:
        errors.extend(e.errors)
    result.articles = sum(e.articles for e in extracted)
    if not result.articles:
        return result
    result.rows, result.events = merge_saved(client, root, extracted, tag, progress)
    shutil.rmtree(work, ignore_errors=True)
    for stray in tmp.rglob(".*.tmp"):   # files a killed task left half written (never renamed into place)
        stray.unlink(missing_ok=True)
    if plan.errors:
        parquet.write_errors(root, "inputs", plan.errors)
    result.manifest = parquet.finish(root, partitions=len(plan.partitions), rows_unmerged=result.rows,
                                     how="python -m timeline extract --parquet (Dask)", **facts)
    result.written = True
    return result


def merge_saved(client: Client, root: str, extracted: list[Extracted], tag: str,
                progress: Progress = lambda *_: None) -> tuple[int, int]:
    """Rounds 2 and 3: the rows the extraction tasks saved under `root`, merged across articles and
    written as parts of the dataset at `root`. (rows before merging, events written)"""
    work = Path(root) / WORK
    # the global name table of `unify_names`
    rename = unify_surnames(set().union(*(e.names for e in extracted)))
    # ids: the rows of each key, partition after partition, numbered from 0
    keys = sorted({k for e in extracted for k in e.rows})
    sources: dict[Key, list[tuple[str, int]]] = {}
    starts: list[int] = []
    total = 0
    for key in keys:
        starts.append(total)
        folder = _key_folder(work, key)
        for e in extracted:
            if key in e.rows:
                sources.setdefault(key, []).append((str(folder / f"p{e.index:05d}.pkl"), total))
                total += e.rows[key]
    pairs_of_keys = _gather(client, [
        client.submit(find_pairs, sources[key], sources.get((key[0], key[1] + 1), []), rename,
                      key=f"pairs-{tag}-{n}", pure=False)
        for n, key in enumerate(keys)], "compare date buckets", progress)

    keys_of: dict[int, tuple] = {}
    articles_of: dict[int, frozenset] = {}
    for _links, keys_found, articles_found in pairs_of_keys:
        keys_of.update(keys_found)
        articles_of.update(articles_found)
    components = nest_groups((link for links, _keys, _articles in pairs_of_keys for link in links),
                             key=keys_of.__getitem__, articles=articles_of.__getitem__)

    def key_at(i: int) -> int:   # the index in `keys` of the key of row id i
        return bisect.bisect_right(starts, i) - 1

    groups: dict[int, list[list[int]]] = {}
    joined: dict[int, set[int]] = {}
    for members in components:
        groups.setdefault(key_at(members[0]), []).append(members)
        for i in members:
            joined.setdefault(key_at(i), set()).add(i)
    futures = []
    for n, key in enumerate(keys):
        mine = groups.get(n, [])
        other_keys = sorted({key_at(i) for g in mine for i in g} - {n})
        others = [s for k in other_keys for s in sources[keys[k]]]
        futures.append(client.submit(fold_key, root, f"k{n:05d}", sources[key], others, mine, joined.get(n, set()),
                                     rename, key=f"fold-{tag}-{n}", pure=False))
    folded = _gather(client, futures, "merge and write date buckets", progress)
    return total, sum(n for n, _rows in folded)
