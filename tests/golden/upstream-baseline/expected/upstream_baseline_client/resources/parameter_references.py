"""`client.parameter_references` and `async_client.parameter_references`: the parameter_references operations as methods."""

from typing import Any

from ..api.parameter_references import (
    get_parameter_references_path_param as _get_parameter_references_path_param,
)
from ..client import Client
from ..types import UNSET, Response, Unset


class ParameterReferencesResource:
    """The parameter_references operations: `client.parameter_references.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "ParameterReferencesResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return ParameterReferencesResourceWithRawResponse(self._client)

    def get_parameter_references_path_param(
        self,
        path_param: str,
        *,
        string_param: str | Unset = UNSET,
        integer_param: int | Unset = 0,
        header_param: None | str | Unset = UNSET,
        cookie_param: str | Unset = UNSET,
    ) -> Any:
        """Test different types of parameter references

        Args:
            path_param (str):
            string_param (str | Unset):
            integer_param (int | Unset):  Default: 0.
            header_param (None | str | Unset):
            cookie_param (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _get_parameter_references_path_param.sync(
            client=self._client,
            path_param=path_param,
            string_param=string_param,
            integer_param=integer_param,
            header_param=header_param,
            cookie_param=cookie_param,
        )


class AsyncParameterReferencesResource:
    """The parameter_references operations, awaitable: `async_client.parameter_references.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncParameterReferencesResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncParameterReferencesResourceWithRawResponse(self._client)

    async def get_parameter_references_path_param(
        self,
        path_param: str,
        *,
        string_param: str | Unset = UNSET,
        integer_param: int | Unset = 0,
        header_param: None | str | Unset = UNSET,
        cookie_param: str | Unset = UNSET,
    ) -> Any:
        """Test different types of parameter references

        Args:
            path_param (str):
            string_param (str | Unset):
            integer_param (int | Unset):  Default: 0.
            header_param (None | str | Unset):
            cookie_param (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _get_parameter_references_path_param.asyncio(
            client=self._client,
            path_param=path_param,
            string_param=string_param,
            integer_param=integer_param,
            header_param=header_param,
            cookie_param=cookie_param,
        )


class ParameterReferencesResourceWithRawResponse:
    """The parameter_references operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.parameter_references.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_parameter_references_path_param(
        self,
        path_param: str,
        *,
        string_param: str | Unset = UNSET,
        integer_param: int | Unset = 0,
        header_param: None | str | Unset = UNSET,
        cookie_param: str | Unset = UNSET,
    ) -> Response[Any]:
        """Test different types of parameter references

        Args:
            path_param (str):
            string_param (str | Unset):
            integer_param (int | Unset):  Default: 0.
            header_param (None | str | Unset):
            cookie_param (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return _get_parameter_references_path_param.sync_detailed(
            client=self._client,
            path_param=path_param,
            string_param=string_param,
            integer_param=integer_param,
            header_param=header_param,
            cookie_param=cookie_param,
        )


class AsyncParameterReferencesResourceWithRawResponse:
    """The parameter_references operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.parameter_references.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_parameter_references_path_param(
        self,
        path_param: str,
        *,
        string_param: str | Unset = UNSET,
        integer_param: int | Unset = 0,
        header_param: None | str | Unset = UNSET,
        cookie_param: str | Unset = UNSET,
    ) -> Response[Any]:
        """Test different types of parameter references

        Args:
            path_param (str):
            string_param (str | Unset):
            integer_param (int | Unset):  Default: 0.
            header_param (None | str | Unset):
            cookie_param (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return await _get_parameter_references_path_param.asyncio_detailed(
            client=self._client,
            path_param=path_param,
            string_param=string_param,
            integer_param=integer_param,
            header_param=header_param,
            cookie_param=cookie_param,
        )
