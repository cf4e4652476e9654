"""The synthetic corpus and one uninterrupted local run of it, shared by the orchestration tests."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from synthetic_corpus import BATCH_SIZE, N_DOCS, write_corpus
from warehouse_snapshot import snapshot, versions


@dataclass(frozen=True)
class Reference:
    root: Path  # do not modify: copy it first
    reports: dict
    tables: dict
    versions: dict

    def assert_reproduced(self, root: Path) -> None:
        """The warehouse at ``root`` holds exactly the reference tables."""
        assert versions(root) == self.versions, \
            "stage versions differ: was a stage's code or data edited during the session?"
        assert snapshot(root) == self.tables


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus"), N_DOCS)


@pytest.fixture(scope="session")
def reference(prefect_harness, model_path, corpus, tmp_path_factory) -> Reference:
    """The pipeline in this process (one worker) on a fresh warehouse: what every other run
    must reproduce."""
    from flows.pipeline import waqai_pipeline

    root = tmp_path_factory.mktemp("reference") / "wh"
    reports = waqai_pipeline(input=[str(corpus)], warehouse=str(root), model=str(model_path),
                             batch_size=BATCH_SIZE, workers=1)
    return Reference(root, reports, snapshot(root), versions(root))
