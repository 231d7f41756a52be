"""uvicorn's httptools protocol, answering requests it cannot parse in the API's own error model.

httptools refuses what is not HTTP (a `Content-Length: "I`, a header name with a space) before the app sees
it, and uvicorn then writes its own `text/plain` "Invalid HTTP request received.". Every answer of a mock is in
the vendor's error model (Schemathesis seed 2718 found this one), so this protocol renders that refusal
through the API's `render_error` instead; the connection still closes, as the parser cannot continue.
"""

from __future__ import annotations

import http
from collections.abc import Callable

from starlette.responses import Response
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from mockserver.responses import ApiError


def vendor_error_protocol(render: Callable[[ApiError], Response]) -> type[HttpToolsProtocol]:
    """An `HttpToolsProtocol` whose parse-error answer is `render(ApiError(400, message))`."""

    class VendorErrorProtocol(HttpToolsProtocol):
        def send_400_response(self, msg: str) -> None:
            answer = render(ApiError(400, f"the request is not valid HTTP: {msg}"))
            phrase = http.HTTPStatus(answer.status_code).phrase
            head = [f"HTTP/1.1 {answer.status_code} {phrase}\r\n".encode("ascii")]
            head += [name + b": " + value + b"\r\n" for name, value in answer.raw_headers]
            self.transport.write(b"".join([*head, b"connection: close\r\n\r\n", answer.body]))
            self.transport.close()

    return VendorErrorProtocol
