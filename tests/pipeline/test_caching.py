"""Batch caching: unchanged input does no work, ``force`` recomputes, missing outputs are redone."""
import shutil

import pytest

from synthetic_corpus import BATCH_SIZE, N_BATCHES, N_DOCS
from warehouse import Warehouse

BATCH_STAGES = ("tokenize", "timex", "extract")

pytestmark = [pytest.mark.flow, pytest.mark.model]


@pytest.fixture
def warehouse(reference, tmp_path):
    """A copy of the reference warehouse (same batches, same versions)."""
    return shutil.copytree(reference.root, tmp_path / "wh")


def test_first_run_computes_every_batch(reference):
    for stage in BATCH_STAGES:
        report = reference.reports[stage]
        assert (report.batches, report.cache_hits, report.documents) == (N_BATCHES, 0, N_DOCS)


def test_rerun_on_unchanged_input_is_served_from_the_cache(reference, corpus, model_path,
                                                           warehouse):
    from flows.pipeline import waqai_pipeline

    reports = waqai_pipeline(input=[str(corpus)], warehouse=str(warehouse),
                             model=str(model_path), batch_size=BATCH_SIZE)
    assert reports["ingest"].rows["documents"] == 0
    for stage in BATCH_STAGES:
        report = reports[stage]
        assert (report.batches, report.cache_hits, report.documents) == (N_BATCHES, N_BATCHES, 0)
        assert report.inner_seconds == 0  # no time inside UDPipe
    reference.assert_reproduced(warehouse)


def test_force_recomputes_every_batch(reference, corpus, model_path, warehouse):
    from flows.pipeline import waqai_pipeline

    before = {p: p.stat().st_mtime_ns for p in Warehouse(warehouse).parts("tokens")}
    reports = waqai_pipeline(input=[str(corpus)], warehouse=str(warehouse),
                             model=str(model_path), batch_size=BATCH_SIZE, force=True)
    for stage in BATCH_STAGES:
        report = reports[stage]
        assert (report.batches, report.cache_hits, report.documents) == (N_BATCHES, 0, N_DOCS)
    assert reports["tokenize"].inner_seconds > 0
    assert all(p.stat().st_mtime_ns > mtime for p, mtime in before.items())
    reference.assert_reproduced(warehouse)


@pytest.mark.parametrize("table", ["sentences", "tokens"])
def test_a_deleted_part_makes_its_batch_recompute(reference, model_path, warehouse, table):
    from flows.stages import tokenize_flow

    wh = Warehouse(warehouse)
    batch, manifest = next(iter(wh.manifests("tokenize").items()))
    wh.part_path(table, batch).unlink()
    report = tokenize_flow(warehouse=str(warehouse), model=str(model_path))
    # the others are current: answered from the cache, or found done (the reference run's
    # tasks took each batch through every stage, which is another cache record)
    assert (report.batches, report.cache_hits + report.skipped) == (N_BATCHES, N_BATCHES - 1)
    assert report.documents == len(manifest["doc_ids"])
    assert wh.part_path(table, batch).exists()
    reference.assert_reproduced(warehouse)
