"""`client.config` and `async_client.config`: the config operations as methods."""

from ..api.config import (
    content_type_override as _content_type_override,
)
from ..client import Client
from ..types import UNSET, Response, Unset


class ConfigResource:
    """The config operations: `client.config.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "ConfigResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return ConfigResourceWithRawResponse(self._client)

    def content_type_override(
        self,
        *,
        body: str | Unset = UNSET,
    ) -> str:
        """Content Type Override

        Args:
            body (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            str
        """

        return _content_type_override.sync(
            client=self._client,
            body=body,
        )


class AsyncConfigResource:
    """The config operations, awaitable: `async_client.config.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncConfigResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncConfigResourceWithRawResponse(self._client)

    async def content_type_override(
        self,
        *,
        body: str | Unset = UNSET,
    ) -> str:
        """Content Type Override

        Args:
            body (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            str
        """

        return await _content_type_override.asyncio(
            client=self._client,
            body=body,
        )


class ConfigResourceWithRawResponse:
    """The config operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.config.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def content_type_override(
        self,
        *,
        body: str | Unset = UNSET,
    ) -> Response[str | str]:
        """Content Type Override

        Args:
            body (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[str | str]
        """

        return _content_type_override.sync_detailed(
            client=self._client,
            body=body,
        )


class AsyncConfigResourceWithRawResponse:
    """The config operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.config.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def content_type_override(
        self,
        *,
        body: str | Unset = UNSET,
    ) -> Response[str | str]:
        """Content Type Override

        Args:
            body (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[str | str]
        """

        return await _content_type_override.asyncio_detailed(
            client=self._client,
            body=body,
        )
