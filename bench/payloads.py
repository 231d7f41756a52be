"""Response bodies for the client and parsing benchmarks, built from the effective specs.

Each starts from the spec's own example and fills in every property the schema declares but the example
leaves out, so parsing is measured on the widest documented shape, not on a thin one.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from clickapis.catalog import APIS
from clickapis.json_pointer import resolve_ref
from clickapis.yaml_files import read_yaml

_MISSING: Any = object()
_SCALARS: dict[str, Any] = {"string": "x", "integer": 1, "number": 1.5, "boolean": True, "null": None}
_FORMATS = {"date-time": "2024-10-29T17:54:00Z", "date": "2024-10-29", "uri": "https://example.com/", "email": "a@b.c"}


def load_spec(repo: Path, api: str) -> dict[str, Any]:
    document: dict[str, Any] = read_yaml(repo / APIS[api].effective_spec)
    return document


def resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    resolved: dict[str, Any] = resolve_ref(document, schema)
    return resolved


def _own_example(schema: dict[str, Any]) -> Any:
    if "example" in schema:
        return schema["example"]
    if schema.get("examples"):
        return schema["examples"][0]
    return _MISSING


def filled(document: dict[str, Any], schema: dict[str, Any], example: Any = _MISSING) -> Any:
    """`example` (or the schema's own) with every declared but absent property filled in, recursively."""
    schema = resolve(document, schema)
    if example is _MISSING:
        example = _own_example(schema)
    for combinator in ("oneOf", "anyOf"):
        if combinator in schema and example is _MISSING:
            return filled(document, schema[combinator][0])
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or "properties" in schema:
        instance = dict(example) if isinstance(example, dict) else {}
        for name, property_schema in schema.get("properties", {}).items():
            instance[name] = filled(document, property_schema, instance.get(name, _MISSING))
        return instance
    if kind == "array":
        items = schema.get("items", {})
        return [filled(document, items, item) for item in (example if isinstance(example, list) else [_MISSING])]
    if example is not _MISSING:
        return example
    for key in ("const", "default"):
        if key in schema:
            return schema[key]
    if schema.get("enum"):
        return schema["enum"][0]
    return _FORMATS.get(schema.get("format", ""), _SCALARS.get(kind or "string", "x"))


def repeated(item: Any, count: int) -> list[Any]:
    return [copy.deepcopy(item) for _ in range(count)]


def realtime_visitors(clickport: dict[str, Any], visitors: int = 20) -> bytes:
    """Clickport GET /api/realtime with its documented maximum of 20 visitors."""
    example = clickport["paths"]["/api/realtime"]["get"]["responses"]["200"]["content"]["application/json"]["example"]
    body = filled(clickport, {"$ref": "#/components/schemas/RealtimeVisitors"}, example)
    body["visitors"] = repeated(body["visitors"][0], visitors)
    body["count"] = visitors
    return json.dumps(body).encode()


def clicky_visitors_list(clicky: dict[str, Any], items: int) -> bytes:
    """Clicky `type=visitors-list` answer with `items` visitors in one date group."""
    examples = clicky["components"]["responses"]["Stats"]["content"]["application/json"]["examples"]
    result = examples["visitorsList"]["value"][0]
    body = filled(clicky, {"$ref": "#/components/schemas/VisitorsListResult"}, result)
    body["dates"][0]["items"] = repeated(body["dates"][0]["items"][0], items)
    return json.dumps([body]).encode()


def clickmeter_hits(clickmeter: dict[str, Any], hits: int) -> bytes:
    """ClickMeter hits page (GET /hits) with `hits` hits."""
    body = filled(clickmeter, {"$ref": "#/components/schemas/HitList"})
    body["hits"] = repeated(body["hits"][0], hits)
    return json.dumps(body).encode()
