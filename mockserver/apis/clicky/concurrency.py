"""Clicky's "one simultaneous request per IP address per site ID", declared to the frame as a `ConcurrencyLimit`.

The vendor restricts only visitors-list, actions-list and segmentation requests (seed 002, the IMPORTANT
box: "the API has restrictions on visitors-list, actions-list, and segmentation requests: ... Max one
simultaneous request per IP address per site ID"); an `alert_id` request is a visitors-list request (seed 002
line 54). A second restricted request for the same site and client IP that arrives while one is in flight is
answered at once with `Too many simultaneous requests for this site.` (HTTP 200, in the requested format), like
the vendor. Restricted requests stay in flight at least `processing_seconds`, so requests sent together meet
the limit as they would at the vendor; every other request (tallies, popular types) runs without waiting.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mockserver.apis.clicky import answers
from mockserver.apis.clicky.request import LIST_TYPES
from mockserver.apis.clicky.store import SITE_ID
from mockserver.behaviour import ConcurrencyLimit
from mockserver.context import RequestContext
from mockserver.responses import MockResponse

VENDOR_PROCESSING_SECONDS = 0.05
"""Default in-flight time of a restricted request (the vendor documents none; long enough to overlap)."""


def is_restricted(query: Mapping[str, Any]) -> bool:
    """A request the limit applies to (validated query): any restricted type, or an alert (a visitors-list)."""
    types = query.get("type")
    if types is None:
        return "alert_id" in query
    return not LIST_TYPES.isdisjoint(str(name).strip() for name in types)


def site_and_ip(ctx: RequestContext[Any]) -> tuple[str, str] | None:
    # The site is the one the credentials admit (the frame has checked them): the mock serves one site.
    return (SITE_ID, ctx.client_ip) if is_restricted(ctx.query) else None


def too_many(query: Mapping[str, str]) -> MockResponse:
    return answers.error_response(query, answers.TOO_MANY_REQUESTS)


def site_limit(processing_seconds: float) -> ConcurrencyLimit:
    return ConcurrencyLimit(key=site_and_ip, busy=too_many, hold_seconds=processing_seconds)
