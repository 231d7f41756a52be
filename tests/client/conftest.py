"""Mock servers for client tests: real mock processes (so sync and async clients speak HTTP to them), shared
by the session (tests/support/mocks.py), with a frozen clock and every answer checked against the spec."""

from __future__ import annotations

import pytest

from tests.support.mocks import MockProcesses

FROZEN_NOW = "2026-03-31T12:00:00Z"
MOCK_OPTIONS = ("--seed", "11", "--now", FROZEN_NOW, "--frozen-clock", "--validate-responses")


@pytest.fixture(scope="session")
def clickport_url(mock_processes: MockProcesses) -> str:
    return mock_processes.url("clickport", *MOCK_OPTIONS)


@pytest.fixture(scope="session")
def clickmeter_url(mock_processes: MockProcesses) -> str:
    return mock_processes.url("clickmeter", *MOCK_OPTIONS)


@pytest.fixture(scope="session")
def clicky_url(mock_processes: MockProcesses) -> str:
    return mock_processes.url("clicky", *MOCK_OPTIONS)
