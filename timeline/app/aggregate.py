"""The chart of a view too large to draw event by event: counts per day or week per lane, as the
dataset store aggregates them in SQL (`DatasetStore.aggregate`). Pure functions from that frame to
a figure; nothing here touches Streamlit or the store.

One marker per (period, lane): its size grows with the number of events, its colour is the
highest escalation among them, its hover tells the count, the mean and the sources. Lanes are the
view's most frequent actors (actor lanes) or the categories (escalation view, lanes ordered from
least to most escalatory as in the timeline).
"""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from timeline.app.charts import CATEGORY_COLORS
from timeline.records import SCORE_RANGE

LARGE_VIEW = 20_000      # a filtered view of more events than this is drawn from aggregates
DAILY_UP_TO_DAYS = 120   # a view spanning at most this many days is counted per day, a longer one per week
TOP_EVENTS = 20          # rows of each "top events" table


def unit_for(span: tuple[dt.date, dt.date] | None) -> str:
    """'day' for a short view, 'week' otherwise (or when the span is not known)."""
    if span is None:
        return "week"
    return "day" if (span[1] - span[0]).days <= DAILY_UP_TO_DAYS else "week"


def lane_order(frame: pd.DataFrame, lane: str) -> list[str]:
    """Lanes bottom to top: categories from least to most escalatory, actors most frequent on top."""
    present = list(dict.fromkeys(frame["lane"]))
    if lane == "category":
        known = [c for c in CATEGORY_COLORS if c in present]
        return known + sorted(c for c in present if c not in known)
    totals = frame.groupby("lane")["events"].sum().sort_values(ascending=True, kind="stable")
    return list(totals.index)


def aggregate_figure(frame: pd.DataFrame, lane: str, unit: str, height: int = 560,
                     x_range: tuple | None = None) -> go.Figure:
    """The aggregated chart of `frame` (DatasetStore.aggregate's columns)."""
    fig = go.Figure()
    if len(frame):
        size = 6 + 30 * np.sqrt(frame["events"] / frame["events"].max())
        fig.add_trace(go.Scatter(
            x=frame["period"], y=frame["lane"], mode="markers",
            marker=dict(size=size, color=frame["max_escalation"], colorscale="RdYlGn_r", cmin=SCORE_RANGE[0],
                        cmax=SCORE_RANGE[1], colorbar=dict(title="max<br>escalation"), line=dict(width=0)),
            customdata=np.stack([frame["events"], frame["mean_escalation"], frame["sources"]], axis=-1),
            hovertemplate=(f"%{{x|%Y-%m-%d}} ({unit})<br>%{{y}}<br>%{{customdata[0]:,}} events, "
                           "mean escalation %{customdata[1]:.1f}, max %{marker.color:.1f}<br>"
                           "%{customdata[2]:,} sources<extra></extra>")))
    fig.update_layout(height=height, margin=dict(l=10, r=10, t=30, b=10), showlegend=False,
                      title=dict(text=f"Events per {unit} per {'actor' if lane == 'actor' else 'category'} "
                                      "(marker size: events; colour: highest escalation)", font=dict(size=13)))
    fig.update_yaxes(categoryorder="array", categoryarray=lane_order(frame, lane) if len(frame) else [])
    if x_range is not None:
        fig.update_xaxes(range=[pd.Timestamp(x_range[0]), pd.Timestamp(x_range[1])])
    return fig
