"""WireSpec: the API's wire spec, loaded once and indexed for routing and validation.

The mock serves `specs/<api>/openapi.yaml`, the hand-written description of what the vendor's server accepts and
answers, not the SDK's effective spec (`generated/<api>/openapi.yaml`, the wire spec after its overlay). So an
overlay can never change what the mock accepts, and the mock starts on a fresh clone without a generator run.
The overlays add only SDK extensions (`x-sdk-*`, `x-enum-varnames`), none of which the mock reads, so a
generated client meets the same validation as the spec it was generated from (tests/mock/test_fresh_clone.py).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clickapis.json_pointer import UnresolvableReference, resolve_ref
from clickapis.yaml_files import TooDeeplyNested, load_yaml
from mockserver.strictness import STRICTER_THAN_VENDOR

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
REPO_ROOT = Path(__file__).resolve().parent.parent
PACKAGED_SPECS = Path(__file__).resolve().parent / "specs"  # wire-spec copies the tools' wheel carries (pyproject.toml)
_TEMPLATE_VARIABLE = re.compile(r"\{([^{}/]+)\}")

Schema = Mapping[str, Any]


class SpecError(Exception):
    """The spec cannot be served (missing file, unresolvable $ref, duplicate operationId ...)."""


def default_spec_path(api: str) -> Path:
    """The repository's wire spec, else (installed from a wheel, no repository) the copy inside the package."""
    in_repository = REPO_ROOT / "specs" / api / "openapi.yaml"
    return in_repository if in_repository.is_file() else PACKAGED_SPECS / f"{api}.yaml"


@dataclass(frozen=True, slots=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: Schema
    style: str
    explode: bool
    lenient: bool = False
    """The vendor uses the default instead of rejecting an invalid value (`x-stricter-than-vendor`)."""


@dataclass(frozen=True, slots=True)
class RequestBody:
    required: bool
    schemas: Mapping[str, Schema]
    """Schema per media type."""


@dataclass(frozen=True, slots=True)
class Operation:
    operation_id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    request_body: RequestBody | None
    security: tuple[Mapping[str, Any], ...]
    """Alternatives (any one suffices), each naming schemes that must all hold; empty: no auth."""
    responses: Mapping[str, Mapping[str, Schema | None]]
    """Status code (or `default`, `4XX`) -> media type -> schema."""


class RouteNotFound(Exception):
    pass


class MethodNotAllowed(Exception):
    def __init__(self, allowed: list[str]) -> None:
        super().__init__(", ".join(allowed))
        self.allowed = allowed


@dataclass(frozen=True, slots=True)
class _Route:
    pattern: re.Pattern[str]
    operations: Mapping[str, Operation]


class WireSpec:
    """Operations by operationId, a router from (method, path) to an operation, and $ref resolution."""

    def __init__(self, document: Mapping[str, Any], source: str = "<spec>") -> None:
        self.document = document
        self.source = source
        self.security_schemes: Mapping[str, Mapping[str, Any]] = document.get("components", {}).get(
            "securitySchemes", {}
        )
        self.operations: dict[str, Operation] = {}
        self._literal_routes: dict[str, Mapping[str, Operation]] = {}
        templated: list[tuple[tuple[int, int], _Route]] = []
        root_security = tuple(document.get("security", ()))
        for path, path_item in document.get("paths", {}).items():
            by_method = {
                method.upper(): self._operation(path, method, path_item, root_security)
                for method in HTTP_METHODS
                if method in path_item
            }
            for operation in by_method.values():
                if operation.operation_id in self.operations:
                    raise SpecError(f"{source}: operationId {operation.operation_id!r} is used twice")
                self.operations[operation.operation_id] = operation
            variables = _TEMPLATE_VARIABLE.findall(path)
            if not variables:
                self._literal_routes[path] = by_method
                continue
            pattern = _path_pattern(path)
            # OpenAPI: concrete paths win over templated ones; among templates the most literal one first.
            templated.append(((len(variables), -len(path)), _Route(pattern, by_method)))
        self._templated_routes = [route for _, route in sorted(templated, key=lambda item: item[0])]

    @classmethod
    def load(cls, path: Path) -> WireSpec:
        """The spec in the file at `path`, parsed once per process for the same path and content (every in-process
        mock of a test suite reads the same spec; a WireSpec is never changed after it is built). Keyed by the
        content itself, not the file's times: an edit that keeps size and modification time is still seen."""
        if not path.is_file():
            raise SpecError(f"{path}: no such spec; pass --spec PATH to serve another file")
        return cls._parsed(str(path), path.read_bytes())

    @classmethod
    @functools.lru_cache(maxsize=8)
    def _parsed(cls, source: str, content: bytes) -> WireSpec:
        try:
            document = load_yaml(content.decode("utf-8"), source)
        except TooDeeplyNested as error:
            raise SpecError(str(error)) from None
        if not isinstance(document, dict) or "paths" not in document:
            raise SpecError(f"{source}: not an OpenAPI document (no `paths`)")
        return cls(document, source)

    def resolve(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        """Follow local `$ref`s until a node without one."""
        try:
            resolved: Mapping[str, Any] = resolve_ref(self.document, node)
        except UnresolvableReference as error:
            raise SpecError(f"{self.source}: {error}") from None
        return resolved

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]]:
        """The operation for a request, with its raw path parameters."""
        by_method = self._literal_routes.get(path)
        parameters: dict[str, str] = {}
        if by_method is None:
            for route in self._templated_routes:
                found = route.pattern.fullmatch(path)  # not match(): "$" would also accept a trailing newline
                if found:
                    by_method = route.operations
                    parameters = {_variable(name): value for name, value in found.groupdict().items()}
                    break
            else:
                raise RouteNotFound(path)
        operation = by_method.get(method)
        if operation is None and method == "HEAD":
            operation = by_method.get("GET")  # HTTP: a server that serves GET serves HEAD too (RFC 9110 9.3.2)
        if operation is None:
            raise MethodNotAllowed(sorted({*by_method, *(["HEAD"] if "GET" in by_method else [])}))
        return operation, parameters

    def _operation(
        self, path: str, method: str, path_item: Mapping[str, Any], root_security: tuple[Any, ...]
    ) -> Operation:
        raw = path_item[method]
        where = f"{self.source}: {method.upper()} {path}"
        operation_id = raw.get("operationId")
        if not operation_id:
            raise SpecError(f"{where}: operation has no operationId")
        merged: dict[tuple[str, str], Parameter] = {}
        for node in (*path_item.get("parameters", ()), *raw.get("parameters", ())):
            parameter = self._parameter(self.resolve(node))
            merged[(parameter.name, parameter.location)] = parameter
        body = None
        if "requestBody" in raw:
            body_node = self.resolve(raw["requestBody"])
            body = RequestBody(
                required=bool(body_node.get("required", False)),
                schemas={media: content.get("schema", {}) for media, content in body_node.get("content", {}).items()},
            )
        responses = {
            str(status): {
                media: content.get("schema") for media, content in self.resolve(node).get("content", {}).items()
            }
            for status, node in raw.get("responses", {}).items()
        }
        security = tuple(raw["security"]) if "security" in raw else root_security
        for requirement in security:
            for scheme in requirement:
                if scheme not in self.security_schemes:
                    raise SpecError(f"{where}: security scheme {scheme!r} is not declared")
        return Operation(operation_id, method.upper(), path, tuple(merged.values()), body, security, responses)

    def _parameter(self, node: Mapping[str, Any]) -> Parameter:
        location = node["in"]
        style = node.get("style", "form" if location in ("query", "cookie") else "simple")
        schema = node.get("schema", {})
        return Parameter(
            name=node["name"],
            location=location,
            required=bool(node.get("required", location == "path")),
            schema=schema,
            style=style,
            explode=bool(node.get("explode", style == "form")),
            lenient=STRICTER_THAN_VENDOR in node or STRICTER_THAN_VENDOR in self.resolve(schema),
        )


def _path_pattern(path: str) -> re.Pattern[str]:
    """`/x/{id}` -> `^/x/(?P<...>[^/]+)$`; split parts alternate literal text and variable names."""
    parts = _TEMPLATE_VARIABLE.split(path)
    return re.compile(
        "^"
        + "".join(
            re.escape(part) if index % 2 == 0 else f"(?P<{_group(part)}>[^/]+)" for index, part in enumerate(parts)
        )
        + "$"
    )


def _group(variable: str) -> str:
    """Regex group names must be identifiers; path variables need not be."""
    return "v_" + variable.encode().hex()


def _variable(group: str) -> str:
    return bytes.fromhex(group[2:]).decode()
