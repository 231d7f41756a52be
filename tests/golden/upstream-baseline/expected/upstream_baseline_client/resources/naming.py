"""`client.naming` and `async_client.naming`: the naming operations as methods."""

from typing import Any

from ..api.naming import (
    hyphen_in_path as _hyphen_in_path,
)
from ..api.naming import (
    mixed_case as _mixed_case,
)
from ..api.naming import (
    post_naming_property_conflict_with_import as _post_naming_property_conflict_with_import,
)
from ..client import Client
from ..models.mixed_case_response_200 import MixedCaseResponse200
from ..models.post_naming_property_conflict_with_import_body import PostNamingPropertyConflictWithImportBody
from ..models.post_naming_property_conflict_with_import_response_200 import (
    PostNamingPropertyConflictWithImportResponse200,
)
from ..types import UNSET, Response, Unset


class NamingResource:
    """The naming operations: `client.naming.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "NamingResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return NamingResourceWithRawResponse(self._client)

    def post_naming_property_conflict_with_import(
        self,
        *,
        body: PostNamingPropertyConflictWithImportBody | Unset = UNSET,
    ) -> PostNamingPropertyConflictWithImportResponse200:
        """
        Args:
            body (PostNamingPropertyConflictWithImportBody | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            PostNamingPropertyConflictWithImportResponse200
        """

        return _post_naming_property_conflict_with_import.sync(
            client=self._client,
            body=body,
        )

    def mixed_case(
        self,
        *,
        mixed_case: str,
        mixedCase: str,
    ) -> MixedCaseResponse200:
        """
        Args:
            mixed_case (str):
            mixedCase (str):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            MixedCaseResponse200
        """

        return _mixed_case.sync(
            client=self._client,
            mixed_case=mixed_case,
            mixedCase=mixedCase,
        )

    def hyphen_in_path(
        self,
        hyphen_in_path: str,
    ) -> Any:
        """
        Args:
            hyphen_in_path (str):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _hyphen_in_path.sync(
            client=self._client,
            hyphen_in_path=hyphen_in_path,
        )


class AsyncNamingResource:
    """The naming operations, awaitable: `async_client.naming.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncNamingResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncNamingResourceWithRawResponse(self._client)

    async def post_naming_property_conflict_with_import(
        self,
        *,
        body: PostNamingPropertyConflictWithImportBody | Unset = UNSET,
    ) -> PostNamingPropertyConflictWithImportResponse200:
        """
        Args:
            body (PostNamingPropertyConflictWithImportBody | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            PostNamingPropertyConflictWithImportResponse200
        """

        return await _post_naming_property_conflict_with_import.asyncio(
            client=self._client,
            body=body,
        )

    async def mixed_case(
        self,
        *,
        mixed_case: str,
        mixedCase: str,
    ) -> MixedCaseResponse200:
        """
        Args:
            mixed_case (str):
            mixedCase (str):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            MixedCaseResponse200
        """

        return await _mixed_case.asyncio(
            client=self._client,
            mixed_case=mixed_case,
            mixedCase=mixedCase,
        )

    async def hyphen_in_path(
        self,
        hyphen_in_path: str,
    ) -> Any:
        """
        Args:
            hyphen_in_path (str):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _hyphen_in_path.asyncio(
            client=self._client,
            hyphen_in_path=hyphen_in_path,
        )


class NamingResourceWithRawResponse:
    """The naming operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.naming.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def post_naming_property_conflict_with_import(
        self,
        *,
        body: PostNamingPropertyConflictWithImportBody | Unset = UNSET,
    ) -> Response[PostNamingPropertyConflictWithImportResponse200]:
        """
        Args:
            body (PostNamingPropertyConflictWithImportBody | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[PostNamingPropertyConflictWithImportResponse200]
        """

        return _post_naming_property_conflict_with_import.sync_detailed(
            client=self._client,
            body=body,
        )

    def mixed_case(
        self,
        *,
        mixed_case: str,
        mixedCase: str,
    ) -> Response[MixedCaseResponse200]:
        """
        Args:
            mixed_case (str):
            mixedCase (str):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[MixedCaseResponse200]
        """

        return _mixed_case.sync_detailed(
            client=self._client,
            mixed_case=mixed_case,
            mixedCase=mixedCase,
        )

    def hyphen_in_path(
        self,
        hyphen_in_path: str,
    ) -> Response[Any]:
        """
        Args:
            hyphen_in_path (str):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return _hyphen_in_path.sync_detailed(
            client=self._client,
            hyphen_in_path=hyphen_in_path,
        )


class AsyncNamingResourceWithRawResponse:
    """The naming operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.naming.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def post_naming_property_conflict_with_import(
        self,
        *,
        body: PostNamingPropertyConflictWithImportBody | Unset = UNSET,
    ) -> Response[PostNamingPropertyConflictWithImportResponse200]:
        """
        Args:
            body (PostNamingPropertyConflictWithImportBody | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[PostNamingPropertyConflictWithImportResponse200]
        """

        return await _post_naming_property_conflict_with_import.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def mixed_case(
        self,
        *,
        mixed_case: str,
        mixedCase: str,
    ) -> Response[MixedCaseResponse200]:
        """
        Args:
            mixed_case (str):
            mixedCase (str):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[MixedCaseResponse200]
        """

        return await _mixed_case.asyncio_detailed(
            client=self._client,
            mixed_case=mixed_case,
            mixedCase=mixedCase,
        )

    async def hyphen_in_path(
        self,
        hyphen_in_path: str,
    ) -> Response[Any]:
        """
        Args:
            hyphen_in_path (str):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return await _hyphen_in_path.asyncio_detailed(
            client=self._client,
            hyphen_in_path=hyphen_in_path,
        )
