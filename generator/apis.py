"""Where each API's inputs and outputs live in the repository."""

from __future__ import annotations

from pathlib import Path

import attrs

API_NAMES: tuple[str, ...] = ("clickmeter", "clickport", "clicky")

PACKAGE_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = PACKAGE_DIR / "templates"
RUNTIME_DIR = PACKAGE_DIR / "runtime"  # the modules every generated client carries (see generator/runtime/)
CONFIGS_DIR = PACKAGE_DIR / "configs"


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
        return f"{self.api}_client"


class UnknownApiError(ValueError):
    pass


def client_sources(api: str, root: Path) -> ClientSources:
    if api not in API_NAMES:
        raise UnknownApiError(f"unknown API {api!r}: expected one of {', '.join(API_NAMES)}")
    overlay = root / "overlays" / f"{api}.overlay.yaml"
    return ClientSources(
        api=api,
        spec=root / "specs" / api / "openapi.yaml",
        overlay=overlay if overlay.exists() else None,
        config=CONFIGS_DIR / f"{api}.yaml",
        output=root / "generated" / api,
        releases=root / "releases" / f"{api}.yaml",
    )


def find_repo_root(start: Path) -> Path:
    """The nearest directory at or above `start` holding `specs/`: the generator runs from anywhere inside."""
    for candidate in (start, *start.parents):
        if (candidate / "specs").is_dir():
            return candidate
    raise FileNotFoundError(f"no specs/ directory at or above {start}: run the generator inside the repository")
