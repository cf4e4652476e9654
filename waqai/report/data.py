"""The rows a report shows: events, event clusters, their documents and date rules, filtered,
from the warehouse's last published state."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from warehouse import Published


@dataclass(frozen=True)
class Filters:
    since: dt.date | None = None
    until: dt.date | None = None
    country: str | None = None  # ISO3 (or UNO/EUR): a participant or the location's country

    def keeps_dates(self, start: dt.date | None, end: dt.date | None) -> bool:
        """Whether a date range overlaps [since, until]; undated rows only without a range."""
        if self.since is None and self.until is None:
            return True
        if start is None:
            return False
        end = end or start
        return (self.since is None or end >= self.since) and (
            self.until is None or start <= self.until)

    def keeps_countries(self, *codes) -> bool:
        return self.country is None or self.country in codes

    def describe(self) -> str:
        parts = [f"since {self.since}" if self.since else "", f"until {self.until}" if self.until
                 else "", f"country {self.country}" if self.country else ""]
        return ", ".join(p for p in parts if p) or "none"


@dataclass
class ReportData:
    events: list
    clusters: list
    documents: dict  # doc_id -> schemas.Document
    date_rules: dict  # event_id -> rule of the timex that gave the event its date
    filters: Filters = field(default_factory=Filters)


def _date_rules(events, timexes) -> dict[str, str]:
    """The rule of the timex whose text is the event's date text, inside its evidence."""
    by_doc: dict[str, list] = {}
    for t in timexes:
        by_doc.setdefault(t.doc_id, []).append(t)
    rules = {}
    for e in events:
        for t in by_doc.get(e.doc_id, []):
            if (e.date_text and t.text == e.date_text
                    and e.evidence_start <= t.start_char < e.evidence_end):
                rules[e.event_id] = t.rule
                break
    return rules


def load(root: str | Path, filters: Filters = Filters()) -> ReportData:
    """Events and clusters of the warehouse at ``root``, as last published, that pass
    ``filters`` (:class:`warehouse.NotPublished` when nothing was published)."""
    with Published(root) as published:
        events = [e for e in published.rows("events", order_by="date_start, event_id")
                  if filters.keeps_dates(e.date_start, e.date_end)
                  and filters.keeps_countries(*e.participants, e.location_country)]
        clusters = [c for c in published.rows("event_clusters", order_by="date_start, cluster_id")
                    if filters.keeps_dates(c.date_start, c.date_end)
                    and filters.keeps_countries(*c.participants)]
        doc_ids = sorted({e.doc_id for e in events})
        documents = {d.doc_id: d for d in published.rows("documents", doc_ids)}
        timexes = published.rows("timexes", doc_ids)
    return ReportData(events, clusters, documents, _date_rules(events, timexes), filters)
