"""The traps a new user falls into (issue 11), closed in every generated client where they apply.

Each test drives the client as a user would, through a scripted transport (tests/client/fakes.py) or the
mock server, and fails if the trap reopens.
"""

from __future__ import annotations

import asyncio
import http.server
import importlib
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

import httpx
import pytest

from clickapis.catalog import API_NAMES, APIS

from .fakes import FakeClock, ScriptedServer, answer
from .test_runtime_all_clients import CLIENTS, SECRET, make

CLICKY = APIS["clicky"].client_arguments

# A success body each client parses, and its call through sync_detailed (status errors do not raise there).
OK_BODIES: dict[str, Any] = {
    "clickport": {"count": 0, "visitors": []},
    "clickmeter": {"id": 1},
    "clicky": [{"type": "visitors", "dates": []}],
}


def detailed_call(api: str, client: Any) -> Any:
    if api == "clickport":
        from clickport_client.api.realtime import get_realtime_visitors

        return get_realtime_visitors.sync_detailed(client=client)
    if api == "clickmeter":
        from clickmeter_client.api.account import get_account

        return get_account.sync_detailed(client=client)
    from clicky_client.api.stats import get_stats

    return get_stats.sync_detailed(client=client, type_=["visitors"])


def credential_sent(api: str, request: httpx.Request) -> bool:
    return CLIENTS[api][2](request) is not None


# 1. Single values for list parameters, enum values as strings, dates as strings ---------------------------


def clicky_client_for(server: ScriptedServer) -> Any:
    return make("clicky", server, max_retries=0)[1]


@pytest.mark.parametrize("single", ["visitors", "TallyType.VISITORS"])
def test_one_value_for_a_list_parameter_is_a_one_item_list_not_its_characters(single: str) -> None:
    from clicky_client.api.stats import get_stats
    from clicky_client.models import TallyType

    value = TallyType.VISITORS if single == "TallyType.VISITORS" else single
    server = ScriptedServer(answer(200, OK_BODIES["clicky"]))
    get_stats.sync(client=clicky_client_for(server), type_=value, segments="summary")  # type: ignore[arg-type]
    sent = server.requests[0].url.params
    assert sent["type"] == "visitors" and sent["segments"] == "summary"


def test_a_mapping_for_a_list_parameter_is_refused_naming_it() -> None:
    from clicky_client.api.stats import get_stats

    server = ScriptedServer(answer(200, OK_BODIES["clicky"]))
    with pytest.raises(TypeError, match="type_"):
        get_stats.sync(client=clicky_client_for(server), type_={"visitors": 1})  # type: ignore[arg-type]
    assert not server.requests


def test_enum_parameters_take_their_string_values_and_refuse_others_by_name() -> None:
    from clickmeter_client.api.data_points import list_datapoint_hits
    from clicky_client.api.stats import get_stats

    server = ScriptedServer(answer(200, {"hits": []}))
    _, clickmeter = make("clickmeter", server)
    list(list_datapoint_hits.iterate(client=clickmeter, id=1, timeframe="last7"))  # type: ignore[arg-type]
    assert server.requests[0].url.params["timeframe"] == "last7"
    # Enums stay open (a value the API added later is sent as is, and the API judges it); a wrong type is refused.
    list_datapoint_hits.sync(client=clickmeter, id=1, timeframe="last365")  # type: ignore[arg-type]
    assert server.requests[-1].url.params["timeframe"] == "last365"
    with pytest.raises(ValueError, match=r"timeframe: 7 is not one of .*'last7'"):
        list_datapoint_hits.sync(client=clickmeter, id=1, timeframe=7)  # type: ignore[arg-type]
    clicky_server = ScriptedServer(answer(200, "<response/>"))
    get_stats.sync_detailed(client=clicky_client_for(clicky_server), type_=["visitors"], output="xml")  # type: ignore[arg-type]
    assert clicky_server.requests[0].url.params["output"] == "xml"


def test_date_parameters_take_dates_and_iso_strings_and_refuse_others_by_name() -> None:
    import datetime

    from clickport_client.api.convenience import list_top_pages

    server = ScriptedServer(answer(200, {"results": []}))
    _, client = make("clickport", server)
    list_top_pages.sync_detailed(client=client, start_date="2026-03-01", end_date=datetime.date(2026, 3, 8))  # type: ignore[arg-type]
    assert server.requests[0].url.params["start_date"] == "2026-03-01"
    assert server.requests[0].url.params["end_date"] == "2026-03-08"
    with pytest.raises(TypeError, match=r"start_date: expected a datetime\.date"):
        list_top_pages.sync_detailed(client=client, start_date=20260301, end_date="2026-03-08")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"end_date: '03/08/2026' is not an ISO date"):
        list_top_pages.sync_detailed(client=client, start_date="2026-03-01", end_date="03/08/2026")  # type: ignore[arg-type]


def test_the_demo_segmentation_call_gets_three_segments_from_the_mock(clicky_url: str) -> None:
    from clicky_client import Client
    from clicky_client.api.stats import get_stats
    from clicky_client.models import SegmentationResult

    client = Client(clicky_url, **CLICKY)
    (result,) = get_stats.sync(client=client, type_="segmentation", segments=["summary", "countries"])  # type: ignore[arg-type]
    assert isinstance(result, SegmentationResult)
    detailed = get_stats.sync_detailed(client=client, type_="segmentation", segments="summary")  # type: ignore[arg-type]
    sent = detailed.http_response.request.url
    assert sent.params["type"] == "segmentation" and sent.params["segments"] == "summary"
    assert result.dates and result.dates[0].items


# 2. Credentials only for the base URL's origin ---------------------------------------------------------------


def redirect_to(location: str) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(302, headers={"location": location})


@pytest.mark.parametrize("api", API_NAMES)
@pytest.mark.parametrize(
    "elsewhere", ["https://elsewhere.test/landing", "http://api.test/landing", "https://api.test:8443/landing"]
)
def test_a_redirect_to_another_origin_gets_no_credential(api: str, elsewhere: str) -> None:
    server = ScriptedServer(redirect_to(elsewhere), answer(200, OK_BODIES[api]))
    _, client = make(api, server, follow_redirects=True)
    detailed_call(api, client)
    first, second = server.requests
    assert credential_sent(api, first) and str(second.url).startswith(elsewhere)
    assert not credential_sent(api, second)
    assert SECRET not in str(second.url) and SECRET not in repr(dict(second.headers))


@pytest.mark.parametrize("api", API_NAMES)
def test_a_redirect_within_the_origin_keeps_the_credential(api: str) -> None:
    server = ScriptedServer(redirect_to("https://api.test:443/moved"), answer(200, OK_BODIES[api]))
    _, client = make(api, server, follow_redirects=True)
    detailed_call(api, client)
    assert [credential_sent(api, request) for request in server.requests] == [True, True]


# 3. with_options shares the parent's connections ---------------------------------------------------------------


@pytest.mark.parametrize("api", API_NAMES)
def test_copies_share_the_connection_pool_and_leave_closing_to_the_parent(api: str) -> None:
    server = ScriptedServer(answer(200, OK_BODIES[api]))
    _, client = make(api, server)
    copies = [client.with_options(max_retries=0, timeout=5.0) for _ in range(3)]
    assert all(copy.get_httpx_client() is client.get_httpx_client() for copy in copies)
    detailed_call(api, copies[0])
    assert server.requests[-1].extensions["timeout"]["read"] == 5.0  # the copy's own setting, per request
    detailed_call(api, client)
    assert server.requests[-1].extensions["timeout"]["read"] == 30.0
    with copies[1] as copy:
        detailed_call(api, copy)
    copies[2].close()
    assert not client.get_httpx_client().is_closed
    detailed_call(api, client)  # still usable
    client.close()
    assert client.get_httpx_client().is_closed


@pytest.mark.parametrize("api", API_NAMES)
def test_a_copy_with_another_credential_has_connections_of_its_own(api: str) -> None:
    server = ScriptedServer(answer(200, OK_BODIES[api]))
    _, client = make(api, server)
    secret_argument = "sitekey" if api == "clicky" else "api_key"
    other = client.with_options(**{secret_argument: "another-secret-0077"})
    assert other.get_httpx_client() is not client.get_httpx_client()
    detailed_call(api, other)
    detailed_call(api, client)
    assert [CLIENTS[api][2](request) for request in server.requests] == ["another-secret-0077", SECRET]
    other.close()
    assert not client.get_httpx_client().is_closed


async def test_async_copies_share_the_async_pool() -> None:
    from clickport_client.api.realtime import get_realtime_visitors

    server = ScriptedServer(answer(200, OK_BODIES["clickport"]))
    _, client = make("clickport", server)
    copy = client.with_options(max_retries=0)
    assert copy.get_async_httpx_client() is client.get_async_httpx_client()
    async with copy:
        await get_realtime_visitors.asyncio(client=copy)
    assert not client.get_async_httpx_client().is_closed
    await client.aclose()
    assert client.get_async_httpx_client().is_closed


# 4. Proxies from the environment and proxy= -----------------------------------------------------------------------


class RecordingProxy(http.server.BaseHTTPRequestHandler):
    """A forward proxy stand-in: notes each absolute-form request line and answers it itself."""

    seen: ClassVar[list[tuple[str, dict[str, str]]]] = []
    body = b"{}"

    def do_GET(self) -> None:
        RecordingProxy.seen.append((self.path, dict(self.headers)))
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def proxy_url() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), RecordingProxy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    RecordingProxy.seen = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def network_client(api: str, base_url: str, **options: Any) -> Any:
    package = importlib.import_module(APIS[api].package)
    credentials = CLIENTS[api][0]
    return package.Client(base_url, max_retries=0, clock=FakeClock(), **credentials, **options)


@pytest.mark.parametrize("api", API_NAMES)
def test_http_proxy_from_the_environment_is_used(api: str, proxy_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy_url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    RecordingProxy.body = json.dumps(OK_BODIES[api]).encode()
    detailed_call(api, network_client(api, "http://api.example.invalid"))
    (path, headers), *_ = RecordingProxy.seen
    assert path.startswith("http://api.example.invalid/")  # absolute form: a request through a proxy
    assert SECRET in path + json.dumps(headers)  # the credential still goes to the API's origin


@pytest.mark.parametrize("api", API_NAMES)
def test_the_proxy_argument_overrides_the_environment(
    api: str, proxy_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there
    RecordingProxy.body = json.dumps(OK_BODIES[api]).encode()
    detailed_call(api, network_client(api, "http://api.example.invalid", proxy=proxy_url))
    assert RecordingProxy.seen[0][0].startswith("http://api.example.invalid/")


def test_no_proxy_and_trust_env_false_bypass_the_environment_proxy(
    proxy_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clickport_client import APIConnectionError

    monkeypatch.setenv("HTTP_PROXY", proxy_url)
    monkeypatch.setenv("NO_PROXY", "api.example.invalid")
    with pytest.raises(APIConnectionError):
        detailed_call("clickport", network_client("clickport", "http://api.example.invalid"))
    monkeypatch.delenv("NO_PROXY")
    with pytest.raises(APIConnectionError):
        detailed_call(
            "clickport", network_client("clickport", "http://api.example.invalid", httpx_args={"trust_env": False})
        )
    assert RecordingProxy.seen == []


async def test_the_async_client_uses_the_environment_proxy_too(proxy_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from clickport_client.api.realtime import get_realtime_visitors

    monkeypatch.setenv("HTTP_PROXY", proxy_url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    RecordingProxy.body = json.dumps(OK_BODIES["clickport"]).encode()
    async with network_client("clickport", "http://api.example.invalid") as client:
        await get_realtime_visitors.asyncio(client=client)
    assert RecordingProxy.seen[0][0].startswith("http://api.example.invalid/")


# 5. Connection errors say what happened and keep the httpx error as their cause ---------------------------------


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # closed again when the block ends: nothing listens there


@pytest.mark.parametrize("api", API_NAMES)
def test_connection_refused_is_named_and_chained(api: str) -> None:
    package = importlib.import_module(APIS[api].package)
    client = network_client(api, f"http://127.0.0.1:{closed_port()}", httpx_args={"trust_env": False})
    with pytest.raises(package.APIConnectionError) as caught:
        CLIENTS[api][1](client)
    assert "connection refused" in str(caught.value)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert SECRET not in str(caught.value)


@pytest.mark.parametrize("api", API_NAMES)
def test_tls_handshake_failure_is_named(api: str, proxy_url: str) -> None:
    package = importlib.import_module(APIS[api].package)
    plain_http = proxy_url.replace("http://", "https://")  # a plain HTTP server: the TLS handshake fails
    client = network_client(api, plain_http, httpx_args={"trust_env": False})
    with pytest.raises(package.APIConnectionError, match="TLS handshake failed") as caught:
        CLIENTS[api][1](client)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


def test_unresolvable_name_is_named() -> None:
    from clickport_client import APIConnectionError

    client = network_client("clickport", "http://no-such-host.invalid", httpx_args={"trust_env": False})
    with pytest.raises(APIConnectionError, match="name not resolved"):
        CLIENTS["clickport"][1](client)


def test_a_scripted_refusal_reads_the_same_and_timeouts_say_which() -> None:
    from clicky_client import APIConnectionError, APITimeoutError

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    def read_timeout(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    expected = r"^connection refused \(ConnectError: .*\) \(GET https://api.test/"
    with pytest.raises(APIConnectionError, match=expected) as refused:
        CLIENTS["clicky"][1](make("clicky", ScriptedServer(refuse), max_retries=0)[1])
    assert SECRET not in str(refused.value)
    with pytest.raises(APITimeoutError, match="no answer within the read timeout") as timed_out:
        CLIENTS["clicky"][1](make("clicky", ScriptedServer(read_timeout), max_retries=0)[1])
    assert isinstance(timed_out.value.__cause__, httpx.ReadTimeout)


# 6. An in-band error's status_code is the status it stands for ----------------------------------------------------


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


# 7. Paging stops when the server repeats itself, and at max_pages -------------------------------------------------


def clickmeter_repeating_page(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"entities": [{"id": n, "uri": f"/datapoints/{n}"} for n in range(20)]})


def clickport_repeating_page(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"results": [{"page": f"/p{n}", "visitors": n} for n in range(20)]})


def clicky_repeating_page(request: httpx.Request) -> httpx.Response:
    items = [{"session_id": str(n), "ip_address": "10.0.0.1", "time": "1"} for n in range(20)]
    return httpx.Response(200, json=[{"type": "visitors-list", "dates": [{"date": "2026-03-31", "items": items}]}])


def iterate_call(api: str, client: Any, **options: Any) -> Iterator[Any]:
    if api == "clickport":
        from clickport_client.api.stats import query_stats
        from clickport_client.models import Dimension, Metric, QueryRequest

        body = QueryRequest(metrics=[Metric.VISITORS], dimensions=[Dimension.PAGE], limit=20)
        return query_stats.iterate(client=client, body=body, **options)
    if api == "clickmeter":
        from clickmeter_client.api.data_points import list_datapoints

        return list_datapoints.iterate(client=client, limit=20, **options)
    from clicky_client.api.stats import get_stats

    return get_stats.iterate(client=client, type_=["visitors-list"], limit=20, **options)


REPEATING = {
    "clickmeter": clickmeter_repeating_page,
    "clickport": clickport_repeating_page,
    "clicky": clicky_repeating_page,
}


@pytest.mark.parametrize("api", API_NAMES)
def test_iterate_stops_when_a_page_brings_nothing_new(api: str, caplog: pytest.LogCaptureFixture) -> None:
    server = ScriptedServer(REPEATING[api])
    items = list(iterate_call(api, make(api, server)[1]))
    assert len(items) == 20 and len(server.requests) == 2
    assert "ignores paging" in caplog.text


def aiterate_call(api: str, client: Any) -> Any:
    if api == "clickport":
        from clickport_client.api.stats import query_stats
        from clickport_client.models import Metric, QueryRequest

        return query_stats.aiterate(client=client, body=QueryRequest(metrics=[Metric.VISITORS], limit=20))
    if api == "clickmeter":
        from clickmeter_client.api.data_points import list_datapoints

        return list_datapoints.aiterate(client=client, limit=20)
    from clicky_client.api.stats import get_stats

    return get_stats.aiterate(client=client, type_=["visitors-list"], limit=20)


@pytest.mark.parametrize("api", API_NAMES)
async def test_aiterate_stops_the_same_way(api: str) -> None:
    server = ScriptedServer(REPEATING[api])
    items = [item async for item in aiterate_call(api, make(api, server)[1])]
    assert len(items) == 20 and len(server.requests) == 2


def numbered_pages(api: str) -> Callable[[httpx.Request], httpx.Response]:
    """Endless full pages of new items."""
    counter = iter(range(10**6))

    def page(request: httpx.Request) -> httpx.Response:
        numbers = [next(counter) for _ in range(20)]
        if api == "clickmeter":
            return httpx.Response(200, json={"entities": [{"id": n, "uri": f"/d/{n}"} for n in numbers]})
        if api == "clickport":
            return httpx.Response(200, json={"results": [{"page": f"/p{n}", "visitors": n} for n in numbers]})
        items = [{"session_id": str(n), "ip_address": "10.0.0.1", "time": "1"} for n in numbers]
        return httpx.Response(200, json=[{"type": "visitors-list", "dates": [{"date": "2026-03-31", "items": items}]}])

    return page


@pytest.mark.parametrize("api", API_NAMES)
def test_max_pages_bounds_the_walk(api: str) -> None:
    server = ScriptedServer(numbered_pages(api))
    items = list(iterate_call(api, make(api, server)[1], max_pages=3))
    assert len(items) == 60 and len(server.requests) == 3
    with pytest.raises(ValueError, match="max_pages"):
        list(iterate_call(api, make(api, server)[1], max_pages=0))


# 8. A 429 is retried for every method -------------------------------------------------------------------------------


def test_a_post_answered_429_is_retried() -> None:
    from clickmeter_client.api.data_points import create_datapoint
    from clickmeter_client.models import DataPoint
    from clickport_client.api.events import send_event
    from clickport_client.models import EventRequest

    clickport = ScriptedServer(answer(429), answer(200, {"success": True, "session_id": 1, "page_visit_id": "a"}))
    accepted = send_event.sync(
        client=make("clickport", clickport)[1], body=EventRequest(url="https://x.test/"), user_agent="UA/1"
    )
    assert len(clickport.requests) == 2 and accepted.success  # type: ignore[union-attr]
    clickmeter = ScriptedServer(
        answer(429, headers={"retry-after": "1"}), answer(200, {"id": 7, "uri": "/datapoints/7"})
    )
    _, client = make("clickmeter", clickmeter)
    assert create_datapoint.sync(client=client, body=DataPoint()).id == 7  # type: ignore[union-attr]
    assert len(clickmeter.requests) == 2 and client.clock.sleeps == [1.0]


@pytest.mark.parametrize("failure", [answer(503), answer(408)])
def test_a_post_is_still_not_retried_on_other_failures(failure: Callable[[httpx.Request], httpx.Response]) -> None:
    import clickport_client
    from clickport_client.api.events import send_event
    from clickport_client.models import EventRequest

    server = ScriptedServer(failure, answer(200, {"success": True, "session_id": 1, "page_visit_id": "a"}))
    with pytest.raises(clickport_client.APIStatusError):
        send_event.sync(
            client=make("clickport", server)[1], body=EventRequest(url="https://x.test/"), user_agent="UA/1"
        )
    assert len(server.requests) == 1


def test_clickys_in_band_429_is_retried() -> None:
    busy = [{"error": "Too many simultaneous requests for this site."}]
    server = ScriptedServer(answer(200, busy), answer(200, OK_BODIES["clicky"]))
    CLIENTS["clicky"][1](make("clicky", server)[1])
    assert len(server.requests) == 2


# 9. Non-JSON outputs return the body; in-band errors in them raise -------------------------------------------------


@pytest.mark.parametrize("output", ["xml", "csv", "php"])
def test_non_json_outputs_return_the_body_as_text(clicky_url: str, output: str) -> None:
    from clicky_client import Client
    from clicky_client.api.stats import get_stats
    from clicky_client.models import GetStatsOutput

    client = Client(clicky_url, **CLICKY)
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
    client = Client(clicky_url, **CLICKY, max_retries=0)
    with pytest.raises(BadRequestError):
        get_stats.sync(client=client, output=GetStatsOutput(output))  # no type


@pytest.mark.parametrize("wrapping", [{"json_callback": "show"}, {"json_var": "stats"}])
def test_jsonp_answers_are_text_and_their_errors_raise(clicky_url: str, wrapping: dict[str, str]) -> None:
    from clicky_client import AuthenticationError, Client
    from clicky_client.api.stats import get_stats

    client = Client(clicky_url, **CLICKY, max_retries=0)
    body = get_stats.sync(client=client, type_=["visitors"], **wrapping)
    assert isinstance(body, str) and body.startswith(("show(", "var stats ="))
    wrong = Client(clicky_url, site_id="101", sitekey="0" * 16, max_retries=0)
    with pytest.raises(AuthenticationError, match="Invalid sitekey"):
        get_stats.sync(client=wrong, type_=["visitors"], **wrapping)


# 10. The User-Agent names the SDK, except where the end user's is the point ---------------------------------------


@pytest.mark.parametrize("api", API_NAMES)
def test_the_user_agent_names_the_distribution(api: str) -> None:
    from importlib.metadata import version

    server = ScriptedServer(answer(200, OK_BODIES[api]))
    detailed_call(api, make(api, server)[1])
    distribution = f"{api}-client"
    expected = f"{distribution}/{version(distribution)} python-httpx/{httpx.__version__}"
    assert server.requests[0].headers["user-agent"] == expected


def test_clickport_events_send_the_end_users_user_agent() -> None:
    from clickport_client.api.events import send_event
    from clickport_client.models import EventRequest

    server = ScriptedServer(answer(200, {"success": True, "session_id": 1, "page_visit_id": "a"}))
    send_event.sync(
        client=make("clickport", server)[1], body=EventRequest(url="https://x.test/"), user_agent="Mozilla/5.0 (X11)"
    )
    assert server.requests[0].headers.get_list("user-agent") == ["Mozilla/5.0 (X11)"]


def test_a_user_agent_header_of_the_user_wins() -> None:
    server = ScriptedServer(answer(200, OK_BODIES["clickport"]))
    detailed_call("clickport", make("clickport", server, headers={"User-Agent": "my-app/2.0"})[1])
    assert server.requests[0].headers["user-agent"] == "my-app/2.0"


# 11. Reprs show what is set; iterators are typed ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("api", "model", "data"),
    [
        ("clickmeter", "EntityUri", {"id": 3, "uri": "/datapoints/3"}),
        ("clickport", "RealtimeVisitors", {"count": 0, "visitors": []}),
        ("clicky", "TallyItem", {"value": "6"}),
    ],
)
def test_reprs_list_only_the_fields_that_are_set(api: str, model: str, data: dict[str, Any]) -> None:
    models = importlib.import_module(f"{APIS[api].package}.models")
    text = repr(getattr(models, model).from_dict(data))
    assert "Unset" not in text and " object at 0x" not in text
    assert text.startswith(f"{model}(") and all(f"{key}=" in text for key in data)


@pytest.mark.parametrize("api", API_NAMES)
def test_every_iterator_is_typed_with_its_item_model(api: str) -> None:
    import collections.abc
    import pkgutil
    import typing

    api_package = importlib.import_module(f"{APIS[api].package}.api")
    paged = 0
    for tag in pkgutil.iter_modules(api_package.__path__):
        for operation in pkgutil.iter_modules([f"{api_package.__path__[0]}/{tag.name}"]):
            module = importlib.import_module(f"{api_package.__name__}.{tag.name}.{operation.name}")
            for walker, origin in (("iterate", collections.abc.Iterator), ("aiterate", collections.abc.AsyncIterator)):
                if not hasattr(module, walker):
                    continue
                paged += 1
                returned = typing.get_type_hints(getattr(module, walker))["return"]
                assert typing.get_origin(returned) is origin and typing.get_args(returned) != (Any,), module.__name__
    assert paged >= 2


# 12. One pacer per vendor limit, shared by sync and async calls ---------------------------------------------------


def test_sync_and_async_calls_on_one_clicky_client_are_serialised(clicky_url: str) -> None:
    """visitors-list is limited to one at a time per site (seed: Clicky's API docs); without retries, any
    overlap between the thread's calls and the loop's would come back as RateLimitError."""
    from clicky_client import Client
    from clicky_client.api.stats import get_stats

    client = Client(clicky_url, **CLICKY, max_retries=0)
    failures: list[BaseException] = []

    def sync_calls() -> None:
        for _ in range(4):
            try:
                get_stats.sync(client=client, type_=["visitors-list"], limit=5)
            except Exception as error:
                failures.append(error)

    async def async_calls() -> list[Any]:
        async with client:
            return await asyncio.gather(
                *(get_stats.asyncio(client=client, type_=["visitors-list"], limit=5) for _ in range(6)),
                return_exceptions=True,
            )

    thread = threading.Thread(target=sync_calls)
    thread.start()
    outcomes = asyncio.run(async_calls())
    thread.join()
    assert failures == [] and not [outcome for outcome in outcomes if isinstance(outcome, BaseException)]


def test_the_shared_semaphore_admits_one_thread_or_task_at_a_time() -> None:
    """Direct check on the runtime's semaphore: threads and tasks of two event loops never overlap."""
    from clicky_client._pacing import SharedSemaphore

    semaphore = SharedSemaphore(1)
    in_flight, peak, lock = [0], [0], threading.Lock()

    def enter() -> None:
        with lock:
            in_flight[0] += 1
            peak[0] = max(peak[0], in_flight[0])

    def leave() -> None:
        with lock:
            in_flight[0] -= 1

    def thread_work() -> None:
        for _ in range(20):
            semaphore.acquire()
            enter()
            time.sleep(0.001)
            leave()
            semaphore.release()

    async def task_work() -> None:
        for _ in range(20):
            await semaphore.acquire_async()
            enter()
            await asyncio.sleep(0.001)
            leave()
            semaphore.release(asyncio.get_running_loop())

    async def loop_work() -> None:
        await asyncio.gather(*(task_work() for _ in range(3)))

    threads = [threading.Thread(target=thread_work) for _ in range(2)]
    threads += [threading.Thread(target=asyncio.run, args=(loop_work(),)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert peak == [1] and in_flight == [0]


async def test_a_cancelled_waiter_passes_the_permit_on() -> None:
    from clicky_client._pacing import SharedSemaphore

    semaphore = SharedSemaphore(1)
    await semaphore.acquire_async()
    waiter = asyncio.create_task(semaphore.acquire_async())
    await asyncio.sleep(0)
    waiter.cancel()
    semaphore.release(asyncio.get_running_loop())
    with pytest.raises(asyncio.CancelledError):
        await waiter
    await asyncio.wait_for(semaphore.acquire_async(), timeout=1)  # the permit was not lost


async def test_a_sync_call_that_would_deadlock_its_own_event_loop_raises() -> None:
    from clicky_client.api.stats import get_stats

    server = ScriptedServer(answer(200, [{"type": "visitors-list", "dates": []}]))
    client = make("clicky", server)[1]
    async with client.pacer("site").asyncio():  # a task of this loop holds Clicky's one permit
        with pytest.raises(RuntimeError, match="use the asyncio"):
            get_stats.sync(client=client, type_=["visitors-list"])  # a type the limit applies to
    get_stats.sync(client=client, type_=["visitors-list"])  # free again: the sync call goes through
    assert len(server.requests) == 1


# The vendor branch's overlay narrows Clicky's site limit to some request types (x-sdk.pacing.site.applies_to).
CLICKY_TYPES_LIMITED = {
    "site": {
        "parameter": "type",
        "any_of": ["visitors-list", "actions-list", "segmentation"],
        "or_without_it_when_present": ["alert_id"],
    }
}


@pytest.mark.parametrize(
    ("params", "limit"),
    [
        ({"type": "visitors-list"}, "site"),
        ({"type": "visitors,actions-list"}, "site"),
        ({"type": "visitors"}, None),
        ({"alert_id": "9"}, "site"),
        ({}, None),
    ],
)
def test_a_limit_can_apply_to_some_request_types_only(params: dict[str, str], limit: str | None) -> None:
    from clicky_client._pacing import limit_for

    assert limit_for("site", {"params": params}, CLICKY_TYPES_LIMITED) == limit
    assert limit_for("site", {"params": params}, {}) == "site"  # without applies_to: every request
    assert limit_for(None, {"params": params}, CLICKY_TYPES_LIMITED) is None
