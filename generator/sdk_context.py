"""What the client templates may read from the effective spec beyond what openapi-python-client parses.

openapi-python-client drops `x-` extensions, so templates reach them through this object, exposed as the
Jinja global `sdk`. It reads the same document the parser got; nothing here changes it. Upstream's parsed
objects (endpoints, properties) are read through generator.upstream, which fails the build when one lacks
what is read here.
"""

from __future__ import annotations

from typing import Any

import attrs

from clickapis.json_pointer import resolve_ref
from generator.errors import ClientGenerationError
from generator.naming import snake_case
from generator.upstream import AnyProperty, ListProperty, ModelProperty, Reference, UnionProperty, attribute, raw

RETRY_SAFE_METHODS = frozenset({"get", "head", "options", "put", "delete"})


@attrs.frozen
class Credential:
    """One apiKey credential: how the user passes it and where it travels on the wire."""

    param: str
    env: str
    location: str
    wire_name: str
    secret: bool


@attrs.frozen
class SdkContext:
    document: dict[str, Any]
    api: str

    @property
    def settings(self) -> dict[str, Any]:
        value = self.document.get("x-sdk", {})
        return value if isinstance(value, dict) else {}

    @property
    def env_prefix(self) -> str:
        return str(self.settings.get("env_prefix", self.api.upper()))

    @property
    def default_base_url(self) -> str:
        servers = self.document.get("servers") or [{"url": "http://localhost"}]
        return str(self.settings.get("default_base_url", servers[0]["url"])).rstrip("/")

    @property
    def credentials(self) -> list[Credential]:
        schemes = self.document.get("components", {}).get("securitySchemes", {})
        api_keys = {name: scheme for name, scheme in schemes.items() if scheme.get("type") == "apiKey"}
        credentials = []
        for scheme in api_keys.values():
            param = scheme.get("x-sdk-param") or ("api_key" if len(api_keys) == 1 else snake_case(scheme["name"]))
            credentials.append(
                Credential(
                    param=param,
                    env=scheme.get("x-sdk-env") or f"{self.env_prefix}_{param.upper()}",
                    location=scheme["in"],
                    wire_name=scheme["name"],
                    secret=bool(scheme.get("x-sdk-secret", True)),
                )
            )
        return credentials

    def operation(self, path: Any, method: str) -> dict[str, Any]:
        wire_path = raw(path, reader="SdkContext.operation")
        operation = self.document.get("paths", {}).get(wire_path, {}).get(method, {})
        return operation if isinstance(operation, dict) else {}

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        """Follow a local `$ref` (#/components/...) to the node it names."""
        resolved: dict[str, Any] = resolve_ref(self.document, node)
        return resolved

    def retry_safe(self, endpoint: Any) -> bool:
        """GET/PUT/DELETE repeat safely; a POST only when the overlay marks it `x-sdk-idempotent`."""
        marked = self.operation(endpoint.path, endpoint.method).get("x-sdk-idempotent")
        return bool(marked) if marked is not None else endpoint.method in RETRY_SAFE_METHODS

    def pagination(self, endpoint: Any) -> dict[str, Any] | None:
        value = self.operation(endpoint.path, endpoint.method).get("x-sdk-pagination")
        return value if isinstance(value, dict) else None

    def short_name(self, endpoint: Any) -> str | None:
        """The overlay's `x-sdk-name`: an alias of the operation's resource method (`count` for `count_datapoints`)."""
        value = self.operation(endpoint.path, endpoint.method).get("x-sdk-name")
        return str(value) if value else None

    def pacing_key(self, endpoint: Any) -> str | None:
        """The vendor limit an operation's requests count against (its policy's `applies_to` may narrow it)."""
        value = self.operation(endpoint.path, endpoint.method).get("x-sdk-pacing")
        return str(value) if value else None

    def text_answers(self, endpoint: Any) -> list[str]:
        """Non-JSON media types a 2xx answer may have with a string body (Clicky's XML, CSV, PHP, JSONP)."""
        return self._text_media_types(self.operation(endpoint.path, endpoint.method))

    @property
    def text_answers_anywhere(self) -> list[str]:
        """The non-JSON answer media types of every operation (for the README)."""
        media_types = {
            media_type
            for path_item in self.document.get("paths", {}).values()
            for operation in path_item.values()
            if isinstance(operation, dict)
            for media_type in self._text_media_types(operation)
        }
        return sorted(media_types)

    def _text_media_types(self, operation: dict[str, Any]) -> list[str]:
        media_types: set[str] = set()
        for status, response in operation.get("responses", {}).items():
            if not str(status).startswith("2"):
                continue
            for media_type, content in (self.resolve(response).get("content") or {}).items():
                schema = self.resolve((content or {}).get("schema") or {})
                if "json" not in media_type and schema.get("type") == "string":
                    media_types.add(media_type)
        return sorted(media_types)

    @property
    def pacing_policies(self) -> dict[str, dict[str, Any]]:
        value = self.settings.get("pacing", {})
        return value if isinstance(value, dict) else {}

    @property
    def error_model(self) -> str | None:
        value = self.settings.get("error_model")
        return str(value) if value else None

    @property
    def body_errors(self) -> dict[str, Any] | None:
        """How an API reports errors inside a successful answer (Clicky: HTTP 200 with [{"error": ...}])."""
        value = self.settings.get("body_errors")
        return value if isinstance(value, dict) else None

    def detailed_type(self, endpoint: Any) -> str:
        """The Python type of `Response.parsed` (what `sync_detailed` answers): every documented answer's model,
        and `str` where a 2xx answer may be text."""
        code = str(endpoint.response_type().as_unembedded_code())
        return f"{code} | str" if self.text_answers(endpoint) and code != "Any" else code

    def success_type(self, endpoint: Any) -> str:
        """The Python type of the 2xx answers only: what the short call returns (`str` for non-JSON formats)."""
        types = sorted(
            {
                response.prop.get_type_string().as_unembedded_code()
                for response in endpoint.responses.patterns
                if 200 <= response.status_code.range[0] <= 299
            }
        )
        if self.text_answers(endpoint) and "str" not in types:
            types.append("str")
        return " | ".join(types) if types else "None"

    def paging_item(self, endpoint: Any, items_path: list[str], models: Any = ()) -> tuple[str, list[str]]:
        """The Python type of the items iterate() yields, and the imports it needs (`Any` when the answer's is).

        `models` are the processed model properties (a union's members may be unprocessed copies)."""
        processed = {str(model.class_info.name): model for model in models}
        types: set[str] = set()
        imports: set[str] = set()
        for response in endpoint.responses.patterns:
            if not 200 <= response.status_code.range[0] <= 299:
                continue
            for prop in _walk(response.prop, items_path, processed):
                types.add(prop.get_type_string(no_optional=True).as_unembedded_code())
                imports.update(prop.get_imports(prefix="..."), prop.get_lazy_imports(prefix="..."))
        if not types:
            raise ClientGenerationError(
                f"x-sdk-pagination of {endpoint.method.upper()} {raw(endpoint.path, reader='SdkContext.paging_item')}: "
                f"items {'.'.join(items_path)!r} names nothing in its 2xx answers, so iterate() would yield nothing"
            )
        if "Any" in types:
            return "Any", []
        return " | ".join(sorted(types)), sorted(line for line in imports if line.startswith("from ..."))

    def query_style(self, endpoint: Any, name: str) -> str | None:
        """How a query parameter is serialized when upstream's default would be wrong on the wire."""
        for reference in self.operation(endpoint.path, endpoint.method).get("parameters", []):
            parameter = self.resolve(reference)
            if parameter.get("in") != "query" or parameter.get("name") != name:
                continue
            style = parameter.get("style", "form")
            if style == "deepObject":
                return "deepObject"
            if style == "form" and parameter.get("explode") is False:
                return "comma"
        return None

    def numeric_kind(self, model: Any, name: Any) -> str | None:
        """`int` or `float` when the overlay marks a string property `x-sdk-numeric` (directly or via its $ref)."""
        reader = "SdkContext.numeric_kind (x-sdk-numeric)"
        wire_name = raw(name, reader=reader)
        schema = attribute(model, "data", reader=reader)
        properties = attribute(schema, "properties", reader=reader) or {}
        node = next((value for key, value in properties.items() if raw(key, reader=reader) == wire_name), None)
        if node is None:
            return None
        if isinstance(node, Reference):
            extensions = self.resolve({"$ref": raw(attribute(node, "ref", reader=reader), reader=reader)})
        else:
            extensions = attribute(node, "model_extra", reader=reader) or {}
        kind = extensions.get("x-sdk-numeric")
        return str(kind) if kind in ("int", "float") else None

    def closed_enum(self, enum: Any) -> bool:
        """An enum the overlay marks `x-sdk-closed-enum`: it discriminates a union, so unknown values must fail."""
        schema = self.document.get("components", {}).get("schemas", {}).get(str(enum.class_info.name), {})
        return bool(isinstance(schema, dict) and schema.get("x-sdk-closed-enum"))


_PAGING_READER = "SdkContext.paging_item (x-sdk-pagination items)"


def _walk(prop: Any, path: list[str], processed: dict[str, Any]) -> list[Any]:
    """The properties reached from `prop` along an attribute path ("*" steps into list items)."""
    nodes = [prop]
    for step in path:
        following = []
        for node in nodes:
            if isinstance(node, AnyProperty):
                following.append(node)  # an untyped answer: whatever it holds is untyped too
            elif step == "*":
                following.extend([_inner(node)] if isinstance(node, ListProperty) else [])
            else:
                following.extend(_attribute(node, step, processed))
        nodes = following
    # A list of items is flattened by iterate(), as page_items does at run time.
    return [_inner(node) if isinstance(node, ListProperty) else node for node in nodes]


def _inner(node: Any) -> Any:
    return attribute(node, "inner_property", reader=_PAGING_READER)


def _attribute(node: Any, name: str, processed: dict[str, Any]) -> list[Any]:
    if isinstance(node, UnionProperty):  # a union: any member that has the attribute
        members = attribute(node, "inner_properties", reader=_PAGING_READER)
        return [found for member in members for found in _attribute(member, name, processed)]
    if not isinstance(node, ModelProperty):
        return []  # a scalar has no attributes to step into
    class_name = str(attribute(attribute(node, "class_info", reader=_PAGING_READER), "name", reader=_PAGING_READER))
    model = processed.get(class_name, node)
    properties = [
        *(attribute(model, "required_properties", reader=_PAGING_READER) or []),
        *(attribute(model, "optional_properties", reader=_PAGING_READER) or []),
    ]
    return [
        candidate for candidate in properties if str(attribute(candidate, "python_name", reader=_PAGING_READER)) == name
    ]
