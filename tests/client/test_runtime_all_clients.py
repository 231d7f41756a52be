"""What every generated client shares, checked on all three: typed errors, retries, and secrets that never
show in reprs, errors or logs (Clicky's sitekey travels in the URL)."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from .fakes import FakeClock, ScriptedServer, answer

SECRET = "s3cr3tvalue0042"


def call_clickport(client: Any) -> Any:
    from clickport_client.api.realtime import get_realtime_visitors

    return get_realtime_visitors.sync(client=client)


def call_clickmeter(client: Any) -> Any:
    from clickmeter_client.api.account import get_account

    return get_account.sync(client=client)


def call_clicky(client: Any) -> Any:
    from clicky_client.api.stats import get_stats

    return get_stats.sync(client=client, type_=["visitors"])


CLIENTS: dict[str, tuple[dict[str, str], Callable[[Any], Any], Callable[[httpx.Request], str | None]]] = {
    "clickport": ({"api_key": SECRET}, call_clickport, lambda request: request.headers.get("x-api-key")),
    "clickmeter": ({"api_key": SECRET}, call_clickmeter, lambda request: request.headers.get("X-Clickmeter-AuthKey")),
    "clicky": ({"site_id": "101", "sitekey": SECRET}, call_clicky, lambda request: request.url.params.get("sitekey")),
}


def make(api: str, server: ScriptedServer, **options: Any) -> tuple[Any, Any]:
    package = importlib.import_module(f"{api}_client")
    credentials, _, _ = CLIENTS[api]
    client = package.Client(
        "https://api.test", clock=FakeClock(), httpx_args={"transport": server.transport()}, **credentials, **options
    )
    return package, client


@pytest.mark.parametrize("api", sorted(CLIENTS))
@pytest.mark.parametrize(
    ("status", "error_name"), [(401, "AuthenticationError"), (404, "NotFoundError"), (520, "InternalServerError")]
)
def test_status_errors_are_typed_in_every_client(api: str, status: int, error_name: str) -> None:
    server = ScriptedServer(answer(status, {"message": "nope", "Message": "nope"}))
    package, client = make(api, server, max_retries=0)
    with pytest.raises(getattr(package, error_name)) as caught:
        CLIENTS[api][1](client)
    assert caught.value.status_code == status


@pytest.mark.parametrize("api", sorted(CLIENTS))
def test_5xx_is_retried_in_every_client(api: str) -> None:
    server = ScriptedServer(answer(503), answer(503), answer(503))
    package, client = make(api, server, max_retries=2)
    with pytest.raises(package.InternalServerError):
        CLIENTS[api][1](client)
    assert len(server.requests) == 3


@pytest.mark.parametrize("api", sorted(CLIENTS))
def test_secrets_never_appear_in_reprs_errors_or_logs(api: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    echo = {"message": f"bad credential {SECRET}", "Message": f"bad credential {SECRET}", "error": SECRET}
    server = ScriptedServer(answer(500, echo))
    package, client = make(api, server, max_retries=1)
    with pytest.raises(package.InternalServerError) as caught:
        CLIENTS[api][1](client)
    error = caught.value
    assert CLIENTS[api][2](server.requests[0]) == SECRET  # the credential did travel on the wire
    assert caplog.records, "debug logging produced nothing to check"
    texts = [
        repr(client),
        str(error),
        repr(error),
        error.url,
        str(error.request.url),
        caplog.text,
        repr(error.request.headers),
    ]
    for text in texts:
        assert SECRET not in text, text


DEBUG_SCRIPT = """
import httpx
from clicky_client import Client
from clicky_client.api.stats import get_stats

transport = httpx.MockTransport(lambda request: httpx.Response(200, json=[{"type": "visitors", "dates": []}]))
client = Client("https://api.test", site_id="101", sitekey="%s", httpx_args={"transport": transport})
get_stats.sync(client=client, type_=["visitors"])
"""


def test_debug_logging_is_switched_on_by_the_environment_and_redacted() -> None:
    import os
    import subprocess
    import sys

    environment = {**os.environ, "CLICKY_LOG": "debug"}
    run = subprocess.run(
        [sys.executable, "-c", DEBUG_SCRIPT % SECRET], env=environment, capture_output=True, text=True, check=True
    )
    assert "GET https://api.test/api/stats/4?type=visitors" in run.stderr
    assert SECRET not in run.stderr + run.stdout
    quiet = subprocess.run([sys.executable, "-c", DEBUG_SCRIPT % SECRET], capture_output=True, text=True, check=True)
    assert "GET" not in quiet.stderr
