"""`client.bodies` and `async_client.bodies`: the bodies operations as methods."""

from typing import Any

from ..api.bodies import (
    json_like as _json_like,
)
from ..api.bodies import (
    optional_body as _optional_body,
)
from ..api.bodies import (
    post_bodies_multiple as _post_bodies_multiple,
)
from ..api.bodies import (
    refs as _refs,
)
from ..client import Client
from ..models.a_model import AModel
from ..models.json_like_body import JsonLikeBody
from ..models.optional_body_body import OptionalBodyBody
from ..models.post_bodies_multiple_data_body import PostBodiesMultipleDataBody
from ..models.post_bodies_multiple_files_body import PostBodiesMultipleFilesBody
from ..models.post_bodies_multiple_json_body import PostBodiesMultipleJsonBody
from ..types import UNSET, File, Response, Unset


class BodiesResource:
    """The bodies operations: `client.bodies.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "BodiesResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return BodiesResourceWithRawResponse(self._client)

    def post_bodies_multiple(
        self,
        *,
        body: PostBodiesMultipleJsonBody
        | File
        | PostBodiesMultipleDataBody
        | PostBodiesMultipleFilesBody
        | Unset = UNSET,
    ) -> Any:
        """Test multiple bodies

        Args:
            body (PostBodiesMultipleJsonBody | Unset):
            body (File | Unset):
            body (PostBodiesMultipleDataBody | Unset):
            body (PostBodiesMultipleFilesBody | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _post_bodies_multiple.sync(
            client=self._client,
            body=body,
        )

    def json_like(
        self,
        *,
        body: JsonLikeBody | Unset = UNSET,
    ) -> Any:
        """A content type that works like json but isn't application/json

        Args:
            body (JsonLikeBody | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _json_like.sync(
            client=self._client,
            body=body,
        )

    def refs(
        self,
        *,
        body: AModel | Unset = UNSET,
    ) -> Any:
        """Test request body defined via ref

        Args:
            body (AModel | Unset): A Model for testing all the ways custom objects can be used

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _refs.sync(
            client=self._client,
            body=body,
        )

    def optional_body(
        self,
        *,
        body: OptionalBodyBody | Unset = UNSET,
    ) -> Any:
        """Test optional request body

        Args:
            body (OptionalBodyBody | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _optional_body.sync(
            client=self._client,
            body=body,
        )


class AsyncBodiesResource:
    """The bodies operations, awaitable: `async_client.bodies.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncBodiesResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncBodiesResourceWithRawResponse(self._client)

    async def post_bodies_multiple(
        self,
        *,
        body: PostBodiesMultipleJsonBody
        | File
        | PostBodiesMultipleDataBody
        | PostBodiesMultipleFilesBody
        | Unset = UNSET,
    ) -> Any:
        """Test multiple bodies

        Args:
            body (PostBodiesMultipleJsonBody | Unset):
            body (File | Unset):
            body (PostBodiesMultipleDataBody | Unset):
            body (PostBodiesMultipleFilesBody | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _post_bodies_multiple.asyncio(
            client=self._client,
            body=body,
        )

    async def json_like(
        self,
        *,
        body: JsonLikeBody | Unset = UNSET,
    ) -> Any:
        """A content type that works like json but isn't application/json

        Args:
            body (JsonLikeBody | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _json_like.asyncio(
            client=self._client,
            body=body,
        )

    async def refs(
        self,
        *,
        body: AModel | Unset = UNSET,
    ) -> Any:
        """Test request body defined via ref

        Args:
            body (AModel | Unset): A Model for testing all the ways custom objects can be used

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _refs.asyncio(
            client=self._client,
            body=body,
        )

    async def optional_body(
        self,
        *,
        body: OptionalBodyBody | Unset = UNSET,
    ) -> Any:
        """Test optional request body

        Args:
            body (OptionalBodyBody | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _optional_body.asyncio(
            client=self._client,
            body=body,
        )


class BodiesResourceWithRawResponse:
    """The bodies operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.bodies.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def post_bodies_multiple(
        self,
        *,
        body: PostBodiesMultipleJsonBody
        | File
        | PostBodiesMultipleDataBody
        | PostBodiesMultipleFilesBody
        | Unset = UNSET,
    ) -> Response[Any]:
        """Test multiple bodies

        Args:
            body (PostBodiesMultipleJsonBody | Unset):
            body (File | Unset):
            body (PostBodiesMultipleDataBody | Unset):
            body (PostBodiesMultipleFilesBody | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return _post_bodies_multiple.sync_detailed(
            client=self._client,
            body=body,
        )

    def json_like(
        self,
        *,
        body: JsonLikeBody | Unset = UNSET,
    ) -> Response[Any]:
        """A content type that works like json but isn't application/json

        Args:
            body (JsonLikeBody | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return _json_like.sync_detailed(
            client=self._client,
            body=body,
        )

    def refs(
        self,
        *,
        body: AModel | Unset = UNSET,
    ) -> Response[Any]:
        """Test request body defined via ref

        Args:
            body (AModel | Unset): A Model for testing all the ways custom objects can be used

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return _refs.sync_detailed(
            client=self._client,
            body=body,
        )

    def optional_body(
        self,
        *,
        body: OptionalBodyBody | Unset = UNSET,
    ) -> Response[Any]:
        """Test optional request body

        Args:
            body (OptionalBodyBody | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return _optional_body.sync_detailed(
            client=self._client,
            body=body,
        )


class AsyncBodiesResourceWithRawResponse:
    """The bodies operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.bodies.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def post_bodies_multiple(
        self,
        *,
        body: PostBodiesMultipleJsonBody
        | File
        | PostBodiesMultipleDataBody
        | PostBodiesMultipleFilesBody
        | Unset = UNSET,
    ) -> Response[Any]:
        """Test multiple bodies

        Args:
            body (PostBodiesMultipleJsonBody | Unset):
            body (File | Unset):
            body (PostBodiesMultipleDataBody | Unset):
            body (PostBodiesMultipleFilesBody | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return await _post_bodies_multiple.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def json_like(
        self,
        *,
        body: JsonLikeBody | Unset = UNSET,
    ) -> Response[Any]:
        """A content type that works like json but isn't application/json

        Args:
            body (JsonLikeBody | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return await _json_like.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def refs(
        self,
        *,
        body: AModel | Unset = UNSET,
    ) -> Response[Any]:
        """Test request body defined via ref

        Args:
            body (AModel | Unset): A Model for testing all the ways custom objects can be used

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return await _refs.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def optional_body(
        self,
        *,
        body: OptionalBodyBody | Unset = UNSET,
    ) -> Response[Any]:
        """Test optional request body

        Args:
            body (OptionalBodyBody | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return await _optional_body.asyncio_detailed(
            client=self._client,
            body=body,
        )
