"""Command line: `python -m timeline SUBCOMMAND ...`.

Each subcommand is a small function that parses nothing itself: argparse hands it the
arguments, it calls the library and prints. Bad input is reported one line per file on
stderr and gives exit status 1; it never prints a traceback.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys

from timeline import articles as art


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def report_errors(errors: list[art.ArticleError]) -> None:
    for err in errors:
        print(f"error: {err}", file=sys.stderr)


def cmd_check(args: argparse.Namespace) -> int:
    """Load articles and report each one's title, publication date and length."""
    result = art.load_paths(args.files, args.published)
    for a in result.articles:
        print(f"{a.origin}\t{a.published.isoformat()}\t{len(a.text.split())} words\t{a.title}")
    report_errors(result.errors)
    print(f"{len(result.articles)} article(s) loaded, {len(result.errors)} error(s)", file=sys.stderr)
    return 1 if result.errors else 0


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
