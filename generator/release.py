"""`python -m generator release`: turn each client's diff against a git revision into its next release.

The new history is the one at the base revision plus one entry, so running `release` again before committing
gives the same result rather than a second bump. The client is then regenerated from that history.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import attrs

from clickapis.yaml_files import load_yaml
from generator.api_diff import ClientDiff, diff_client
from generator.apis import ClientSources
from generator.pipeline import EFFECTIVE_SPEC_NAME, generate_client
from generator.releases import (
    Release,
    dump_history,
    generator_version,
    load_history,
    next_version,
    parse_history,
)
from generator.yaml_source import load_yaml_document


@attrs.frozen
class ReleaseOutcome:
    api: str
    diff: ClientDiff
    previous_version: str
    release: Release | None  # None: nothing changed, no release

    def line(self) -> str:
        if self.release is None:
            return f"{self.api}: unchanged, stays at {self.previous_version}"
        return f"{self.api}: {self.release.level}, {self.previous_version} -> {self.release.version}"


def release_client(sources: ClientSources, root: Path, base: str, date: str) -> ReleaseOutcome:
    generate_client(sources)  # the diff must see what the current spec produces
    diff = diff_client(sources, root, base)
    base_history = _history_at(root, base, sources)
    previous = base_history[0].version if base_history else _configured_version(sources)
    release = None
    history = base_history
    if diff.changes:
        release = Release(
            version=next_version(previous, diff.level),
            date=date,
            level=diff.level,
            spec_version=_spec_version(sources),
            generator=generator_version(),
            changes=tuple(change.text for change in diff.changes),
        )
        history = (release, *base_history)
    if history != load_history(sources.releases):
        _write_atomically(_history_path(sources), dump_history(sources.api, history))
        generate_client(sources)
    return ReleaseOutcome(api=sources.api, diff=diff, release=release, previous_version=previous)


def _history_path(sources: ClientSources) -> Path:
    if sources.releases is None:
        raise ValueError(f"{sources.api}: no release history file configured")
    return sources.releases


def _history_at(root: Path, ref: str, sources: ClientSources) -> tuple[Release, ...]:
    relative = _history_path(sources).relative_to(root).as_posix()
    shown = subprocess.run(["git", "show", f"{ref}:{relative}"], cwd=root, capture_output=True, text=True)
    if shown.returncode != 0:  # no history at that revision: the first release
        return ()
    return parse_history(load_yaml(shown.stdout, f"{ref}:{relative}"), source=f"{ref}:{relative}")


def _configured_version(sources: ClientSources) -> str:
    return str(load_yaml_document(sources.config).data.get("package_version_override", "0.1.0"))


def _spec_version(sources: ClientSources) -> str:
    return str(load_yaml_document(sources.output / EFFECTIVE_SPEC_NAME).data["info"]["version"])


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    staged = path.with_name(f".{path.name}.tmp")
    staged.write_text(text, encoding="utf-8")
    os.replace(staged, path)
