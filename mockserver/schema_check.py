"""Compiled JSON Schema (Draft 2020-12) checks for spec fragments, compiled once at start-up (jsonschema-rs).

`format` is asserted, so a malformed date is rejected like a wrong type; OpenAPI's `int32`/`int64` formats,
which JSON Schema leaves unchecked, become the ranges they mean (so 2**63 is a 400, not a crash); an integer
without a format accepts any size, as its schema says (the validator saturates it at the int64 bounds for
the handlers, `validation.saturate_integers`). Messages are in plain
words (`messages.describe`): what is accepted and what was sent, cut short, never a regex or "anyOf".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

import jsonschema_rs

from mockserver.messages import MAX_ECHO, describe, echo, pointer_of

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


_transformed_components: list[tuple[Any, Any]] = []
"""(components, their copy with integer ranges) of the last few specs, most recent last."""


def _components_with_integer_ranges(components: Any) -> Any:
    # Keyed by identity (one spec's components are one object): every operation of a spec shares one
    # transformed copy, and nothing is serialised per operation (that cost seconds at start-up).
    for original, transformed in _transformed_components:
        if original is components:
            return transformed
    transformed = with_integer_ranges(components)
    _transformed_components.append((components, transformed))
    del _transformed_components[:-4]
    return transformed


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


# Failures whose validator message would show a regex, "anyOf" or the whole value; they are told as
# "expected <what the schema accepts>; got <the value, cut short>".
_DESCRIBED_KINDS = frozenset(
    {
        "AnyOf", "OneOfNotValid", "OneOfMultipleValid", "Pattern", "Type", "Enum", "Constant", "Format",
        "Minimum", "Maximum", "ExclusiveMinimum", "ExclusiveMaximum", "MinLength", "MaxLength", "MultipleOf",
    }
)  # fmt: skip


class _RustCheck:
    __slots__ = ("_root", "_validator")

    def __init__(self, root: dict[str, Any]) -> None:
        self._root = root
        self._validator = jsonschema_rs.validator_for(root, validate_formats=True)

    def first_error(self, instance: Any) -> str | None:
        if self._validator.is_valid(instance):
            return None
        error = next(iter(self._validator.iter_errors(instance)))
        where = pointer_of(error.instance_path) if error.instance_path else ""
        return f"{where}: {self._message(error)}"

    def _message(self, error: Any) -> str:
        if type(error.kind).__name__ in _DESCRIBED_KINDS:
            node = self._node(error.schema_path[:-1])
            if node is not None:
                return f"expected {describe(node, self._resolve)}; got {echo(error.instance)}"
        message = str(error.message)
        return message if len(message) <= MAX_ECHO + 100 else f"{message[:MAX_ECHO]}... ({len(message)} characters)"

    def _node(self, path: Any) -> Mapping[str, Any] | None:
        node: Any = self._root
        for part in path:
            if isinstance(node, Mapping) and part not in node:
                node = self._resolve(node)  # the path steps through a `$ref` without naming it
            try:
                node = node[part] if isinstance(node, Mapping) else node[int(part)]
            except (KeyError, IndexError, ValueError, TypeError):
                return None
        return node if isinstance(node, Mapping) else None

    def _resolve(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        """Follow local `$ref`s within the root (which carries the document's components)."""
        for _ in range(32):
            reference = node.get("$ref")
            if not isinstance(reference, str) or not reference.startswith("#/"):
                return node
            target: Any = self._root
            for part in reference[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                if not isinstance(target, Mapping) or part not in target:
                    return node
                target = target[part]
            node = target
        return node
