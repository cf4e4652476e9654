"""The report opened in a real browser with no network: charts and table rendered, filters work."""
from __future__ import annotations

import pytest

from browser import chromium
from waqai.report import load, write_report

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    from small_warehouse import write_small_warehouse

    root = tmp_path_factory.mktemp("report")
    wh = write_small_warehouse(root / "wh")
    path = write_report(load(wh.root), root / "report.html")
    with chromium() as driver:
        driver.get(path.resolve().as_uri())
        from selenium.webdriver.support.ui import WebDriverWait

        WebDriverWait(driver, 60).until(lambda d: d.execute_script(
            "return document.body.dataset.ready || document.body.dataset.error"))
        yield driver


def _count(driver, selector: str) -> int:
    return driver.execute_script(f"return document.querySelectorAll('{selector}').length")


def test_charts_rendered_without_error(page):
    assert page.execute_script("return document.body.dataset.error") is None
    assert page.execute_script("return document.body.dataset.ready") == "true"
    for chart in ("timeline", "map"):
        assert _count(page, f"#{chart} svg") >= 1


def test_timeline_draws_one_bar_and_point_per_cluster(page):
    assert _count(page, '#timeline [aria-roledescription="bar"]') == 3
    assert _count(page, '#timeline [role="graphics-symbol"][aria-roledescription="point"]') == 3


def test_map_draws_country_shapes_and_one_circle_per_place(page):
    assert _count(page, '#map g.mark-shape > path') > 150  # the shipped country shapes
    assert _count(page, '#map [aria-roledescription="circle"]') == 2


def test_table_has_one_row_per_event_with_marked_evidence(page):
    assert _count(page, "#events tr.event") == 3
    assert _count(page, "#events tbody mark.trigger") == 3
    assert _count(page, "#events tbody mark.date") == 1
    direction = page.execute_script("return getComputedStyle(document.body).direction")
    assert direction == "rtl"


@pytest.mark.parametrize("field,value,shown", [
    ("f-status", "planned", 1),
    ("f-type", "PHONE_CALL", 1),
    ("f-country", "egy", 3),
    ("f-text", "نظيره", 3),
    ("f-country", "FRA", 0),
])
def test_filters_hide_rows(page, field, value, shown):
    page.execute_script(
        "const f = document.getElementById(arguments[0]); f.value = arguments[1];"
        "f.dispatchEvent(new Event('input'));", field, value)
    try:
        visible = _count(page, "#events tr.event:not(.hidden)")
        assert visible == shown
        assert page.find_element("id", "shown").text == str(shown)
    finally:
        page.execute_script(
            "const f = document.getElementById(arguments[0]); f.value = '';"
            "f.dispatchEvent(new Event('input'));", field)


def test_nothing_was_fetched(page):
    fetched = page.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)")
    assert fetched == []
