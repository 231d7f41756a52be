"""`Client` and `AsyncClient`: every operation as `client.<group>.<operation>(...)`."""

from attrs import define

from .. import client as _configuration
from .events import AsyncEventsResource, EventsResource
from .widgets import AsyncWidgetsResource, WidgetsResource


@define
class Client(_configuration.Client):
    """Client for the Baseline Widgets API: every operation as `client.<group>.<operation>(...)`.

    `client.<group>.<operation>(...)` returns the parsed answer or raises a typed error,
    `client.<group>.with_raw_response.<operation>(...)` returns the whole `Response`, and paged operations
    have `client.<group>.iterate_<operation>(...)`. The same object can be passed as `client=` to the module
    functions in `baseline_client.api`. Constructor and settings (credentials, base_url, timeout,
    max_retries, pacing, ...): see `baseline_client.client.Client`.
    """

    @property
    def widgets(self) -> WidgetsResource:
        """The widgets operations: list_widgets, create_widget, update_widget."""
        return WidgetsResource(self)

    @property
    def events(self) -> EventsResource:
        """The events operations: list_events."""
        return EventsResource(self)


@define
class AsyncClient(_configuration.Client):
    """Async client for the Baseline Widgets API: `await client.<group>.<operation>(...)`.

    Same constructor and settings as `Client`; every operation method is awaitable, paged operations give async
    iterators (`async for item in client.<group>.iterate_<operation>(...)`), and
    `async with AsyncClient(...) as client:` closes its connection pool on exit (else `await client.aclose()`).
    """

    @property
    def widgets(self) -> AsyncWidgetsResource:
        """The widgets operations: list_widgets, create_widget, update_widget."""
        return AsyncWidgetsResource(self)

    @property
    def events(self) -> AsyncEventsResource:
        """The events operations: list_events."""
        return AsyncEventsResource(self)


__all__ = ("AsyncClient", "Client")
