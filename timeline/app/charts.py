"""Plotly figures for the dashboard: pure functions from an events DataFrame to a figure.

The frame has the export columns (timeline.records.COLUMNS); `date`/`date_end` may be
`datetime.date` objects or datetimes, `actors` a tuple/list or a "; "-joined string.
Nothing here touches Streamlit or the store, so every figure can be built and checked in tests.

One figure holds both views on a shared x axis (zooming one zooms the other):
- row 1, the timeline: a marker per event at its date (the midpoint of its interval for
  coarse dates), coloured by category, y = escalation score or one lane per actor; events
  dated only to a week/month/quarter/year also get a translucent horizontal bar over their
  interval, so the uncertainty is visible; marker size grows with the number of sources.
- row 2, the escalation curve: the daily maximum escalation of day-dated events and the 7-day
  rolling mean of every event, coarse-dated ones spread over their interval.

`weekly_figure` counts events and escalation per ISO week, coarse-dated events spread likewise.

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

import numpy as np
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


def day_weights(df: pd.DataFrame) -> tuple[pd.DatetimeIndex, dict[str, np.ndarray], np.ndarray, np.ndarray]:
    """Each event spread evenly over the days of its interval (weight 1/days per day, so a day-dated
    event weighs 1 on its day and a month-dated one 1/30 on each day of its month): the days from
    the first start to the last end, the weight of each category on each day, and the total weight
    and the weighted escalation score of each day."""
    starts = df["start"].to_numpy().astype("datetime64[D]")
    ends = df["end"].to_numpy().astype("datetime64[D]")
    lo, hi = starts.min(), ends.max()
    n = int((hi - lo).astype(int)) + 1
    first = (starts - lo).astype(int)
    after = (ends - lo).astype(int) + 1
    share = 1.0 / (after - first)
    scores = df["escalation"].to_numpy(dtype=float)

    def spread(values: np.ndarray, mask: np.ndarray | None = None) -> np.ndarray:
        acc = np.zeros(n + 1)
        take = slice(None) if mask is None else mask
        np.add.at(acc, first[take], values[take])
        np.add.at(acc, after[take], -values[take])
        return np.cumsum(acc)[:n]

    by_category = {c: spread(share, (df["category"] == c).to_numpy()) for c in df["category"].unique()}
    days = pd.date_range(pd.Timestamp(lo), periods=n, freq="D")
    return days, by_category, spread(share), spread(share * scores)


def escalation_series(frame: pd.DataFrame, window_days: int = ROLLING_DAYS) -> pd.DataFrame:
    """Daily maximum escalation (the day's highest, most conflictual score) and the escalation over
    the last `window_days` calendar days.

    The daily maximum counts the events dated to a day or a few days only: a month-level report
    would otherwise spike it on the 1st. The rolling line counts every event, spread over its
    interval (`day_weights`): the weighted mean score of the events in the window, each event
    weighing the share of its interval that falls in it, so a month-dated event shapes the whole
    month a little instead of being left out. One row per day any event covers, sorted; daily_max
    is NaN on days without a day-precise event.
    """
    if frame.empty:
        return pd.DataFrame({"day": pd.Series(dtype="datetime64[ns]"),
                             "daily_max": pd.Series(dtype=float), "rolling": pd.Series(dtype=float)})
    df = frame if "start" in frame and "coarse" in frame else prepare(frame)
    days, _by_category, weight, weighted = day_weights(df)
    window_weight = pd.Series(weight).rolling(window_days, min_periods=1).sum().to_numpy()
    window_score = pd.Series(weighted).rolling(window_days, min_periods=1).sum().to_numpy()
    covered = weight > 1e-9
    precise = df[~df["coarse"]]
    daily = precise.groupby("start")["escalation"].max()
    out = pd.DataFrame({"day": days[covered], "daily_max": daily.reindex(days[covered]).to_numpy(),
                        "rolling": window_score[covered] / window_weight[covered]})
    return out.reset_index(drop=True)


def iso_week(day: pd.Timestamp) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def weekly_series(frame: pd.DataFrame) -> pd.DataFrame:
    """Events and escalation per ISO week, as analysts count them: `events` is the number of events
    in the week with each coarse-dated event spread over its interval (a month-dated event counts
    about a quarter in each of its weeks), one column per category likewise, `dated_in_week` the
    events dated inside the week, `max_escalation` their highest score and `mean_escalation` the
    weighted mean score of everything the week holds. One row per week that any event touches."""
    columns = ["week", "week_start", "events", "dated_in_week", "max_escalation", "mean_escalation"]
    if frame.empty:
        return pd.DataFrame({c: pd.Series(dtype=float) for c in columns})
    df = frame if "start" in frame and "coarse" in frame else prepare(frame)
    days, by_category, weight, weighted = day_weights(df)
    monday = days - pd.to_timedelta(days.day_of_week, unit="D")
    per_day = pd.DataFrame({"week_start": monday, "events": weight, "score": weighted,
                            **{f"cat:{c}": w for c, w in by_category.items()}})
    weeks = per_day.groupby("week_start").sum()
    inside = df[(df["start"] - pd.to_timedelta(df["start"].dt.day_of_week, unit="D"))
                == (df["end"] - pd.to_timedelta(df["end"].dt.day_of_week, unit="D"))]
    inside_week = inside["start"] - pd.to_timedelta(inside["start"].dt.day_of_week, unit="D")
    grouped = inside.groupby(inside_week)["escalation"]
    out = pd.DataFrame({
        "week": [iso_week(w) for w in weeks.index], "week_start": weeks.index,
        "events": weeks["events"].round(3).to_numpy(),
        "dated_in_week": grouped.count().reindex(weeks.index, fill_value=0).astype(int).to_numpy(),
        "max_escalation": grouped.max().reindex(weeks.index).to_numpy(),
        "mean_escalation": (weeks["score"] / weeks["events"].where(weeks["events"] > 1e-9)).round(3).to_numpy()})
    for c in CATEGORY_COLORS:
        if f"cat:{c}" in weeks:
            out[c] = weeks[f"cat:{c}"].round(3).to_numpy()
    return out[weeks["events"].to_numpy() > 1e-6].reset_index(drop=True)   # the weeks any event touches


def weekly_figure(frame: pd.DataFrame, height: int = 460, x_range: tuple | None = None) -> go.Figure:
    """Events per ISO week (bars stacked by category, coloured like the timeline) and the week's
    mean and maximum escalation (right axis). The axis spans `x_range` when given, else the weeks of
    the day-dated events (zooming out shows the rest)."""
    weeks = weekly_series(frame)
    fig = make_subplots(specs=[[{"secondary_y": True}]])
    for category, color in CATEGORY_COLORS.items():
        if category in weeks:
            fig.add_trace(go.Bar(x=weeks["week_start"], y=weeks[category], name=category, marker_color=color,
                                 customdata=weeks["week"], legendgroup=category,
                                 hovertemplate=f"%{{customdata}}: %{{y:.2f}} {category} event(s)<extra></extra>"),
                          secondary_y=False)
    fig.add_trace(go.Scatter(x=weeks["week_start"], y=weeks["mean_escalation"], name="mean escalation",
                             mode="lines+markers", line=dict(color="#b2182b", width=2.5), customdata=weeks["week"],
                             hovertemplate="%{customdata}: mean escalation %{y:.2f}<extra></extra>"), secondary_y=True)
    fig.add_trace(go.Scatter(x=weeks["week_start"], y=weeks["max_escalation"], name="max escalation (dated in week)",
                             mode="markers", marker=dict(color="#67001f", symbol="triangle-up", size=9),
                             customdata=weeks["week"],
                             hovertemplate="%{customdata}: most escalatory event %{y:.1f}<extra></extra>"),
                  secondary_y=True)
    fig.update_layout(barmode="stack", height=height, template="plotly_white", margin=dict(l=10, r=10, t=30, b=10),
                      legend=dict(orientation="v", x=1.06, y=1.0), hovermode="closest",
                      title_text="Events per ISO week (coarse dates spread over their weeks) and escalation")
    fig.update_yaxes(title_text="events", secondary_y=False, rangemode="tozero")
    fig.update_yaxes(title_text="escalation", secondary_y=True, range=[SCORE_RANGE[0], SCORE_RANGE[1]],
                     tickmode="linear", tick0=-10, dtick=5, showgrid=False)
    if x_range is None and len(frame):
        df = prepare(frame)
        precise = df[~df["coarse"]] if (~df["coarse"]).any() else df
        x_range = (precise["start"].min(), precise["start"].max())
    if x_range is not None:
        lo, hi = pd.Timestamp(x_range[0]), pd.Timestamp(x_range[1])
        x_range = [lo - pd.Timedelta(days=lo.day_of_week + 4), hi + pd.Timedelta(days=10 - hi.day_of_week)]
    fig.update_xaxes(type="date", tickformat="%G-W%V", range=x_range)
    return fig


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


def timeline_figure(frame: pd.DataFrame, y_mode: str = "escalation", height: int = 640,
                    x_range: tuple | None = None) -> go.Figure:
    """The timeline (row 1) over the escalation curve (row 2), sharing the x axis; the axis spans
    `x_range` (the date filter's range) when given, else the span of the day-dated events."""
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
    bars = series.dropna(subset=["daily_max"])
    fig.add_trace(go.Bar(x=bars["day"], y=bars["daily_max"], name="daily max",
                         marker_color="#f4a582", base=0, hovertemplate="%{x|%Y-%m-%d}: most escalatory event scores %{y:.1f}<extra></extra>"),
                  row=2, col=1)
    line_x, line_y = _break_gaps(series["day"], series["rolling"], pd.Timedelta(days=ROLLING_DAYS))
    fig.add_trace(go.Scatter(x=line_x, y=line_y, name=f"{ROLLING_DAYS}-day rolling mean (coarse dates spread)",
                             mode="lines+markers", line=dict(color="#b2182b", width=2.5), marker=dict(size=4),
                             hovertemplate="%{x|%Y-%m-%d}: 7-day mean %{y:.2f} (events weighted by the share "
                                           "of their interval in the window)<extra></extra>"),
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
    if x_range is not None:
        lo, hi = (pd.Timestamp(x_range[0]), pd.Timestamp(x_range[1]) + pd.Timedelta(days=1))
        x_range = [lo - pd.Timedelta(hours=12), hi + pd.Timedelta(hours=12)]
    else:
        focus = focus_range(df)
        x_range = [focus[0], focus[1]] if focus else None
    fig.update_xaxes(type="date", showgrid=True, range=x_range, row=1, col=1)
    fig.update_xaxes(type="date", showgrid=True, range=x_range, row=2, col=1)
    fig.update_layout(height=height, margin=dict(l=10, r=10, t=30, b=10), hovermode="closest",
                      legend=dict(orientation="v", yanchor="top", y=1.0, x=1.01, title_text="",
                                  font=dict(size=12)),
                      bargap=0.1, template="plotly_white", dragmode="zoom", clickmode="event+select")
    return fig
