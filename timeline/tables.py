"""Reading the tab-separated resource tables in timeline/resources/ (one reader for all of them).

Each table is plain UTF-8 text: blank lines and lines starting with '#' are comments, every
other line is one row of tab-separated cells. The modules that own a table check its columns
and meaning; this module only splits the text.
"""
from __future__ import annotations

from typing import Iterator


def tsv_rows(text: str, strip: bool = True) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) for every row of a table's text; cells stripped unless `strip` is False."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        yield number, [cell.strip() for cell in cells] if strip else cells
