"""Shared fixtures: the UDPipe model to test with, and one Prefect test harness per session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from waqai.nlp.model import ModelNotFound, resolve_model

REPO = Path(__file__).resolve().parent.parent
SHARED_MODEL = REPO.parent / "shared" / "models" / "ar_pud.udpipe"


def find_model() -> Path | None:
    """WAQAI_UDPIPE_MODEL, the downloaded or shipped model, else ../shared (development)."""
    try:
        return resolve_model().path
    except ModelNotFound:
        return SHARED_MODEL if SHARED_MODEL.is_file() else None


@pytest.fixture(scope="session")
def model_path() -> Path:
    path = find_model()
    if path is None:
        pytest.skip("no UDPipe model at all: set WAQAI_UDPIPE_MODEL or run `make model`")
    return path


@pytest.fixture(scope="session")
def prefect_harness(tmp_path_factory):
    """A temporary Prefect API for the few flow tests (startup can be slow on 2 cores)."""
    home = tmp_path_factory.mktemp("prefect-home")
    os.environ["PREFECT_HOME"] = str(home)
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=60):
        yield
