"""`client.location` and `async_client.location`: the location operations as methods."""

import datetime
from typing import Any

from ..api.location import (
    get_location_header_types as _get_location_header_types,
)
from ..api.location import (
    get_location_query_optionality as _get_location_query_optionality,
)
from ..client import Client
from ..models.get_location_header_types_int_enum_header import GetLocationHeaderTypesIntEnumHeader
from ..models.get_location_header_types_string_enum_header import GetLocationHeaderTypesStringEnumHeader
from ..types import UNSET, Response, Unset


class LocationResource:
    """The location operations: `client.location.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "LocationResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return LocationResourceWithRawResponse(self._client)

    def get_location_query_optionality(
        self,
        *,
        not_null_required: datetime.datetime,
        null_required: datetime.datetime | None,
        null_not_required: datetime.datetime | None | Unset = UNSET,
        not_null_not_required: datetime.datetime | Unset = UNSET,
    ) -> Any:
        """
        Args:
            not_null_required (datetime.datetime):
            null_required (datetime.datetime | None):
            null_not_required (datetime.datetime | None | Unset):
            not_null_not_required (datetime.datetime | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _get_location_query_optionality.sync(
            client=self._client,
            not_null_required=not_null_required,
            null_required=null_required,
            null_not_required=null_not_required,
            not_null_not_required=not_null_not_required,
        )

    def get_location_header_types(
        self,
        *,
        boolean_header: bool | Unset = UNSET,
        string_header: str | Unset = UNSET,
        number_header: float | Unset = UNSET,
        integer_header: int | Unset = UNSET,
        int_enum_header: GetLocationHeaderTypesIntEnumHeader | Unset = UNSET,
        string_enum_header: GetLocationHeaderTypesStringEnumHeader | Unset = UNSET,
    ) -> Any:
        """
        Args:
            boolean_header (bool | Unset):
            string_header (str | Unset):
            number_header (float | Unset):
            integer_header (int | Unset):
            int_enum_header (GetLocationHeaderTypesIntEnumHeader | Unset):
            string_enum_header (GetLocationHeaderTypesStringEnumHeader | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _get_location_header_types.sync(
            client=self._client,
            boolean_header=boolean_header,
            string_header=string_header,
            number_header=number_header,
            integer_header=integer_header,
            int_enum_header=int_enum_header,
            string_enum_header=string_enum_header,
        )


class AsyncLocationResource:
    """The location operations, awaitable: `async_client.location.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncLocationResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncLocationResourceWithRawResponse(self._client)

    async def get_location_query_optionality(
        self,
        *,
        not_null_required: datetime.datetime,
        null_required: datetime.datetime | None,
        null_not_required: datetime.datetime | None | Unset = UNSET,
        not_null_not_required: datetime.datetime | Unset = UNSET,
    ) -> Any:
        """
        Args:
            not_null_required (datetime.datetime):
            null_required (datetime.datetime | None):
            null_not_required (datetime.datetime | None | Unset):
            not_null_not_required (datetime.datetime | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _get_location_query_optionality.asyncio(
            client=self._client,
            not_null_required=not_null_required,
            null_required=null_required,
            null_not_required=null_not_required,
            not_null_not_required=not_null_not_required,
        )

    async def get_location_header_types(
        self,
        *,
        boolean_header: bool | Unset = UNSET,
        string_header: str | Unset = UNSET,
        number_header: float | Unset = UNSET,
        integer_header: int | Unset = UNSET,
        int_enum_header: GetLocationHeaderTypesIntEnumHeader | Unset = UNSET,
        string_enum_header: GetLocationHeaderTypesStringEnumHeader | Unset = UNSET,
    ) -> Any:
        """
        Args:
            boolean_header (bool | Unset):
            string_header (str | Unset):
            number_header (float | Unset):
            integer_header (int | Unset):
            int_enum_header (GetLocationHeaderTypesIntEnumHeader | Unset):
            string_enum_header (GetLocationHeaderTypesStringEnumHeader | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _get_location_header_types.asyncio(
            client=self._client,
            boolean_header=boolean_header,
            string_header=string_header,
            number_header=number_header,
            integer_header=integer_header,
            int_enum_header=int_enum_header,
            string_enum_header=string_enum_header,
        )


class LocationResourceWithRawResponse:
    """The location operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.location.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_location_query_optionality(
        self,
        *,
        not_null_required: datetime.datetime,
        null_required: datetime.datetime | None,
        null_not_required: datetime.datetime | None | Unset = UNSET,
        not_null_not_required: datetime.datetime | Unset = UNSET,
    ) -> Response[Any]:
        """
        Args:
            not_null_required (datetime.datetime):
            null_required (datetime.datetime | None):
            null_not_required (datetime.datetime | None | Unset):
            not_null_not_required (datetime.datetime | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return _get_location_query_optionality.sync_detailed(
            client=self._client,
            not_null_required=not_null_required,
            null_required=null_required,
            null_not_required=null_not_required,
            not_null_not_required=not_null_not_required,
        )

    def get_location_header_types(
        self,
        *,
        boolean_header: bool | Unset = UNSET,
        string_header: str | Unset = UNSET,
        number_header: float | Unset = UNSET,
        integer_header: int | Unset = UNSET,
        int_enum_header: GetLocationHeaderTypesIntEnumHeader | Unset = UNSET,
        string_enum_header: GetLocationHeaderTypesStringEnumHeader | Unset = UNSET,
    ) -> Response[Any]:
        """
        Args:
            boolean_header (bool | Unset):
            string_header (str | Unset):
            number_header (float | Unset):
            integer_header (int | Unset):
            int_enum_header (GetLocationHeaderTypesIntEnumHeader | Unset):
            string_enum_header (GetLocationHeaderTypesStringEnumHeader | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return _get_location_header_types.sync_detailed(
            client=self._client,
            boolean_header=boolean_header,
            string_header=string_header,
            number_header=number_header,
            integer_header=integer_header,
            int_enum_header=int_enum_header,
            string_enum_header=string_enum_header,
        )


class AsyncLocationResourceWithRawResponse:
    """The location operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.location.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_location_query_optionality(
        self,
        *,
        not_null_required: datetime.datetime,
        null_required: datetime.datetime | None,
        null_not_required: datetime.datetime | None | Unset = UNSET,
        not_null_not_required: datetime.datetime | Unset = UNSET,
    ) -> Response[Any]:
        """
        Args:
            not_null_required (datetime.datetime):
            null_required (datetime.datetime | None):
            null_not_required (datetime.datetime | None | Unset):
            not_null_not_required (datetime.datetime | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return await _get_location_query_optionality.asyncio_detailed(
            client=self._client,
            not_null_required=not_null_required,
            null_required=null_required,
            null_not_required=null_not_required,
            not_null_not_required=not_null_not_required,
        )

    async def get_location_header_types(
        self,
        *,
        boolean_header: bool | Unset = UNSET,
        string_header: str | Unset = UNSET,
        number_header: float | Unset = UNSET,
        integer_header: int | Unset = UNSET,
        int_enum_header: GetLocationHeaderTypesIntEnumHeader | Unset = UNSET,
        string_enum_header: GetLocationHeaderTypesStringEnumHeader | Unset = UNSET,
    ) -> Response[Any]:
        """
        Args:
            boolean_header (bool | Unset):
            string_header (str | Unset):
            number_header (float | Unset):
            integer_header (int | Unset):
            int_enum_header (GetLocationHeaderTypesIntEnumHeader | Unset):
            string_enum_header (GetLocationHeaderTypesStringEnumHeader | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return await _get_location_header_types.asyncio_detailed(
            client=self._client,
            boolean_header=boolean_header,
            string_header=string_header,
            number_header=number_header,
            integer_header=integer_header,
            int_enum_header=int_enum_header,
            string_enum_header=string_enum_header,
        )
