"""Apply an OpenAPI Overlay (1.0.x or 1.1.x) to a document, as a pure function.

Semantics follow Overlay 1.1.0: actions apply in order, each to the result of the previous one;
`remove: true` wins over `update`, which wins over `copy`. Overlay 1.0.x documents are read with the
same rules, minus `copy`, which 1.0 does not have.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Collection, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs
import jsonpath_rfc9535
import jsonschema

from clickapis.json_pointer import escape_token
from clickapis.json_pointer import pointer as pointer_of
from clickapis.yaml_files import read_yaml
from generator.yaml_source import DocumentError, SourceDocument

_SCHEMA_1_1 = Path(__file__).parent / "schemas" / "overlay-1.1.schema.yaml"
_VERSION_1_0 = re.compile(r"^1\.0\.\d+$")

Location = tuple[str | int, ...]


class OverlayError(DocumentError):
    """An overlay that is invalid or cannot be applied; the message names file, JSON pointer, line and problem."""


@attrs.frozen
class OverlayResult:
    document: Any
    warnings: tuple[str, ...]


def validate_overlay(overlay: SourceDocument) -> None:
    """Check the overlay against the Overlay JSON Schema and every JSONPath in it against RFC 9535."""
    schema_problems = list(_schema_problems(overlay.data))
    problems = [*schema_problems, *_jsonpath_problems(overlay, skip={pointer for pointer, _ in schema_problems})]
    if problems:
        raise OverlayError("\n".join(f"{overlay.where(pointer)}: {problem}" for pointer, problem in problems))


def apply_overlay(document: Any, overlay: SourceDocument, *, strict: bool = False) -> OverlayResult:
    """Return `document` with the overlay's actions applied; `document` itself is left untouched.

    A target that selects nothing is a warning, or with `strict` an OverlayError.
    """
    validate_overlay(overlay)
    result = copy.deepcopy(document)
    warnings: list[str] = []
    for index, spec in enumerate(overlay.data["actions"]):
        action = _Action(overlay=overlay, index=index, spec=spec)
        locations = action.select(result, action.target)
        if not locations:
            message = f"{action.label()}: target {action.target} selected nothing"
            if strict:
                raise OverlayError(message)
            warnings.append(message)
        elif spec.get("remove") is True:
            result = _remove(result, locations, action)
        elif "update" in spec:
            result = _merge_into(result, locations, spec["update"], action, _Origin(f"{action.pointer}/update"))
        elif "copy" in spec:
            source = action.copy_source(result)
            origin = _Origin(f"{action.pointer}/copy", source)
            result = _merge_into(result, locations, _resolve(result, source), action, origin)
    return OverlayResult(document=result, warnings=tuple(warnings))


# --- validation -------------------------------------------------------------------------------


@functools.cache
def _schema_validators() -> dict[str, jsonschema.Draft202012Validator]:
    schema_1_1 = read_yaml(_SCHEMA_1_1)
    # The published schema admits only 1.1.x; 1.0.x is the same document shape without `copy`,
    # and `not: {}` rejects `copy` at its own pointer (a `false` schema is reported at the action).
    schema_1_0 = copy.deepcopy(schema_1_1)
    schema_1_0["$id"] = "urn:clickapis:overlay-1.0-derived-from-1.1"
    schema_1_0["properties"]["overlay"]["pattern"] = _VERSION_1_0.pattern
    schema_1_0["$defs"]["action-object"]["properties"]["copy"] = {"not": {}}
    return {
        "1.0": jsonschema.Draft202012Validator(schema_1_0),
        "1.1": jsonschema.Draft202012Validator(schema_1_1),
    }


def _schema_problems(data: Any) -> Iterator[tuple[str, str]]:
    version = data.get("overlay") if isinstance(data, dict) else None
    feature_set = "1.0" if isinstance(version, str) and _VERSION_1_0.match(version) else "1.1"
    errors = _schema_validators()[feature_set].iter_errors(data)
    for error in sorted(errors, key=lambda error: _document_order(error.absolute_path)):
        pointer = pointer_of(error.absolute_path)
        if error.validator == "unevaluatedProperties":
            # Point at each unknown field itself (a typo such as `updates:`), not at the object holding it.
            allowed = list(error.schema.get("properties", {})) if isinstance(error.schema, dict) else []
            for name in error.instance:
                if name not in allowed and not name.startswith("x-"):
                    known = ", ".join(allowed)
                    yield (
                        f"{pointer}/{escape_token(name)}",
                        f"unknown field; allowed: {known} and x- extensions",
                    )
        else:
            yield pointer, _describe_schema_error(error, version)


def _describe_schema_error(error: jsonschema.ValidationError, version: object) -> str:
    path = list(error.absolute_path)
    if path == ["overlay"]:
        return f"unsupported overlay version {error.instance!r}; this tool reads 1.0.x and 1.1.x"
    if error.validator == "not" and path[-1:] == ["copy"]:
        return f"'copy' is an Overlay 1.1 feature, but this document declares overlay {version}"
    if error.validator == "pattern" and path[-1:] == ["target"]:
        return f"target {error.instance!r} is not a JSONPath query: it must start with '$'"
    if error.validator == "type":
        return f"must be of type {_json_types(error.validator_value)}, not {_kind(error.instance)}"
    if error.validator == "uniqueItems" and isinstance(error.instance, list):
        first, duplicate = _first_duplicate(error.instance)
        return f"actions must be unique: item {duplicate} repeats item {first}"
    return error.message


def _json_types(types: object) -> str:
    return " or ".join(types) if isinstance(types, list) else str(types)


def _first_duplicate(items: list[Any]) -> tuple[int, int]:
    for later in range(len(items)):
        for earlier in range(later):
            if items[earlier] == items[later]:
                return earlier, later
    raise AssertionError("uniqueItems failed without a duplicate")


def _jsonpath_problems(overlay: SourceDocument, skip: Collection[str]) -> Iterator[tuple[str, str]]:
    actions = overlay.data.get("actions") if isinstance(overlay.data, dict) else None
    if not isinstance(actions, list):
        return
    for index, spec in enumerate(actions):
        if not isinstance(spec, dict):
            continue
        for field in ("target", "copy"):
            pointer = f"/actions/{index}/{field}"
            expression = spec.get(field)
            if pointer in skip or not isinstance(expression, str):
                continue
            try:
                _compile(expression)
            except jsonpath_rfc9535.JSONPathError as error:
                yield (
                    pointer,
                    (
                        f"{_quoted_description(spec)}{field} {expression!r} is not an RFC 9535 JSONPath query: "
                        f"{_syntax_problem(error)}"
                    ),
                )


def _syntax_problem(error: jsonpath_rfc9535.JSONPathError) -> str:
    token = error.token
    problem = (token and token.message) or str(error.args[0])
    if token is not None:
        problem += f" at offset {token.index}"
    if "'-'" in problem:
        problem += "; member names containing '-' need bracket notation, e.g. @['x-sdk-pacing']"
    return problem


@functools.cache
def _compile(expression: str) -> jsonpath_rfc9535.JSONPathQuery:
    return jsonpath_rfc9535.compile(expression)


def _quoted_description(spec: dict[str, Any]) -> str:
    return f"('{spec['description']}') " if isinstance(spec.get("description"), str) else ""


# --- actions ----------------------------------------------------------------------------------


@attrs.frozen
class _Action:
    overlay: SourceDocument
    index: int
    spec: dict[str, Any]

    @property
    def pointer(self) -> str:
        return f"/actions/{self.index}"

    @property
    def target(self) -> str:
        target: str = self.spec["target"]
        return target

    def label(self, pointer: str | None = None) -> str:
        """`file:line (/actions/N/...) ('description')`, naming the action in messages."""
        where = self.overlay.where(pointer or self.pointer)
        return f"{where} {_quoted_description(self.spec)}".rstrip()

    def select(self, document: Any, expression: str) -> list[Location]:
        """Locations the query selects, each once (RFC 9535 may select a node twice, e.g. `$['a','a']`)."""
        try:
            nodes = _compile(expression).find(document)
        except jsonpath_rfc9535.JSONPathError as error:
            raise OverlayError(f"{self.label()}: cannot evaluate {expression}: {error}") from error
        return list(dict.fromkeys(node.location for node in nodes))

    def copy_source(self, document: Any) -> Location:
        expression: str = self.spec["copy"]
        sources = self.select(document, expression)
        if len(sources) != 1:
            found = ", ".join(_normalized_path(source) for source in sources) or "nothing"
            raise OverlayError(
                f"{self.label(f'{self.pointer}/copy')}: copy {expression} must select exactly one node, "
                f"it selected {len(sources)}: {found}"
            )
        return sources[0]


def _remove(document: Any, locations: list[Location], action: _Action) -> Any:
    if () in locations:
        raise OverlayError(
            f"{action.label()}: target {action.target} selects the document root, which cannot be removed"
        )
    # Deepest first and, within one array, highest index first, so that no removal shifts a location
    # that is still to be removed.
    for location in sorted(locations, key=_removal_order):
        del _resolve(document, location[:-1])[location[-1]]
    return document


def _removal_order(location: Location) -> tuple[int, tuple[tuple[int, int | str], ...]]:
    return -len(location), tuple((0, -part) if isinstance(part, int) else (1, part) for part in location)


# --- merging ----------------------------------------------------------------------------------


@attrs.frozen
class _Origin:
    """Where a merged value comes from: the overlay (update) or a document node (copy), for messages."""

    overlay_pointer: str
    document_location: Location | None = None

    def child(self, key: str) -> _Origin:
        if self.document_location is None:
            return _Origin(f"{self.overlay_pointer}/{escape_token(key)}")
        return _Origin(self.overlay_pointer, (*self.document_location, key))

    def describe(self, value: Any) -> str:
        if self.document_location is None:
            return _kind(value)
        return f"{_kind(value)} copied from {_normalized_path(self.document_location)}"


def _merge_into(document: Any, locations: list[Location], value: Any, action: _Action, origin: _Origin) -> Any:
    kinds = {_container_kind(_resolve(document, location)) for location in locations}
    if len(kinds) > 1:
        selected = ", ".join(f"{_normalized_path(loc)} ({_kind(_resolve(document, loc))})" for loc in locations)
        raise OverlayError(
            f"{action.label()}: target {action.target} must select only objects, only arrays or only primitives; "
            f"it selected {selected}"
        )
    # One snapshot before any change, so a copy source inside a target stays what it was selected as;
    # then a fresh copy per target, so that no two places in the result share a node.
    snapshot = copy.deepcopy(value)
    for location in locations:
        merged = _merged(_resolve(document, location), copy.deepcopy(snapshot), location, action, origin)
        document = _replaced(document, location, merged)
    return document


def _merged(target: Any, value: Any, location: Location, action: _Action, origin: _Origin) -> Any:
    """The selected node after the merge: objects merge, arrays take the value (or its items), primitives replace."""
    if isinstance(target, list):
        if isinstance(value, list):
            target.extend(value)
        else:
            target.append(value)
        return target
    if isinstance(target, dict) and isinstance(value, dict):
        _merge_object(target, value, location, action, origin)
        return target
    if not isinstance(target, dict) and _container_kind(value) == "primitive":
        return value
    raise _conflict(target, value, location, action, origin)


def _merge_object(
    target: dict[str, Any], update: dict[str, Any], location: Location, action: _Action, origin: _Origin
) -> None:
    for key, value in update.items():
        if key not in target:
            target[key] = value
            continue
        current = target[key]
        if isinstance(current, dict) and isinstance(value, dict):
            _merge_object(current, value, (*location, key), action, origin.child(key))
        elif isinstance(current, list) and isinstance(value, list):
            current.extend(value)
        elif _container_kind(current) == _container_kind(value) == "primitive":
            target[key] = value
        else:
            raise _conflict(current, value, (*location, key), action, origin.child(key))


def _conflict(target: Any, value: Any, location: Location, action: _Action, origin: _Origin) -> OverlayError:
    return OverlayError(
        f"{action.label(origin.overlay_pointer)}: cannot merge {origin.describe(value)} into "
        f"{_kind(target)} at {_normalized_path(location)} (objects merge with objects, arrays with arrays, "
        "primitives replace primitives)"
    )


# --- document navigation and naming ------------------------------------------------------------


def _resolve(document: Any, location: Location) -> Any:
    node = document
    for part in location:
        node = node[part]
    return node


def _replaced(document: Any, location: Location, value: Any) -> Any:
    if not location:
        return value
    _resolve(document, location[:-1])[location[-1]] = value
    return document


def _container_kind(value: Any) -> str:
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    return "primitive"


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return {"object": "an object", "array": "an array"}.get(_container_kind(value), type(value).__name__)


def _document_order(path: Sequence[str | int]) -> tuple[tuple[int, int, str], ...]:
    return tuple((0, part, "") if isinstance(part, int) else (1, 0, part) for part in path)


def _normalized_path(location: Location) -> str:
    return jsonpath_rfc9535.JSONPathNode(value=None, location=location, parent=None, root=None).path()
