"""`client.true_` and `async_client.true_`: the true_ operations as methods."""

from typing import Any

from ..api.true_ import (
    false_ as _false_,
)
from ..client import Client
from ..types import Response


class True_Resource:
    """The true_ operations: `client.true_.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "True_ResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return True_ResourceWithRawResponse(self._client)

    def false_(
        self,
        *,
        import_: str,
    ) -> Any:
        """
        Args:
            import_ (str):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _false_.sync(
            client=self._client,
            import_=import_,
        )


class AsyncTrue_Resource:
    """The true_ operations, awaitable: `async_client.true_.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncTrue_ResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncTrue_ResourceWithRawResponse(self._client)

    async def false_(
        self,
        *,
        import_: str,
    ) -> Any:
        """
        Args:
            import_ (str):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _false_.asyncio(
            client=self._client,
            import_=import_,
        )


class True_ResourceWithRawResponse:
    """The true_ operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.true_.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def false_(
        self,
        *,
        import_: str,
    ) -> Response[Any]:
        """
        Args:
            import_ (str):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return _false_.sync_detailed(
            client=self._client,
            import_=import_,
        )


class AsyncTrue_ResourceWithRawResponse:
    """The true_ operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.true_.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def false_(
        self,
        *,
        import_: str,
    ) -> Response[Any]:
        """
        Args:
            import_ (str):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return await _false_.asyncio_detailed(
            client=self._client,
            import_=import_,
        )
