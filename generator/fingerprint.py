"""Content hashes that let a regeneration with unchanged inputs finish without running the generator."""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import version
from pathlib import Path

import clickapis
from generator.apis import PACKAGE_DIR, RUNTIME_DIR, TEMPLATES_DIR, ClientSources

# Committed with the output, so the first `generate` on a fresh clone is a no-op too: everything it records is
# content (file bytes, pinned tool versions), nothing local. The drift check requires it to be current.
STAMP_NAME = ".generator-stamp.json"


def input_fingerprint(sources: ClientSources) -> str:
    """Hash of everything the output depends on: spec, overlay, config, templates, runtime, generator code, tools."""
    digest = hashlib.sha256()
    for tool in ("openapi-python-client", "ruff"):
        digest.update(f"{tool}=={version(tool)}\n".encode())
    inputs = [sources.spec, sources.config]
    if sources.overlay is not None:
        inputs.append(sources.overlay)
    if sources.releases is not None and sources.releases.is_file():
        inputs.append(sources.releases)
    inputs += sorted(p for p in TEMPLATES_DIR.rglob("*") if p.is_file())
    inputs += sorted(PACKAGE_DIR.glob("*.py"))
    inputs += sorted((PACKAGE_DIR / "schemas").glob("*.yaml"))
    inputs += sorted(Path(clickapis.__file__).parent.glob("*.py"))  # the catalog and $ref resolver it uses
    inputs += sorted(RUNTIME_DIR.glob("*.py"))
    for path in inputs:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def output_files(directory: Path) -> dict[str, bytes]:
    """What the generator wrote below `directory`, by relative path: not the stamp, not Python's byte-code caches
    (an editable install of the client writes those into generated/)."""
    if not directory.is_dir():
        return {}
    return {
        path.relative_to(directory).as_posix(): path.read_bytes()
        for path in sorted(directory.rglob("*"))
        if path.is_file() and path.name != STAMP_NAME and "__pycache__" not in path.relative_to(directory).parts
    }


def tree_digest(directory: Path) -> str:
    """Hash of every generated file below `directory` (names and bytes)."""
    digest = hashlib.sha256()
    for name, content in output_files(directory).items():
        digest.update(name.encode() + b"\0" + content + b"\0")
    return digest.hexdigest()


def is_up_to_date(sources: ClientSources) -> bool:
    stamp = sources.output / STAMP_NAME
    if not stamp.is_file():
        return False
    try:
        recorded = json.loads(stamp.read_text())
    except ValueError:
        return False
    return bool(
        recorded.get("inputs") == input_fingerprint(sources) and recorded.get("output") == tree_digest(sources.output)
    )


def write_stamp(sources: ClientSources, inputs: str) -> None:
    stamp = {"inputs": inputs, "output": tree_digest(sources.output)}
    (sources.output / STAMP_NAME).write_text(json.dumps(stamp, indent=2) + "\n")
