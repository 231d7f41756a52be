"""Compiled JSON Schema (Draft 2020-12) checks for spec fragments, compiled once at start-up (jsonschema-rs).

`format` is asserted, so a malformed date is rejected like a wrong type; OpenAPI's `int32`/`int64` formats,
which JSON Schema leaves unchecked, become the ranges they mean (so 2**63 is a 400, not a crash).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

import jsonschema_rs

INTEGER_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


class SchemaCheck(Protocol):
    def first_error(self, instance: Any) -> str | None:
        """None when `instance` is valid, else `"<pointer>: <message>"` (pointer empty at the root)."""
        ...


def compile_schema(schema: Mapping[str, Any], document: Mapping[str, Any]) -> SchemaCheck:
    """Compile `schema`; its `#/components/...` references resolve against `document`."""
    root = dict(with_integer_ranges(schema))
    if "components" in document and "components" not in root:
        root["components"] = _components_with_integer_ranges(document["components"])
    return _RustCheck(root)


_transformed: list[tuple[Any, Any]] = []  # (components, their copy with integer ranges), newest last


def _components_with_integer_ranges(components: Any) -> Any:
    # Keyed by identity, not by a JSON dump of the whole components per parameter (seconds at start-up):
    # every operation of a spec shares one transformed copy of its components.
    for original, transformed in _transformed:
        if original is components:
            return transformed
    _transformed[:] = [*_transformed[-3:], (components, with_integer_ranges(components))]
    return _transformed[-1][1]


def with_integer_ranges(node: Any) -> Any:
    """A copy of `node` where every integer schema with format int32/int64 also carries that range."""
    if isinstance(node, list):
        return [with_integer_ranges(item) for item in node]
    if not isinstance(node, Mapping):
        return node
    copy = {key: with_integer_ranges(value) for key, value in node.items()}
    bounds = INTEGER_RANGES.get(str(copy.get("format")))
    if bounds is not None and _is_integer_schema(copy):
        copy.setdefault("minimum", bounds[0])
        copy.setdefault("maximum", bounds[1])
    return copy


def _is_integer_schema(schema: Mapping[str, Any]) -> bool:
    kind = schema.get("type")
    return kind == "integer" or (isinstance(kind, list) and "integer" in kind)


def _pointer(path: Any) -> str:
    return "".join(f"/{str(part).replace('~', '~0').replace('/', '~1')}" for part in path)


class _RustCheck:
    __slots__ = ("_validator",)

    def __init__(self, root: dict[str, Any]) -> None:
        self._validator = jsonschema_rs.validator_for(root, validate_formats=True)

    def first_error(self, instance: Any) -> str | None:
        if self._validator.is_valid(instance):
            return None
        error = next(iter(self._validator.iter_errors(instance)))
        return f"{_pointer(error.instance_path)}: {error.message}"
