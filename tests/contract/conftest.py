"""Contract tests: each API's mock runs as the contract CLI runs it (`contract.mocks.mock_arguments`: frozen
clock, fixed seed, strict), one process per API for the session (tests/support/mocks.py), started on first use."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from contract.mocks import mock_arguments
from tests.support.mocks import MockProcesses

ContractMock = Callable[[str], str]


@pytest.fixture(scope="session")  # a function of the session's mocks (Hypothesis refuses function-scoped ones)
def contract_mock(mock_processes: MockProcesses) -> ContractMock:
    """`contract_mock(api)`: the base URL of the session's contract mock of `api` (state as earlier tests left it)."""
    return lambda api: mock_processes.url(api, *mock_arguments())


@pytest.fixture(scope="session")  # resets when called, not when requested
def fresh_contract_mock(mock_processes: MockProcesses) -> ContractMock:
    """`fresh_contract_mock(api)`: the same mock, reset to its seeded state for this test."""
    return lambda api: mock_processes.fresh(api, *mock_arguments())


@pytest.fixture
def http_exchanges(monkeypatch: pytest.MonkeyPatch) -> list[httpx.Response]:
    """Every answer any httpx client in this test received, body read (the generated clients use httpx)."""
    exchanges: list[httpx.Response] = []
    send = httpx.HTTPTransport.handle_request

    def recorded(transport: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        response = send(transport, request)
        response.read()
        exchanges.append(response)
        return response

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", recorded)
    return exchanges
