from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _base_client
from ...client import Client
from ...types import UNSET, Response, Unset

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    path_param: str,
    *,
    string_param: str | Unset = UNSET,
    integer_param: int | Unset = 0,
    header_param: None | str | Unset = UNSET,
    cookie_param: str | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    if not isinstance(header_param, Unset):
        headers["header param"] = header_param

    cookies = {}
    if cookie_param is not UNSET:
        cookies["cookie param"] = cookie_param

    params: dict[str, Any] = {}

    params["string param"] = string_param

    params["integer param"] = integer_param

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/parameter-references/{path_param}".format(
            path_param=quote(str(path_param), safe=""),
        ),
        "params": params,
        "cookies": cookies,
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
    path_param: str,
    *,
    client: Client,
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

    kwargs = _get_kwargs(
        path_param=path_param,
        string_param=string_param,
        integer_param=integer_param,
        header_param=header_param,
        cookie_param=cookie_param,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    path_param: str,
    *,
    client: Client,
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

    return cast(
        "Any",
        _base_client.unwrap(
            client,
            sync_detailed(
                path_param=path_param,
                client=client,
                string_param=string_param,
                integer_param=integer_param,
                header_param=header_param,
                cookie_param=cookie_param,
            ),
        ),
    )


async def asyncio_detailed(
    path_param: str,
    *,
    client: Client,
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

    kwargs = _get_kwargs(
        path_param=path_param,
        string_param=string_param,
        integer_param=integer_param,
        header_param=header_param,
        cookie_param=cookie_param,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    path_param: str,
    *,
    client: Client,
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

    return cast(
        "Any",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                path_param=path_param,
                client=client,
                string_param=string_param,
                integer_param=integer_param,
                header_param=header_param,
                cookie_param=cookie_param,
            ),
        ),
    )
