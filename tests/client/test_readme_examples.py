"""The usage example at the top of each generated README runs against a mock server as printed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mockserver.launcher import running_mock_servers
from tests.client.conftest import MOCK_OPTIONS

REPO = Path(__file__).resolve().parents[2]


def readme_example(api: str) -> str:
    readme = (REPO / "generated" / api / "README.md").read_text()
    usage = readme[readme.index("## Use it") :]
    match = re.search(r"```python\n(.*?)```", usage, re.DOTALL)
    assert match, f"no python example in generated/{api}/README.md"
    return match.group(1)


def run_example(api: str) -> dict[str, object]:
    namespace: dict[str, object] = {}
    exec(compile(readme_example(api), f"{api} README example", "exec"), namespace)
    return namespace


def test_clickport_readme_example_runs(clickport_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLICKPORT_API_KEY", "ck_demo_key")
    monkeypatch.setenv("CLICKPORT_BASE_URL", clickport_url)
    namespace = run_example("clickport")
    assert namespace["top_pages"] is not None and namespace["every_row"] and namespace["raw"].status_code == 200  # type: ignore[attr-defined]


def test_clickmeter_readme_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    with running_mock_servers(["clickmeter"], *MOCK_OPTIONS) as urls:
        monkeypatch.setenv("CLICKMETER_API_KEY", "cm-demo-key")
        monkeypatch.setenv("CLICKMETER_BASE_URL", urls["clickmeter"])
        namespace = run_example("clickmeter")
    assert namespace["datapoint"] is not None and namespace["raw"].status_code == 200  # type: ignore[attr-defined]


def test_clicky_readme_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    with running_mock_servers(["clicky"], *MOCK_OPTIONS) as urls:
        monkeypatch.setenv("CLICKY_SITE_ID", "101")
        monkeypatch.setenv("CLICKY_SITEKEY", "5a7e0c1d9b3f4e21")
        monkeypatch.setenv("CLICKY_BASE_URL", urls["clicky"])
        namespace = run_example("clicky")
    assert namespace["results"] and namespace["visitors"] and bytes(namespace["xml"]).startswith(b"<?xml")  # type: ignore[call-overload]
