"""create_app(MockConfig) -> Starlette app: routing, auth, validation, faults, error model, transactions.

Why Starlette: a small, fast ASGI toolkit with no framework-level validation or serialisation of its own.
The spec is the only source of truth for what a request may hold; a framework that validated through its
own models (FastAPI/pydantic) would second-guess it and answer in its own error format instead of the
vendor's. Starlette gives routing primitives, requests and responses, and uvicorn serves it.

One catch-all route, open to every method, hands each non-`/_mock` request to `MockServer.dispatch`, which
does, in order: fault injection, the URL limit (414), routing by the spec (404, 405 with `Allow`; HEAD is
served wherever GET is), the body limit while reading (413), credentials (401), parameter and body validation
(400), the API's concurrency limit (its own "too many" answer), then the operation's handler inside one SQLite
transaction. Every answer, limits and faults included, is in the API's own error model, so no handler has to
think about hostile input.

Validation and handlers run in a worker thread, so a slow request never stalls the event loop: health
checks, refusals and concurrency answers go on meanwhile. The one SQLite connection is used by one thread at a
time (`_store_lock`), which keeps every transaction whole; a request the concurrency limit refuses never
waits for it.
"""

from __future__ import annotations

import asyncio
import dataclasses
import http
import importlib
import inspect
import json
import logging
import threading
import time
from collections.abc import Hashable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from clickapis.catalog import api as catalog_api
from mockserver.behaviour import ApiBehaviour, ConcurrencyLimit, StoreSetup
from mockserver.clock import MockClock
from mockserver.config import MockConfig
from mockserver.context import RequestContext
from mockserver.faults import FAULT_HEADER, Fault, FaultInjector
from mockserver.messages import echo
from mockserver.responses import ApiError, MockResponse, ResponseContractError
from mockserver.schema_check import SchemaCheck, compile_schema
from mockserver.seeded import SEEDED_DATABASES, seeding_key
from mockserver.spec import MethodNotAllowed, Operation, RouteNotFound, WireSpec, default_spec_path
from mockserver.store import drop_all_tables, is_empty, open_database, transaction
from mockserver.strictness import STRICT_HEADER, request_is_strict
from mockserver.validation import RawRequest, RequestValidator

logger = logging.getLogger("mockserver")


def load_behaviour(api: str, settings: Mapping[str, Any] | None = None) -> ApiBehaviour[Any]:
    """`mockserver.apis.<api>.behaviour(...)` with those of `settings` the API takes; the others are another API's
    (the CLI's `--event-limit` is Clickport's, `--processing-seconds` Clicky's) and do not apply to this one."""
    module = catalog_api(api).mock_module
    factory = importlib.import_module(module).behaviour
    taken = inspect.signature(factory).parameters
    behaviour = factory(**{name: value for name, value in (settings or {}).items() if name in taken})
    if not isinstance(behaviour, ApiBehaviour):
        raise TypeError(f"{module}.behaviour() did not return an ApiBehaviour")
    return behaviour


class _InFlight:
    """The keys of requests in flight under an API's `ConcurrencyLimit`; used from worker threads."""

    def __init__(self, limit: ConcurrencyLimit) -> None:
        self.limit = limit
        self._keys: set[Hashable] = set()
        self._lock = threading.Lock()

    @contextmanager
    def admit(self, key: Hashable) -> Iterator[bool]:
        """True (and the key held until the block ends, at least `hold_seconds`) unless the key is in flight."""
        with self._lock:
            if key in self._keys:
                admitted = False
            else:
                admitted = True
                self._keys.add(key)
        if not admitted:
            yield False
            return
        started = time.monotonic()
        try:
            yield True
            remaining = self.limit.hold_seconds - (time.monotonic() - started)
            if remaining > 0:
                time.sleep(remaining)  # a worker thread: the event loop and other requests go on
        finally:
            with self._lock:
                self._keys.discard(key)


class _ResponseChecks:
    """Compiled response schemas per operation, status and media type (`--validate-responses`)."""

    def __init__(self, spec: WireSpec) -> None:
        self._checks: dict[tuple[str, str], SchemaCheck | None] = {}
        for operation in spec.operations.values():
            for status, media in operation.responses.items():
                schema = media.get("application/json")
                self._checks[(operation.operation_id, status)] = (
                    compile_schema(schema, spec.document) if schema is not None else None
                )

    def verify(self, operation: Operation, response: MockResponse, from_handler: bool) -> None:
        status = str(response.status)
        for key in (status, status[0] + "XX", "default"):
            if (operation.operation_id, key) in self._checks:
                check = self._checks[(operation.operation_id, key)]
                break
        else:
            if from_handler:
                raise ResponseContractError(f"{operation.operation_id}: status {status} is not declared in the spec")
            return  # the frame's own 404/405/415 answers lie outside the spec
        if check is not None and response.is_json:
            error = check.first_error(response.body)
            if error:
                raise ResponseContractError(f"{operation.operation_id} {status}: answer breaks the spec at {error}")


class _DroppedConnection(Response):
    """Starts an answer and never finishes it; uvicorn then closes the connection (the `drop` fault)."""

    def __init__(self) -> None:
        super().__init__(status_code=200)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1")]})


class MockServer:
    """One API's mock: its spec, behaviour, store, clock and fault injector."""

    def __init__(self, config: MockConfig, behaviour: ApiBehaviour[Any] | None = None) -> None:
        self.config = config
        self.behaviour = behaviour or load_behaviour(config.api)
        limit = self.behaviour.concurrency
        self._in_flight = _InFlight(limit) if limit is not None else None
        self.spec = WireSpec.load(config.spec_path or default_spec_path(config.api))
        self.behaviour.handlers.check_covers(self.spec.operations, config.api)
        self.clock = MockClock.from_iso(config.now, frozen=config.frozen_clock)
        self.faults = FaultInjector(config.faults, config.seed)
        self._validators = {
            operation_id: RequestValidator(
                operation, self.spec, self.behaviour.credentials, self.behaviour.reject_unknown_query_params
            )
            for operation_id, operation in self.spec.operations.items()
        }
        self._response_checks = _ResponseChecks(self.spec) if config.validate_responses else None
        self.connection = open_database(config.db)
        self._store_lock = threading.Lock()
        # A database file may hold data of an earlier run (--db): that is opened as it is.
        self.store: Any = self._open_seeded_store(replace_data=is_empty(self.connection))

    def _open_seeded_store(self, replace_data: bool) -> Any:
        """The API's store. With `replace_data`, on freshly seeded data: a copy of data this process seeded before
        for the same API, opener, seed and frozen instant when there is one (seeding takes up to 1.5 s), else seeded
        now and kept for next time. Without, on the data the database holds."""
        key = None
        if self.clock.frozen:  # a running clock seeds for an instant no other mock shares
            key = seeding_key(self.config.api, self.behaviour.open_store, self.config.seed, self.clock.now())
        restored = replace_data and key is not None and SEEDED_DATABASES.restore(key, self.connection)
        seeding = replace_data and not restored
        if seeding:
            drop_all_tables(self.connection)  # the opener seeds an empty database
        store = self.behaviour.open_store(StoreSetup(self.connection, self.clock, self.config.seed))
        if seeding and key is not None:
            SEEDED_DATABASES.keep(key, self.connection)
        return store

    def reset(self) -> None:
        """Forget all state and seed again (`POST /_mock/reset`)."""
        with self._store_lock:
            self.store = self._open_seeded_store(replace_data=True)
            self.faults.reset(self.config.seed)

    async def dispatch(self, request: Request) -> Response:
        response = await self._dispatch(request)
        if request.method == "HEAD" and not isinstance(response, _DroppedConnection):
            return _without_body(response)
        return response

    async def _dispatch(self, request: Request) -> Response:
        try:
            fault = self.faults.for_request(request.headers.get(FAULT_HEADER))
        except ValueError as exc:
            return self._render(ApiError(400, str(exc)), request)
        if fault is not None:
            if fault.delay:
                await asyncio.sleep(fault.delay)
            if fault.drop:
                return _DroppedConnection()
            if fault.status is not None:
                return self._render(_fault_error(fault), request)
        url_bytes = len(request.scope.get("raw_path") or request.scope["path"].encode()) + len(
            request.scope.get("query_string", b"")
        )
        if url_bytes > self.config.max_url_bytes:
            message = f"the URL is {url_bytes} bytes long; at most {self.config.max_url_bytes} are accepted"
            return self._render(ApiError(414, message), request)
        try:
            # scope["path"], not request.url.path: urlsplit silently drops tabs and newlines from the path
            operation, path_params = self.spec.match(request.method, request.scope["path"])
        except RouteNotFound:
            return self._render(_no_route(request), request)
        except MethodNotAllowed as exc:
            allowed = ", ".join(exc.allowed)
            return self._render(
                ApiError(405, f"{request.method} is not allowed here; use {allowed}", {"Allow": allowed}), request
            )
        try:
            body = await _read_body(request, self.config.max_body_bytes)
        except ApiError as error:
            return self._render(error, request)
        raw = RawRequest(
            path_params=path_params,
            query=_multi_query(request),
            headers=request.headers,
            cookies=request.cookies,
            content_type=request.headers.get("content-type"),
            body=body,
        )
        return await run_in_threadpool(self._handle, operation, raw, request)

    def _handle(self, operation: Operation, raw: RawRequest, request: Request) -> Response:
        """Validation and the handler, in a worker thread (see the module docstring)."""
        try:
            strict = request_is_strict(request.headers.get(STRICT_HEADER), self.config.strict)
            validated = self._validators[operation.operation_id].validate(raw, strict=strict)
        except ApiError as error:
            return self._answer(
                operation,
                self.behaviour.render_error(error, request.query_params),
                from_handler=False,
                extra=error.headers,
            )
        context = RequestContext(
            operation_id=operation.operation_id,
            path_params=validated.path_params,
            query=validated.query,
            header_params=validated.header_params,
            headers=request.headers,
            body=validated.body,
            store=self.store,
            clock=self.clock,
            client_ip=_client_ip(request),
        )
        key = self._in_flight.limit.key(context) if self._in_flight is not None else None
        if self._in_flight is None or key is None:
            return self._run_handler(operation, context, request)
        with self._in_flight.admit(key) as admitted:
            if not admitted:
                return self._answer(
                    operation, self._in_flight.limit.busy(request.query_params), from_handler=True, extra={}
                )
            return self._run_handler(operation, context, request)

    def _run_handler(self, operation: Operation, context: RequestContext[Any], request: Request) -> Response:
        handler = self.behaviour.handlers[operation.operation_id]
        try:
            with self._store_lock, transaction(self.connection):
                # The store as it is now: a reset that ran while this request waited for the lock replaced it.
                answer = handler(dataclasses.replace(context, store=self.store))
        except ApiError as error:
            return self._answer(
                operation,
                self.behaviour.render_error(error, request.query_params),
                from_handler=True,
                extra=error.headers,
            )
        except Exception as exc:
            if self._response_checks is not None:
                raise
            logger.exception("handler for %s failed", operation.operation_id)
            failure = ApiError(500, f"mock handler failed: {type(exc).__name__}")
            return self._answer(operation, self._vendor_error(failure, request), from_handler=False, extra={})
        return self._answer(operation, answer, from_handler=True, extra={})

    def _answer(
        self, operation: Operation, answer: MockResponse, from_handler: bool, extra: Mapping[str, str]
    ) -> Response:
        if self._response_checks is not None:
            self._response_checks.verify(operation, answer, from_handler)
        return _to_starlette(answer, extra)

    def _vendor_error(self, error: ApiError, request: Request) -> MockResponse:
        return self.behaviour.render_error(error, request.query_params)

    def _render(self, error: ApiError, request: Request) -> Response:
        return _to_starlette(self._vendor_error(error, request), error.headers)

    def render_unparsed(self, error: ApiError) -> Response:
        """`error` in the vendor's model for a request too malformed to parse (so no query to read)."""
        return _to_starlette(self.behaviour.render_error(error, {}), error.headers)


def _to_starlette(answer: MockResponse, extra: Mapping[str, str]) -> Response:
    content = answer.content if answer.content is not None else _encode_json(answer.body)
    headers = {**answer.headers, **extra}
    return Response(content, status_code=answer.status, headers=headers, media_type=answer.media_type)


def _encode_json(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def _no_route(request: Request) -> ApiError:
    return ApiError(404, f"No route for {echo(request.scope['path'])}")


def _fault_error(fault: Fault) -> ApiError:
    assert fault.status is not None
    phrase = http.HTTPStatus(fault.status).phrase if fault.status in http.HTTPStatus._value2member_map_ else ""
    headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
    return ApiError(fault.status, f"injected fault: {fault.status} {phrase}".strip(), headers)


async def _read_body(request: Request, limit: int) -> bytes:
    """The body, refused with 413 as soon as it (or its declared length) exceeds `limit` bytes."""
    refusal = ApiError(413, f"the request body is larger than {limit} bytes, the most this mock accepts")
    declared = request.headers.get("content-length", "")
    if declared.isascii() and declared.isdigit() and int(declared) > limit:
        raise refusal
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise refusal
        chunks.append(chunk)
    return b"".join(chunks)


def _without_body(response: Response) -> Response:
    """The HEAD form of an answer: same status and headers (Content-Length of the GET body), no body."""
    headers = {key: value for key, value in response.headers.items()}
    return Response(b"", status_code=response.status_code, headers=headers)


def _multi_query(request: Request) -> dict[str, list[str]]:
    query: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        query.setdefault(key, []).append(value)
    return query


def _client_ip(request: Request) -> str:
    """The visitor's IP: the first X-Forwarded-For hop (as behind the vendor's proxies), else the peer."""
    forwarded = request.headers.get("x-forwarded-for")
    if forwarded:
        return forwarded.split(",", 1)[0].strip()
    return request.client.host if request.client else "127.0.0.1"


class _AnyMethod:
    """The catch-all endpoint as a plain ASGI app: Starlette limits function endpoints to GET unless told."""

    def __init__(self, server: MockServer) -> None:
        self._server = server

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = await self._server.dispatch(Request(scope, receive))
        await response(scope, receive, send)


def create_app(config: MockConfig, behaviour: ApiBehaviour[Any] | None = None) -> Starlette:
    server = MockServer(config, behaviour)

    async def health(request: Request) -> Response:
        return JSONResponse(
            {
                "status": "ok",
                "api": config.api,
                "now": server.clock.now().isoformat(),
                "clock": "frozen" if server.clock.frozen else "running",
                "strict": config.strict,
                "seed": config.seed,
            }
        )

    async def reset(request: Request) -> Response:
        await run_in_threadpool(server.reset)
        return JSONResponse({"status": "reset", "api": config.api, "seed": config.seed})

    app = Starlette(
        routes=[
            Route("/_mock/health", health, methods=["GET"]),
            Route("/_mock/reset", reset, methods=["POST"]),
            # An ASGI endpoint (not a function) with methods=None takes every method, PROPFIND and CONNECT too;
            # dispatch answers the ones the spec does not define in the vendor's model.
            Route("/{path:path}", _AnyMethod(server)),
        ],
        middleware=list(server.behaviour.middleware),
        # Paths the catch-all route cannot match (a decoded newline, which `{path:path}` excludes) still
        # answer in the vendor's error model.
        exception_handlers={404: lambda request, exc: server._render(_no_route(request), request)},
    )
    app.state.mock = server
    return app
