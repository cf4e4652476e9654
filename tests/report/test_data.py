"""What the report shows: filters, marked evidence, rules, places, timeline rows."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from small_warehouse import EVENTS
from waqai.report import Filters, load
from waqai.report.charts import place_rows, timeline_rows
from waqai.report.evidence import marked_evidence
from waqai.report.page import render, table_rows

FILTERS = [  # (filters, event ids kept)
    (Filters(), {"e1", "e2", "e3"}),
    (Filters(since=dt.date(2024, 3, 4)), {"e2", "e3"}),
    (Filters(until=dt.date(2024, 3, 3)), {"e1"}),
    (Filters(since=dt.date(2024, 3, 4), until=dt.date(2024, 3, 4)), {"e2"}),
    (Filters(country="SAU"), {"e1", "e2", "e3"}),
    (Filters(country="EGY", since=dt.date(2024, 3, 5)), {"e3"}),
    (Filters(country="FRA"), set()),
]


@pytest.mark.parametrize("filters,kept", FILTERS)
def test_filters_keep_events_and_clusters(small_warehouse, filters, kept):
    data = load(small_warehouse, filters)
    assert {e.event_id for e in data.events} == kept
    assert {c.cluster_id for c in data.clusters} == {f"c-{i}" for i in kept}


def test_an_undated_event_is_kept_only_without_a_date_filter():
    undated = dataclasses.replace(EVENTS[0], date_start=None, date_end=None)
    assert Filters().keeps_dates(undated.date_start, undated.date_end)
    assert not Filters(since=dt.date(2000, 1, 1)).keeps_dates(undated.date_start, None)


EVIDENCE = [  # (evidence, trigger, date text, expected HTML)
    ("زار الوزير القاهرة يوم الأحد", "زار", "يوم الأحد",
     '<mark class="trigger">زار</mark> الوزير القاهرة <mark class="date">يوم الأحد</mark>'),
    ("اتصل الرئيس هاتفيا بنظيره أمس", "اتصل", None,
     '<mark class="trigger">اتصل</mark> الرئيس هاتفيا بنظيره أمس'),
    ("في 3 مايو <وقع> الطرفان اتفاقا", "وقع", "3 مايو",
     'في <mark class="date">3 مايو</mark> &lt;<mark class="trigger">وقع</mark>&gt; الطرفان اتفاقا'),
]


@pytest.mark.parametrize("evidence,trigger,date_text,html", EVIDENCE)
def test_evidence_marks_trigger_and_date(evidence, trigger, date_text, html):
    offset = 100  # the evidence starts inside a document; offsets index the document
    at = evidence.index(trigger)
    event = dataclasses.replace(EVENTS[0], evidence_text=evidence, evidence_start=offset,
                                evidence_end=offset + len(evidence), trigger_text=trigger,
                                trigger_start=offset + at, trigger_end=offset + at + len(trigger),
                                date_text=date_text)
    assert marked_evidence(event) == html


def test_table_rows_name_the_date_and_status_rules(small_warehouse):
    rows = {r["event_id"]: r for r in table_rows(load(small_warehouse))}
    assert rows["e1"]["date_rule"] == "day_month_year · tree"  # the timex rule, the basis
    assert rows["e1"]["status_rule"] == "single_source"
    assert rows["e1"]["url"] == "https://example.org/a"
    assert '<mark class="date">3 مارس 2024</mark>' in rows["e1"]["evidence"]
    assert rows["e2"]["date_rule"] == ""  # no date text: no timex decided it


def test_places_are_counted_per_geonames_place(small_warehouse):
    places = place_rows(load(small_warehouse).events)
    assert [(p["name"], p["precision"], p["events"]) for p in places] == [
        ("الرياض", "city", 1), ("الرياض", "country", 1)]


def test_timeline_has_one_row_per_dated_cluster(small_warehouse):
    rows = timeline_rows(load(small_warehouse).clusters)
    assert [(r["status"], r["start"], r["end"]) for r in rows] == [
        ("occurred", "2024-03-03", "2024-03-04"), ("planned", "2024-03-04", "2024-03-05"),
        ("cancelled", "2024-03-05", "2024-03-06")]


def test_the_page_is_self_contained_and_right_to_left(small_warehouse):
    html = render(load(small_warehouse))
    assert '<html lang="ar" dir="rtl">' in html
    assert "<script src" not in html and "<link" not in html  # nothing fetched
    assert "vegaEmbed" in html and html.count('<tr class="event"') == 3
