"""Plotly figures for the dashboard: pure functions from an events DataFrame to a figure.

The frame has the export columns (timeline.records.COLUMNS); `date`/`date_end` may be
`datetime.date` objects or datetimes, `actors` a tuple/list or a "; "-joined string.
Nothing here touches Streamlit or the store, so every figure can be built and checked in tests.

One figure holds both views on a shared x axis (zooming one zooms the other):
- row 1, the timeline: a marker per event at its date (the midpoint of its interval for
  coarse dates), coloured by category, y = escalation score or one lane per actor; events
  dated only to a week/month/quarter/year also get a translucent horizontal bar over their
  interval, so the uncertainty is visible; marker size grows with the number of sources.
- row 2, the escalation curve: the daily maximum escalation and its 7-day rolling mean.

Escalation is the score of lang/en/escalation.tsv (a Goldstein-like scale with the sign
flipped): +10 is the most escalatory (deaths, force), -10 the most cooperative, so "up" is
"more escalatory" on both y axes and a day's maximum escalation is its highest score.
"""
from __future__ import annotations

import datetime as dt
import functools
import html
import zlib
from typing import Iterable

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from timeline.records import SCORE_RANGE

# Category order runs from least to most escalatory; colours follow (greens -> reds).
CATEGORY_COLORS: dict[str, str] = {
    "cooperation": "#2ca02c",
    "diplomacy": "#17becf",
    "statement": "#7f7f7f",
    "accusation": "#bcbd22",
    "threat": "#ff7f0e",
    "sanction": "#9467bd",
    "deployment": "#1f77b4",
    "covert": "#8c564b",
    "force": "#d62728",
    "casualties": "#7b0000",
    "other": "#c7c7c7",
}
COARSE_GRANULARITIES = ("week", "month", "quarter", "year")
Y_MODES = ("escalation", "actor")
MAX_LANES = 20          # actor lanes shown; the rest are folded into "(other actors)"
OTHER_LANE = "(other actors)"
NO_ACTOR_LANE = "(no actor named)"
ROLLING_DAYS = 7


def actor_list(value: object) -> list[str]:
    """The actors cell as a list, whatever shape the frame gives it in."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    if isinstance(value, (list, tuple)):
        return [str(a) for a in value if str(a)]
    text = str(value)
    sep = ";" if ";" in text else "|"
    return [part.strip() for part in text.split(sep) if part.strip()]


def _day(series: pd.Series) -> pd.Series:
    return pd.to_datetime(series).dt.normalize()


def prepare(frame: pd.DataFrame) -> pd.DataFrame:
    """The columns the charts need, typed: start/end timestamps, midpoint, marker size, hover text."""
    df = pd.DataFrame(index=frame.index)
    df["event_id"] = frame["event_id"].astype(str)
    df["start"] = _day(frame["date"])
    end = _day(frame["date_end"]) if "date_end" in frame else df["start"]
    df["end"] = end.where(end >= df["start"], df["start"])
    df["granularity"] = frame.get("granularity", pd.Series("day", index=frame.index)).fillna("unknown").astype(str)
    df["coarse"] = df["granularity"].isin(COARSE_GRANULARITIES) & (df["end"] > df["start"])
    # Markers for coarse events sit in the middle of their interval.
    df["x"] = df["start"] + (df["end"] - df["start"]) / 2
    df["x"] = df["x"].where(df["coarse"], df["start"])
    cats = frame["category"].fillna("other").astype(str)
    df["category"] = cats.where(cats.isin(CATEGORY_COLORS.keys()), "other")
    df["escalation"] = pd.to_numeric(frame["escalation"], errors="coerce").fillna(0.0).astype(float)
    count = pd.to_numeric(frame.get("sources_count", 1), errors="coerce")
    df["sources_count"] = (count.fillna(1).astype(int) if isinstance(count, pd.Series)
                           else pd.Series(1, index=frame.index))
    df["size"] = (8 + 4 * (df["sources_count"].clip(lower=1, upper=5) - 1)).astype(float)
    df["actors"] = [actor_list(v) for v in frame["actors"]] if "actors" in frame else [[]] * len(frame)
    df["hover"] = [_hover_of(values) for values in _rows(frame)]
    return df


def jitter(event_ids: pd.Series, spread: float = 0.3) -> pd.Series:
    """A small, stable vertical offset per event (same id, same offset), so that events with the
    same score on the same day don't hide each other; hover shows the exact score."""
    return pd.Series([(zlib.crc32(str(e).encode()) % 1000 / 999 - 0.5) * 2 * spread for e in event_ids],
                     index=event_ids.index, dtype="float64")


def table_view(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """The event table as shown: the chosen columns, actors as a readable comma list."""
    view = frame[columns].copy()
    if "actors" in view:
        view["actors"] = [", ".join(actor_list(a)) for a in view["actors"]]
    return view


HOVER_FIELDS = ("summary", "date", "date_end", "date_text", "date_basis", "granularity", "status",
                "category", "escalation", "actors", "source", "sources_count")


def _rows(frame: pd.DataFrame) -> Iterable[tuple]:
    missing = [None] * len(frame)
    return zip(*(frame[c].tolist() if c in frame else missing for c in HOVER_FIELDS))


def _esc(value: object, limit: int = 200) -> str:
    """Article text for Plotly hover labels: shortened and HTML-escaped (Plotly renders a few tags)."""
    text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return html.escape(text, quote=False)


def _fmt_date(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, (dt.date, pd.Timestamp)):
        return pd.Timestamp(value).date().isoformat()
    return str(value)[:10]


def _wrap(text: str, width: int = 70) -> str:
    """Break an (already escaped) line into <br>-joined chunks so hover boxes stay narrow."""
    words, lines, line = text.split(" "), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "<br>".join(lines)


def _hover_of(values: tuple) -> str:
    try:
        return _hover_cached(values)
    except TypeError:  # an unhashable cell (a list of actors): build it without the cache
        return _hover(dict(zip(HOVER_FIELDS, values)))


@functools.lru_cache(maxsize=50_000)
def _hover_cached(values: tuple) -> str:
    """Hover text per distinct event row, remembered: a filter change redraws known events for free."""
    return _hover(dict(zip(HOVER_FIELDS, values)))


def _hover(row: dict) -> str:
    start, end = _fmt_date(row.get("date")), _fmt_date(row.get("date_end"))
    when = start if not end or end == start else f"{start} – {end}"
    phrase = row.get("date_text") or ""
    basis = row.get("date_basis") or ""
    dated = f"“{_esc(phrase, 80)}” ({_esc(basis)})" if phrase else f"({_esc(basis) or 'publication date'})"
    count = row.get("sources_count") or 1
    try:
        count = int(count)
    except (TypeError, ValueError):
        count = 1
    sources = _esc(row.get("source"), 80) + (f" +{count - 1} more" if count > 1 else "")
    return "<br>".join([
        f"<b>{_wrap(_esc(row.get('summary')))}</b>",
        f"{when} · {_esc(row.get('granularity'))} · {dated}",
        f"{_esc(row.get('category'))} · {_esc(row.get('status'))} · escalation {_esc(row.get('escalation'))}",
        f"Actors: {_wrap(_esc(', '.join(actor_list(row.get('actors'))), 300))}",
        f"Sources ({count}): {sources}",
    ])


def actor_lanes(df: pd.DataFrame, limit: int = MAX_LANES) -> list[str]:
    """Actors ordered by event count (most first), at most `limit`; ties by name."""
    counts: dict[str, int] = {}
    for actors in df["actors"]:
        for a in actors:
            counts[a] = counts.get(a, 0) + 1
    return [a for a, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]


def _lane_rows(df: pd.DataFrame, lanes: list[str]) -> pd.DataFrame:
    """One row per (event, lane): events with several actors appear in each of their lanes."""
    keep = set(lanes)
    lane_of = [([a for a in actors if a in keep] or [OTHER_LANE if actors else NO_ACTOR_LANE])
               for actors in df["actors"]]
    out = df.assign(lane=lane_of).explode("lane")
    return out


def escalation_series(frame: pd.DataFrame, window_days: int = ROLLING_DAYS) -> pd.DataFrame:
    """Daily maximum escalation (the day's highest, most conflictual score) and its rolling mean over
    the last `window_days` calendar days.

    Only events dated to a day or a few days (not week/month/... granular ones) are counted: a
    month-level report would otherwise spike the curve on the 1st. If no event is that precise,
    all events are counted at their start date. Days without events are absent from `daily_max`
    and do not dilute the rolling mean (it averages the event days inside the window).
    Returns columns day (Timestamp), daily_max, rolling; one row per event day, sorted.
    """
    if frame.empty:
        return pd.DataFrame({"day": pd.Series(dtype="datetime64[ns]"),
                             "daily_max": pd.Series(dtype=float), "rolling": pd.Series(dtype=float)})
    df = frame if "start" in frame and "coarse" in frame else prepare(frame)
    precise = df[~df["coarse"]]
    if precise.empty:
        precise = df
    daily = precise.groupby("start")["escalation"].max().sort_index()
    rolling = daily.rolling(f"{window_days}D").mean()
    return pd.DataFrame({"day": daily.index, "daily_max": daily.to_numpy(), "rolling": rolling.to_numpy()})


def _break_gaps(days: pd.Series, values: pd.Series, gap: pd.Timedelta) -> tuple[list, list]:
    """The points of a line with a break (None) wherever two event days are more than `gap`
    apart, so the rolling line does not draw a trend across weeks with no events at all."""
    xs: list = []
    ys: list = []
    previous = None
    for day, value in zip(days, values):
        if previous is not None and day - previous > gap:
            xs.append(None)
            ys.append(None)
        xs.append(day)
        ys.append(value)
        previous = day
    return xs, ys


def focus_range(df: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The initial x range: the span of the events dated to the day (padded), so that a few events
    known only by year ("since 2013") don't squash the story into a sliver; zooming out shows all."""
    if df.empty:
        return None
    precise = df[~df["coarse"]]
    if precise.empty:
        lo, hi = df["start"].min(), df["end"].max()
    else:
        lo, hi = precise["start"].min(), precise["start"].max()
    pad = max(pd.Timedelta(days=3), (hi - lo) * 0.03)
    return lo - pad, hi + pad


def timeline_figure(frame: pd.DataFrame, y_mode: str = "escalation", height: int = 640) -> go.Figure:
    """The timeline (row 1) over the escalation curve (row 2), sharing the x axis."""
    if y_mode not in Y_MODES:
        raise ValueError(f"y_mode must be one of {Y_MODES}, not {y_mode!r}")
    df = prepare(frame)
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.06,
                        row_heights=[0.72, 0.28],
                        subplot_titles=("Events by actor" if y_mode == "actor" else "Events (up = more escalatory)",
                                        "Escalation: daily maximum and 7-day rolling mean"))
    if y_mode == "actor":
        lanes = actor_lanes(df)
        plot = _lane_rows(df, lanes)
        y_col = "lane"
    else:
        lanes, y_col = [], "y"
        plot = df.assign(y=df["escalation"] + jitter(df["event_id"]))
    for category, color in CATEGORY_COLORS.items():
        part = plot[plot["category"] == category]
        if part.empty:
            continue
        bars = part[part["coarse"]]
        if not bars.empty:
            xs, ys = [], []
            for start, end, y in zip(bars["start"], bars["end"] + pd.Timedelta(days=1), bars[y_col]):
                xs += [start, end, None]
                ys += [y, y, None]
            fig.add_trace(go.Scatter(
                x=xs, y=ys, mode="lines", line=dict(color=color, width=6), opacity=0.22,
                legendgroup=category, showlegend=False, hoverinfo="skip", name=f"{category} (interval)"),
                row=1, col=1)
        fig.add_trace(go.Scatter(
            x=part["x"], y=part[y_col], mode="markers", name=category, legendgroup=category,
            marker=dict(color=color, size=part["size"], line=dict(color="white", width=0.6), opacity=0.85),
            customdata=part["event_id"], text=part["hover"], hovertemplate="%{text}<extra></extra>"),
            row=1, col=1)
    series = escalation_series(df)
    fig.add_trace(go.Bar(x=series["day"], y=series["daily_max"], name="daily max",
                         marker_color="#f4a582", base=0, hovertemplate="%{x|%Y-%m-%d}: most escalatory event scores %{y:.1f}<extra></extra>"),
                  row=2, col=1)
    line_x, line_y = _break_gaps(series["day"], series["rolling"], pd.Timedelta(days=ROLLING_DAYS))
    fig.add_trace(go.Scatter(x=line_x, y=line_y, name=f"{ROLLING_DAYS}-day rolling mean",
                             mode="lines+markers", line=dict(color="#b2182b", width=2.5), marker=dict(size=4),
                             hovertemplate="%{x|%Y-%m-%d}: 7-day mean %{y:.2f}<extra></extra>"),
                  row=2, col=1)
    if y_mode == "actor":
        order = lanes + [lane for lane in (OTHER_LANE, NO_ACTOR_LANE) if (plot["lane"] == lane).any()]
        fig.update_yaxes(title_text="actor", categoryorder="array", categoryarray=list(reversed(order)),
                         type="category", row=1, col=1)
        height = max(height, 160 + 28 * len(order) + 180)
    else:
        fig.update_yaxes(title_text="escalation (+10 = most conflictual)", row=1, col=1,
                         range=[SCORE_RANGE[0] - 0.8, SCORE_RANGE[1] + 0.8], zeroline=True,
                         zerolinecolor="#bbbbbb")
    fig.update_yaxes(title_text="escalation", row=2, col=1, range=[SCORE_RANGE[0], SCORE_RANGE[1]],
                     zeroline=True, zerolinecolor="#bbbbbb")
    focus = focus_range(df)
    x_range = [focus[0], focus[1]] if focus else None
    fig.update_xaxes(type="date", showgrid=True, range=x_range, row=1, col=1)
    fig.update_xaxes(type="date", showgrid=True, range=x_range, row=2, col=1)
    fig.update_layout(height=height, margin=dict(l=10, r=10, t=30, b=10), hovermode="closest",
                      legend=dict(orientation="v", yanchor="top", y=1.0, x=1.01, title_text="",
                                  font=dict(size=12)),
                      bargap=0.1, template="plotly_white", dragmode="zoom", clickmode="event+select")
    return fig
