"""`Client` and `AsyncClient`: every operation as `client.<group>.<operation>(...)`."""

from attrs import define

from .. import client as _configuration
from .stats import AsyncStatsResource, StatsResource


@define
class Client(_configuration.Client):
    """Client for the Clicky Analytics API: every operation as `client.<group>.<operation>(...)`.

    `client.<group>.<operation>(...)` returns the parsed answer or raises a typed error,
    `client.<group>.with_raw_response.<operation>(...)` returns the whole `Response`, and paged operations
    have `client.<group>.iterate_<operation>(...)`. The same object can be passed as `client=` to the module
    functions in `clicky_client.api`. Constructor and settings (credentials, base_url, timeout,
    max_retries, pacing, ...): see `clicky_client.client.Client`.
    """

    @property
    def stats(self) -> StatsResource:
        """The stats operations: get_stats."""
        return StatsResource(self)


@define
class AsyncClient(_configuration.Client):
    """Async client for the Clicky Analytics API: `await client.<group>.<operation>(...)`.

    Same constructor and settings as `Client`; every operation method is awaitable, paged operations give async
    iterators (`async for item in client.<group>.iterate_<operation>(...)`), and
    `async with AsyncClient(...) as client:` closes its connection pool on exit (else `await client.aclose()`).
    """

    @property
    def stats(self) -> AsyncStatsResource:
        """The stats operations: get_stats."""
        return AsyncStatsResource(self)


__all__ = ("AsyncClient", "Client")
