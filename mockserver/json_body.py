"""Reading a JSON request body defensively: depth limit, lone surrogates, non-finite and oversized numbers.

Python's `json` accepts what JSON text allows but a store or an encoder cannot hold: `NaN`/`Infinity`,
`1e400` (which becomes inf), `"\\ud800"` (a lone surrogate, which no UTF-8 encoder takes) and nesting deep
enough to exhaust the recursion of later steps. Each is a 400 naming the JSON pointer, before any schema
check or handler sees the body.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from clickapis.json_pointer import display_pointer
from mockserver.messages import echo
from mockserver.responses import ApiError

MAX_DEPTH = 64
"""Nesting levels a body may have (every spec of ours needs fewer than ten)."""
_MAX_INTEGER_DIGITS = 4300
"""Python's own limit for converting digits (`sys.get_int_max_str_digits`); a longer literal is refused."""
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


class _Unrepresentable:
    """Stands in for a number the body cannot carry, so the walk can name where it was."""

    __slots__ = ("literal", "reason")

    def __init__(self, literal: str, reason: str) -> None:
        self.literal = literal
        self.reason = reason


def _number(literal: str) -> Any:
    value = float(literal)
    return value if math.isfinite(value) else _Unrepresentable(literal, "is too large for a number")


def _integer(literal: str) -> Any:
    if len(literal.lstrip("-")) > _MAX_INTEGER_DIGITS:
        return _Unrepresentable(literal, "is too large for a number")
    return int(literal)


def _constant(literal: str) -> Any:
    return _Unrepresentable(literal, "is not a JSON number (NaN and Infinity are not allowed)")


def parse_json_body(content: bytes) -> Any:
    """The parsed body; ApiError(400) naming the pointer of whatever it cannot accept."""
    try:
        value = json.loads(content, parse_float=_number, parse_int=_integer, parse_constant=_constant)
    except RecursionError:
        raise ApiError(400, f"request body is nested deeper than {MAX_DEPTH} levels") from None
    except ValueError as exc:
        raise ApiError(400, f"request body is not valid JSON: {echo(str(exc), quote=False)}") from None
    _check_tree(value)
    return value


def _check_tree(root: Any) -> None:
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(root, ())]
    while stack:
        value, path = stack.pop()
        if len(path) > MAX_DEPTH:
            where = display_pointer(path[:MAX_DEPTH])
            raise ApiError(400, f"request body at {where}: nested deeper than {MAX_DEPTH} levels")
        if isinstance(value, _Unrepresentable):
            literal = echo(value.literal, quote=False)
            raise ApiError(400, f"request body at {display_pointer(path)}: {literal} {value.reason}")
        if isinstance(value, str):
            _check_text(value, path)
        elif isinstance(value, dict):
            for key, inner in value.items():
                _check_text(key, (*path, key))
                stack.append((inner, (*path, key)))
        elif isinstance(value, list):
            stack.extend((inner, (*path, index)) for index, inner in enumerate(value))


def _check_text(text: str, path: tuple[str | int, ...]) -> None:
    if _LONE_SURROGATE.search(text):
        # The pointer itself may hold the surrogate (a key); it is shown with escapes.
        where = echo(display_pointer(path), quote=False)
        raise ApiError(400, f"request body at {where}: text holds a lone UTF-16 surrogate (\\ud800-\\udfff), "
                       "which is not a Unicode character")  # fmt: skip
