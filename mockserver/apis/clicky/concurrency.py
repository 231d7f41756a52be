"""Clicky's "one simultaneous request per IP address per site ID", as ASGI middleware.

The vendor restricts only visitors-list, actions-list and segmentation requests (seed 002, the IMPORTANT
box: "the API has restrictions on visitors-list, actions-list, and segmentation requests: ... Max one
simultaneous request per IP address per site ID"); an `alert_id` request is a visitors-list request.
Every stats request takes at least `processing_seconds` (sleeping without blocking the event loop), so a
second restricted request for the same (site_id, client IP) that arrives while a restricted one is in
flight is answered at once with `Too many simultaneous requests for this site.` (HTTP 200, in the requested
format), like the vendor. Other requests (tallies, popular types) run side by side.

Why middleware and not the handler: the frame calls handlers synchronously, inside the event loop, so a
handler cannot wait without blocking every other request, and two requests are then never in flight
together; the limit could never be observed. `ApiBehaviour.middleware` puts it around the frame's app.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import parse_qs

from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from mockserver.apis.clicky import answers
from mockserver.apis.clicky.request import LIST_TYPES

STATS_PATH = "/api/stats/4"
MIN_PROCESSING_SECONDS = 0.05


def _client_ip(scope: Scope) -> str:
    """The first X-Forwarded-For hop (as behind the vendor's proxies), else the peer; as the frame does."""
    for name, value in scope.get("headers", ()):
        if name == b"x-forwarded-for":
            return str(value.decode("latin-1").split(",", 1)[0].strip())
    client = scope.get("client")
    return str(client[0]) if client else "127.0.0.1"


def is_restricted(query: Mapping[str, str]) -> bool:
    """A request the one-at-a-time limit applies to: any restricted type, or an alert (a visitors-list)."""
    types = query.get("type")
    if types is None:
        return "alert_id" in query
    return not LIST_TYPES.isdisjoint(name.strip() for name in types.split(","))


@dataclass
class SiteConcurrencyLimit:
    app: ASGIApp
    processing_seconds: float = MIN_PROCESSING_SECONDS
    in_flight: set[tuple[str, str]] = field(default_factory=set)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != STATS_PATH:
            await self.app(scope, receive, send)
            return
        query = {name: values[0] for name, values in parse_qs(scope["query_string"].decode("latin-1")).items()}
        if not is_restricted(query):
            await asyncio.sleep(self.processing_seconds)
            await self.app(scope, receive, send)
            return
        key = (query.get("site_id", ""), _client_ip(scope))
        if key in self.in_flight:
            content, media_type = answers.error_bytes(query, answers.TOO_MANY_REQUESTS)
            await Response(content, media_type=media_type, headers=answers.CORS)(scope, receive, send)
            return
        self.in_flight.add(key)
        try:
            await asyncio.sleep(self.processing_seconds)
            await self.app(scope, receive, send)
        finally:
            self.in_flight.discard(key)
