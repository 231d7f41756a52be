"""clickapis.yaml_files: libyaml's speed with the pure-Python loader's data, and no crash on hostile nesting."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from clickapis.yaml_files import MAX_NESTING, TooDeeplyNested, load_yaml, nesting_bound, read_yaml
from generator.yaml_source import DocumentError, load_yaml_document
from mockserver.spec import SpecError, WireSpec

REPO = Path(__file__).resolve().parents[2]
DOCUMENTS = sorted(
    path
    for folder in ("specs", "overlays", "generated", "releases", "generator/schemas", "tests/data")
    for path in (REPO / folder).rglob("*.yaml")
)


def test_every_yaml_file_here_reads_as_the_pure_python_loader_reads_it() -> None:
    assert len(DOCUMENTS) > 10
    for path in DOCUMENTS:
        assert read_yaml(path) == yaml.safe_load(path.read_text(encoding="utf-8")), path
        assert nesting_bound(path.read_text(encoding="utf-8")) < 100, path  # far below the limit


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,  # libyaml's composer overflowed the C stack on this (SIGSEGV)
        "{a: " * 2_000 + "1" + "}" * 2_000,
        "".join(f"{' ' * level}k{level}:\n" for level in range(MAX_NESTING + 1)) + " " * (MAX_NESTING + 1) + "x\n",
        "- " * (MAX_NESTING + 1) + "x\n",
    ],
    ids=["flow sequences", "flow mappings", "block mappings", "compact sequences"],
)
def test_nesting_deeper_than_the_limit_is_refused_before_parsing(text: str) -> None:
    with pytest.raises(TooDeeplyNested, match=r"^hostile\.yaml: nests up to \d+ levels deep"):
        load_yaml(text, "hostile.yaml")


def test_nesting_up_to_the_limit_is_read() -> None:
    nested: object = "x"
    for _ in range(400):
        nested = [nested]
    assert load_yaml("[" * 400 + "x" + "]" * 400) == nested


def test_the_mock_and_the_generator_name_the_file_they_refuse(tmp_path: Path) -> None:
    deep = tmp_path / "deep.yaml"
    deep.write_text("openapi: 3.1.0\npaths: " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(SpecError, match=f"^{deep}: nests up to"):
        WireSpec.load(deep)
    with pytest.raises(DocumentError, match=f"^{deep}: nests up to"):
        load_yaml_document(deep)


def test_a_process_reading_a_hostile_document_survives() -> None:
    """The crash this guards against kills the process, so it is checked in a process of its own."""
    script = "from clickapis.yaml_files import load_yaml\ntry:\n    load_yaml('[' * 100_000 + ']' * 100_000)\n"
    script += "except ValueError as error:\n    print(type(error).__name__)\n"
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout.strip()) == (0, "TooDeeplyNested"), done.stderr
