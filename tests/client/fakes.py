"""Test doubles for the generated clients' runtime."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx


class FakeClock:
    """A clock whose sleeps return at once and only move its own time forward; it records every sleep."""

    def __init__(self, start: float = 1_000.0, wall: float = 1_700_000_000.0) -> None:
        self.now = start
        self.wall_offset = wall - start
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def wall(self) -> float:
        return self.now + self.wall_offset

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


Handler = Callable[[httpx.Request], httpx.Response]


class ScriptedServer:
    """An httpx transport answering from a list of handlers in turn (the last one repeats); records requests."""

    def __init__(self, *handlers: Handler) -> None:
        self.handlers = list(handlers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        handler = self.handlers[min(len(self.requests), len(self.handlers)) - 1]
        return handler(request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def answer(status: int, body: Any = None, headers: dict[str, str] | None = None) -> Handler:
    content = b"" if body is None else json.dumps(body).encode()
    all_headers = {"content-type": "application/json", **(headers or {})}
    return lambda request: httpx.Response(status, content=content, headers=all_headers)


def fail_connect(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def time_out(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("timed out", request=request)
