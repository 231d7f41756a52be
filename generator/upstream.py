"""The one place that reads openapi-python-client's parsed data outside its templates.

Everything goes through the classes and accessors upstream exposes (`get_untrusted_value()`, the Property and
Schema classes, pydantic's `model_extra`). An attribute that is not there is an upstream change this generator
was not written for: it fails the build naming the attribute and the installed version, instead of rendering
a client that silently lost a feature (a missing `_number` accessor, a pager yielding `Any`).
"""

from __future__ import annotations

from importlib.metadata import version
from typing import Any

from generator.errors import ClientGenerationError

UPSTREAM = "openapi-python-client"

try:
    from openapi_python_client.parser.properties import AnyProperty, ModelProperty
    from openapi_python_client.parser.properties.list_property import ListProperty
    from openapi_python_client.parser.properties.union import UnionProperty
    from openapi_python_client.schema import Reference, Schema
except ImportError as error:  # pragma: no cover - only on an upgrade that moved them
    raise ClientGenerationError(
        f"{UPSTREAM} {version(UPSTREAM)} no longer exports {error.name or error}: "
        "the generator reads it (generator/upstream.py); pin the version in pyproject.toml"
    ) from error

__all__ = ["AnyProperty", "ListProperty", "ModelProperty", "Reference", "Schema", "UnionProperty", "attribute", "raw"]


class UpstreamChangedError(ClientGenerationError):
    """openapi-python-client's parsed data lacks something the generator reads."""


def attribute(owner: Any, name: str, *, reader: str) -> Any:
    """`owner.name`, or an UpstreamChangedError naming the class, the attribute, who reads it and the version."""
    try:
        return getattr(owner, name)
    except AttributeError:
        raise UpstreamChangedError(
            f"{UPSTREAM} {version(UPSTREAM)}: {type(owner).__module__}.{type(owner).__qualname__} has no attribute "
            f"{name!r}, which {reader} reads; the generator supports the version pinned in pyproject.toml"
        ) from None


def raw(value: Any, *, reader: str) -> str:
    """The document's own text behind upstream's UntrustedString / Ref wrappers (never placed in code as is)."""
    if isinstance(value, str):
        return value
    return str(attribute(value, "get_untrusted_value", reader=reader)())
