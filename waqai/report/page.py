"""The report page: one HTML file, right to left, with Vega's JavaScript inlined (no network)."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jinja2
from markupsafe import Markup

from schemas.enums import EventType, Status, values
from waqai.report.charts import event_map, place_rows, timeline, timeline_rows
from waqai.report.data import ReportData
from waqai.report.evidence import marked_evidence

TEMPLATE = Path(__file__).with_name("report.html.j2")


def _dates(e) -> str:
    if e.date_start is None:
        return ""
    end = e.date_end or e.date_start
    return e.date_start.isoformat() + ("" if end == e.date_start else f" – {end.isoformat()}")


def table_rows(data: ReportData) -> list[dict]:
    """One row per event for the table, evidence marked and rules named."""
    clusters = {c.cluster_id: c for c in data.clusters}
    rows = []
    for e in data.events:
        doc = data.documents.get(e.doc_id)
        cluster = clusters.get(e.cluster_id)
        rows.append({
            "event_id": e.event_id, "dates": _dates(e), "granularity": e.date_granularity or "",
            "type": e.event_type, "status": e.status,
            "parties": sorted(e.participants),
            "countries": " ".join(sorted({*e.participants, e.location_country or ""} - {""})),
            "place": e.location_text or e.location_country or "",
            "precision": e.location_precision or "",
            "evidence": Markup(marked_evidence(e)),
            "date_rule": " · ".join(filter(None, (data.date_rules.get(e.event_id),
                                                   e.date_basis))),
            "status_rule": cluster.status_rule if cluster else "",
            "url": doc.url if doc else None,
            "source": (doc.title or doc.source_id) if doc else e.doc_id,
            "published": doc.published.isoformat() if doc and doc.published else "",
        })
    return rows


def _vega_bundle() -> str:
    """vega, vega-lite and vega-embed as one script (shipped inside vl-convert-python)."""
    import vl_convert

    return vl_convert.javascript_bundle()


def _script_json(value) -> Markup:
    """JSON safe inside a <script> element."""
    text = json.dumps(value, ensure_ascii=False).replace("</", "<\\/")
    return Markup(text)


def render(data: ReportData) -> str:
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    template = env.from_string(TEMPLATE.read_text(encoding="utf-8"))
    return template.render(
        generated=dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        filters=data.filters.describe(), rows=table_rows(data),
        n_clusters=len(timeline_rows(data.clusters)), n_places=len(place_rows(data.events)),
        statuses=values(Status), types=values(EventType),
        vega_bundle=Markup(_vega_bundle().replace("</script", "<\\/script")),
        timeline_spec=_script_json(timeline(data.clusters)),
        map_spec=_script_json(event_map(data.events)))


def write_report(data: ReportData, path: str | Path) -> Path:
    """Write the report of ``data`` to ``path`` (one self-contained HTML file)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(data), encoding="utf-8")
    return path
