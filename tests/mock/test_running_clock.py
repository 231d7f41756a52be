"""`--now` starts a clock that runs; `--frozen-clock` keeps it still (contract tests, golden answers).

Why it matters, vendor (seed 001_ed9b03f9138e9727.txt, line 31): "The event ingestion endpoint (/api/event) is
rate-limited to 60 requests per minute per IP address. When the limit is exceeded, events are silently
dropped (the response still returns 200)." Under a frozen clock the minute never ends, so a user testing
their own pacing would see every later event dropped forever.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import mockserver.clock
from mockserver.apis import clickport
from mockserver.app import create_app
from mockserver.clock import MockClock
from mockserver.config import MockConfig
from tests.mock.conftest import MockFactory
from tests.mock.test_clickport_mock import pageview, query, send

START = datetime(2026, 3, 31, 12, 0, tzinfo=UTC)


class FakeMonotonic:
    """Stands in for the `time` module inside mockserver.clock, so a test can let a minute pass at once."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def elapsed(monkeypatch: pytest.MonkeyPatch) -> FakeMonotonic:
    fake = FakeMonotonic()
    monkeypatch.setattr(mockserver.clock, "time", fake)
    return fake


def test_now_starts_a_running_clock(elapsed: FakeMonotonic) -> None:
    clock = MockClock.from_iso("2026-03-31T12:00:00Z")
    assert clock.now() == START and not clock.frozen
    elapsed.now += 90.5
    assert (clock.now() - START).total_seconds() == 90.5
    clock.advance(10)  # tests may still move it on
    assert (clock.now() - START).total_seconds() == 100.5


def test_a_frozen_clock_moves_only_when_advanced(elapsed: FakeMonotonic) -> None:
    clock = MockClock.from_iso("2026-03-31T12:00:00+00:00", frozen=True)
    elapsed.now += 3600
    assert clock.now() == START and clock.frozen
    clock.advance(60)
    assert (clock.now() - START).total_seconds() == 60


def test_a_frozen_clock_needs_a_start_and_now_needs_an_offset() -> None:
    with pytest.raises(ValueError, match="--frozen-clock needs --now"):
        create_app(MockConfig(api="clickport", frozen_clock=True))
    with pytest.raises(ValueError, match="no UTC offset"):
        MockClock.from_iso("2026-03-31T12:00:00")


def _counted_pageviews(client: object) -> int:
    return int(query(client, metrics=["pageviews"], period="today")["results"]["pageviews"])  # type: ignore[arg-type]


def test_the_event_limit_window_passes_under_a_running_clock(make_mock: MockFactory, elapsed: FakeMonotonic) -> None:
    client = make_mock(frozen_clock=False, behaviour=clickport.behaviour(event_limit=2))
    before = _counted_pageviews(client)
    for n in range(3):
        assert send(client, pageview(f"/a{n}"), ip="198.51.100.7").status_code == 200
    assert _counted_pageviews(client) == before + 2  # the third is dropped silently
    elapsed.now += 61  # the minute passes, as on the real API
    assert send(client, pageview("/b"), ip="198.51.100.7").status_code == 200
    assert _counted_pageviews(client) == before + 3


def test_under_a_frozen_clock_the_minute_never_passes_by_itself(make_mock: MockFactory, elapsed: FakeMonotonic) -> None:
    client = make_mock(frozen_clock=True, behaviour=clickport.behaviour(event_limit=2))
    before = _counted_pageviews(client)
    for n in range(3):
        send(client, pageview(f"/a{n}"), ip="198.51.100.7")
    elapsed.now += 61
    send(client, pageview("/b"), ip="198.51.100.7")
    assert _counted_pageviews(client) == before + 2


def test_health_reports_the_clock_mode(make_mock: MockFactory) -> None:
    assert make_mock(frozen_clock=False).get("/_mock/health").json()["clock"] == "running"
    assert make_mock().get("/_mock/health").json()["clock"] == "frozen"
