"""Mock server throughput and latency vs Prism mocking the same effective spec, same load, same run."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from bench.figures import Bound, Figure, unmeasured
from bench.load import LoadResult, MixRequest, run_load
from bench.measure import Spread
from bench.processes import free_port, serving
from bench.settings import BenchSettings
from clickapis.catalog import APIS

BENCHMARK = "mock server"
CONCURRENCY = 16
WARMUP_REQUESTS = 40
FROZEN_NOW = "2026-03-31T12:00:00Z"  # as the contract runs, so the mocks' data is the same every run

_CLICKY = {**APIS["clicky"].query, "output": "json"}
_CLICKMETER = APIS["clickmeter"].headers
_CLICKPORT = APIS["clickport"].headers
_MARCH = {"start_date": "2026-03-01", "end_date": "2026-03-31"}

# Read-only requests with the demo credentials: valid for both servers, and they leave the mock's state as is.
MIXES: dict[str, tuple[MixRequest, ...]] = {
    "clickport": (
        MixRequest("/api/realtime", headers=_CLICKPORT),
        MixRequest("/api/goals", _MARCH, _CLICKPORT),
        MixRequest("/api/pages", _MARCH, _CLICKPORT),
    ),
    "clicky": (
        MixRequest("/api/stats/4", {**_CLICKY, "type": "visitors"}),
        MixRequest("/api/stats/4", {**_CLICKY, "type": "pages", "limit": "10"}),
        MixRequest("/api/stats/4", {**_CLICKY, "type": "visitors-list", "limit": "10"}),
    ),
    "clickmeter": (
        MixRequest("/account", headers=_CLICKMETER),
        MixRequest("/datapoints", {"limit": "10"}, _CLICKMETER),
        MixRequest("/groups", {"limit": "10"}, _CLICKMETER),
        MixRequest("/hits", {"timeframe": "last7", "limit": "10"}, _CLICKMETER),
    ),
}


@contextlib.contextmanager
def our_mock(settings: BenchSettings, api: str) -> Iterator[str]:
    port = free_port()
    # --processing-seconds 0: Clicky's mock otherwise spends 50 ms per request emulating the vendor's pace,
    # which measures the emulation, not the server (the other APIs ignore the option).
    command = [
        *(settings.python, "-m", "mockserver", "--api", api, "--port", str(port), "--now", FROZEN_NOW),
        *("--frozen-clock", "--processing-seconds", "0"),
    ]
    with serving(command, "/_mock/health", port) as base_url:
        yield base_url


@contextlib.contextmanager
def prism_mock(settings: BenchSettings, api: str) -> Iterator[str]:
    prism = settings.repo / "node_modules" / ".bin" / "prism"
    if not prism.exists():
        raise FileNotFoundError(f"{prism} is missing: run `npm ci` at the repository root")
    port = free_port()
    spec = settings.repo / APIS[api].effective_spec
    with serving([str(prism), "mock", str(spec), "-h", "127.0.0.1", "-p", str(port)], "/", port) as base_url:
        yield base_url


def measure(base_url: str, api: str, requests: int, runs: int) -> list[LoadResult]:
    run_load(base_url, MIXES[api], WARMUP_REQUESTS, CONCURRENCY)
    return [run_load(base_url, MIXES[api], requests, CONCURRENCY) for _ in range(runs)]


def _failure_note(side: str, results: list[LoadResult]) -> str:
    failures: dict[str, int] = {}
    for result in results:
        for key, count in result.failures().items():
            failures[key] = failures.get(key, 0) + count
    return f"{side} answered outside 2xx: {failures}. " if failures else ""


def figures_for(api: str, ours: list[LoadResult], prism: list[LoadResult], requests: int) -> list[Figure]:
    mix = ", ".join(request.describe() for request in MIXES[api])
    note = _failure_note("our mock", ours) + _failure_note("Prism", prism)
    load = f"{api}: {requests:,} GETs, {CONCURRENCY} in flight"

    def spread(results: list[LoadResult], fraction: float) -> Spread:
        return Spread.of([result.latency(fraction) * 1e3 for result in results])

    return [
        Figure(
            BENCHMARK,
            f"{load}, throughput",
            "req/s",
            Spread.of([result.throughput for result in ours]),
            Spread.of([result.throughput for result in prism]),
            "Prism",
            Bound(">=", 3.0),
            note=f"mix: {mix}. {note}".strip(),
        ),
        Figure(BENCHMARK, f"{load}, p50 latency", "ms", spread(ours, 0.50), spread(prism, 0.50), "Prism"),
        Figure(
            BENCHMARK, f"{load}, p99 latency", "ms", spread(ours, 0.99), spread(prism, 0.99), "Prism", Bound("<", 1.0)
        ),
    ]


def run(settings: BenchSettings) -> list[Figure]:
    requests, runs = settings.pick(600, 200), settings.pick(3, 1)
    figures: list[Figure] = []
    for api in MIXES:
        try:
            with our_mock(settings, api) as base_url:
                ours = measure(base_url, api, requests, runs)
            with prism_mock(settings, api) as base_url:
                prism = measure(base_url, api, requests, runs)
        except Exception as error:  # one API's server failing must not hide the others' figures
            figures.append(unmeasured(BENCHMARK, api, f"{type(error).__name__}: {str(error).splitlines()[0]}"))
            continue
        figures += figures_for(api, ours, prism, requests)
    return figures
