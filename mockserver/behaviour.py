"""The contract between the frame and one API's behaviour: `ApiBehaviour`, `StoreSetup` and `ConcurrencyLimit`.

An API package (`mockserver/apis/<api>/__init__.py`) exposes `behaviour(**settings) -> ApiBehaviour`, its
settings as keyword arguments with the vendor's values as defaults (`--event-limit`, `--processing-seconds`).
The frame routes, checks auth, validates and coerces the request against the spec, applies the API's
concurrency limit, opens a transaction, then calls the handler registered for the operation with a
`RequestContext` (mockserver/context.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from starlette.middleware import Middleware

from mockserver.clock import MockClock
from mockserver.context import RequestContext
from mockserver.registry import HandlerRegistry
from mockserver.responses import ApiError, MockResponse

StoreT = TypeVar("StoreT")


@dataclass(frozen=True, slots=True)
class StoreSetup:
    """Everything an API needs to open (and, when empty, seed) its store."""

    connection: sqlite3.Connection
    clock: MockClock
    seed: int


@dataclass(frozen=True, slots=True)
class ConcurrencyLimit:
    """At most one request in flight per key: the frame answers another request with the same key, while the first
    is in flight, with `busy` at once (the handler does not run)."""

    key: Callable[[RequestContext[Any]], Hashable | None]
    """The validated request's key, or None for requests the limit does not apply to."""
    busy: Callable[[Mapping[str, str]], MockResponse]
    """The API's own "too many requests" answer, given the request's raw query."""
    hold_seconds: float = 0.0
    """Least time a limited request stays in flight (requests the limit does not apply to never wait), so that
    requests sent together meet the limit as they would at the vendor; 0 for benchmarks of the mock itself."""

    def __post_init__(self) -> None:
        if self.hold_seconds < 0:
            raise ValueError(f"hold_seconds must not be negative, got {self.hold_seconds}")


@dataclass(frozen=True)
class ApiBehaviour(Generic[StoreT]):
    """How one API behaves behind the frame."""

    name: str
    handlers: HandlerRegistry[StoreT]
    open_store: Callable[[StoreSetup], StoreT]
    """Create tables and seed them when the database is new; called at start-up and on `/_mock/reset`.
    What it seeds must depend on the setup's seed and clock alone: under a frozen clock, the frame restores a copy
    of data seeded earlier in the process for the same API, opener, seed and instant instead (mockserver/seeded.py)."""
    render_error: Callable[[ApiError, Mapping[str, str]], MockResponse]
    """The vendor's error model: every 400/401/404/405 and handler `ApiError` goes through here, with the
    request's raw query (Clicky answers errors in the `output` format the request asked for). A credential
    failure is an `AuthFailure` naming the security scheme."""
    credentials: Mapping[str, str] = field(default_factory=dict)
    """Accepted value per securityScheme name (the demo credentials)."""
    reject_unknown_query_params: bool = False
    """Answer 400 to query parameters the operation does not declare (real servers mostly ignore them)."""
    concurrency: ConcurrencyLimit | None = None
    """The vendor's limit on requests in flight together (Clicky: one per site and IP for its heavy types)."""
    middleware: Sequence[Middleware] = ()
    """ASGI middleware around the API, for answers outside the spec's operations (ClickMeter's CORS preflight)."""
