"""Clicky behind the mock frame: one seeded demo site answering `GET /api/stats/4`.

Demo credentials: clickapis.catalog. Clicky answers errors with HTTP 200 and
`[{"error": "..."}]`, so the frame's credential (401) and validation (400) errors are rendered that way;
the frame's 404/405/413/414, injected faults and mock failures keep their real status (real 404 and 503
answers occur) with the same error body in the requested format.
The one-request-at-a-time limit is ASGI middleware (`concurrency.SiteConcurrencyLimit`) around the app.
"""

from __future__ import annotations

from collections.abc import Mapping

from starlette.middleware import Middleware

from clickapis.catalog import api
from mockserver.apis.clicky import answers
from mockserver.apis.clicky.concurrency import MIN_PROCESSING_SECONDS, SiteConcurrencyLimit
from mockserver.apis.clicky.handlers import handlers
from mockserver.apis.clicky.seed import seed_site
from mockserver.apis.clicky.store import ClickyStore
from mockserver.behaviour import ApiBehaviour, StoreSetup
from mockserver.config import MockConfig
from mockserver.responses import ApiError, MockResponse
from mockserver.store import transaction


def open_store(setup: StoreSetup) -> ClickyStore:
    store = ClickyStore(setup.connection, setup.clock)
    if ClickyStore.is_empty(setup.connection):
        ClickyStore.create_schema(setup.connection)
        with transaction(setup.connection):
            seed_site(store, setup.seed)
    return store


def render_error(error: ApiError, query: Mapping[str, str]) -> MockResponse:
    """Clicky's error model: HTTP 200 with the error in the `output` format the request asked for."""
    if error.status == 401:
        # The frame names the credential: "Missing/Invalid query parameter 'site_id'" (or 'sitekey').
        message = answers.INVALID_SITE_ID if "'site_id'" in error.message else answers.INVALID_SITEKEY
        return answers.error_response(query, message)
    if error.status == 400:
        return answers.error_response(query, error.message)
    # Real statuses occur (404, 503: see the spec), bodies undocumented; the frame's 405/413/414 and injected
    # faults keep their status and carry the error the way Clicky words every error, in the requested format.
    return answers.error_response(query, error.message, status=error.status)


def processing_seconds(config: MockConfig) -> float:
    return MIN_PROCESSING_SECONDS if config.processing_seconds is None else config.processing_seconds


API: ApiBehaviour[ClickyStore] = ApiBehaviour(
    name="clicky",
    handlers=handlers,
    open_store=open_store,
    render_error=render_error,
    credentials=api("clicky").by_scheme,
    # Clicky ignores parameters it does not know (e.g. `unserialize` in its own examples).
    reject_unknown_query_params=False,
    middleware=lambda config: (Middleware(SiteConcurrencyLimit, processing_seconds=processing_seconds(config)),),
)
