"""The spec conventions of ARCHITECTURE.md ("Specs"), checked the same way for every API's wire spec.

API-specific facts (the vendor's parameter lists, error bodies, shapes) stay in test_<api>_spec.py.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from clickapis.catalog import API_NAMES as APIS
from clickapis.json_pointer import resolve_ref, walk
from clickapis.yaml_files import read_yaml
from tests.spec_examples import document_examples, example_failures, example_registry

REPO = Path(__file__).resolve().parents[2]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

per_api = pytest.mark.parametrize("api", APIS)


@cache
def spec(api: str) -> dict[str, Any]:
    loaded: dict[str, Any] = read_yaml(REPO / "specs" / api / "openapi.yaml")
    return loaded


def operations(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(where, path item, operation) of every operation."""
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                yield f"{method.upper()} {path}", item, operation


@per_api
def test_the_spec_is_valid_openapi_3_1(api: str) -> None:
    assert spec(api)["openapi"] == "3.1.0"
    validate(spec(api))


@per_api
def test_operation_ids_are_unique_camel_case(api: str) -> None:
    ids = [operation.get("operationId") for _, _, operation in operations(spec(api))]
    assert ids, "no operations"
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    malformed = sorted(str(i) for i in ids if not isinstance(i, str) or not re.fullmatch(r"[a-z][a-zA-Z0-9]*", i))
    assert not duplicates, f"duplicate operationIds: {duplicates}"
    assert not malformed, f"missing or non-camelCase operationIds: {malformed}"


@per_api
def test_each_operation_has_exactly_one_declared_tag_a_summary_and_a_description(api: str) -> None:
    declared = {tag["name"] for tag in spec(api).get("tags", [])}
    problems = []
    for where, _, operation in operations(spec(api)):
        tags = operation.get("tags", [])
        if len(tags) != 1 or tags[0] not in declared:
            problems.append(f"{where}: tags {tags} (declared: {sorted(declared)})")
        if not operation.get("summary") or not operation.get("description"):
            problems.append(f"{where}: summary or description missing")
    assert not problems, "\n".join(problems)


@per_api
def test_every_parameter_has_a_schema_and_a_description(api: str) -> None:
    document = spec(api)
    problems = [
        f"{where}: {parameter.get('in')}:{parameter.get('name')}"
        for where, item, operation in operations(document)
        for parameter in (
            resolve_ref(document, p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]
        )
        if "schema" not in parameter or not str(parameter.get("description", "")).strip()
    ]
    assert not problems, "parameters without schema or description:\n" + "\n".join(problems)


@per_api
def test_error_responses_are_shared_components(api: str) -> None:
    problems = [
        f"{where} {status}"
        for where, _, operation in operations(spec(api))
        for status, response in operation["responses"].items()
        if status.startswith(("4", "5")) and not response.get("$ref", "").startswith("#/components/responses/")
    ]
    assert not problems, "error responses not in components/responses:\n" + "\n".join(problems)


def closed_response_schemas(document: dict[str, Any]) -> list[str]:
    """Where anything a response can hold sets `additionalProperties: false` ($refs followed)."""
    pending = [
        (f"{where} {status} ", response)
        for where, _, operation in operations(document)
        for status, response in operation["responses"].items()
    ]
    followed: set[str] = set()
    closed = set()
    while pending:
        label, node = pending.pop()
        for pointer, inner in walk(node):
            if pointer.endswith("/additionalProperties") and inner is False:
                closed.add(f"{label}{pointer}")
            if isinstance(inner, dict) and isinstance(inner.get("$ref"), str) and inner["$ref"] not in followed:
                followed.add(inner["$ref"])
                pending.append((inner["$ref"], resolve_ref(document, inner)))
    return sorted(closed)


@per_api
def test_nothing_a_response_can_hold_forbids_unknown_fields(api: str) -> None:
    """Clients keep unknown fields, so no response schema sets `additionalProperties: false`."""
    assert closed_response_schemas(spec(api)) == []


@per_api
def test_a_closed_schema_behind_a_response_is_found(api: str) -> None:
    broken = copy.deepcopy(spec(api))
    _, _, operation = next(operations(broken))
    success = next(status for status in operation["responses"] if status.startswith("2"))
    broken["components"]["schemas"]["Closed"] = {"type": "object", "additionalProperties": False}
    closed = {"type": "array", "items": {"$ref": "#/components/schemas/Closed"}}
    operation["responses"][success] = {"description": "closed", "content": {"application/json": {"schema": closed}}}
    assert closed_response_schemas(broken) == ["#/components/schemas/Closed/additionalProperties"]


@per_api
def test_vendor_fix_notes_are_non_empty_text(api: str) -> None:
    empty = [
        pointer
        for pointer, node in walk(spec(api))
        if pointer.endswith("/x-vendor-fix") and (not isinstance(node, str) or not node.strip())
    ]
    assert not empty, "empty x-vendor-fix notes:\n" + "\n".join(empty)


EXAMPLES = [(api, *example) for api in APIS for example in document_examples(spec(api))]
EXAMPLE_IDS = [f"{api}:{where}" for api, where, *_ in EXAMPLES]


@pytest.mark.parametrize(("api", "where", "schema_pointer", "value"), EXAMPLES, ids=EXAMPLE_IDS)
def test_every_example_validates_against_its_schema(api: str, where: str, schema_pointer: str, value: Any) -> None:
    assert example_failures(registry(api), where, schema_pointer, value) == []


@cache
def registry(api: str) -> Any:
    return example_registry(spec(api))
