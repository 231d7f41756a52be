"""A bounded load generator: N GETs over a fixed mix, C kept-alive connections, the latency of each.

It speaks HTTP/1.1 over asyncio streams itself because httpx's AsyncClient tops out near 450 req/s
with one connection and ~300 req/s with 16 on this kind of machine (measured against
bench.fixed_server): with httpx the benchmark would measure the load generator, not the servers.
"""

from __future__ import annotations

import asyncio
import collections
import time
from collections.abc import Mapping, Sequence
from urllib.parse import urlencode, urlsplit

import attrs

from bench.measure import percentile


class ProtocolError(RuntimeError):
    pass


@attrs.frozen
class MixRequest:
    path: str
    params: Mapping[str, str] = attrs.field(factory=dict)
    headers: Mapping[str, str] = attrs.field(factory=dict)

    def describe(self) -> str:
        """Path and parameter names only: values may be credentials."""
        return self.path + ("?" + "&".join(sorted(self.params)) if self.params else "")

    def wire(self, host: str, client_ip: str) -> bytes:
        target = self.path + ("?" + urlencode(dict(self.params)) if self.params else "")
        headers = {"Host": host, "Accept": "application/json", "X-Forwarded-For": client_ip, **self.headers}
        lines = [f"GET {target} HTTP/1.1", *(f"{name}: {value}" for name, value in headers.items())]
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


@attrs.frozen
class LoadResult:
    seconds: float
    latencies: tuple[float, ...]
    statuses: Mapping[tuple[str, int], int]  # (request, status) -> count

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.seconds

    def latency(self, fraction: float) -> float:
        return percentile(self.latencies, fraction)

    def failures(self) -> dict[str, int]:
        """Answers outside 2xx by request and status, e.g. {'/hits?limit 422': 3}."""
        return {f"{request} {status}": n for (request, status), n in self.statuses.items() if not 200 <= status < 300}


async def read_response(reader: asyncio.StreamReader) -> tuple[int, bool]:
    """Read one whole response; return its status and whether the server will close the connection."""
    status_line = await reader.readline()
    parts = status_line.split()
    if len(parts) < 2 or not parts[0].startswith(b"HTTP/1."):
        raise ProtocolError(f"not an HTTP/1.x status line: {status_line[:80]!r}")
    length, chunked, closing = 0, False, False
    while (line := await reader.readline()) not in (b"\r\n", b""):
        name, _, value = line.partition(b":")
        name, value = name.strip().lower(), value.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"transfer-encoding":
            chunked = b"chunked" in value
        elif name == b"connection":
            closing = b"close" in value
    if chunked:
        while (size := int((await reader.readline()).split(b";")[0], 16)) > 0:
            await reader.readexactly(size + 2)  # the chunk and its CRLF
        while await reader.readline() not in (b"\r\n", b""):  # trailers, then the final CRLF
            pass
    else:
        await reader.readexactly(length)
    return int(parts[1]), closing


async def drive(base_url: str, mix: Sequence[MixRequest], requests: int, concurrency: int) -> LoadResult:
    """Send `requests` GETs cycling through `mix` from `concurrency` workers, one connection each."""
    url = urlsplit(base_url)
    host, port = url.hostname or "127.0.0.1", url.port or 80
    latencies: list[float] = []
    statuses: collections.Counter[tuple[str, int]] = collections.Counter()
    next_index = iter(range(requests))

    async def worker(number: int) -> None:
        # Each worker is its own client (X-Forwarded-For): per-client limits such as Clicky's one request
        # in flight per site and IP then apply per worker, as they would to separate real clients.
        wires = [request.wire(url.netloc, f"10.0.{number // 250}.{number % 250 + 1}") for request in mix]
        reader, writer = await asyncio.open_connection(host, port)
        try:
            for index in next_index:
                started = time.perf_counter()
                writer.write(wires[index % len(mix)])
                status, closing = await read_response(reader)
                latencies.append(time.perf_counter() - started)
                statuses[(mix[index % len(mix)].describe(), status)] += 1
                if closing:
                    writer.close()
                    reader, writer = await asyncio.open_connection(host, port)
        finally:
            writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker(number) for number in range(concurrency)))
    seconds = time.perf_counter() - started
    return LoadResult(seconds=seconds, latencies=tuple(latencies), statuses=dict(statuses))


def run_load(base_url: str, mix: Sequence[MixRequest], requests: int, concurrency: int) -> LoadResult:
    return asyncio.run(drive(base_url, mix, requests, concurrency))
