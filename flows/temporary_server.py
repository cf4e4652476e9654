"""The temporary Prefect server of a run without ``PREFECT_API_URL``, tied to this process.

Prefect starts that server on first use as a child process and stops it at a normal exit, but
a SIGKILL of this process would leave it running. So it is started here, as the instance
Prefect itself would use, and each server process it spawns is reported to a small watchdog
process reading a pipe that only this process writes to: when this process ends, however it
ends, the pipe closes and the watchdog stops the server.
"""
from __future__ import annotations

import subprocess
import sys

from prefect.server.api.server import SubprocessASGIServer
from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED

# Prefect's default (20 s) is too short for a first start on a fresh 2-core machine.
STARTUP_TIMEOUT_S = 120
WATCHDOG = """
import os, signal, sys, time

def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as stat:
            if stat.read().rsplit(")", 1)[1].split()[0] == "Z":
                return False
        os.kill(pid, 0)
    except (ProcessLookupError, FileNotFoundError):
        return False
    return True

pids = [int(line) for line in sys.stdin]  # ends at end of file: the parent exited or died
for pid in pids:
    for sig, grace in ((signal.SIGTERM, 10), (signal.SIGKILL, 0)):
        if not alive(pid):
            break
        os.kill(pid, sig)
        deadline = time.monotonic() + grace
        while alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
"""


class _WatchedServer(SubprocessASGIServer):
    """Prefect's temporary server; every process it spawns is reported to the watchdog."""

    watchdog: subprocess.Popen | None = None

    def _run_uvicorn_command(self) -> subprocess.Popen:
        if _WatchedServer.watchdog is None:
            _WatchedServer.watchdog = subprocess.Popen([sys.executable, "-c", WATCHDOG],
                                                       stdin=subprocess.PIPE, text=True)
        process = super()._run_uvicorn_command()
        _WatchedServer.watchdog.stdin.write(f"{process.pid}\n")
        _WatchedServer.watchdog.stdin.flush()
        return process


def tie_temporary_server() -> str | None:
    """Start Prefect's temporary server now, watched so that it dies with this process;
    return its API URL, or None when an API is configured (no temporary server is needed)."""
    if PREFECT_API_URL.value() or not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        return None
    server = _WatchedServer()  # registered as the one instance Prefect's clients use
    server.start(timeout=STARTUP_TIMEOUT_S)
    return server.api_url
