"""Unit tests of the runtime modules as they stand in the repository (generator/runtime/), without a generated
client: the request loop runs against a minimal client object and a scripted transport. test_copies.py checks
that every client carries these very bytes."""

from __future__ import annotations

import asyncio
import email.utils
import socket
import ssl
from typing import Any

import attrs
import httpx
import pytest

from generator.runtime import (
    _arguments,
    _base_client,
    _error_shapes,
    _json,
    _numbers,
    _paging,
    _redaction,
    _repr,
    _transport_errors,
)
from generator.runtime._clock import Clock
from generator.runtime._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
)
from generator.runtime._pacing import NO_PACING, Pacer, RateLimit, RatePacer
from generator.runtime._transport import environment_proxies, origin
from generator.runtime._unset import UNSET, Unset

from ..fakes import FakeClock, ScriptedServer, answer, fail_connect, time_out

KEY = "k3y-value-77"


@attrs.define
class MinimalClient:
    """Just what the request loop needs of a generated Client (the _base_client.Client protocol)."""

    transport: httpx.MockTransport
    max_retries: int = 2
    clock: Clock = attrs.field(factory=FakeClock)
    pacer_for: dict[str, Pacer] = attrs.field(factory=dict)

    def get_httpx_client(self) -> httpx.Client:
        return httpx.Client(base_url="https://api.test", transport=self.transport)

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url="https://api.test", transport=self.transport)

    def pacer(self, name: str | None) -> Pacer:
        return self.pacer_for.get(name or "", NO_PACING)

    def request_options(self) -> dict[str, Any]:
        return {"headers": {"x-client": "1"}}

    def secrets(self) -> tuple[str, ...]:
        return (KEY,)


def get(client: MinimalClient, *, retry_safe: bool = True, method: str = "GET") -> httpx.Response:
    return _base_client.request_sync(client, {"method": method, "url": "/things"}, retry_safe=retry_safe, pacing=None)


# The request loop ---------------------------------------------------------------------------------------------------


def test_the_loop_retries_a_safe_request_and_sends_the_clients_options() -> None:
    server = ScriptedServer(answer(503), answer(200, {"ok": True}))
    client = MinimalClient(server.transport())
    assert get(client).status_code == 200
    assert len(server.requests) == 2 and all(r.headers["x-client"] == "1" for r in server.requests)
    assert len(client.clock.sleeps) == 1  # type: ignore[attr-defined]


def test_an_unsafe_request_is_retried_only_when_the_server_cannot_have_acted_on_it() -> None:
    refused_then_busy = ScriptedServer(fail_connect, answer(429), answer(503))
    client = MinimalClient(refused_then_busy.transport())
    assert get(client, retry_safe=False, method="POST").status_code == 503  # 503 is the answer: not replayable
    assert len(refused_then_busy.requests) == 3


def test_a_transport_failure_becomes_a_typed_error_with_its_cause_and_no_secret() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"[Errno 111] Connection refused to key {KEY}", request=request)

    with pytest.raises(APIConnectionError, match=r"^connection refused") as caught:
        get(MinimalClient(ScriptedServer(refuse).transport(), max_retries=0))
    assert isinstance(caught.value.__cause__, httpx.ConnectError) and KEY not in str(caught.value)
    with pytest.raises(APITimeoutError, match="no answer within the read timeout"):
        get(MinimalClient(ScriptedServer(time_out).transport(), max_retries=0))


async def test_the_async_loop_paces_through_the_named_pacer() -> None:
    clock = FakeClock()
    server = ScriptedServer(answer(200, {}))
    client = MinimalClient(server.transport(), clock=clock, pacer_for={"p": RatePacer(RateLimit(per_minute=2), clock)})
    for _ in range(3):
        await _base_client.request_async(client, {"method": "GET", "url": "/"}, retry_safe=True, pacing="p")
    assert len(server.requests) == 3 and len(clock.sleeps) == 1 and clock.sleeps[0] > 59


@attrs.define
class Detailed:
    http_response: httpx.Response
    parsed: Any = None
    parse_error: Exception | None = None


def answered(status: int, body: Any) -> httpx.Response:
    request = httpx.Request("GET", "https://api.test/things?sitekey=" + KEY)
    return httpx.Response(status, json=body, request=request)


def test_unwrap_raises_the_typed_error_with_the_vendors_message_and_no_secret() -> None:
    client = MinimalClient(ScriptedServer().transport())
    with pytest.raises(AuthenticationError) as caught:
        _base_client.unwrap(client, Detailed(answered(401, {"message": f"bad key {KEY}"})))
    assert str(caught.value) == "GET https://api.test/things?sitekey=%2A%2A%2A failed with 401: bad key ***"
    assert _base_client.unwrap(client, Detailed(answered(200, {}), parsed="model")) == "model"
    with pytest.raises(APIResponseValidationError, match="does not match the spec: KeyError"):
        _base_client.unwrap(client, Detailed(answered(200, {}), parse_error=KeyError("id")))


@pytest.mark.parametrize(
    ("header", "expected"), [("7", 7.0), ("3600", 60.0), ("-3", 0.0), ("soon", None), (None, None)]
)
def test_retry_delay_honours_retry_after_in_seconds_capped(header: str | None, expected: float | None) -> None:
    response = httpx.Response(429, headers={"retry-after": header} if header is not None else {})
    delay = _base_client.retry_delay(1, response, clock_wall=1_700_000_000.0)
    if expected is None:  # no usable header: exponential backoff (1.0 s for attempt 1) with up to 25 % jitter
        assert 0.75 <= delay <= 1.0
    else:
        assert delay == expected


def test_retry_delay_reads_an_http_date_and_caps_the_backoff() -> None:
    now = 1_700_000_000.0
    response = httpx.Response(503, headers={"retry-after": email.utils.formatdate(now + 12, usegmt=True)})
    assert 11.0 <= _base_client.retry_delay(0, response, now) <= 12.0
    assert 6.0 <= _base_client.retry_delay(10, None, now) <= _base_client.MAX_RETRY_DELAY


@pytest.mark.parametrize(
    ("cause", "meaning"),
    [
        (ConnectionRefusedError(111, "refused"), "connection refused"),
        (socket.gaierror(-2, "Name or service not known"), "name not resolved"),
        (ssl.SSLError(1, "wrong version number"), "TLS handshake failed"),
        (ConnectionResetError(104, "reset"), "connection reset by the server"),
        (None, "could not connect"),
    ],
)
def test_transport_errors_are_described_from_their_cause(cause: BaseException | None, meaning: str) -> None:
    error = httpx.ConnectError("failed")
    error.__cause__ = cause
    assert _transport_errors.describe_transport_error(error) == meaning


def test_text_answer_is_the_body_only_for_non_json_answers() -> None:
    assert _base_client.text_answer(httpx.Response(200, text="<x/>", headers={"content-type": "text/xml"})) == "<x/>"
    assert _base_client.text_answer(httpx.Response(200, json={"a": 1})) is None
    assert (
        _base_client.text_answer(httpx.Response(200, text=' [{"a": 1}]', headers={"content-type": "text/plain"}))
        is None
    )


# Error shapes -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"message": "m", "error": "e"}, "m"),
        ({"Message": "M"}, "M"),
        ([{"error": "first"}, {"error": "second"}], "first"),
        ({"detail": "d"}, "d"),
        ({"message": ""}, None),
        ({"message": 5}, None),
        ("plain text", None),
        ([], None),
    ],
)
def test_vendor_message_reads_every_vendor_shape(body: Any, message: str | None) -> None:
    assert _error_shapes.vendor_message(body) == message


@pytest.mark.parametrize(
    "content",
    [
        b'[{"error": "Invalid sitekey."}]',
        b'show([{"error": "Invalid sitekey."}]);',
        b'var stats = [{"error": "Invalid sitekey."}];',
        b'<?xml version="1.0"?><response status="fail"><error>Invalid sitekey.</error></response>',
        b'a:1:{i:0;a:1:{s:5:"error";s:16:"Invalid sitekey.";}}',
        b'"error"\n"Invalid sitekey."\n',
    ],
)
def test_body_errors_are_found_in_every_output_format(content: bytes) -> None:
    shape = _error_shapes.BodyErrors(statuses={"Invalid sitekey.": 401}, default_status=400)
    response = httpx.Response(200, content=content)
    assert _error_shapes.body_error_message(content) == "Invalid sitekey."
    assert shape.body_error_status(response) == 401 and shape.status(response) == 401


def test_body_errors_leave_answers_and_error_statuses_alone() -> None:
    shape = _error_shapes.BodyErrors(statuses={}, default_status=400)
    assert shape.status(httpx.Response(200, json=[{"type": "visitors"}])) == 200
    assert shape.status(httpx.Response(200, json=[{"error": "Something new."}])) == 400  # unknown: the default
    assert shape.status(httpx.Response(503, json=[{"error": "Invalid sitekey."}])) == 503
    assert shape.message([{"type": "x"}], b'"error"\n"from the csv"') == "from the csv"
    assert _error_shapes.body_error_message(b'[{"error": "broken') is None


def test_an_api_without_body_errors_reads_only_the_status() -> None:
    shape = _error_shapes.ErrorShape()
    response = httpx.Response(200, json=[{"error": "Invalid sitekey."}])
    assert shape.status(response) == 200 and shape.body_error_status(response) is None
    assert shape.message(None, b'"error"\n"x"') is None


def test_the_vendor_model_is_parsed_when_it_fits_and_left_out_when_not() -> None:
    def parse(body: Any) -> str:
        return f"Error({body['code']})"

    shape = _error_shapes.ErrorShape(model=parse)
    assert shape.vendor_error({"code": 7}) == "Error(7)"
    assert shape.vendor_error({"other": 1}) is None  # the model refused it (KeyError)
    assert shape.vendor_error([{"code": 7}]) is None
    assert _error_shapes.ErrorShape().vendor_error({"code": 7}) is None


# Secrets, arguments, numbers, JSON, reprs, transport ----------------------------------------------------------------


def test_redaction_covers_credential_parameters_and_secret_values() -> None:
    url = "https://api.test/x?site_id=1&sitekey=abc&api_key=def&token=t&type=visitors"
    hidden = "%2A%2A%2A"  # "***", URL-encoded
    assert (
        _redaction.redact_url(url)
        == f"https://api.test/x?site_id=1&sitekey={hidden}&api_key={hidden}&token={hidden}&type=visitors"
    )
    assert _redaction.redact_url("https://api.test/x") == "https://api.test/x"
    assert _redaction.redact_text(f"said {KEY} twice {KEY}", (KEY, "")) == "said *** twice ***"


def test_arguments_take_single_values_enum_values_and_iso_dates() -> None:
    import datetime
    import enum

    class Output(enum.Enum):
        XML = "xml"

    assert _arguments.as_list("type_", "visitors") == ["visitors"]
    assert _arguments.as_list("type_", ("a", "b")) == ["a", "b"]
    assert _arguments.as_list("output", "xml", Output) == [Output.XML]
    assert _arguments.as_list("x", UNSET) is UNSET and _arguments.as_list("x", None) is None
    with pytest.raises(TypeError, match=r"^type_: expected a list of values, got a dict"):
        _arguments.as_list("type_", {"a": 1})
    with pytest.raises(ValueError, match=r"^output: 'json' is not one of 'xml'"):
        _arguments.as_enum("output", "json", Output)
    assert _arguments.as_date("date", "2026-03-31") == datetime.date(2026, 3, 31)
    with pytest.raises(ValueError, match=r"^date: '31/03/2026' is not an ISO date"):
        _arguments.as_date("date", "31/03/2026")
    with pytest.raises(TypeError, match=r"^when: expected a datetime.datetime"):
        _arguments.as_datetime("when", 5)


def test_numbers_sent_as_strings_read_as_numbers_or_none() -> None:
    assert _numbers.as_int("42") == 42 and _numbers.as_float("2.5") == 2.5
    assert _numbers.as_int("2.5") is None and _numbers.as_int("n/a") is None
    assert _numbers.as_float(True) is None and _numbers.as_float(None) is None


def test_json_decoding_accepts_what_the_standard_library_accepts() -> None:
    assert _json.loads(b'{"a": [1, 2.5, "x"]}') == {"a": [1, 2.5, "x"]}
    assert _json.loads(b"[NaN]")[0] != _json.loads(b"[NaN]")[0]  # NaN: orjson refuses it, the fallback reads it
    with pytest.raises(ValueError):
        _json.loads(b"{")


def test_reprs_list_only_set_fields_and_unset_is_falsy() -> None:
    @attrs.define
    class Model:
        name: str | Unset = UNSET
        count: int | Unset = UNSET
        additional_properties: dict[str, Any] = attrs.field(factory=dict)

    assert _repr.set_fields_repr(Model(name="a")) == "Model(name='a')"
    assert _repr.set_fields_repr(Model(count=0)) == "Model(count=0)"
    assert not UNSET and repr(UNSET) == "UNSET"


def test_origin_and_proxies_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert origin("https://api.test/x") == ("https", "api.test", 443) == origin("https://api.test:443/y")
    assert origin("http://api.test:8080") != origin("https://api.test:8080")
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "proxy.test:3128")
    monkeypatch.setenv("NO_PROXY", "localhost,10.0.0.1,.internal.test")
    assert environment_proxies() == {
        "https://": "http://proxy.test:3128",
        "all://localhost": None,
        "all://10.0.0.1": None,
        "all://*.internal.test": None,
    }
    monkeypatch.setenv("NO_PROXY", "*")
    assert environment_proxies() == {}


# Paging -------------------------------------------------------------------------------------------------------------


def test_page_items_follow_an_attribute_path_through_lists() -> None:
    page = [{"dates": [{"items": [1, 2]}, {"items": [3]}]}, {"dates": []}]
    assert _paging.page_items(page, ("*", "dates", "*", "items")) == [1, 2, 3]
    assert _paging.page_items({"results": None}, ("results",)) == []


@pytest.mark.parametrize(
    ("paging", "expected_positions"),
    [
        (_paging.Paging(style="offset", position="offset", items=("rows",), size="limit"), [None, 2, 4]),
        (_paging.Paging(style="page", position="page", items=("rows",), size="limit"), [None, 2, 3]),
    ],
)
def test_offset_and_page_styles_advance_until_a_short_page(
    paging: _paging.Paging, expected_positions: list[int | None]
) -> None:
    rows = list(range(5))
    positions: list[int | None] = []

    def fetch(**kwargs: Any) -> dict[str, Any]:
        positions.append(kwargs.get(paging.position))
        index = len(positions) - 1
        return {"rows": rows[index * 2 : index * 2 + 2]}

    assert list(_paging.iterate_sync(fetch, {"limit": 2}, paging)) == rows
    assert positions == expected_positions


def test_the_cursor_style_stops_on_a_cursor_seen_before() -> None:
    paging = _paging.Paging(style="cursor", position="offset", items=("hits",), next_cursor="last_key")
    pages = iter([{"hits": [1], "last_key": "a"}, {"hits": [2], "last_key": "b"}, {"hits": [3], "last_key": "a"}])
    assert list(_paging.iterate_sync(lambda **kwargs: next(pages), {}, paging)) == [1, 2, 3]


async def test_async_paging_stops_when_the_server_repeats_itself() -> None:
    paging = _paging.Paging(style="offset", position="offset", items=("rows",))

    async def fetch(**kwargs: Any) -> dict[str, Any]:
        await asyncio.sleep(0)
        return {"rows": [{"id": 1}, {"id": 2}]}

    assert [row async for row in _paging.iterate_async(fetch, {}, paging)] == [{"id": 1}, {"id": 2}]


def test_rate_pacer_books_slots_within_the_sliding_minute() -> None:
    clock = FakeClock()
    pacer = RatePacer(RateLimit(per_minute=3, safety_seconds=0.5), clock)
    for _ in range(7):
        with pacer.sync():
            pass
    assert clock.sleeps == [60.5, 60.5]
