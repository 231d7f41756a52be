"""Typed errors: every status its class, the vendor's message and error model, errors Clicky reports inside
HTTP 200 answers in any output format (runtime `_exceptions`, `_error_shapes`, `_base_client`).
"""

from __future__ import annotations

from typing import Any

import pytest

from ..fakes import ScriptedServer, answer
from .support import (
    APIS,
    CLICKY_SITEKEY,
    CLIENTS,
    OPERATION_URLS,
    detailed_call,
    make,
)


@pytest.mark.parametrize(
    ("message", "error_name", "status"),
    [
        ("Invalid sitekey.", "AuthenticationError", 401),
        ("Too many simultaneous requests for this site.", "RateLimitError", 429),
        ("You must specify a type.", "BadRequestError", 400),
    ],
)
def test_in_band_errors_carry_the_status_they_stand_for(message: str, error_name: str, status: int) -> None:
    import clicky_client

    server = ScriptedServer(answer(200, [{"error": message}]))
    with pytest.raises(getattr(clicky_client, error_name)) as caught:
        CLIENTS["clicky"][1](make("clicky", server, max_retries=0)[1])
    assert caught.value.status_code == status and caught.value.response.status_code == 200
    assert f"failed with {status}" in str(caught.value)


@pytest.mark.parametrize("output", ["xml", "csv", "php"])
def test_non_json_outputs_return_the_body_as_text(clicky_url: str, output: str) -> None:
    from clicky_client import Client
    from clicky_client.api.stats import get_stats
    from clicky_client.models import GetStatsOutput

    client = Client(clicky_url, site_id="101", sitekey=CLICKY_SITEKEY)
    body = get_stats.sync(client=client, type_=["visitors"], output=GetStatsOutput(output))
    assert isinstance(body, str) and "visitors" in body


@pytest.mark.parametrize("output", ["xml", "csv", "php"])
def test_in_band_errors_in_non_json_outputs_raise(clicky_url: str, output: str) -> None:
    from clicky_client import AuthenticationError, BadRequestError, Client
    from clicky_client.api.stats import get_stats
    from clicky_client.models import GetStatsOutput

    wrong = Client(clicky_url, site_id="101", sitekey="0" * 16, max_retries=0)
    with pytest.raises(AuthenticationError, match="Invalid sitekey") as caught:
        get_stats.sync(client=wrong, type_=["visitors"], output=GetStatsOutput(output))
    assert caught.value.status_code == 401 and "0" * 16 not in str(caught.value)
    client = Client(clicky_url, site_id="101", sitekey=CLICKY_SITEKEY, max_retries=0)
    with pytest.raises(BadRequestError):
        get_stats.sync(client=client, output=GetStatsOutput(output))  # no type


@pytest.mark.parametrize("wrapping", [{"json_callback": "show"}, {"json_var": "stats"}])
def test_jsonp_answers_are_text_and_their_errors_raise(clicky_url: str, wrapping: dict[str, str]) -> None:
    from clicky_client import AuthenticationError, Client
    from clicky_client.api.stats import get_stats

    client = Client(clicky_url, site_id="101", sitekey=CLICKY_SITEKEY, max_retries=0)
    body = get_stats.sync(client=client, type_=["visitors"], **wrapping)
    assert isinstance(body, str) and body.startswith(("show(", "var stats ="))
    wrong = Client(clicky_url, site_id="101", sitekey="0" * 16, max_retries=0)
    with pytest.raises(AuthenticationError, match="Invalid sitekey"):
        get_stats.sync(client=wrong, type_=["visitors"], **wrapping)


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize(
    ("status", "error_name"),
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (404, "NotFoundError"),
        (409, "ConflictError"),
        (422, "UnprocessableEntityError"),
        (429, "RateLimitError"),
        (418, "APIStatusError"),
        (500, "InternalServerError"),
        (503, "InternalServerError"),
        (520, "InternalServerError"),
    ],
)
def test_every_status_raises_its_error_class(api: str, status: int, error_name: str) -> None:
    server = ScriptedServer(answer(status, {"error": "Nope", "message": "It failed"}))
    package, client = make(api, server, max_retries=0)
    error_class = getattr(package, error_name)
    with pytest.raises(error_class) as caught:
        CLIENTS[api][1](client)
    error = caught.value
    assert type(error) is error_class
    assert error.status_code == status
    assert error.body == {"error": "Nope", "message": "It failed"}
    assert error.method == "GET" and error.url == OPERATION_URLS[api]
    assert "It failed" in str(error)


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize(
    ("status", "error_name"), [(401, "AuthenticationError"), (404, "NotFoundError"), (520, "InternalServerError")]
)
def test_status_errors_are_typed_in_every_client(api: str, status: int, error_name: str) -> None:
    server = ScriptedServer(answer(status, {"message": "nope", "Message": "nope"}))
    package, client = make(api, server, max_retries=0)
    with pytest.raises(getattr(package, error_name)) as caught:
        CLIENTS[api][1](client)
    assert caught.value.status_code == status


@pytest.mark.parametrize("api", APIS)
def test_vendor_error_model_is_parsed_when_the_api_has_one(api: str) -> None:
    if api == "clickmeter":  # ClickMeter's error model: {"errorCode", "httpErrorCode", "Message"}
        body: dict[str, Any] = {"errorCode": 401, "httpErrorCode": 401, "Message": "Invalid API key"}
    else:
        body = {"error": "Unauthorized", "message": "Invalid API key"}
    package, client = make(api, ScriptedServer(answer(401, body)))
    with pytest.raises(package.AuthenticationError) as caught:
        CLIENTS[api][1](client)
    if api == "clicky":  # Clicky documents no error model: its errors are [{"error": ...}] lists
        assert caught.value.error is None
    else:
        assert caught.value.error is not None
        assert caught.value.error.message == "Invalid API key"


@pytest.mark.parametrize("api", APIS)
def test_detailed_call_returns_any_status_without_raising(api: str) -> None:
    server = ScriptedServer(answer(520, {"error": "Origin", "message": "down"}))
    response = detailed_call(api, make(api, server, max_retries=0)[1])
    assert response.status_code == 520
    assert response.http_response.json()["message"] == "down"
