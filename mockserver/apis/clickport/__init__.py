"""Clickport behind the mock frame: stored events, seeded traffic, the silent 60/min/IP event limit."""

from __future__ import annotations

import http
from collections.abc import Mapping

from clickapis.catalog import api
from mockserver.apis.clickport.handlers import handlers
from mockserver.apis.clickport.seed import seed_traffic
from mockserver.apis.clickport.store import VENDOR_EVENT_LIMIT, ClickportStore
from mockserver.behaviour import ApiBehaviour, StoreSetup
from mockserver.responses import ApiError, MockResponse
from mockserver.store import transaction


def open_store(setup: StoreSetup) -> ClickportStore:
    limit = setup.config.event_limit if setup.config.event_limit is not None else VENDOR_EVENT_LIMIT
    store = ClickportStore(setup.connection, setup.clock, setup.seed, limit)
    if ClickportStore.is_empty(setup.connection):
        ClickportStore.create_schema(setup.connection)
        with transaction(setup.connection):
            seed_traffic(store)
    return store


def render_error(error: ApiError, query: Mapping[str, str]) -> MockResponse:
    """`{"error": "<reason phrase>", "message": "..."}`, the body the vendor documents."""
    try:
        title = http.HTTPStatus(error.status).phrase
    except ValueError:
        title = "Error"
    return MockResponse({"error": title, "message": error.message}, status=error.status)


API: ApiBehaviour[ClickportStore] = ApiBehaviour(
    name="clickport",
    handlers=handlers,
    open_store=open_store,
    render_error=render_error,
    credentials=api("clickport").by_scheme,
    # The vendor documents no strictness about extra query parameters; like most HTTP APIs it is assumed to
    # ignore them. Schemathesis' negative checks mutate declared parameters, which are still rejected.
    reject_unknown_query_params=False,
)
