"""The mock frame on its own: routing, auth, validation and coercion, transactions, faults, persistence."""

import os
import time
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from mockserver.registry import HandlerCoverageError
from mockserver.responses import ResponseContractError
from mockserver.spec import WireSpec
from tests.mock.conftest import MockFactory
from tests.mock.frame_api import DEMO_KEY, build_behaviour, write_spec

AUTH = {"X-Key": DEMO_KEY}


@pytest.fixture
def frame(make_mock: MockFactory, tmp_path: Path) -> TestClient:
    return make_mock(api="clickport", behaviour=build_behaviour(), spec_path=write_spec(tmp_path))


def test_parameters_are_coerced_by_their_schema_types(frame: TestClient) -> None:
    answer = frame.get(
        "/search?limit=5&active=true&tags=a,b,c&ids=1&ids=2&filter[color]=red&filter[size]=3",
        headers={**AUTH, "X-Trace": "42"},
    )
    assert answer.status_code == 200
    assert answer.json() == {
        "query": {
            "limit": 5,
            "active": True,
            "tags": ["a", "b", "c"],
            "ids": [1, 2],
            "filter": {"color": "red", "size": 3},
        },
        "headers": {"X-Trace": 42},
    }
    assert frame.get("/items/7", headers=AUTH).json() == {"id": 7}


@pytest.mark.parametrize(
    ("url", "named"),
    [
        ("/search", "query parameter 'limit' is required"),
        ("/search?limit=abc", "query parameter 'limit'"),
        ("/search?limit=51", "query parameter 'limit'"),
        ("/search?limit=1&active=yes", "query parameter 'active'"),
        ("/search?limit=1&ids=1&ids=x", "query parameter 'ids' at /1"),
        ("/search?limit=1&filter[size]=big", "query parameter 'filter' at /size"),
        ("/items/0", "path parameter 'item_id'"),
        ("/search?limit=1&filter[size][min]=1", "nested keys are not supported: filter[size][min]"),
    ],
)
def test_bad_parameters_answer_400_naming_the_parameter(frame: TestClient, url: str, named: str) -> None:
    answer = frame.get(url, headers=AUTH)
    assert answer.status_code == 400
    assert named in answer.json()["problem"]


def test_int32_and_int64_formats_are_ranges() -> None:
    from mockserver.schema_check import compile_schema

    int64 = compile_schema({"type": "integer", "format": "int64"}, {})
    assert int64.first_error(2**63 - 1) is None
    assert "an integer (64-bit)" in (int64.first_error(2**63) or "")
    assert compile_schema({"type": "integer"}, {}).first_error(2**70) is None  # no format: any size
    int32 = compile_schema(
        {"type": "object", "properties": {"n": {"$ref": "#/components/schemas/N"}}},
        {"components": {"schemas": {"N": {"type": "integer", "format": "int32", "maximum": 10}}}},
    )
    assert int32.first_error({"n": 10}) is None
    assert (int32.first_error({"n": 11}) or "").startswith("/n: expected an integer -2147483648-10")  # spec's maximum
    assert "-2147483648-10" in (int32.first_error({"n": -(2**31) - 1}) or "")


def test_bad_bodies_answer_400_or_415_naming_the_pointer(frame: TestClient) -> None:
    too_long = frame.post("/notes", json={"text": "x" * 21}, headers=AUTH)
    assert too_long.status_code == 400 and "request body at /text" in too_long.json()["problem"]
    missing = frame.post("/notes", json={}, headers=AUTH)
    assert missing.status_code == 400 and "'text' is a required property" in missing.json()["problem"].replace('"', "'")
    assert frame.post("/notes", headers=AUTH).json() == {"problem": "request body is required"}
    not_json = frame.post("/notes", content=b"{oops", headers={**AUTH, "Content-Type": "application/json"})
    assert not_json.status_code == 400 and "not valid JSON" in not_json.json()["problem"]
    wrong_type = frame.post("/notes", content=b"text=a", headers={**AUTH, "Content-Type": "text/plain"})
    assert wrong_type.status_code == 415


def test_credentials_are_checked_before_validation_and_never_echoed(frame: TestClient) -> None:
    missing = frame.get("/search")
    assert (missing.status_code, missing.json()) == (401, {"problem": "Missing API key"})
    wrong = frame.get("/search?limit=1", headers={"X-Key": "guess-123"})
    assert (wrong.status_code, wrong.json()) == (401, {"problem": "Invalid API key"})
    assert "guess-123" not in wrong.text


def test_unknown_path_and_wrong_method_use_the_vendor_model(frame: TestClient) -> None:
    unknown = frame.get("/nowhere", headers=AUTH)
    assert unknown.status_code == 404 and "/nowhere" in unknown.json()["problem"]
    wrong = frame.delete("/notes", headers=AUTH)
    assert wrong.status_code == 405
    assert wrong.headers["allow"] == "GET, HEAD, POST"  # HEAD wherever GET (RFC 9110 9.3.2)
    assert "problem" in wrong.json()


def test_a_failing_handler_leaves_the_store_unchanged(frame: TestClient) -> None:
    assert frame.post("/notes", json={"text": "kept"}, headers=AUTH).status_code == 200
    refused = frame.post("/notes", json={"text": "conflict"}, headers=AUTH)
    assert (refused.status_code, refused.json()) == (409, {"problem": "note written, then refused"})
    with pytest.raises(RuntimeError):
        frame.post("/notes", json={"text": "crash"}, headers=AUTH)
    assert frame.get("/notes", headers=AUTH).json() == {"count": 1}


def test_a_crashing_handler_answers_500_when_not_strict(make_mock: MockFactory, tmp_path: Path) -> None:
    lenient = make_mock(behaviour=build_behaviour(), spec_path=write_spec(tmp_path), validate_responses=False)
    crashed = lenient.post("/notes", json={"text": "crash"}, headers=AUTH)
    assert (crashed.status_code, crashed.json()) == (500, {"problem": "mock handler failed: RuntimeError"})
    assert lenient.get("/notes", headers=AUTH).json() == {"count": 0}


def test_answers_that_break_the_spec_are_caught(frame: TestClient) -> None:
    with pytest.raises(ResponseContractError, match="brokenAnswer 200"):
        frame.get("/broken", headers=AUTH)


def test_every_operation_needs_a_handler(make_mock: MockFactory, tmp_path: Path) -> None:
    with pytest.raises(HandlerCoverageError, match="operations without a handler: search"):
        make_mock(behaviour=build_behaviour(skip="search"), spec_path=write_spec(tmp_path))


def test_header_faults(frame: TestClient) -> None:
    unavailable = frame.get("/notes", headers={**AUTH, "X-Mock-Fault": "status=503"})
    assert unavailable.status_code == 503
    limited = frame.get("/notes", headers={**AUTH, "X-Mock-Fault": "status=429; retry-after=2"})
    assert (limited.status_code, limited.headers["retry-after"]) == (429, "2")
    started = time.perf_counter()
    slow = frame.get("/notes", headers={**AUTH, "X-Mock-Fault": "delay=0.3"})
    assert slow.status_code == 200 and time.perf_counter() - started >= 0.3
    garbled = frame.get("/notes", headers={**AUTH, "X-Mock-Fault": "explode"})
    assert garbled.status_code == 400 and "explode" in garbled.json()["problem"]


def test_faults_never_touch_the_store(frame: TestClient) -> None:
    assert (
        frame.post("/notes", json={"text": "lost"}, headers={**AUTH, "X-Mock-Fault": "status=500"}).status_code == 500
    )
    assert frame.get("/notes", headers=AUTH).json() == {"count": 0}


def _fault_pattern(client: TestClient) -> list[int]:
    return [client.get("/notes", headers=AUTH).status_code for _ in range(60)]


def test_random_faults_are_deterministic_under_the_seed(make_mock: MockFactory, tmp_path: Path) -> None:
    spec = write_spec(tmp_path)
    settings: dict[str, Any] = {"behaviour": build_behaviour(), "spec_path": spec, "faults": 0.3, "seed": 7}
    first = _fault_pattern(make_mock(**settings))
    second = _fault_pattern(make_mock(**{**settings, "behaviour": build_behaviour()}))
    other_seed = _fault_pattern(make_mock(**{**settings, "behaviour": build_behaviour(), "seed": 8}))
    assert first == second
    assert first != other_seed
    failed = sum(status != 200 for status in first)
    assert 5 <= failed <= 35, first
    assert (
        make_mock(**{**settings, "behaviour": build_behaviour(), "faults": 1.0}).get("/_mock/health").status_code == 200
    )


def test_db_file_persists_state_and_reset_forgets_it(make_mock: MockFactory, tmp_path: Path) -> None:
    spec = write_spec(tmp_path)
    database = str(tmp_path / "state.sqlite")
    first = make_mock(behaviour=build_behaviour(), spec_path=spec, db=database)
    first.post("/notes", json={"text": "remember me"}, headers=AUTH)
    first.close()
    second = make_mock(behaviour=build_behaviour(), spec_path=spec, db=database)
    assert second.get("/notes", headers=AUTH).json() == {"count": 1}
    assert second.post("/_mock/reset").status_code == 200
    assert second.get("/notes", headers=AUTH).json() == {"count": 0}


def test_health_reports_api_clock_and_seed(make_mock: MockFactory) -> None:
    health = make_mock(seed=3).get("/_mock/health").json()
    assert health == {
        "status": "ok",
        "api": "clickport",
        "now": "2026-03-31T12:00:00+00:00",
        "clock": "frozen",
        "strict": False,
        "seed": 3,
    }


def test_a_spec_is_parsed_once_per_content_and_an_edit_is_seen(tmp_path: Path) -> None:
    spec = write_spec(tmp_path)
    assert WireSpec.load(spec) is WireSpec.load(spec)  # in-process mocks share one parse
    before = spec.stat()
    text = spec.read_text(encoding="utf-8")
    assert "countNotes" in text
    spec.write_text(text.replace("countNotes", "countNoteZ"), encoding="utf-8")  # same size
    os.utime(spec, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the same modification time
    edited = WireSpec.load(spec)
    assert "countNoteZ" in edited.operations and "countNotes" not in edited.operations
