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
from generator.overlay import apply_overlay
from generator.releases import load_history, render_changelog
from generator.wire_facts import check_overlay_keeps_wire_facts
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
    spec = load_yaml_document(sources.spec)
    document: dict[str, Any] = spec.data
    warnings: tuple[str, ...] = ()
    overlay = None
    if sources.overlay is not None:
        overlay = load_yaml_document(sources.overlay)
        result = apply_overlay(document, overlay, strict=strict)
        document, warnings = result.document, result.warnings
        check_overlay_keeps_wire_facts(spec, overlay, document)
    from generator.sdk_extensions import check_sdk_extensions  # heavy: only when a spec is actually built
    from generator.validation import validate_openapi_31

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


class _NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump_effective_spec(effective: EffectiveSpec, sources: ClientSources) -> str:
    overlay = f" + overlays/{sources.overlay.name}" if sources.overlay else ""
    header = (
        f"# Effective spec of the {effective.api} client: specs/{effective.api}/openapi.yaml{overlay}.\n"
        "# Written by `python -m generator generate`; do not edit.\n"
    )
    body = yaml.dump(effective.document, Dumper=_NoAliasDumper, sort_keys=False, allow_unicode=True, width=120)
    return header + body
