"""`client.me` and `async_client.me`: the me operations as methods."""

from ..api.me import (
    get_me as _get_me,
)
from ..api.me import (
    get_me_plan as _get_me_plan,
)
from ..client import Client
from ..models.account import Account
from ..models.error import Error
from ..models.plan import Plan
from ..types import Response


class MeResource:
    """The me operations: `client.me.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "MeResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return MeResourceWithRawResponse(self._client)

    def get_me(
        self,
    ) -> Account:
        """Retrieve current account data (alias of /account)

         Answers the same profile as `GET /account`.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Account
        """

        return _get_me.sync(
            client=self._client,
        )

    def get_me_plan(
        self,
    ) -> Plan:
        """Retrieve the current account plan (alias of /account/plan)

         Answers the same plan as `GET /account/plan`.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Plan
        """

        return _get_me_plan.sync(
            client=self._client,
        )


class AsyncMeResource:
    """The me operations, awaitable: `async_client.me.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncMeResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncMeResourceWithRawResponse(self._client)

    async def get_me(
        self,
    ) -> Account:
        """Retrieve current account data (alias of /account)

         Answers the same profile as `GET /account`.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Account
        """

        return await _get_me.asyncio(
            client=self._client,
        )

    async def get_me_plan(
        self,
    ) -> Plan:
        """Retrieve the current account plan (alias of /account/plan)

         Answers the same plan as `GET /account/plan`.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Plan
        """

        return await _get_me_plan.asyncio(
            client=self._client,
        )


class MeResourceWithRawResponse:
    """The me operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.me.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_me(
        self,
    ) -> Response[Account | Error]:
        """Retrieve current account data (alias of /account)

         Answers the same profile as `GET /account`.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Account | Error]
        """

        return _get_me.sync_detailed(
            client=self._client,
        )

    def get_me_plan(
        self,
    ) -> Response[Error | Plan]:
        """Retrieve the current account plan (alias of /account/plan)

         Answers the same plan as `GET /account/plan`.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | Plan]
        """

        return _get_me_plan.sync_detailed(
            client=self._client,
        )


class AsyncMeResourceWithRawResponse:
    """The me operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.me.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_me(
        self,
    ) -> Response[Account | Error]:
        """Retrieve current account data (alias of /account)

         Answers the same profile as `GET /account`.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Account | Error]
        """

        return await _get_me.asyncio_detailed(
            client=self._client,
        )

    async def get_me_plan(
        self,
    ) -> Response[Error | Plan]:
        """Retrieve the current account plan (alias of /account/plan)

         Answers the same plan as `GET /account/plan`.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | Plan]
        """

        return await _get_me_plan.asyncio_detailed(
            client=self._client,
        )
