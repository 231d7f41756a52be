"""The suite stands on its own: no test module imports the demo (shared scenarios live in tests/support)."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    names |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    return names


def test_no_test_module_imports_the_demo() -> None:
    modules = [path for path in TESTS.rglob("*.py") if "golden" not in path.parts]
    assert len(modules) > 50
    offenders = [
        f"{path.relative_to(TESTS)}: {name}"
        for path in modules
        for name in sorted(imported_modules(path))
        if name == "demo" or name.startswith("demo.")
    ]
    assert offenders == []
