"""Handler tables and the registry built from them: one handler per operation, checked against the spec at start-up.

Each handlers module ends with an explicit `HANDLERS` table (operationId -> function); the API package builds its
registry from its modules' tables, so what answers an operation is found by reading, not by import side effects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Generic, TypeVar

from mockserver.context import RequestContext
from mockserver.responses import MockResponse

StoreT = TypeVar("StoreT")
Handler = Callable[[RequestContext[StoreT]], MockResponse]
HandlerTable = Mapping[str, Handler[StoreT]]


class HandlerCoverageError(Exception):
    """The handlers and the spec's operations disagree; the server refuses to start."""


class HandlerRegistry(Generic[StoreT]):
    """Maps operationId to the function that answers it, from one or more handler tables."""

    def __init__(self, *tables: HandlerTable[StoreT]) -> None:
        self._handlers: dict[str, Handler[StoreT]] = {}
        for table in tables:
            for operation_id, function in table.items():
                if operation_id in self._handlers:
                    raise HandlerCoverageError(f"two handlers for operation {operation_id!r}")
                self._handlers[operation_id] = function

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
