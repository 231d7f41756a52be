"""`client.enums` and `async_client.enums`: the enums operations as methods."""

from typing import Any

from ..api.enums import (
    bool_enum_tests_bool_enum_post as _bool_enum_tests_bool_enum_post,
)
from ..api.enums import (
    int_enum_tests_int_enum_post as _int_enum_tests_int_enum_post,
)
from ..client import Client
from ..models.an_int_enum import AnIntEnum
from ..types import Response


class EnumsResource:
    """The enums operations: `client.enums.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "EnumsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return EnumsResourceWithRawResponse(self._client)

    def int_enum_tests_int_enum_post(
        self,
        *,
        int_enum: AnIntEnum,
    ) -> Any:
        """Int Enum

        Args:
            int_enum (AnIntEnum): An enumeration.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _int_enum_tests_int_enum_post.sync(
            client=self._client,
            int_enum=int_enum,
        )

    def bool_enum_tests_bool_enum_post(
        self,
        *,
        bool_enum: bool,
    ) -> Any:
        """Bool Enum

        Args:
            bool_enum (bool):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _bool_enum_tests_bool_enum_post.sync(
            client=self._client,
            bool_enum=bool_enum,
        )


class AsyncEnumsResource:
    """The enums operations, awaitable: `async_client.enums.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncEnumsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncEnumsResourceWithRawResponse(self._client)

    async def int_enum_tests_int_enum_post(
        self,
        *,
        int_enum: AnIntEnum,
    ) -> Any:
        """Int Enum

        Args:
            int_enum (AnIntEnum): An enumeration.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _int_enum_tests_int_enum_post.asyncio(
            client=self._client,
            int_enum=int_enum,
        )

    async def bool_enum_tests_bool_enum_post(
        self,
        *,
        bool_enum: bool,
    ) -> Any:
        """Bool Enum

        Args:
            bool_enum (bool):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _bool_enum_tests_bool_enum_post.asyncio(
            client=self._client,
            bool_enum=bool_enum,
        )


class EnumsResourceWithRawResponse:
    """The enums operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.enums.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def int_enum_tests_int_enum_post(
        self,
        *,
        int_enum: AnIntEnum,
    ) -> Response[Any]:
        """Int Enum

        Args:
            int_enum (AnIntEnum): An enumeration.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return _int_enum_tests_int_enum_post.sync_detailed(
            client=self._client,
            int_enum=int_enum,
        )

    def bool_enum_tests_bool_enum_post(
        self,
        *,
        bool_enum: bool,
    ) -> Response[Any]:
        """Bool Enum

        Args:
            bool_enum (bool):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return _bool_enum_tests_bool_enum_post.sync_detailed(
            client=self._client,
            bool_enum=bool_enum,
        )


class AsyncEnumsResourceWithRawResponse:
    """The enums operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.enums.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def int_enum_tests_int_enum_post(
        self,
        *,
        int_enum: AnIntEnum,
    ) -> Response[Any]:
        """Int Enum

        Args:
            int_enum (AnIntEnum): An enumeration.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return await _int_enum_tests_int_enum_post.asyncio_detailed(
            client=self._client,
            int_enum=int_enum,
        )

    async def bool_enum_tests_bool_enum_post(
        self,
        *,
        bool_enum: bool,
    ) -> Response[Any]:
        """Bool Enum

        Args:
            bool_enum (bool):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return await _bool_enum_tests_bool_enum_post.asyncio_detailed(
            client=self._client,
            bool_enum=bool_enum,
        )
