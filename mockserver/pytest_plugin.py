"""pytest plugin (entry point `pytest11` of clickapis-sdk-tools): the mock servers as fixtures.

    def test_visitors(clicky_mock):
        client = Client(base_url=clicky_mock.base_url, **clicky_mock.credentials)

Each API's mock starts once per session (per seed and clock) on a free port, in its own process
(mockserver.launcher), and is reset before every test that uses it, so tests never see each other's writes.
Its data are seeded and its clock frozen, so answers are the same on every run; `--mock-seed`/`--mock-now`
change that for the run, `@pytest.mark.clickapis_mock(seed=..., now=...)` for a test, class or module.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from clickapis.catalog import APIS
from mockserver.launcher import running_mock_servers

DEFAULT_SEED = 1
DEFAULT_NOW = "2026-03-31T12:00:00Z"
SYSTEM_CLOCK = "system"  # --mock-now value for the real, running clock
MARKER = "clickapis_mock"


@dataclass(frozen=True)
class RunningMock:
    """One mock server: `Client(base_url=mock.base_url, **mock.credentials)` talks to it."""

    api: str
    base_url: str
    seed: int
    now: str | None  # None: the system clock
    credentials: Mapping[str, str] = field(repr=False)
    control: httpx.Client = field(repr=False, compare=False)  # the pool's: a new client costs ~90 ms (SSL context)

    def reset(self) -> None:
        """Forget every write and seed the data again, as at start-up."""
        self.control.post(f"{self.base_url}/_mock/reset").raise_for_status()


class MockPool:
    """The session's running mocks, one per API, seed and clock; stopped when the session ends."""

    def __init__(self) -> None:
        self._running: dict[tuple[str, int, str | None], RunningMock] = {}
        self._processes = contextlib.ExitStack()
        self._control = self._processes.enter_context(httpx.Client(timeout=30.0))

    def fresh(self, api: str, seed: int, now: str | None) -> RunningMock:
        """The mock for these settings in its seeded state: started now, or reset if it served a test before."""
        key = (api, seed, now)
        if key in self._running:
            self._running[key].reset()
        else:
            arguments = ["--seed", str(seed), *(["--now", now, "--frozen-clock"] if now else [])]
            urls = self._processes.enter_context(running_mock_servers([api], *arguments))
            self._running[key] = RunningMock(api, urls[api], seed, now, APIS[api].client_arguments, self._control)
        return self._running[key]

    def close(self) -> None:
        self._processes.close()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("clickapis-mock", "ClickMeter/Clickport/Clicky mock servers (clickapis-sdk-tools)")
    group.addoption("--mock-seed", type=int, default=DEFAULT_SEED, help=f"seed of the mocks' data ({DEFAULT_SEED})")
    group.addoption(
        "--mock-now",
        default=DEFAULT_NOW,
        help=f"the mocks' frozen clock, ISO 8601 with offset ({DEFAULT_NOW}), or '{SYSTEM_CLOCK}' for real time",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{MARKER}(seed=None, now=None): seed and clock of the clickapis mock servers for these tests"
    )


@pytest.fixture(scope="session")
def clickapis_mock_pool() -> Iterator[MockPool]:
    """The mock servers started so far in this session."""
    pool = MockPool()
    try:
        yield pool
    finally:
        pool.close()


def _settings(request: pytest.FixtureRequest) -> tuple[int, str | None]:
    seed: int = request.config.getoption("--mock-seed")
    now: str = request.config.getoption("--mock-now")
    marker = request.node.get_closest_marker(MARKER)
    if marker is not None:
        unknown = set(marker.kwargs) - {"seed", "now"}
        if marker.args or unknown:
            raise pytest.UsageError(f"@pytest.mark.{MARKER} takes only seed= and now=, got {marker.args} {unknown}")
        seed = marker.kwargs.get("seed", seed)
        now = marker.kwargs.get("now", now)
    return seed, None if now == SYSTEM_CLOCK else now


def _mock_fixture(api: str) -> Callable[..., RunningMock]:
    def fixture(request: pytest.FixtureRequest, clickapis_mock_pool: MockPool) -> RunningMock:
        return clickapis_mock_pool.fresh(api, *_settings(request))

    fixture.__name__ = f"{api}_mock"
    fixture.__doc__ = f"The {api} mock server, reset for this test: `.base_url`, `.credentials` (client arguments)."
    return pytest.fixture(fixture)


clickmeter_mock: Any = _mock_fixture("clickmeter")
clickport_mock: Any = _mock_fixture("clickport")
clicky_mock: Any = _mock_fixture("clicky")
