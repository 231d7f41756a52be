from typing import Any, cast

import httpx

from ... import _base_client, _json
from ...client import Client
from ...models.body_upload_file_tests_upload_post import BodyUploadFileTestsUploadPost
from ...models.http_validation_error import HTTPValidationError
from ...types import Response

RETRY_SAFE = False
PACING = None


def _get_kwargs(
    *,
    body: BodyUploadFileTestsUploadPost,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tests/upload",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Any | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = _json.loads(response.content)
        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(_json.loads(response.content))

        return response_422

    return None


def _build_response(*, client: Client, response: httpx.Response) -> Response[Any | HTTPValidationError]:
    parsed, parse_error = None, None
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        parse_error = error
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        http_response=response,
        parse_error=parse_error,
    )


def sync_detailed(
    *,
    client: Client,
    body: BodyUploadFileTestsUploadPost,
) -> Response[Any | HTTPValidationError]:
    """Upload File

     Upload a file

    Args:
        body (BodyUploadFileTestsUploadPost):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    body: BodyUploadFileTestsUploadPost,
) -> Any:
    """Upload File

     Upload a file

    Args:
        body (BodyUploadFileTestsUploadPost):

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        Any
    """

    return cast(
        "Any",
        _base_client.unwrap(
            client,
            sync_detailed(
                client=client,
                body=body,
            ),
        ),
    )


async def asyncio_detailed(
    *,
    client: Client,
    body: BodyUploadFileTestsUploadPost,
) -> Response[Any | HTTPValidationError]:
    """Upload File

     Upload a file

    Args:
        body (BodyUploadFileTestsUploadPost):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    body: BodyUploadFileTestsUploadPost,
) -> Any:
    """Upload File

     Upload a file

    Args:
        body (BodyUploadFileTestsUploadPost):

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        Any
    """

    return cast(
        "Any",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                client=client,
                body=body,
            ),
        ),
    )
