"""Fault injection: `--faults RATE` for a seeded fraction of requests, `X-Mock-Fault` for one request.

Faults stand for the infrastructure failing (a proxy, a dropped connection), not for the API answering, so
they bypass the API's error model and never reach a handler or the store. Header syntax, parts joined by `;`:
`status=503`, `status=429;retry-after=2`, `delay=1.5`, `drop` (the connection closes before a complete answer).
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass

FAULT_HEADER = "x-mock-fault"


@dataclass(frozen=True, slots=True)
class Fault:
    status: int | None = None
    retry_after: str | None = None
    delay: float = 0.0
    drop: bool = False


# What a random fault can be; a delay alone is not a failure, so random faults always fail the request.
RANDOM_FAULTS = (
    Fault(status=500),
    Fault(status=502),
    Fault(status=503),
    Fault(status=429, retry_after="1"),
    Fault(drop=True),
)


def parse_fault(text: str) -> Fault:
    """Read an `X-Mock-Fault` header; ValueError names the part that is wrong."""
    status: int | None = None
    retry_after: str | None = None
    delay = 0.0
    drop = False
    for part in filter(None, (piece.strip() for piece in text.split(";"))):
        key, _, value = part.partition("=")
        key = key.strip().lower()
        value = value.strip()
        if key == "drop" and not value:
            drop = True
        elif key == "status" and value.isdigit() and 100 <= int(value) <= 599:
            status = int(value)
        elif key == "retry-after" and value:
            retry_after = value
        elif key == "delay":
            try:
                delay = float(value)
            except ValueError:
                delay = -1.0
            if not 0.0 <= delay <= 60.0:
                raise ValueError(f"X-Mock-Fault: delay must be 0..60 seconds, got {value!r}")
        else:
            raise ValueError(f"X-Mock-Fault: cannot read {part!r} (use status=N, retry-after=S, delay=S or drop)")
    if retry_after is not None and status is None:
        raise ValueError("X-Mock-Fault: retry-after needs a status")
    return Fault(status=status, retry_after=retry_after, delay=delay, drop=drop)


class FaultInjector:
    """Decides each request's fault: the header when present, else one seeded draw against `rate`."""

    def __init__(self, rate: float, seed: int) -> None:
        self._rate = rate
        self._random = random.Random(f"faults:{seed}")
        self._lock = threading.Lock()

    def reset(self, seed: int) -> None:
        with self._lock:
            self._random = random.Random(f"faults:{seed}")

    def for_request(self, header: str | None) -> Fault | None:
        if header is not None:
            return parse_fault(header)
        if self._rate <= 0.0:
            return None
        with self._lock:
            draw = self._random.random()
        if draw >= self._rate:
            return None
        return RANDOM_FAULTS[min(int(draw / self._rate * len(RANDOM_FAULTS)), len(RANDOM_FAULTS) - 1)]
