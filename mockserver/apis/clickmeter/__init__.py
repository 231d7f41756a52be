"""ClickMeter behind the mock frame: the seeded account, its entities, hit traffic and statistics; CORS (cors.py)."""

from __future__ import annotations

from collections.abc import Mapping

from starlette.middleware import Middleware

from clickapis.catalog import api
from mockserver.apis.clickmeter import handlers
from mockserver.apis.clickmeter.cors import ClickmeterCors
from mockserver.apis.clickmeter.seed import seed_account
from mockserver.apis.clickmeter.store import ClickmeterStore
from mockserver.apis.clickmeter.wire import error_body
from mockserver.behaviour import ApiBehaviour, StoreSetup
from mockserver.registry import HandlerRegistry
from mockserver.responses import ApiError, MockResponse
from mockserver.store import is_empty, transaction


def open_store(setup: StoreSetup) -> ClickmeterStore:
    store = ClickmeterStore(setup.connection, setup.clock, setup.seed)
    if is_empty(setup.connection):
        ClickmeterStore.create_schema(setup.connection)
        with transaction(setup.connection):
            seed_account(store)
    return store


def render_error(error: ApiError, query: Mapping[str, str]) -> MockResponse:
    return MockResponse(error_body(error.status, error.message), status=error.status)


def behaviour() -> ApiBehaviour[ClickmeterStore]:
    return ApiBehaviour(
        name="clickmeter",
        handlers=HandlerRegistry(*handlers.TABLES),
        open_store=open_store,
        render_error=render_error,
        credentials=api("clickmeter").by_scheme,
        middleware=(Middleware(ClickmeterCors),),
    )
