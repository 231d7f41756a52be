"""Answers remembered per request: the Clicky store is read-only once seeded, so an answer depends only on the
query and the clock (to the second: `visitors-online` and `time_offset` look at "now")."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping
from typing import Any

from mockserver.responses import MockResponse

MAX_ANSWERS = 512

Key = tuple[Any, ...]


class AnswerCache:
    def __init__(self, max_answers: int = MAX_ANSWERS) -> None:
        self._answers: OrderedDict[Key, MockResponse] = OrderedDict()
        self._max_answers = max_answers

    def answer(self, query: Mapping[str, Any], second: int, compute: Callable[[], MockResponse]) -> MockResponse:
        key = (second, *sorted((name, repr(value)) for name, value in query.items()))
        cached = self._answers.get(key)
        if cached is not None:
            self._answers.move_to_end(key)
            return cached
        answer = compute()
        self._answers[key] = answer
        if len(self._answers) > self._max_answers:
            self._answers.popitem(last=False)
        return answer
