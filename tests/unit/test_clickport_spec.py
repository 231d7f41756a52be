"""The Clickport spec's own facts and clean generation (the conventions of every spec: test_spec_conventions.py)."""

import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from clickapis.yaml_files import read_yaml

SPEC_PATH = Path(__file__).resolve().parents[2] / "specs" / "clickport" / "openapi.yaml"
SPEC: dict[str, Any] = read_yaml(SPEC_PATH)
OPERATIONS = [
    (path, method, operation)
    for path, item in SPEC["paths"].items()
    for method, operation in item.items()
    if method in ("get", "post", "put", "patch", "delete")
]
REGISTRY: Registry[Any] = Registry().with_resource(
    "urn:clickport", Resource.from_contents(SPEC, default_specification=DRAFT202012)
)


def _validator(schema_name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        {"$ref": f"urn:clickport#/components/schemas/{schema_name}"}, registry=REGISTRY
    )


def test_the_operations_are_the_vendors() -> None:
    ids = [operation["operationId"] for _, _, operation in OPERATIONS]
    assert sorted(ids) == ["getRealtimeVisitors", "listGoalConversions", "listTopPages", "queryStats", "sendEvent"]


def test_every_error_response_uses_the_error_model_and_is_marked_undocumented() -> None:
    for name, response in SPEC["components"]["responses"].items():
        assert response["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Error"}, name
        assert response["x-undocumented"] is True, name
        assert "Not documented by the vendor" in response["description"], name


@pytest.mark.parametrize(
    ("answer", "shapes"),
    [
        ({"results": {"visitors": 4821, "pageviews": 12493, "bounce_rate": 42}}, {"AggregateResult"}),
        ({"results": [{"page": "/", "visitors": 312}]}, {"BreakdownResult"}),
        ({"results": [{"date": "2026-03-25", "visitors": 183}]}, {"BreakdownResult", "TimeSeriesResult"}),
    ],
)
def test_query_answers_match_their_named_shapes(answer: dict[str, Any], shapes: set[str]) -> None:
    matching = {
        name for name in ("AggregateResult", "BreakdownResult", "TimeSeriesResult") if _validator(name).is_valid(answer)
    }
    assert matching == shapes
    assert _validator("QueryResult").is_valid(answer)


def test_filter_value_is_a_string_or_a_non_empty_list_of_strings() -> None:
    check = _validator("Filter")
    assert check.is_valid({"dimension": "country", "operator": "is", "value": "DE"})
    assert check.is_valid({"dimension": "country", "operator": "is_not", "value": ["DE", "US"]})
    assert not check.is_valid({"dimension": "country", "operator": "is", "value": []})
    assert not check.is_valid({"dimension": "country", "operator": "equals", "value": "DE"})


def test_event_limits_are_in_the_schema() -> None:
    check = _validator("EventRequest")
    assert not check.is_valid({"url": "https://a.example/", "meta_keys": [f"k{i}" for i in range(31)]})
    assert not check.is_valid({"url": "https://a.example/", "meta_keys": ["k"], "meta_values": ["x" * 2001]})
    assert check.is_valid({"url": "https://a.example/", "meta_keys": ["k"], "meta_values": ["x" * 2000]})


def test_user_agent_header_is_required_on_events() -> None:
    parameters = SPEC["paths"]["/api/event"]["post"]["parameters"]
    assert {(p["name"], p["in"], p["required"]) for p in parameters} == {("User-Agent", "header", True)}


def test_client_generates_without_warnings(tmp_path: Path) -> None:
    generator = Path(sys.executable).parent / "openapi-python-client"
    result = subprocess.run(
        [
            str(generator),
            "generate",
            "--path",
            str(SPEC_PATH),
            "--output-path",
            str(tmp_path / "client"),
            "--fail-on-warning",
            "--overwrite",
            "--meta",
            "none",
        ],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Warning" not in result.stdout + result.stderr
