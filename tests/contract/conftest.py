"""Contract tests: each API's mock runs once per session as its own process, reached over real HTTP.

Mocks start on first use, so the tests of one API need only that API's mock. They run as the contract CLI
runs them (`contract.mocks.mock_arguments`): frozen clock, fixed seed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

import httpx
import pytest

from contract.mocks import DEFAULT_SEED, mock_arguments
from mockserver.launcher import running_mock_servers


class MockServers:
    """Starts each API's mock on first request for its URL; the session's exit stack stops them."""

    def __init__(self, stack: contextlib.ExitStack) -> None:
        self._stack = stack
        self._urls: dict[str, str] = {}

    def url(self, api: str) -> str:
        if api not in self._urls:
            self._urls.update(self._stack.enter_context(running_mock_servers([api], *mock_arguments())))
        return self._urls[api]


@pytest.fixture(scope="session")
def mock_servers() -> Iterator[MockServers]:
    with contextlib.ExitStack() as stack:
        yield MockServers(stack)


@pytest.fixture
def fresh_mock() -> Iterator[Callable[..., str]]:
    """Start an API's mock for this test alone (fresh seeded state; extra CLI arguments allowed)."""
    with contextlib.ExitStack() as stack:

        def start(api: str, *extra: str) -> str:
            return stack.enter_context(running_mock_servers([api], *mock_arguments(DEFAULT_SEED, *extra)))[api]

        yield start


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
