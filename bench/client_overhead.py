"""Client overhead: sequential GETs through the generated Clickport client vs bare httpx + json.loads.

Both sides talk to the same constant-answer server (bench.fixed_server) in another process, so the
server's cost is identical and the difference is what the generated client adds per call.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx

from bench.figures import Bound, Figure
from bench.measure import Spread, interleaved
from bench.payloads import load_spec, realtime_visitors
from bench.processes import free_port, serving
from bench.settings import BenchSettings
from clickapis.catalog import APIS

BENCHMARK = "client overhead"
PATH = "/api/realtime"
API_KEY = APIS["clickport"].credential("api_key").demo_value  # the constant server does not check it
WARMUP_CALLS = 20


def generated_sync(base_url: str, calls: int) -> float:
    from clickport_client import Client
    from clickport_client.api.realtime import get_realtime_visitors

    client = Client(base_url=base_url, api_key=API_KEY)
    try:
        return _timed_loop(lambda: get_realtime_visitors.sync(client=client), calls)
    finally:
        client.close()


def bare_sync(base_url: str, calls: int) -> float:
    with httpx.Client(base_url=base_url, headers={"x-api-key": API_KEY}) as http:
        return _timed_loop(lambda: json.loads(http.get(PATH).content), calls)


def _timed_loop(call: Callable[[], object], calls: int) -> float:
    for _ in range(WARMUP_CALLS):
        call()
    started = time.perf_counter()
    for _ in range(calls):
        call()
    return time.perf_counter() - started


async def _timed_async_loop(call: Callable[[], Awaitable[object]], calls: int) -> float:
    for _ in range(WARMUP_CALLS):
        await call()
    started = time.perf_counter()
    for _ in range(calls):
        await call()
    return time.perf_counter() - started


async def generated_async(base_url: str, calls: int) -> float:
    from clickport_client import Client
    from clickport_client.api.realtime import get_realtime_visitors

    client = Client(base_url=base_url, api_key=API_KEY)
    try:
        return await _timed_async_loop(lambda: get_realtime_visitors.asyncio(client=client), calls)
    finally:
        await client.get_async_httpx_client().aclose()


async def bare_async(base_url: str, calls: int) -> float:
    async with httpx.AsyncClient(base_url=base_url, headers={"x-api-key": API_KEY}) as http:

        async def call() -> object:
            return json.loads((await http.get(PATH)).content)

        return await _timed_async_loop(call, calls)


def in_memory_pair(body: bytes, calls: int) -> dict[str, Callable[[], float]]:
    """Generated client vs bare httpx + the same model construction, over an in-memory transport: no network
    noise, and both sides build the typed models, so the difference is the runtime alone (retry loop,
    pacing hook, credential copy of the request, typed-error check)."""
    from clickport_client import Client
    from clickport_client.api.realtime import get_realtime_visitors
    from clickport_client.models import RealtimeVisitors

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    transport = httpx.MockTransport(answer)
    client = Client(base_url="http://bench.invalid", api_key=API_KEY, httpx_args={"transport": transport})
    http = httpx.Client(base_url="http://bench.invalid", headers={"x-api-key": API_KEY}, transport=transport)
    return {
        "generated": lambda: _timed_loop(lambda: get_realtime_visitors.sync(client=client), calls),
        "bare": lambda: _timed_loop(lambda: RealtimeVisitors.from_dict(json.loads(http.get(PATH).content)), calls),
    }


def per_call_micros(spread: Spread, calls: int) -> Spread:
    return spread.scaled(1e6 / calls)


def figure(mode: str, spreads: dict[str, Spread], calls: int) -> Figure:
    return Figure(
        BENCHMARK,
        f"{calls:,} sequential GETs, {mode} (clickport get_realtime_visitors)",
        "µs/call",
        per_call_micros(spreads["generated"], calls),
        per_call_micros(spreads["bare"], calls),
        f"bare httpx.{'AsyncClient' if mode == 'async' else 'Client'} + json.loads",
        Bound("<=", 1.05),
    )


def run(settings: BenchSettings) -> list[Figure]:
    return measure(settings, calls=settings.pick(2000, 300), runs=settings.pick(5, 2))


def measure(settings: BenchSettings, calls: int, runs: int) -> list[Figure]:
    body = realtime_visitors(load_spec(settings.repo, "clickport"))
    with tempfile.TemporaryDirectory(prefix="bench-client-") as temp:
        body_file = Path(temp) / "realtime.json"
        body_file.write_bytes(body)
        port = free_port()
        command = [settings.python, "-m", "bench.fixed_server", "--port", str(port), "--path", PATH]
        with serving([*command, "--body", str(body_file)], PATH, port) as base_url:
            sync = interleaved(
                {"generated": lambda: generated_sync(base_url, calls), "bare": lambda: bare_sync(base_url, calls)},
                runs,
            )
            concurrent = interleaved(
                {
                    "generated": lambda: asyncio.run(generated_async(base_url, calls)),
                    "bare": lambda: asyncio.run(bare_async(base_url, calls)),
                },
                runs,
            )
    in_memory = interleaved(in_memory_pair(body, calls), runs)
    runtime_only = Figure(
        BENCHMARK,
        f"{calls:,} GETs, sync, in-memory transport (runtime alone)",
        "µs/call",
        per_call_micros(in_memory["generated"], calls),
        per_call_micros(in_memory["bare"], calls),
        "bare httpx.Client + json.loads + RealtimeVisitors.from_dict",
    )
    return [figure("sync", sync, calls), figure("async", concurrent, calls), runtime_only]
