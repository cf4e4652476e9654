"""Shared fixtures: the UDPipe model to test with, and one Prefect test harness per session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from waqai.nlp.model import ModelNotFound, resolve_model

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# the temporary Prefect servers of the tests' runs (and their Dask workers) start slowly on a
# loaded 2-core machine: Prefect's 20 s default is too short there
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")

REPO = Path(__file__).resolve().parent.parent
SHARED_MODEL = REPO.parent / "shared" / "models" / "ar_pud.udpipe"


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: starts real processes (a server, `waqai run`, a "
                                       "Dask cluster); part of the default run")


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
    from prefect.settings import PREFECT_LOCAL_STORAGE_PATH, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    # task results (the batch caches) of this session stay in its own home, whenever
    # Prefect's settings were first loaded
    with prefect_test_harness(server_startup_timeout=60), \
            temporary_settings(updates={PREFECT_LOCAL_STORAGE_PATH: home / "storage"}):
        yield
