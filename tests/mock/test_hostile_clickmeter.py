"""ClickMeter mock under hostile input: every bad request is a 4xx in ClickMeter's error model, quickly.

Error model (seeds/clickmeter overview, "Errors"): JSON `{"errorCode", "httpErrorCode", "Message"}`.
"""

import json
from collections.abc import Iterator

import httpx
import pytest
from starlette.testclient import TestClient

from clickapis.catalog import APIS
from clickapis.yaml_files import read_yaml
from mockserver.spec import default_spec_path
from tests.mock.conftest import MockFactory
from tests.mock.hostile import INTEGER_IMPOSTORS, JSON_BODY_ATTACKS, UNDEFINED_METHODS, call, module_mock

KEY = APIS["clickmeter"].headers


@pytest.fixture(scope="module")
def cm() -> Iterator[TestClient]:
    """Shared by the module: every request here is refused or reads (the tests check nothing was written)."""
    with module_mock("clickmeter", KEY) as client:
        yield client


def vendor_error(answer: httpx.Response, status: int) -> str:
    """The Message of a ClickMeter error answer, after checking status, media type and shape."""
    assert answer.status_code == status, answer.text[:300]
    assert answer.headers["content-type"].startswith("application/json")
    body = answer.json()
    assert set(body) == {"errorCode", "httpErrorCode", "Message"} and body["httpErrorCode"] == status
    assert len(body["Message"]) <= 500, "echoed input is cut short"
    return str(body["Message"])


@pytest.mark.parametrize("impostor", INTEGER_IMPOSTORS)
def test_integers_are_ascii_digits_in_range(cm: TestClient, impostor: str) -> None:
    message = vendor_error(call(cm, "GET", f"/datapoints/{impostor}"), 400)
    assert "path parameter 'id': expected an integer" in message
    message = vendor_error(call(cm, "GET", "/clickstream", params={"datapoint": impostor}), 400)
    assert "query parameter 'datapoint'" in message


def test_a_fullwidth_id_deletes_nothing(cm: TestClient) -> None:
    vendor_error(call(cm, "DELETE", "/datapoints/%EF%BC%91"), 400)
    assert call(cm, "GET", "/datapoints/1").status_code == 200


@pytest.mark.parametrize("collection", ["ipblacklist", "domainwhitelist"])
@pytest.mark.parametrize("entry", ["99999999999999999999", "\u0663", "1.0", "-1", "9" * 5000])
def test_string_ids_beyond_integers_name_nothing(cm: TestClient, collection: str, entry: str) -> None:
    # The spec types these ids as strings (wire: "id": "3"); one that is no stored integer is not found.
    message = vendor_error(call(cm, "DELETE", f"/account/{collection}/{entry}"), 404)
    assert "not found" in message


@pytest.mark.parametrize(("body", "named"), JSON_BODY_ATTACKS)
def test_json_bodies_that_cannot_be_held_are_400(cm: TestClient, body: bytes, named: str) -> None:
    before = call(cm, "GET", "/datapoints/count").json()["count"]
    answer = call(cm, "POST", "/datapoints", content=body, headers={"content-type": "application/json"})
    assert named in vendor_error(answer, 400)
    assert call(cm, "GET", "/datapoints/count").json()["count"] == before, "nothing was stored"


def test_body_limit_is_413_while_reading(make_mock: MockFactory) -> None:
    small = make_mock("clickmeter", max_body_bytes=1000)
    small.headers.update(KEY)
    declared = call(small, "POST", "/datapoints", content=b"[" + b"1," * 600 + b"1]")
    assert "larger than 1000 bytes" in vendor_error(declared, 413)

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit holds while reading
        yield b'{"name":"'
        for _ in range(100):
            yield b"x" * 100

    streamed = call(small, "POST", "/datapoints", content=chunks(), headers={"content-type": "application/json"})
    vendor_error(streamed, 413)


def test_default_body_limit_is_one_mebibyte(cm: TestClient) -> None:
    answer = call(cm, "POST", "/datapoints", content=b" " * (1024 * 1024 + 1))
    vendor_error(answer, 413)


@pytest.mark.parametrize("url", ["/datapoints?textSearch=" + "a" * 9000, "/datapoints/" + "1" * 9000])
def test_long_urls_are_414(cm: TestClient, url: str) -> None:
    assert "at most 8192" in vendor_error(call(cm, "GET", url), 414)


@pytest.mark.parametrize("method", UNDEFINED_METHODS)
def test_undefined_methods_are_405_with_allow(cm: TestClient, method: str) -> None:
    answer = call(cm, method, "/datapoints")
    assert method in vendor_error(answer, 405)
    assert answer.headers["allow"] == "GET, HEAD, POST, OPTIONS"  # OPTIONS: the CORS preflight (cors.py)


def _get_paths() -> list[str]:
    spec = read_yaml(default_spec_path("clickmeter"))  # the spec the mock serves
    return sorted(path for path, item in spec["paths"].items() if "get" in item)


@pytest.mark.parametrize("path", _get_paths())
def test_head_is_served_for_every_get_route(cm: TestClient, path: str) -> None:
    url = path.replace("{", "").replace("}", "")  # a template variable stands for itself: 404/400/200 alike
    url = "/".join("1" if part.endswith("Id") or part == "id" else part for part in url.split("/"))
    get = call(cm, "GET", url)
    head = call(cm, "HEAD", url)
    assert head.status_code == get.status_code
    assert head.content == b""
    assert head.headers["content-length"] == str(len(get.content))
    assert head.headers["content-type"] == get.headers["content-type"]


@pytest.mark.parametrize("status", [500, 501, 502, 503, 429])
def test_injected_faults_use_the_error_model(cm: TestClient, status: int) -> None:
    fault = f"status={status};retry-after=3" if status == 429 else f"status={status}"
    answer = call(cm, "GET", "/datapoints", headers={"X-Mock-Fault": fault})
    assert "injected fault" in vendor_error(answer, status)
    assert answer.headers.get("retry-after") == ("3" if status == 429 else None)


@pytest.mark.parametrize("term", ["%", "_", "\\", "%%", "spring%", "sale_", "\\%"])
def test_search_wildcards_are_literal(cm: TestClient, term: str) -> None:
    answer = call(cm, "GET", "/datapoints", params={"textSearch": term})
    assert answer.status_code == 200
    names = [entity["name"] for entity in answer.json()["entities"]]
    assert all(term.lower() in name.lower() for name in names), names  # the seeded names hold no % _ \


def test_search_still_finds_substrings(cm: TestClient) -> None:
    names = [entity["name"] for entity in call(cm, "GET", "/datapoints?textSearch=spring").json()["entities"]]
    assert names and all("spring" in name for name in names)


def test_search_terms_have_a_length_limit(cm: TestClient) -> None:
    assert call(cm, "GET", "/datapoints", params={"textSearch": "a" * 200}).status_code == 200
    message = vendor_error(call(cm, "GET", "/datapoints", params={"textSearch": "a" * 201}), 400)
    assert "textSearch" in message and "at most 200 characters" in message
    tag_message = vendor_error(call(cm, "GET", "/tags", params={"name": "%" * 201}), 400)
    assert "'name'" in tag_message
    assert call(cm, "GET", "/tags", params={"name": "%"}).json()["entities"] == []


def test_messages_are_plain_words_and_cut_short(cm: TestClient) -> None:
    huge = json.dumps(list(range(100_000))).encode()  # ~600 KB, within the body limit
    answer = call(cm, "POST", "/datapoints", content=huge, headers={"content-type": "application/json"})
    message = vendor_error(answer, 400)
    assert message.startswith("request body at /: expected an object; got [0,1,2")
    assert "characters)" in message and len(message) < 300
    message = vendor_error(call(cm, "GET", "/datapoints?status=%01%3Cscript%3E"), 400)
    assert "anyOf" not in message and "\x01" not in message and "\\u0001<script>" in message


@pytest.mark.parametrize("path", ["/nowhere/" + "x" * 5000, "/nowhere/%01%3Cscript%3E", "/datapoints/1/%0A"])
def test_unknown_paths_are_404_with_the_path_cut_and_escaped(cm: TestClient, path: str) -> None:
    message = vendor_error(call(cm, "GET", path), 404)
    assert message.startswith("No route for ") and len(message) <= 260
    assert "\x01" not in message and "\n" not in message
