"""`client.default` and `async_client.default`: the default operations as methods."""

from typing import Any

from ..api.default import (
    get_common_parameters as _get_common_parameters,
)
from ..api.default import (
    get_models_allof as _get_models_allof,
)
from ..api.default import (
    get_models_oneof_with_required_const as _get_models_oneof_with_required_const,
)
from ..api.default import (
    post_common_parameters as _post_common_parameters,
)
from ..api.default import (
    post_types_unions_duplicate_types as _post_types_unions_duplicate_types,
)
from ..api.default import (
    reserved_parameters as _reserved_parameters,
)
from ..client import Client
from ..models.a_model import AModel
from ..models.get_models_allof_response_200 import GetModelsAllofResponse200
from ..models.get_models_oneof_with_required_const_response_200_type_0 import (
    GetModelsOneofWithRequiredConstResponse200Type0,
)
from ..models.get_models_oneof_with_required_const_response_200_type_1 import (
    GetModelsOneofWithRequiredConstResponse200Type1,
)
from ..types import UNSET, Response, Unset


class DefaultResource:
    """The default operations: `client.default.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "DefaultResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return DefaultResourceWithRawResponse(self._client)

    def get_common_parameters(
        self,
        *,
        common: str | Unset = UNSET,
    ) -> Any:
        """
        Args:
            common (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _get_common_parameters.sync(
            client=self._client,
            common=common,
        )

    def post_common_parameters(
        self,
        *,
        common: str | Unset = UNSET,
    ) -> Any:
        """
        Args:
            common (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _post_common_parameters.sync(
            client=self._client,
            common=common,
        )

    def reserved_parameters(
        self,
        *,
        client_query: str,
        url_query: str,
    ) -> Any:
        """
        Args:
            client_query (str):
            url_query (str):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _reserved_parameters.sync(
            client=self._client,
            client_query=client_query,
            url_query=url_query,
        )

    def get_models_allof(
        self,
    ) -> GetModelsAllofResponse200:
        """
        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            GetModelsAllofResponse200
        """

        return _get_models_allof.sync(
            client=self._client,
        )

    def get_models_oneof_with_required_const(
        self,
    ) -> GetModelsOneofWithRequiredConstResponse200Type0 | GetModelsOneofWithRequiredConstResponse200Type1:
        """
        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            GetModelsOneofWithRequiredConstResponse200Type0 | GetModelsOneofWithRequiredConstResponse200Type1
        """

        return _get_models_oneof_with_required_const.sync(
            client=self._client,
        )

    def post_types_unions_duplicate_types(
        self,
        *,
        body: AModel | Unset = UNSET,
    ) -> AModel:
        """
        Args:
            body (AModel | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AModel
        """

        return _post_types_unions_duplicate_types.sync(
            client=self._client,
            body=body,
        )


class AsyncDefaultResource:
    """The default operations, awaitable: `async_client.default.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncDefaultResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncDefaultResourceWithRawResponse(self._client)

    async def get_common_parameters(
        self,
        *,
        common: str | Unset = UNSET,
    ) -> Any:
        """
        Args:
            common (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _get_common_parameters.asyncio(
            client=self._client,
            common=common,
        )

    async def post_common_parameters(
        self,
        *,
        common: str | Unset = UNSET,
    ) -> Any:
        """
        Args:
            common (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _post_common_parameters.asyncio(
            client=self._client,
            common=common,
        )

    async def reserved_parameters(
        self,
        *,
        client_query: str,
        url_query: str,
    ) -> Any:
        """
        Args:
            client_query (str):
            url_query (str):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _reserved_parameters.asyncio(
            client=self._client,
            client_query=client_query,
            url_query=url_query,
        )

    async def get_models_allof(
        self,
    ) -> GetModelsAllofResponse200:
        """
        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            GetModelsAllofResponse200
        """

        return await _get_models_allof.asyncio(
            client=self._client,
        )

    async def get_models_oneof_with_required_const(
        self,
    ) -> GetModelsOneofWithRequiredConstResponse200Type0 | GetModelsOneofWithRequiredConstResponse200Type1:
        """
        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            GetModelsOneofWithRequiredConstResponse200Type0 | GetModelsOneofWithRequiredConstResponse200Type1
        """

        return await _get_models_oneof_with_required_const.asyncio(
            client=self._client,
        )

    async def post_types_unions_duplicate_types(
        self,
        *,
        body: AModel | Unset = UNSET,
    ) -> AModel:
        """
        Args:
            body (AModel | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AModel
        """

        return await _post_types_unions_duplicate_types.asyncio(
            client=self._client,
            body=body,
        )


class DefaultResourceWithRawResponse:
    """The default operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.default.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_common_parameters(
        self,
        *,
        common: str | Unset = UNSET,
    ) -> Response[Any]:
        """
        Args:
            common (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return _get_common_parameters.sync_detailed(
            client=self._client,
            common=common,
        )

    def post_common_parameters(
        self,
        *,
        common: str | Unset = UNSET,
    ) -> Response[Any]:
        """
        Args:
            common (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return _post_common_parameters.sync_detailed(
            client=self._client,
            common=common,
        )

    def reserved_parameters(
        self,
        *,
        client_query: str,
        url_query: str,
    ) -> Response[Any]:
        """
        Args:
            client_query (str):
            url_query (str):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return _reserved_parameters.sync_detailed(
            client=self._client,
            client_query=client_query,
            url_query=url_query,
        )

    def get_models_allof(
        self,
    ) -> Response[GetModelsAllofResponse200]:
        """
        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[GetModelsAllofResponse200]
        """

        return _get_models_allof.sync_detailed(
            client=self._client,
        )

    def get_models_oneof_with_required_const(
        self,
    ) -> Response[GetModelsOneofWithRequiredConstResponse200Type0 | GetModelsOneofWithRequiredConstResponse200Type1]:
        """
        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[GetModelsOneofWithRequiredConstResponse200Type0 | GetModelsOneofWithRequiredConstResponse200Type1]
        """

        return _get_models_oneof_with_required_const.sync_detailed(
            client=self._client,
        )

    def post_types_unions_duplicate_types(
        self,
        *,
        body: AModel | Unset = UNSET,
    ) -> Response[AModel]:
        """
        Args:
            body (AModel | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AModel]
        """

        return _post_types_unions_duplicate_types.sync_detailed(
            client=self._client,
            body=body,
        )


class AsyncDefaultResourceWithRawResponse:
    """The default operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.default.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_common_parameters(
        self,
        *,
        common: str | Unset = UNSET,
    ) -> Response[Any]:
        """
        Args:
            common (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return await _get_common_parameters.asyncio_detailed(
            client=self._client,
            common=common,
        )

    async def post_common_parameters(
        self,
        *,
        common: str | Unset = UNSET,
    ) -> Response[Any]:
        """
        Args:
            common (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return await _post_common_parameters.asyncio_detailed(
            client=self._client,
            common=common,
        )

    async def reserved_parameters(
        self,
        *,
        client_query: str,
        url_query: str,
    ) -> Response[Any]:
        """
        Args:
            client_query (str):
            url_query (str):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return await _reserved_parameters.asyncio_detailed(
            client=self._client,
            client_query=client_query,
            url_query=url_query,
        )

    async def get_models_allof(
        self,
    ) -> Response[GetModelsAllofResponse200]:
        """
        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[GetModelsAllofResponse200]
        """

        return await _get_models_allof.asyncio_detailed(
            client=self._client,
        )

    async def get_models_oneof_with_required_const(
        self,
    ) -> Response[GetModelsOneofWithRequiredConstResponse200Type0 | GetModelsOneofWithRequiredConstResponse200Type1]:
        """
        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[GetModelsOneofWithRequiredConstResponse200Type0 | GetModelsOneofWithRequiredConstResponse200Type1]
        """

        return await _get_models_oneof_with_required_const.asyncio_detailed(
            client=self._client,
        )

    async def post_types_unions_duplicate_types(
        self,
        *,
        body: AModel | Unset = UNSET,
    ) -> Response[AModel]:
        """
        Args:
            body (AModel | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AModel]
        """

        return await _post_types_unions_duplicate_types.asyncio_detailed(
            client=self._client,
            body=body,
        )
