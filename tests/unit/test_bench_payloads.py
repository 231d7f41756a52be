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


@pytest.mark.parametrize(
    ("api", "build", "adapter"),
    [
        ("clicky", lambda spec: clicky_visitors_list(spec, 2), "CLICKY_VISITORS_LIST"),
        ("clickmeter", lambda spec: clickmeter_hits(spec, 2), "CLICKMETER_HIT_LIST"),
    ],
)
def test_the_pydantic_baseline_reads_every_field_of_the_payload(api: str, build: Any, adapter: str) -> None:
    """The pydantic models have the payload's full shape: every field lands in a declared one, none in extras."""
    import bench.pydantic_shapes as shapes

    body = build(load_spec(REPO, api))
    parsed = getattr(shapes, adapter).validate_json(body)
    models = parsed if isinstance(parsed, list) else [parsed]
    assert [model.model_dump(mode="json", exclude_unset=True) for model in models] == (
        json.loads(body) if isinstance(parsed, list) else [json.loads(body)]
    )
    assert not list(extras(models))


def extras(node: Any) -> Any:
    """Every undeclared field anywhere in a tree of pydantic models (extra="allow" keeps them)."""
    from pydantic import BaseModel

    if isinstance(node, BaseModel):
        yield from (node.model_extra or {})
        for name in type(node).model_fields:
            yield from extras(getattr(node, name))
    elif isinstance(node, list):
        for item in node:
            yield from extras(item)
