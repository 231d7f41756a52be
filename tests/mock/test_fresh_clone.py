"""The mock serves the wire spec (`specs/<api>/openapi.yaml`), so it starts on a fresh clone, before any generator run.

The effective spec in `generated/` is the wire spec plus the overlay's SDK extensions; serving it would let an
overlay change what the mock accepts, and would make the mock depend on a generator run.
"""

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from clickapis.catalog import APIS
from clickapis.yaml_files import read_yaml
from mockserver.launcher import free_port
from mockserver.spec import default_spec_path
from tests.mock.conftest import CLICKPORT_KEY, REPO

# One real operation per API, with the demo credentials, and what its answer must hold.
OPERATIONS = {
    "clickmeter": ("/account", APIS["clickmeter"].headers, {}),
    "clickport": ("/api/realtime", CLICKPORT_KEY, {}),
    "clicky": (
        "/api/stats/4",
        {},
        {**APIS["clicky"].query, "type": "visitors", "output": "json"},
    ),
}


@pytest.mark.parametrize("api", sorted(OPERATIONS))
def test_the_default_spec_is_the_wire_spec(api: str) -> None:
    assert default_spec_path(api) == REPO / "specs" / api / "openapi.yaml"


@pytest.fixture(scope="module")
def fresh_clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mock's package and the wire specs, nothing else: no generated/, no installed clients needed."""
    clone = tmp_path_factory.mktemp("clone")
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(REPO / "mockserver", clone / "mockserver", ignore=ignore)
    shutil.copytree(REPO / "specs", clone / "specs", ignore=ignore)
    return clone


def test_the_clone_s_own_mockserver_is_the_one_run(fresh_clone: Path) -> None:
    """Guards the test below: `python -m` from the clone must import the clone's copy, not the installed one."""
    where = subprocess.run(
        [sys.executable, "-c", "import mockserver.spec as spec; print(spec.default_spec_path('clicky'))"],
        cwd=fresh_clone,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.strip()
    assert where == str(fresh_clone / "specs" / "clicky" / "openapi.yaml")
    assert not (fresh_clone / "generated").exists()


@pytest.fixture(scope="module")
def clone_servers(fresh_clone: Path) -> Iterator[dict[str, str]]:
    processes: dict[str, subprocess.Popen[bytes]] = {}
    urls: dict[str, str] = {}
    try:
        for api in OPERATIONS:
            port = free_port()
            processes[api] = subprocess.Popen(
                [sys.executable, "-m", "mockserver", "--api", api, "--port", str(port)],
                cwd=fresh_clone,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            urls[api] = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        for api, url in urls.items():
            while True:
                if processes[api].poll() is not None:
                    pytest.fail(f"{api} mock exited: {processes[api].communicate()[1].decode()}")
                try:
                    if httpx.get(f"{url}/_mock/health").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    pytest.fail(f"{api} mock not healthy after 60 s")
                time.sleep(0.1)
        yield urls
    finally:
        for process in processes.values():
            process.terminate()
        for process in processes.values():
            process.wait(timeout=10)


@pytest.mark.parametrize("api", sorted(OPERATIONS))
def test_a_fresh_clone_serves_a_real_operation_of_each_api(clone_servers: dict[str, str], api: str) -> None:
    path, headers, query = OPERATIONS[api]
    answer = httpx.get(clone_servers[api] + path, headers=headers, params=query)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body and "error" not in str(body)[:200], body


SDK_EXTENSIONS = ("x-sdk", "x-enum-varnames")
"""What overlays add for the generated client; the mock reads none of them (its `x-stricter-than-vendor` is wire)."""
PROSE = frozenset({"description", "summary"})
"""Documentation an overlay may reword for the client's docstrings; the mock reads none of it either."""


def _as_the_mock_reads_it(node: Any, in_properties: bool = False) -> Any:
    if isinstance(node, dict):
        return {
            key: _as_the_mock_reads_it(value, in_properties=key == "properties" and not in_properties)
            for key, value in node.items()
            if in_properties or not (str(key).startswith(SDK_EXTENSIONS) or key in PROSE)
        }
    if isinstance(node, list):
        return [_as_the_mock_reads_it(item) for item in node]
    return node


@pytest.mark.parametrize("api", sorted(OPERATIONS))
def test_the_client_s_effective_spec_is_the_served_spec_plus_extensions(api: str) -> None:
    """The client is generated from `generated/<api>/openapi.yaml`, the mock serves the wire spec: they agree on
    everything but the SDK's extensions and prose, so the mock is no looser or stricter for a generated client than the
    spec it was generated from."""
    served = read_yaml(default_spec_path(api))
    effective = read_yaml(REPO / "generated" / api / "openapi.yaml")
    assert effective != served, "the overlay adds SDK extensions; equal documents mean the test compares nothing"
    assert _as_the_mock_reads_it(effective) == _as_the_mock_reads_it(served)
