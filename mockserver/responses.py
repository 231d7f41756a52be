"""What handlers return (`MockResponse`) and raise (`ApiError`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

JSON_MEDIA_TYPE = "application/json"


@dataclass(frozen=True, slots=True)
class MockResponse:
    """An answer. `body` is serialised as JSON unless `content` (raw bytes, e.g. XML or CSV) is given."""

    body: Any = None
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    content: bytes | None = None
    media_type: str = JSON_MEDIA_TYPE

    @property
    def is_json(self) -> bool:
        return self.content is None and self.media_type == JSON_MEDIA_TYPE


class ApiError(Exception):
    """A failure the API reports to its client; the API's `render_error` turns it into the vendor's model."""

    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers: Mapping[str, str] = dict(headers or {})


class AuthFailure(ApiError):
    """The frame's 401: `scheme` names the security scheme (of the spec) that was missing or wrong, so an API can
    word the failure its own way without reading the message."""

    def __init__(self, scheme: str, message: str) -> None:
        super().__init__(401, message)
        self.scheme = scheme


class ResponseContractError(Exception):
    """A handler answered something its spec does not allow: a mock bug (raised with `--validate-responses`)."""
