"""Mock servers for client tests: real `python -m mockserver` processes (so sync and async clients speak
HTTP to them), started once per session with a frozen clock and every answer checked against the spec."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mockserver.launcher import running_mock_servers

FROZEN_NOW = "2026-03-31T12:00:00Z"
MOCK_OPTIONS = ("--seed", "11", "--now", FROZEN_NOW, "--frozen-clock", "--validate-responses")


@pytest.fixture(scope="session")
def clickport_url() -> Iterator[str]:
    with running_mock_servers(["clickport"], *MOCK_OPTIONS) as urls:
        yield urls["clickport"]


@pytest.fixture(scope="session")
def clickmeter_url() -> Iterator[str]:
    with running_mock_servers(["clickmeter"], *MOCK_OPTIONS) as urls:
        yield urls["clickmeter"]


@pytest.fixture(scope="session")
def clicky_url() -> Iterator[str]:
    with running_mock_servers(["clicky"], *MOCK_OPTIONS) as urls:
        yield urls["clicky"]
