"""`client.plan` and `async_client.plan`: the plan operations as methods."""

from ..api.plan import (
    get_account_plan as _get_account_plan,
)
from ..client import Client
from ..models.error import Error
from ..models.plan import Plan
from ..types import Response


class PlanResource:
    """The plan operations: `client.plan.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "PlanResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return PlanResourceWithRawResponse(self._client)

    def get_account_plan(
        self,
    ) -> Plan:
        """Retrieve the current account plan

         Answers the plan of this account: limits, usage and billing period.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Plan
        """

        return _get_account_plan.sync(
            client=self._client,
        )


class AsyncPlanResource:
    """The plan operations, awaitable: `async_client.plan.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncPlanResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncPlanResourceWithRawResponse(self._client)

    async def get_account_plan(
        self,
    ) -> Plan:
        """Retrieve the current account plan

         Answers the plan of this account: limits, usage and billing period.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Plan
        """

        return await _get_account_plan.asyncio(
            client=self._client,
        )


class PlanResourceWithRawResponse:
    """The plan operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.plan.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_account_plan(
        self,
    ) -> Response[Error | Plan]:
        """Retrieve the current account plan

         Answers the plan of this account: limits, usage and billing period.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | Plan]
        """

        return _get_account_plan.sync_detailed(
            client=self._client,
        )


class AsyncPlanResourceWithRawResponse:
    """The plan operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.plan.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_account_plan(
        self,
    ) -> Response[Error | Plan]:
        """Retrieve the current account plan

         Answers the plan of this account: limits, usage and billing period.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | Plan]
        """

        return await _get_account_plan.asyncio_detailed(
            client=self._client,
        )
