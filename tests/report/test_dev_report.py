"""`waqai report` on the development sets (../shared/eval), opened in headless Chromium with
no network: the timeline, the map and the table render with one mark per row of the data."""
from __future__ import annotations

from pathlib import Path

import pytest

from browser import chromium
from waqai.pipeline.batches import plan, run_batch
from waqai.pipeline.cluster import cluster
from waqai.pipeline.ingest import ingest
from waqai.pipeline.publish import publish_catalog
from waqai.pipeline.versions import own_version
from waqai.report import load, write_report
from waqai.report.charts import place_rows, timeline_rows
from warehouse import Warehouse

SHARED_EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
DEV_FILES = sorted(SHARED_EVAL.glob("dev*.jsonl"))

pytestmark = [pytest.mark.model, pytest.mark.slow, pytest.mark.skipif(
    not DEV_FILES, reason="no development sets (../shared/eval) on this machine")]


@pytest.fixture(scope="module")
def dev_warehouse(model_path, tmp_path_factory) -> Path:
    """The stages run in-process (no Prefect: that is tested in tests/pipeline), published."""
    wh = Warehouse(tmp_path_factory.mktemp("dev") / "wh")
    ingest(wh, [str(p) for p in DEV_FILES], "dev", batch_size=1000)
    params = {"tokenize": {"model_path": str(model_path)}}
    for stage in ("tokenize", "timex", "extract"):
        for batch, version in plan(wh, stage, own_version(stage))[0]:
            run_batch(wh, stage, batch, version, **params.get(stage, {}))
    cluster(wh)
    publish_catalog(wh)
    return wh.root


def test_dev_report_renders_every_row(dev_warehouse, tmp_path):
    from selenium.webdriver.support.ui import WebDriverWait

    data = load(dev_warehouse)
    assert len(data.events) > 100
    path = write_report(data, tmp_path / "report.html")
    with chromium() as driver:
        driver.get(path.as_uri())
        WebDriverWait(driver, 120).until(lambda d: d.execute_script(
            "return document.body.dataset.ready || document.body.dataset.error"))
        count = lambda sel: driver.execute_script(  # noqa: E731
            "return document.querySelectorAll(arguments[0]).length", sel)
        assert driver.execute_script("return document.body.dataset.error") is None
        assert count('#timeline [aria-roledescription="bar"]') == len(timeline_rows(data.clusters))
        assert count('#map [aria-roledescription="circle"]') == len(place_rows(data.events))
        assert count("#events tr.event") == len(data.events)
        assert driver.execute_script(
            "return performance.getEntriesByType('resource').length") == 0
