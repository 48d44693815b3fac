"""The map: the filtered events by place, as a Plotly figure drawn with no network access.

Plotly's geo subplot fetches its base map (topojson) from a CDN as soon as one of its layers
(land, coastlines, countries, ...) is switched on. Here every layer is off and the outline is drawn
as an ordinary line trace from `world_outline.json` (Natural Earth's 1:110m countries, public
domain, made by tools/make_world_outline.py), so the figure needs nothing but the page.

Each event with a point is one marker, coloured by its category as on the timeline, sized by its
fatalities or its number of sources; events at the same point are nudged apart a little (a stable
offset per event) so none hides another. Pure functions, like charts.py.
"""
from __future__ import annotations

import functools
import json
import math
import zlib
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from timeline.app.charts import CATEGORY_COLORS, HOVER_FIELDS, _esc, _hover_of

OUTLINE = Path(__file__).with_name("world_outline.json")
SIZE_BY = ("fatalities", "sources")
PRECISION_WORDS = {1: "the place itself", 2: "near it or the region", 3: "the country only"}
NUDGE_DEGREES = 0.35
MIN_SPAN_DEGREES = 12.0
ASPECT = 0.55   # latitude span ÷ longitude span of the view: about the map's box
# every base layer of Plotly's geo subplot off: with any of them on, plotly.js fetches topojson from a CDN
OFFLINE_GEO = {f"show{layer}": False for layer in ("land", "ocean", "lakes", "rivers", "countries", "coastlines",
                                                   "subunits")}


@functools.lru_cache(maxsize=1)
def outline() -> tuple[tuple[float | None, ...], tuple[float | None, ...]]:
    """The world's country outlines as one line: (longitudes, latitudes), None between rings."""
    lons: list[float | None] = []
    lats: list[float | None] = []
    for ring in json.loads(OUTLINE.read_text(encoding="utf-8"))["lines"]:
        lons += [p[0] for p in ring] + [None]
        lats += [p[1] for p in ring] + [None]
    return tuple(lons), tuple(lats)


def placed(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows of the frame that have a point."""
    if frame.empty or "latitude" not in frame:
        return frame.iloc[0:0]
    lat = pd.to_numeric(frame["latitude"], errors="coerce")
    lon = pd.to_numeric(frame["longitude"], errors="coerce")
    return frame[lat.notna() & lon.notna()]


def marker_sizes(frame: pd.DataFrame, size_by: str) -> pd.Series:
    """Marker diameters: 8 px, growing with the square root of fatalities (to 40 px at 100 dead and
    over) or of the number of sources (to 32 px at 10)."""
    if size_by not in SIZE_BY:
        raise ValueError(f"size_by must be one of {SIZE_BY}, not {size_by!r}")
    if size_by == "fatalities":
        values = pd.to_numeric(frame.get("fatalities"), errors="coerce").fillna(0).clip(lower=0, upper=100)
        return 8 + 32 * values.map(math.sqrt) / 10
    values = pd.to_numeric(frame.get("sources_count"), errors="coerce").fillna(1).clip(lower=1, upper=10)
    return 8 + 24 * (values - 1).map(math.sqrt) / 3


def _nudge(event_ids: pd.Series, salt: int) -> pd.Series:
    return pd.Series([((zlib.crc32(f"{salt}:{e}".encode()) % 1000) / 999 - 0.5) * 2 * NUDGE_DEGREES
                      for e in event_ids], index=event_ids.index, dtype="float64")


def _map_hover(row: dict) -> str:
    precision = row.get("geo_precision")
    try:
        where = PRECISION_WORDS.get(int(precision), "")
    except (TypeError, ValueError):
        where = ""
    place = _esc(row.get("location")) + (f", {_esc(row.get('country'))}" if row.get("country")
                                         and row.get("country") != row.get("location") else "")
    killed = row.get("fatalities")
    toll = "" if killed is None or pd.isna(killed) else f" · {int(killed)} killed"
    return f"<b>{place}</b> ({where}){toll}"


def view_box(lat: pd.Series, lon: pd.Series, aspect: float = ASPECT) -> tuple[list[float], list[float]]:
    """Latitude and longitude ranges around the points, padded, at least MIN_SPAN_DEGREES wide and
    widened to about `aspect` (latitude span ÷ longitude span) so the map fills its box."""
    lat_lo, lat_hi, lon_lo, lon_hi = float(lat.min()), float(lat.max()), float(lon.min()), float(lon.max())
    lat_span = max(lat_hi - lat_lo, MIN_SPAN_DEGREES * aspect) * 1.3
    lon_span = max(lon_hi - lon_lo, MIN_SPAN_DEGREES) * 1.3
    lat_span, lon_span = max(lat_span, lon_span * aspect), max(lon_span, lat_span / aspect)

    def around(lo: float, hi: float, span: float, limit: float) -> list[float]:
        span = min(span, 2 * limit)
        middle = min(max((lo + hi) / 2, -limit + span / 2), limit - span / 2)
        return [middle - span / 2, middle + span / 2]
    return around(lat_lo, lat_hi, lat_span, 90.0), around(lon_lo, lon_hi, lon_span, 180.0)


def map_figure(frame: pd.DataFrame, size_by: str = "fatalities", height: int = 560) -> go.Figure:
    """The events of `frame` that have a point, on an outline map, one trace per category."""
    sizes = marker_sizes(frame, size_by) if len(frame) else pd.Series(dtype=float)
    points = placed(frame)
    fig = go.Figure()
    lons, lats = outline()
    fig.add_trace(go.Scattergeo(lon=list(lons), lat=list(lats), mode="lines", line=dict(color="#9a9a9a", width=0.7),
                                hoverinfo="skip", showlegend=False, name="outline"))
    if len(points):
        lat = pd.to_numeric(points["latitude"]) + _nudge(points["event_id"], 1)
        lon = pd.to_numeric(points["longitude"]) + _nudge(points["event_id"], 2)
        missing = [None] * len(points)
        rows = zip(*(points[c].tolist() if c in points else missing for c in HOVER_FIELDS))
        where = [dict(zip(("location", "country", "geo_precision", "fatalities"), values)) for values in
                 zip(*(points[c].tolist() if c in points else missing
                       for c in ("location", "country", "geo_precision", "fatalities")))]
        hover = [f"{_map_hover(w)}<br>{_hover_of(r)}" for w, r in zip(where, rows)]
        hover = pd.Series(hover, index=points.index)
        cats = points["category"].astype(str).where(points["category"].isin(CATEGORY_COLORS.keys()), "other")
        for category, color in CATEGORY_COLORS.items():
            part = cats == category
            if not part.any():
                continue
            fig.add_trace(go.Scattergeo(
                lon=lon[part], lat=lat[part], mode="markers", name=category,
                marker=dict(color=color, size=sizes[points.index[part]], opacity=0.8,
                            line=dict(color="white", width=0.6), sizemode="diameter"),
                customdata=points.loc[part, "event_id"], text=hover[part], hovertemplate="%{text}<extra></extra>"))
        lat_range, lon_range = view_box(pd.to_numeric(points["latitude"]), pd.to_numeric(points["longitude"]))
    else:
        lat_range, lon_range = [-60.0, 85.0], [-180.0, 180.0]
    fig.update_geos(projection_type="equirectangular", domain=dict(x=[0, 1], y=[0, 1]), lataxis_range=lat_range, lonaxis_range=lon_range,
                    showframe=True, framecolor="#cccccc", bgcolor="rgba(0,0,0,0)", **OFFLINE_GEO,
                    lataxis_showgrid=True, lonaxis_showgrid=True, lataxis_gridcolor="#eeeeee",
                    lonaxis_gridcolor="#eeeeee")
    fig.update_layout(height=height, margin=dict(l=0, r=0, t=10, b=0), template="plotly_white",
                      legend=dict(orientation="h", x=0.0, y=-0.02, yanchor="top"), clickmode="event+select",
                      hovermode="closest")
    return fig
