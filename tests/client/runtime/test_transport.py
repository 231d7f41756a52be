"""Connections: copies share the pool, proxies from the environment or `proxy=`, transport failures named
and chained, the User-Agent (runtime `_transport`, `_base_client`), in every client where it applies.
"""

from __future__ import annotations

import http.server
import importlib
import json
import socket
import threading
from collections.abc import Iterator
from typing import Any, ClassVar

import httpx
import pytest

from ..fakes import FakeClock, ScriptedServer, answer
from .support import (
    APIS,
    CLIENTS,
    OK_BODIES,
    SECRET,
    detailed_call,
    make,
)


@pytest.mark.parametrize("api", APIS)
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


@pytest.mark.parametrize("api", APIS)
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
    package = importlib.import_module(f"{api}_client")
    credentials = CLIENTS[api][0]
    return package.Client(base_url, max_retries=0, clock=FakeClock(), **credentials, **options)


@pytest.mark.parametrize("api", APIS)
def test_http_proxy_from_the_environment_is_used(api: str, proxy_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy_url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    RecordingProxy.body = json.dumps(OK_BODIES[api]).encode()
    detailed_call(api, network_client(api, "http://api.example.invalid"))
    (path, headers), *_ = RecordingProxy.seen
    assert path.startswith("http://api.example.invalid/")  # absolute form: a request through a proxy
    assert SECRET in path + json.dumps(headers)  # the credential still goes to the API's origin


@pytest.mark.parametrize("api", APIS)
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


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # closed again when the block ends: nothing listens there


@pytest.mark.parametrize("api", APIS)
def test_connection_refused_is_named_and_chained(api: str) -> None:
    package = importlib.import_module(f"{api}_client")
    client = network_client(api, f"http://127.0.0.1:{closed_port()}", httpx_args={"trust_env": False})
    with pytest.raises(package.APIConnectionError) as caught:
        CLIENTS[api][1](client)
    assert "connection refused" in str(caught.value)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert SECRET not in str(caught.value)


@pytest.mark.parametrize("api", APIS)
def test_tls_handshake_failure_is_named(api: str, proxy_url: str) -> None:
    package = importlib.import_module(f"{api}_client")
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


@pytest.mark.parametrize("api", APIS)
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
