"""`client.tag2` and `async_client.tag2`: the tag2 operations as methods."""

from typing import Any

from ..api.tag2 import (
    get_tag_with_number as _get_tag_with_number,
)
from ..client import Client
from ..types import Response


class Tag2Resource:
    """The tag2 operations: `client.tag2.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "Tag2ResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return Tag2ResourceWithRawResponse(self._client)

    def get_tag_with_number(
        self,
    ) -> Any:
        """
        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _get_tag_with_number.sync(
            client=self._client,
        )


class AsyncTag2Resource:
    """The tag2 operations, awaitable: `async_client.tag2.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncTag2ResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncTag2ResourceWithRawResponse(self._client)

    async def get_tag_with_number(
        self,
    ) -> Any:
        """
        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _get_tag_with_number.asyncio(
            client=self._client,
        )


class Tag2ResourceWithRawResponse:
    """The tag2 operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.tag2.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_tag_with_number(
        self,
    ) -> Response[Any]:
        """
        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return _get_tag_with_number.sync_detailed(
            client=self._client,
        )


class AsyncTag2ResourceWithRawResponse:
    """The tag2 operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.tag2.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_tag_with_number(
        self,
    ) -> Response[Any]:
        """
        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return await _get_tag_with_number.asyncio_detailed(
            client=self._client,
        )
