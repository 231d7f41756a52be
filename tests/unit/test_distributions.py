"""`python -m generator build`: the wheels install into a fresh virtualenv and work there, outside the repository."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from clickapis.catalog import APIS
from generator.distributions import build_distributions

REPO = Path(__file__).resolve().parents[2]
PROJECTS = (*(api.distribution.replace("-", "_") for api in APIS.values()), "clickapis_sdk_tools")

CHECK_INSTALLED = """
import importlib
import importlib.metadata as metadata
import clicky_client
from clickapis.catalog import APIS
from generator.cli import main
from mockserver.spec import default_spec_path

for api in APIS.values():
    importlib.import_module(api.package)
    release = metadata.metadata(api.distribution)
    assert "(spec " in release["Summary"] and "clickapis-sdk-tools" in release["Summary"], release["Summary"]
    assert release["Version"] == metadata.version(api.distribution)
    assert default_spec_path(api.name).is_file() and "site-packages" in str(default_spec_path(api.name)), api.name
plugins = [e.value for e in metadata.entry_points(group="pytest11") if e.name == "clickapis_mock"]
assert plugins == ["mockserver.pytest_plugin"], plugins
print("imported", clicky_client.Client.__name__)
"""


def test_every_project_builds_with_the_backend_installed_here_alone() -> None:
    """What makes the suite's builds without isolation the builds a user's isolated environment would make."""
    backend = importlib.metadata.version("hatchling")
    for project in (*(REPO / api.generated for api in APIS.values()), REPO):
        build_system = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))["build-system"]
        assert build_system["build-backend"] == "hatchling.build", project
        requirements = [Requirement(text) for text in build_system["requires"]]
        assert [requirement.name for requirement in requirements] == ["hatchling"], project
        assert requirements[0].specifier.contains(backend), (project, backend)


@pytest.mark.slow
def test_built_wheels_install_and_import_in_a_fresh_virtualenv(tmp_path: Path) -> None:
    # twine check --strict runs inside: it raises on a problem
    built = build_distributions(REPO, tmp_path / "dist", isolated=False)
    names = sorted(path.name for path in built)
    for project in PROJECTS:
        assert len([name for name in names if name.startswith(f"{project}-")]) == 2, names  # wheel and sdist
    environment = tmp_path / "venv"
    venv.create(environment)  # without pip: this pip installs into it, seconds sooner than ensurepip
    python = environment / "bin" / "python"
    wheels = [str(path) for path in built if path.suffix == ".whl"]
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-compile", *wheels]
    subprocess.run(install, check=True, capture_output=True)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    checked = subprocess.run([python, "-c", CHECK_INSTALLED], cwd=outside, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    assert "imported Client" in checked.stdout
    script = subprocess.run([environment / "bin" / "clickapis-mock", "--help"], capture_output=True, text=True)
    assert script.returncode == 0 and "--api" in script.stdout, script.stderr
