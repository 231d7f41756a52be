"""Shared pieces of the hostile-input tests (tests/mock/test_hostile_*.py): impostor values and a bounded call.

Issue 10: every malformed or hostile request gets a clear 4xx in the vendor's error model, quickly.
"""

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from starlette.testclient import TestClient

from mockserver.app import create_app
from mockserver.behaviour import ApiBehaviour
from mockserver.config import MockConfig
from tests.mock.conftest import FROZEN_NOW

BOUND_SECONDS = 5.0
"""Generous in-process bound per request (answers take milliseconds); a stall of the kind the issue reports
(12-21 s) or a hang fails it, CI jitter does not."""

INTEGER_IMPOSTORS = [
    "9\u00b3",  # superscript three: str.isdigit() says yes, int() says no
    "\u0663",  # Arabic-Indic three: int() takes it
    "\uff11",  # fullwidth one: int() takes it
    "233.0",
    "+1",
    "1e3",
    " 1",
    "0x1",
    "1_000",
    "99999999999999999999",  # beyond int64
    "-99999999999999999999",
    "9" * 5000,  # beyond int()'s default digit limit
]
"""Not integers on the wire (project decision: ASCII digits with an optional leading `-`), or beyond int64
(out of range where the schema's format is int64 or int32)."""
BEYOND_INT64 = frozenset(INTEGER_IMPOSTORS[-3:])

JSON_BODY_ATTACKS = [
    (b"[" * 300 + b"]" * 300, "nested deeper than 64"),
    (b"[" * 100_000 + b"]" * 100_000, "nested deeper than 64"),
    (b'{"name":"\\ud800"}', "/name: text holds a lone UTF-16 surrogate"),
    (b'{"\\udfff":1}', "lone UTF-16 surrogate"),
    (b'{"name":NaN}', "/name: NaN is not a JSON number"),
    (b'{"name":-Infinity}', "/name: -Infinity is not a JSON number"),
    (b'{"name":1e400}', "/name: 1e400 is too large"),
    (b'{"name":1' + b"0" * 4300 + b"}", "is too large"),  # more digits than Python converts
    (b'{"name":"\xff\xfe"}', "not valid JSON"),
    (b'{"name":', "not valid JSON"),
]
"""(body, what the 400 says): each once crashed a mock or would have."""

UNDEFINED_METHODS = ["PROPFIND", "PURGE", "TRACE", "MKCOL", "LOCK"]


def call(client: TestClient, method: str, url: str, **kwargs: Any) -> httpx.Response:
    started = time.perf_counter()
    answer = client.request(method, url, **kwargs)
    elapsed = time.perf_counter() - started
    assert elapsed < BOUND_SECONDS, f"{method} {url[:80]} took {elapsed:.1f}s"
    return answer


@contextmanager
def module_mock(
    api: str, headers: dict[str, str], behaviour: ApiBehaviour[Any] | None = None, **settings: Any
) -> Iterator[TestClient]:
    """One mock for a test module's read-only checks (building one takes seconds); answers are spec-checked."""
    config = MockConfig(api=api, now=FROZEN_NOW, validate_responses=True, **settings)
    with TestClient(create_app(config, behaviour)) as client:
        client.headers.update(headers)
        yield client
