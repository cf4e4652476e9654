"""A small warehouse written through the real row classes and published (export and report
tests)."""
from __future__ import annotations

import datetime as dt

from schemas import SCHEMAS, Document, Event, EventCluster, Sentence, Timex, Token
from waqai.places import locate_events
from warehouse import Warehouse, publish

TEXT = "زار وزير الخارجية المصري الرياض يوم 3 مارس 2024، وبحث مع نظيره السعودي العلاقات."
DATE_TEXT = "3 مارس 2024"


def _event(event_id: str, event_type: str, status: str, location: str | None, country: str | None,
           day: int, date_text: str | None = None) -> Event:
    start = TEXT.index("زار")
    return Event(
        event_id=event_id, doc_id="d1", sentence_index=0, event_type=event_type,
        cameo_code="042", plover_category="CONSULT", status=status,
        actor1_text="وزير الخارجية المصري",
        actor1_country="EGY", actor2_text="الرياض", actor2_country="SAU", location_text=location,
        location_country=country, date_start=dt.date(2024, 3, day), date_end=dt.date(2024, 3, day),
        date_granularity="day", date_text=date_text, date_basis="tree" if date_text else None,
        trigger_text="زار", trigger_start=start,
        trigger_end=start + 3, evidence_text=TEXT, evidence_start=0, evidence_end=len(TEXT),
        mentions=[{"start": start, "end": start + 3}], participants=["EGY", "SAU"],
        confidence=0.9, extractor_version="test", cluster_id=f"c-{event_id}")


EVENTS = [
    _event("e1", "VISIT", "occurred", "الرياض", "SAU", 3, DATE_TEXT),
    _event("e2", "MEETING", "planned", None, "SAU", 4),
    _event("e3", "PHONE_CALL", "cancelled", None, None, 5),
]


def document(doc_id: str, source: str) -> Document:
    """Document ``doc_id`` of ``TEXT`` from ``source``.txt."""
    return Document(doc_id=doc_id, source_id=f"{source}.txt", source_path=f"{source}.txt",
                    url=f"https://example.org/{source}", title=None,
                    published=dt.date(2024, 3, 3), published_basis="metadata", text=TEXT,
                    n_chars=len(TEXT), ingested_at=dt.datetime(2024, 3, 3, tzinfo=dt.timezone.utc),
                    run_id="r")


def tokenized(doc_id: str, text: str = TEXT) -> tuple[list[Sentence], list[Token]]:
    """``text`` as one sentence of space-separated words, each attached to the first."""
    sentence = Sentence(doc_id, 0, 0, len(text), text)
    tokens, at = [], 0
    for i, word in enumerate(text.split(), start=1):
        at = text.index(word, at)
        tokens.append(Token(doc_id, 0, i, word, word, at, at + len(word), word, "X", None, None,
                            0 if i == 1 else 1, "root" if i == 1 else "dep"))
        at += len(word)
    return [sentence], tokens


def write_small_warehouse(root) -> Warehouse:
    """Three events of one tokenized document (two located) and one cluster each, at ``root``,
    published."""
    wh = Warehouse(root).init()
    wh.write_part("documents", [document("d1", "a")], "b1")
    sentences, tokens = tokenized("d1")
    wh.write_part("sentences", sentences, "b1")
    wh.write_part("tokens", tokens, "b1")
    wh.write_part("events", locate_events(EVENTS), "b1")
    at = TEXT.index(DATE_TEXT)
    wh.write_part("timexes", [Timex(doc_id="d1", sentence_index=0, start_char=at,
                                    end_char=at + len(DATE_TEXT), text=DATE_TEXT,
                                    value_start=dt.date(2024, 3, 3), value_end=dt.date(2024, 3, 3),
                                    granularity="day", calendar="gregorian", anchor="explicit",
                                    rule="day_month_year")], "b1")
    clusters = [EventCluster(cluster_id=e.cluster_id, event_type=e.event_type, status=e.status,
                             status_rule="single_source", date_start=e.date_start,
                             date_end=e.date_end, participants=e.participants, n_sources=1,
                             n_events=1, first_reported=dt.date(2024, 3, 3), event_ids=[e.event_id])
                for e in EVENTS]
    wh.write_part("event_clusters", clusters, "all")
    publish_parts(wh)
    return wh


def publish_parts(wh: Warehouse) -> None:
    """Publish every current part of ``wh`` (its batches need no stage manifests)."""
    publish(wh.root, {table: wh.parts(table) for table in SCHEMAS})
