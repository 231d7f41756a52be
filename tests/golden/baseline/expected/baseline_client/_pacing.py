"""Pacing for vendor limits that the API does not report, so that nothing is lost silently.

RateLimit keeps at most `per_minute` requests in any sliding minute (reserving a slot per request, so
concurrent callers queue without busy waiting). ConcurrencyLimit keeps at most `max_in_flight` requests
in flight per key, across every client in the process and across sync and async calls alike.
"""

import asyncio
import collections
import contextlib
import threading
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

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


class SharedSemaphore:
    """A counting semaphore that threads and asyncio tasks (on any event loop) wait on alike, in turn.

    Sync and async calls through the same client count against one vendor limit, so they queue on one
    semaphore: a thread waits on an Event, a task on a Future of its own loop, and a release hands the
    permit to the oldest waiter whichever kind it is. A sync call made inside a running event loop whose
    tasks hold or await a permit would block the loop that must release it: it raises instead of hanging.
    """

    def __init__(self, permits: int) -> None:
        self._lock = threading.Lock()
        self._free = permits
        self._waiters: collections.deque[threading.Event | tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = (
            collections.deque()
        )
        self._loop_holders: collections.Counter[asyncio.AbstractEventLoop] = collections.Counter()

    def acquire(self) -> None:
        try:
            own_loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            own_loop = None
        event = threading.Event()
        with self._lock:
            if self._free > 0 and not self._waiters:
                self._free -= 1
                return
            if own_loop is not None and (
                self._loop_holders[own_loop] or any(isinstance(w, tuple) and w[0] is own_loop for w in self._waiters)
            ):
                raise RuntimeError(
                    "a sync call inside a running event loop would wait for a request of that same loop; "
                    "use the asyncio() call"
                )
            self._waiters.append(event)
        event.wait()

    async def acquire_async(self) -> None:
        loop = asyncio.get_running_loop()
        waiter = (loop, loop.create_future())
        with self._lock:
            if self._free > 0 and not self._waiters:
                self._free -= 1
                self._loop_holders[loop] += 1
                return
            self._waiters.append(waiter)
        try:
            await waiter[1]
        except asyncio.CancelledError:
            with self._lock:
                queued = waiter in self._waiters
                if queued:
                    self._waiters.remove(waiter)
            if not queued and waiter[1].done() and not waiter[1].cancelled():
                self.release(loop)  # the permit reached us as we were cancelled: pass it on
            raise

    def release(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        """Give the permit back (`loop`: the event loop whose task held it, for an async holder)."""
        with self._lock:
            if loop is not None:
                self._loop_holders[loop] -= 1
                if not self._loop_holders[loop]:
                    del self._loop_holders[loop]
            while self._waiters:
                waiter = self._waiters.popleft()
                if isinstance(waiter, threading.Event):
                    waiter.set()
                    return
                next_loop, future = waiter
                if not next_loop.is_closed():
                    self._loop_holders[next_loop] += 1
                    next_loop.call_soon_threadsafe(self._hand_over, next_loop, future)
                    return
            self._free += 1

    def _hand_over(self, loop: asyncio.AbstractEventLoop, future: "asyncio.Future[None]") -> None:
        if future.done():  # cancelled while the permit was on its way
            self.release(loop)
        else:
            future.set_result(None)


_semaphores: dict[str, SharedSemaphore] = {}
_registry_lock = threading.Lock()


def shared_semaphore(key: str, permits: int) -> SharedSemaphore:
    """The one semaphore of a vendor limit in this process (key: limit, base URL and scope)."""
    with _registry_lock:
        return _semaphores.setdefault(key, SharedSemaphore(permits))


@define
class ConcurrencyPacer:
    policy: ConcurrencyLimit
    key: str
    _semaphore: SharedSemaphore = field(init=False)

    def __attrs_post_init__(self) -> None:
        self._semaphore = shared_semaphore(self.key, self.policy.max_in_flight)

    @contextlib.contextmanager
    def sync(self) -> Iterator[None]:
        self._semaphore.acquire()
        try:
            yield
        finally:
            self._semaphore.release()

    @contextlib.asynccontextmanager
    async def asyncio(self) -> AsyncIterator[None]:
        await self._semaphore.acquire_async()
        try:
            yield
        finally:
            self._semaphore.release(asyncio.get_running_loop())


@define
class NoPacing:
    """Requests under no vendor limit: one shared do-nothing context, the cheapest `with` there is."""

    def sync(self) -> contextlib.nullcontext[None]:
        return _NO_WAIT

    def asyncio(self) -> contextlib.nullcontext[None]:
        return _NO_WAIT


_NO_WAIT = contextlib.nullcontext()


Pacer = RatePacer | ConcurrencyPacer | NoPacing
NO_PACING = NoPacing()


def limit_for(name: str | None, request: Mapping[str, Any], applies_to: Mapping[str, Mapping[str, Any]]) -> str | None:
    """The vendor limit a request counts against: its operation's (x-sdk-pacing), if the request is one the
    limit applies to (`applies_to`, from _settings.PACING_APPLIES_TO): one sending any of the listed values
    (a comma-separated list counts per value), or, without that parameter, one sending any of the
    `or_without_it_when_present` parameters."""
    condition = applies_to.get(name) if name is not None else None
    if condition is None:
        return name
    params = request.get("params") or {}
    sent = params.get(condition["parameter"])
    if sent is None:
        present = any(params.get(other) is not None for other in condition.get("or_without_it_when_present", ()))
        return name if present else None
    values = sent if isinstance(sent, list) else str(sent).split(",")
    return name if any(str(value) in condition.get("any_of", ()) for value in values) else None
