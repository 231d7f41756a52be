"""The `x-sdk*` extensions of an effective spec, checked against generator/schemas/x-sdk.schema.yaml.

The templates read these extensions through sdk_context; a misspelt key or a value of the wrong shape would
otherwise render a client that silently ignores it. Each problem names where it was written: the overlay
action (file, line, pointer) that set it, or the spec's own line, and the node's JSON pointer in the effective
spec. The same schema renders the extension table of ARCHITECTURE.md (`extension_table`).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import jsonschema_rs

from clickapis.json_pointer import display_pointer, resolve_ref
from clickapis.yaml_files import read_yaml
from generator.errors import SdkExtensionError
from generator.overlay import apply_overlay
from generator.yaml_source import SourceDocument

SCHEMA_PATH = Path(__file__).resolve().parent / "schemas" / "x-sdk.schema.yaml"
PREFIX = "x-sdk"
HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})
_DATA_KEYS = ("example", "examples", "default", "enum", "const")  # values, not spec nodes
_WHERE_WORDS = {
    "root": "the document root",
    "securityScheme": "a security scheme",
    "operation": "an operation",
    "schema": "a schema",
}
_ABSENT = object()

NodePath = tuple[str | int, ...]


@attrs.frozen
class Problem:
    path: NodePath  # in the effective spec, down to the offending value
    message: str


@functools.cache
def extension_schema() -> dict[str, Any]:
    schema: dict[str, Any] = read_yaml(SCHEMA_PATH)
    return schema


def extension_names() -> list[str]:
    return [name for name in extension_schema()["$defs"] if name.startswith(PREFIX)]


@functools.cache
def _validator(name: str) -> Any:
    return jsonschema_rs.validator_for({**extension_schema(), "$ref": f"#/$defs/{name}"})


def check_sdk_extensions(spec: SourceDocument, overlay: SourceDocument | None, effective: Any) -> None:
    """Raise SdkExtensionError listing every misplaced, unknown or malformed `x-sdk*` value with its origin."""
    problems = list(sdk_extension_problems(effective))
    if not problems:
        return
    origins = _Origins(spec, overlay)
    listed = [
        f"{origins.where(problem.path)}: {display_pointer(problem.path)}: {problem.message}" for problem in problems
    ]
    raise SdkExtensionError(f"{spec.path}{_with(overlay)}", listed)


def sdk_extension_problems(document: Any) -> Iterator[Problem]:
    known = extension_names()
    policies = _policies(document)
    for path, node in _extension_holders(document, ()):
        for key, value in node.items():
            if not key.startswith(PREFIX):
                continue
            at = (*path, key)
            if key not in known:
                yield Problem(at, f"unknown extension {key!r}; the generator reads {', '.join(known)}")
                continue
            allowed = extension_schema()["$defs"][key]["x-where"]
            kind = _kind(path)
            if kind not in allowed:
                places = " or ".join(_WHERE_WORDS[place] for place in allowed)
                yield Problem(at, f"{key} belongs on {places}, not on {_WHERE_WORDS.get(kind, 'this node')}")
                continue
            errors = sorted(_validator(key).iter_errors(value), key=lambda error: list(map(str, error.instance_path)))
            for error in errors:
                yield Problem((*at, *error.instance_path), error.message)
            if errors:
                continue
            if key == "x-sdk-pacing" and value not in policies:
                defined = ", ".join(sorted(policies)) or "none"
                yield Problem(at, f"{value!r} is not a pacing policy of the root x-sdk.pacing (defined: {defined})")
            if key == "x-sdk-default":
                yield from _default_problems(document, node, at)
            if key == "x-sdk":
                yield from _settings_problems(document, value, at)
            if key == "x-sdk-pagination":
                yield from _paging_problems(document, node, value, at)


def _policies(document: Any) -> dict[str, Any]:
    settings = document.get(PREFIX) if isinstance(document, dict) else None
    pacing = settings.get("pacing") if isinstance(settings, dict) else None
    return pacing if isinstance(pacing, dict) else {}


def _settings_problems(document: Any, settings: dict[str, Any], at: NodePath) -> Iterator[Problem]:
    model = settings.get("error_model")
    schemas = document.get("components", {}).get("schemas", {})
    if model is not None and model not in schemas:
        yield Problem((*at, "error_model"), f"{model!r} is not a schema under components.schemas")
    from generator.sdk_context import SdkContext  # imports openapi-python-client

    scoped = {name: policy["scope"] for name, policy in settings.get("pacing", {}).items() if "scope" in policy}
    params = {credential.param for credential in SdkContext(document, api="").credentials} if scoped else set()
    for name, scope in scoped.items():
        if scope not in params:
            known = ", ".join(sorted(params)) or "none"
            yield Problem((*at, "pacing", name, "scope"), f"{scope!r} is not a credential of the Client ({known})")


def _paging_problems(
    document: Any, operation: dict[str, Any], paging: dict[str, Any], at: NodePath
) -> Iterator[Problem]:
    """`position` and `size` must name what the operation takes (a pager with a typo would never advance)."""

    def resolve(node: Any) -> Any:
        return resolve_ref(document, node)

    if paging.get("in_body"):
        content = resolve(operation.get("requestBody", {})).get("content", {})
        schemas = [resolve(media.get("schema", {})) for media in content.values()]
        names = {name for schema in schemas for name in schema.get("properties", {})}
        where = "request body property"
    else:
        parameters = [resolve(parameter) for parameter in operation.get("parameters", [])]
        names = {parameter.get("name") for parameter in parameters if parameter.get("in") == "query"}
        where = "query parameter"
    for field in ("position", "size"):
        if field in paging and paging[field] not in names:
            yield Problem((*at, field), f"{paging[field]!r} is not a {where} of this operation")


def _default_problems(document: Any, schema: dict[str, Any], at: NodePath) -> Iterator[Problem]:
    """The SDK's default must be a value the wire accepts: it is sent explicitly."""
    wire_schema = {key: value for key, value in schema.items() if not key.startswith("x-")}
    # Local $refs (#/components/...) resolve against the root of the schema given to the validator.
    validator = jsonschema_rs.validator_for({"allOf": [wire_schema], "components": document.get("components", {})})
    for error in validator.iter_errors(schema["x-sdk-default"]):
        yield Problem(at, f"not valid for its schema: {error.message}")


def _extension_holders(node: Any, path: NodePath) -> Iterator[tuple[NodePath, dict[str, Any]]]:
    """Every mapping of the document that may carry extensions, skipping data (examples, defaults, enums)."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _extension_holders(item, (*path, index))
        return
    if not isinstance(node, dict):
        return
    yield path, node
    for key, value in node.items():
        if isinstance(key, str) and (key.startswith("x-") or key in _DATA_KEYS):
            continue
        yield from _extension_holders(value, (*path, key))


def _kind(path: NodePath) -> str:
    if path == ():
        return "root"
    if len(path) == 3 and path[:2] == ("components", "securitySchemes"):
        return "securityScheme"
    if len(path) == 3 and path[0] == "paths" and path[2] in HTTP_METHODS:
        return "operation"
    if path[:2] == ("components", "schemas") or "schema" in path:
        return "schema"
    return "elsewhere"


def _with(overlay: SourceDocument | None) -> str:
    return f" with {overlay.path.name} applied" if overlay is not None else ""


class _Origins:
    """Where a node of the effective spec was written: the last overlay action that changed it, else the spec."""

    def __init__(self, spec: SourceDocument, overlay: SourceDocument | None) -> None:
        self.spec = spec
        self.overlay = overlay
        self._steps: list[Any] | None = None

    def where(self, path: NodePath) -> str:
        steps = self._documents()
        for index in reversed(range(len(steps) - 1)):
            if _value_at(steps[index], path) != _value_at(steps[index + 1], path):
                return self._in_overlay(index, path)
        return _nearest(self.spec, path)

    def _documents(self) -> list[Any]:
        """The spec, then the document after each overlay action in turn (computed once, on error only)."""
        if self._steps is None:
            self._steps = [self.spec.data]
            if self.overlay is not None:
                for action in self.overlay.data["actions"]:
                    alone = attrs.evolve(self.overlay, data={**self.overlay.data, "actions": [action]})
                    self._steps.append(apply_overlay(self._steps[-1], alone).document)
        return self._steps

    def _in_overlay(self, index: int, path: NodePath) -> str:
        """The deepest line of the action's `update` that spells a tail of the path, else the action's line."""
        assert self.overlay is not None
        action = f"/actions/{index}"
        for start in range(len(path)):
            pointer = f"{action}/update{display_pointer(path[start:])}"
            if self.overlay.line_of(pointer) is not None:
                return self.overlay.where(pointer)
        return self.overlay.where(action)


def _nearest(document: SourceDocument, path: NodePath) -> str:
    """`file:line (pointer)` of the node, or of its nearest ancestor that has a line."""
    for end in range(len(path), -1, -1):
        pointer = display_pointer(path[:end]) if end else ""
        if document.line_of(pointer) is not None:
            return document.where(pointer)
    return str(document.path)


def _value_at(document: Any, path: NodePath) -> Any:
    node = document
    for step in path:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            return _ABSENT
    return node


def extension_table() -> str:
    """The Markdown table of ARCHITECTURE.md's "Overlays" section, rendered from the schema."""
    rows = ["| where | extension | meaning | example |", "| --- | --- | --- | --- |"]
    for name, definition in extension_schema()["$defs"].items():
        if "x-where" not in definition:
            continue  # a shape used by the extensions, not documented on its own
        name = definition.get("x-shown-as", name)
        where = ", ".join(definition["x-where"])
        description = " ".join(definition["description"].split())
        example = "; ".join(f"`{json.dumps(example, ensure_ascii=False)}`" for example in definition["examples"])
        rows.append(f"| {where} | `{name}` | {description} | {example} |")
    return "\n".join(rows) + "\n"
