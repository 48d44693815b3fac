"""The chart of a view too large to draw event by event (timeline.app.aggregate): pure functions."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from timeline.app import aggregate

D = dt.date


def frame(rows):
    return pd.DataFrame(rows, columns=["period", "lane", "events", "max_escalation", "mean_escalation", "sources"])


def test_unit_is_a_day_for_short_views_and_a_week_otherwise():
    assert aggregate.unit_for((D(2025, 1, 1), D(2025, 1, 1) + dt.timedelta(days=aggregate.DAILY_UP_TO_DAYS))) == "day"
    assert aggregate.unit_for((D(2025, 1, 1), D(2025, 1, 2) + dt.timedelta(days=aggregate.DAILY_UP_TO_DAYS))) == "week"
    assert aggregate.unit_for(None) == "week"


def test_lanes_are_ordered_like_the_timeline():
    cats = frame([(D(2025, 1, 6), "force", 3, 9.0, 8.5, 4), (D(2025, 1, 6), "cooperation", 1, 1.0, 1.0, 1),
                  (D(2025, 1, 13), "zzz-new", 1, 0.0, 0.0, 1)])
    assert aggregate.lane_order(cats, "category") == ["cooperation", "force", "zzz-new"]
    actors = frame([(D(2025, 1, 6), "A", 1, 1.0, 1.0, 1), (D(2025, 1, 6), "B", 5, 1.0, 1.0, 1),
                    (D(2025, 1, 13), "A", 2, 1.0, 1.0, 1)])
    assert aggregate.lane_order(actors, "actor") == ["A", "B"]   # the most frequent on top


def test_figure_has_one_marker_per_period_and_lane_sized_by_count():
    data = frame([(D(2025, 1, 6), "A", 1, 2.0, 2.0, 1), (D(2025, 1, 6), "B", 100, 9.0, 5.0, 150)])
    fig = aggregate.aggregate_figure(data, "actor", "week", x_range=(D(2025, 1, 1), D(2025, 2, 1)))
    (trace,) = fig.data
    assert list(trace.y) == ["A", "B"]
    sizes = list(trace.marker.size)
    assert sizes[0] < sizes[1] and list(trace.marker.color) == [2.0, 9.0]
    assert "per week per actor" in fig.layout.title.text
    assert not aggregate.aggregate_figure(frame([]), "category", "day").data
