"""Compiled JSON Schema (Draft 2020-12) checks for spec fragments, compiled once at start-up.

jsonschema_rs (Rust) when installed, the pure-Python `jsonschema` otherwise; both assert `format`, so a
malformed date is rejected like a wrong type.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

try:
    import jsonschema_rs

    HAVE_JSONSCHEMA_RS = True
except ImportError:  # pragma: no cover - depends on the environment
    HAVE_JSONSCHEMA_RS = False

import jsonschema


class SchemaCheck(Protocol):
    def first_error(self, instance: Any) -> str | None:
        """None when `instance` is valid, else `"<pointer>: <message>"` (pointer empty at the root)."""
        ...


def compile_schema(schema: Mapping[str, Any], document: Mapping[str, Any]) -> SchemaCheck:
    """Compile `schema`; its `#/components/...` references resolve against `document`."""
    root = dict(schema)
    if "components" in document and "components" not in root:
        root["components"] = document["components"]
    if HAVE_JSONSCHEMA_RS:
        return _RustCheck(root)
    return _PythonCheck(root)


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


class _PythonCheck:
    __slots__ = ("_validator",)

    def __init__(self, root: dict[str, Any]) -> None:
        validator_class = jsonschema.Draft202012Validator
        self._validator = validator_class(root, format_checker=validator_class.FORMAT_CHECKER)

    def first_error(self, instance: Any) -> str | None:
        error = jsonschema.exceptions.best_match(self._validator.iter_errors(instance))
        if error is None:
            return None
        return f"{_pointer(error.absolute_path)}: {error.message}"
