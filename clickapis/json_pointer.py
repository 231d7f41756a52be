"""Local `$ref`s of OpenAPI and JSON Schema documents: JSON pointers (RFC 6901) within one document.

The generator, the mock and the tests all follow `{"$ref": "#/components/..."}` with `resolve_ref`.
Standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any
from urllib.parse import unquote

_ARRAY_INDEX = re.compile(r"0|[1-9][0-9]*")  # RFC 6901 §4: no leading zeros, no sign


class UnresolvableReference(LookupError):
    """A `$ref` or JSON pointer that names no node of the document; the message names the pointer."""


def unescape_token(token: str) -> str:
    """`~1` is `/`, `~0` is `~` (RFC 6901 §4: in this order, so `~01` is `~1`)."""
    return token.replace("~1", "/").replace("~0", "~")


def escape_token(token: object) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer(path: Iterable[object]) -> str:
    """The JSON pointer of a path of keys and indexes; "" for the whole document."""
    return "".join(f"/{escape_token(part)}" for part in path)


def display_pointer(path: Iterable[object]) -> str:
    """As `pointer`, with `/` for the whole document, which reads better in a message than nothing."""
    return pointer(path) or "/"


def lookup_pointer(document: Any, pointer: str) -> Any:
    """The node `pointer` (`""` is the whole document, else `/a/b`) names in `document`."""
    if pointer == "":
        return document
    if not pointer.startswith("/"):
        raise UnresolvableReference(f"JSON pointer {pointer!r} does not start with '/'")
    node = document
    walked = ""
    for raw in pointer[1:].split("/"):
        token = unescape_token(raw)
        if isinstance(node, Mapping) and token in node:
            node = node[token]
        elif (
            isinstance(node, Sequence)
            and not isinstance(node, str)
            and _ARRAY_INDEX.fullmatch(token)
            and int(token) < len(node)
        ):
            node = node[int(token)]
        else:
            raise UnresolvableReference(f"JSON pointer {pointer!r}: nothing at {raw!r} under {walked or '/'}")
        walked += f"/{raw}"
    return node


def resolve_ref(document: Any, node: Any, *, document_uri: str | None = None) -> Any:
    """Follow `node`'s chain of local `$ref`s within `document` to the first node without one.

    A reference is local when it is a fragment (`#/components/schemas/Link`) or, with `document_uri`, that URI
    followed by a fragment. The fragment is percent-decoded (RFC 6901 §6). Any other node comes back unchanged.
    Raises UnresolvableReference for a reference that is not local, names nothing, or leads back to itself.
    """
    seen: list[str] = []
    while isinstance(node, Mapping) and "$ref" in node:
        reference = node["$ref"]
        if not isinstance(reference, str):
            raise UnresolvableReference(f"$ref {reference!r} is not a string")
        if reference in seen:
            raise UnresolvableReference(f"$ref {reference!r} is a cycle: {' -> '.join([*seen, reference])}")
        seen.append(reference)
        if reference.startswith("#"):
            fragment = reference[1:]
        elif document_uri is not None and reference.startswith(f"{document_uri}#"):
            fragment = reference[len(document_uri) + 1 :]
        else:
            raise UnresolvableReference(f"$ref {reference!r} is not a local reference (#/...)")
        try:
            node = lookup_pointer(document, unquote(fragment))
        except UnresolvableReference as error:
            raise UnresolvableReference(f"$ref {reference!r} points nowhere: {error}") from None
    return node


def walk(node: Any, at: str = "") -> Iterator[tuple[str, Any]]:
    """Every node of a JSON document with its JSON pointer, the document itself (pointer "") first."""
    yield at, node
    if isinstance(node, Mapping):
        for key, child in node.items():
            yield from walk(child, f"{at}/{escape_token(key)}")
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from walk(child, f"{at}/{index}")
