"""The usage example at the top of each generated README runs against a mock server as printed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clickapis.catalog import APIS

REPO = Path(__file__).resolve().parents[2]


def python_example(readme: Path, section: str) -> str:
    text = readme.read_text()
    match = re.search(r"```python\n(.*?)```", text[text.index(section) :], re.DOTALL)
    assert match, f"no python example under {section!r} in {readme}"
    return match.group(1)


def run_example(api: str) -> dict[str, object]:
    return run_code(python_example(REPO / "generated" / api / "README.md", "## Use it"), f"{api} README example")


def run_code(example: str, name: str) -> dict[str, object]:
    namespace: dict[str, object] = {}
    exec(compile(example, name, "exec"), namespace)
    return namespace


def set_environment(monkeypatch: pytest.MonkeyPatch, api: str) -> None:
    """The mock's demo credentials where the client looks for them when none are passed."""
    for name, value in APIS[api].environment.items():
        monkeypatch.setenv(name, value)


def test_clickport_readme_example_runs(clickport_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    set_environment(monkeypatch, "clickport")
    monkeypatch.setenv("CLICKPORT_BASE_URL", clickport_url)
    namespace = run_example("clickport")
    assert namespace["top_pages"] is not None and namespace["every_row"] and namespace["raw"].status_code == 200  # type: ignore[attr-defined]


def test_clickmeter_readme_example_runs(clickmeter_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    set_environment(monkeypatch, "clickmeter")
    monkeypatch.setenv("CLICKMETER_BASE_URL", clickmeter_url)
    namespace = run_example("clickmeter")
    assert namespace["datapoint"] is not None and namespace["raw"].status_code == 200  # type: ignore[attr-defined]


def test_clicky_readme_example_runs(clicky_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    set_environment(monkeypatch, "clicky")
    monkeypatch.setenv("CLICKY_BASE_URL", clicky_url)
    namespace = run_example("clicky")
    assert namespace["results"] and namespace["visitors"] and bytes(namespace["xml"]).startswith(b"<?xml")  # type: ignore[call-overload]


def test_root_readme_example_runs(clickport_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLICKPORT_BASE_URL", clickport_url)
    example = python_example(REPO / "README.md", "## Using a client")
    namespace = run_code(
        example.replace('"ck_..."', repr(APIS["clickport"].client_arguments["api_key"])), "README.md example"
    )  # the key filled in
    assert namespace["top"] is not None and namespace["raw"].status_code == 200  # type: ignore[attr-defined]
