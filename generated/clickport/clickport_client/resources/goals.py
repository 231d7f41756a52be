"""`client.goals` and `async_client.goals`: the goals operations as methods."""

import datetime

from ..api.goals import (
    list_goal_conversions as _list_goal_conversions,
)
from ..client import Client
from ..models.error import Error
from ..models.goal_conversions import GoalConversions
from ..types import Response, Unset


class GoalsResource:
    """The goals operations: `client.goals.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "GoalsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return GoalsResourceWithRawResponse(self._client)

    def list_goal_conversions(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
        timezone: str | Unset = "UTC",
    ) -> GoalConversions:
        """List goal conversions

         Returns each goal of the site with its conversions between `start_date` and `end_date` (exclusive).

        Args:
            start_date (datetime.date):
            end_date (datetime.date):
            timezone (str | Unset):  Default: 'UTC'.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            GoalConversions
        """

        return _list_goal_conversions.sync(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            timezone=timezone,
        )


class AsyncGoalsResource:
    """The goals operations, awaitable: `async_client.goals.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncGoalsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncGoalsResourceWithRawResponse(self._client)

    async def list_goal_conversions(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
        timezone: str | Unset = "UTC",
    ) -> GoalConversions:
        """List goal conversions

         Returns each goal of the site with its conversions between `start_date` and `end_date` (exclusive).

        Args:
            start_date (datetime.date):
            end_date (datetime.date):
            timezone (str | Unset):  Default: 'UTC'.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            GoalConversions
        """

        return await _list_goal_conversions.asyncio(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            timezone=timezone,
        )


class GoalsResourceWithRawResponse:
    """The goals operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.goals.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_goal_conversions(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
        timezone: str | Unset = "UTC",
    ) -> Response[Error | GoalConversions]:
        """List goal conversions

         Returns each goal of the site with its conversions between `start_date` and `end_date` (exclusive).

        Args:
            start_date (datetime.date):
            end_date (datetime.date):
            timezone (str | Unset):  Default: 'UTC'.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | GoalConversions]
        """

        return _list_goal_conversions.sync_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            timezone=timezone,
        )


class AsyncGoalsResourceWithRawResponse:
    """The goals operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.goals.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_goal_conversions(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
        timezone: str | Unset = "UTC",
    ) -> Response[Error | GoalConversions]:
        """List goal conversions

         Returns each goal of the site with its conversions between `start_date` and `end_date` (exclusive).

        Args:
            start_date (datetime.date):
            end_date (datetime.date):
            timezone (str | Unset):  Default: 'UTC'.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | GoalConversions]
        """

        return await _list_goal_conversions.asyncio_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            timezone=timezone,
        )
