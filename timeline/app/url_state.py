"""The dashboard's filter state in its three shapes, and the pure mappings between them:

- `timeline.records.Filters`, what the store queries with;
- URL query parameters (`st.query_params`), so a filtered view can be shared and reloaded:
  ?actor=Venezuela&actor=Donald+Trump&mode=all&from=2025-09-01&to=2025-10-31&category=force
  &status=occurred&source=Reuters&min_esc=-9&max_esc=-4&q=strike&view=actor&dates=within  (repeated
  keys for lists; defaults omitted; `view` is the chart's y axis: escalation or actor lanes; `dates`
  keeps events inside the date range instead of those overlapping it);
- sidebar widget values (keyed by WIDGET_KEYS), which must only hold options the widgets offer.

Query parameters come from users: anything unreadable is dropped with a one-line note, never raised.

Escalation is the score of lang/en/escalation.tsv: +10 (most escalatory: deaths, force) down
to -10 (most cooperative). The sidebar offers a score range; its lower end is
`Filters.min_escalation` ("at least this escalatory", pushed into SQL by the store), its upper
end (`max_escalation`, "at most this escalatory") is applied to the queried rows by
`apply_max_escalation`.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence
from urllib.parse import urlencode

from timeline.records import DATE_MODES, SCORE_RANGE, STATUSES, Filters
from timeline.table.facets import match_names

ACTOR_MODES = ("any", "all")
VIEW_MODES = ("escalation", "actor")

# query parameter name for each Filters field (list fields repeat the key)
PARAM = {
    "actors": "actor", "actor_mode": "mode", "date_from": "from", "date_to": "to",
    "categories": "category", "statuses": "status", "sources": "source",
    "min_escalation": "min_esc", "text": "q", "date_mode": "dates",
}
LIST_FIELDS = ("actors", "categories", "statuses", "sources")
VIEW_PARAM = "view"
MAX_PARAM = "max_esc"
# st.session_state key of the sidebar widget for each Filters field (dates share one range widget)
WIDGET_KEYS = {
    "actors": "f_actors", "actor_mode": "f_actor_mode", "dates": "f_dates", "categories": "f_categories",
    "statuses": "f_statuses", "sources": "f_sources", "escalation": "f_escalation", "text": "f_text",
    "date_mode": "f_date_mode",
}
DATE_MODE_LABELS = {"overlaps": "overlapping the range", "within": "within the range"}
MAX_TEXT = 200


@dataclass
class Parsed:
    filters: Filters
    view: str = "escalation"
    max_escalation: float | None = None              # keep events scoring at most this
    notes: list[str] = field(default_factory=list)   # one line per ignored parameter


def _values(params: Mapping[str, object], key: str) -> list[str]:
    """All values of a key, whether the mapping holds a string or a list of strings."""
    value = params.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, Sequence):
        return [str(v) for v in value]
    return [str(value)]


def _last(params: Mapping[str, object], key: str) -> str | None:
    values = [v for v in _values(params, key) if v.strip()]
    return values[-1].strip() if values else None


def _dedupe(values: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for v in values:
        v = v.strip()
        if v:
            seen.setdefault(v, None)
    return tuple(seen)


def from_params(params: Mapping[str, object]) -> Parsed:
    """Query parameters to Filters (and the chart view); bad values are dropped with a note."""
    notes: list[str] = []
    kw: dict[str, object] = {name: _dedupe(_values(params, PARAM[name])) for name in LIST_FIELDS}
    bad_status = [s for s in kw["statuses"] if s not in STATUSES]  # type: ignore[union-attr]
    if bad_status:
        notes.append(f"The link's status “{', '.join(bad_status)}” was left out: a status is {', '.join(STATUSES)}.")
        kw["statuses"] = tuple(s for s in kw["statuses"] if s in STATUSES)  # type: ignore[union-attr]
    mode = _last(params, PARAM["actor_mode"]) or "any"
    if mode not in ACTOR_MODES:
        notes.append(f"The link's mode “{mode[:40]}” was left out: use any or all.")
        mode = "any"
    kw["actor_mode"] = mode
    for name in ("date_from", "date_to"):
        raw = _last(params, PARAM[name])
        if raw is None:
            continue
        try:
            kw[name] = dt.date.fromisoformat(raw)
        except ValueError:
            notes.append(f"The link's {PARAM[name]} date “{raw[:40]}” was left out: it is not a date (YYYY-MM-DD).")
    if kw.get("date_from") and kw.get("date_to") and kw["date_from"] > kw["date_to"]:  # type: ignore[operator]
        notes.append("The link's date range was left out: its start comes after its end.")
        kw.pop("date_from"), kw.pop("date_to")
    date_mode = _last(params, PARAM["date_mode"]) or "overlaps"
    if date_mode not in DATE_MODES:
        notes.append(f"The link's dates “{date_mode[:40]}” was left out: use {' or '.join(DATE_MODES)}.")
        date_mode = "overlaps"
    kw["date_mode"] = date_mode
    scores: dict[str, float] = {}
    for key in (PARAM["min_escalation"], MAX_PARAM):
        raw = _last(params, key)
        if raw is None:
            continue
        try:
            value = float(raw)
            if not SCORE_RANGE[0] <= value <= SCORE_RANGE[1]:
                raise ValueError
            scores[key] = value
        except ValueError:
            notes.append(f"The link's {key} “{raw[:40]}” was left out: a score is from -10 to 10.")
    if len(scores) == 2 and scores[PARAM["min_escalation"]] > scores[MAX_PARAM]:
        notes.append("The link's score range was left out: its minimum is above its maximum.")
        scores.clear()
    if PARAM["min_escalation"] in scores:
        kw["min_escalation"] = scores[PARAM["min_escalation"]]
    text = _last(params, PARAM["text"])
    if text:
        kw["text"] = text[:MAX_TEXT]
    view = _last(params, VIEW_PARAM) or "escalation"
    if view not in VIEW_MODES:
        notes.append(f"The link's view “{view[:40]}” was left out: use escalation or actor.")
        view = "escalation"
    return Parsed(dataclasses.replace(Filters(), **kw), view, scores.get(MAX_PARAM), notes)


def to_params(filters: Filters, view: str = "escalation",
              max_escalation: float | None = None) -> dict[str, list[str]]:
    """Filters (and view) to query parameters; defaults are left out so the URL stays short."""
    out: dict[str, list[str]] = {}
    for name in LIST_FIELDS:
        values = list(getattr(filters, name) or ())
        if values:
            out[PARAM[name]] = values
    if filters.actor_mode == "all" and filters.actors:
        out[PARAM["actor_mode"]] = ["all"]
    for name in ("date_from", "date_to"):
        value = getattr(filters, name)
        if value:
            out[PARAM[name]] = [value.isoformat()]
    if filters.min_escalation is not None:
        out[PARAM["min_escalation"]] = [f"{filters.min_escalation:g}"]
    if max_escalation is not None:
        out[MAX_PARAM] = [f"{max_escalation:g}"]
    if filters.text:
        out[PARAM["text"]] = [filters.text]
    if filters.date_mode != "overlaps" and (filters.date_from or filters.date_to):
        out[PARAM["date_mode"]] = [filters.date_mode]
    if view != "escalation":
        out[VIEW_PARAM] = [view]
    return out


def query_string(filters: Filters, view: str = "escalation", max_escalation: float | None = None) -> str:
    """The shareable `?...` part for these filters ("" when nothing is filtered)."""
    encoded = urlencode(to_params(filters, view, max_escalation), doseq=True)
    return f"?{encoded}" if encoded else ""


def cache_key(filters: Filters, max_escalation: float | None = None) -> str:
    """A canonical string for the filters (equal filters give equal keys), for caching queries."""
    params = to_params(filters, max_escalation=max_escalation)
    return urlencode(sorted((k, sorted(v) if k != PARAM["text"] else v) for k, v in params.items()), doseq=True)


def restrict(filters: Filters, *, actors: Iterable[str], categories: Iterable[str], sources: Iterable[str],
             bounds: tuple[dt.date, dt.date] | None) -> tuple[Filters, list[str]]:
    """Keep only values the store knows (so the widgets can show them); dates clamped to the bounds."""
    notes: list[str] = []
    changes: dict[str, object] = {}
    for name, known in (("actors", actors), ("categories", categories), ("sources", sources)):
        current = tuple(getattr(filters, name) or ())
        kept, unknown = match_names(current, known)   # "china" in a link is the store's "China"
        for u in unknown:
            hint = f" (closest: {', '.join(u.closest)})" if u.closest else ""
            notes.append(f"No event here has the {PARAM[name]} “{u.value[:60]}” the link asks for{hint}, "
                         "so it was left out.")
        if kept != current:
            changes[name] = kept
    if bounds is not None:
        lo, hi = bounds
        date_from, date_to = filters.date_from, filters.date_to
        if date_from is not None and not lo <= date_from <= hi:
            changes["date_from"] = min(max(date_from, lo), hi)
        if date_to is not None and not lo <= date_to <= hi:
            changes["date_to"] = min(max(date_to, lo), hi)
    return (dataclasses.replace(filters, **changes) if changes else filters), notes


def widget_values(filters: Filters, bounds: tuple[dt.date, dt.date] | None,
                  max_escalation: float | None = None) -> dict[str, object]:
    """Session-state values for the sidebar widgets that show these filters."""
    values: dict[str, object] = {
        WIDGET_KEYS["actors"]: list(filters.actors or ()),
        WIDGET_KEYS["actor_mode"]: "all of" if filters.actor_mode == "all" else "any of",
        WIDGET_KEYS["categories"]: list(filters.categories or ()),
        WIDGET_KEYS["statuses"]: list(filters.statuses or ()),
        WIDGET_KEYS["sources"]: list(filters.sources or ()),
        WIDGET_KEYS["escalation"]: (SCORE_RANGE[0] if filters.min_escalation is None else filters.min_escalation,
                                    SCORE_RANGE[1] if max_escalation is None else max_escalation),
        WIDGET_KEYS["text"]: filters.text or "",
        WIDGET_KEYS["date_mode"]: DATE_MODE_LABELS[filters.date_mode],
    }
    if bounds is not None:
        values[WIDGET_KEYS["dates"]] = (filters.date_from or bounds[0], filters.date_to or bounds[1])
    return values


def from_widgets(values: Mapping[str, object],
                 bounds: tuple[dt.date, dt.date] | None) -> tuple[Filters, float | None]:
    """Sidebar widget values to (Filters, max_escalation). A date range equal to the store's bounds
    is no date filter (so articles added later outside the old bounds are not hidden); a half-picked
    range (one date) filters from that date on; the full score range is no score filter."""
    dates = values.get(WIDGET_KEYS["dates"]) or ()
    dates = tuple(dates) if isinstance(dates, (list, tuple)) else (dates,)
    date_from = dates[0] if len(dates) >= 1 else None
    date_to = dates[1] if len(dates) >= 2 else None
    if bounds is not None:
        if date_from == bounds[0]:
            date_from = None
        if date_to == bounds[1]:
            date_to = None
    mode = values.get(WIDGET_KEYS["actor_mode"])
    text = str(values.get(WIDGET_KEYS["text"]) or "").strip()[:MAX_TEXT]
    lo, hi = values.get(WIDGET_KEYS["escalation"]) or SCORE_RANGE
    min_esc = None if float(lo) <= SCORE_RANGE[0] else float(lo)
    max_esc = None if float(hi) >= SCORE_RANGE[1] else float(hi)
    return dataclasses.replace(
        Filters(),
        actors=_dedupe(values.get(WIDGET_KEYS["actors"]) or ()),  # type: ignore[arg-type]
        actor_mode="all" if mode in ("all", "all of") else "any",
        date_from=date_from, date_to=date_to,
        categories=_dedupe(values.get(WIDGET_KEYS["categories"]) or ()),  # type: ignore[arg-type]
        statuses=_dedupe(values.get(WIDGET_KEYS["statuses"]) or ()),  # type: ignore[arg-type]
        sources=_dedupe(values.get(WIDGET_KEYS["sources"]) or ()),  # type: ignore[arg-type]
        min_escalation=min_esc,
        text=text,
        date_mode="within" if values.get(WIDGET_KEYS["date_mode"]) in ("within", DATE_MODE_LABELS["within"])
        else "overlaps",
    ), max_esc


def apply_max_escalation(frame, max_escalation: float | None):
    """The rows (a DataFrame) or events (a list) scoring at most `max_escalation`."""
    if max_escalation is None:
        return frame
    if isinstance(frame, list):
        return [e for e in frame if e.escalation <= max_escalation]
    return frame[frame["escalation"] <= max_escalation].reset_index(drop=True)


def rebase_dates(value: object, old_bounds: tuple[dt.date, dt.date] | None,
                 new_bounds: tuple[dt.date, dt.date]) -> tuple[dt.date, ...]:
    """The date-range widget value after the store's date bounds changed (articles were added):
    an end that sat on the old bound follows the new bound (it meant "no limit"), a chosen date
    stays, clamped into the new bounds."""
    current = tuple(value) if isinstance(value, (list, tuple)) else ((value,) if value else ())
    lo, hi = new_bounds
    if old_bounds is None or not current:
        return (lo, hi)
    start = lo if current[0] == old_bounds[0] else min(max(current[0], lo), hi)
    if len(current) < 2:
        return (start,)
    end = hi if current[1] == old_bounds[1] else min(max(current[1], start), hi)
    return (start, end)
