"""Clicky's answer cache, judged by what a client sees: the same answers with and without it, a moved clock seen at
once, and memory that stays bounded however many different queries come.

The cache may remember an answer per query and second because the store is read-only once seeded; the
answer depends on the clock (`visitors-online`, `time_offset` look at "now"), so the second is part of it.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from starlette.testclient import TestClient

from clickapis.catalog import APIS
from mockserver.apis.clicky import behaviour
from mockserver.apis.clicky.answer_cache import MAX_ANSWERS, AnswerCache
from mockserver.app import create_app
from mockserver.config import MockConfig
from mockserver.responses import MockResponse
from tests.mock.conftest import FROZEN_NOW

CREDENTIALS = APIS["clicky"].query
SEED = 7
ONLINE_UNTIL = 146
"""Seconds after FROZEN_NOW (seed 7) during which one visitor is online; one second later nobody is."""

# Queries that differ in one detail each, so answers kept under a too coarse key would be handed to the wrong one.
QUERIES: list[dict[str, str]] = [
    {"type": "visitors", "output": "json"},
    {"type": "visitors", "output": "xml"},
    {"type": "visitors", "output": "csv"},
    {"type": "visitors", "output": "php"},
    {"type": "visitors,pages", "output": "json"},
    {"type": "pages,visitors", "output": "json"},
    {"type": "pages", "output": "json", "limit": "3"},
    {"type": "pages", "output": "json", "limit": "3", "page": "2"},
    {"type": "pages", "output": "json", "date": "last-7-days"},
    {"type": "pages", "output": "json", "date": "last-7-days", "daily": "1"},
    {"type": "visitors-online", "output": "json"},
    {"type": "visitors-list", "output": "json", "time_offset": "3600"},
    {"type": "visitors-list", "output": "json", "limit": "2"},
]


def _mock(cached: bool) -> TestClient:
    # processing_seconds=0: requests here come one after the other; the limit's hold would only slow them down
    config = MockConfig(api="clicky", now=FROZEN_NOW, frozen_clock=True, validate_responses=True, seed=SEED)
    app = create_app(config, behaviour(processing_seconds=0))
    if not cached:
        app.state.mock.store.answers = AnswerCache(max_answers=0)  # keeps nothing: every answer is computed
    return TestClient(app)


def _answers(client: TestClient) -> list[tuple[int, str, bytes]]:
    answers = [client.get("/api/stats/4", params={**CREDENTIALS, **query}) for query in QUERIES]
    return [(answer.status_code, answer.headers["content-type"], answer.content) for answer in answers]


def _online(client: TestClient) -> Any:
    answer = client.get("/api/stats/4", params={**CREDENTIALS, "type": "visitors-online", "output": "json"})
    return answer.json()[0]["dates"][0]["items"]


@pytest.fixture(scope="module")
def mocks() -> Iterator[tuple[TestClient, TestClient]]:
    with _mock(cached=True) as cached, _mock(cached=False) as uncached:  # entered: one event-loop thread each
        yield cached, uncached


def test_the_cache_changes_no_answer(mocks: tuple[TestClient, TestClient]) -> None:
    cached, uncached = mocks
    expected = _answers(uncached)
    assert len({content for _, _, content in expected}) == len(QUERIES), "the queries must differ in their answers"
    assert _answers(cached) == expected
    assert _answers(cached) == expected  # asked again within the same second


def test_a_moved_clock_is_seen_at_once(mocks: tuple[TestClient, TestClient]) -> None:
    cached, uncached = mocks
    start = datetime.fromisoformat(FROZEN_NOW).timestamp()
    for client in mocks:
        clock = client.app.state.mock.clock  # type: ignore[attr-defined]
        clock.advance(start + ONLINE_UNTIL - clock.timestamp())
    before = _online(cached)
    assert before == _online(uncached) == [{"value": "1"}]
    for client in mocks:
        client.app.state.mock.clock.advance(1)  # type: ignore[attr-defined]
    assert _online(uncached) == [{"value": "0"}], "the scenario must change the answer within one second"
    assert _online(cached) == [{"value": "0"}]
    assert _answers(cached) == _answers(uncached)


def test_memory_stays_bounded_however_many_queries_come() -> None:
    """Each answer holds 20 kB; unbounded, 4 x MAX_ANSWERS more queries would keep about 40 MB more."""
    cache = AnswerCache()
    size = 20_000

    def fill(first: int, count: int) -> None:
        for number in range(first, first + count):
            cache.answer({"type": [f"t{number}"]}, 0, lambda number=number: MockResponse(content=bytes(size)))

    tracemalloc.start()
    try:
        fill(0, MAX_ANSWERS)
        full, _ = tracemalloc.get_traced_memory()
        fill(MAX_ANSWERS, 4 * MAX_ANSWERS)
        after, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert full > MAX_ANSWERS * size  # the measure sees the answers kept
    assert after - full < 0.05 * MAX_ANSWERS * size


def test_a_repeated_query_in_the_same_second_is_answered_without_computing_again() -> None:
    cache = AnswerCache()
    computed: list[int] = []

    def compute() -> MockResponse:
        computed.append(1)
        return MockResponse([{"type": "visitors"}])

    query = {"type": ["visitors"], "output": "json"}
    first = cache.answer(query, 100, compute)
    assert cache.answer(dict(reversed(query.items())), 100, compute) is first  # same query, other order
    assert len(computed) == 1
    assert cache.answer(query, 101, compute) is not first and len(computed) == 2  # the next second computes
