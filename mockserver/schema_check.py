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

from clickapis.json_pointer import UnresolvableReference, display_pointer, resolve_ref
from mockserver.messages import MAX_ECHO, describe, echo

INTEGER_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


class SchemaCheck(Protocol):
    def first_error(self, instance: Any) -> str | None:
        """None when `instance` is valid, else `"<pointer>: <message>"` (pointer empty at the root)."""
        ...


def compile_schema(schema: Mapping[str, Any], document: Mapping[str, Any]) -> SchemaCheck:
    """Compile `schema`; its `#/components/...` references resolve against `document`."""
    registry, components = _components_registry(document)
    return _RustCheck(_anchored(with_integer_ranges(schema)), registry, components)


# The components are registered once per document under this URI, and each compiled schema points its local
# references there: compiling the whole components section into every one of a spec's ~1,000 parameter, body
# and response checks took ~10 ms each (ClickMeter's mock start-up: ~5 s), the shared registry ~0.3 ms.
_SPEC_URI = "urn:clickapis:openapi-spec"
_registries: dict[int, tuple[Mapping[str, Any], jsonschema_rs.Registry, Any]] = {}
_MAX_REGISTRIES = 4


def _components_registry(document: Mapping[str, Any]) -> tuple[jsonschema_rs.Registry, Any]:
    """The registry holding `document`'s components (with integer ranges), and those components."""
    # Keyed by identity, holding the document so its id cannot be reused while the entry lives.
    cached = _registries.get(id(document))
    if cached is not None and cached[0] is document:
        return cached[1], cached[2]
    components = with_integer_ranges(document.get("components", {}))
    registry = jsonschema_rs.Registry([(_SPEC_URI, {"components": components})])
    if len(_registries) >= _MAX_REGISTRIES:
        _registries.pop(next(iter(_registries)))
    _registries[id(document)] = (document, registry, components)
    return registry, components


def _anchored(node: Any) -> Any:
    """`node` with its local references (`#/components/...`) pointing into the registered document."""
    if isinstance(node, list):
        return [_anchored(item) for item in node]
    if not isinstance(node, dict):
        return node
    return {
        key: _SPEC_URI + value
        if key == "$ref" and isinstance(value, str) and value.startswith("#/")
        else _anchored(value)
        for key, value in node.items()
    }


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
    __slots__ = ("_components", "_root", "_validator")

    def __init__(self, root: dict[str, Any], registry: jsonschema_rs.Registry, components: Any) -> None:
        self._root = root
        self._components = {"components": components}  # what the root's `urn:...#/components/...` refs name
        self._validator = jsonschema_rs.validator_for(root, validate_formats=True, registry=registry)

    def first_error(self, instance: Any) -> str | None:
        if self._validator.is_valid(instance):
            return None
        error = next(iter(self._validator.iter_errors(instance)))
        where = display_pointer(error.instance_path) if error.instance_path else ""
        return f"{where}: {self._message(error)}"

    def _message(self, error: Any) -> str:
        if type(error.kind).__name__ in _DESCRIBED_KINDS:
            node = self._node(error.schema_path[:-1])
            if node is not None:
                return f"expected {describe(node, self._resolve)}; got {echo(error.instance)}"
        message = str(error.message)
        return message if len(message) <= MAX_ECHO + 100 else f"{message[:MAX_ECHO]}... ({len(message)} characters)"

    def _node(self, path: Any) -> Mapping[str, Any] | None:
        # An error inside a referenced component has its path from the registered document, not the root.
        node: Any = (
            self._components if path and path[0] == "components" and "components" not in self._root else self._root
        )
        for part in path:
            if isinstance(node, Mapping) and part not in node:
                node = self._resolve(node)  # the path steps through a `$ref` without naming it
            try:
                node = node[part] if isinstance(node, Mapping) else node[int(part)]
            except (KeyError, IndexError, ValueError, TypeError):
                return None
        return node if isinstance(node, Mapping) else None

    def _resolve(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        """Follow `$ref`s into the registered components (the root's are anchored there); none found: `node`."""
        try:
            resolved = resolve_ref(self._components, node, document_uri=_SPEC_URI)
        except UnresolvableReference:
            return node  # only a message's wording depends on it: the validator's own words then
        return resolved if isinstance(resolved, Mapping) else node
