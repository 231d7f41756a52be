"""Overlays add SDK conveniences; they must not change what the spec says about the wire.

A wire fact is a keyword that states what travels (a `default` the server applies, an `enum`, `const`,
`required`, `type`, `format`, a `pattern` or a bound). The effective spec is published with each client and
read by other tools (OpenAPI Generator, Prism, Schemathesis), so an overlay that changed, say, a parameter's
`default` would make every other client believe the server applies a default it does not. The SDK's own
choices go in `x-sdk-*` extensions, which this check skips, and which the generator reads.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs

from clickapis.json_pointer import display_pointer
from generator.overlay import OverlayError, apply_overlay
from generator.yaml_source import SourceDocument

WIRE_FACTS = frozenset(
    {
        "default",
        "enum",
        "const",
        "required",
        "type",
        "format",
        "pattern",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minLength",
        "maxLength",
        "minItems",
        "maxItems",
    }
)
_NOT_WIRE = ("example", "examples", "description", "summary")
_ABSENT = object()


def wire_facts(document: Any) -> dict[str, Any]:
    """Every wire fact of a document by JSON pointer, outside `x-` extensions and examples."""
    return dict(_facts(document, ()))


def _facts(node: Any, path: tuple[str | int, ...]) -> Iterator[tuple[str, Any]]:
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _facts(item, (*path, index))
    elif isinstance(node, dict):
        for key, value in node.items():
            if key.startswith("x-") or key in _NOT_WIRE:
                continue
            if key in WIRE_FACTS and not (key == "required" and _names_a_property(path)):
                yield display_pointer((*path, key)), value
            yield from _facts(value, (*path, key))


def _names_a_property(path: tuple[str | int, ...]) -> bool:
    """`properties: {required: ...}` is a property called "required", not the keyword."""
    return len(path) >= 1 and path[-1] == "properties"


def check_overlay_keeps_wire_facts(spec: SourceDocument, overlay: SourceDocument, effective: Any) -> None:
    """Raise OverlayError naming the overlay action (file, line), the spec node and each changed fact."""
    if wire_facts(spec.data) == wire_facts(effective):
        return
    problems: list[str] = []
    before: Any = spec.data
    for index, action in enumerate(overlay.data["actions"]):
        alone = attrs.evolve(overlay, data={**overlay.data, "actions": [action]})
        after = apply_overlay(before, alone).document
        old, new = wire_facts(before), wire_facts(after)
        for pointer in sorted(old.keys() | new.keys()):
            was, now = old.get(pointer, _ABSENT), new.get(pointer, _ABSENT)
            if was != now:
                problems.append(
                    f"{overlay.where(f'/actions/{index}')}: changes the wire fact {_where(spec, pointer)}: "
                    f"{_shown(was)} -> {_shown(now)}"
                )
        before = after
    raise OverlayError(
        "an overlay must not change wire facts (default, enum, const, required, type, format, pattern, bounds); "
        "put the SDK's choice in an x-sdk-* extension (e.g. x-sdk-default):\n"
        + "\n".join(f"  - {problem}" for problem in problems)
    )


def _where(spec: SourceDocument, pointer: str) -> str:
    """`file:line (pointer)`; a fact the overlay added has no line of its own, so its node's line is shown."""
    node = pointer
    while spec.line_of(node) is None and node:
        node = node.rsplit("/", 1)[0]
    line = spec.line_of(node)
    return f"{spec.path}:{line} ({pointer})" if line is not None else spec.where(pointer)


def _shown(value: Any) -> str:
    return "(absent)" if value is _ABSENT else repr(value)
