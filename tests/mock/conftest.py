"""Mock servers under test: in-process via starlette's TestClient, responses checked against the spec."""

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from clickapis.catalog import APIS
from mockserver.app import create_app
from mockserver.behaviour import ApiBehaviour
from mockserver.config import MockConfig

REPO = Path(__file__).resolve().parents[2]
CLICKPORT_SPEC = REPO / "specs" / "clickport" / "openapi.yaml"
FROZEN_NOW = "2026-03-31T12:00:00Z"
CLICKPORT_KEY = APIS["clickport"].headers
BROWSER = (
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"
)

MockFactory = Callable[..., TestClient]


@pytest.fixture
def make_mock() -> Iterator[MockFactory]:
    """Mocks that live until the test ends. Each client is entered: it then keeps one event-loop thread for all its
    requests, where a client used without `with` starts a thread per request (a third of this suite's time)."""
    clients = contextlib.ExitStack()

    def make(api: str = "clickport", behaviour: ApiBehaviour[Any] | None = None, **settings: Any) -> TestClient:
        settings.setdefault("spec_path", CLICKPORT_SPEC if api == "clickport" else None)
        settings.setdefault("now", FROZEN_NOW)
        settings.setdefault("frozen_clock", True)
        settings.setdefault("validate_responses", True)
        return clients.enter_context(TestClient(create_app(MockConfig(api=api, **settings), behaviour)))

    with clients:
        yield make


@pytest.fixture
def clickport(make_mock: MockFactory) -> TestClient:
    return make_mock()
