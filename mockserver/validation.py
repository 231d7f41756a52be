"""Request validation against the spec, compiled once per operation.

Order, for every request: credentials (401), then parameters and body (400 naming the parameter or the JSON
pointer). Parameters arrive as strings; they are coerced by their schema type (integer, number, boolean,
arrays in form/simple style with or without explode, deepObject objects) before the schema check, so the
handler receives typed values. Integers on the wire are ASCII digits with an optional leading `-` (not
`233.0`, `+1`, nor Arabic-Indic or fullwidth digits, which Python's `int()` takes); numbers follow JSON's
grammar and must be finite; anything else stays a string, so the schema check reports it in the API's
error model.
"""

from __future__ import annotations

import hmac
import math
import re
from base64 import b64encode
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

from mockserver.json_body import parse_json_body
from mockserver.responses import ApiError, AuthFailure
from mockserver.schema_check import SchemaCheck, compile_schema
from mockserver.spec import Operation, Parameter, Schema, SpecError, WireSpec

_DELIMITERS = {"form": ",", "simple": ",", "spaceDelimited": " ", "pipeDelimited": "|"}
_SUPPORTED_BODY_TYPES = ("application/json", "application/x-www-form-urlencoded")


@dataclass(frozen=True, slots=True)
class RawRequest:
    """The parts of an HTTP request validation looks at, already read from the wire."""

    path_params: Mapping[str, str]
    query: Mapping[str, list[str]]
    headers: Mapping[str, str]
    """Case-insensitive lookup required."""
    cookies: Mapping[str, str]
    content_type: str | None
    body: bytes


@dataclass(frozen=True, slots=True)
class ValidatedRequest:
    path_params: dict[str, Any]
    query: dict[str, Any]
    header_params: dict[str, Any]
    body: Any


class SchemaCoercion:
    """Turns the strings of a request into the JSON types their schemas declare."""

    def __init__(self, spec: WireSpec) -> None:
        self._spec = spec

    def types_of(self, schema: Schema) -> list[str]:
        node = self._spec.resolve(schema)
        declared = node.get("type")
        if isinstance(declared, str):
            return [declared]
        if isinstance(declared, list):
            return [str(kind) for kind in declared]
        found: list[str] = []
        for keyword in ("oneOf", "anyOf", "allOf"):
            for member in node.get(keyword, ()):
                found.extend(kind for kind in self.types_of(member) if kind not in found)
        return found

    def scalar(self, raw: str, schema: Schema) -> Any:
        """The first declared type `raw` parses as; strings (and unparsable text) stay strings for the check."""
        types = self.types_of(schema)
        for kind in sorted(types, key=lambda kind: kind == "string"):
            if kind in ("integer", "number") and _ASCII_INTEGER.fullmatch(raw):
                return _integer(raw)
            if kind == "number" and _JSON_NUMBER.fullmatch(raw) and math.isfinite(float(raw)):
                return float(raw)
            if kind == "boolean" and raw in ("true", "false"):
                return raw == "true"
            if kind == "null" and raw in ("", "null"):
                return None
            if kind == "string":
                return raw
        return raw

    def items_schema(self, schema: Schema) -> Schema:
        node = self._spec.resolve(schema)
        items = node.get("items", {})
        return items if isinstance(items, Mapping) else {}

    def property_schema(self, schema: Schema, name: str) -> Schema:
        node = self._spec.resolve(schema)
        properties = node.get("properties", {})
        if name in properties:
            return properties[name]  # type: ignore[no-any-return]
        extra = node.get("additionalProperties", {})
        return extra if isinstance(extra, Mapping) else {}


# `[0-9]`, not `\d`: `\d` and `str.isdigit()` take any script's digits.
_ASCII_INTEGER = re.compile(r"-?[0-9]+")
_JSON_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
_SIGNIFICANT_DIGITS = 24
"""Digits kept of an absurdly long integer: still out of every range, and cheap to convert."""


def wire_integer(text: str) -> int | None:
    """`text` as an integer when it is one on the wire (ASCII digits, optional `-`, within int64), else None.

    For handlers reading integers the spec types as strings (ids, filter expressions)."""
    if not _ASCII_INTEGER.fullmatch(text):
        return None
    value = _integer(text)
    return value if INT64_MIN <= value <= INT64_MAX else None


INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1


def saturate_integers(value: Any) -> Any:
    """`value` with every integer beyond int64 replaced by the nearest int64 bound (lists and objects in place).

    Runs after the schema check: an integer without a format may be of any size on the wire, but no store
    (SQLite) holds more than int64, and for counts, offsets and ids the bound means the same (nothing there)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return min(max(value, INT64_MIN), INT64_MAX)
    stack = [value]
    while stack:
        container = stack.pop()
        items = (
            container.items()
            if isinstance(container, dict)
            else enumerate(container)
            if isinstance(container, list)
            else ()
        )
        for key, inner in items:
            if isinstance(inner, int) and not isinstance(inner, bool) and not INT64_MIN <= inner <= INT64_MAX:
                container[key] = min(max(inner, INT64_MIN), INT64_MAX)
            elif isinstance(inner, dict | list):
                stack.append(inner)
    return value


def _integer(raw: str) -> int:
    sign = -1 if raw.startswith("-") else 1
    digits = raw.lstrip("-").lstrip("0") or "0"
    return sign * int(digits[:_SIGNIFICANT_DIGITS])


class _ParameterCheck:
    __slots__ = ("_check", "_coercion", "kinds", "label", "parameter")

    def __init__(self, parameter: Parameter, spec: WireSpec, coercion: SchemaCoercion) -> None:
        self.parameter = parameter
        self.label = f"{parameter.location} parameter {parameter.name!r}"
        self._coercion = coercion
        self.kinds = coercion.types_of(parameter.schema)
        self._check = compile_schema(parameter.schema, spec.document)

    def read(self, raw: RawRequest) -> tuple[bool, Any]:
        """(present, coerced value) from the request."""
        parameter = self.parameter
        if parameter.location == "query":
            if parameter.style == "deepObject":
                prefix = parameter.name + "["
                members = {
                    key[len(prefix) : -1]: values[0]
                    for key, values in raw.query.items()
                    if key.startswith(prefix) and key.endswith("]")
                }
                if not members:
                    return False, None
                nested = sorted(f"{prefix}{key}]" for key in members if "[" in key or "]" in key)
                if nested:
                    # deepObject defines one level (name[key]=value); anything deeper is not this parameter's form
                    raise ApiError(400, f"{self.label}: nested keys are not supported: {', '.join(nested)}")
                return True, {
                    key: self._coercion.scalar(value, self._coercion.property_schema(parameter.schema, key))
                    for key, value in members.items()
                }
            values = raw.query.get(parameter.name)
            if values is None:
                return False, None
            return True, self._from_strings(values)
        if parameter.location == "path":
            text = raw.path_params.get(parameter.name)
        elif parameter.location == "header":
            text = raw.headers.get(parameter.name)
        else:
            text = raw.cookies.get(parameter.name)
        if text is None:
            return False, None
        return True, self._from_strings([text])

    def _from_strings(self, values: list[str]) -> Any:
        schema = self.parameter.schema
        if "array" in self.kinds:
            if not self.parameter.explode or self.parameter.location in ("path", "header"):
                delimiter = _DELIMITERS.get(self.parameter.style, ",")
                values = [part for value in values for part in value.split(delimiter)]
            items = self._coercion.items_schema(schema)
            return [self._coercion.scalar(value, items) for value in values]
        if "object" in self.kinds and not self.parameter.explode:
            parts = values[0].split(",")
            return {
                key: self._coercion.scalar(value, self._coercion.property_schema(schema, key))
                for key, value in zip(parts[::2], parts[1::2], strict=False)
            }
        return self._coercion.scalar(values[0], schema)

    def problem(self, value: Any) -> str | None:
        error = self._check.first_error(value)
        if error is None:
            return None
        pointer, _, message = error.partition(": ")
        return f"{self.label}{' at ' + pointer if pointer else ''}: {message}"


@dataclass(frozen=True, slots=True)
class _SchemeReader:
    """Where one security scheme's credential travels, the value accepted, and what messages call it."""

    scheme: str
    location: str
    key: str
    expected: str
    what: str


class CredentialCheck:
    """The operation's security requirements against the API's demo credentials."""

    def __init__(self, operation: Operation, spec: WireSpec, credentials: Mapping[str, str]) -> None:
        self._alternatives: list[list[_SchemeReader]] = []
        for requirement in operation.security:
            schemes = []
            for name in requirement:
                scheme = spec.security_schemes[name]
                if name not in credentials:
                    raise SpecError(f"security scheme {name!r} has no demo credential in the API behaviour")
                schemes.append(_scheme_reader(name, scheme, credentials[name]))
            self._alternatives.append(schemes)

    @property
    def query_names(self) -> set[str]:
        return {reader.key for schemes in self._alternatives for reader in schemes if reader.location == "query"}

    def verify(self, raw: RawRequest) -> None:
        """Raise `AuthFailure` unless one alternative is fully satisfied; the message never shows a credential."""
        if not self._alternatives:
            return
        failure: AuthFailure | None = None
        for schemes in self._alternatives:
            failure = None
            for reader in schemes:
                given = _credential(raw, reader.location, reader.key)
                if given is None:
                    failure = AuthFailure(reader.scheme, f"Missing {reader.what}")
                    break
                if not hmac.compare_digest(given.encode(), reader.expected.encode()):
                    failure = AuthFailure(reader.scheme, f"Invalid {reader.what}")
                    break
            if failure is None:
                return
        assert failure is not None
        raise failure


def _scheme_reader(name: str, scheme: Mapping[str, Any], credential: str) -> _SchemeReader:
    kind = scheme.get("type")
    if kind == "apiKey":
        location = scheme["in"]
        if location not in ("header", "query", "cookie"):
            raise SpecError(f"security scheme {name!r}: apiKey in {location!r} is not supported")
        key = scheme["name"]
        what = "API key" if location == "header" else f"{location} parameter {key!r}"
        return _SchemeReader(name, location, key, credential, what)
    if kind == "http" and str(scheme.get("scheme", "")).lower() in ("bearer", "basic"):
        prefix = "Bearer " if scheme["scheme"].lower() == "bearer" else "Basic "
        value = credential if prefix == "Bearer " else b64encode(credential.encode()).decode()
        return _SchemeReader(name, "header", "authorization", prefix + value, "credentials")
    raise SpecError(f"security scheme {name!r} of type {kind!r} is not supported by the mock")


def _credential(raw: RawRequest, location: str, key: str) -> str | None:
    if location == "header":
        return raw.headers.get(key)
    if location == "query":
        values = raw.query.get(key)
        return values[0] if values else None
    return raw.cookies.get(key)


class RequestValidator:
    """Everything needed to check one operation's requests, compiled once."""

    def __init__(
        self,
        operation: Operation,
        spec: WireSpec,
        credentials: Mapping[str, str],
        reject_unknown_query_params: bool,
    ) -> None:
        coercion = SchemaCoercion(spec)
        self._parameters = [_ParameterCheck(parameter, spec, coercion) for parameter in operation.parameters]
        self.credentials = CredentialCheck(operation, spec, credentials)
        self._known_query: set[str] | None = None
        if reject_unknown_query_params:
            self._known_query = {
                p.name for p in operation.parameters if p.location == "query"
            } | self.credentials.query_names
        self._deep_objects = tuple(p.name + "[" for p in operation.parameters if p.style == "deepObject")
        body = operation.request_body
        self._body_required = body is not None and body.required
        self._body_checks: dict[str, tuple[Schema, SchemaCheck]] = {}
        if body is not None:
            for media, schema in body.schemas.items():
                if media in _SUPPORTED_BODY_TYPES:
                    self._body_checks[media] = (schema, compile_schema(schema, spec.document))
        self._accepts_body = body is not None
        self._coercion = coercion

    def validate(self, raw: RawRequest, *, strict: bool = True) -> ValidatedRequest:
        """`strict=False`: an invalid value of a `lenient` parameter counts as absent (the vendor's default)."""
        self.credentials.verify(raw)
        located: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}, "cookie": {}}
        for check in self._parameters:
            present, value = check.read(raw)
            if not present:
                if check.parameter.required:
                    raise ApiError(400, f"{check.label} is required")
                continue
            problem = check.problem(value)
            if problem and check.parameter.lenient and not strict and not check.parameter.required:
                continue
            if problem:
                raise ApiError(400, problem)
            located[check.parameter.location][check.parameter.name] = saturate_integers(value)
        if self._known_query is not None:
            for name in raw.query:
                if name not in self._known_query and not name.startswith(self._deep_objects or ("\0",)):
                    raise ApiError(400, f"query parameter {name!r} is not accepted by this operation")
        return ValidatedRequest(located["path"], located["query"], located["header"], self._body(raw))

    def _body(self, raw: RawRequest) -> Any:
        if not self._accepts_body:
            return None
        if not raw.body.strip():
            if self._body_required:
                raise ApiError(400, "request body is required")
            return None
        media = (raw.content_type or "").split(";", 1)[0].strip().lower()
        if media not in self._body_checks:
            accepted = ", ".join(self._body_checks) or "no body"
            raise ApiError(415, f"Content-Type {media or '(none)'!r} is not accepted; send {accepted}")
        schema, check = self._body_checks[media]
        body = parse_json_body(raw.body) if media == "application/json" else self._form(raw.body, schema)
        error = check.first_error(body)
        if error:
            pointer, _, message = error.partition(": ")
            raise ApiError(400, f"request body at {pointer or '/'}: {message}")
        return saturate_integers(body)

    def _form(self, content: bytes, schema: Schema) -> dict[str, Any]:
        fields = parse_qs(content.decode("utf-8", errors="replace"), keep_blank_values=True)
        form: dict[str, Any] = {}
        for name, values in fields.items():
            field_schema = self._coercion.property_schema(schema, name)
            if "array" in self._coercion.types_of(field_schema):
                items = self._coercion.items_schema(field_schema)
                form[name] = [self._coercion.scalar(value, items) for value in _split_all(values)]
            else:
                form[name] = self._coercion.scalar(values[0], field_schema)
        return form


def _split_all(values: Sequence[str]) -> list[str]:
    return [part for value in values for part in value.split(",")] if len(values) == 1 else list(values)
