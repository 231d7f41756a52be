"""Clicky mock under hostile input: refusals in Clicky's model, no reflected script, XML always well-formed.

Clicky reports a bad request with HTTP 200 and `[{"error": "..."}]` in the requested `output` format (the
spec's root description and `ErrorItem`); the frame's own limits (405/413/414) and injected faults keep
their status and carry the same error body.
"""

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import httpx
import phpserialize
import pytest
from starlette.testclient import TestClient

from contract.in_band_errors import _json as in_band_body
from tests.mock.hostile import BEYOND_INT64, INTEGER_IMPOSTORS, UNDEFINED_METHODS, call, module_mock

CREDENTIALS = {"site_id": "101", "sitekey": "5a7e0c1d9b3f4e21"}
STATS = "/api/stats/4"
ODD_TEXT = ["\x01\x02", "\x0b\x0c", "\x1f", "\ufffe", "<b>&amp;</b>", "]]>", '"quoted"', "tab\there", "\u202e"]
"""Request text that once made an ill-formed XML error (control characters) or could (markup)."""


@pytest.fixture(scope="module")
def clicky() -> Iterator[TestClient]:
    with module_mock("clicky", {}, processing_seconds=0) as client:
        yield client


def stats(client: TestClient, **params: Any) -> httpx.Response:
    return call(client, "GET", STATS, params={**CREDENTIALS, **params})


def error_of(answer: httpx.Response, output: str = "xml", status: int = 200) -> str:
    """The error message of an answer in `output` format, after checking status and media type."""
    assert answer.status_code == status, answer.text[:300]
    media = answer.headers["content-type"].split(";")[0]
    if output == "json":
        assert media == "application/json"
        body = answer.json()
        assert isinstance(body, list) and len(body) == 1 and set(body[0]) == {"error"}
        return str(body[0]["error"])
    if output == "xml":
        assert media == "text/xml"
        root = ET.fromstring(answer.content)  # well-formed, whatever the request held
        assert root.tag == "response" and root.get("status") == "fail"
        return root.findtext("error") or ""
    if output == "csv":
        assert media == "text/csv"
        rows = list(csv.reader(io.StringIO(answer.text)))
        assert rows[0] == ["error"] and len(rows) == 2
        return rows[1][0]
    assert media == "application/vnd.php.serialized"
    return str(phpserialize.loads(answer.content, decode_strings=True)[0]["error"])


@pytest.mark.parametrize(
    "callback",
    ["alert(document.domain)//", "</script><script>alert(1)</script>", "a;b", "a b", "a\nb", "x=1", "cb()", "\u0663"],
)
def test_an_invalid_json_callback_is_never_used(clicky: TestClient, callback: str) -> None:
    answer = stats(clicky, type="visitors", output="json", json_callback=callback)
    message = error_of(answer, "json")  # plain JSON, not text/javascript
    assert message.startswith("query parameter 'json_callback': expected text of the documented form")
    assert not answer.text.startswith(callback[:3])
    also_var = stats(clicky, type="visitors", output="json", json_var=callback)
    assert "json_var" in error_of(also_var, "json")


def test_a_valid_callback_still_wraps_errors_and_answers(clicky: TestClient) -> None:
    answer = stats(clicky, type="visitors", output="json", json_callback="my.cb_1")
    assert answer.headers["content-type"].startswith("text/javascript")
    assert answer.text.startswith("my.cb_1([{") and answer.text.endswith("])")
    refused = stats(clicky, type="visitors", output="json", json_callback="cb", limit="0")
    assert refused.text.startswith('cb([{"error":')
    assert in_band_body(refused.content) == [{"error": json.loads(refused.text[3:-1])[0]["error"]}]


@pytest.mark.parametrize("text", ODD_TEXT)
@pytest.mark.parametrize("parameter", ["date", "limit", "output_extra", "filter", "type"])
def test_xml_is_well_formed_for_any_input(clicky: TestClient, parameter: str, text: str) -> None:
    answer = stats(clicky, **({"type": "visitors"} | {parameter: text}))
    assert answer.status_code == 200
    root = ET.fromstring(answer.content)  # raises on an ill-formed answer
    assert root.tag == "response"


@pytest.mark.parametrize("output", ["json", "xml", "csv", "php"])
@pytest.mark.parametrize("text", ODD_TEXT)
def test_the_contract_hook_reads_in_band_errors_with_odd_characters(clicky: TestClient, output: str, text: str) -> None:
    answer = stats(clicky, type="visitors", output=output, date=text)
    message = error_of(answer, output)
    assert message.startswith("query parameter 'date'")
    assert in_band_body(answer.content) == [{"error": message}]


@pytest.mark.parametrize("impostor", INTEGER_IMPOSTORS)
@pytest.mark.parametrize("parameter", ["limit", "page", "time_offset"])
def test_integers_are_ascii_digits_in_range(clicky: TestClient, parameter: str, impostor: str) -> None:
    answer = stats(clicky, type="visitors-list", output="json", **{parameter: impostor})
    if parameter == "page" and impostor in BEYOND_INT64 and not impostor.startswith("-"):
        # `page` has a minimum but no maximum or format: any size is valid, and that far there is nothing.
        assert answer.json()[0]["dates"][0]["items"] == []
        return
    message = error_of(answer, "json")
    assert message.startswith(f"query parameter '{parameter}': expected ")
    assert "anyOf" not in message and len(message) <= 300


@pytest.mark.parametrize("output", ["json", "xml", "csv", "php"])
@pytest.mark.parametrize("method", [*UNDEFINED_METHODS, "POST", "DELETE"])
def test_undefined_methods_are_405_in_the_requested_format(clicky: TestClient, method: str, output: str) -> None:
    answer = call(clicky, method, STATS, params={**CREDENTIALS, "output": output})
    assert method in error_of(answer, output, status=405)
    assert answer.headers["allow"] == "GET, HEAD"


def test_head_is_served(clicky: TestClient) -> None:
    params = {**CREDENTIALS, "type": "visitors", "output": "json"}
    get = call(clicky, "GET", STATS, params=params)
    head = call(clicky, "HEAD", STATS, params=params)
    assert (head.status_code, head.content) == (200, b"")
    assert head.headers["content-length"] == str(len(get.content))


def test_long_urls_are_414_in_the_requested_format(clicky: TestClient) -> None:
    answer = stats(clicky, type="visitors", output="json", filter="x" * 9000)
    assert "at most 8192" in error_of(answer, "json", status=414)


@pytest.mark.parametrize("status", [500, 503, 429])
@pytest.mark.parametrize("output", ["json", "xml"])
def test_injected_faults_use_the_error_model(clicky: TestClient, status: int, output: str) -> None:
    params = {**CREDENTIALS, "type": "visitors", "output": output}
    answer = call(clicky, "GET", STATS, params=params, headers={"X-Mock-Fault": f"status={status}"})
    assert "injected fault" in error_of(answer, output, status=status)


def test_messages_are_plain_words(clicky: TestClient) -> None:
    limit = error_of(stats(clicky, type="visitors", output="json", limit="abc"), "json")
    assert limit == 'query parameter \'limit\': expected an integer 1-1000 or "all"; got "abc"'
    date = error_of(stats(clicky, type="visitors", output="json", date="x" * 5000), "json")
    assert "(?:" not in date and "characters)" in date and len(date) < 400
