"""The usage example at the top of each generated README runs against the mock server as printed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

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
    assert namespace["top_pages"] is not None and namespace["every_row"]
