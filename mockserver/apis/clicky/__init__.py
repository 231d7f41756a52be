"""Clicky behind the mock frame: one seeded demo site answering `GET /api/stats/4`.

Demo credentials: clickapis.catalog. Clicky answers errors with HTTP 200 and
`[{"error": "..."}]`, so the frame's credential (401) and validation (400) errors are rendered that way;
the frame's 404/405/413/414, injected faults and mock failures keep their real status (real 404 and 503
answers occur) with the same error body in the requested format.
The one-request-at-a-time limit is declared to the frame (`concurrency.site_limit`).
"""

from __future__ import annotations

from collections.abc import Mapping

from clickapis.catalog import api
from mockserver.apis.clicky import answers, handlers
from mockserver.apis.clicky.concurrency import VENDOR_PROCESSING_SECONDS, site_limit
from mockserver.apis.clicky.seed import seed_site
from mockserver.apis.clicky.store import ClickyStore
from mockserver.behaviour import ApiBehaviour, StoreSetup
from mockserver.registry import HandlerRegistry
from mockserver.responses import ApiError, AuthFailure, MockResponse
from mockserver.store import is_empty, transaction


def open_store(setup: StoreSetup) -> ClickyStore:
    store = ClickyStore(setup.connection, setup.clock)
    if is_empty(setup.connection):
        ClickyStore.create_schema(setup.connection)
        with transaction(setup.connection):
            seed_site(store, setup.seed)
    return store


def render_error(error: ApiError, query: Mapping[str, str]) -> MockResponse:
    """Clicky's error model: HTTP 200 with the error in the `output` format the request asked for."""
    if isinstance(error, AuthFailure):
        # Clicky's words name the credential; the frame's failure names the spec's security scheme.
        message = answers.INVALID_SITE_ID if error.scheme == "siteId" else answers.INVALID_SITEKEY
        return answers.error_response(query, message)
    if error.status == 400:
        return answers.error_response(query, error.message)
    # Real statuses occur (404, 503: see the spec), bodies undocumented; the frame's 405/413/414 and injected
    # faults keep their status and carry the error the way Clicky words every error, in the requested format.
    return answers.error_response(query, error.message, status=error.status)


def behaviour(processing_seconds: float = VENDOR_PROCESSING_SECONDS) -> ApiBehaviour[ClickyStore]:
    """`processing_seconds`: least time a restricted request stays in flight (`--processing-seconds`; 0 for
    benchmarks of the mock itself)."""
    return ApiBehaviour(
        name="clicky",
        handlers=HandlerRegistry(handlers.HANDLERS),
        open_store=open_store,
        render_error=render_error,
        credentials=api("clicky").by_scheme,
        # Clicky ignores parameters it does not know (e.g. `unserialize` in its own examples).
        reject_unknown_query_params=False,
        concurrency=site_limit(processing_seconds),
    )
