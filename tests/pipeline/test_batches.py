"""How ingest splits new documents into batches (at most the batch size, the same share for
every worker that can be kept busy, sizes within one document of each other), and which
batches a stage finds ready."""
import pytest

from waqai.pipeline.ingest import MIN_PARALLEL_BATCH, batch_bounds


def _sizes(bounds):
    return [end - start for start, end in bounds]


@pytest.mark.parametrize("n,batch_size,workers,sizes", [
    # one worker: fewest batches of at most batch_size, evened out
    (0, 200, 1, []),
    (12, 200, 1, [12]),
    (1000, 200, 1, [200] * 5),
    (1001, 200, 1, [166, 167, 167, 167, 167, 167]),
    # several workers: a multiple of the workers, so none waits at the end of a stage
    (1000, 200, 2, [166, 167, 167, 166, 167, 167]),
    (200, 200, 2, [100, 100]),
    (30, 5, 2, [5] * 6),
    (1000, 200, 8, [125] * 8),
    (450, 200, 8, [56, 56, 56, 57, 56, 56, 56, 57]),
    (MIN_PARALLEL_BATCH * 5, 200, 8, [MIN_PARALLEL_BATCH] * 5),  # enough for 5 workers only
    # too few documents to be worth a second worker process
    (12, 200, 2, [12]),
    (2 * MIN_PARALLEL_BATCH - 1, 200, 4, [2 * MIN_PARALLEL_BATCH - 1]),
])
def test_batch_sizes(n, batch_size, workers, sizes):
    bounds = batch_bounds(n, batch_size, workers)
    assert _sizes(bounds) == sizes
    # contiguous, covering every document once
    assert [i for start, end in bounds for i in range(start, end)] == list(range(n))


def test_a_batch_is_ready_downstream_once_its_upstream_tasks_are_planned(tmp_path):
    """The pipeline submits a batch's timex and extract with its tokenize, before any of them
    commits: the versions its upstream tasks will commit (``pending``) count as committed."""
    from waqai.pipeline.batches import joined, plan
    from warehouse import Warehouse

    wh = Warehouse(tmp_path).init()
    wh.commit("ingest", "b1", ["d1"], "1")
    wh.commit("ingest", "b2", ["d2"], "1")
    wh.commit("tokenize", "b2", ["d2"], "tok-old")
    assert plan(wh, "timex", "tx") == ([("b2", joined("tx", ["tok-old"]))], ["b1"])
    pending = {"tokenize": {"b1": "tok", "b2": "tok"}}
    assert plan(wh, "timex", "tx", pending=pending) == (
        [("b1", joined("tx", ["tok"])), ("b2", joined("tx", ["tok"]))], [])
    pending["timex"] = {"b1": "tx|tok"}
    assert plan(wh, "extract", "ex", pending=pending) == (
        [("b1", joined("ex", ["tok", "tx|tok"]))], ["b2"])


def test_a_batch_runs_with_fewer_young_collections_and_restores_them(tmp_path, monkeypatch):
    """The collector's young threshold is ``BATCH_GC_YOUNG`` while each stage of a batch runs,
    and what it was once the batch is done."""
    import gc

    from waqai.pipeline import batches
    from warehouse import Warehouse

    seen = []

    def run_batch(wh, stage, *args, **params):
        seen.append((stage, gc.get_threshold()))

    monkeypatch.setattr(batches, "run_batch", run_batch)
    before = gc.get_threshold()
    steps = [("tokenize", "v", {}), ("timex", "v", {})]
    list(batches.run_stages(Warehouse(tmp_path), "b1", steps))
    assert seen == [(stage, (batches.BATCH_GC_YOUNG, *before[1:])) for stage, _, _ in steps]
    assert gc.get_threshold() == before
