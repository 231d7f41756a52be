"""The request loop of every endpoint: retries with backoff, pacing, typed errors, debug logs."""

import email.utils
import json
import logging
import os
import random
from typing import Any, Protocol

import httpx

from ._clock import Clock
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    error_class_for,
)
from ._pacing import Pacer, limit_for
from ._redaction import redact_text, redact_url
from ._settings import ERROR_SHAPE, LOG_ENV, PACING_APPLIES_TO
from ._transport_errors import describe_transport_error

logger = logging.getLogger(__name__.rpartition(".")[0])
if os.environ.get(LOG_ENV, "").lower() == "debug":
    logging.basicConfig()
    logger.setLevel(logging.DEBUG)

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0  # a longer Retry-After is capped to this
RETRYABLE_STATUSES = frozenset({408, 429})


class Client(Protocol):
    """What the request loop needs of the generated `client.Client`."""

    max_retries: int
    clock: Clock

    def get_httpx_client(self) -> httpx.Client: ...

    def get_async_httpx_client(self) -> httpx.AsyncClient: ...

    def pacer(self, name: str | None) -> Pacer: ...

    def request_options(self) -> dict[str, Any]: ...

    def secrets(self) -> tuple[str, ...]: ...


class DetailedResponse(Protocol):
    """What `unwrap` reads of a `types.Response`."""

    @property
    def http_response(self) -> httpx.Response: ...

    @property
    def parse_error(self) -> Exception | None: ...

    @property
    def parsed(self) -> Any: ...


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


def _connection_error(client: Client, exc: httpx.TransportError) -> APIConnectionError:
    """The typed error for a transport failure; the httpx exception stays attached as its cause."""
    detail = redact_text(f"{describe_transport_error(exc)} ({type(exc).__name__}: {exc})", client.secrets())
    error_class = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    error = error_class(request=exc.request, message=detail)
    error.__cause__ = exc
    return error


def _not_processed(response: httpx.Response | None, error: APIConnectionError | None) -> bool:
    """True when the server cannot have acted on the request, so any method may be sent again."""
    if error is not None:
        return isinstance(error.__cause__, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
    return response is not None and ERROR_SHAPE.status(response) == 429


def _plan_retry(
    client: Client,
    attempt: int,
    retry_safe: bool,
    response: httpx.Response | None,
    error: APIConnectionError | None,
) -> float | None:
    """How long to wait before attempt `attempt + 1`, or None when this outcome is the answer.

    Requests that are safe to repeat retry on any failure; every request retries on a 429 (the server
    did not process it) and on a connection that was never made.
    """
    status = ERROR_SHAPE.status(response) if response is not None else None
    failed = error is not None or (status is not None and (status in RETRYABLE_STATUSES or status >= 500))
    replayable = retry_safe or _not_processed(response, error)
    delay = None
    if failed and replayable and attempt < client.max_retries:
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


def _request_kwargs(client: Client, kwargs: dict[str, Any]) -> dict[str, Any]:
    """The operation's request plus the calling client's per-request settings (copies share connections)."""
    options = client.request_options()
    client_headers = options.pop("headers")
    if client_headers:  # most clients set none: spare httpx a merge of empty headers on every request
        options["headers"] = {**client_headers, **kwargs.get("headers", {})}
    return {**kwargs, **options}


def request_sync(client: Client, kwargs: dict[str, Any], *, retry_safe: bool, pacing: str | None) -> httpx.Response:
    http = client.get_httpx_client()
    pacer = client.pacer(limit_for(pacing, kwargs, PACING_APPLIES_TO))
    kwargs = _request_kwargs(client, kwargs)
    attempt = 0
    while True:
        response, error = None, None
        with pacer.sync():
            try:
                response = http.request(**kwargs)
            except httpx.TransportError as exc:
                error = _connection_error(client, exc)
        delay = _plan_retry(client, attempt, retry_safe, response, error)
        if delay is None:
            if error is not None:
                raise error from error.__cause__
            assert response is not None
            return response
        client.clock.sleep(delay)
        attempt += 1


async def request_async(
    client: Client, kwargs: dict[str, Any], *, retry_safe: bool, pacing: str | None
) -> httpx.Response:
    http = client.get_async_httpx_client()
    pacer = client.pacer(limit_for(pacing, kwargs, PACING_APPLIES_TO))
    kwargs = _request_kwargs(client, kwargs)
    attempt = 0
    while True:
        response, error = None, None
        async with pacer.asyncio():
            try:
                response = await http.request(**kwargs)
            except httpx.TransportError as exc:
                error = _connection_error(client, exc)
        delay = _plan_retry(client, attempt, retry_safe, response, error)
        if delay is None:
            if error is not None:
                raise error from error.__cause__
            assert response is not None
            return response
        await client.clock.async_sleep(delay)
        attempt += 1


def unwrap(client: Client, response: DetailedResponse) -> Any:
    """The short call's answer: the parsed success model, or the typed error the answer stands for."""
    http_response = response.http_response
    if not 200 <= http_response.status_code <= 299:
        raise status_error(client, http_response, http_response.status_code)
    body_error = ERROR_SHAPE.body_error_status(http_response)
    if body_error is not None:
        raise status_error(client, http_response, body_error)
    if response.parse_error is not None:
        raise APIResponseValidationError(response=http_response, cause=response.parse_error)
    return response.parsed


def status_error(client: Client, response: httpx.Response, status_code: int) -> APIStatusError:
    try:
        body: Any = json.loads(response.content) if response.content else None
    except ValueError:
        body = response.text
    vendor_error = ERROR_SHAPE.vendor_error(body)
    detail = ERROR_SHAPE.message(body, response.content) or response.reason_phrase or "error"
    message = f"{response.request.method} {redact_url(response.request.url)} failed with {status_code}: {detail}"
    error_class = error_class_for(status_code)
    return error_class(
        redact_text(message, client.secrets()),
        response=response,
        body=body,
        error=vendor_error,
        status_code=status_code,
    )


def text_answer(response: httpx.Response) -> str | None:
    """The body as text when the answer is in a non-JSON format the operation offers (XML, CSV, ...)."""
    media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type == "application/json" or media_type.endswith("+json"):
        return None
    if response.content.lstrip()[:1] in (b"[", b"{"):
        return None  # JSON under another media type
    return response.text
