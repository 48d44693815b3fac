"""The dashboard page: `streamlit run dashboard.py` (or `make run`) runs `run()` on every rerun.

Layout and widgets only. The work is done beside it and below: the store (timeline.store), filter
state <-> URL (url_state.py), figures (charts.py, maps.py), provenance (provenance.py), corrections
(corrections.py), uploads (uploads.py) and exports (timeline.io.export, timeline.io.publish). The store file is TIMELINE_DB (default
timeline_data/timeline.db); an empty store is filled from sample_data/ on first run.

TIMELINE_DB may also name a Parquet dataset folder (timeline.io.parquet), read through DuckDB: the
page is then read-only (no uploads, no corrections), and a view of more than aggregate.LARGE_VIEW
events is drawn from counts the dataset computes (aggregate.py) with tables of its top events,
each event's provenance fetched when it is picked.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import time
from pathlib import Path

import pandas as pd
import streamlit as st

from timeline.app import aggregate, charts, corrections, maps, markdown, provenance, uploads
from timeline.app import url_state as flt
from timeline.events import pipeline
from timeline.io.articles import load_paths
from timeline.io.export import to_csv, to_json
from timeline.io.publish import to_acled, to_timelinejs
from timeline.records import COLUMNS, SCORE_RANGE, STATUSES, one_line
from timeline.store import DatasetStore, Store, StoreError, default_path, is_read_only
from timeline.store import open_store as open_any
from timeline.table import codec

BUNDLED_SAMPLES = Path(__file__).resolve().parents[2] / "sample_data"
# the summary first (wrapped: rows are three lines high), then the rest, reachable by scrolling sideways
TABLE_COLUMNS = ["summary", "date", "date_end", "category", "event_type", "status", "escalation", "actors",
                 "source_actors", "target_actors", "location", "country", "fatalities", "date_text", "granularity",
                 "source", "sources_count", "corrected"]
TABLE_ROW_HEIGHT = 72   # px: above 4rem Streamlit wraps a cell's text
UPLOAD_TYPES = ["txt", "md", "jsonl", "csv"]
TABS = ["Timeline", "Map", "Weekly", "Corrections", "Add articles"]
EXPORT_LIMIT = 200_000   # events the page writes to a download from a large view (export writes any number)
SECONDS_PER_SAMPLE = 0.6   # measured on a 2-core machine, after the language model (about 3 s) is loaded

READ_ONLY_NOTE = ("Read-only: this is a Parquet dataset ({path}), so articles cannot be added and events cannot be "
                  "corrected here. To edit it, load it into a store (`python -m timeline ingest --parquet DATASET "
                  "--db store.db`) and open that store.")

# Our own layout tweaks only (no article content ever goes into unsafe HTML outside timeline.provenance).
PAGE_CSS = """<style>
.block-container { padding-top: 2.2rem; padding-bottom: 1rem; }
h1 { padding-top: 0 !important; font-size: 2rem !important; }
</style>"""

# ------------------------------------------------------------------ cached resources and data

@st.cache_resource(show_spinner=False)
def open_store(path: str) -> Store | DatasetStore:
    """The SQLite store file, or the read-only Parquet dataset when the path is a dataset folder."""
    return open_any(path)


@st.cache_resource(show_spinner="Loading the English language model…")
def language_model():
    """The spaCy pipeline the extractor uses, loaded once for all sessions before an ingest."""
    return pipeline()


@st.cache_data(show_spinner=False, max_entries=4)
def facets(path: str, version: int) -> dict:
    """What the sidebar offers: actors with counts, categories, sources, date bounds, totals."""
    store = open_store(path)
    return {"actor_counts": store.actor_counts(), "categories": store.categories(), "sources": store.sources(),
            "bounds": store.date_bounds(), "events": store.event_count(), "articles": store.article_count()}


@st.cache_data(show_spinner=False, max_entries=16)
def filtered_frame(path: str, version: int, key: str, max_escalation: float | None, _filters: flt.Filters):
    return flt.apply_max_escalation(open_store(path).query_frame(_filters), max_escalation)


@st.cache_data(show_spinner=False, max_entries=16)
def view_count(path: str, version: int, key: str, max_escalation: float | None, _filters: flt.Filters) -> int:
    """How many events the view holds, counted in the dataset (a SQLite store's view is always loaded)."""
    return open_store(path).count(_filters, max_escalation=max_escalation)


@st.cache_data(show_spinner="Counting events in the dataset…", max_entries=16)
def view_aggregate(path: str, version: int, key: str, max_escalation: float | None, unit: str, lane: str,
                   _filters: flt.Filters):
    return open_store(path).aggregate(_filters, unit=unit, lane=lane, max_escalation=max_escalation)


@st.cache_data(show_spinner=False, max_entries=16)
def view_top(path: str, version: int, key: str, max_escalation: float | None, by: str, _filters: flt.Filters):
    return open_store(path).top_events(_filters, by=by, limit=aggregate.TOP_EVENTS, max_escalation=max_escalation)


@st.cache_data(show_spinner=False, max_entries=16)
def figure(path: str, version: int, key: str, view: str, x_range: tuple | None, _frame):
    return charts.timeline_figure(_frame, y_mode=view, x_range=x_range)


@st.cache_data(show_spinner=False, max_entries=16)
def map_figure(path: str, version: int, key: str, size_by: str, _frame):
    return maps.map_figure(_frame, size_by=size_by)


@st.cache_data(show_spinner=False, max_entries=16)
def weekly(path: str, version: int, key: str, x_range: tuple | None, _frame):
    return charts.weekly_figure(_frame, x_range=x_range), charts.weekly_series(_frame)


@st.cache_data(show_spinner=False, max_entries=16)
def export_timelinejs(path: str, version: int, key: str, max_escalation: float | None, group_by: str,
                      _filters: flt.Filters) -> str:
    return to_timelinejs(flt.apply_max_escalation(open_store(path).query(_filters), max_escalation), group_by)


@st.cache_data(show_spinner=False, max_entries=16)
def export_acled(path: str, version: int, key: str, max_escalation: float | None, _filters: flt.Filters):
    return to_acled(flt.apply_max_escalation(open_store(path).query(_filters), max_escalation))


@st.cache_data(show_spinner=False, max_entries=16)
def export_csv(path: str, version: int, key: str, _frame) -> str:
    return to_csv(_frame[list(COLUMNS)])


@st.cache_data(show_spinner=False, max_entries=4)
def export_view_csv(path: str, version: int, key: str, max_escalation: float | None, _filters: flt.Filters) -> str:
    """The CSV of a view too large to keep loaded (a dataset's), read from it when asked."""
    return to_csv(open_store(path).query_frame(_filters, max_escalation=max_escalation)[list(COLUMNS)])


@st.cache_data(show_spinner=False, max_entries=16)
def export_json(path: str, version: int, key: str, max_escalation: float | None, _filters: flt.Filters) -> str:
    return to_json(flt.apply_max_escalation(open_store(path).query(_filters), max_escalation))


# ------------------------------------------------------------------ page parts

def first_run_ingest(store: Store) -> None:
    """Fill an empty store from sample_data/ once, saying what happens and how long it takes."""
    samples = Path(os.environ.get("TIMELINE_SAMPLE_DIR") or BUNDLED_SAMPLES)
    if store.article_count() or st.session_state.get("sample_tried") or not samples.is_dir():
        return
    st.session_state["sample_tried"] = True
    loaded = load_paths([samples])
    if not loaded.articles:
        return
    total = len(loaded.articles)
    estimate = 3 + SECONDS_PER_SAMPLE * total
    note = st.empty()
    note.info(f"First start: reading the {total} bundled sample articles into the store (about {estimate:.0f} s, "
              "only this once). The language model loads, then each article's time expressions, events, actors "
              "and places are extracted; the timeline appears when it is done.")
    began = time.monotonic()
    language_model()
    bar = st.progress(0.0, text=f"First start: sample article 1 of {total}…")

    def progress(done: int, count: int) -> None:
        per = (time.monotonic() - began) / max(done, 1)
        left = max(count - done, 0) * per
        bar.progress(done / max(count, 1), text=f"First start: sample article {done} of {count} read"
                     + (f", about {left:.0f} s left" if left >= 1 else ""))

    store.ingest(loaded.articles, progress=progress)
    bar.empty()
    note.success(f"First start: the {total} bundled sample articles were read into the store in "
                 f"{time.monotonic() - began:.0f} s. Add your own under **Add articles**.")
    for err in loaded.errors:
        st.warning(f"Sample data: {markdown.md_escape(err)}")


def init_filters_from_url(info: dict) -> None:
    """Once per session: the URL's query parameters become the sidebar widgets' values."""
    if st.session_state.get("filters_ready"):
        return
    params = {k: st.query_params.get_all(k) for k in st.query_params}
    parsed = flt.from_params(params)
    restricted, notes = flt.restrict(parsed.filters, actors=[a for a, _ in info["actor_counts"]],
                                     categories=info["categories"], sources=info["sources"], bounds=info["bounds"])
    for key, value in flt.widget_values(restricted, info["bounds"], parsed.max_escalation).items():
        st.session_state[key] = value
    st.session_state["view"] = "actor lanes" if parsed.view == "actor" else "escalation"
    st.session_state["url_notes"] = parsed.notes + notes
    st.session_state["bounds_seen"] = info["bounds"]
    st.session_state["filters_ready"] = True


def reset_filters() -> None:
    for key in list(flt.WIDGET_KEYS.values()) + ["filters_ready", "view"]:
        st.session_state.pop(key, None)
    st.query_params.clear()


def sidebar(path: str, info: dict) -> tuple[flt.Filters, float | None]:
    keys = flt.WIDGET_KEYS
    bounds = info["bounds"]
    if bounds is not None and st.session_state.get("bounds_seen") != bounds:
        st.session_state[keys["dates"]] = flt.rebase_dates(st.session_state.get(keys["dates"]),
                                                           st.session_state.get("bounds_seen"), bounds)
        st.session_state["bounds_seen"] = bounds
    counts = dict(info["actor_counts"])
    with st.sidebar:
        st.header("Filters")
        st.multiselect("Actors", options=list(counts), key=keys["actors"],
                       format_func=lambda a: f"{a} ({counts.get(a, 0)})",
                       placeholder="All actors", help="Number of events naming each actor in brackets.")
        st.radio("Events naming", ["any of", "all of"], key=keys["actor_mode"], horizontal=True,
                 help="'any of': at least one chosen actor; 'all of': every chosen actor.")
        if bounds is not None:
            st.date_input("Date range", min_value=bounds[0], max_value=bounds[1], key=keys["dates"],
                          format="YYYY-MM-DD")
            st.radio("Events", list(flt.DATE_MODE_LABELS.values()), key=keys["date_mode"], horizontal=True,
                     help="Overlapping: every event whose dates touch the range (an event 'since early "
                          "September' is in October). Within: only events dated inside the range.")
        st.multiselect("Categories", options=info["categories"], key=keys["categories"], placeholder="All categories")
        st.multiselect("Status", options=list(STATUSES), key=keys["statuses"], placeholder="Any status")
        st.multiselect("Sources", options=info["sources"], key=keys["sources"], placeholder="All sources")
        st.slider("Escalation score", min_value=SCORE_RANGE[0], max_value=SCORE_RANGE[1], step=0.5,
                  key=keys["escalation"], format="%+.1f",
                  help="+10 is the most escalatory (deaths, use of force), −10 the most cooperative. "
                       "Drag the left end up to keep only the more escalatory events.")
        st.text_input("Search", key=keys["text"], placeholder="words in summary, actors or title",
                      max_chars=flt.MAX_TEXT)
        st.button("Reset filters", on_click=reset_filters, width="stretch")
        if not is_read_only(open_store(path)):
            corrections.name_field()
        st.caption(f"{info['events']:,} events from {info['articles']:,} articles in "
                   f"{markdown.md_escape(Path(path).name)}")
    values = {k: st.session_state.get(k) for k in keys.values()}
    return flt.from_widgets(values, bounds)


def sync_url(filters: flt.Filters, view: str, max_escalation: float | None) -> None:
    wanted = flt.to_params(filters, view, max_escalation)
    current = {k: st.query_params.get_all(k) for k in st.query_params}
    if current != wanted:
        st.query_params.from_dict(wanted)


def timeline_section(path: str, version: int, info: dict, filters: flt.Filters, max_esc: float | None,
                     frame) -> None:
    view = st.session_state.get("view", "escalation")
    key = flt.cache_key(filters, max_esc)
    top = st.columns([3, 1])
    with top[0]:
        st.markdown(f"**{len(frame):,}** of {info['events']:,} events from {info['articles']:,} articles")
        if flt.to_params(filters, max_escalation=max_esc):
            st.caption("Share this view: the page address now ends in "
                       + markdown.md_escape(flt.query_string(filters, _view_param(view), max_esc)))
    with top[1]:
        st.radio("Chart y axis", ["escalation", "actor lanes"], key="view", horizontal=True,
                 label_visibility="collapsed")
    if frame.empty:
        st.info("No events match these filters. Widen the date range, remove an actor or category, "
                "widen the escalation score range, or press **Reset filters** in the sidebar.")
        return
    x_range = chosen_range(filters, info)
    st.plotly_chart(figure(path, version, key, _view_param(view), x_range, frame), width="stretch",
                    config={"displaylogo": False}, key="timeline_chart", on_select=_picked_in_chart,
                    selection_mode="points")

    left, right = st.columns([3, 2], gap="medium")
    with left:
        st.subheader("Events")
        table = charts.table_view(frame, TABLE_COLUMNS)
        st.session_state["shown_ids"] = frame["event_id"].tolist()   # the table's rows, for its selection
        st.dataframe(
            table, hide_index=True, width="stretch", height=440, on_select=_picked_in_table,
            selection_mode="single-row", key="event_table", row_height=TABLE_ROW_HEIGHT,
            column_config={
                "corrected": st.column_config.CheckboxColumn("corrected"),
                "date": st.column_config.DateColumn("date", format="YYYY-MM-DD"),
                "date_end": st.column_config.DateColumn("until", format="YYYY-MM-DD"),
                "escalation": st.column_config.NumberColumn("escalation", format="%.1f"),
                "summary": st.column_config.TextColumn("summary", width="large", pinned=True),
                "date_text": st.column_config.TextColumn("date phrase"),
                "sources_count": st.column_config.NumberColumn("sources"),
                "event_type": st.column_config.TextColumn("type (PLOVER)"),
                "source_actors": st.column_config.TextColumn("who acts"),
                "target_actors": st.column_config.TextColumn("done to"),
                "fatalities": st.column_config.NumberColumn("killed"),
            })
        export_buttons(path, version, key, filters, max_esc, frame)
    with right:
        event = provenance_panel(path, frame, "Click an event in the chart or select a row in the table to "
                                              "see where its date came from.")
        if not is_read_only(open_store(path)):
            actors = [a for a, _n in info["actor_counts"]]
            corrections.correction_panel(open_store(path), event, frame, actors, categories_offered(info))


def large_section(path: str, version: int, info: dict, filters: flt.Filters, max_esc: float | None,
                  count: int) -> None:
    """A view of more events than the chart draws one by one (a Parquet dataset): counts per day or
    week per lane computed in the dataset, the view's top events, and the provenance of the one picked."""
    view = st.session_state.get("view", "escalation")
    key = flt.cache_key(filters, max_esc)
    top = st.columns([3, 1])
    with top[0]:
        st.markdown(f"**{count:,}** of {info['events']:,} events from {info['articles']:,} articles")
        st.caption(f"More than {aggregate.LARGE_VIEW:,} events: the chart shows how many there are per period "
                   "and lane, counted in the dataset. Narrow the filters (actors, dates, categories) to see them "
                   "one by one.")
    with top[1]:
        st.radio("Chart y axis", ["escalation", "actor lanes"], key="view", horizontal=True,
                 label_visibility="collapsed")
    x_range = chosen_range(filters, info)
    lo, hi = info["bounds"]
    unit = aggregate.unit_for((filters.date_from or lo, filters.date_to or hi))
    lane = "actor" if view == "actor lanes" else "category"
    counts = view_aggregate(path, version, key, max_esc, unit, lane, filters)
    st.plotly_chart(aggregate.aggregate_figure(counts, lane, unit, x_range=x_range), width="stretch",
                    config={"displaylogo": False}, key="aggregate_chart")
    left, right = st.columns([3, 2], gap="medium")
    with left:
        shown = []
        for by, title in (("escalation", "Most escalatory events"), ("sources_count", "Most reported events")):
            rows = view_top(path, version, key, max_esc, by, filters)
            shown.append(rows)
            st.subheader(title)
            st.session_state[f"shown_ids_{by}"] = rows["event_id"].tolist()
            st.dataframe(charts.table_view(rows, TABLE_COLUMNS), hide_index=True, width="stretch",
                         on_select=PICKED_IN_TOP[by], selection_mode="single-row", key=f"top_{by}",
                         row_height=TABLE_ROW_HEIGHT)
        large_export_buttons(path, version, key, filters, max_esc, count)
    with right:
        # the rows of both tables (an event in both once): the panel shows the one picked in either
        picked = pd.concat(shown, ignore_index=True).drop_duplicates("event_id", ignore_index=True)
        provenance_panel(path, picked, "Select a row of either table to see where its date came from.")


def chosen_range(filters: flt.Filters, info: dict) -> tuple | None:
    """The date filter's range, for the charts' axes (None when no date is chosen): the axis is drawn
    on the chosen range, not on the overhangs of events that only overlap it."""
    if not (filters.date_from or filters.date_to):
        return None
    bounds = info["bounds"]
    return (filters.date_from or bounds[0], filters.date_to or bounds[1])


def categories_offered(info: dict) -> list[str]:
    from_taxonomy = list(charts.CATEGORY_COLORS)
    return list(dict.fromkeys(from_taxonomy + list(info["categories"])))


def provenance_panel(path: str, frame, hint: str):
    """The picked event's provenance (the first row's when none is picked), with its corrections."""
    st.subheader("Provenance")
    position = _picked_position(frame)
    if position is None:
        position = 0
        st.caption(hint)
    row = frame.iloc[position].to_dict()
    store = open_store(path)
    event = codec.event_from_row(row, store.event_sources(str(row["event_id"])))
    flag = " · **corrected**" if event.corrected else ""
    st.markdown(f"**{event.date.isoformat()}** · {event.category} · {event.status} · "
                f"escalation {event.escalation:.1f}{flag}")
    st.markdown(provenance.CSS + provenance.provenance_html(event, store.corrections(event.event_id)),
                unsafe_allow_html=True)
    return event


def map_section(path: str, version: int, key: str, frame) -> None:
    """The filtered events by place (an outline map drawn offline), provenance on click."""
    if frame.empty:
        st.info("No events match these filters, so the map is empty.")
        return
    top = st.columns([3, 2])
    placed = maps.placed(frame)
    with top[0]:
        st.markdown(f"**{len(placed):,}** of {len(frame):,} filtered events have a place with a point; "
                    "the others name no place the gazetteer can put on a map.")
    with top[1]:
        size_by = st.radio("Marker size", list(maps.SIZE_BY), key="map_size_by", horizontal=True,
                           format_func=lambda s: "by fatalities" if s == "fatalities" else "by sources")
    left, right = st.columns([3, 2], gap="medium")
    with left:
        st.plotly_chart(map_figure(path, version, key, size_by, frame), width="stretch",
                        config={"displaylogo": False}, key="event_map", on_select=_picked_on_map,
                        selection_mode="points")
    with right:
        provenance_panel(path, placed if len(placed) else frame, "Click an event on the map to see its provenance.")


def weekly_section(path: str, version: int, key: str, frame, x_range: tuple | None) -> None:
    """Events and escalation per ISO week."""
    if frame.empty:
        st.info("No events match these filters.")
        return
    fig, weeks = weekly(path, version, key, x_range, frame)
    st.plotly_chart(fig, width="stretch", config={"displaylogo": False}, key="weekly_chart")
    st.caption("Weeks are ISO weeks (Monday to Sunday). An event dated to a month or a quarter is spread over "
               "its weeks in proportion to its days in each, so its share counts where it may have happened; "
               "'dated in week' counts only the events whose dates lie inside the week. Weeks no event touches "
               "are left out of the table.")
    shown = weeks[["week", "week_start", "events", "dated_in_week", "max_escalation", "mean_escalation"]]
    st.dataframe(shown, hide_index=True, width="stretch", key="weekly_table",
                 column_config={"week_start": st.column_config.DateColumn("monday", format="YYYY-MM-DD"),
                                "events": st.column_config.NumberColumn("events (spread)", format="%.2f"),
                                "max_escalation": st.column_config.NumberColumn("max escalation", format="%.1f"),
                                "mean_escalation": st.column_config.NumberColumn("mean escalation", format="%.2f")})
    st.download_button("Download weekly CSV", shown.to_csv(index=False), file_name="timeline-weekly.csv",
                       mime="text/csv", key="download_weekly", icon=":material/download:", on_click="ignore")


def _picked_point(chart_key: str) -> None:
    """The event of the point clicked in a chart (its customdata) becomes the picked event."""
    try:
        points = st.session_state[chart_key].selection.points
        ids = [p.get("customdata") for p in points if p.get("customdata")]
    except (KeyError, AttributeError, TypeError):
        ids = []
    st.session_state["picked"] = str(ids[0]) if ids else None


def _picked_in_chart() -> None:
    _picked_point("timeline_chart")


def _picked_on_map() -> None:
    _picked_point("event_map")


def _picked_in_table() -> None:
    try:
        rows = list(st.session_state["event_table"].selection.rows)
    except (KeyError, AttributeError, TypeError):
        rows = []
    shown = st.session_state.get("shown_ids") or []
    st.session_state["picked"] = str(shown[rows[0]]) if rows and 0 <= rows[0] < len(shown) else None


def _picked_in_top(by: str) -> None:
    """The row selected in a top-events table (by escalation or sources) becomes the picked event."""
    try:
        rows = list(st.session_state[f"top_{by}"].selection.rows)
    except (KeyError, AttributeError, TypeError):
        rows = []
    shown = st.session_state.get(f"shown_ids_{by}") or []
    st.session_state["picked"] = str(shown[rows[0]]) if rows and 0 <= rows[0] < len(shown) else None


PICKED_IN_TOP = {"escalation": lambda: _picked_in_top("escalation"),
                 "sources_count": lambda: _picked_in_top("sources_count")}


def _picked_position(frame) -> int | None:
    """The frame row of the event last clicked in a chart or selected in the table, if still shown."""
    picked = st.session_state.get("picked")
    if not picked:
        return None
    hits = (frame["event_id"] == picked).to_numpy().nonzero()[0]
    return int(hits[0]) if len(hits) else None


def _view_param(view: str) -> str:
    return "actor" if view == "actor lanes" else "escalation"


def export_buttons(path: str, version: int, key: str, filters: flt.Filters, max_esc: float | None,
                   frame) -> None:
    """CSV and JSON of the filtered rows, a TimelineJS 3 document and ACLED's layout, generated when
    clicked (not on every rerun)."""
    stamp = dt.date.today().isoformat()
    cols = st.columns(2)
    cols[0].download_button("Download CSV", lambda: export_csv(path, version, key, frame),
                            file_name=f"timeline-{stamp}.csv", mime="text/csv", key="download_csv",
                            icon=":material/download:", on_click="ignore")
    cols[1].download_button("Download JSON", lambda: export_json(path, version, key, max_esc, filters),
                            file_name=f"timeline-{stamp}.json", mime="application/json",
                            key="download_json", icon=":material/download:", on_click="ignore")
    with st.expander("Publish: TimelineJS, ACLED"):
        group_by = st.radio("TimelineJS groups", ["category", "actor"], key="timelinejs_group", horizontal=True)
        st.download_button("Download TimelineJS 3 JSON",
                           lambda: export_timelinejs(path, version, key, max_esc, group_by, filters),
                           file_name=f"timeline-{stamp}-timelinejs.json", mime="application/json",
                           key="download_timelinejs", icon=":material/download:", on_click="ignore")
        acled = export_acled(path, version, key, max_esc, filters)
        st.download_button("Download ACLED CSV", lambda: export_acled(path, version, key, max_esc, filters).text,
                           file_name=f"timeline-{stamp}-acled.csv",
                           mime="text/csv", key="download_acled", icon=":material/download:", on_click="ignore")
        st.caption(markdown.md_escape(acled.summary()) + ". ACLED's layout holds events dated to a day, a week or "
                   "a month that happened; its columns this timeline cannot fill (region, admin areas, "
                   "disorder type) are left out.")


def large_export_buttons(path: str, version: int, key: str, filters: flt.Filters, max_esc: float | None,
                         count: int) -> None:
    """CSV and JSON of a large view, generated when clicked, up to EXPORT_LIMIT events."""
    if count > EXPORT_LIMIT:
        st.caption(f"The view holds {count:,} events, more than the page exports ({EXPORT_LIMIT:,}): narrow the "
                   "filters, or write them all with `python -m timeline export --db "
                   f"{markdown.md_escape(path)} --csv OUT.csv` (same filters as options).")
        return
    stamp = dt.date.today().isoformat()
    cols = st.columns(2)
    cols[0].download_button("Download CSV", lambda: export_view_csv(path, version, key, max_esc, filters),
                            file_name=f"timeline-{stamp}.csv", mime="text/csv", key="download_csv",
                            icon=":material/download:", on_click="ignore")
    cols[1].download_button("Download JSON", lambda: export_json(path, version, key, max_esc, filters),
                            file_name=f"timeline-{stamp}.json", mime="application/json",
                            key="download_json", icon=":material/download:", on_click="ignore")


def add_articles_section(store: Store) -> None:
    # the tab is remembered across the rerun after an ingest, so the outcome shows where the user is
    outcome = st.session_state.pop("upload_outcome", None)
    if outcome is not None:
        show_outcome(outcome)
    st.markdown("Upload `.txt`/`.md` articles (front matter: `title`, `source`, `published`, `url`), "
                "`.jsonl` or `.csv` collections (fields `text`, `published`, optional `title`, `source`, `url`), "
                "or paste the text of one article.")
    with st.form("add_articles", clear_on_submit=True):
        files = st.file_uploader("Article files", type=UPLOAD_TYPES, accept_multiple_files=True,
                                 key="upload_files")
        pasted = st.text_area("…or paste an article", height=150, key="upload_text")
        published = st.date_input("Publication date for files without one", value=dt.date.today(),
                                  max_value=dt.date.today(), key="upload_published", format="YYYY-MM-DD")
        submitted = st.form_submit_button("Add articles", type="primary")
    if submitted:
        items = [(f.name, f.getvalue()) for f in (files or [])]
        if not items and not (pasted or "").strip():
            st.warning("Nothing to add: choose files or paste an article first.")
            return
        language_model()
        bar = st.progress(0.0, text="Adding articles…")
        outcome = uploads.ingest_uploads(
            store, items, pasted, published,
            progress=lambda done, total, label: bar.progress(
                done / max(total, 1), text=f"File {min(done + 1, total)} of {total}: {label}" if label else "Done"))
        bar.empty()
        st.session_state["upload_outcome"] = outcome
        if outcome.added:
            st.toast(f"Added {len(outcome.added)} article(s) with {outcome.events_added} new event(s)", icon="✅")
        st.rerun()


def show_outcome(outcome: uploads.UploadOutcome) -> None:
    if outcome.added:
        st.success(f"Added {len(outcome.added)} article(s) with {outcome.events_added} new event(s): "
                   + markdown.md_escape("; ".join(outcome.added[:10])) + (" …" if len(outcome.added) > 10 else ""))
    for dup in outcome.duplicates:
        st.info(f"Already in the store (duplicate, not added again): {markdown.md_escape(dup)}")
    for err in outcome.errors:
        st.error(markdown.md_escape(err))


def store_path(argv: list[str], environ=os.environ) -> str:
    """The store the page opens: `--db PATH` after Streamlit's `--` (`streamlit run dashboard.py --
    --db DIR`), else $TIMELINE_DB, else the default store file. A SQLite file or a dataset folder."""
    for i, arg in enumerate(argv):
        if arg == "--db" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--db="):
            return arg[len("--db="):]
    return str(Path(environ.get("TIMELINE_DB") or default_path()))


def main() -> None:
    st.set_page_config(page_title="Escalation timeline", page_icon="🗓️", layout="wide")
    path = store_path(sys.argv[1:])
    try:
        store = open_store(path)
    except StoreError as exc:
        st.error(f"Cannot open the store: {markdown.md_escape(one_line(exc))}")
        st.stop()
    st.markdown(PAGE_CSS, unsafe_allow_html=True)
    st.title("Escalation timeline")
    read_only = is_read_only(store)
    note = READ_ONLY_NOTE.format(path=markdown.md_escape(path)) if read_only else ""
    if read_only:
        st.caption(note)
    else:
        first_run_ingest(store)   # under the title, saying what happens on a first start
    version = store.version()
    info = facets(path, version)
    init_filters_from_url(info)

    for note in st.session_state.pop("url_notes", []):  # shown once, on arrival
        st.info(markdown.md_escape(note))
    filters, max_esc = sidebar(path, info)
    sync_url(filters, _view_param(st.session_state.get("view", "escalation")), max_esc)

    # the chosen tab is remembered (keyed, tracked): a rerun after adding articles stays on that tab
    tab_timeline, tab_map, tab_weekly, tab_audit, tab_add = st.tabs(TABS, key="tab", on_change="rerun")
    frame = None
    key = flt.cache_key(filters, max_esc)
    large = 0   # the number of events of a view too large to load, drawn from aggregates instead
    if info["events"]:
        if read_only and (n := view_count(path, version, key, max_esc, filters)) > aggregate.LARGE_VIEW:
            large = n
        else:
            frame = filtered_frame(path, version, key, max_esc, filters)
    with tab_timeline:
        if large:
            large_section(path, version, info, filters, max_esc, large)
        elif frame is None:
            st.info("The store has no events yet. Open **Add articles** to upload article files "
                    "(.txt, .md, .jsonl, .csv) or paste a news article; its dated events appear here.")
        else:
            timeline_section(path, version, info, filters, max_esc, frame)
    with tab_map:   # drawn only when open (the tabs track their state), so other tabs stay fast
        if large:
            st.info(f"The view holds {large:,} events, more than the map draws ({aggregate.LARGE_VIEW:,}): "
                    "narrow the filters to see them on the map.")
        elif frame is not None and tab_map.open:
            map_section(path, version, key, frame)
    with tab_weekly:
        if large:
            st.info(f"The view holds {large:,} events: the Timeline tab shows them per week.")
        elif frame is not None and tab_weekly.open:
            weekly_section(path, version, key, frame, chosen_range(filters, info))
    with tab_audit:
        if read_only:
            st.info(note)
        else:
            corrections.audit_section(store)
    with tab_add:
        if read_only:
            st.info(note)
        else:
            add_articles_section(store)


def run() -> None:
    """One run of the page (Streamlit reruns the entry script on every interaction)."""
    try:
        main()
    except Exception as exc:  # noqa: BLE001 - one line on the page, never a stack trace
        st.error(f"Something went wrong: {markdown.md_escape(one_line(exc))}. Reload the page; "
                 "if it persists, check the store file.")
