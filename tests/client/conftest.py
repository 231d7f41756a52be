"""Mock servers for client tests, started once per session with a frozen clock and every answer checked against
the spec: a real `python -m mockserver` process (Clickport), or the app served in a thread (ClickMeter, Clicky)."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn

from mockserver.app import create_app
from mockserver.config import MockConfig
from mockserver.launcher import free_port, running_mock_servers

FROZEN_NOW = "2026-03-31T12:00:00Z"
MOCK_OPTIONS = ("--seed", "11", "--now", FROZEN_NOW, "--validate-responses")
STARTUP_SECONDS = 120.0


@pytest.fixture(scope="session")
def clickport_url() -> Iterator[str]:
    with running_mock_servers(["clickport"], *MOCK_OPTIONS) as urls:
        yield urls["clickport"]


@contextlib.contextmanager
def mock_in_a_thread(api: str) -> Iterator[str]:
    """The mock app served by uvicorn in a thread: no process start-up, which a loaded machine makes slow."""
    app = create_app(MockConfig(api=api, seed=11, now=FROZEN_NOW, validate_responses=True))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_SECONDS
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, f"the {api} mock did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def clicky_url() -> Iterator[str]:
    with mock_in_a_thread("clicky") as url:
        yield url


@pytest.fixture(scope="session")
def clickmeter_url() -> Iterator[str]:
    with mock_in_a_thread("clickmeter") as url:
        yield url
