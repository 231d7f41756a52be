"""Strict or vendor-faithful validation, per server (`--strict`) and per request (`X-Mock-Strict`).

By default the mock does what the vendor documents: where the spec marks a parameter (or its schema)
`x-stricter-than-vendor`, a value the schema rejects is dropped, so the handler uses the default, as the
real API does. Strict mode rejects such values like any other invalid value (HTTP 400 in the vendor's error
model), which is what contract tests need for their negative checks to mean something.
"""

from __future__ import annotations

from mockserver.responses import ApiError

STRICT_HEADER = "x-mock-strict"
STRICTER_THAN_VENDOR = "x-stricter-than-vendor"
"""The spec extension that marks a parameter or schema the vendor is lenient about."""


def request_is_strict(header_value: str | None, server_strict: bool) -> bool:
    """`X-Mock-Strict: 1` or `0` overrides the server's mode for one request."""
    if header_value is None:
        return server_strict
    if header_value.strip() in ("0", "1"):
        return header_value.strip() == "1"
    raise ApiError(400, f"header X-Mock-Strict must be 0 or 1, got {header_value[:40]!r}")
