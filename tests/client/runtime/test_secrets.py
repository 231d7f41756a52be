"""Credentials: from arguments or the environment, sent only to the base URL's origin, and never shown in
reprs, errors or logs (runtime `_transport`, `_redaction`, `_base_client` logging), in every client.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from ..fakes import ScriptedServer, answer
from .support import (
    APIS,
    CLIENTS,
    ENVIRONMENT,
    OK_BODIES,
    OPERATION_URLS,
    SECRET,
    credential_sent,
    detailed_call,
    make,
)


def redirect_to(location: str) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(302, headers={"location": location})


@pytest.mark.parametrize("api", APIS)
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


@pytest.mark.parametrize("api", APIS)
def test_a_redirect_within_the_origin_keeps_the_credential(api: str) -> None:
    server = ScriptedServer(redirect_to("https://api.test:443/moved"), answer(200, OK_BODIES[api]))
    _, client = make(api, server, follow_redirects=True)
    detailed_call(api, client)
    assert [credential_sent(api, request) for request in server.requests] == [True, True]


@pytest.mark.parametrize("api", APIS)
def test_missing_credentials_name_the_argument_and_variable(api: str, monkeypatch: pytest.MonkeyPatch) -> None:
    package = importlib.import_module(f"{api}_client")
    variables, _ = ENVIRONMENT[api]
    for variable in variables.values():
        monkeypatch.delenv(variable, raising=False)
    for argument, variable in variables.items():
        others = {name: value for name, value in CLIENTS[api][0].items() if name != argument}
        with pytest.raises(package.MissingCredentialError, match=rf"{argument}.*\${variable}"):
            package.Client("https://api.test", **others)


@pytest.mark.parametrize("api", APIS)
def test_credentials_and_base_url_come_from_the_environment(api: str, monkeypatch: pytest.MonkeyPatch) -> None:
    package = importlib.import_module(f"{api}_client")
    variables, base_url_variable = ENVIRONMENT[api]
    for argument, variable in variables.items():
        monkeypatch.setenv(variable, CLIENTS[api][0][argument])
    monkeypatch.setenv(base_url_variable, "https://env.api.test/")
    server = ScriptedServer(answer(200, OK_BODIES[api]))
    CLIENTS[api][1](package.Client(httpx_args={"transport": server.transport()}))
    sent = server.requests[0].url
    assert (sent.scheme, sent.host, sent.path) == ("https", "env.api.test", httpx.URL(OPERATION_URLS[api]).path)
    assert CLIENTS[api][2](server.requests[0]) == SECRET


@pytest.mark.parametrize("api", APIS)
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
        str(client),
        str(error),
        repr(error),
        error.url,
        str(error.request.url),
        caplog.text,
        repr(error.request.headers),
    ]
    for text in texts:
        assert SECRET not in text, text


REPO = Path(__file__).resolve().parents[3]  # the script imports tests.client.runtime.support from here
DEBUG_SCRIPT = """
import httpx
import {package} as package
from tests.client.runtime.support import CLIENTS, OK_BODIES

transport = httpx.MockTransport(lambda request: httpx.Response(200, json=OK_BODIES[{api!r}]))
client = package.Client("https://api.test", httpx_args={{"transport": transport}}, **CLIENTS[{api!r}][0])
CLIENTS[{api!r}][1](client)
"""


@pytest.mark.parametrize("api", APIS)
def test_debug_logging_is_switched_on_by_the_environment_and_redacted(api: str) -> None:
    import os
    import subprocess
    import sys

    script = DEBUG_SCRIPT.format(package=f"{api}_client", api=api)
    log_variable = f"{api.upper()}_LOG"
    environment = {**os.environ, log_variable: "debug"}
    run = subprocess.run(
        [sys.executable, "-c", script], env=environment, cwd=REPO, capture_output=True, text=True, check=True
    )
    assert f"GET {OPERATION_URLS[api]} -> 200 (attempt 1)" in run.stderr
    assert SECRET not in run.stderr + run.stdout
    quiet_environment = {name: value for name, value in os.environ.items() if name != log_variable}
    quiet = subprocess.run(
        [sys.executable, "-c", script], env=quiet_environment, cwd=REPO, capture_output=True, text=True, check=True
    )
    assert "GET" not in quiet.stderr
