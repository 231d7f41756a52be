"""Validate every example of an OpenAPI 3.1 document against the schema it illustrates.

Examples live in three places: schemas (`example`, `examples`), parameters and headers (`example`,
`examples` against their `schema` or `content`), and media types (`example`, `examples`). Each is validated
with JSON Schema Draft 2020-12, with `$ref`s resolved against the document itself.
"""

from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import quote

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from clickapis.json_pointer import escape_token, resolve_ref

_DOCUMENT_URI = "urn:openapi-document"
_SUBSCHEMA = (
    "items",
    "additionalProperties",
    "not",
    "contains",
    "propertyNames",
    "if",
    "then",
    "else",
    "unevaluatedItems",
    "unevaluatedProperties",
)
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# (where the example is, where its schema is, the example value)
_Example = tuple[str, str, Any]


def iter_example_failures(spec: dict[str, Any]) -> list[str]:
    """Return one message per example that does not validate, naming the example's JSON pointer."""
    registry = example_registry(spec)
    return [failure for example in document_examples(spec) for failure in example_failures(registry, *example)]


def example_failures(registry: Registry[Any], example_pointer: str, schema_pointer: str, value: Any) -> list[str]:
    """Why one example does not validate against its schema (none when it does)."""
    validator = Draft202012Validator({"$ref": f"{_DOCUMENT_URI}#{quote(schema_pointer, safe='/~')}"}, registry=registry)
    return [
        f"{example_pointer}: {error.message} (at {error.json_path}, schema {schema_pointer})"
        for error in validator.iter_errors(value)
    ]


def example_registry(spec: Mapping[str, Any]) -> Registry[Any]:
    """The document as the schemas' `$ref`s resolve against it, for `example_failures`."""
    return Registry().with_resource(_DOCUMENT_URI, Resource.from_contents(spec, default_specification=DRAFT202012))


def document_examples(spec: Mapping[str, Any]) -> Iterator[_Example]:
    for group in ("paths", "webhooks"):
        for path, item in (spec.get(group) or {}).items():
            yield from _path_item_examples(spec, f"/{group}/{escape_token(path)}", item)
    components = spec.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        yield from _schema_examples(f"/components/schemas/{escape_token(name)}", schema)
    for name, parameter in (components.get("parameters") or {}).items():
        yield from _parameter_examples(spec, f"/components/parameters/{escape_token(name)}", parameter)
    for name, header in (components.get("headers") or {}).items():
        yield from _parameter_examples(spec, f"/components/headers/{escape_token(name)}", header)
    for name, body in (components.get("requestBodies") or {}).items():
        yield from _content_examples(spec, f"/components/requestBodies/{escape_token(name)}", body)
    for name, response in (components.get("responses") or {}).items():
        yield from _response_examples(spec, f"/components/responses/{escape_token(name)}", response)


def _path_item_examples(spec: Mapping[str, Any], pointer: str, item: Mapping[str, Any]) -> Iterator[_Example]:
    for index, parameter in enumerate(item.get("parameters") or []):
        yield from _parameter_examples(spec, f"{pointer}/parameters/{index}", parameter)
    for method in _METHODS:
        operation = item.get(method)
        if operation is None:
            continue
        op_pointer = f"{pointer}/{method}"
        for index, parameter in enumerate(operation.get("parameters") or []):
            yield from _parameter_examples(spec, f"{op_pointer}/parameters/{index}", parameter)
        if "requestBody" in operation:
            yield from _content_examples(spec, f"{op_pointer}/requestBody", operation["requestBody"])
        for status, response in (operation.get("responses") or {}).items():
            yield from _response_examples(spec, f"{op_pointer}/responses/{escape_token(str(status))}", response)


def _response_examples(spec: Mapping[str, Any], pointer: str, response: Mapping[str, Any]) -> Iterator[_Example]:
    yield from _content_examples(spec, pointer, response)
    for name, header in (response.get("headers") or {}).items():
        yield from _parameter_examples(spec, f"{pointer}/headers/{escape_token(name)}", header)


def _parameter_examples(spec: Mapping[str, Any], pointer: str, parameter: Mapping[str, Any]) -> Iterator[_Example]:
    if "schema" in parameter:
        yield from _schema_examples(f"{pointer}/schema", parameter["schema"])
        yield from _example_values(spec, pointer, f"{pointer}/schema", parameter)
    yield from _content_examples(spec, pointer, parameter)


def _content_examples(spec: Mapping[str, Any], pointer: str, holder: Mapping[str, Any]) -> Iterator[_Example]:
    for media_type, media in (holder.get("content") or {}).items():
        media_pointer = f"{pointer}/content/{escape_token(media_type)}"
        if "schema" in media:
            yield from _schema_examples(f"{media_pointer}/schema", media["schema"])
            yield from _example_values(spec, media_pointer, f"{media_pointer}/schema", media)


def _example_values(
    spec: Mapping[str, Any], pointer: str, schema_pointer: str, holder: Mapping[str, Any]
) -> Iterator[_Example]:
    """The `example` and `examples` (Example Objects, possibly `$ref`s) of a parameter, header or media type."""
    if "example" in holder:
        yield f"{pointer}/example", schema_pointer, holder["example"]
    for name, example in (holder.get("examples") or {}).items():
        resolved = _resolve_local(spec, example)
        if "value" in resolved:
            yield f"{pointer}/examples/{escape_token(name)}/value", schema_pointer, resolved["value"]


def _schema_examples(pointer: str, schema: Any) -> Iterator[_Example]:
    if not isinstance(schema, Mapping):
        return
    if "example" in schema:
        yield f"{pointer}/example", pointer, schema["example"]
    for index, value in enumerate(schema.get("examples") or []):
        yield f"{pointer}/examples/{index}", pointer, value
    for keyword in _SUBSCHEMA:
        if keyword in schema:
            yield from _schema_examples(f"{pointer}/{keyword}", schema[keyword])
    for keyword in _SUBSCHEMA_LISTS:
        for index, child in enumerate(schema.get(keyword) or []):
            yield from _schema_examples(f"{pointer}/{keyword}/{index}", child)
    for keyword in _SUBSCHEMA_MAPS:
        for name, child in (schema.get(keyword) or {}).items():
            yield from _schema_examples(f"{pointer}/{escape_token(keyword)}/{escape_token(name)}", child)


def _resolve_local(spec: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    """Follow a `#/...` reference to an Example Object; other nodes come back unchanged."""
    target = resolve_ref(spec, node)
    if not isinstance(target, Mapping):
        raise ValueError(f"{node['$ref']} does not point at an Example Object")
    return target
