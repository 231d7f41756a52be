"""The CLI serving a real uvicorn process: start-up, health, and the `drop` fault a test client cannot fake."""

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from mockserver import launcher
from tests.mock.conftest import CLICKPORT_KEY, CLICKPORT_SPEC, FROZEN_NOW, REPO


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mockserver",
            "--api",
            "clickport",
            "--port",
            str(port),
            "--spec",
            str(CLICKPORT_SPEC),
            "--now",
            FROZEN_NOW,
            "--frozen-clock",
            "--seed",
            "4",
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/_mock/health").status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail(f"mock server did not start: {process.communicate()[1].decode()}")
    yield base
    process.terminate()
    process.wait(timeout=10)


def test_cli_serves_the_api(served: str) -> None:
    assert httpx.get(f"{served}/_mock/health").json() == {
        "status": "ok",
        "api": "clickport",
        "now": "2026-03-31T12:00:00+00:00",
        "clock": "frozen",
        "strict": False,
        "seed": 4,
    }
    answer = httpx.post(f"{served}/api/query", json={"metrics": ["visitors"], "period": "7d"}, headers=CLICKPORT_KEY)
    assert answer.status_code == 200 and answer.json()["results"]["visitors"] > 0


def test_drop_closes_the_connection_without_a_complete_answer(served: str) -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.get(f"{served}/api/realtime", headers={**CLICKPORT_KEY, "X-Mock-Fault": "drop"})
    assert httpx.get(f"{served}/api/realtime", headers=CLICKPORT_KEY).status_code == 200


def test_cli_refuses_a_missing_spec(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mockserver",
            "--api",
            "clickport",
            "--port",
            "1",
            "--spec",
            str(tmp_path / "none.yaml"),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2 and "no such spec" in result.stderr


def test_the_launcher_moves_to_another_port_when_its_free_port_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parallel test workers start mocks too: a port free at the probe can be bound by the time the server starts."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        ports = iter([taken.getsockname()[1], _free_port()])
        monkeypatch.setattr(launcher, "free_port", lambda: next(ports))
        with launcher.running_mock_servers(["clickport"], "--spec", str(CLICKPORT_SPEC)) as urls:
            assert urls["clickport"] != f"http://127.0.0.1:{taken.getsockname()[1]}"
            assert httpx.get(f"{urls['clickport']}/_mock/health").status_code == 200


@pytest.mark.parametrize(
    "head",
    [
        b'GET /api/realtime HTTP/1.1\r\nHost: x\r\ncontent-length: "I\r\n\r\n',  # Schemathesis seed 2718
        b"GET /api/realtime HTTP/1.1\r\nHost: x\r\nbad header: 1\r\n\r\n",
        b"NOT HTTP AT ALL\r\n\r\n",
    ],
)
def test_a_request_the_parser_refuses_is_answered_in_the_vendor_model(served: str, head: bytes) -> None:
    port = int(served.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
        connection.sendall(head)
        received = b""
        while chunk := connection.recv(65536):
            received += chunk
    status_line, _, rest = received.partition(b"\r\n")
    headers, _, body = rest.partition(b"\r\n\r\n")
    assert status_line == b"HTTP/1.1 400 Bad Request"
    assert b"content-type: application/json" in headers.lower()
    error = json.loads(body)
    assert error["error"] == "Bad Request" and error["message"].startswith("the request is not valid HTTP")
    assert httpx.get(f"{served}/api/realtime", headers=CLICKPORT_KEY).status_code == 200  # the server goes on
