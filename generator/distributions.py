"""`python -m generator build`: wheels and sdists of the three clients and of the tools package, checked by twine.

Each project is built by `python -m build` in its own isolated environment (the build backend comes from the
package index, as on a user's machine), from the sdist, so the sdist is proven to be complete.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from clickapis.catalog import APIS


class DistributionBuildError(RuntimeError):
    pass


def project_dirs(root: Path) -> list[Path]:
    return [*(root / api.generated for api in APIS.values()), root]


def build_distributions(root: Path, outdir: Path, *, isolated: bool = True) -> list[Path]:
    """Build every project into `outdir` (old artifacts of the same projects are replaced) and twine-check them.

    `isolated=False` builds with the backend installed here instead of installing it afresh for each project
    (the test suite, which has the pinned backend, saves half a minute)."""
    outdir.mkdir(parents=True, exist_ok=True)
    built: list[Path] = []
    for project in project_dirs(root):
        with tempfile.TemporaryDirectory(prefix="build-") as scratch:
            isolation = [] if isolated else ["--no-isolation"]
            _run([sys.executable, "-m", "build", *isolation, "--outdir", scratch, str(project)], f"building {project}")
            for artifact in sorted(Path(scratch).iterdir()):
                built.append(outdir / artifact.name)
                shutil.move(artifact, built[-1])
    _run([sys.executable, "-m", "twine", "check", "--strict", *map(str, built)], "twine check")
    return built


def _run(command: list[str], what: str) -> None:
    completed = subprocess.run(command, capture_output=True, text=True)
    if completed.returncode != 0:
        output = (completed.stdout + completed.stderr).strip()
        raise DistributionBuildError(f"{what} failed (exit {completed.returncode}):\n{output}")
