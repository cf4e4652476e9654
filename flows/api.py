"""The Prefect API the flow runs of one command report to: a running server, or a temporary one.

With ``PREFECT_API_URL`` set, the server there is used and nothing is started. Without it, the
temporary server is started before the flows, saying so, with a start-up timeout long enough
for a first start on a slow machine, tied to this process (:mod:`flows.temporary_server`, imported
only then: it imports Prefect's server, ~1.4 s).
"""
from __future__ import annotations

import os
import time
from contextlib import contextmanager
from typing import Callable, Iterator

import httpx
from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings


class ApiUnreachable(RuntimeError):
    """``PREFECT_API_URL`` names a server that does not answer."""


def _check(url: str) -> None:
    try:
        httpx.get(f"{url.rstrip('/')}/health", timeout=10)
    except httpx.HTTPError as exc:
        raise ApiUnreachable(f"PREFECT_API_URL={url} does not answer ({exc}): start that server, "
                             "or unset PREFECT_API_URL to use a temporary one") from exc


@contextmanager
def _without_heartbeats() -> Iterator[None]:
    """No flow-run heartbeats unless asked for (``PREFECT_FLOWS_HEARTBEAT_FREQUENCY``).

    They serve to detect crashed runs of deployments; in a foreground command each of its seven
    flow runs would wait up to 1 s at its end for the heartbeat thread (which sleeps in 1 s steps).
    """
    if "PREFECT_FLOWS_HEARTBEAT_FREQUENCY" in os.environ:
        yield
        return
    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield


@contextmanager
def prefect_api(echo: Callable[[str], None] = print) -> Iterator[str]:
    """The API URL to use while the block runs; ``echo`` says which, and when one starts."""
    url = PREFECT_API_URL.value()
    if url:
        _check(url)
        echo(f"Prefect API: {url}")
        with _without_heartbeats():
            yield url
        return
    from flows.temporary_server import STARTUP_TIMEOUT_S, tie_temporary_server

    echo("Prefect API: starting a temporary server (set PREFECT_API_URL to use a running one; "
         f"a first start on a new machine can take a minute, at most {STARTUP_TIMEOUT_S} s) ...")
    t0 = time.perf_counter()
    url = tie_temporary_server()
    if url:
        echo(f"Prefect API: temporary server {url} ready in {time.perf_counter() - t0:.1f} s")
    with _without_heartbeats():
        yield url
