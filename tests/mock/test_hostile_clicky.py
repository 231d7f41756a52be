"""Clicky mock under hostile input: refusals in Clicky's model, no reflected script, XML always well-formed.

Clicky reports a bad request with HTTP 200 and `[{"error": "..."}]` in the requested `output` format (the
spec's root description and `ErrorItem`); the frame's own limits (405/413/414) and injected faults keep
their status and carry the same error body.

An invalid *optional* value is not an error on the real API. Vendor, seed 002_c5a5c4d2aea5df3c.txt:
- line 80 ("Optional parameters"): "If a parameter is not included in your request, or the value specificied
  is invalid, the default value will be used automatically."
- line 108 (`date`): "If you give an invalid date or date range (range too large, end is before start, etc),
  we'll automatically use "today" instead."
So the default mode answers such values with the default, and their rejection is checked in strict mode
(`X-Mock-Strict: 1`); everything else hostile (methods, URL length, odd characters in required values,
callbacks that are no JavaScript name) is refused or neutralised in both modes.
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

from clickapis.catalog import APIS
from contract.in_band_errors import _json as in_band_body
from mockserver.apis.clicky import behaviour as clicky_behaviour
from tests.mock.hostile import BEYOND_INT64, INTEGER_IMPOSTORS, UNDEFINED_METHODS, call, module_mock

CREDENTIALS = APIS["clicky"].query
STATS = "/api/stats/4"
STRICT = {"X-Mock-Strict": "1"}
MODES = pytest.mark.parametrize("mode", [{}, STRICT], ids=["default", "strict"])
ODD_TEXT = ["\x01\x02", "\x0b\x0c", "\x1f", "\ufffe", "<b>&amp;</b>", "]]>", '"quoted"', "tab\there", "\u202e"]
"""Request text that once made an ill-formed XML error (control characters) or could (markup)."""
INVALID_CALLBACKS = [
    "alert(document.domain)//",
    "</script><script>alert(1)</script>",
    "a;b",
    "a b",
    "a\nb",
    "x=1",
    "cb()",
    "\u0663",
]
"""Not JavaScript names: never written into an answer, whatever the mode."""


@pytest.fixture(scope="module")
def clicky() -> Iterator[TestClient]:
    # Frozen clock: the default mode's fallbacks are compared with the answer the default gives.
    with module_mock("clicky", {}, clicky_behaviour(processing_seconds=0), frozen_clock=True) as client:
        yield client


def stats(client: TestClient, headers: dict[str, str] | None = None, **params: Any) -> httpx.Response:
    return call(client, "GET", STATS, params={**CREDENTIALS, **params}, headers=headers or {})


def normal_json(answer: httpx.Response) -> Any:
    """The body of a successful JSON answer (the default mode's answer to an invalid optional value)."""
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/json")
    body = answer.json()
    assert isinstance(body, list) and body and all("error" not in result for result in body), answer.text[:300]
    return body


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


@pytest.mark.parametrize("callback", INVALID_CALLBACKS)
def test_an_invalid_json_callback_is_never_used(clicky: TestClient, callback: str) -> None:
    answer = stats(clicky, STRICT, type="visitors", output="json", json_callback=callback)
    message = error_of(answer, "json")  # plain JSON, not text/javascript
    assert message.startswith("query parameter 'json_callback': expected text of the documented form")
    assert not answer.text.startswith(callback[:3])
    also_var = stats(clicky, STRICT, type="visitors", output="json", json_var=callback)
    assert "json_var" in error_of(also_var, "json")


@pytest.mark.parametrize("parameter", ["json_callback", "json_var"])
@pytest.mark.parametrize("callback", INVALID_CALLBACKS)
def test_an_invalid_json_callback_means_plain_json_by_default(
    clicky: TestClient, parameter: str, callback: str
) -> None:
    # Seed 002 line 80: an invalid optional value means its default, here no wrapping at all.
    plain = normal_json(stats(clicky, type="visitors", output="json"))
    assert normal_json(stats(clicky, type="visitors", output="json", **{parameter: callback})) == plain


@MODES
@pytest.mark.parametrize("parameter", ["json_callback", "json_var"])
def test_an_invalid_json_callback_never_wraps_the_frames_refusals(
    clicky: TestClient, mode: dict[str, str], parameter: str
) -> None:
    callback = "alert(document.domain)//"
    params = {**CREDENTIALS, "type": "visitors", "output": "json", parameter: callback}
    refused = call(clicky, "PROPFIND", STATS, params=params, headers=mode)
    assert "PROPFIND" in error_of(refused, "json", status=405)
    too_long = stats(clicky, mode, type="visitors", output="json", filter="x" * 9000, **{parameter: callback})
    assert "at most 8192" in error_of(too_long, "json", status=414)
    assert callback not in refused.text + too_long.text


def test_a_valid_callback_still_wraps_errors_and_answers(clicky: TestClient) -> None:
    answer = stats(clicky, type="visitors", output="json", json_callback="my.cb_1")
    assert answer.headers["content-type"].startswith("text/javascript")
    assert answer.text.startswith("my.cb_1([{") and answer.text.endswith("])")
    refused = stats(clicky, STRICT, type="visitors", output="json", json_callback="cb", limit="0")
    assert refused.text.startswith('cb([{"error":')
    assert in_band_body(refused.content) == [{"error": json.loads(refused.text[3:-1])[0]["error"]}]
    # Seed 002 line 80: by default `limit=0` means the default limit, and the answer is wrapped all the same.
    lenient = stats(clicky, type="visitors", output="json", json_callback="cb", limit="0")
    assert lenient.text == f"cb({answer.text[len('my.cb_1(') : -1]})"


@MODES
@pytest.mark.parametrize("text", ODD_TEXT)
@pytest.mark.parametrize("parameter", ["date", "limit", "output_extra", "filter", "type", "site_id"])
def test_xml_is_well_formed_for_any_input(clicky: TestClient, mode: dict[str, str], parameter: str, text: str) -> None:
    answer = stats(clicky, mode, **({"type": "visitors"} | {parameter: text}))
    assert answer.status_code == 200
    root = ET.fromstring(answer.content)  # raises on an ill-formed answer
    assert root.tag == "response"


@pytest.mark.parametrize("output", ["json", "xml", "csv", "php"])
@pytest.mark.parametrize("text", ODD_TEXT)
def test_the_contract_hook_reads_in_band_errors_with_odd_characters(clicky: TestClient, output: str, text: str) -> None:
    # Strict mode: the error echoes the odd characters, the hook must still read it in every format.
    answer = stats(clicky, STRICT, type="visitors", output=output, date=text)
    message = error_of(answer, output)
    assert message.startswith("query parameter 'date'")
    assert in_band_body(answer.content) == [{"error": message}]


@pytest.mark.parametrize("output", ["json", "xml", "csv", "php"])
@pytest.mark.parametrize("text", ODD_TEXT)
def test_an_odd_date_means_today_by_default(clicky: TestClient, output: str, text: str) -> None:
    # Seed 002 line 108: an invalid date means "today"; no error for the hook to find.
    today = stats(clicky, type="visitors", output=output, date="today")
    answer = stats(clicky, type="visitors", output=output, date=text)
    assert (answer.status_code, answer.headers["content-type"], answer.content) == (
        200, today.headers["content-type"], today.content
    )  # fmt: skip
    body = in_band_body(answer.content)  # None, or (json) the normal answer
    assert body is None or all("error" not in result for result in body)


@MODES
@pytest.mark.parametrize("output", ["json", "xml", "csv", "php"])
@pytest.mark.parametrize("text", ODD_TEXT)
def test_odd_characters_in_a_required_value_are_refused_in_both_modes(
    clicky: TestClient, mode: dict[str, str], output: str, text: str
) -> None:
    # `site_id` is required, no default to fall back on (seed 002 line 15: "required with every request").
    answer = stats(clicky, mode, type="visitors", output=output, site_id=text)
    assert error_of(answer, output) == "Invalid site_id."
    assert in_band_body(answer.content) == [{"error": "Invalid site_id."}]


@pytest.mark.parametrize("impostor", INTEGER_IMPOSTORS)
@pytest.mark.parametrize("parameter", ["limit", "page", "time_offset"])
def test_integers_are_ascii_digits_in_range(clicky: TestClient, parameter: str, impostor: str) -> None:
    answer = stats(clicky, STRICT, type="visitors-list", output="json", **{parameter: impostor})
    if parameter == "page" and impostor in BEYOND_INT64 and not impostor.startswith("-"):
        # `page` has a minimum but no maximum or format: any size is valid, and that far there is nothing.
        assert answer.json()[0]["dates"][0]["items"] == []
        return
    message = error_of(answer, "json")
    assert message.startswith(f"query parameter '{parameter}': expected ")
    assert "anyOf" not in message and len(message) <= 300


@pytest.mark.parametrize("impostor", INTEGER_IMPOSTORS)
@pytest.mark.parametrize("parameter", ["limit", "page", "time_offset"])
def test_integer_impostors_mean_the_default_by_default(clicky: TestClient, parameter: str, impostor: str) -> None:
    answer = normal_json(stats(clicky, type="visitors-list", output="json", **{parameter: impostor}))
    if parameter == "page" and impostor in BEYOND_INT64 and not impostor.startswith("-"):
        assert answer[0]["dates"][0]["items"] == []  # a valid page, as in strict mode
        return
    # Seed 002 line 80: an invalid optional value means the default, as if it were not sent.
    assert answer == normal_json(stats(clicky, type="visitors-list", output="json"))


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
    limit = error_of(stats(clicky, STRICT, type="visitors", output="json", limit="abc"), "json")
    assert limit == 'query parameter \'limit\': expected an integer 1-1000 or "all"; got "abc"'
    date = error_of(stats(clicky, STRICT, type="visitors", output="json", date="x" * 5000), "json")
    assert "(?:" not in date and "characters)" in date and len(date) < 400


def test_the_same_values_mean_the_defaults_by_default(clicky: TestClient) -> None:
    plain = normal_json(stats(clicky, type="visitors", output="json"))  # no limit, date today
    assert normal_json(stats(clicky, type="visitors", output="json", limit="abc")) == plain  # seed 002 line 80
    assert normal_json(stats(clicky, type="visitors", output="json", date="x" * 5000)) == plain  # line 108
