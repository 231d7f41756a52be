"""YAML documents loaded as JSON data, remembering the line of every node for error messages.

Specs and overlays are JSON documents written in YAML, so loading keeps to the JSON data model:
mapping keys must be strings, a key may appear once per mapping, and dates stay strings (PyYAML's
YAML 1.1 timestamp rule would otherwise turn an `example: 2024-01-01` into a `datetime.date`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
import yaml

from clickapis.json_pointer import escape_token
from clickapis.yaml_files import SAFE_LOADER, loader_for, too_deep

_STR_TAG = "tag:yaml.org,2002:str"
_MERGE_TAG = "tag:yaml.org,2002:merge"
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


class DocumentError(Exception):
    """A document that cannot be used; the message names the file (and line/JSON pointer when known)."""


@attrs.frozen
class SourceDocument:
    """A parsed document and where it came from: `where()` turns a JSON pointer into `file:line (pointer)`."""

    path: Path
    data: Any = attrs.field(repr=False)
    lines: Mapping[str, int] = attrs.field(factory=dict, repr=False)

    def line_of(self, pointer: str) -> int | None:
        """The 1-based line where the node at `pointer` starts (a mapping member: the line of its key)."""
        return self.lines.get(pointer)

    def where(self, pointer: str) -> str:
        return _location(self.path, self.line_of(pointer), pointer)


def _location(path: Path, line: int | None, pointer: str) -> str:
    shown = pointer or "root"
    return f"{path} ({shown})" if line is None else f"{path}:{line} ({shown})"


def _json_data_loader(base: type[yaml.SafeLoader]) -> type[yaml.SafeLoader]:
    """`base` without the timestamp rule: JSON has no date type."""
    resolvers = {
        first_char: [(tag, regexp) for tag, regexp in rules if tag != _TIMESTAMP_TAG]
        for first_char, rules in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    loader: type[yaml.SafeLoader] = type(f"JsonData{base.__name__}", (base,), {"yaml_implicit_resolvers": resolvers})
    return loader


# libyaml's parser where PyYAML has it (its wheels do): the same nodes and line marks, several times faster on a
# spec the size of ClickMeter's; the pure-Python one for text that might nest too deeply for libyaml (yaml_files).
_FAST_LOADER = _json_data_loader(SAFE_LOADER)
_SAFE_LOADER = _json_data_loader(yaml.SafeLoader)


def load_yaml_document(path: Path) -> SourceDocument:
    """Read and parse a YAML (or JSON) file; every failure is a DocumentError naming the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DocumentError(f"{path}: cannot read the file: {error}") from error
    loader = loader_for(text, _FAST_LOADER, _SAFE_LOADER)(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return SourceDocument(path=path, data=None)
        # Lines are indexed on the composed nodes before construction, because constructing
        # flattens `<<` merge keys into the mapping and duplicate keys would no longer be visible.
        lines = dict(_index_lines(path, root, "", root.start_mark.line + 1, ()))
        data = loader.construct_document(root)
    except yaml.MarkedYAMLError as error:
        raise DocumentError(_describe_yaml_error(path, error)) from error
    except yaml.YAMLError as error:
        raise DocumentError(f"{path}: invalid YAML: {error}") from error
    except RecursionError:
        raise DocumentError(str(too_deep(str(path)))) from None
    finally:
        loader.dispose()
    return SourceDocument(path=path, data=data, lines=lines)


def _describe_yaml_error(path: Path, error: yaml.MarkedYAMLError) -> str:
    mark = error.problem_mark or error.context_mark
    location = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark is not None else str(path)
    problem = " ".join(part for part in (error.context, error.problem) if part)
    return f"{location}: invalid YAML: {problem or error}"


def _index_lines(
    path: Path, node: yaml.Node, pointer: str, line: int, ancestors: tuple[yaml.Node, ...]
) -> Iterator[tuple[str, int]]:
    if any(node is ancestor for ancestor in ancestors):
        raise DocumentError(f"{_location(path, line, pointer)}: recursive YAML alias; JSON data cannot contain itself")
    yield pointer, line
    inner = (*ancestors, node)
    if isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield from _index_lines(path, item, f"{pointer}/{index}", item.start_mark.line + 1, inner)
    elif isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE_TAG:
                continue
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != _STR_TAG:
                shown = key_node.value if isinstance(key_node, yaml.ScalarNode) else key_node.tag
                raise DocumentError(
                    f"{_location(path, key_line, pointer)}: mapping key {shown!r} is not a string; "
                    "JSON keys are strings, so quote it"
                )
            key = key_node.value
            member = f"{pointer}/{escape_token(key)}"
            if key in seen:
                raise DocumentError(f"{_location(path, key_line, member)}: duplicate key (first on line {seen[key]})")
            seen[key] = key_line
            yield from _index_lines(path, value_node, member, key_line, inner)
