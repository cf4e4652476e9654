"""Cross-document clustering and the status of a cluster."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from event_helpers import run
from schemas import Event, from_arrow, to_arrow
from waqai.events import cluster_events

D = dt.date.fromisoformat


def event(doc, status, d0="2024-03-10", d1=None, etype="VISIT", parts=("BRA", "ARG"),
          place="ARG", i=0):
    d0 = D(d0) if d0 else None
    d1 = D(d1) if d1 else d0
    return Event(f"{doc}-{i}", doc, 0, etype, "042", "CONSULT", status, None, parts[0], None,
                 parts[1], None, place, d0, d1, "day" if d0 else None, None,
                 "clause" if d0 else None, "زيارة", 0, 5,
                 "زيارة", 0, 5, [{"start": 0, "end": 5}], sorted(parts), 0.8, "test")


PUB = {"a": D("2024-03-09"), "b": D("2024-03-10"), "c": D("2024-03-10"), "d": D("2024-03-12")}


@pytest.mark.parametrize("reports,status,rule", [
    ([("a", "planned"), ("b", "postponed"), ("c", "cancelled")], "postponed",
     "later_change_of_plan"),
    ([("a", "planned"), ("c", "cancelled")], "cancelled", "later_change_of_plan"),
    ([("a", "planned"), ("d", "occurred")], "occurred", "occurred_after_date"),
    ([("a", "occurred"), ("b", "planned")], "planned", "latest_report"),  # occurred too early
    ([("b", "planned"), ("c", "planned")], "planned", "latest_report"),
])
def test_cluster_status(reports, status, rule):
    events = [event(doc, s) for doc, s in reports]
    clusters, mapping = cluster_events(events, PUB)
    assert len(clusters) == 1
    c = clusters[0]
    assert (c.status, c.status_rule) == (status, rule)
    assert c.n_sources == c.n_events == len(reports)
    assert c.first_reported == min(PUB[d] for d, _ in reports)
    assert sorted(c.event_ids) == sorted(mapping) == sorted(e.event_id for e in events)
    assert set(mapping.values()) == {c.cluster_id}
    assert all(e.cluster_id is None for e in events)  # the caller writes the ids


@pytest.mark.parametrize("other", [
    event("b", "planned", d0=None),  # undated: never clustered
    event("b", "planned", d0="2024-03-20"),  # other dates
    event("b", "planned", place="URY", parts=("BRA", "URY")),  # other destination
    event("b", "planned", etype="MEETING"),  # other type
    event("a", "planned", i=1),  # same document
    event("b", "planned", parts=("CHL", "PER"), place="PER"),  # other parties
])
def test_not_clustered(other):
    clusters, mapping = cluster_events([event("a", "planned"), other], PUB)
    assert len(clusters) == 2 and len(set(mapping.values())) == 2


def test_single_event_cluster():
    e = event("a", "planned")
    [c], mapping = cluster_events([e], PUB)
    assert (c.status, c.status_rule, c.n_sources, c.date_start) == (
        "planned", "single_source", 1, D("2024-03-10"))
    assert mapping == {e.event_id: c.cluster_id}


def test_plan_then_postponement_across_three_documents():
    docs = {
        "plan": ("2024-03-08", "يزور وزير الخارجية البرازيلي الأرجنتين يوم الأحد 10 مارس لبحث "
                               "التعاون.", {"يوم الأحد 10 مارس": ("2024-03-10",) * 2 + ("day",)}),
        "postponed": ("2024-03-10", "أعلنت البرازيل تأجيل زيارة وزير الخارجية البرازيلي إلى "
                                    "الأرجنتين التي كانت مقررة اليوم الأحد.",
                      {"اليوم الأحد": ("2024-03-10",) * 2 + ("day",)}),
        "cancelled": ("2024-03-10", "ألغى وزير الخارجية البرازيلي زيارته إلى الأرجنتين التي كانت "
                                    "مقررة اليوم الأحد.",
                      {"اليوم الأحد": ("2024-03-10",) * 2 + ("day",)}),
    }
    events, published = [], {}
    for doc_id, (pub, text, dates) in docs.items():
        published[doc_id] = D(pub)
        events += run(text, dates, published=D(pub), doc_id=doc_id)
    assert sorted(e.status for e in events) == ["cancelled", "planned", "postponed"]
    clusters, _ = cluster_events(events, published)
    [c] = [c for c in clusters if c.event_type == "VISIT"]
    assert c.n_sources == 3 and c.status in ("postponed", "cancelled")
    assert (c.date_start, c.participants) == (D("2024-03-10"), ["ARG", "BRA"])


def test_rows_round_trip_through_arrow():
    text = ("ألغى وزير الخارجية البرازيلي زيارته إلى الأرجنتين التي كانت مقررة اليوم الأحد.")
    events = run(text, {"اليوم الأحد": ("2024-03-10",) * 2 + ("day",)})
    back = from_arrow("events", to_arrow("events", events))
    for a, b in zip(back, events):  # confidence is stored as float32
        assert a.confidence == pytest.approx(b.confidence)
        assert dataclasses.replace(a, confidence=b.confidence) == b
    clusters, mapping = cluster_events(back, {"t": D("2024-03-10")})
    assert from_arrow("event_clusters", to_arrow("event_clusters", clusters)) == clusters
    assert set(mapping) == {e.event_id for e in events}
