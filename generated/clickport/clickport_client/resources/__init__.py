"""`Client` and `AsyncClient`: every operation as `client.<group>.<operation>(...)`."""

from attrs import define

from .. import client as _configuration
from .convenience import AsyncConvenienceResource, ConvenienceResource
from .events import AsyncEventsResource, EventsResource
from .goals import AsyncGoalsResource, GoalsResource
from .realtime import AsyncRealtimeResource, RealtimeResource
from .stats import AsyncStatsResource, StatsResource


@define
class Client(_configuration.Client):
    """Client for the Clickport API: every operation as `client.<group>.<operation>(...)`.

    `client.<group>.<operation>(...)` returns the parsed answer or raises a typed error,
    `client.<group>.with_raw_response.<operation>(...)` returns the whole `Response`, and paged operations
    have `client.<group>.iterate_<operation>(...)`. The same object can be passed as `client=` to the module
    functions in `clickport_client.api`. Constructor and settings (credentials, base_url, timeout,
    max_retries, pacing, ...): see `clickport_client.client.Client`.
    """

    @property
    def stats(self) -> StatsResource:
        """The stats operations: query_stats."""
        return StatsResource(self)

    @property
    def events(self) -> EventsResource:
        """The events operations: send_event."""
        return EventsResource(self)

    @property
    def realtime(self) -> RealtimeResource:
        """The realtime operations: get_realtime_visitors."""
        return RealtimeResource(self)

    @property
    def goals(self) -> GoalsResource:
        """The goals operations: list_goal_conversions."""
        return GoalsResource(self)

    @property
    def convenience(self) -> ConvenienceResource:
        """The convenience operations: list_top_pages."""
        return ConvenienceResource(self)


@define
class AsyncClient(_configuration.Client):
    """Async client for the Clickport API: `await client.<group>.<operation>(...)`.

    Same constructor and settings as `Client`; every operation method is awaitable, paged operations give async
    iterators (`async for item in client.<group>.iterate_<operation>(...)`), and
    `async with AsyncClient(...) as client:` closes its connection pool on exit (else `await client.aclose()`).
    """

    @property
    def stats(self) -> AsyncStatsResource:
        """The stats operations: query_stats."""
        return AsyncStatsResource(self)

    @property
    def events(self) -> AsyncEventsResource:
        """The events operations: send_event."""
        return AsyncEventsResource(self)

    @property
    def realtime(self) -> AsyncRealtimeResource:
        """The realtime operations: get_realtime_visitors."""
        return AsyncRealtimeResource(self)

    @property
    def goals(self) -> AsyncGoalsResource:
        """The goals operations: list_goal_conversions."""
        return AsyncGoalsResource(self)

    @property
    def convenience(self) -> AsyncConvenienceResource:
        """The convenience operations: list_top_pages."""
        return AsyncConvenienceResource(self)


__all__ = ("AsyncClient", "Client")
