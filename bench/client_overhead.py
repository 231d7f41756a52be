"""Client overhead: sequential GETs through the generated Clickport client vs bare httpx + json.loads.

Both sides talk to the same constant-answer server (bench.fixed_server) in another process, so the
server's cost is identical and the difference is what the generated client adds per call. The sides take
turns every BLOCK calls within each sample, so load from elsewhere on the machine hits both alike.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx

from bench.figures import Bound, Figure
from bench.measure import Spread
from bench.payloads import load_spec, realtime_visitors
from bench.processes import free_port, serving
from bench.settings import BenchSettings
from clickapis.catalog import APIS

BENCHMARK = "client overhead"
PATH = "/api/realtime"
API_KEY = APIS["clickport"].credential("api_key").demo_value  # the constant server does not check it
WARMUP_CALLS = 20
BLOCK = 25  # calls per turn when the two sides alternate


Call = Callable[[], object]
AsyncCall = Callable[[], Awaitable[object]]


def alternating(calls_by_side: dict[str, Call], calls: int, runs: int) -> dict[str, Spread]:
    """`runs` samples of each side's seconds for `calls` calls, the sides taking turns every BLOCK calls.

    Both sides of a sample run in the same stretch of time, so a burst of load on the shared machine
    slows both alike instead of one side's whole sample (as whole interleaved runs would).
    """
    for call in calls_by_side.values():
        _timed(call, WARMUP_CALLS)

    samples = []
    for _ in range(runs):
        spent = dict.fromkeys(calls_by_side, 0.0)
        for turn, block in enumerate(_blocks(calls)):
            for side in _order(calls_by_side, turn):
                spent[side] += _timed(calls_by_side[side], block)
        samples.append(spent)
    return _spreads(samples)


async def alternating_async(calls_by_side: dict[str, AsyncCall], calls: int, runs: int) -> dict[str, Spread]:
    """`alternating` for coroutines, on one event loop."""
    for call in calls_by_side.values():
        await _timed_async(call, WARMUP_CALLS)
    samples = []
    for _ in range(runs):
        spent = dict.fromkeys(calls_by_side, 0.0)
        for turn, block in enumerate(_blocks(calls)):
            for side in _order(calls_by_side, turn):
                spent[side] += await _timed_async(calls_by_side[side], block)
        samples.append(spent)
    return _spreads(samples)


def _timed(call: Call, count: int) -> float:
    started = time.perf_counter()
    for _ in range(count):
        call()
    return time.perf_counter() - started


async def _timed_async(call: AsyncCall, count: int) -> float:
    started = time.perf_counter()
    for _ in range(count):
        await call()
    return time.perf_counter() - started


def _spreads(samples: list[dict[str, float]]) -> dict[str, Spread]:
    return {side: Spread.of([sample[side] for sample in samples]) for side in samples[0]}


def _order(sides: dict[str, Any], turn: int) -> list[str]:
    """Who goes first alternates (A B, B A, ...), so whatever the first block after a switch pays, both pay."""
    names = list(sides)
    return names if turn % 2 == 0 else names[::-1]


def _blocks(calls: int) -> list[int]:
    return [min(BLOCK, calls - done) for done in range(0, calls, BLOCK)]


def over_the_socket_sync(base_url: str, calls: int, runs: int) -> dict[str, Spread]:
    from clickport_client import Client
    from clickport_client.api.realtime import get_realtime_visitors

    with (
        Client(base_url=base_url, api_key=API_KEY) as client,
        httpx.Client(base_url=base_url, headers={"x-api-key": API_KEY}) as http,
    ):
        return alternating(
            {
                "generated": lambda: get_realtime_visitors.sync(client=client),
                "bare": lambda: json.loads(http.get(PATH).content),
            },
            calls,
            runs,
        )


async def over_the_socket_async(base_url: str, calls: int, runs: int) -> dict[str, Spread]:
    from clickport_client import Client
    from clickport_client.api.realtime import get_realtime_visitors

    async with (
        Client(base_url=base_url, api_key=API_KEY) as client,
        httpx.AsyncClient(base_url=base_url, headers={"x-api-key": API_KEY}) as http,
    ):

        async def bare() -> object:
            return json.loads((await http.get(PATH)).content)

        return await alternating_async(
            {"generated": lambda: get_realtime_visitors.asyncio(client=client), "bare": bare}, calls, runs
        )


def in_memory(body: bytes, calls: int, runs: int) -> dict[str, Spread]:
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
    return alternating(
        {
            "generated": lambda: get_realtime_visitors.sync(client=client),
            "bare": lambda: RealtimeVisitors.from_dict(json.loads(http.get(PATH).content)),
        },
        calls,
        runs,
    )


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
    # More, shorter samples than before: the median then drops the ones a burst of load spoiled.
    return measure(settings, calls=settings.pick(500, 150), runs=settings.pick(15, 3))


def measure(settings: BenchSettings, calls: int, runs: int) -> list[Figure]:
    body = realtime_visitors(load_spec(settings.repo, "clickport"))
    with tempfile.TemporaryDirectory(prefix="bench-client-") as temp:
        body_file = Path(temp) / "realtime.json"
        body_file.write_bytes(body)
        port = free_port()
        command = [settings.python, "-m", "bench.fixed_server", "--port", str(port), "--path", PATH]
        with serving([*command, "--body", str(body_file)], PATH, port) as base_url:
            sync = over_the_socket_sync(base_url, calls, runs)
            concurrent = asyncio.run(over_the_socket_async(base_url, calls, runs))
    runtime_alone = in_memory(body, calls, runs)
    runtime_only = Figure(
        BENCHMARK,
        f"{calls:,} GETs, sync, in-memory transport (runtime alone)",
        "µs/call",
        per_call_micros(runtime_alone["generated"], calls),
        per_call_micros(runtime_alone["bare"], calls),
        "bare httpx.Client + json.loads + RealtimeVisitors.from_dict",
    )
    return [figure("sync", sync, calls), figure("async", concurrent, calls), runtime_only]
