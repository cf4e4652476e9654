"""The stages, declared once: what each reads and writes, in pipeline order.

Everything else that names stages derives from :data:`STAGES`: the Prefect flows and their
order in the pipeline (``flows/``), ``waqai stage``, the run summary, the tables a batch must
have to be published, and each stage's version (:mod:`waqai.pipeline.versions`, which hashes
the code a stage's module imports and the language data that code loads).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Stage:
    name: str
    description: str
    # the stages whose committed output this one reads: a batch is ready for a batched stage
    # once each of them committed it, and its version joins theirs
    upstream: tuple[str, ...] = ()
    # tables written one part per ingested batch, named by the batch id
    outputs: tuple[str, ...] = ()
    # other tables it writes (parts not named by a batch: rejects, inputs, clusters)
    writes: tuple[str, ...] = ()
    # computed batch by batch at a version of its code and data (waqai.pipeline.<name>.compute)
    batched: bool = False
    # reads the UDPipe model, an input from outside the repository that joins its version
    uses_model: bool = False

    @property
    def module(self) -> str:
        """The module that holds the stage's work; its imports define the stage's code."""
        return f"waqai.pipeline.{self.name}"

    @property
    def tables(self) -> tuple[str, ...]:
        return self.outputs + tuple(t for t in self.writes if t not in self.outputs)


STAGES: dict[str, Stage] = {s.name: s for s in (
    Stage("ingest", "Read new documents from the inbox into the warehouse, in batches.",
          outputs=("documents",), writes=("rejects", "inputs")),
    Stage("tokenize", "UDPipe sentences and tokens for every batch not yet tokenized with this "
          "model.", upstream=("ingest",), outputs=("sentences", "tokens"), writes=("rejects",),
          batched=True, uses_model=True),
    Stage("timex", "Temporal expressions for every tokenized batch.",
          upstream=("tokenize",), outputs=("timexes",), batched=True),
    Stage("extract", "Dated diplomatic events of every batch, from its tokens and timexes.",
          upstream=("tokenize", "timex"), outputs=("events",), batched=True),
    Stage("cluster", "Group the events of all documents into real-world happenings.",
          upstream=("extract",), writes=("events", "event_clusters")),
    Stage("publish", "Publish the complete batches to readers: a snapshot of their parts and "
          "the DuckDB catalog's views on it.", upstream=("cluster",)),
)}


def check_order(stages: dict[str, Stage]) -> None:
    """Every upstream is declared earlier, so the declaration order is the pipeline's order."""
    seen: set[str] = set()
    for stage in stages.values():
        late = [u for u in stage.upstream if u not in seen]
        if late:
            raise ValueError(f"stage {stage.name}: upstream {late[0]!r} is not declared before it")
        seen.add(stage.name)


check_order(STAGES)
BATCHED = tuple(s for s in STAGES.values() if s.batched)
# every table a stage writes, in pipeline order (the run summary)
TABLES = tuple(dict.fromkeys(t for s in STAGES.values() for t in s.tables))
