"""The usage example at the top of each generated README runs against a mock server as printed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

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


def test_clickport_readme_example_runs(clickport_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLICKPORT_API_KEY", "ck_demo_key")
    monkeypatch.setenv("CLICKPORT_BASE_URL", clickport_url)
    namespace = run_example("clickport")
    assert namespace["top_pages"] is not None and namespace["every_row"] and namespace["raw"].status_code == 200  # type: ignore[attr-defined]


def test_clickmeter_readme_example_runs(clickmeter_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLICKMETER_API_KEY", "cm-demo-key")
    monkeypatch.setenv("CLICKMETER_BASE_URL", clickmeter_url)
    namespace = run_example("clickmeter")
    assert namespace["datapoint"] is not None and namespace["raw"].status_code == 200  # type: ignore[attr-defined]


def test_clicky_readme_example_runs(clicky_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLICKY_SITE_ID", "101")
    monkeypatch.setenv("CLICKY_SITEKEY", "5a7e0c1d9b3f4e21")
    monkeypatch.setenv("CLICKY_BASE_URL", clicky_url)
    namespace = run_example("clicky")
    assert namespace["results"] and namespace["visitors"] and bytes(namespace["xml"]).startswith(b"<?xml")  # type: ignore[call-overload]


def test_root_readme_example_runs(clickport_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLICKPORT_BASE_URL", clickport_url)
    example = python_example(REPO / "README.md", "## Using a client")
    namespace = run_code(example.replace('"ck_..."', '"ck_demo_key"'), "README.md example")  # the key filled in
    assert namespace["top"] is not None and namespace["raw"].status_code == 200  # type: ignore[attr-defined]
