"""ReadCache: answers computed from the store, kept until the store next changes.

Reads are pure functions of the stored rows and their arguments, so a repeated read may reuse the last
answer as long as nothing was written since; the store clears the cache before every write. Query
arguments (windows, zones, filters) are unbounded, so the cache holds at most `budget` items (rows or
groups) over all its answers and drops the least recently used answers first.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Sized
from typing import TypeVar, cast

AnswerT = TypeVar("AnswerT", bound=Sized)


class ReadCache:
    def __init__(self, budget: int) -> None:
        if budget < 1:
            raise ValueError(f"budget must be at least 1, got {budget}")
        self.budget = budget
        self._answers: OrderedDict[Hashable, Sized] = OrderedDict()
        self._held = 0

    def get(self, key: Hashable, compute: Callable[[], AnswerT]) -> AnswerT:
        """The kept answer for `key`, else `compute()`, kept if it fits. Callers must not mutate answers."""
        if key in self._answers:
            self._answers.move_to_end(key)
            return cast(AnswerT, self._answers[key])
        answer = compute()
        if _size(answer) <= self.budget:
            self._answers[key] = answer
            self._held += _size(answer)
            while self._held > self.budget:
                self._held -= _size(self._answers.popitem(last=False)[1])
        return answer

    def clear(self) -> None:
        self._answers.clear()
        self._held = 0

    def __len__(self) -> int:
        return len(self._answers)


def _size(answer: Sized) -> int:
    """Empty answers count as one item, so that they too are bounded."""
    return max(1, len(answer))
