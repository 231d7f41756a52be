"""Where each API's inputs and outputs live in the repository (the APIs themselves: clickapis.catalog)."""

from __future__ import annotations

from pathlib import Path

import attrs

from clickapis.catalog import API_NAMES, UnknownApiError, api

__all__ = ["API_NAMES", "ClientSources", "UnknownApiError", "client_sources", "find_repo_root"]

PACKAGE_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = PACKAGE_DIR / "templates"
RUNTIME_DIR = PACKAGE_DIR / "runtime"  # the modules every generated client carries (see generator/runtime/)


@attrs.frozen
class ClientSources:
    """The inputs that make one generated client, and where it is written."""

    api: str
    spec: Path
    overlay: Path | None
    config: Path
    output: Path
    releases: Path | None = None  # release history (versions, changelog); none: the config's version, no changelog

    @property
    def package_name(self) -> str:
        """The import package (the catalog's `Api.package` for its APIs; also the golden record's `baseline`)."""
        return f"{self.api}_client"


def client_sources(name: str, root: Path) -> ClientSources:
    entry = api(name)
    overlay = root / entry.overlay
    return ClientSources(
        api=entry.name,
        spec=root / entry.spec,
        overlay=overlay if overlay.exists() else None,
        config=PACKAGE_DIR.parent / entry.generator_config,
        output=root / entry.generated,
        releases=root / entry.releases,
    )


def find_repo_root(start: Path) -> Path:
    """The nearest directory at or above `start` holding `specs/`: the generator runs from anywhere inside."""
    for candidate in (start, *start.parents):
        if (candidate / "specs").is_dir():
            return candidate
    raise FileNotFoundError(f"no specs/ directory at or above {start}: run the generator inside the repository")
