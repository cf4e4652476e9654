"""The ``waqai-pipeline`` flow: ingest -> tokenize -> timex -> extract -> cluster -> publish."""
from __future__ import annotations

import uuid

from prefect import flow
from prefect.runtime import flow_run

from tasks import stages as t
from waqai.nlp.model import resolve_model
from waqai.pipeline.stages import stage_versions

DEFAULT_BATCH = 200
DEFAULT_MAX_BYTES = 5_000_000


def _batched(stage: str, warehouse: str, version: str, batch_size: int, run) -> list:
    results = [run(batch) for batch in t.plan(warehouse, stage, version, batch_size)]
    t.finish(warehouse, stage, version)
    return results


@flow(name="waqai-pipeline", log_prints=True)
def waqai_pipeline(input: list[str], warehouse: str, model: str | None = None,
                   batch_size: int = DEFAULT_BATCH, max_bytes: int = DEFAULT_MAX_BYTES) -> dict:
    """Run every stage in order on ``input`` into ``warehouse``; returns per-stage results."""
    choice = resolve_model(model)
    versions = stage_versions(choice.model_id)
    run_id = str(flow_run.get_id() or uuid.uuid4())
    out = {"model": str(choice.path), "model_origin": choice.origin,
           "ingest": [t.ingest(warehouse, list(input), run_id, max_bytes)]}
    out["tokenize"] = _batched("tokenize", warehouse, versions["tokenize"], batch_size,
                               lambda b: t.tokenize(warehouse, b, str(choice.path),
                                                    versions["tokenize"]))
    out["timex"] = _batched("timex", warehouse, versions["timex"], batch_size,
                            lambda b: t.timex(warehouse, b, versions["timex"]))
    out["extract"] = _batched("extract", warehouse, versions["extract"], batch_size,
                              lambda b: t.extract(warehouse, b, versions["extract"]))
    out["cluster"] = [t.cluster(warehouse)]
    out["publish"] = [t.publish(warehouse)]
    return out
