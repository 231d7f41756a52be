"""`RequestContext`: one validated request, as a handler sees it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from mockserver.clock import MockClock

StoreT = TypeVar("StoreT")


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
