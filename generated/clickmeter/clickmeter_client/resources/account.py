"""`client.account` and `async_client.account`: the account operations as methods."""

from ..api.account import (
    get_account as _get_account,
)
from ..api.account import (
    update_account as _update_account,
)
from ..client import Client
from ..models.account import Account
from ..models.error import Error
from ..types import Response


class AccountResource:
    """The account operations: `client.account.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AccountResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AccountResourceWithRawResponse(self._client)

    def get_account(
        self,
    ) -> Account:
        """Retrieve current account data

         Answers the profile of the account that owns the API key.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Account
        """

        return _get_account.sync(
            client=self._client,
        )

    def update_account(
        self,
        *,
        body: Account,
    ) -> Account:
        """Update current account data

         Updates the profile of the account that owns the API key and answers the updated profile. ClickMeter
        updates with POST, not PUT.

        Args:
            body (Account): The profile of the account that owns the API key. Not documented by the
                vendor: which fields are read-only; the `readOnly` ones (`registrationDate`,
                `timeframeMinDate`, `bonusClicks`) are assigned by the server (our inference). The mock
                rejects a request that changes them.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Account
        """

        return _update_account.sync(
            client=self._client,
            body=body,
        )


class AsyncAccountResource:
    """The account operations, awaitable: `async_client.account.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncAccountResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncAccountResourceWithRawResponse(self._client)

    async def get_account(
        self,
    ) -> Account:
        """Retrieve current account data

         Answers the profile of the account that owns the API key.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Account
        """

        return await _get_account.asyncio(
            client=self._client,
        )

    async def update_account(
        self,
        *,
        body: Account,
    ) -> Account:
        """Update current account data

         Updates the profile of the account that owns the API key and answers the updated profile. ClickMeter
        updates with POST, not PUT.

        Args:
            body (Account): The profile of the account that owns the API key. Not documented by the
                vendor: which fields are read-only; the `readOnly` ones (`registrationDate`,
                `timeframeMinDate`, `bonusClicks`) are assigned by the server (our inference). The mock
                rejects a request that changes them.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Account
        """

        return await _update_account.asyncio(
            client=self._client,
            body=body,
        )


class AccountResourceWithRawResponse:
    """The account operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.account.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_account(
        self,
    ) -> Response[Account | Error]:
        """Retrieve current account data

         Answers the profile of the account that owns the API key.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Account | Error]
        """

        return _get_account.sync_detailed(
            client=self._client,
        )

    def update_account(
        self,
        *,
        body: Account,
    ) -> Response[Account | Error]:
        """Update current account data

         Updates the profile of the account that owns the API key and answers the updated profile. ClickMeter
        updates with POST, not PUT.

        Args:
            body (Account): The profile of the account that owns the API key. Not documented by the
                vendor: which fields are read-only; the `readOnly` ones (`registrationDate`,
                `timeframeMinDate`, `bonusClicks`) are assigned by the server (our inference). The mock
                rejects a request that changes them.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Account | Error]
        """

        return _update_account.sync_detailed(
            client=self._client,
            body=body,
        )


class AsyncAccountResourceWithRawResponse:
    """The account operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.account.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_account(
        self,
    ) -> Response[Account | Error]:
        """Retrieve current account data

         Answers the profile of the account that owns the API key.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Account | Error]
        """

        return await _get_account.asyncio_detailed(
            client=self._client,
        )

    async def update_account(
        self,
        *,
        body: Account,
    ) -> Response[Account | Error]:
        """Update current account data

         Updates the profile of the account that owns the API key and answers the updated profile. ClickMeter
        updates with POST, not PUT.

        Args:
            body (Account): The profile of the account that owns the API key. Not documented by the
                vendor: which fields are read-only; the `readOnly` ones (`registrationDate`,
                `timeframeMinDate`, `bonusClicks`) are assigned by the server (our inference). The mock
                rejects a request that changes them.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Account | Error]
        """

        return await _update_account.asyncio_detailed(
            client=self._client,
            body=body,
        )
