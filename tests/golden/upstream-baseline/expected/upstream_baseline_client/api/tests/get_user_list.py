import datetime
from typing import Any, cast

import httpx

from ... import _arguments, _base_client, _json
from ...client import Client
from ...models.a_model import AModel
from ...models.an_enum import AnEnum
from ...models.an_enum_with_null import AnEnumWithNull
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    *,
    an_enum_value: list[AnEnum],
    an_enum_value_with_null: list[AnEnumWithNull | None],
    an_enum_value_with_only_null: list[None],
    some_date: datetime.date | datetime.datetime,
) -> dict[str, Any]:
    an_enum_value = _arguments.as_list("an_enum_value", an_enum_value, AnEnum)
    an_enum_value_with_null = _arguments.as_list("an_enum_value_with_null", an_enum_value_with_null)
    an_enum_value_with_only_null = _arguments.as_list("an_enum_value_with_only_null", an_enum_value_with_only_null)

    params: dict[str, Any] = {}

    json_an_enum_value = []
    for an_enum_value_item_data in an_enum_value:
        an_enum_value_item = an_enum_value_item_data.value
        json_an_enum_value.append(an_enum_value_item)

    params["an_enum_value"] = json_an_enum_value

    json_an_enum_value_with_null = []
    for an_enum_value_with_null_item_data in an_enum_value_with_null:
        an_enum_value_with_null_item: None | str
        if isinstance(an_enum_value_with_null_item_data, AnEnumWithNull):
            an_enum_value_with_null_item = an_enum_value_with_null_item_data.value
        else:
            an_enum_value_with_null_item = an_enum_value_with_null_item_data
        json_an_enum_value_with_null.append(an_enum_value_with_null_item)

    params["an_enum_value_with_null"] = json_an_enum_value_with_null

    json_an_enum_value_with_only_null = an_enum_value_with_only_null

    params["an_enum_value_with_only_null"] = json_an_enum_value_with_only_null

    json_some_date: str
    if isinstance(some_date, datetime.date):
        json_some_date = some_date.isoformat()
    else:
        json_some_date = some_date.isoformat()

    params["some_date"] = json_some_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tests/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> HTTPValidationError | list[AModel] | None:
    if response.status_code == 200:
        response_200 = [
            AModel.from_dict(response_200_item_data) for response_200_item_data in _json.loads(response.content)
        ]

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(_json.loads(response.content))

        return response_422

    if response.status_code == 423:
        response_423 = HTTPValidationError.from_dict(_json.loads(response.content))

        return response_423

    return None


def _build_response(*, client: Client, response: httpx.Response) -> Response[HTTPValidationError | list[AModel]]:
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
    an_enum_value: list[AnEnum],
    an_enum_value_with_null: list[AnEnumWithNull | None],
    an_enum_value_with_only_null: list[None],
    some_date: datetime.date | datetime.datetime,
) -> Response[HTTPValidationError | list[AModel]]:
    """Get List

     Get a list of things

    Args:
        an_enum_value (list[AnEnum]):
        an_enum_value_with_null (list[AnEnumWithNull | None]):
        an_enum_value_with_only_null (list[None]):
        some_date (datetime.date | datetime.datetime):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[HTTPValidationError | list[AModel]]
    """

    kwargs = _get_kwargs(
        an_enum_value=an_enum_value,
        an_enum_value_with_null=an_enum_value_with_null,
        an_enum_value_with_only_null=an_enum_value_with_only_null,
        some_date=some_date,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    an_enum_value: list[AnEnum],
    an_enum_value_with_null: list[AnEnumWithNull | None],
    an_enum_value_with_only_null: list[None],
    some_date: datetime.date | datetime.datetime,
) -> list[AModel]:
    """Get List

     Get a list of things

    Args:
        an_enum_value (list[AnEnum]):
        an_enum_value_with_null (list[AnEnumWithNull | None]):
        an_enum_value_with_only_null (list[None]):
        some_date (datetime.date | datetime.datetime):

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        list[AModel]
    """

    return cast(
        "list[AModel]",
        _base_client.unwrap(
            client,
            sync_detailed(
                client=client,
                an_enum_value=an_enum_value,
                an_enum_value_with_null=an_enum_value_with_null,
                an_enum_value_with_only_null=an_enum_value_with_only_null,
                some_date=some_date,
            ),
        ),
    )


async def asyncio_detailed(
    *,
    client: Client,
    an_enum_value: list[AnEnum],
    an_enum_value_with_null: list[AnEnumWithNull | None],
    an_enum_value_with_only_null: list[None],
    some_date: datetime.date | datetime.datetime,
) -> Response[HTTPValidationError | list[AModel]]:
    """Get List

     Get a list of things

    Args:
        an_enum_value (list[AnEnum]):
        an_enum_value_with_null (list[AnEnumWithNull | None]):
        an_enum_value_with_only_null (list[None]):
        some_date (datetime.date | datetime.datetime):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[HTTPValidationError | list[AModel]]
    """

    kwargs = _get_kwargs(
        an_enum_value=an_enum_value,
        an_enum_value_with_null=an_enum_value_with_null,
        an_enum_value_with_only_null=an_enum_value_with_only_null,
        some_date=some_date,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    an_enum_value: list[AnEnum],
    an_enum_value_with_null: list[AnEnumWithNull | None],
    an_enum_value_with_only_null: list[None],
    some_date: datetime.date | datetime.datetime,
) -> list[AModel]:
    """Get List

     Get a list of things

    Args:
        an_enum_value (list[AnEnum]):
        an_enum_value_with_null (list[AnEnumWithNull | None]):
        an_enum_value_with_only_null (list[None]):
        some_date (datetime.date | datetime.datetime):

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        list[AModel]
    """

    return cast(
        "list[AModel]",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                client=client,
                an_enum_value=an_enum_value,
                an_enum_value_with_null=an_enum_value_with_null,
                an_enum_value_with_only_null=an_enum_value_with_only_null,
                some_date=some_date,
            ),
        ),
    )
