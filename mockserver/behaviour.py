"""The contract between the frame and one API's behaviour: `ApiBehaviour` and the `RequestContext` handlers get.

An API package (`mockserver/apis/<api>/__init__.py`) exposes `API: ApiBehaviour`. The frame routes, checks
auth, validates and coerces the request against the spec, opens a transaction, then calls the handler
registered for the operation with a `RequestContext`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from starlette.middleware import Middleware

from mockserver.clock import MockClock
from mockserver.config import MockConfig
from mockserver.registry import HandlerRegistry
from mockserver.responses import ApiError, MockResponse

StoreT = TypeVar("StoreT")


@dataclass(frozen=True, slots=True)
class StoreSetup:
    """Everything an API needs to open (and, when empty, seed) its store."""

    connection: sqlite3.Connection
    clock: MockClock
    seed: int
    config: MockConfig


@dataclass(frozen=True, slots=True)
class RequestContext(Generic[StoreT]):
    """One validated request, as a handler sees it."""

    operation_id: str
    path_params: Mapping[str, Any]
    query: Mapping[str, Any]
    """Declared query parameters, coerced to their schema types; absent optional ones are missing."""
    header_params: Mapping[str, Any]
    """Declared header parameters by their spec name, coerced."""
    headers: Mapping[str, str]
    """All request headers (case-insensitive)."""
    body: Any
    """Parsed JSON (or form) body, None when there is none."""
    store: StoreT
    clock: MockClock
    client_ip: str


@dataclass(frozen=True)
class ApiBehaviour(Generic[StoreT]):
    """How one API behaves behind the frame."""

    name: str
    handlers: HandlerRegistry[StoreT]
    open_store: Callable[[StoreSetup], StoreT]
    """Create tables and seed them when the database is new; called at start-up and on `/_mock/reset`."""
    render_error: Callable[[ApiError, Mapping[str, str]], MockResponse]
    """The vendor's error model: every 400/401/404/405 and handler `ApiError` goes through here, with the
    request's raw query (Clicky answers errors in the `output` format the request asked for)."""
    credentials: Mapping[str, str] = field(default_factory=dict)
    """Accepted value per securityScheme name (the demo credentials)."""
    reject_unknown_query_params: bool = False
    """Answer 400 to query parameters the operation does not declare (real servers mostly ignore them)."""
    middleware: Callable[[MockConfig], Sequence[Middleware]] = lambda config: ()
    """ASGI middleware around the API, given the settings (e.g. Clicky's one-request-at-a-time limit, which needs to see
    requests overlap, something synchronous handlers never do)."""
