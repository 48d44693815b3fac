"""The linguistic knowledge of the engine, as data: the tab-separated tables under lang/<language>/.

Each table is plain UTF-8 text: blank lines and lines starting with '#' are comments, every
other line is one row of tab-separated cells. The modules that own a table check its columns
and meaning; this module only finds the files and splits their text.

    lang/en/timex/*.tsv   the date engine: months, weekdays, numbers, units, patterns, phrases, cues
    lang/en/actors.tsv    actor aliases
    lang/en/escalation.tsv, modality.tsv   the event taxonomy and the status cues
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

LANGUAGE = "en"
ROOT = Path(__file__).resolve().parent / LANGUAGE


def path(*parts: str) -> Path:
    """The file of a table, e.g. path("timex", "months.tsv")."""
    return ROOT.joinpath(*parts)


def tsv_rows(text: str, strip: bool = True) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) for every row of a table's text; cells stripped unless `strip` is False."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        yield number, [cell.strip() for cell in cells] if strip else cells


class TableError(ValueError):
    """A table that does not have the shape its reader expects (names the file and the line)."""


def rows_after_header(text: str, name: str, width: int) -> list[tuple[int, list[str]]]:
    """(line number, cells) of the rows after a table's header row, each exactly `width` cells wide."""
    out = []
    header_seen = False
    for number, parts in tsv_rows(text):
        if not header_seen:
            header_seen = True
            continue
        if len(parts) != width:
            raise TableError(f"{name}, line {number}: expected {width} tab-separated columns, got {len(parts)}")
        out.append((number, parts))
    return out
