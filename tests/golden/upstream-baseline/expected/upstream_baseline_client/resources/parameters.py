"""`client.parameters` and `async_client.parameters`: the parameters operations as methods."""

from typing import Any

from ..api.parameters import (
    delete_common_parameters_overriding_param as _delete_common_parameters_overriding_param,
)
from ..api.parameters import (
    get_common_parameters_overriding_param as _get_common_parameters_overriding_param,
)
from ..api.parameters import (
    get_same_name_multiple_locations_param as _get_same_name_multiple_locations_param,
)
from ..api.parameters import (
    multiple_path_parameters as _multiple_path_parameters,
)
from ..client import Client
from ..types import UNSET, Response, Unset


class ParametersResource:
    """The parameters operations: `client.parameters.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "ParametersResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return ParametersResourceWithRawResponse(self._client)

    def get_common_parameters_overriding_param(
        self,
        param_path: str,
        *,
        param_query: str = "overridden_in_GET",
    ) -> Any:
        """Test that if you have an overriding property from `PathItem` in `Operation`, it produces valid code

        Args:
            param_path (str):
            param_query (str): A parameter with the same name as another. Default:
                'overridden_in_GET'. Example: an example string.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _get_common_parameters_overriding_param.sync(
            client=self._client,
            param_path=param_path,
            param_query=param_query,
        )

    def delete_common_parameters_overriding_param(
        self,
        param_path: str,
        *,
        param_query: str | Unset = UNSET,
    ) -> Any:
        """
        Args:
            param_path (str):
            param_query (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _delete_common_parameters_overriding_param.sync(
            client=self._client,
            param_path=param_path,
            param_query=param_query,
        )

    def get_same_name_multiple_locations_param(
        self,
        param_path: str,
        *,
        param_query: str | Unset = UNSET,
        param_header: str | Unset = UNSET,
        param_cookie: str | Unset = UNSET,
    ) -> Any:
        """
        Args:
            param_path (str):
            param_query (str | Unset):
            param_header (str | Unset):
            param_cookie (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _get_same_name_multiple_locations_param.sync(
            client=self._client,
            param_path=param_path,
            param_query=param_query,
            param_header=param_header,
            param_cookie=param_cookie,
        )

    def multiple_path_parameters(
        self,
        param4: str,
        param2: int,
        param1: str,
        param3: int,
    ) -> Any:
        """
        Args:
            param4 (str):
            param2 (int):
            param1 (str):
            param3 (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _multiple_path_parameters.sync(
            client=self._client,
            param4=param4,
            param2=param2,
            param1=param1,
            param3=param3,
        )


class AsyncParametersResource:
    """The parameters operations, awaitable: `async_client.parameters.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncParametersResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncParametersResourceWithRawResponse(self._client)

    async def get_common_parameters_overriding_param(
        self,
        param_path: str,
        *,
        param_query: str = "overridden_in_GET",
    ) -> Any:
        """Test that if you have an overriding property from `PathItem` in `Operation`, it produces valid code

        Args:
            param_path (str):
            param_query (str): A parameter with the same name as another. Default:
                'overridden_in_GET'. Example: an example string.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _get_common_parameters_overriding_param.asyncio(
            client=self._client,
            param_path=param_path,
            param_query=param_query,
        )

    async def delete_common_parameters_overriding_param(
        self,
        param_path: str,
        *,
        param_query: str | Unset = UNSET,
    ) -> Any:
        """
        Args:
            param_path (str):
            param_query (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _delete_common_parameters_overriding_param.asyncio(
            client=self._client,
            param_path=param_path,
            param_query=param_query,
        )

    async def get_same_name_multiple_locations_param(
        self,
        param_path: str,
        *,
        param_query: str | Unset = UNSET,
        param_header: str | Unset = UNSET,
        param_cookie: str | Unset = UNSET,
    ) -> Any:
        """
        Args:
            param_path (str):
            param_query (str | Unset):
            param_header (str | Unset):
            param_cookie (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _get_same_name_multiple_locations_param.asyncio(
            client=self._client,
            param_path=param_path,
            param_query=param_query,
            param_header=param_header,
            param_cookie=param_cookie,
        )

    async def multiple_path_parameters(
        self,
        param4: str,
        param2: int,
        param1: str,
        param3: int,
    ) -> Any:
        """
        Args:
            param4 (str):
            param2 (int):
            param1 (str):
            param3 (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _multiple_path_parameters.asyncio(
            client=self._client,
            param4=param4,
            param2=param2,
            param1=param1,
            param3=param3,
        )


class ParametersResourceWithRawResponse:
    """The parameters operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.parameters.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_common_parameters_overriding_param(
        self,
        param_path: str,
        *,
        param_query: str = "overridden_in_GET",
    ) -> Response[Any]:
        """Test that if you have an overriding property from `PathItem` in `Operation`, it produces valid code

        Args:
            param_path (str):
            param_query (str): A parameter with the same name as another. Default:
                'overridden_in_GET'. Example: an example string.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return _get_common_parameters_overriding_param.sync_detailed(
            client=self._client,
            param_path=param_path,
            param_query=param_query,
        )

    def delete_common_parameters_overriding_param(
        self,
        param_path: str,
        *,
        param_query: str | Unset = UNSET,
    ) -> Response[Any]:
        """
        Args:
            param_path (str):
            param_query (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return _delete_common_parameters_overriding_param.sync_detailed(
            client=self._client,
            param_path=param_path,
            param_query=param_query,
        )

    def get_same_name_multiple_locations_param(
        self,
        param_path: str,
        *,
        param_query: str | Unset = UNSET,
        param_header: str | Unset = UNSET,
        param_cookie: str | Unset = UNSET,
    ) -> Response[Any]:
        """
        Args:
            param_path (str):
            param_query (str | Unset):
            param_header (str | Unset):
            param_cookie (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return _get_same_name_multiple_locations_param.sync_detailed(
            client=self._client,
            param_path=param_path,
            param_query=param_query,
            param_header=param_header,
            param_cookie=param_cookie,
        )

    def multiple_path_parameters(
        self,
        param4: str,
        param2: int,
        param1: str,
        param3: int,
    ) -> Response[Any]:
        """
        Args:
            param4 (str):
            param2 (int):
            param1 (str):
            param3 (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return _multiple_path_parameters.sync_detailed(
            client=self._client,
            param4=param4,
            param2=param2,
            param1=param1,
            param3=param3,
        )


class AsyncParametersResourceWithRawResponse:
    """The parameters operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.parameters.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_common_parameters_overriding_param(
        self,
        param_path: str,
        *,
        param_query: str = "overridden_in_GET",
    ) -> Response[Any]:
        """Test that if you have an overriding property from `PathItem` in `Operation`, it produces valid code

        Args:
            param_path (str):
            param_query (str): A parameter with the same name as another. Default:
                'overridden_in_GET'. Example: an example string.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return await _get_common_parameters_overriding_param.asyncio_detailed(
            client=self._client,
            param_path=param_path,
            param_query=param_query,
        )

    async def delete_common_parameters_overriding_param(
        self,
        param_path: str,
        *,
        param_query: str | Unset = UNSET,
    ) -> Response[Any]:
        """
        Args:
            param_path (str):
            param_query (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return await _delete_common_parameters_overriding_param.asyncio_detailed(
            client=self._client,
            param_path=param_path,
            param_query=param_query,
        )

    async def get_same_name_multiple_locations_param(
        self,
        param_path: str,
        *,
        param_query: str | Unset = UNSET,
        param_header: str | Unset = UNSET,
        param_cookie: str | Unset = UNSET,
    ) -> Response[Any]:
        """
        Args:
            param_path (str):
            param_query (str | Unset):
            param_header (str | Unset):
            param_cookie (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return await _get_same_name_multiple_locations_param.asyncio_detailed(
            client=self._client,
            param_path=param_path,
            param_query=param_query,
            param_header=param_header,
            param_cookie=param_cookie,
        )

    async def multiple_path_parameters(
        self,
        param4: str,
        param2: int,
        param1: str,
        param3: int,
    ) -> Response[Any]:
        """
        Args:
            param4 (str):
            param2 (int):
            param1 (str):
            param3 (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return await _multiple_path_parameters.asyncio_detailed(
            client=self._client,
            param4=param4,
            param2=param2,
            param1=param1,
            param3=param3,
        )
