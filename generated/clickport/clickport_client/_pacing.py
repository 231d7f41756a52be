"""Pacing for vendor limits that the API does not report, so that nothing is lost silently.

RateLimit keeps at most `per_minute` requests in any sliding minute (reserving a slot per request, so
concurrent callers queue without busy waiting). ConcurrencyLimit keeps at most `max_in_flight` requests
in flight per key, across every client in the process.
"""

import asyncio
import collections
import contextlib
import threading
import weakref
from collections.abc import AsyncIterator, Iterator

from attrs import define, field

from ._clock import Clock


@define(frozen=True)
class RateLimit:
    per_minute: int
    safety_seconds: float = 0.5  # the server's minute may start a little later than ours


@define(frozen=True)
class ConcurrencyLimit:
    max_in_flight: int = 1


PacingPolicy = RateLimit | ConcurrencyLimit


@define
class RatePacer:
    policy: RateLimit
    clock: Clock
    _sent: collections.deque[float] = field(factory=collections.deque)
    _lock: threading.Lock = field(factory=threading.Lock)

    def _reserve(self) -> float:
        """Book the earliest slot allowed by the policy; returns how long to wait for it."""
        window = 60.0 + self.policy.safety_seconds
        with self._lock:
            now = self.clock.monotonic()
            while self._sent and self._sent[0] <= now - window:
                self._sent.popleft()
            slot = now
            if len(self._sent) >= self.policy.per_minute:
                slot = max(now, self._sent[-self.policy.per_minute] + window)
            self._sent.append(slot)
            return slot - now

    @contextlib.contextmanager
    def sync(self) -> Iterator[None]:
        delay = self._reserve()
        if delay > 0:
            self.clock.sleep(delay)
        yield

    @contextlib.asynccontextmanager
    async def asyncio(self) -> AsyncIterator[None]:
        delay = self._reserve()
        if delay > 0:
            await self.clock.async_sleep(delay)
        yield


_thread_semaphores: dict[str, threading.BoundedSemaphore] = {}
# Per event loop: an asyncio.Semaphore belongs to the loop it was first used on.
_async_semaphores: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, asyncio.Semaphore]]" = (
    weakref.WeakKeyDictionary()
)
_registry_lock = threading.Lock()


@define
class ConcurrencyPacer:
    policy: ConcurrencyLimit
    key: str

    @contextlib.contextmanager
    def sync(self) -> Iterator[None]:
        with _registry_lock:
            semaphore = _thread_semaphores.setdefault(self.key, threading.BoundedSemaphore(self.policy.max_in_flight))
        with semaphore:
            yield

    @contextlib.asynccontextmanager
    async def asyncio(self) -> AsyncIterator[None]:
        loop = asyncio.get_running_loop()
        with _registry_lock:
            per_loop = _async_semaphores.setdefault(loop, {})
            semaphore = per_loop.setdefault(self.key, asyncio.Semaphore(self.policy.max_in_flight))
        async with semaphore:
            yield


@define
class NoPacing:
    @contextlib.contextmanager
    def sync(self) -> Iterator[None]:
        yield

    @contextlib.asynccontextmanager
    async def asyncio(self) -> AsyncIterator[None]:
        yield


Pacer = RatePacer | ConcurrencyPacer | NoPacing
NO_PACING = NoPacing()

# The vendor limits this API is known to enforce, from the overlay's x-sdk.pacing.
DEFAULT_PACING: dict[str, PacingPolicy] = {
    "events": RateLimit(per_minute=60),
}
# For ConcurrencyLimit policies: the credential whose value scopes the limit (Clicky: per site_id).
PACING_SCOPES: dict[str, str] = {}
