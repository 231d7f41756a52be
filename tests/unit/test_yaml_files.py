"""clickapis.yaml_files: libyaml's speed with the pure-Python loader's data, and no crash on hostile nesting."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from clickapis.yaml_files import LIBYAML_MAX_NESTING, TooDeeplyNested, load_yaml, nesting_bound, read_yaml
from generator.yaml_source import DocumentError, load_yaml_document
from mockserver.spec import SpecError, WireSpec

REPO = Path(__file__).resolve().parents[2]
DOCUMENTS = sorted(
    path
    for folder in ("specs", "overlays", "generated", "releases", "generator/schemas", "tests/data")
    for path in (REPO / folder).rglob("*.yaml")
)
# libyaml's composer overflowed the C stack on this (SIGSEGV); brackets in a string must not hide it either.
HOSTILE = {
    "flow": "[" * 200_000 + "]" * 200_000,
    "behind closers in a string": 'a: "' + "}" * 10_000 + '"\nb: ' + "[" * 200_000 + "]" * 200_000,
}


def test_every_yaml_file_here_reads_as_the_pure_python_loader_reads_it() -> None:
    assert len(DOCUMENTS) > 10
    for path in DOCUMENTS:
        text = path.read_text(encoding="utf-8")
        assert read_yaml(path) == yaml.safe_load(text), path
        assert nesting_bound(text) <= LIBYAML_MAX_NESTING, path  # so libyaml reads every one of them


def test_the_bound_holds_whatever_strings_and_compact_entries_hide() -> None:
    assert nesting_bound(HOSTILE["behind closers in a string"]) > 200_000
    assert nesting_bound("- " * 300 + "x\n") >= 300
    assert nesting_bound("".join(f"{'  ' * level}k:\n" for level in range(300))) >= 300


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_too_deep_a_document_is_refused_naming_it(name: str) -> None:
    with pytest.raises(TooDeeplyNested, match=r"^hostile\.yaml: nests collections too deeply to be read$"):
        load_yaml(HOSTILE[name], "hostile.yaml")


def test_a_wide_flow_document_past_the_bound_still_reads_the_same() -> None:
    wide = json.dumps([{"id": index, "tags": [str(index)]} for index in range(3_000)])
    assert nesting_bound(wide) > LIBYAML_MAX_NESTING  # read by the pure-Python loader, slower, same data
    assert load_yaml(wide) == json.loads(wide)


def test_nesting_libyaml_may_read_is_read() -> None:
    nested: object = "x"
    for _ in range(400):
        nested = [nested]
    assert load_yaml("[" * 400 + "x" + "]" * 400) == nested


def test_the_mock_and_the_generator_name_the_file_they_refuse(tmp_path: Path) -> None:
    deep = tmp_path / "deep.yaml"
    deep.write_text("openapi: 3.1.0\npaths: " + HOSTILE["flow"] + "\n", encoding="utf-8")
    with pytest.raises(SpecError, match=f"^{deep}: nests collections too deeply"):
        WireSpec.load(deep)
    with pytest.raises(DocumentError, match=f"^{deep}: nests collections too deeply"):
        load_yaml_document(deep)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_process_reading_a_hostile_document_survives(name: str) -> None:
    """The crash this guards against kills the process, so it is checked in a process of its own."""
    script = f"from clickapis.yaml_files import load_yaml\ntry:\n    load_yaml({HOSTILE[name]!r})\n"
    script += "except ValueError as error:\n    print(type(error).__name__)\n"
    done = subprocess.run([sys.executable, "-"], input=script, cwd=REPO, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout.strip()) == (0, "TooDeeplyNested"), done.stderr
