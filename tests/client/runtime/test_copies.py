"""Every client carries the repository's runtime (generator/runtime/) byte for byte, plus its own rendered
_settings.py; a change to a runtime module makes the drift check fail until the clients are regenerated."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import client_build, fingerprint
from generator.apis import API_NAMES, RUNTIME_DIR, client_sources
from generator.drift import find_drift

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("api", API_NAMES)
def test_each_client_carries_the_runtime_byte_for_byte(api: str) -> None:
    package = ROOT / "generated" / api / f"{api}_client"
    modules = client_build.runtime_modules()
    assert {module.name for module in modules} >= {
        "_base_client.py",
        "_error_shapes.py",
        "_pacing.py",
        "_transport_errors.py",
        "_unset.py",
    }
    for module in modules:
        assert (package / module.name).read_bytes() == module.read_bytes(), f"{api}: {module.name} differs"
    carried = {path.name for path in package.glob("_*.py")}
    assert carried == {module.name for module in modules} | {"__init__.py", "_settings.py"}
    assert (package / "_settings.py").read_bytes() != (RUNTIME_DIR / "_settings.py").read_bytes()


def test_a_changed_runtime_module_is_drift_until_regenerated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sources = client_sources("clicky", ROOT)
    assert find_drift(sources).clean  # the committed client is current
    changed_runtime = tmp_path / "runtime"
    shutil.copytree(RUNTIME_DIR, changed_runtime)
    numbers = changed_runtime / "_numbers.py"
    numbers.write_text(numbers.read_text() + "\n\nPRECISION = 2\n")
    monkeypatch.setattr(client_build, "RUNTIME_DIR", changed_runtime)
    monkeypatch.setattr(fingerprint, "RUNTIME_DIR", changed_runtime)
    drift = find_drift(sources)
    assert drift.changed == ("clicky_client/_numbers.py",)
    assert drift.stale_stamp  # the content stamp counts the runtime among the inputs
    assert not drift.clean


@pytest.mark.parametrize("api", API_NAMES)
def test_each_rendered_settings_module_offers_what_the_runtime_reads(api: str) -> None:
    import importlib

    from generator.runtime import _settings as neutral

    rendered = importlib.import_module(f"{api}_client._settings")
    expected = {name for name in vars(neutral) if name.isupper()}
    assert expected == {name for name in vars(rendered) if name.isupper()}
    for name in expected:  # same kind of value (the runtime's classes exist once per client, so compare names)
        kinds = {kind.__name__ for kind in type(getattr(rendered, name)).__mro__}
        assert type(getattr(neutral, name)).__name__ in kinds, name
