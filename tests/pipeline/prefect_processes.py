"""Real processes for the orchestration tests: `waqai run`, a Prefect server, a `serve()` process.

Every process starts in a session of its own, so it can be ended with its children (the
ephemeral server of `waqai run`, the flow-run processes of a runner) by killing its group.
Output goes to a log file whose tail is shown when something goes wrong.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]
SERVE_SCRIPT = ("import sys; from prefect import serve; from flows.serve import deployments; "
                "from waqai.settings import Settings; serve(*deployments(Settings.load("
                "warehouse=sys.argv[1], inbox=sys.argv[2], cron=sys.argv[3])))")


def child_env(prefect_home: Path, api_url: str | None = None, **extra: str) -> dict[str, str]:
    """This environment with its own PREFECT_HOME; no PREFECT_API_URL means ephemeral mode."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(prefect_home), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PYTHONUNBUFFERED="1", **extra)
    if api_url:
        env["PREFECT_API_URL"] = api_url
    return env


def spawn(args: list, env: dict[str, str], log: Path) -> subprocess.Popen:
    """Start ``args`` in a new session, stdout and stderr into ``log``."""
    with log.open("ab") as out:
        return subprocess.Popen([str(a) for a in args], cwd=REPO, env=env, stdout=out,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True)


def kill_group(proc: subprocess.Popen, sig: int = signal.SIGTERM, grace: float = 10) -> None:
    """Send ``sig`` to the process group of ``proc``, wait up to ``grace`` seconds for its
    leader, then SIGKILL whatever is left of the group (children may outlive their leader)."""
    for s, wait in ((sig, grace), (signal.SIGKILL, None)):
        try:
            os.killpg(proc.pid, s)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            pass


def tail(log: Path, n: int = 40) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-n:]) if log.exists() else ""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def waqai_command(*args) -> list:
    return [sys.executable, "-m", "waqai.cli", *args]


@contextmanager
def prefect_server(home: Path, log: Path, timeout: float = 120):
    """`prefect server start` on a free loopback port; yields its API URL once healthy."""
    port = free_port()
    proc = spawn([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                  "--port", port, "--no-ui"], child_env(home), log)
    url = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + timeout
        while True:
            assert proc.poll() is None, f"prefect server exited:\n{tail(log)}"
            assert time.monotonic() < deadline, f"prefect server not healthy:\n{tail(log)}"
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        yield url
    finally:
        kill_group(proc)


@contextmanager
def serving(api_url: str, home: Path, warehouse: Path, inbox: Path, log: Path):
    """`flows.serve.deployments(...)` served by one process polling every second."""
    env = child_env(home, api_url, PREFECT_RUNNER_POLL_FREQUENCY="1")
    proc = spawn([sys.executable, "-c", SERVE_SCRIPT, warehouse, inbox, "0 3 * * *"], env, log)
    try:
        yield proc
    finally:
        kill_group(proc)
