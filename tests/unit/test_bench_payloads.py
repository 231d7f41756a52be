"""The benchmark payloads are valid answers of the specs, so parsing is measured on real shapes."""

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from bench.payloads import clickmeter_hits, clicky_visitors_list, filled, load_spec, realtime_visitors

REPO = Path(__file__).resolve().parents[2]


def errors(document: dict[str, Any], schema_name: str, instance: Any) -> list[str]:
    registry: Registry[Any] = Registry().with_resource(
        "urn:spec", Resource.from_contents(document, default_specification=DRAFT202012)
    )
    validator = Draft202012Validator({"$ref": f"urn:spec#/components/schemas/{schema_name}"}, registry=registry)
    return [f"{error.json_path}: {error.message}" for error in validator.iter_errors(instance)]


@pytest.mark.parametrize(
    ("api", "schema", "build", "items"),
    [
        ("clickport", "RealtimeVisitors", lambda spec: realtime_visitors(spec, 3), lambda body: body["visitors"]),
        (
            "clicky",
            "VisitorsListResult",
            lambda spec: clicky_visitors_list(spec, 3),
            lambda b: b[0]["dates"][0]["items"],
        ),
        ("clickmeter", "HitList", lambda spec: clickmeter_hits(spec, 3), lambda body: body["hits"]),
    ],
)
def test_payload_validates_against_its_schema(api, schema, build, items) -> None:  # type: ignore[no-untyped-def]
    spec = load_spec(REPO, api)
    body = json.loads(build(spec))
    assert len(items(body)) == 3
    instance = body[0] if isinstance(body, list) else body
    assert errors(spec, schema, instance) == []


def test_filled_adds_every_declared_property() -> None:
    document = {
        "components": {"schemas": {"Inner": {"type": "object", "properties": {"n": {"type": "integer"}}}}},
    }
    schema = {
        "type": "object",
        "properties": {
            "kept": {"type": "string"},
            "inner": {"$ref": "#/components/schemas/Inner"},
            "kind": {"enum": ["b", "a"]},
            "tags": {"type": "array", "items": {"type": "string", "format": "date"}},
        },
    }
    assert filled(document, schema, {"kept": "example"}) == {
        "kept": "example",
        "inner": {"n": 1},
        "kind": "b",
        "tags": ["2024-10-29"],
    }
