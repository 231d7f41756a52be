"""`python -m generator diff`: what a regeneration changed in each client, as a semver level and a list of changes.

Compares the client's public Python API (read with griffe from the source, never imported) and its effective
spec in the working tree against the same files at a git revision. Levels:
- breaking: code written against the old client can fail (something removed, a type or default changed, a new
  required parameter or required model field);
- feature: only additions (modules, operations, models, optional parameters and fields, enum values);
- fix: the Python API is the same but what ships changed (docstrings, the effective spec: descriptions,
  examples, constraints the mock enforces). A description-only spec edit lands here, not in `unchanged`,
  because the docstrings and the packaged openapi.yaml users read differ and deserve a patch release;
- unchanged: neither the Python API nor the effective spec differs.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import griffe

from clickapis.yaml_files import read_yaml
from generator.apis import ClientSources
from generator.errors import GitRevisionError
from generator.pipeline import EFFECTIVE_SPEC_NAME
from generator.releases import LEVELS

_ENUM_BASES = {"Enum", "StrEnum", "IntEnum", "enum.Enum", "enum.StrEnum", "enum.IntEnum"}
_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@attrs.frozen
class Change:
    level: str
    text: str


@attrs.frozen
class ClientDiff:
    api: str
    changes: tuple[Change, ...]

    @property
    def level(self) -> str:
        return max((change.level for change in self.changes), key=LEVELS.index, default="unchanged")

    def line(self) -> str:
        if not self.changes:
            return f"{self.api}: unchanged"
        return f"{self.api}: {self.level}: " + "; ".join(change.text for change in self.changes)


@attrs.frozen
class Param:
    name: str
    kind: str
    annotation: str
    default: str | None  # None: required


@attrs.frozen
class Node:
    """One public object of a client: module, class, function, field (class attribute), enum value, attribute."""

    kind: str
    annotation: str = ""
    value: str | None = None
    params: tuple[Param, ...] = ()
    returns: str = ""
    doc: str = ""


def diff_client(sources: ClientSources, root: Path, base: str) -> ClientDiff:
    with tempfile.TemporaryDirectory(prefix=f"diff-{sources.api}-") as scratch:
        old_dir = export_from_git(root, base, sources.output.relative_to(root), Path(scratch))
        if old_dir is None:
            return ClientDiff(sources.api, (Change("feature", f"new client {sources.package_name}"),))
        return compare_clients(sources.api, sources.package_name, old_dir, sources.output)


def compare_clients(api: str, package: str, old_dir: Path, new_dir: Path) -> ClientDiff:
    changes: list[Change] = []
    if _sources(old_dir / package) != _sources(new_dir / package):  # griffe only where the code differs
        changes += compare_surfaces(public_surface(old_dir, package), public_surface(new_dir, package))
    changes += compare_specs(old_dir / EFFECTIVE_SPEC_NAME, new_dir / EFFECTIVE_SPEC_NAME)
    unique = {change.text: change for change in changes}.values()  # sync/asyncio variants report alike
    ordered = sorted(unique, key=lambda change: (-LEVELS.index(change.level), change.text))
    return ClientDiff(api, tuple(ordered))


def export_from_git(root: Path, ref: str, directory: Path, destination: Path) -> Path | None:
    """Write `directory` as it is at `ref` below `destination`; None when `ref` has no such directory."""
    listed = _git(root, "ls-tree", "--name-only", ref, "--", directory.as_posix())
    if not listed.strip():
        return None
    archive = subprocess.run(
        ["git", "archive", "--format=tar", ref, "--", directory.as_posix()], cwd=root, capture_output=True, check=True
    )
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(destination, filter="data")
    return destination / directory


def _git(root: Path, *arguments: str) -> str:
    completed = subprocess.run(["git", *arguments], cwd=root, capture_output=True, text=True)
    if completed.returncode != 0:
        raise GitRevisionError(f"git {' '.join(arguments)} failed in {root}: {completed.stderr.strip()}")
    return completed.stdout


def _sources(package_dir: Path) -> dict[str, bytes]:
    return {path.relative_to(package_dir).as_posix(): path.read_bytes() for path in package_dir.rglob("*.py")}


def public_surface(project_dir: Path, package: str) -> dict[str, Node]:
    """Every public object below `package`, keyed by dotted path relative to it (imports and `_names` left out)."""
    loaded = griffe.load(package, search_paths=[project_dir], resolve_aliases=False, allow_inspection=False)
    assert isinstance(loaded, griffe.Module)
    return dict(_walk(loaded, ""))


def _walk(obj: griffe.Object, prefix: str) -> Iterator[tuple[str, Node]]:
    enum = isinstance(obj, griffe.Class) and any(str(base) in _ENUM_BASES for base in obj.bases)
    for name, member in obj.members.items():
        if member.is_alias or name.startswith("_"):
            continue
        assert isinstance(member, griffe.Object)
        path = f"{prefix}{name}"
        yield path, _node(member, obj, enum)
        if isinstance(member, griffe.Module | griffe.Class):
            yield from _walk(member, f"{path}.")


def _node(member: griffe.Object, parent: griffe.Object, in_enum: bool) -> Node:
    doc = member.docstring.value if member.docstring else ""
    if isinstance(member, griffe.Function):
        params = tuple(
            Param(p.name, p.kind.value if p.kind else "", _text(p.annotation), _optional_text(p.default))
            for p in member.parameters
        )
        return Node("function", params=params, returns=_text(member.returns), doc=doc)
    if isinstance(member, griffe.Attribute):
        kind = "value" if in_enum else "field" if isinstance(parent, griffe.Class) else "attribute"
        return Node(kind, annotation=_text(member.annotation), value=_optional_text(member.value), doc=doc)
    return Node(member.kind.value, doc=doc)


def _text(expression: Any) -> str:
    return "" if expression is None else str(expression)


def _optional_text(expression: Any) -> str | None:
    return None if expression is None else str(expression)


def compare_surfaces(old: dict[str, Node], new: dict[str, Node]) -> list[Change]:
    changes = []
    for path in sorted(old.keys() - new.keys()):
        if _parent(path) not in old.keys() - new.keys():  # report the outermost object only
            changes.append(Change("breaking", f"removed {old[path].kind} {_label(path)}"))
    for path in sorted(new.keys() - old.keys()):
        if _parent(path) not in new.keys() - old.keys():
            changes.append(_added(path, new[path]))
    for path in sorted(old.keys() & new.keys()):
        changes += _changed(path, old[path], new[path])
    # A resource method mirrors its module function: one change, said once.
    return list(dict.fromkeys(changes))


def _added(path: str, node: Node) -> Change:
    if node.kind == "field" and node.value is None:
        return Change("breaking", f"new required field {_label(path)}")  # the model's constructor needs it now
    return Change("feature", f"new {node.kind} {_label(path)}")


def _changed(path: str, old: Node, new: Node) -> list[Change]:
    label = _label(path)
    if old.kind != new.kind:
        return [Change("breaking", f"{label} changed from {old.kind} to {new.kind}")]
    changes = []
    if old.annotation != new.annotation:
        changes.append(Change("breaking", f"changed type of {old.kind} {label}: {old.annotation} -> {new.annotation}"))
    if old.value != new.value:
        changes.append(_value_change(label, old, new))
    if old.kind == "function":
        changes += _parameter_changes(_operation_label(path), old.params, new.params)
        if old.returns != new.returns:
            changes.append(Change("breaking", f"changed return type of {_operation_label(path)}: {new.returns}"))
    if old.doc != new.doc:
        changes.append(Change("fix", f"updated documentation of {_operation_label(path)}"))
    return changes


def _value_change(label: str, old: Node, new: Node) -> Change:
    if old.kind == "field" and old.value is not None and new.value is None:
        return Change("breaking", f"field {label} became required")
    if old.kind == "field" and old.value is None:
        return Change("feature", f"field {label} became optional")
    level = "fix" if old.kind == "attribute" else "breaking"  # module constants are settings, not interfaces
    return Change(level, f"changed value of {label}: {old.value} -> {new.value}")


def _parameter_changes(function: str, old: tuple[Param, ...], new: tuple[Param, ...]) -> list[Change]:
    old_by_name, new_by_name = {p.name: p for p in old}, {p.name: p for p in new}
    positional = ("positional-only", "positional or keyword")
    old_order = [p.name for p in old if p.kind in positional]
    new_order = [p.name for p in new if p.kind in positional]
    changes = []
    for name in old_by_name.keys() - new_by_name.keys():
        changes.append(Change("breaking", f"removed parameter {function}({name})"))
    for name in new_by_name.keys() - old_by_name.keys():
        required = new_by_name[name].default is None
        level, what = ("breaking", "required") if required else ("feature", "optional")
        changes.append(Change(level, f"new {what} parameter {function}({name})"))
    for name in old_by_name.keys() & new_by_name.keys():
        before, after = old_by_name[name], new_by_name[name]
        where = f"{function}({name})"
        if before.annotation != after.annotation:
            changes.append(Change("breaking", f"changed type of parameter {where}: {after.annotation}"))
        if before.kind != after.kind:
            changes.append(Change("breaking", f"parameter {where} changed from {before.kind} to {after.kind}"))
        if before.default != after.default:
            if after.default is None:
                changes.append(Change("breaking", f"parameter {where} became required"))
            elif before.default is None:
                changes.append(Change("feature", f"parameter {where} became optional"))
            else:
                changes.append(Change("breaking", f"changed default of parameter {where}: {after.default}"))
    if [n for n in old_order if n in new_order] != [n for n in new_order if n in old_order]:
        changes.append(Change("breaking", f"reordered positional parameters of {function}"))
    return changes


def compare_specs(old_path: Path, new_path: Path) -> list[Change]:
    """One `fix` naming the operations, schemas and other top-level parts whose effective spec differs."""
    old, new = _spec_parts(old_path), _spec_parts(new_path)
    differing = sorted(part for part in old.keys() | new.keys() if old.get(part) != new.get(part))
    if not differing:
        return []
    return [Change("fix", f"effective spec changed: {', '.join(differing)}")]


def _spec_parts(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    document = read_yaml(path)
    parts = {f"{key}": value for key, value in document.items() if key not in ("paths", "components")}
    for route, item in (document.get("paths") or {}).items():
        for method, operation in item.items():
            name = f"operation {method.upper()} {route}" if method in _HTTP_METHODS else f"path {route} {method}"
            parts[name] = operation
    for section, entries in (document.get("components") or {}).items():
        for name, value in entries.items():
            parts[f"{section.removesuffix('s')} {name}"] = value
    return parts


def _parent(path: str) -> str:
    return path.rpartition(".")[0]


def _label(path: str) -> str:
    """`models.realtime_visitor.RealtimeVisitor.source` -> `RealtimeVisitor.source`; api paths lose `api.<group>.`."""
    parts = path.split(".")
    if parts[0] in ("models", "api") and len(parts) > 2:
        return ".".join(parts[2:])
    return path


def _operation_label(path: str) -> str:
    """An operation's variants share one name: `api.stats.get_stats.sync` and the resource methods
    `resources.stats.StatsResource.get_stats` (sync, async, raw) -> `get_stats`."""
    parts = path.split(".")
    if parts[0] == "api" and len(parts) == 4:
        return parts[2]
    if parts[0] == "resources" and len(parts) == 4:
        return parts[3]
    return _label(path)
