"""Sending a request once for every endpoint: retries with backoff, pacing, typed errors, debug logs."""

import email.utils
import json
import logging
import os
import random
import re
from typing import TYPE_CHECKING, Any

import httpx

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    error_class_for,
)
from ._redaction import redact_text, redact_url
from .types import Response

if TYPE_CHECKING:
    from .client import Client


logger = logging.getLogger("clicky_client")
if os.environ.get("CLICKY_LOG", "").lower() == "debug":
    logging.basicConfig()
    logger.setLevel(logging.DEBUG)

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0  # a longer Retry-After is capped to this
RETRYABLE_STATUSES = frozenset({408, 429})
# Errors this API reports inside a successful answer, mapped to the status they mean.
BODY_ERROR_STATUSES: dict[str, int] = {
    "Invalid sitekey.": 401,
    "Invalid site_id.": 401,
    "Too many simultaneous requests for this site.": 429,
}
BODY_ERROR_DEFAULT_STATUS = 400


def _is_retryable(response: httpx.Response) -> bool:
    status = response.status_code
    if 200 <= status <= 299:
        status = _body_error_status(response) or status  # an error reported in a 2xx body retries like its status
    return status in RETRYABLE_STATUSES or status >= 500


def retry_delay(attempt: int, response: httpx.Response | None, clock_wall: float) -> float:
    """Backoff with jitter for `attempt` (0-based), unless the server said how long to wait."""
    if response is not None:
        retry_after = _parse_retry_after(response.headers.get("retry-after"), clock_wall)
        if retry_after is not None:
            return min(retry_after, MAX_RETRY_AFTER)
    backoff = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
    return backoff * (1 - 0.25 * random.random())


def _parse_retry_after(value: str | None, now: float) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    parsed = email.utils.parsedate_tz(value)
    if parsed is None:
        return None
    return max(0.0, email.utils.mktime_tz(parsed) - now)


def _connection_error(exc: httpx.TransportError) -> APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request=exc.request)
    return APIConnectionError(request=exc.request, message=type(exc).__name__)


def _plan_retry(
    client: "Client",
    attempt: int,
    retry_safe: bool,
    response: httpx.Response | None,
    error: APIConnectionError | None,
) -> float | None:
    """How long to wait before attempt `attempt + 1`, or None when this outcome is the answer."""
    failed = error is not None or (response is not None and _is_retryable(response))
    delay = None
    if failed and retry_safe and attempt < client.max_retries:
        delay = retry_delay(attempt, response, client.clock.wall())
    if logger.isEnabledFor(logging.DEBUG):
        request = response.request if response is not None else error.request if error is not None else None
        outcome = str(response.status_code) if response is not None else type(error).__name__
        then = f"; retrying in {delay:.2f}s" if delay is not None else ""
        if request is not None:
            logger.debug(
                "%s %s -> %s (attempt %d)%s", request.method, redact_url(request.url), outcome, attempt + 1, then
            )
    return delay


def request_sync(client: "Client", kwargs: dict[str, Any], *, retry_safe: bool, pacing: str | None) -> httpx.Response:
    http = client.get_httpx_client()
    attempt = 0
    while True:
        response, error = None, None
        with client.pacer(pacing).sync():
            try:
                response = http.request(**kwargs)
            except httpx.TransportError as exc:
                error = _connection_error(exc)
        delay = _plan_retry(client, attempt, retry_safe, response, error)
        if delay is None:
            if error is not None:
                raise error
            assert response is not None
            return response
        client.clock.sleep(delay)
        attempt += 1


async def request_async(
    client: "Client", kwargs: dict[str, Any], *, retry_safe: bool, pacing: str | None
) -> httpx.Response:
    http = client.get_async_httpx_client()
    attempt = 0
    while True:
        response, error = None, None
        async with client.pacer(pacing).asyncio():
            try:
                response = await http.request(**kwargs)
            except httpx.TransportError as exc:
                error = _connection_error(exc)
        delay = _plan_retry(client, attempt, retry_safe, response, error)
        if delay is None:
            if error is not None:
                raise error
            assert response is not None
            return response
        await client.clock.async_sleep(delay)
        attempt += 1


def unwrap(client: "Client", response: Response[Any]) -> Any:
    """The short call's answer: the parsed success model, or the typed error the answer stands for."""
    http_response = response.http_response
    if not 200 <= http_response.status_code <= 299:
        raise status_error(client, http_response, http_response.status_code)
    body_error = _body_error_status(http_response)
    if body_error is not None:
        raise status_error(client, http_response, body_error)
    if response.parse_error is not None:
        raise APIResponseValidationError(response=http_response, cause=response.parse_error)
    return response.parsed


# An error body starts like [{"error": ...; checking the start first spares a second parse of every answer.
_BODY_ERROR_START = re.compile(rb'\s*\[\s*\{\s*"error"\s*:')


def _body_error_status(response: httpx.Response) -> int | None:
    """The status an error reported in a 2xx JSON body stands for, or None if the body is no error."""
    if not _BODY_ERROR_START.match(response.content):
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    message = _vendor_message(body)
    if message is None:
        return None
    return BODY_ERROR_STATUSES.get(message, BODY_ERROR_DEFAULT_STATUS)


def status_error(client: "Client", response: httpx.Response, status_code: int) -> APIStatusError:
    try:
        body: Any = json.loads(response.content) if response.content else None
    except ValueError:
        body = response.text
    vendor_error: Any = None
    detail = _vendor_message(body) or response.reason_phrase or "error"
    message = f"{response.request.method} {redact_url(response.request.url)} failed with {status_code}: {detail}"
    error_class = error_class_for(status_code)
    return error_class(redact_text(message, client.secrets()), response=response, body=body, error=vendor_error)


def _vendor_message(body: Any) -> str | None:
    """The human message of any of our vendors' error shapes."""
    if isinstance(body, list) and body and isinstance(body[0], dict):
        body = body[0]
    if not isinstance(body, dict):
        return None
    for key in ("message", "Message", "error", "detail"):
        if isinstance(body.get(key), str) and body[key]:
            return str(body[key])
    return None
