"""Schemathesis hook: an integer in a path, query, header or cookie parameter is sent as ASCII digits.

JSON Schema counts `233.0` as an integer, and Schemathesis carries values it read from JSON (a link's value,
a body field) into text parameters as they are, so a stateful step can ask for `PUT /tags/233.0/groups/patch`.
On the wire `233.0` is not an integer: the project's rule (ARCHITECTURE.md, "Integers on the wire") is that a
text parameter of type `integer` is an optional `-` and ASCII digits, which is how ASP.NET, PHP and Go servers
parse them, and the mocks answer anything else with a 400 in the vendor's error model. This hook spells every
whole float bound for an integer parameter as the integer it equals, before every call of every phase
(`before_call` runs for the pytest suite, the CLI and stateful steps alike). JSON bodies are left alone:
there `233.0` is a valid JSON integer and the mocks accept it.
"""

from __future__ import annotations

from typing import Any

import schemathesis


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    for parameter in case.operation.iter_parameters():
        container_name = getattr(parameter.location, "container_name", None)
        container = getattr(case, container_name, None) if container_name else None
        if not isinstance(container, dict) or parameter.name not in container:
            continue
        schema = parameter.validation_schema
        container[parameter.name] = as_wire_integers(container[parameter.name], schema)


def as_wire_integers(value: Any, schema: Any) -> Any:
    """`value` with whole floats spelled as ints where `schema` (or its array items) says `integer`."""
    if not isinstance(schema, dict):
        return value
    if isinstance(value, list):
        return [as_wire_integers(item, schema.get("items")) for item in value]
    if _is_integer_schema(schema) and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _is_integer_schema(schema: dict[str, Any]) -> bool:
    types = schema.get("type")
    declared = set(types) if isinstance(types, list) else {types}
    return "integer" in declared and "number" not in declared
