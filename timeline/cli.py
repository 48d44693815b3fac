"""Command line: `python -m timeline SUBCOMMAND ...`.

Each subcommand is a small function that parses nothing itself: argparse hands it the
arguments, it calls the library and prints. Bad input is reported one line per file on
stderr and gives exit status 1; it never prints a traceback.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import sqlite3
import sys

from timeline import store as st
from timeline import timex
from timeline.distributed import extract as dextract
from timeline.distributed import inputs as dinputs
from timeline.distributed import run as drun
from timeline.events import extract
from timeline.io import articles as art
from timeline.io import export, parquet, publish
from timeline.records import COLUMNS, Filters, one_line, printable
from timeline.table.facets import actor_counts, match_names

STDIN = "<stdin>"   # how standard input is named in messages


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in the form YYYY-MM-DD") from None


# Characters line-based readers split on (Python's str.splitlines, JavaScript) that json.dumps leaves
# raw with ensure_ascii=False; they can only stand inside a string there, where an escape means the same.
_JSON_LINE_BREAKS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


def json_line(row: dict) -> str:
    """One JSON object on one line, whatever line separators its strings hold."""
    text = json.dumps(row, ensure_ascii=False)
    for char, escaped in _JSON_LINE_BREAKS.items():
        if char in text:
            text = text.replace(char, escaped)
    return text


def report_errors(errors: list[art.ArticleError]) -> None:
    for err in errors:
        print(f"error: {err}", file=sys.stderr)


def write_outputs(args: argparse.Namespace, rows: list, announce: bool = False) -> bool:
    """Write rows to --csv (and --json, --timelinejs, --acled when given): '-' is stdout, files are
    written atomically. False (after a one-line error) when a file cannot be written."""
    outputs = [(args.csv, export.to_csv)] + ([(args.json, export.to_json)] if args.json else [])
    if getattr(args, "timelinejs", None):
        outputs.append((args.timelinejs, lambda events: publish.to_timelinejs(events, args.group_by)))
    if getattr(args, "acled", None):
        def acled(events: list) -> str:
            result = publish.to_acled(events)
            print(f"{args.acled}: {result.summary()}", file=sys.stderr)
            return result.text
        outputs.append((args.acled, acled))
    for out, render in outputs:
        if not out:
            continue
        text = render(rows)
        if out == "-":
            sys.stdout.write(text)
            continue
        try:
            export.write_atomic(out, text)
        except OSError as exc:
            print(f"error: {printable(out)}: cannot write ({exc.strerror or exc})", file=sys.stderr)
            return False
        if announce and out != getattr(args, "acled", None):   # the ACLED summary has said its count
            print(f"{len(rows)} event(s) written to {printable(out)}", file=sys.stderr)
    return True


def cmd_check(args: argparse.Namespace) -> int:
    """Load articles and report each one's title, publication date and length."""
    result = art.load_paths(args.files, args.published)
    for a in result.articles:
        print(f"{a.origin}\t{a.published.isoformat()}\t{len(a.text.split())} words\t{a.title}")
    report_errors(result.errors)
    print(f"{len(result.articles)} article(s) loaded, {len(result.errors)} error(s)", file=sys.stderr)
    return 1 if result.errors else 0


def cmd_ingest(args: argparse.Namespace) -> int:
    """Load article files and add them to the store, one progress line per file (after its commits)."""
    if args.parquet is not None:
        if args.files:
            print("error: give article files or --parquet DIR, not both", file=sys.stderr)
            return 1
        return ingest_parquet(args)
    if not args.files:
        print("error: no article files given (or load a Parquet dataset with --parquet DIR)", file=sys.stderr)
        return 1
    paths, folder_errors = art.find_files(args.files)
    report_errors(folder_errors)  # a folder with no article files is an error, as for check
    if not paths:
        if not folder_errors:
            print("error: no article files found in " + ", ".join(printable(str(f)) for f in args.files),
                  file=sys.stderr)
        return 1
    store = _writable_store(args.db)
    if store is None:
        return 1
    loaded = [(printable(str(path)), art.load_file(path, args.published)) for path in paths]
    bad = len(folder_errors) + sum(len(result.errors) for _, result in loaded)
    totals = {"added": 0, "duplicate": 0, "failed": 0, "events_added": 0, "events_merged": 0}
    outcomes = store.ingest_iter([a for _, result in loaded for a in result.articles])
    with store:
        for number, (path, result) in enumerate(loaded, start=1):
            report_errors(result.errors)
            counts = dict.fromkeys(totals, 0)
            for _ in result.articles:
                try:
                    outcome = next(outcomes)
                except sqlite3.Error as exc:  # locked beyond the busy timeout, disk full, ...
                    print(f"error: {path}: not stored ({exc}); the store keeps the articles committed before",
                          file=sys.stderr)
                    return 1
                counts[outcome.status] += 1
                counts["events_added"] += outcome.events_added
                counts["events_merged"] += outcome.events_merged
                if outcome.status == "failed":
                    print(f"error: {outcome.article.origin or path}: {printable(outcome.problem)}", file=sys.stderr)
            for key in totals:
                totals[key] += counts[key]
            print(f"[{number}/{len(loaded)}] {path}: {counts['added']} added, {counts['duplicate']} duplicate(s), "
                  f"{counts['events_added']} new event(s), {counts['events_merged']} merged"
                  + (f", {len(result.errors) + counts['failed']} error(s)" if result.errors or counts["failed"] else ""),
                  flush=True)
        bad += totals["failed"]
        print(f"{totals['added']} article(s) added, {totals['duplicate']} duplicate(s), {bad} error(s); "
              f"{totals['events_added']} new event(s), {totals['events_merged']} merged into existing ones; "
              f"{printable(str(store.path))} now holds {store.article_count()} article(s), "
              f"{store.event_count()} event(s)",
              file=sys.stderr)
    return 1 if bad else 0


def _writable_store(db: str | None) -> st.Store | None:
    """The store to write into (created when absent), or None after saying on stderr why it cannot be."""
    try:
        return st.Store(db)
    except st.StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None


def ingest_parquet(args: argparse.Namespace) -> int:
    """Load a Parquet dataset (its articles with their text, its events with their sources) into the
    store in one transaction: all of it, or nothing when anything goes wrong."""
    where = printable(str(args.parquet))
    try:
        events = parquet.read_events(args.parquet)
        articles = parquet.read_articles(args.parquet)
    except parquet.DatasetError as exc:
        print(f"error: {printable(str(exc))}", file=sys.stderr)
        return 1
    except (OSError, ValueError) as exc:   # a damaged or foreign Parquet file
        print(f"error: {where}: cannot read the dataset ({printable(one_line(exc))})", file=sys.stderr)
        return 1
    store = _writable_store(args.db)
    if store is None:
        return 1
    with store:
        try:
            report = store.load_extracted(articles, events)
        except ValueError as exc:
            print(f"error: {where}: {printable(one_line(exc))}; nothing was loaded", file=sys.stderr)
            return 1
        except sqlite3.Error as exc:
            print(f"error: {printable(str(store.path))}: not stored ({printable(one_line(exc))}); the store was "
                  "left as it was", file=sys.stderr)
            return 1
        print(f"{where}: {len(report.added)} article(s) added, {len(report.duplicates)} duplicate(s); "
              f"{report.events_added} new event(s), {report.events_merged} merged into existing ones; "
              f"{printable(str(store.path))} now holds {store.article_count()} article(s), "
              f"{store.event_count()} event(s)", file=sys.stderr)
    return 0


def known_values(store: st.Store | st.DatasetStore, args: argparse.Namespace) -> tuple[dict[str, tuple[str, ...]], list[str]]:
    """--actor and --category as the store spells them (matched whatever their case and accents),
    and one problem line per value the store does not know, naming the closest known values."""
    chosen: dict[str, tuple[str, ...]] = {}
    problems: list[str] = []
    for name, what, values, known in (
            ("actors", "actor", args.actor, lambda: [a for a, _n in store.actor_counts()]),
            ("categories", "category", args.category, store.categories)):
        if not values:
            chosen[name] = ()
            continue
        chosen[name], unknown = match_names(values, known())
        problems += [f"--{what} {u.sentence(what)}" for u in unknown]
    return chosen, problems


def cmd_export(args: argparse.Namespace) -> int:
    """Write the (filtered) timeline from the store (or a Parquet dataset) as CSV, and optionally JSON."""
    if args.date_from and args.date_to and args.date_from > args.date_to:
        print(f"error: --from {args.date_from} is after --to {args.date_to}", file=sys.stderr)
        return 1
    if not (args.csv or args.json or args.timelinejs or args.acled):
        print("error: nothing to write: give --csv, --json, --timelinejs or --acled", file=sys.stderr)
        return 1
    path = st.default_path() if args.db is None else args.db
    try:
        with st.open_store(path, create=False) as store:   # a store file, or a Parquet dataset folder
            chosen, problems = known_values(store, args)
            if problems:   # an unknown name would write an empty or wrong table: nothing is written
                for line in problems:
                    print(f"error: {line}", file=sys.stderr)
                return 1
            filters = Filters(actors=chosen["actors"], actor_mode="all" if args.all_actors else "any",
                              date_from=args.date_from, date_to=args.date_to, categories=chosen["categories"])
            if isinstance(store, st.DatasetStore) and not (args.json or args.timelinejs or args.acled):
                # CSV only, from a dataset: the frame (read column by column) gives the same bytes as
                # the events, many times faster for a large selection
                events = store.query_frame(filters)[list(COLUMNS)]
            else:
                events = store.query(filters, with_sources=bool(args.json or args.timelinejs or args.acled))
    except st.StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except sqlite3.DatabaseError as exc:  # pages damaged behind a valid header: text that is not UTF-8, ...
        print(f"error: {printable(str(path))}: cannot read the store ({printable(one_line(exc))}); the file "
              "may be damaged (nothing was written)", file=sys.stderr)
        return 1
    return 0 if write_outputs(args, events, announce=True) else 1


def cmd_reextract(args: argparse.Namespace) -> int:
    """Extract the stored articles' events again with this version's rules; corrections are kept."""
    try:
        with st.Store(args.db, create=False) as store:
            before = store.event_count()
            rows = store.reextract(lambda done, total: print(f"[{done}/{total}] extracted", file=sys.stderr, flush=True)
                                   if done == total or done % 50 == 0 else None)
            kept = [c for c in store.corrections(include_undone=False) if c.kind != "follow"]
            waiting = sum(1 for c in kept if not c.applied)
    except st.StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{printable(str(store.path))}: {before} event(s) before, {rows} now; {len(kept)} correction(s) applied again"
          + (f", {waiting} waiting (their sentence is no longer an event)" if waiting else ""), file=sys.stderr)
    return 0


def read_stdin(default_published: dt.date | None, date_option: str) -> art.LoadResult:
    """Standard input as one article file (front matter optional), its errors naming <stdin> and
    the option of this command that gives the date."""
    result = art.parse_bytes("stdin.txt", sys.stdin.buffer.read(), default_published)
    errors = []
    for err in result.errors:
        problem = err.problem
        if problem.startswith("no publication date"):
            problem = f"no publication date: give {date_option} YYYY-MM-DD (or a 'published: YYYY-MM-DD' front matter line)"
        errors.append(art.ArticleError(STDIN, problem, err.line))
    articles = [dataclasses.replace(a, origin=STDIN) for a in result.articles]
    return art.LoadResult(articles=articles, errors=errors)


def cmd_tag(args: argparse.Namespace) -> int:
    """Print every time expression of an article (file or stdin) as one JSON object per line."""
    name = STDIN if args.file == "-" else printable(args.file)
    if args.file == "-":
        result = read_stdin(args.dct, "--dct")
    else:
        result = art.load_file(args.file, args.dct)
    for err in result.errors:
        problem = err.problem
        if problem.startswith("no publication date") and args.file != "-":
            problem = "no publication date: give --dct YYYY-MM-DD (or a 'published: YYYY-MM-DD' front matter line)"
        print(f"error: {art.ArticleError(err.name, problem, err.line)}", file=sys.stderr)
    if not result.articles and not result.errors:
        print(f"error: {name}: no article found", file=sys.stderr)
        return 1
    many = len(result.articles) > 1
    for article in result.articles:
        if args.dct is not None and article.published != args.dct:
            # an explicit --dct wins over the file's own date (said, so the difference is not missed)
            print(f"note: {article.origin or name}: dated {args.dct.isoformat()} (--dct) instead of its "
                  f"published {article.published.isoformat()}", file=sys.stderr)
            article = dataclasses.replace(article, published=args.dct, published_at=None)
        for t in timex.tag(article.text, article.published):
            row = t.to_dict()
            row["dct"] = article.published.isoformat()
            if many:
                row["article"] = article.origin
            print(json_line(row))
    return 1 if result.errors else 0


def cmd_extract(args: argparse.Namespace) -> int:
    """Articles to the timeline table (CSV, optionally JSON), without a store; one summary line.
    '-' among the files is standard input, read as one article. With --parquet: `extract_parquet`."""
    if args.parquet is not None:
        return extract_parquet(args)
    if args.csv is None:
        print("error: nothing to write: give --csv OUT.csv (or --parquet OUT_DIR)", file=sys.stderr)
        return 1
    if args.scheduler or args.partition_bytes is not None:
        print(f"error: {'--scheduler' if args.scheduler else '--partition-bytes'} goes with --parquet",
              file=sys.stderr)
        return 1
    files = [f for f in args.files if f != "-"]
    result = art.load_paths(files, args.published) if files else art.LoadResult()
    if len(files) < len(args.files):
        piped = read_stdin(args.published, "--published")
        result = art.LoadResult(articles=result.articles + piped.articles, errors=result.errors + piped.errors)
    report_errors(result.errors)
    if not result.articles:
        # Nothing to write: an existing OUT.csv from an earlier run is left as it was.
        print(f"error: no article could be loaded; {printable(args.csv)} not written", file=sys.stderr)
        return 1
    table = extract(result.articles, workers=args.workers or 1)
    if not write_outputs(args, table):
        return 1
    print(f"{len(result.articles)} article(s), {len(table)} event(s), "
          f"{len(actor_counts(table))} actor(s)" + (f"; {len(result.errors)} file error(s)" if result.errors else ""),
          file=sys.stderr if args.csv == "-" else sys.stdout)
    return 1 if result.errors or not result.articles else 0


MAX_ERRORS_SHOWN = 20


def extract_parquet(args: argparse.Namespace) -> int:
    """Articles to a Parquet dataset by a Dask map over partitions of them, on a LocalCluster of
    --workers processes or the cluster at --scheduler; progress on stderr, one summary line."""
    if args.csv or args.json:
        print(f"error: {'--csv' if args.csv else '--json'} cannot go with --parquet: one output per run",
              file=sys.stderr)
        return 1
    if args.scheduler and args.workers is not None:
        print("error: give --scheduler ADDRESS or --workers N, not both", file=sys.stderr)
        return 1
    if "-" in args.files:
        print("error: standard input ('-') cannot be read by a distributed run; give files", file=sys.stderr)
        return 1
    workers = args.workers if args.workers is not None else (os.cpu_count() or 1)
    size = args.partition_bytes if args.partition_bytes is not None else dinputs.DEFAULT_PARTITION_BYTES
    if workers < 1 or size < 1:
        print(f"error: {'--workers' if workers < 1 else '--partition-bytes'} must be 1 or more", file=sys.stderr)
        return 1
    out = args.parquet
    try:
        parquet.check_replaceable(out)   # before any cluster starts
    except parquet.DatasetError as exc:
        print(f"error: {printable(str(exc))}", file=sys.stderr)
        return 1
    plan = dinputs.plan(args.files, size)
    if not plan.partitions:
        for e in plan.errors:
            print(f"error: {_bad_line(e)}", file=sys.stderr)
        print(f"error: no article could be loaded; {printable(out)} not written", file=sys.stderr)
        return 1
    where = f"the cluster at {args.scheduler}" if args.scheduler else f"{workers} local worker process(es)"
    print(f"{len(plan.files)} file(s), {plan.size:,} bytes in {len(plan.partitions)} partition(s), "
          f"on {where}", file=sys.stderr)
    try:
        with drun.connect(args.scheduler, workers) as client:
            link = drun.dashboard_link(client)
            if link:
                print(f"Dask dashboard: {link}", file=sys.stderr)
            result = dextract.run(client, plan, out, args.published, progress=drun.ProgressBar(),
                                  inputs=[printable(str(f)) for f in args.files], workers=len(client.nthreads()))
    except (parquet.DatasetError, drun.Unreachable) as exc:
        print(f"error: {printable(str(exc))}; {printable(out)} not written", file=sys.stderr)
        return 1
    except OSError as exc:   # the output folder cannot be written, a worker cannot read an input, ...
        print(f"error: cannot complete the run ({printable(one_line(exc))}); {printable(out)} not written",
              file=sys.stderr)
        return 1
    for e in result.errors[:MAX_ERRORS_SHOWN]:
        print(f"error: {_bad_line(e)}", file=sys.stderr)
    if len(result.errors) > MAX_ERRORS_SHOWN:
        print(f"error: ... and {len(result.errors) - MAX_ERRORS_SHOWN} more (all in {printable(out)}/errors)",
              file=sys.stderr)
    if not result.written:
        print(f"error: no article could be loaded; {printable(out)} not written", file=sys.stderr)
        return 1
    print(f"{result.articles} article(s), {result.events} event(s) (from {result.rows} report(s)) in "
          f"{result.partitions} partition(s); {len(result.errors)} error(s); written to {printable(out)}")
    return 1 if result.errors else 0


def _bad_line(e: parquet.BadArticle) -> str:
    where = e.file + (f", {'row' if e.file.lower().endswith('.parquet') else 'line'} {e.record}" if e.record else "")
    return printable(f"{where}: {e.reason}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m timeline",
        description="Turn news articles into a dated, filterable escalation timeline.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("check", help="load articles and report title, date and length (or the error)")
    p.add_argument("files", nargs="+", help="article files (.txt, .md, .jsonl, .csv) or folders")
    p.add_argument("--published", type=_iso_date, help="publication date for files without front matter")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("ingest", help="add articles (and their events) to the store; duplicates change nothing")
    p.add_argument("files", nargs="*", help="article files (.txt, .md, .jsonl, .csv) or folders")
    p.add_argument("--parquet", metavar="DIR", help="instead of files: load a Parquet dataset (articles, "
                   "events and their sources, as extracted) into the store, in one transaction")
    p.add_argument("--db", help="store file (default: $TIMELINE_DB or timeline_data/timeline.db)")
    p.add_argument("--published", type=_iso_date, help="publication date for files without front matter")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("export", help="write the stored timeline (filtered) as CSV, JSON, TimelineJS or ACLED")
    p.add_argument("--csv", metavar="OUT.csv", help="CSV file to write ('-' for stdout)")
    p.add_argument("--json", metavar="OUT.json", help="also write JSON (rows plus their sources)")
    p.add_argument("--timelinejs", metavar="OUT.json", help="also write a TimelineJS 3 JSON document")
    p.add_argument("--group-by", choices=publish.GROUP_BY, default="category",
                   help="TimelineJS groups: the event's category (default) or its first actor")
    p.add_argument("--acled", metavar="OUT.csv",
                   help="also write ACLED's column layout (what ACLED cannot express is left out and counted)")
    p.add_argument("--db", help="store file or Parquet dataset folder (default: $TIMELINE_DB or "
                   "timeline_data/timeline.db)")
    p.add_argument("--actor", action="extend", nargs="+", metavar="NAME",
                   help="keep events naming any of these actors (repeatable; any case)")
    p.add_argument("--all-actors", action="store_true", help="with several --actor: events naming all of them")
    p.add_argument("--from", dest="date_from", type=_iso_date, metavar="DATE", help="events ending on or after DATE")
    p.add_argument("--to", dest="date_to", type=_iso_date, metavar="DATE", help="events starting on or before DATE")
    p.add_argument("--category", action="extend", nargs="+", metavar="C", help="keep these categories (repeatable; any case)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("reextract", help="extract the stored articles' events again (analysts' corrections are kept)")
    p.add_argument("--db", help="store file (default: $TIMELINE_DB or timeline_data/timeline.db)")
    p.set_defaults(func=cmd_reextract)

    p = sub.add_parser("extract", help="turn articles into the timeline table (CSV, optionally JSON) without a store, "
                                       "or into a Parquet dataset on a Dask cluster")
    p.add_argument("files", nargs="+", help="article files (.txt, .md, .jsonl, .csv; with --parquet also .parquet), "
                                            "folders, globs, or '-' for stdin")
    p.add_argument("--csv", metavar="OUT.csv", help="CSV file to write ('-' for stdout); required unless --parquet")
    p.add_argument("--json", metavar="OUT.json", help="also write JSON (rows plus their sources)")
    p.add_argument("--parquet", metavar="OUT_DIR",
                   help="write a Parquet dataset instead, extracting as a Dask map over partitions of the articles")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --parquet: run on the Dask cluster at ADDRESS (tcp://host:8786) instead of a local one")
    p.add_argument("--partition-bytes", type=int, metavar="N",
                   help=f"with --parquet: about N bytes of articles per task (default {dinputs.DEFAULT_PARTITION_BYTES:,})")
    p.add_argument("--published", type=_iso_date, help="publication date for files without front matter")
    p.add_argument("--workers", type=int, metavar="K",
                   help="extract in K processes (default 1); with --parquet, K local Dask workers (default: one per CPU)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("tag", help="print the time expressions of an article, one JSON object per line")
    p.add_argument("file", nargs="?", default="-", help="article file (.txt, .md, .jsonl, .csv) or '-' for stdin")
    p.add_argument("--dct", type=_iso_date, metavar="YYYY-MM-DD",
                   help="publication date; wins over the file's own (a note on stderr says so)")
    p.set_defaults(func=cmd_tag)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except st.StoreError as exc:  # a bad setting or store file met where no command expected it
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except sqlite3.DatabaseError as exc:
        store = printable(str(getattr(args, "db", None) or st.default_path()))
        print(f"error: {store}: cannot use the store ({printable(one_line(exc))}); the file may be damaged",
              file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - a bug must still be one line, never a traceback
        print(f"error: unexpected problem in '{args.command}' ({type(exc).__name__}: "
              f"{printable(one_line(exc))}); please report it", file=sys.stderr)
        return 2
