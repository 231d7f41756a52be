"""The generated clients against a faulty mock: retries, Retry-After, dropped connections, timeouts.

The mock injects faults per request (`X-Mock-Fault` header) or at random (`--faults RATE`, drawn from
`--seed`). The client's clock records the waits instead of sleeping, so the tests are fast and can check
exactly how long the client would have waited.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from clickapis.catalog import APIS, Api
from contract.mocks import mock_arguments
from mockserver.faults import FaultInjector
from tests.contract.conftest import ContractMock

pytestmark = pytest.mark.contract

FAULT_HEADER = "X-Mock-Fault"
DROPPED = "dropped"
NO_ANSWER = "no answer"


@dataclass(frozen=True)
class ReadOperation:
    """A GET of one API that is safe to retry, with the demo credentials of its mock."""

    api: Api
    endpoint: str
    arguments: dict[str, Any] = field(default_factory=dict)

    @property
    def package(self) -> str:
        return self.api.package

    @property
    def credentials(self) -> dict[str, str]:
        return self.api.client_arguments


READS = {
    "clickport": ReadOperation(APIS["clickport"], "api.realtime.get_realtime_visitors"),
    "clickmeter": ReadOperation(APIS["clickmeter"], "api.account.get_account"),
    "clicky": ReadOperation(APIS["clicky"], "api.stats.get_stats", {"type_": ["visitors"]}),
}


class RecordingClock:
    """Real time, but sleeps are recorded and skipped."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> float:
        return time.time()

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)


class Attempts:
    """httpx event hooks: what each attempt ended in, and an `X-Mock-Fault` for the first `faulty` attempts."""

    def __init__(self, fault: str | None = None, faulty: int = 0) -> None:
        self.fault = fault
        self.faulty = faulty
        self.outcomes: list[int | str] = []

    def on_request(self, request: httpx.Request) -> None:
        if self.fault is not None and len(self.outcomes) < self.faulty:
            request.headers[FAULT_HEADER] = self.fault
        self.outcomes.append(NO_ANSWER)

    def on_response(self, response: httpx.Response) -> None:
        try:
            response.read()
        except httpx.TransportError:
            self.outcomes[-1] = DROPPED
            raise
        self.outcomes[-1] = response.status_code


@dataclass
class Harness:
    api: str
    base_url: str
    clock: RecordingClock = field(default_factory=RecordingClock)

    @property
    def operation(self) -> ReadOperation:
        return READS[self.api]

    def errors(self) -> Any:
        return importlib.import_module(self.operation.package)

    def call(self, attempts: Attempts, **settings: Any) -> Any:
        package = importlib.import_module(self.operation.package)
        endpoint = importlib.import_module(f"{self.operation.package}.{self.operation.endpoint}")
        hooks = {"request": [attempts.on_request], "response": [attempts.on_response]}
        client = package.Client(
            self.base_url, clock=self.clock, httpx_args={"event_hooks": hooks}, **self.operation.credentials, **settings
        )
        with client:
            return endpoint.sync(client=client, **self.operation.arguments)


@pytest.fixture(params=sorted(READS))
def harness(request: pytest.FixtureRequest, contract_mock: ContractMock) -> Harness:
    """The session's mock: a fault named by header touches no state and ends with its request."""
    return Harness(request.param, contract_mock(request.param))


@pytest.fixture(params=sorted(READS))
def lone_harness(request: pytest.FixtureRequest, own_mock: Callable[..., str]) -> Harness:
    """A mock of the test's own: the request the client gave up on keeps the server busy after the test."""
    return Harness(request.param, own_mock(request.param, *mock_arguments()))


def test_a_retry_recovers_from_503(harness: Harness) -> None:
    attempts = Attempts("status=503", faulty=1)
    assert harness.call(attempts) is not None
    assert attempts.outcomes == [503, 200]
    assert len(harness.clock.sleeps) == 1 and 0.3 <= harness.clock.sleeps[0] <= 0.5  # first backoff step


def test_a_retry_waits_as_long_as_retry_after_says(harness: Harness) -> None:
    attempts = Attempts("status=429;retry-after=2", faulty=1)
    assert harness.call(attempts) is not None
    assert attempts.outcomes == [429, 200]
    assert harness.clock.sleeps == [2.0]


def test_a_dropped_connection_surfaces_as_connection_error_after_retries(harness: Harness) -> None:
    attempts = Attempts("drop", faulty=99)
    errors = harness.errors()
    with pytest.raises(errors.APIConnectionError) as raised:
        harness.call(attempts, max_retries=2)
    assert not isinstance(raised.value, errors.APITimeoutError)
    assert attempts.outcomes == [DROPPED] * 3


def test_an_answer_later_than_the_timeout_surfaces_as_timeout_error(lone_harness: Harness) -> None:
    # One attempt, so the timeout itself surfaces (a retry would just time out again on the same fault).
    attempts = Attempts("delay=1.5", faulty=1)
    with pytest.raises(lone_harness.errors().APITimeoutError):
        lone_harness.call(attempts, max_retries=0, timeout=0.3)
    assert attempts.outcomes == [NO_ANSWER]


FAULT_RATE = 0.4
FAULT_SEED = 7
CALLS = 12


def expected_outcomes(count: int) -> list[int | str]:
    """What the mock's seeded fault draws make of `count` attempts in a row."""
    injector = FaultInjector(FAULT_RATE, FAULT_SEED)
    outcomes: list[int | str] = []
    for _ in range(count):
        fault = injector.for_request(None)
        outcomes.append(200 if fault is None else DROPPED if fault.drop else fault.status or 200)
    return outcomes


@pytest.mark.parametrize("api", sorted(READS))
def test_random_faults_follow_the_seed_and_retries_absorb_them(api: str, own_mock: Callable[..., str]) -> None:
    harness = Harness(api, own_mock(api, *mock_arguments(FAULT_SEED, "--faults", str(FAULT_RATE))))
    attempts = Attempts()
    for _ in range(CALLS):
        assert harness.call(attempts, max_retries=8) is not None
    assert attempts.outcomes == expected_outcomes(len(attempts.outcomes))
    assert attempts.outcomes.count(200) == CALLS
    assert {503, 429, DROPPED} & set(attempts.outcomes), "the seed injected none of the retried faults"
