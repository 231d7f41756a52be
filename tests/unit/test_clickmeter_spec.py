"""The hand-written ClickMeter spec against its sources (vendor Swagger, partial seed collections) and the
project's spec contract (ARCHITECTURE.md, "Specs")."""

import copy
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from clickapis.json_pointer import resolve_ref, walk
from clickapis.yaml_files import read_yaml
from tests.spec_examples import iter_example_failures

SPEC_DIR = Path(__file__).resolve().parents[2] / "specs" / "clickmeter"
SPEC_PATH = SPEC_DIR / "openapi.yaml"
SOURCES = SPEC_DIR / "sources"
VENDOR = SOURCES / "clickmeter-vendor-swagger.yaml"
SEEDS = (SOURCES / "003_a40724fd5a2d9d27.txt", SOURCES / "004_c54cffe09d45e067.txt")
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

OperationKey = tuple[str, str]  # (METHOD, path)


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = read_yaml(SPEC_PATH)
    return loaded


def load_swagger(path: Path) -> dict[str, Any]:
    # The seed collections end with a stray "---", so they hold an empty second YAML document.
    documents = [document for document in yaml.safe_load_all(path.read_text(encoding="utf-8")) if document]
    assert len(documents) == 1, f"{path.name}: expected one Swagger document, found {len(documents)}"
    return documents[0]


def swagger_operations(document: dict[str, Any]) -> dict[OperationKey, dict[str, Any]]:
    return {
        (method.upper(), path): operation
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    }


def spec_operations() -> dict[OperationKey, dict[str, Any]]:
    return swagger_operations(spec())


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    resolved: dict[str, Any] = resolve_ref(spec(), node)
    return resolved


def spec_parameters(path: str, operation: dict[str, Any]) -> set[tuple[str, str]]:
    """(name, in) of every parameter the operation takes, path-item parameters included."""
    item_level = spec()["paths"][path].get("parameters", [])
    return {
        (parameter["name"], parameter["in"])
        for parameter in map(resolve, [*item_level, *operation.get("parameters", [])])
    }


def missing_from_spec(document: dict[str, Any]) -> list[str]:
    """Operations and parameters of a Swagger 2.0 document that the spec lacks; `in: body` maps to requestBody."""
    ours = spec_operations()
    missing = []
    for (method, path), operation in swagger_operations(document).items():
        counterpart = ours.get((method, path))
        if counterpart is None:
            missing.append(f"operation {method} {path}")
            continue
        parameters = spec_parameters(path, counterpart)
        for parameter in operation.get("parameters", []):
            if parameter["in"] == "body":
                if "requestBody" not in counterpart:
                    missing.append(f"{method} {path}: request body (vendor parameter {parameter['name']!r})")
            elif (parameter["name"], parameter["in"]) not in parameters:
                missing.append(f"{method} {path}: parameter {parameter['in']}:{parameter['name']}")
    return missing


# ---- sources ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.name)
def test_every_seed_operation_and_parameter_is_in_the_spec(seed: Path) -> None:
    document = load_swagger(seed)
    assert swagger_operations(document), f"{seed.name} holds no operations"
    missing = missing_from_spec(document)
    assert not missing, f"missing from {SPEC_PATH.name} (compared with {seed.name}):\n" + "\n".join(missing)


def test_every_vendor_operation_and_parameter_is_in_the_spec() -> None:
    missing = missing_from_spec(load_swagger(VENDOR))
    assert not missing, f"missing from {SPEC_PATH.name} (compared with {VENDOR.name}):\n" + "\n".join(missing)


def test_the_spec_has_no_operation_the_vendor_lacks() -> None:
    extra = sorted(set(spec_operations()) - set(swagger_operations(load_swagger(VENDOR))))
    assert not extra, "operations not in the vendor file:\n" + "\n".join(f"{m} {p}" for m, p in extra)


def test_vendor_required_parameters_stay_required() -> None:
    ours = spec_operations()
    loose = []
    for (method, path), operation in swagger_operations(load_swagger(VENDOR)).items():
        required = {
            (parameter["name"], parameter["in"])
            for parameter in map(resolve, ours[(method, path)].get("parameters", []))
            if parameter.get("required")
        }
        for parameter in operation.get("parameters", []):
            if parameter.get("required") and parameter["in"] != "body":
                if (parameter["name"], parameter["in"]) not in required:
                    loose.append(f"{method} {path}: {parameter['in']}:{parameter['name']}")
            elif parameter.get("required") and not ours[(method, path)].get("requestBody", {}).get("required"):
                loose.append(f"{method} {path}: request body")
    assert not loose, "required by the vendor, optional in the spec:\n" + "\n".join(loose)


# ---- operation contract ----------------------------------------------------------------------------


def test_error_answers_use_the_shared_responses() -> None:
    problems = []
    for (method, path), operation in spec_operations().items():
        responses = operation["responses"]
        expected = {"401": "Unauthorized", "500": "InternalServerError"}
        if "{" in path:
            expected["404"] = "NotFound"
        if operation.get("parameters") or operation.get("requestBody"):
            expected["400"] = "BadRequest"
        for status, name in expected.items():
            if responses.get(status, {}).get("$ref") != f"#/components/responses/{name}":
                problems.append(f"{method} {path}: {status} should be components/responses/{name}")
    assert not problems, "\n".join(problems)


def test_error_responses_carry_the_vendor_error_body() -> None:
    error = spec()["components"]["schemas"]["Error"]
    assert set(error["properties"]) == {"errorCode", "httpErrorCode", "Message"}
    for name, response in spec()["components"]["responses"].items():
        schema = response["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/Error"}, f"components/responses/{name}"


def test_links_name_existing_operations_and_their_parameters() -> None:
    by_id = {operation["operationId"]: (path, operation) for (_, path), operation in spec_operations().items()}
    problems = []
    links = 0
    for (method, path), operation in spec_operations().items():
        for status, response in operation["responses"].items():
            for name, link in resolve(response).get("links", {}).items():
                links += 1
                target = by_id.get(link.get("operationId"))
                if target is None:
                    problems.append(
                        f"{method} {path} {status} link {name}: unknown operation {link.get('operationId')}"
                    )
                    continue
                known = spec_parameters(*target)
                for parameter in link.get("parameters", {}):
                    location, _, parameter_name = parameter.rpartition(".")
                    if not any(n == parameter_name and (not location or loc == location) for n, loc in known):
                        problems.append(f"{method} {path} link {name}: {link['operationId']} has no {parameter}")
    assert links, "no links: stateful testing could not chain create and read operations"
    assert not problems, "\n".join(problems)


# ---- annotations and examples ----------------------------------------------------------------------


def test_vendor_fixes_are_recorded() -> None:
    notes = [pointer for pointer, _ in walk(spec()) if pointer.endswith("/x-vendor-fix")]
    assert notes, "no x-vendor-fix notes: the vendor bugs listed in API-FACTS.md are not recorded"


def test_example_check_reports_broken_examples_with_their_pointer() -> None:
    broken = copy.deepcopy(spec())
    broken["components"]["schemas"]["Count"]["examples"] = [{"count": "many"}]
    broken["paths"]["/datapoints/{id}"]["get"]["parameters"] = [
        {
            "name": "id",
            "in": "path",
            "required": True,
            "schema": {"$ref": "#/components/schemas/Day"},
            "example": "2024-01-01",
        }
    ]
    failures = iter_example_failures(broken)
    assert any(f.startswith("/components/schemas/Count/examples/0:") for f in failures), failures
    assert any(f.startswith("/paths/~1datapoints~1{id}/get/parameters/0/example:") for f in failures), failures
