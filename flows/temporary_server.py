"""The temporary Prefect server of a run without ``PREFECT_API_URL``, tied to this process.

Prefect starts that server on first use as a child process and stops it at a normal exit, but
a SIGKILL of this process would leave it running. So it is started here (the same instance
Prefect would start), with a small watchdog process reading a pipe that only this process
writes to: when this process ends, however it ends, the pipe closes and the watchdog stops the
server.
"""
from __future__ import annotations

import subprocess
import sys

# Prefect's default (20 s) is too short for a first start on a fresh 2-core machine.
STARTUP_TIMEOUT_S = 120
WATCHDOG = """
import os, signal, sys, time
sys.stdin.buffer.read()  # returns at end of file: the parent has exited or died
pid = int(sys.argv[1])
for sig, grace in ((signal.SIGTERM, 10), (signal.SIGKILL, 0)):
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        break
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                if stat.read().rsplit(")", 1)[1].split()[0] == "Z":
                    sys.exit()
            os.kill(pid, 0)
        except (ProcessLookupError, FileNotFoundError):
            sys.exit()
        time.sleep(0.1)
"""

_watchdogs: list[subprocess.Popen] = []  # kept open for the life of this process


def tie_temporary_server() -> str | None:
    """Start Prefect's temporary server now, watched so that it dies with this process;
    return its API URL, or None when an API is configured (no temporary server is needed)."""
    from prefect.server.api.server import SubprocessASGIServer
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED

    if PREFECT_API_URL.value() or not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        return None
    server = SubprocessASGIServer()
    server.start(timeout=STARTUP_TIMEOUT_S)
    _watchdogs.append(subprocess.Popen([sys.executable, "-c", WATCHDOG,
                                        str(server.server_process.pid)],
                                       stdin=subprocess.PIPE))
    return server.api_url
