"""spec → overlay → validation → openapi-python-client → generated/<api>/, written atomically."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import attrs
import yaml

from generator.apis import ClientSources
from generator.fingerprint import input_fingerprint, is_up_to_date, write_stamp
from generator.output import replace_directory, staging_directory
from generator.releases import load_history, render_changelog
from generator.yaml_source import load_yaml_document

EFFECTIVE_SPEC_NAME = "openapi.yaml"
CHANGELOG_NAME = "CHANGELOG.md"


@attrs.frozen
class EffectiveSpec:
    """The spec with its overlay applied and validated: what the client and the mock are built from."""

    api: str
    document: dict[str, Any]
    warnings: tuple[str, ...]


@attrs.frozen
class GenerationOutcome:
    api: str
    regenerated: bool
    warnings: tuple[str, ...] = ()


def build_effective_spec(sources: ClientSources, *, strict: bool = True) -> EffectiveSpec:
    # Imported here: a run where every client is up to date never builds a spec, and these bring jsonpath,
    # jsonschema and openapi-spec-validator (most of a no-op run's start-up).
    from generator.overlay import apply_overlay
    from generator.sdk_extensions import check_sdk_extensions
    from generator.validation import validate_openapi_31
    from generator.wire_facts import check_overlay_keeps_wire_facts

    spec = load_yaml_document(sources.spec)
    document: dict[str, Any] = spec.data
    warnings: tuple[str, ...] = ()
    overlay = None
    if sources.overlay is not None:
        overlay = load_yaml_document(sources.overlay)
        result = apply_overlay(document, overlay, strict=strict)
        document, warnings = result.document, result.warnings
        check_overlay_keeps_wire_facts(spec, overlay, document)

    overlay_note = f" with {sources.overlay.name} applied" if sources.overlay else ""
    validate_openapi_31(document, source=f"{sources.spec}{overlay_note}", where=spec.where)
    check_sdk_extensions(spec, overlay, document)
    return EffectiveSpec(api=sources.api, document=document, warnings=warnings)


def render_into(effective: EffectiveSpec, sources: ClientSources, project_dir: Path) -> None:
    from generator.client_build import render_client  # imports openapi-python-client: not for no-op runs

    history = load_history(sources.releases)
    render_client(effective.document, sources, project_dir, release=history[0] if history else None)
    (project_dir / EFFECTIVE_SPEC_NAME).write_text(dump_effective_spec(effective, sources), encoding="utf-8")
    if history:
        title = f"{sources.package_name.replace('_', '-')} ({effective.document['info']['title']})"
        (project_dir / CHANGELOG_NAME).write_text(render_changelog(title, history), encoding="utf-8")


def generate_client(sources: ClientSources, *, force: bool = False) -> GenerationOutcome:
    """Regenerate one client unless its inputs and output are exactly as last generated."""
    if not force and is_up_to_date(sources):
        return GenerationOutcome(api=sources.api, regenerated=False)
    inputs = input_fingerprint(sources)
    effective = build_effective_spec(sources)
    staged = staging_directory(sources.output)
    try:
        render_into(effective, sources, staged)
        replace_directory(staged, sources.output)
    finally:
        shutil.rmtree(staged, ignore_errors=True)
    write_stamp(sources, inputs)
    return GenerationOutcome(api=sources.api, regenerated=True, warnings=effective.warnings)


def _effective_spec_dumper(base: type[yaml.SafeDumper]) -> type[yaml.SafeDumper]:
    """A dumper that writes every node in full (no anchors) and multi-line strings as `|` blocks.

    Block scalars are what libyaml's emitter and PyYAML's pure-Python one write identically (they fold long
    double-quoted strings differently), so the bytes do not depend on which is installed, and libyaml's is
    several times faster on a spec the size of ClickMeter's (tests/unit/test_generator.py compares the two).
    """

    class Dumper(base):  # type: ignore[valid-type,misc]
        def ignore_aliases(self, data: Any) -> bool:
            return True

    def represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|" if "\n" in data else None)

    Dumper.add_representer(str, represent_str)
    return Dumper


PURE_DUMPER = _effective_spec_dumper(yaml.SafeDumper)
FAST_DUMPER = _effective_spec_dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper))


def dump_yaml(document: Any, dumper: type[yaml.SafeDumper] = FAST_DUMPER) -> str:
    return yaml.dump(document, Dumper=dumper, sort_keys=False, allow_unicode=True, width=120)


def dump_effective_spec(effective: EffectiveSpec, sources: ClientSources) -> str:
    overlay = f" + overlays/{sources.overlay.name}" if sources.overlay else ""
    header = (
        f"# Effective spec of the {effective.api} client: specs/{effective.api}/openapi.yaml{overlay}.\n"
        "# Written by `python -m generator generate`; do not edit.\n"
    )
    body = dump_yaml(effective.document)
    return header + body
