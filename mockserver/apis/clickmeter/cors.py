"""ClickMeter's CORS support, as ASGI middleware around the mock.

Vendor (seed 000_aec003a985112fb8.txt, line 7): "The server supports also an OPTION verb to be compliant with
CORS specifics about allowed headers." So every OPTIONS request on an API path (a browser's preflight, which
carries no credentials) is answered 200 with the Access-Control-Allow-* headers, and every other answer
carries Access-Control-Allow-Origin. Not documented by the vendor: the header values. The mock allows any
origin (the key travels in a header, not a cookie), the four documented verbs and the headers a client
needs (the API key and the JSON content type).
"""

from __future__ import annotations

from dataclasses import dataclass

from starlette.datastructures import MutableHeaders
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

ALLOW_ORIGIN = "*"
ALLOW_METHODS = "GET, PUT, POST, DELETE, OPTIONS"
ALLOW_HEADERS = "X-Clickmeter-AuthKey, Content-Type, Accept"
MAX_AGE_SECONDS = "86400"
PREFLIGHT_HEADERS = {
    "Access-Control-Allow-Origin": ALLOW_ORIGIN,
    "Access-Control-Allow-Methods": ALLOW_METHODS,
    "Access-Control-Allow-Headers": ALLOW_HEADERS,
    "Access-Control-Max-Age": MAX_AGE_SECONDS,
    "Allow": ALLOW_METHODS,
}


@dataclass
class ClickmeterCors:
    app: ASGIApp

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/_mock/"):
            await self.app(scope, receive, send)
            return
        if scope["method"] == "OPTIONS":
            await Response(status_code=200, headers=PREFLIGHT_HEADERS)(scope, receive, send)
            return

        async def send_with_origin(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("Access-Control-Allow-Origin", ALLOW_ORIGIN)
                # The frame's 405 lists the spec's methods; this middleware answers OPTIONS on every path too.
                if message["status"] == 405 and "allow" in headers:
                    headers["Allow"] = f"{headers['allow']}, OPTIONS"
            await send(message)

        await self.app(scope, receive, send_with_origin)
