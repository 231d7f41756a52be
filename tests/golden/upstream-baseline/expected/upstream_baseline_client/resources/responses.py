"""`client.responses` and `async_client.responses`: the responses operations as methods."""

from ..api.responses import (
    default_status_code as _default_status_code,
)
from ..api.responses import (
    post_responses_unions_simple_before_complex as _post_responses_unions_simple_before_complex,
)
from ..api.responses import (
    reference_response as _reference_response,
)
from ..api.responses import (
    status_code_patterns as _status_code_patterns,
)
from ..api.responses import (
    status_code_precedence as _status_code_precedence,
)
from ..api.responses import (
    text_response as _text_response,
)
from ..client import Client
from ..models.a_model import AModel
from ..models.post_responses_unions_simple_before_complex_response_200 import (
    PostResponsesUnionsSimpleBeforeComplexResponse200,
)
from ..models.status_code_patterns_response_2xx import StatusCodePatternsResponse2XX
from ..models.status_code_patterns_response_4xx import StatusCodePatternsResponse4XX
from ..types import Response


class ResponsesResource:
    """The responses operations: `client.responses.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "ResponsesResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return ResponsesResourceWithRawResponse(self._client)

    def post_responses_unions_simple_before_complex(
        self,
    ) -> PostResponsesUnionsSimpleBeforeComplexResponse200:
        """Regression test for #603

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            PostResponsesUnionsSimpleBeforeComplexResponse200
        """

        return _post_responses_unions_simple_before_complex.sync(
            client=self._client,
        )

    def text_response(
        self,
    ) -> str:
        """Text Response

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            str
        """

        return _text_response.sync(
            client=self._client,
        )

    def reference_response(
        self,
    ) -> AModel:
        """Endpoint using predefined response

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AModel
        """

        return _reference_response.sync(
            client=self._client,
        )

    def default_status_code(
        self,
    ) -> None:
        """Default Status Code Only

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            None
        """

        return _default_status_code.sync(
            client=self._client,
        )

    def status_code_patterns(
        self,
    ) -> StatusCodePatternsResponse2XX:
        """Status Code Patterns

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            StatusCodePatternsResponse2XX
        """

        return _status_code_patterns.sync(
            client=self._client,
        )

    def status_code_precedence(
        self,
    ) -> str:
        """Status Codes Precedence

         Verify that specific status codes are always checked first, then ranges, then default

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            str
        """

        return _status_code_precedence.sync(
            client=self._client,
        )


class AsyncResponsesResource:
    """The responses operations, awaitable: `async_client.responses.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncResponsesResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncResponsesResourceWithRawResponse(self._client)

    async def post_responses_unions_simple_before_complex(
        self,
    ) -> PostResponsesUnionsSimpleBeforeComplexResponse200:
        """Regression test for #603

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            PostResponsesUnionsSimpleBeforeComplexResponse200
        """

        return await _post_responses_unions_simple_before_complex.asyncio(
            client=self._client,
        )

    async def text_response(
        self,
    ) -> str:
        """Text Response

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            str
        """

        return await _text_response.asyncio(
            client=self._client,
        )

    async def reference_response(
        self,
    ) -> AModel:
        """Endpoint using predefined response

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AModel
        """

        return await _reference_response.asyncio(
            client=self._client,
        )

    async def default_status_code(
        self,
    ) -> None:
        """Default Status Code Only

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            None
        """

        return await _default_status_code.asyncio(
            client=self._client,
        )

    async def status_code_patterns(
        self,
    ) -> StatusCodePatternsResponse2XX:
        """Status Code Patterns

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            StatusCodePatternsResponse2XX
        """

        return await _status_code_patterns.asyncio(
            client=self._client,
        )

    async def status_code_precedence(
        self,
    ) -> str:
        """Status Codes Precedence

         Verify that specific status codes are always checked first, then ranges, then default

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            str
        """

        return await _status_code_precedence.asyncio(
            client=self._client,
        )


class ResponsesResourceWithRawResponse:
    """The responses operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.responses.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def post_responses_unions_simple_before_complex(
        self,
    ) -> Response[PostResponsesUnionsSimpleBeforeComplexResponse200]:
        """Regression test for #603

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[PostResponsesUnionsSimpleBeforeComplexResponse200]
        """

        return _post_responses_unions_simple_before_complex.sync_detailed(
            client=self._client,
        )

    def text_response(
        self,
    ) -> Response[str | str]:
        """Text Response

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[str | str]
        """

        return _text_response.sync_detailed(
            client=self._client,
        )

    def reference_response(
        self,
    ) -> Response[AModel]:
        """Endpoint using predefined response

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AModel]
        """

        return _reference_response.sync_detailed(
            client=self._client,
        )

    def default_status_code(
        self,
    ) -> Response[str]:
        """Default Status Code Only

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[str]
        """

        return _default_status_code.sync_detailed(
            client=self._client,
        )

    def status_code_patterns(
        self,
    ) -> Response[StatusCodePatternsResponse2XX | StatusCodePatternsResponse4XX]:
        """Status Code Patterns

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[StatusCodePatternsResponse2XX | StatusCodePatternsResponse4XX]
        """

        return _status_code_patterns.sync_detailed(
            client=self._client,
        )

    def status_code_precedence(
        self,
    ) -> Response[str | str]:
        """Status Codes Precedence

         Verify that specific status codes are always checked first, then ranges, then default

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[str | str]
        """

        return _status_code_precedence.sync_detailed(
            client=self._client,
        )


class AsyncResponsesResourceWithRawResponse:
    """The responses operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.responses.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def post_responses_unions_simple_before_complex(
        self,
    ) -> Response[PostResponsesUnionsSimpleBeforeComplexResponse200]:
        """Regression test for #603

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[PostResponsesUnionsSimpleBeforeComplexResponse200]
        """

        return await _post_responses_unions_simple_before_complex.asyncio_detailed(
            client=self._client,
        )

    async def text_response(
        self,
    ) -> Response[str | str]:
        """Text Response

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[str | str]
        """

        return await _text_response.asyncio_detailed(
            client=self._client,
        )

    async def reference_response(
        self,
    ) -> Response[AModel]:
        """Endpoint using predefined response

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AModel]
        """

        return await _reference_response.asyncio_detailed(
            client=self._client,
        )

    async def default_status_code(
        self,
    ) -> Response[str]:
        """Default Status Code Only

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[str]
        """

        return await _default_status_code.asyncio_detailed(
            client=self._client,
        )

    async def status_code_patterns(
        self,
    ) -> Response[StatusCodePatternsResponse2XX | StatusCodePatternsResponse4XX]:
        """Status Code Patterns

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[StatusCodePatternsResponse2XX | StatusCodePatternsResponse4XX]
        """

        return await _status_code_patterns.asyncio_detailed(
            client=self._client,
        )

    async def status_code_precedence(
        self,
    ) -> Response[str | str]:
        """Status Codes Precedence

         Verify that specific status codes are always checked first, then ranges, then default

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[str | str]
        """

        return await _status_code_precedence.asyncio_detailed(
            client=self._client,
        )
