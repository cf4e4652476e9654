"""Cross-document clustering: reports of one real-world event from several documents.

Two dated events of different documents are linked when they have the same type, their
participants agree (one set inside the other, or two states shared), their date ranges
overlap, and a visit's destination is the same; clusters are the connected groups. Undated
events stay alone (they cannot be told apart).

A cluster's status follows the reports in publication order: a later report of a change of
plan (postponed/cancelled) wins over an earlier plan, and "occurred" wins over "planned" when it
is reported on or after the event's date. On one publication day a change of plan outranks
a plan, and "postponed" outranks "cancelled" (the more cautious reading when sources differ).
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter

from schemas import Event, EventCluster
from waqai.dates.calendars import FINENESS
from waqai.events.lexicon import lexicon

_RANK = {"planned": 0, "occurred": 1, "cancelled": 2, "postponed": 3}


def _by_location(event_type: str) -> bool:
    """Whether reports of this type at two locations are two events (``location_distinguishes``)."""
    spec = lexicon().types.get(event_type)
    return bool(spec and spec["location_distinguishes"])


def _agree(a: Event, b: Event) -> bool:
    if a.doc_id == b.doc_id or a.event_type != b.event_type:
        return False
    if a.date_start is None or b.date_start is None:
        return False
    a1, b1 = a.date_end or a.date_start, b.date_end or b.date_start
    if max(a.date_start, b.date_start) > min(a1, b1):
        return False
    if _by_location(a.event_type) and a.location_country and b.location_country and (
            a.location_country != b.location_country):
        return False
    pa, pb = set(a.participants), set(b.participants)
    return pa <= pb or pb <= pa or len(pa & pb) >= 2


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def cluster_events(events: list[Event], published: dict[str, dt.date | None]
                   ) -> tuple[list[EventCluster], dict[str, str]]:
    """Clusters of ``events`` and the map event_id -> cluster_id (the events are not changed).

    Candidate pairs come from a sweep over each type's events sorted by start date, so only
    events whose date ranges overlap are compared.
    """
    parent = list(range(len(events)))
    by_type: dict[str, list[int]] = {}
    for i, e in enumerate(events):
        if e.date_start is not None:
            by_type.setdefault(e.event_type, []).append(i)
    for idx in by_type.values():
        idx.sort(key=lambda i: events[i].date_start)
        for a, i in enumerate(idx):
            end = events[i].date_end or events[i].date_start
            for j in idx[a + 1:]:
                if events[j].date_start > end:
                    break
                ri, rj = _find(parent, i), _find(parent, j)
                if ri != rj and _agree(events[i], events[j]):  # (one group already: no test)
                    parent[ri] = rj
    members: dict[int, list[Event]] = {}
    for i, e in enumerate(events):
        members.setdefault(_find(parent, i), []).append(e)
    clusters, mapping = [], {}
    for group in members.values():
        c = _cluster(group, published)
        clusters.append(c)
        for e in group:
            mapping[e.event_id] = c.cluster_id
    clusters.sort(key=lambda c: (c.date_start or dt.date.max, c.cluster_id))
    return clusters, mapping


def _cluster(group: list[Event], published: dict[str, dt.date | None]) -> EventCluster:
    ids = sorted(e.event_id for e in group)
    status, rule = resolve_status(group, published)
    dated = [e for e in group if e.date_start is not None]
    start = end = None
    if dated:
        best = min(FINENESS.get(e.date_granularity or "", 9) for e in dated)
        ranges = Counter((e.date_start, e.date_end or e.date_start) for e in dated
                         if FINENESS.get(e.date_granularity or "", 9) == best)
        (start, end), _ = max(ranges.items(), key=lambda kv: (kv[1], -kv[0][0].toordinal()))
    pubs = [p for p in (published.get(e.doc_id) for e in group) if p is not None]
    return EventCluster(
        cluster_id="c" + hashlib.sha1("|".join(ids).encode()).hexdigest()[:15],
        event_type=group[0].event_type,
        status=status,
        status_rule=rule,
        date_start=start,
        date_end=end,
        participants=sorted({c for e in group for c in e.participants}),
        n_sources=len({e.doc_id for e in group}),
        n_events=len(group),
        first_reported=min(pubs) if pubs else None,
        event_ids=ids,
    )


def resolve_status(group: list[Event], published: dict[str, dt.date | None]) -> tuple[str, str]:
    """(status, rule) of a cluster from its reports in publication order."""
    if len({e.doc_id for e in group}) == 1:
        return group[0].status, "single_source"
    reports = []
    for e in group:
        pub = published.get(e.doc_id)
        if e.status == "occurred" and pub is not None and e.date_start is not None and (
                pub < e.date_start):
            continue  # "occurred" before the date is no evidence
        reports.append((pub or dt.date.min, _RANK[e.status], e.status))
    if not reports:
        return group[0].status, "earliest_report"
    latest_day = max(r[0] for r in reports)
    day = [r for r in reports if r[0] == latest_day]
    status = max(day, key=lambda r: r[1])[2]
    earlier = {r[2] for r in reports if r[0] < latest_day}
    if status in ("postponed", "cancelled"):
        rule = "later_change_of_plan" if "planned" in earlier else "change_of_plan"
    elif status == "occurred":
        rule = "occurred_after_date" if "planned" in earlier else "latest_report"
    else:
        rule = "latest_report"
    return status, rule
