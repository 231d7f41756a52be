"""Every Python code block of every generated README runs against the mock server as printed, and the
README's error tree names every error class the package exports.

Each block runs on its own (a fresh namespace), with the credentials and base URL in the environment as
the README tells users to set them. (tests/client/test_readme_examples.py checks what the usage examples
produce.)
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from clickapis.catalog import API_NAMES, APIS

REPO = Path(__file__).resolve().parents[2]


def readme(api: str) -> str:
    return (REPO / APIS[api].generated / "README.md").read_text()


def python_blocks(api: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", readme(api), re.DOTALL | re.MULTILINE)


@pytest.mark.parametrize("api", API_NAMES)
def test_every_readme_has_python_examples(api: str) -> None:
    assert len(python_blocks(api)) >= 2, f"generated/{api}/README.md lost its examples"


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


@pytest.mark.parametrize("api", API_NAMES)
def test_every_python_block_of_the_readme_runs(api: str, mock_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in APIS[api].environment.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv(f"{api.upper()}_BASE_URL", mock_url)
    for index, source in enumerate(python_blocks(api)):
        namespace: dict[str, object] = {"__name__": f"readme_{api}_{index}"}
        exec(compile(source, f"generated/{api}/README.md python block {index}", "exec"), namespace)
