"""`@handler("operationId")` registry: one handler per operation, checked against the spec at start-up."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from mockserver.context import RequestContext
from mockserver.responses import MockResponse

StoreT = TypeVar("StoreT")
Handler = Callable[[RequestContext[StoreT]], MockResponse]


class HandlerCoverageError(Exception):
    """The handlers and the spec's operations disagree; the server refuses to start."""


class HandlerRegistry(Generic[StoreT]):
    """Maps operationId to the function that answers it."""

    def __init__(self) -> None:
        self._handlers: dict[str, Handler[StoreT]] = {}

    def handler(self, operation_id: str) -> Callable[[Handler[StoreT]], Handler[StoreT]]:
        """Register the decorated function as the answer to `operation_id`."""

        def register(function: Handler[StoreT]) -> Handler[StoreT]:
            if operation_id in self._handlers:
                raise HandlerCoverageError(f"two handlers for operation {operation_id!r}")
            self._handlers[operation_id] = function
            return function

        return register

    def __getitem__(self, operation_id: str) -> Handler[StoreT]:
        return self._handlers[operation_id]

    def check_covers(self, operation_ids: Iterable[str], api: str) -> None:
        """Fail loudly when an operation of the spec has no handler or a handler has no operation."""
        wanted = set(operation_ids)
        missing = sorted(wanted - self._handlers.keys())
        unknown = sorted(self._handlers.keys() - wanted)
        problems = []
        if missing:
            problems.append(f"operations without a handler: {', '.join(missing)}")
        if unknown:
            problems.append(f"handlers for operations the spec does not have: {', '.join(unknown)}")
        if problems:
            raise HandlerCoverageError(f"{api}: " + "; ".join(problems))
