"""The report's two charts as Vega-Lite specs (built with Altair): a timeline of event
clusters and a map of event locations on country shapes shipped by ``countryinfo``."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import lru_cache

import altair as alt

from schemas.enums import Status, values

# one colour and one point shape per status (schemas.enums.Status order), told apart in print
STATUS_COLOURS = ("#1b7837", "#2166ac", "#e08214", "#b2182b")
STATUS_SHAPES = ("circle", "diamond", "triangle-up", "cross")
PRECISION_COLOURS = {"city": "#5e3c99", "country": "#fdb863"}


def _status_scale() -> dict:
    return dict(color=alt.Color("status:N", title="status", scale=alt.Scale(
                    domain=list(values(Status)), range=list(STATUS_COLOURS))),
                shape=alt.Shape("status:N", title="status", scale=alt.Scale(
                    domain=list(values(Status)), range=list(STATUS_SHAPES))))


def timeline_rows(clusters) -> list[dict]:
    """One row per dated cluster: its country pair (or participants), dates and status."""
    rows = []
    for c in clusters:
        if c.date_start is None:
            continue
        end = c.date_end or c.date_start
        rows.append({
            "cluster": c.cluster_id, "parties": " · ".join(sorted(c.participants)) or "—",
            "type": c.event_type, "status": c.status, "rule": c.status_rule,
            "start": c.date_start.isoformat(), "end": (end + dt.timedelta(days=1)).isoformat(),
            "dates": c.date_start.isoformat() + ("" if end == c.date_start else f" – {end}"),
            "sources": c.n_sources,
        })
    return rows


def timeline(clusters) -> dict:
    """Clusters on a date axis, one row per set of parties; colour and shape: status."""
    rows = timeline_rows(clusters)
    n_rows = len({r["parties"] for r in rows}) or 1
    base = alt.Chart(alt.Data(values=rows)).encode(
        y=alt.Y("parties:N", title=None, sort="ascending"),
        tooltip=["type:N", "status:N", "dates:N", "parties:N", "sources:Q",
                 alt.Tooltip("rule:N", title="status rule")],
        **_status_scale())
    bars = base.mark_bar(opacity=0.45, height=8).encode(
        x=alt.X("start:T", title=None), x2="end:T")
    points = base.mark_point(filled=True, size=70, opacity=0.95).encode(x="start:T")
    chart = (bars + points).properties(width="container", height=min(18 * n_rows, 2400) + 20,
                                       title="Event clusters")
    return chart.to_dict()


@lru_cache(maxsize=1)
def country_shapes() -> dict:
    """A GeoJSON FeatureCollection of the world's countries (``countryinfo``'s data)."""
    import countryinfo

    features = []
    for country in countryinfo.all_countries():
        try:
            shape = country.geo_json()
        except Exception:  # a territory without a shape in the package data
            continue
        features += (shape or {}).get("features", [])
    return {"type": "FeatureCollection", "features": features}


def place_rows(events) -> list[dict]:
    """One row per GeoNames place with the number of events located there."""
    counts = Counter((e.location_geonames_id, e.location_latitude, e.location_longitude,
                      e.location_country, e.location_precision)
                     for e in events if e.location_geonames_id is not None)
    names = {e.location_geonames_id: e.location_text for e in events if e.location_text}
    return [{"geonames_id": gid, "lat": lat, "lon": lon, "country": country,
             "precision": precision, "name": names.get(gid, country), "events": n}
            for (gid, lat, lon, country, precision), n in sorted(counts.items(),
                                                                key=lambda kv: -kv[1])]


def event_map(events) -> dict:
    """Event locations as circles sized by their number of events, over country shapes."""
    rows = place_rows(events)
    shapes = alt.Chart(alt.Data(values=country_shapes(),
                                format=alt.DataFormat(property="features", type="json"))
                       ).mark_geoshape(fill="#eeeeee", stroke="#999999", strokeWidth=0.4)
    points = alt.Chart(alt.Data(values=rows)).mark_circle(opacity=0.8, stroke="white").encode(
        longitude="lon:Q", latitude="lat:Q",
        size=alt.Size("events:Q", title="events", scale=alt.Scale(range=[40, 900]),
                      legend=alt.Legend(format="d", tickMinStep=1)),
        color=alt.Color("precision:N", title="place", scale=alt.Scale(
            domain=list(PRECISION_COLOURS), range=list(PRECISION_COLOURS.values()))),
        tooltip=["name:N", "country:N", "events:Q", "precision:N", "geonames_id:N"])
    chart = alt.layer(shapes, points).project(type="equalEarth").properties(
        width="container", height=480, title="Event locations")
    return chart.to_dict()
