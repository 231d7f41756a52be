"""`client.defaults` and `async_client.defaults`: the defaults operations as methods."""

import datetime
from typing import Any

from ..api.defaults import (
    defaults_tests_defaults_post as _defaults_tests_defaults_post,
)
from ..client import Client
from ..models.an_enum import AnEnum
from ..models.http_validation_error import HTTPValidationError
from ..models.model_with_union_property import ModelWithUnionProperty
from ..types import Response, Unset


class DefaultsResource:
    """The defaults operations: `client.defaults.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "DefaultsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return DefaultsResourceWithRawResponse(self._client)

    def defaults_tests_defaults_post(
        self,
        *,
        string_prop: str = "the default string",
        string_with_num: str = "1",
        date_prop: datetime.date = datetime.date.fromisoformat("1010-10-10"),
        float_prop: float = 3.14,
        float_with_int: float = 3.0,
        int_prop: int = 7,
        boolean_prop: bool = False,
        list_prop: list[AnEnum],
        union_prop: float | str = "not a float",
        union_prop_with_ref: AnEnum | float | Unset = 0.6,
        enum_prop: AnEnum,
        model_prop: ModelWithUnionProperty,
        required_model_prop: ModelWithUnionProperty,
    ) -> Any:
        """Defaults

        Args:
            string_prop (str):  Default: 'the default string'.
            string_with_num (str):  Default: '1'.
            date_prop (datetime.date):  Default: datetime.date.fromisoformat('1010-10-10').
            float_prop (float):  Default: 3.14.
            float_with_int (float):  Default: 3.0.
            int_prop (int):  Default: 7.
            boolean_prop (bool):  Default: False.
            list_prop (list[AnEnum]):
            union_prop (float | str):  Default: 'not a float'.
            union_prop_with_ref (AnEnum | float | Unset):  Default: 0.6.
            enum_prop (AnEnum): For testing Enums in all the ways they can be used
            model_prop (ModelWithUnionProperty):
            required_model_prop (ModelWithUnionProperty):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _defaults_tests_defaults_post.sync(
            client=self._client,
            string_prop=string_prop,
            string_with_num=string_with_num,
            date_prop=date_prop,
            float_prop=float_prop,
            float_with_int=float_with_int,
            int_prop=int_prop,
            boolean_prop=boolean_prop,
            list_prop=list_prop,
            union_prop=union_prop,
            union_prop_with_ref=union_prop_with_ref,
            enum_prop=enum_prop,
            model_prop=model_prop,
            required_model_prop=required_model_prop,
        )


class AsyncDefaultsResource:
    """The defaults operations, awaitable: `async_client.defaults.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncDefaultsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncDefaultsResourceWithRawResponse(self._client)

    async def defaults_tests_defaults_post(
        self,
        *,
        string_prop: str = "the default string",
        string_with_num: str = "1",
        date_prop: datetime.date = datetime.date.fromisoformat("1010-10-10"),
        float_prop: float = 3.14,
        float_with_int: float = 3.0,
        int_prop: int = 7,
        boolean_prop: bool = False,
        list_prop: list[AnEnum],
        union_prop: float | str = "not a float",
        union_prop_with_ref: AnEnum | float | Unset = 0.6,
        enum_prop: AnEnum,
        model_prop: ModelWithUnionProperty,
        required_model_prop: ModelWithUnionProperty,
    ) -> Any:
        """Defaults

        Args:
            string_prop (str):  Default: 'the default string'.
            string_with_num (str):  Default: '1'.
            date_prop (datetime.date):  Default: datetime.date.fromisoformat('1010-10-10').
            float_prop (float):  Default: 3.14.
            float_with_int (float):  Default: 3.0.
            int_prop (int):  Default: 7.
            boolean_prop (bool):  Default: False.
            list_prop (list[AnEnum]):
            union_prop (float | str):  Default: 'not a float'.
            union_prop_with_ref (AnEnum | float | Unset):  Default: 0.6.
            enum_prop (AnEnum): For testing Enums in all the ways they can be used
            model_prop (ModelWithUnionProperty):
            required_model_prop (ModelWithUnionProperty):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _defaults_tests_defaults_post.asyncio(
            client=self._client,
            string_prop=string_prop,
            string_with_num=string_with_num,
            date_prop=date_prop,
            float_prop=float_prop,
            float_with_int=float_with_int,
            int_prop=int_prop,
            boolean_prop=boolean_prop,
            list_prop=list_prop,
            union_prop=union_prop,
            union_prop_with_ref=union_prop_with_ref,
            enum_prop=enum_prop,
            model_prop=model_prop,
            required_model_prop=required_model_prop,
        )


class DefaultsResourceWithRawResponse:
    """The defaults operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.defaults.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def defaults_tests_defaults_post(
        self,
        *,
        string_prop: str = "the default string",
        string_with_num: str = "1",
        date_prop: datetime.date = datetime.date.fromisoformat("1010-10-10"),
        float_prop: float = 3.14,
        float_with_int: float = 3.0,
        int_prop: int = 7,
        boolean_prop: bool = False,
        list_prop: list[AnEnum],
        union_prop: float | str = "not a float",
        union_prop_with_ref: AnEnum | float | Unset = 0.6,
        enum_prop: AnEnum,
        model_prop: ModelWithUnionProperty,
        required_model_prop: ModelWithUnionProperty,
    ) -> Response[Any | HTTPValidationError]:
        """Defaults

        Args:
            string_prop (str):  Default: 'the default string'.
            string_with_num (str):  Default: '1'.
            date_prop (datetime.date):  Default: datetime.date.fromisoformat('1010-10-10').
            float_prop (float):  Default: 3.14.
            float_with_int (float):  Default: 3.0.
            int_prop (int):  Default: 7.
            boolean_prop (bool):  Default: False.
            list_prop (list[AnEnum]):
            union_prop (float | str):  Default: 'not a float'.
            union_prop_with_ref (AnEnum | float | Unset):  Default: 0.6.
            enum_prop (AnEnum): For testing Enums in all the ways they can be used
            model_prop (ModelWithUnionProperty):
            required_model_prop (ModelWithUnionProperty):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any | HTTPValidationError]
        """

        return _defaults_tests_defaults_post.sync_detailed(
            client=self._client,
            string_prop=string_prop,
            string_with_num=string_with_num,
            date_prop=date_prop,
            float_prop=float_prop,
            float_with_int=float_with_int,
            int_prop=int_prop,
            boolean_prop=boolean_prop,
            list_prop=list_prop,
            union_prop=union_prop,
            union_prop_with_ref=union_prop_with_ref,
            enum_prop=enum_prop,
            model_prop=model_prop,
            required_model_prop=required_model_prop,
        )


class AsyncDefaultsResourceWithRawResponse:
    """The defaults operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.defaults.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def defaults_tests_defaults_post(
        self,
        *,
        string_prop: str = "the default string",
        string_with_num: str = "1",
        date_prop: datetime.date = datetime.date.fromisoformat("1010-10-10"),
        float_prop: float = 3.14,
        float_with_int: float = 3.0,
        int_prop: int = 7,
        boolean_prop: bool = False,
        list_prop: list[AnEnum],
        union_prop: float | str = "not a float",
        union_prop_with_ref: AnEnum | float | Unset = 0.6,
        enum_prop: AnEnum,
        model_prop: ModelWithUnionProperty,
        required_model_prop: ModelWithUnionProperty,
    ) -> Response[Any | HTTPValidationError]:
        """Defaults

        Args:
            string_prop (str):  Default: 'the default string'.
            string_with_num (str):  Default: '1'.
            date_prop (datetime.date):  Default: datetime.date.fromisoformat('1010-10-10').
            float_prop (float):  Default: 3.14.
            float_with_int (float):  Default: 3.0.
            int_prop (int):  Default: 7.
            boolean_prop (bool):  Default: False.
            list_prop (list[AnEnum]):
            union_prop (float | str):  Default: 'not a float'.
            union_prop_with_ref (AnEnum | float | Unset):  Default: 0.6.
            enum_prop (AnEnum): For testing Enums in all the ways they can be used
            model_prop (ModelWithUnionProperty):
            required_model_prop (ModelWithUnionProperty):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any | HTTPValidationError]
        """

        return await _defaults_tests_defaults_post.asyncio_detailed(
            client=self._client,
            string_prop=string_prop,
            string_with_num=string_with_num,
            date_prop=date_prop,
            float_prop=float_prop,
            float_with_int=float_with_int,
            int_prop=int_prop,
            boolean_prop=boolean_prop,
            list_prop=list_prop,
            union_prop=union_prop,
            union_prop_with_ref=union_prop_with_ref,
            enum_prop=enum_prop,
            model_prop=model_prop,
            required_model_prop=required_model_prop,
        )
