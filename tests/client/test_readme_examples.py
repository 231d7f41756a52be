"""Every Python code block of every generated README runs against the mock server as printed, the usage
example produces what it shows, and the README's error tree names every error class the package exports.

Each block runs on its own (a fresh namespace), with the credentials and base URL in the environment as
the README tells users to set them. The root README's client example runs too.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from clickapis.catalog import API_NAMES, APIS

REPO = Path(__file__).resolve().parents[2]
USAGE_SECTION = "## Use it"
# What the usage example (the first block under USAGE_SECTION) leaves behind, per API.
USAGE_RESULTS: dict[str, Callable[[dict[str, Any]], bool]] = {
    "clickmeter": lambda names: names["datapoint"] is not None and names["raw"].status_code == 200,
    "clickport": lambda names: (
        names["top_pages"] is not None and bool(names["every_row"]) and names["raw"].status_code == 200
    ),
    "clicky": lambda names: bool(names["results"] and names["visitors"]) and bytes(names["xml"]).startswith(b"<?xml"),
}


def readme(api: str) -> str:
    return (REPO / APIS[api].generated / "README.md").read_text()


def python_blocks(text: str) -> list[tuple[int, str]]:
    """(offset in the text, source) of every Python code block."""
    return [(m.start(), m.group(1)) for m in re.finditer(r"^```python\n(.*?)^```", text, re.DOTALL | re.MULTILINE)]


def run_code(source: str, name: str) -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": name}
    exec(compile(source, name, "exec"), namespace)
    return namespace


BLOCKS = [(api, index) for api in API_NAMES for index in range(len(python_blocks(readme(api))))]


@pytest.mark.parametrize("api", API_NAMES)
def test_every_readme_has_a_usage_example_and_more(api: str) -> None:
    text = readme(api)
    blocks = python_blocks(text)
    assert len(blocks) >= 2, f"generated/{api}/README.md lost its examples"
    assert any(offset > text.index(USAGE_SECTION) for offset, _ in blocks), f"no example under {USAGE_SECTION!r}"


@pytest.mark.parametrize("api", API_NAMES)
def test_every_error_the_package_exports_is_in_the_readme_tree(api: str) -> None:
    package = importlib.import_module(APIS[api].package)
    text = readme(api)
    tree = text[text.index("## Errors") :].split("```")[1]
    exported = [name for name in dir(package) if name.endswith("Error") and isinstance(getattr(package, name), type)]
    assert "MissingCredentialError" in exported
    assert [name for name in exported if name not in tree] == []


@pytest.fixture
def mock_url(api: str, request: pytest.FixtureRequest) -> str:
    return str(request.getfixturevalue(f"{api}_url"))


@pytest.mark.parametrize(("api", "index"), BLOCKS, ids=[f"{api}-{index}" for api, index in BLOCKS])
def test_every_python_block_of_the_readme_runs(
    api: str, index: int, mock_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in APIS[api].environment.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv(f"{api.upper()}_BASE_URL", mock_url)
    text = readme(api)
    blocks = python_blocks(text)
    source = blocks[index][1]
    namespace = run_code(source, f"generated/{api}/README.md python block {index}")
    usage = next(i for i, (start, _) in enumerate(blocks) if start > text.index(USAGE_SECTION))
    if index == usage:
        assert USAGE_RESULTS[api](namespace), f"the usage example of generated/{api}/README.md"


def test_root_readme_example_runs(clickport_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLICKPORT_BASE_URL", clickport_url)
    text = (REPO / "README.md").read_text()
    source = next(source for offset, source in python_blocks(text) if offset > text.index("## Using a client"))
    key = repr(APIS["clickport"].client_arguments["api_key"])
    namespace = run_code(source.replace('"ck_..."', key), "README.md example")  # the key filled in
    assert namespace["top"] is not None and namespace["raw"].status_code == 200
