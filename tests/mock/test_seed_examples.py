"""Every example request of the three vendor documents is answered without error by the default-mode mock.

The requests, with the seed file and line each comes from, are in tests/data/seed_example_requests.json (the
repository never reads the seeds themselves). Data may be empty where a seed's ids do not exist in the mock.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import phpserialize
import pytest
from starlette.testclient import TestClient

from clickapis.catalog import API_NAMES, APIS
from mockserver.app import create_app
from mockserver.config import MockConfig
from tests.mock.conftest import BROWSER, FROZEN_NOW

DATA = json.loads((Path(__file__).parents[1] / "data" / "seed_example_requests.json").read_text(encoding="utf-8"))
REQUESTS: list[dict[str, Any]] = DATA["requests"]
CLICKY_CREDENTIALS = list(APIS["clicky"].query.items())
CLICKPORT_KEY = APIS["clickport"].headers
CLICKMETER_KEY = APIS["clickmeter"].credential("api_key").demo_value


@pytest.fixture(scope="module")
def mocks() -> Iterator[dict[str, TestClient]]:
    """The default mode: no --strict, a clock that starts at --now and runs."""
    with contextlib.ExitStack() as entered:  # entered clients: one event-loop thread each for every request
        apps = {api: create_app(MockConfig(api=api, now=FROZEN_NOW, validate_responses=True)) for api in API_NAMES}
        yield {api: entered.enter_context(TestClient(app)) for api, app in apps.items()}


def _label(request: Mapping[str, Any]) -> str:
    return f"{request['api']}:{request['line']}:{request.get('query', request['path'])}"


def test_the_data_covers_every_api() -> None:
    assert {request["api"] for request in REQUESTS} == set(API_NAMES)
    assert sum(request["api"] == "clicky" for request in REQUESTS) >= 45


@pytest.mark.parametrize("request_", REQUESTS, ids=_label)
def test_the_seed_example_is_answered_without_error(mocks: dict[str, TestClient], request_: dict[str, Any]) -> None:
    where = f"{request_['seed']} line {request_['line']}"
    client = mocks[request_["api"]]
    if request_["api"] == "clicky":
        query = CLICKY_CREDENTIALS + parse_qsl(request_["query"], keep_blank_values=True)
        answer = client.get(request_["path"], params=query)
        assert answer.status_code == 200, where
        _assert_clicky_success(answer.content, dict(query), where)
    elif request_["api"] == "clickport":
        headers = {**CLICKPORT_KEY, **({"User-Agent": BROWSER} if request_.get("browser_user_agent") else {})}
        answer = client.request(request_["method"], request_["path"], json=request_.get("body"), headers=headers)
        assert answer.status_code == 200, f"{where}: {answer.text}"
        assert answer.json().get("success", True) is True, where
    else:
        if request_.get("preflight"):
            preflight = {"Origin": "https://app.example.com", "Access-Control-Request-Method": "GET"}
            answer = client.request("OPTIONS", request_["path"], headers=preflight)
            assert answer.status_code == 200 and answer.headers["access-control-allow-origin"] == "*", where
        else:
            answer = client.request(
                request_["method"], request_["path"], headers={request_["header_spelling"]: CLICKMETER_KEY}
            )
            assert answer.status_code == 200 and "entities" in answer.json(), f"{where}: {answer.text}"


def _assert_clicky_success(content: bytes, query: Mapping[str, str], where: str) -> None:
    """Clicky errors come with HTTP 200, so the body decides, in whichever format was asked for."""
    output = query.get("output", "xml")
    if output == "json":
        text = content.decode()
        callback = query.get("json_callback") or query.get("json_var")
        if callback:
            assert callback in text and '"error"' not in text, where
            return
        body = json.loads(text)
        assert isinstance(body, list) and body and all("error" not in result for result in body), (where, body)
    elif output == "php":
        body = phpserialize.loads(content, decode_strings=True)
        assert all(not (isinstance(value, dict) and "error" in value) for value in body.values()), (where, body)
    elif output == "csv":
        rows = list(csv.reader(io.StringIO(content.decode())))
        assert rows and rows[0] != ["error"], (where, rows[:2])
    else:
        assert ET.fromstring(content).get("status") == "ok", (where, content[:200])
