from typing import Any, cast

import httpx

from ... import _arguments, _base_client
from ...client import Client
from ...models.get_location_header_types_int_enum_header import GetLocationHeaderTypesIntEnumHeader
from ...models.get_location_header_types_string_enum_header import GetLocationHeaderTypesStringEnumHeader
from ...types import UNSET, Response, Unset

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    *,
    boolean_header: bool | Unset = UNSET,
    string_header: str | Unset = UNSET,
    number_header: float | Unset = UNSET,
    integer_header: int | Unset = UNSET,
    int_enum_header: GetLocationHeaderTypesIntEnumHeader | Unset = UNSET,
    string_enum_header: GetLocationHeaderTypesStringEnumHeader | Unset = UNSET,
) -> dict[str, Any]:
    int_enum_header = _arguments.as_enum("int_enum_header", int_enum_header, GetLocationHeaderTypesIntEnumHeader)
    string_enum_header = _arguments.as_enum(
        "string_enum_header", string_enum_header, GetLocationHeaderTypesStringEnumHeader
    )

    headers: dict[str, Any] = {}
    if not isinstance(boolean_header, Unset):
        headers["Boolean-Header"] = "true" if boolean_header else "false"

    if not isinstance(string_header, Unset):
        headers["String-Header"] = string_header

    if not isinstance(number_header, Unset):
        headers["Number-Header"] = str(number_header)

    if not isinstance(integer_header, Unset):
        headers["Integer-Header"] = str(integer_header)

    if not isinstance(int_enum_header, Unset):
        headers["Int-Enum-Header"] = str(int_enum_header)

    if not isinstance(string_enum_header, Unset):
        headers["String-Enum-Header"] = str(string_enum_header)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/location/header/types",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Any | None:
    if response.status_code == 200:
        return None

    return None


def _build_response(*, client: Client, response: httpx.Response) -> Response[Any]:
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

    kwargs = _get_kwargs(
        boolean_header=boolean_header,
        string_header=string_header,
        number_header=number_header,
        integer_header=integer_header,
        int_enum_header=int_enum_header,
        string_enum_header=string_enum_header,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
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

    return cast(
        "Any",
        _base_client.unwrap(
            client,
            sync_detailed(
                client=client,
                boolean_header=boolean_header,
                string_header=string_header,
                number_header=number_header,
                integer_header=integer_header,
                int_enum_header=int_enum_header,
                string_enum_header=string_enum_header,
            ),
        ),
    )


async def asyncio_detailed(
    *,
    client: Client,
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

    kwargs = _get_kwargs(
        boolean_header=boolean_header,
        string_header=string_header,
        number_header=number_header,
        integer_header=integer_header,
        int_enum_header=int_enum_header,
        string_enum_header=string_enum_header,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
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

    return cast(
        "Any",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                client=client,
                boolean_header=boolean_header,
                string_header=string_header,
                number_header=number_header,
                integer_header=integer_header,
                int_enum_header=int_enum_header,
                string_enum_header=string_enum_header,
            ),
        ),
    )
