"""The Prefect API of `waqai run`: a running server when PREFECT_API_URL names one, and then
no server of its own."""
import subprocess

import httpx
import pytest

from prefect_processes import REPO, child_env, prefect_server, waqai_command

pytestmark = [pytest.mark.slow, pytest.mark.flow, pytest.mark.model]


def test_run_with_a_running_server_uses_it_and_starts_none(model_path, tmp_path):
    run_home = tmp_path / "run-home"  # a server started by the run would put its database here
    with prefect_server(tmp_path / "server-home", tmp_path / "server.log") as url:
        done = subprocess.run(
            [str(a) for a in waqai_command("run", "--input", REPO / "samples", "--warehouse",
                                           tmp_path / "wh", "--model", model_path,
                                           "--no-progress")],
            env=child_env(run_home, url), cwd=REPO, capture_output=True, text=True, timeout=300)
        output = done.stdout + done.stderr
        assert done.returncode == 0, output[-4000:]
        runs = httpx.post(f"{url}/flow_runs/filter", json={}).json()
        flows = {httpx.get(f"{url}/flows/{r['flow_id']}").json()["name"] for r in runs}
    assert f"Prefect API: {url}" in output
    assert "temporary server" not in output.lower()
    assert not (run_home / "prefect.db").exists()
    # the pipeline ran on that server as one flow run (its stages' tasks in it), to completion
    assert [r["state_type"] for r in runs] == ["COMPLETED"] and flows == {"waqai-pipeline"}
