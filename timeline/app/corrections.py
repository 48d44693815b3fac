"""Correcting the machine in the dashboard: the form under an event's provenance (date or interval,
category, PLOVER type, status, actors, place; not an event; merge with another row; split reports
off), the message that says what changed and which anchored events moved with a date, and the
audit tab that lists every correction and undoes one.

The store does the work (timeline.store.overrides); this module is widgets and messages only.
Everything from articles is escaped (markdown.md_escape) before it reaches Markdown.
"""
from __future__ import annotations

import datetime as dt
from typing import Sequence

import pandas as pd
import streamlit as st

from timeline.app.markdown import md_escape
from timeline.records import STATUSES, Event
from timeline.store import CorrectionError, CorrectionResult, Store, StoreError, location_value

WHO_KEY = "corrector_name"
MESSAGE_KEY = "correction_message"
MAX_MOVED_SHOWN = 12


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _interval(pair: tuple[dt.date, dt.date]) -> str:
    return pair[0].isoformat() if pair[0] == pair[1] else f"{pair[0].isoformat()}..{pair[1].isoformat()}"


def result_lines(results: Sequence[CorrectionResult], undone: bool = False) -> list[str]:
    """What a correction (or undo) did, as Markdown lines (article text escaped): each change, then
    each event that moved with a corrected date, or stayed because it was corrected by hand."""
    lines = []
    for r in results:
        c = r.correction
        verb = "Undone" if undone else "Saved"
        lines.append(f"{verb}: {md_escape(c.change())} for “{md_escape(_short(c.summary))}”.")
        moved = [m for m in r.moved if not m.kept]
        kept = [m for m in r.moved if m.kept]
        if moved:
            lines.append(f"{len(moved)} event(s) dated relative to it moved {'back' if undone else 'with it'}:")
            lines += [f"- “{md_escape(_short(m.summary))}”: {_interval(m.was)} → {_interval(m.now)}"
                      for m in moved[:MAX_MOVED_SHOWN]]
            if len(moved) > MAX_MOVED_SHOWN:
                lines.append(f"- … and {len(moved) - MAX_MOVED_SHOWN} more")
        for m in kept:
            lines.append(f"- “{md_escape(_short(m.summary))}” stays on {_interval(m.now)}: its date was corrected by hand.")
    return lines


def show_message() -> None:
    """The outcome of the last correction or undo, once, where it was made."""
    message = st.session_state.pop(MESSAGE_KEY, None)
    if message:
        kind, lines = message
        (st.success if kind == "ok" else st.error)("  \n".join(lines))


def _run(action, *, undone: bool = False) -> None:
    """Call the store; keep the outcome for the rerun that shows the corrected page."""
    try:
        results = action()
    except (CorrectionError, StoreError, ValueError) as exc:
        st.session_state[MESSAGE_KEY] = ("error", [md_escape(str(exc))])
        return
    st.session_state[MESSAGE_KEY] = ("ok", result_lines(results if isinstance(results, list) else [results], undone))


def who() -> str:
    return " ".join(str(st.session_state.get(WHO_KEY) or "").split())


def name_field() -> None:
    """The analyst's name, once on the page (the sidebar): recorded with each correction and undo."""
    st.text_input("Your name, for corrections", key=WHO_KEY, max_chars=80, placeholder="e.g. Ana Ruiz",
                  help="Recorded with each correction and undo (the audit tab lists who did what).")


def _changes(event: Event, values: dict) -> list[tuple[str, object]]:
    """(field, new value) for each field of the form that differs from the event."""
    out: list[tuple[str, object]] = []
    dates = values["dates"]
    dates = tuple(dates) if isinstance(dates, (list, tuple)) else (dates,)
    if dates and dates[0]:
        start, end = dates[0], dates[-1] if len(dates) > 1 and dates[-1] else dates[0]
        if (start, end) != (event.date, event.date_end):
            out.append(("date", {"date": start.isoformat(), "date_end": end.isoformat()}))
    for name in ("category", "status"):
        if values[name] and values[name] != getattr(event, name):
            out.append((name, values[name]))
    kind = (values["event_type"] or "").strip().upper()
    if kind != event.event_type:
        out.append(("event_type", kind))
    extra = [a.strip() for a in (values["more_actors"] or "").split(";") if a.strip()]
    actors = list(dict.fromkeys(list(values["actors"]) + extra))
    if actors != list(event.actors):
        out.append(("actors", actors))
    place = " ".join((values["location"] or "").split())
    point = (values["point"] or "").strip()
    if place != event.location or point:
        latitude = longitude = None
        if point:
            try:
                latitude, longitude = (float(x) for x in point.replace(";", ",").split(","))
            except ValueError:
                raise CorrectionError(f"give the point as 'latitude, longitude' (e.g. 10.49, -66.88), not {point!r}")
        out.append(("location", location_value(place, latitude, longitude)))
    return out


def correction_panel(store: Store, event: Event, frame: pd.DataFrame, actors: Sequence[str],
                     categories: Sequence[str]) -> None:
    """Under the provenance of the picked event: correct it, dismiss it, merge or split it."""
    show_message()
    with st.expander("Correct this event", expanded=False):
        if not who():
            st.caption("Give your name in the sidebar first: it is recorded with each correction.")
        key = event.event_id
        with st.form(f"correct_{key}"):
            st.date_input("Date or interval", value=(event.date, event.date_end), key=f"fix_dates_{key}",
                          format="YYYY-MM-DD", help="One day, or the first and last day of an interval.")
            cols = st.columns(2)
            options = list(dict.fromkeys([event.category, *categories]))
            cols[0].selectbox("Category", options, index=0, key=f"fix_category_{key}")
            cols[1].selectbox("Status", list(STATUSES), index=list(STATUSES).index(event.status)
                              if event.status in STATUSES else 0, key=f"fix_status_{key}")
            st.text_input("Event type (PLOVER: ASSAULT, COERCE, MOBILIZE, THREATEN, ...)", value=event.event_type,
                          key=f"fix_type_{key}")
            st.multiselect("Actors", list(dict.fromkeys([*event.actors, *actors])), default=list(event.actors),
                           key=f"fix_actors_{key}")
            st.text_input("More actors (separated by ;)", key=f"fix_more_{key}")
            cols = st.columns([3, 2])
            cols[0].text_input("Place", value=event.location, key=f"fix_place_{key}",
                               help="A town, region, sea or country the gazetteer knows; or give its point.")
            cols[1].text_input("Point (latitude, longitude)", key=f"fix_point_{key}", placeholder="optional")
            st.text_input("Note (why)", key=f"fix_note_{key}")
            saved = st.form_submit_button("Save corrections", type="primary")
        if saved:
            values = {"dates": st.session_state.get(f"fix_dates_{key}"),
                      "category": st.session_state.get(f"fix_category_{key}"),
                      "status": st.session_state.get(f"fix_status_{key}"),
                      "event_type": st.session_state.get(f"fix_type_{key}"),
                      "actors": st.session_state.get(f"fix_actors_{key}") or [],
                      "more_actors": st.session_state.get(f"fix_more_{key}"),
                      "location": st.session_state.get(f"fix_place_{key}"),
                      "point": st.session_state.get(f"fix_point_{key}")}
            note = st.session_state.get(f"fix_note_{key}") or ""

            def save() -> list[CorrectionResult]:
                changes = _changes(event, values)
                if not changes:
                    raise CorrectionError("nothing changed: edit a field first")
                if not who():
                    raise CorrectionError("say who makes the correction (your name, in the sidebar)")
                return [store.correct(event.event_id, name, value, who=who(), note=note) for name, value in changes]

            _run(save)
            st.rerun()

        st.markdown("**Not an event, a wrong merge, or one event in two rows**")
        if st.button("Not an event", key=f"dismiss_{key}", help="Leaves the timeline; the audit tab can undo it."):
            _run(lambda: store.dismiss(event.event_id, who=who()))
            st.rerun()
        others = [(eid, f"{d} · {_short(s, 80)}") for eid, d, s in
                  zip(frame["event_id"], frame["date"], frame["summary"]) if eid != event.event_id]
        if others:
            labels = dict(others)
            other = st.selectbox("Merge with", [eid for eid, _ in others], format_func=labels.get,
                                 index=None, placeholder="another event of the table", key=f"merge_with_{key}")
            if st.button("Merge into this event", key=f"merge_{key}", disabled=other is None):
                _run(lambda: store.merge_events(event.event_id, other, who=who()))
                st.rerun()
        if len(event.sources) > 1:
            labels = {i: f"{i + 1}. {s.source or s.title or 'source'} ({s.published}): {_short(s.sentence, 70)}"
                      for i, s in enumerate(event.sources)}
            chosen = st.multiselect("Reports that tell another event", list(labels), format_func=labels.get,
                                    key=f"split_which_{key}")
            if st.button("Split them off", key=f"split_{key}", disabled=not chosen):
                _run(lambda: store.split_event(event.event_id, chosen, who=who()))
                st.rerun()


def audit_section(store: Store) -> None:
    """Every correction, newest first, each with its undo."""
    show_message()
    corrections = store.corrections()
    if not corrections:
        st.info("No corrections yet. Pick an event in the Timeline tab and open **Correct this event** under its "
                "provenance to fix its date, category, status, actors or place, mark it as not an event, or "
                "merge or split rows. Every correction is listed here, and each can be undone.")
        return
    active = [c for c in corrections if c.active]
    st.markdown(f"**{len(corrections)}** correction(s), {len(active)} in force. Corrections survive re-ingest "
                "and re-extraction (`python -m timeline reextract`); moves of events anchored to a corrected date "
                "are listed under the correction they follow.")
    table = pd.DataFrame({
        "id": [c.id for c in corrections],
        "when (UTC)": [c.made_at[:16].replace("T", " ") for c in corrections],
        "who": [c.who for c in corrections],
        "event": [_short(c.summary, 90) for c in corrections],
        "change": [c.change() for c in corrections],
        "note": [c.note for c in corrections],
        "follows": [c.parent if c.parent is not None else pd.NA for c in corrections],
        "state": ["undone by " + c.undone_by if not c.active else ("in force" if c.applied else "waiting")
                  for c in corrections],
    })
    st.dataframe(table, hide_index=True, width="stretch", key="audit_table",
                 column_config={"event": st.column_config.TextColumn("event", width="large"),
                                "follows": st.column_config.NumberColumn("follows correction")})
    undoable = [c for c in active if c.kind != "follow"]
    if undoable:
        labels = {c.id: f"#{c.id} · {c.change()} · “{_short(c.summary, 50)}” ({c.who})" for c in undoable}
        pick = st.selectbox("Undo a correction", list(labels), format_func=labels.get, key="undo_pick")
        if st.button("Undo", key="undo_button"):
            _run(lambda: store.undo(pick, who=who()), undone=True)
            st.rerun()
