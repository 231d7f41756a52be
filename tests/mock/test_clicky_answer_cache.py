"""Clicky's answer cache: same query and second → the remembered answer; anything else is computed."""

from __future__ import annotations

from mockserver.apis.clicky.answer_cache import AnswerCache
from mockserver.responses import MockResponse


def test_answers_are_reused_per_query_and_second_and_bounded() -> None:
    cache = AnswerCache(max_answers=2)
    computed: list[str] = []

    def compute(label: str) -> MockResponse:
        computed.append(label)
        return MockResponse(body=label)

    first = cache.answer({"type": ["visitors"]}, 100, lambda: compute("a"))
    assert cache.answer({"type": ["visitors"]}, 100, lambda: compute("again")) is first
    cache.answer({"type": ["visitors"]}, 101, lambda: compute("next second"))
    cache.answer({"type": ["pages"]}, 101, lambda: compute("other query"))
    cache.answer({"type": ["visitors"]}, 100, lambda: compute("evicted"))  # the oldest went when the third came
    assert computed == ["a", "next second", "other query", "evicted"]
