"""Clickport behind the mock frame: stored events, seeded traffic, the silent 60/min/IP event limit."""

from __future__ import annotations

import functools
import http
from collections.abc import Callable, Mapping

from clickapis.catalog import api
from mockserver.apis.clickport import handlers
from mockserver.apis.clickport.seed import seed_traffic
from mockserver.apis.clickport.store import VENDOR_EVENT_LIMIT, ClickportStore
from mockserver.behaviour import ApiBehaviour, StoreSetup
from mockserver.registry import HandlerRegistry
from mockserver.responses import ApiError, MockResponse
from mockserver.store import is_empty, transaction


@functools.cache  # one opener per limit: mocks of the same limit, seed and instant share seeded data (seeded.py)
def store_opener(event_limit: int) -> Callable[[StoreSetup], ClickportStore]:
    def open_store(setup: StoreSetup) -> ClickportStore:
        store = ClickportStore(setup.connection, setup.clock, setup.seed, event_limit)
        if is_empty(setup.connection):
            ClickportStore.create_schema(setup.connection)
            with transaction(setup.connection):
                seed_traffic(store)
        return store

    return open_store


def render_error(error: ApiError, query: Mapping[str, str]) -> MockResponse:
    """`{"error": "<reason phrase>", "message": "..."}`, the body the vendor documents."""
    try:
        title = http.HTTPStatus(error.status).phrase
    except ValueError:
        title = "Error"
    return MockResponse({"error": title, "message": error.message}, status=error.status)


def behaviour(event_limit: int = VENDOR_EVENT_LIMIT) -> ApiBehaviour[ClickportStore]:
    """`event_limit`: events per minute per IP before events are silently dropped (`--event-limit`)."""
    if event_limit < 0:
        raise ValueError(f"event_limit must not be negative, got {event_limit}")
    return ApiBehaviour(
        name="clickport",
        handlers=HandlerRegistry(handlers.HANDLERS),
        open_store=store_opener(event_limit),
        render_error=render_error,
        credentials=api("clickport").by_scheme,
        # The vendor documents no strictness about extra query parameters; like most HTTP APIs it is assumed to
        # ignore them. Schemathesis' negative checks mutate declared parameters, which are still rejected.
        reject_unknown_query_params=False,
    )
