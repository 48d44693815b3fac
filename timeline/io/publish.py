"""Publishing the timeline for other tools: TimelineJS 3 JSON (a newsroom's interactive timeline)
and ACLED's column layout (the conflict-event dataset analysts already work in).

TimelineJS 3 (Knight Lab): `{"title": slide, "events": [slide, ...]}`; a slide has `start_date`
(`year`, and `month`/`day` only as far as the date is known), an optional `end_date`, a
`display_date` for an interval, `text` (`headline`, `text`: HTML, so everything from an article is
escaped here), `media` (the source article's URL, its outlet as `credit`), a `group` (the event's
category or its first actor) and a `unique_id`.

ACLED: one row per event with `event_date` the middle of the event's interval and
`time_precision` 1 (day), 2 (within a week) or 3 (within a month); events dated more coarsely,
planned or speculative ones, and categories ACLED does not code (lang/en/acled.tsv) are left out
and counted. Cells are escaped against spreadsheet formulas like every CSV of the project.
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
import html
import io
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from timeline import lang
from timeline.actors import table_kind
from timeline.io.export import escape_cell
from timeline.records import Event

# ------------------------------------------------------------------ TimelineJS 3

GROUP_BY = ("category", "actor")
NO_ACTOR = "(no actor named)"
HEADLINE_CHARS = 110


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _tl_date(day: dt.date, unit: str) -> dict:
    """A TimelineJS date object at a precision: year, year+month, or year+month+day."""
    if unit == "year":
        return {"year": day.year}
    if unit == "month":
        return {"year": day.year, "month": day.month}
    return {"year": day.year, "month": day.month, "day": day.day}


def _whole_months(start: dt.date, end: dt.date) -> bool:
    following = end + dt.timedelta(days=1)
    return start.day == 1 and following.day == 1


def timelinejs_dates(event: Event) -> dict:
    """start_date / end_date / display_date of a slide, at the precision the event's date has."""
    start, end, unit = event.date, event.date_end, event.granularity
    if start == end:
        return {"start_date": _tl_date(start, "day")}
    if unit == "year" and start.month == 1 and start.day == 1 and end == dt.date(start.year, 12, 31):
        return {"start_date": _tl_date(start, "year")}
    if unit == "month" and _whole_months(start, end) and (start.year, start.month) == (end.year, end.month):
        return {"start_date": _tl_date(start, "month")}
    if unit == "quarter" and _whole_months(start, end):
        quarter = (start.month - 1) // 3 + 1
        return {"start_date": _tl_date(start, "month"), "end_date": _tl_date(end, "month"),
                "display_date": f"Q{quarter} {start.year}"}
    if unit == "week":
        return {"start_date": _tl_date(start, "day"), "end_date": _tl_date(end, "day"),
                "display_date": f"week {_iso_week(start)} ({start.isoformat()} – {end.isoformat()})"}
    return {"start_date": _tl_date(start, "day"), "end_date": _tl_date(end, "day"),
            "display_date": f"{start.isoformat()} – {end.isoformat()}"}


def _headline(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= HEADLINE_CHARS else text[:HEADLINE_CHARS - 1].rstrip() + "…"


def _http(url: str) -> str:
    return url if url.lower().startswith(("http://", "https://")) else ""


def _group(event: Event, group_by: str) -> str:
    if group_by == "actor":
        names = event.source_actors or event.actors
        return names[0] if names else NO_ACTOR
    return event.category


def timelinejs_slide(event: Event, group_by: str = "category") -> dict:
    """One event as a TimelineJS slide (all article text HTML-escaped)."""
    e = html.escape
    lines = [e(event.summary)]
    if event.date_text:
        lines.append(f"<i>Dated by</i> “{e(event.date_text)}” ({e(event.date_basis)})")
    if event.actors:
        lines.append(f"<i>Actors:</i> {e(', '.join(event.actors))}")
    if event.location:
        lines.append(f"<i>Where:</i> {e(event.location)}" + (f", {e(event.country)}" if event.country
                                                              and event.country != event.location else ""))
    outlets = list(dict.fromkeys(s.source or s.title for s in event.sources if s.source or s.title))
    if outlets:
        lines.append(f"<i>Sources ({event.sources_count}):</i> {e('; '.join(outlets))}")
    if event.corrected:
        lines.append("<i>Corrected by an analyst.</i>")
    slide = {**timelinejs_dates(event),
             "text": {"headline": e(_headline(event.summary)), "text": "<br>".join(f"<p>{x}</p>" for x in lines)},
             "group": _group(event, group_by), "unique_id": f"event-{event.event_id}"}
    url = _http(event.url)
    if url:
        slide["media"] = {"url": url, "credit": e(event.source or ""), "caption": e(event.title or "")}
    return slide


def to_timelinejs(events: Iterable[Event], group_by: str = "category", title: str = "Escalation timeline") -> str:
    """The events as a TimelineJS 3 JSON document (UTF-8 text)."""
    if group_by not in GROUP_BY:
        raise ValueError(f"group_by must be one of {GROUP_BY}, not {group_by!r}")
    items = sorted(events, key=lambda ev: (ev.date, ev.date_end, ev.event_id))
    seen: Counter[str] = Counter()
    slides = []
    for event in items:
        slide = timelinejs_slide(event, group_by)
        seen[slide["unique_id"]] += 1
        if seen[slide["unique_id"]] > 1:   # ids are unique in a store; a hand-made list may repeat one
            slide["unique_id"] += f"-{seen[slide['unique_id']]}"
        slides.append(slide)
    articles = len({s.article_id for ev in items for s in ev.sources} or {ev.article_id for ev in items})
    doc = {"title": {"text": {"headline": html.escape(title),
                              "text": f"<p>{len(slides)} events from {articles} articles</p>"}},
           "events": slides}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


# ------------------------------------------------------------------ ACLED

ACLED_COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
                 "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
                 "country", "location", "latitude", "longitude", "geo_precision", "source", "notes",
                 "fatalities", "tags")
NOT_ACLED = "-"
# ACLED actor types (inter1/inter2) the timeline can tell (see _actor_type)
STATE_FORCES, EXTERNAL_FORCES = 1, 8
LEFT_OUT_REASONS = {
    "coarse": "dated more coarsely than a month",
    "planned": "planned",
    "speculative": "speculative",
    "type": "of a kind ACLED does not code (statements, accusations, threats, sanctions, diplomacy)",
}


@dataclass(frozen=True)
class AcledRule:
    category: str
    plover_type: str
    plover_mode: str
    event_type: str
    sub_event_type: str

    def matches(self, event: Event) -> bool:
        return (self.category == event.category and self.plover_type in ("*", event.event_type)
                and self.plover_mode in ("*", event.event_mode))


@functools.lru_cache(maxsize=None)
def acled_rules() -> tuple[AcledRule, ...]:
    path = lang.path("acled.tsv")
    return tuple(AcledRule(*cells) for _n, cells in lang.rows_after_header(path.read_text(encoding="utf-8"),
                                                                             path.name, 5))


@dataclass
class AcledExport:
    """The ACLED CSV and what it left out: reason -> number of events."""

    text: str
    rows: int
    left_out: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        """"12 events in ACLED's layout; 5 left out: 3 planned, 2 dated more coarsely than a month"."""
        total = sum(self.left_out.values())
        head = f"{self.rows} event(s) in ACLED's layout"
        if not total:
            return head
        order = list(LEFT_OUT_REASONS)
        parts = [f"{n} {LEFT_OUT_REASONS[k]}" for k, n in sorted(self.left_out.items(),
                                                                 key=lambda kv: (-kv[1], order.index(kv[0])))]
        return f"{head}; {total} left out: " + ", ".join(parts)


def time_precision(event: Event) -> int | None:
    """ACLED's time precision of the event's interval: 1 a day, 2 a week, 3 a month; None coarser."""
    days = (event.date_end - event.date).days + 1
    if days <= 1:
        return 1
    if event.granularity == "week" or days <= 7:
        return 2
    if event.granularity == "month" or days <= 31:
        return 3
    return None


def midpoint(event: Event) -> dt.date:
    return event.date + dt.timedelta(days=(event.date_end - event.date).days // 2)


def _actor_type(name: str, event: Event) -> int | None:
    """ACLED's inter code of one actor of `event`, from its actor type (`actor_types`): a state, its
    armed forces or an official acting in the state's own country are state forces (1), elsewhere
    external forces (8); an international organisation is external (8). Other actors (armed groups,
    which ACLED splits into rebels and militias, companies, people) are left without a code."""
    if not name:
        return None
    kind, _, serves = event.type_of(name).partition(":")
    if kind in ("state", "armed_forces", "official") or (not kind and table_kind(name) in ("GPE", "CAPITAL")):
        state = serves or name
        return STATE_FORCES if event.country and state == event.country else EXTERNAL_FORCES
    if kind == "international":
        return EXTERNAL_FORCES
    return None


def _interaction(inter1: int | None, inter2: int | None, has_actor2: bool) -> str:
    """ACLED's two-digit interaction: the two actor types, lower first; 10, 20, ... for one actor."""
    if inter1 is None or (has_actor2 and inter2 is None):
        return ""
    if not has_actor2:
        return f"{inter1}0"
    low, high = sorted((inter1, inter2))
    return f"{low}{high}"


def acled_row(event: Event, rule: AcledRule) -> dict:
    actors1 = list(event.source_actors) or [a for a in event.actors if a not in event.target_actors][:1]
    actors2 = list(event.target_actors)
    actor1, actor2 = (actors1[0] if actors1 else ""), (actors2[0] if actors2 else "")
    inter1, inter2 = _actor_type(actor1, event), _actor_type(actor2, event)
    day = midpoint(event)
    outlets = list(dict.fromkeys(s.source for s in event.sources if s.source)) or ([event.source] if event.source else [])
    notes = event.summary if not event.date_text else f"{event.summary} [dated by: {event.date_text}]"
    return {
        "event_id_cnty": event.event_id, "event_date": day.isoformat(), "year": day.year,
        "time_precision": time_precision(event), "event_type": rule.event_type,
        "sub_event_type": "" if rule.sub_event_type == NOT_ACLED else rule.sub_event_type,
        "actor1": actor1, "assoc_actor_1": "; ".join(actors1[1:]), "inter1": "" if inter1 is None else inter1,
        "actor2": actor2, "assoc_actor_2": "; ".join(actors2[1:]), "inter2": "" if inter2 is None else inter2,
        "interaction": _interaction(inter1, inter2, bool(actor2)), "country": event.country,
        "location": event.location,
        "latitude": "" if event.latitude is None else round(float(event.latitude), 4),
        "longitude": "" if event.longitude is None else round(float(event.longitude), 4),
        "geo_precision": "" if event.geo_precision is None else int(event.geo_precision),
        "source": "; ".join(outlets), "notes": notes,
        "fatalities": 0 if event.fatalities is None else int(event.fatalities),
        "tags": "corrected by analyst" if event.corrected else "",
    }


def why_left_out(event: Event) -> str | None:
    """The reason ACLED's layout cannot hold the event (a key of LEFT_OUT_REASONS), None if it can."""
    if event.status in ("planned", "speculative"):
        return event.status
    if time_precision(event) is None:
        return "coarse"
    rule = next((r for r in acled_rules() if r.matches(event)), None)
    if rule is None or rule.event_type == NOT_ACLED:
        return "type"
    return None


def to_acled(events: Iterable[Event]) -> AcledExport:
    """The events ACLED can express, in ACLED's column layout (CSV), and the count of the others."""
    left_out: Counter = Counter()
    rows = []
    for event in sorted(events, key=lambda ev: (ev.date, ev.date_end, ev.event_id)):
        reason = why_left_out(event)
        if reason is not None:
            left_out[reason] += 1
            continue
        rule = next(r for r in acled_rules() if r.matches(event))
        rows.append(acled_row(event, rule))
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(ACLED_COLUMNS)
    for row in rows:
        writer.writerow([escape_cell(v) if isinstance(v, str) else v for v in (row[c] for c in ACLED_COLUMNS)])
    return AcledExport(buffer.getvalue(), len(rows), left_out)
