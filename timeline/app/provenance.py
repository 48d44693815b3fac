"""Provenance of an event for people: the reporting sentence with its date phrase highlighted,
where it was published, and how the date was derived.

Everything that comes from an article (sentence, title, source, url, date phrase) is HTML-escaped
here; the only markup in the output is the markup written in this module, so the dashboard can
render it without ever rendering an article's HTML. Links are kept only for http(s) URLs.
"""
from __future__ import annotations

import datetime as dt
import html
from typing import Sequence
from urllib.parse import urlsplit

from timeline.events.dating import summary_derivation
from timeline.records import Event, Source
from timeline.table.codec import event_sources



def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _iso(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value or "")[:10]


def phrase_span(sentence: str, date_text: str, start: int = -1, end: int = -1) -> tuple[int, int] | None:
    """Where the date phrase is in the sentence: the given offsets when they match, else its first occurrence."""
    if not sentence or not date_text:
        return None
    if 0 <= start < end <= len(sentence) and sentence[start:end] == date_text:
        return start, end
    found = sentence.find(date_text)
    if found < 0:
        found = sentence.lower().find(date_text.lower())
    return (found, found + len(date_text)) if found >= 0 else None


def highlight_html(sentence: str, date_text: str = "", start: int = -1, end: int = -1) -> str:
    """The sentence, escaped, with the date phrase wrapped in <mark class="date-phrase">."""
    sentence = sentence or ""
    span = phrase_span(sentence, date_text, start, end)
    if span is None:
        return _e(sentence)
    a, b = span
    return f'{_e(sentence[:a])}<mark class="date-phrase">{_e(sentence[a:b])}</mark>{_e(sentence[b:])}'


def safe_url(url: str) -> str | None:
    """The URL if it is an absolute http(s) link, else None (no javascript:, data:, relative paths)."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url
    return None


def derivation_text(event: Event) -> str:
    """How the date was derived, in words: the event's own account when it has one, else the
    summary the extractor's dating stage gives for a date known only by its phrase and basis."""
    return event.derivation or summary_derivation(event.date_text, event.date_basis, event.date, event.date_end,
                                                  event.granularity, event.published)


def source_html(source: Source) -> str:
    """One source: highlighted sentence, then title, outlet, date and (if safe) link."""
    sentence = highlight_html(source.sentence, source.date_text, source.date_start, source.date_end)
    url = safe_url(source.url)
    title = _e(source.title or "(untitled)")
    title_html = (f'<a href="{_e(url)}" target="_blank" rel="noopener noreferrer nofollow">{title}</a>'
                  if url else title)
    meta = " · ".join(p for p in (_e(source.source), _iso(source.published)) if p)
    return (f'<blockquote class="prov-sentence">{sentence}</blockquote>'
            f'<div class="prov-meta">{title_html}{" — " + meta if meta else ""}</div>')


def provenance_html(event: Event, corrections: Sequence = ()) -> str:
    """The whole provenance block for one event (all article text escaped), with the analysts'
    corrections of it (timeline.store.Correction) first."""
    parts = [source_html(s) for s in event_sources(event)]
    derivation = corrections_html(corrections)
    derivation += f'<div class="prov-derivation"><b>Date derived:</b> {_e(derivation_text(event))}</div>'
    if event.merge_note:
        derivation += f'<div class="prov-derivation"><b>Reports joined:</b> {_e(event.merge_note)}</div>'
    return f'<div class="provenance">{derivation}{"".join(parts)}</div>'


def corrections_html(corrections: Sequence) -> str:
    """The corrections of an event, newest first: what changed, who, when, the note; undone ones struck."""
    items = []
    for c in corrections:
        when = _e(str(c.made_at)[:16].replace("T", " "))
        note = f" — “{_e(c.note)}”" if c.note else ""
        text = f"{_e(c.change())} · by {_e(c.who)}, {when} UTC{note}"
        if not c.active:
            text = f"<s>{text}</s> (undone by {_e(c.undone_by)})"
        elif not c.applied:
            text += " (waiting: its sentence is no longer an event)"
        items.append(f"<li>{text}</li>")
    if not items:
        return ""
    return f'<div class="prov-corrections"><b>Corrected:</b><ul>{"".join(items)}</ul></div>'


CSS = """
<style>
.provenance mark.date-phrase { background: #ffe08a; padding: 0 .15em; border-radius: 3px; }
.provenance blockquote.prov-sentence { margin: .6em 0 .2em 0; padding: .3em .8em;
  border-left: 4px solid #d62728; background: rgba(127,127,127,.06); }
.provenance .prov-meta { font-size: .9em; opacity: .8; margin-bottom: .6em; }
.provenance .prov-derivation { font-size: .95em; }
.provenance .prov-corrections { font-size: .95em; background: rgba(255, 224, 138, .25); padding: .3em .6em;
  border-radius: 4px; margin-bottom: .4em; }
.provenance .prov-corrections ul { margin: .2em 0 0 1.2em; }
</style>
"""


