"""Error messages in plain words: what was sent (cut short, escaped) and what is accepted.

A JSON Schema validator reports "not valid under any of the schemas listed in the 'anyOf' keyword" or a raw
regex; a user wants "`limit`: a number 1-1000 or 'all'". `describe` turns a schema into such words, `echo`
shows request text safely: JSON-escaped (no control characters, markup stays inert) and at most
`MAX_ECHO` characters.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

MAX_ECHO = 200
_INT32 = (-(2**31), 2**31 - 1)
_INT64 = (-(2**63), 2**63 - 1)
_FORMATS = {
    "date": "a date (YYYY-MM-DD)",
    "date-time": "a date and time (ISO 8601 with offset, e.g. 2026-03-31T12:00:00Z)",
    "email": "an email address",
    "uri": "an absolute URI",
    "uuid": "a UUID",
    "ipv4": "an IPv4 address",
}

Resolver = Callable[[Mapping[str, Any]], Mapping[str, Any]]


def echo(value: Any, quote: bool = True) -> str:
    """`value` as escaped JSON text (a str without its quotes when `quote` is False), cut to MAX_ECHO chars."""
    try:
        text = json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    except (TypeError, ValueError):
        text = json.dumps(str(value), ensure_ascii=True)
    if not quote and isinstance(value, str):
        text = text[1:-1]
    if len(text) > MAX_ECHO:
        return f"{text[: MAX_ECHO - 3]}... ({len(text)} characters)"
    return text


def describe(schema: Mapping[str, Any], resolve: Resolver, depth: int = 0) -> str:
    """What `schema` accepts, in words."""
    node = resolve(schema)
    if depth > 4:
        return "a value of the documented form"
    if "const" in node:
        return echo(node["const"])
    if "enum" in node:
        values = [echo(value) for value in node["enum"][:12]]
        more = ", ..." if len(node["enum"]) > 12 else ""
        return "one of " + ", ".join(values) + more
    for keyword in ("anyOf", "oneOf"):
        if keyword in node:
            words = list(dict.fromkeys(describe(member, resolve, depth + 1) for member in node[keyword]))
            return " or ".join(words)
    if "allOf" in node:
        return " and ".join(dict.fromkeys(describe(member, resolve, depth + 1) for member in node["allOf"]))
    kinds = node.get("type")
    kinds = [kinds] if isinstance(kinds, str) else list(kinds or [])
    words = [_describe_type(kind, node, resolve, depth) for kind in kinds]
    return " or ".join(words) if words else "a value of the documented form"


def _describe_type(kind: str, node: Mapping[str, Any], resolve: Resolver, depth: int) -> str:
    if kind in ("integer", "number"):
        noun = "an integer" if kind == "integer" else "a number"
        low = node.get("minimum", node.get("exclusiveMinimum"))
        high = node.get("maximum", node.get("exclusiveMaximum"))
        if (low, high) == _INT64:
            return f"{noun} (64-bit)"
        if (low, high) == _INT32:
            return f"{noun} (32-bit)"
        if low is not None and high is not None:
            return f"{noun} {low}-{high}"
        if low is not None:
            return f"{noun} of at least {low}"
        if high is not None:
            return f"{noun} of at most {high}"
        return noun
    if kind == "string":
        if node.get("format") in _FORMATS:
            return _FORMATS[node["format"]]
        low, high = node.get("minLength"), node.get("maxLength")
        if "pattern" in node:
            summary = str(node.get("description", "")).strip().split("\n", 1)[0]
            return (
                f"text of the documented form ({summary.rstrip('.')})"
                if 0 < len(summary) <= 120
                else ("text of the documented form (see the parameter's description)")
            )
        if low is not None and high is not None:
            return f"text of {low}-{high} characters"
        if high is not None:
            return f"text of at most {high} characters"
        if low:
            return f"text of at least {low} characters"
        return "text"
    if kind == "boolean":
        return "true or false"
    if kind == "null":
        return "null"
    if kind == "array":
        items = node.get("items")
        return f"a list of {describe(items, resolve, depth + 1)}" if isinstance(items, Mapping) else "a list"
    if kind == "object":
        return "an object"
    return kind
