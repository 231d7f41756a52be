"""`python -m generator build`: the wheels install into a fresh virtualenv and work there, outside the repository."""

from __future__ import annotations

import subprocess
import venv
from pathlib import Path

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


def test_built_wheels_install_and_import_in_a_fresh_virtualenv(tmp_path: Path) -> None:
    built = build_distributions(REPO, tmp_path / "dist")  # twine check --strict runs inside: it raises on a problem
    names = sorted(path.name for path in built)
    for project in PROJECTS:
        assert len([name for name in names if name.startswith(f"{project}-")]) == 2, names  # wheel and sdist
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    wheels = [str(path) for path in built if path.suffix == ".whl"]
    subprocess.run([python, "-m", "pip", "install", "-q", *wheels], check=True, capture_output=True)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    checked = subprocess.run([python, "-c", CHECK_INSTALLED], cwd=outside, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    assert "imported Client" in checked.stdout
    script = subprocess.run([environment / "bin" / "clickapis-mock", "--help"], capture_output=True, text=True)
    assert script.returncode == 0 and "--api" in script.stdout, script.stderr
