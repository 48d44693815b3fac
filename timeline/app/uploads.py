"""Adding articles from the dashboard: uploaded files and pasted text into the store.

Each file is parsed on its own (timeline.io.articles.parse_bytes) and stored on its own, so one bad
file gives one message and the good files are still added. Uploaded names are only labels in
messages: no file path is ever built from them and nothing is written outside the store.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Callable, Sequence

from timeline.io.articles import parse_bytes
from timeline.records import one_line, printable

PASTED_NAME = "pasted text"
UploadProgress = Callable[[int, int, str], object]   # (files done, files total, current label)


@dataclass
class UploadOutcome:
    added: list[str] = field(default_factory=list)        # "label: title" of each stored article
    duplicates: list[str] = field(default_factory=list)   # "label: title" of each article already stored
    errors: list[str] = field(default_factory=list)       # one line per bad file or record
    events_added: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added)


def display_name(name: str) -> str:
    """A safe label for an uploaded name: its last path part, control and bidi characters escaped
    as everywhere else (`records.printable`), at most 80 characters."""
    base = printable(re.split(r"[\\/]", name or "")[-1]).strip() or "(unnamed file)"
    return base if len(base) <= 80 else base[:77] + "..."


def ingest_uploads(store, files: Sequence[tuple[str, bytes]], pasted: str = "",
                   default_published: dt.date | None = None,
                   progress: UploadProgress | None = None) -> UploadOutcome:
    """Parse and store each uploaded file (and the pasted text, if any), reporting per file."""
    items: list[tuple[str, str, bytes]] = [(display_name(n), n, d) for n, d in files]
    if pasted and pasted.strip():
        items.append((PASTED_NAME, "pasted.txt", pasted.encode("utf-8")))
    outcome = UploadOutcome()
    for done, (label, name, data) in enumerate(items, start=1):
        if progress is not None:
            progress(done - 1, len(items), label)
        # parsed under its safe label (the messages name it; its suffix picks the format)
        result = parse_bytes(name if label == PASTED_NAME else label, data, default_published)
        outcome.errors.extend(_message(label, str(err)) for err in result.errors)
        if result.articles:
            try:
                report = store.ingest(result.articles)
            except Exception as exc:  # the store refused (locked too long, disk full...): say so, go on
                outcome.errors.append(f"{label}: not stored ({one_line(exc)})")
                continue
            titles = {a.id: a.title for a in result.articles}
            outcome.added.extend(f"{label}: {titles.get(i, i)}" for i in report.added)
            outcome.duplicates.extend(f"{label}: {titles.get(i, i)}" for i in report.duplicates)
            outcome.errors.extend(f"{label}: {problem}" for _, problem in report.failed)
            outcome.events_added += report.events_added
    if progress is not None and items:
        progress(len(items), len(items), "")
    return outcome


def _message(label: str, text: str) -> str:
    text = one_line(text)
    if text.startswith("pasted.txt"):
        text = PASTED_NAME + text[len("pasted.txt"):]
    return text if text.startswith(label) or text.startswith(PASTED_NAME) else f"{label}: {text}"

