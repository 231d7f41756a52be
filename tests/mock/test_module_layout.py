"""The mock's modules import one another without cycles (type-only imports included), so each can be read, and
loaded, after what it builds on."""

import ast
from pathlib import Path

from clickapis.catalog import API_NAMES

PACKAGE = Path(__file__).resolve().parents[2] / "mockserver"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    modules = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [f"{node.module}.{alias.name}" for alias in node.names]
                targets |= {target for target in names if target in modules} or {node.module}
            elif isinstance(node, ast.Import):
                targets |= {alias.name for alias in node.names}
        graph[name] = {target for target in targets if target in modules and target != name}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, str] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = "open"
        stack.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == "open":
                return [*stack[stack.index(target) :], target]
            if target not in state and (found := visit(target)):
                return found
        stack.pop()
        state[node] = "done"
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_graph_sees_imports() -> None:
    graph = _imports()
    assert "mockserver.registry" in graph["mockserver.behaviour"]
    assert "mockserver.context" in graph["mockserver.registry"]


def test_no_module_of_the_mock_imports_itself_round_about() -> None:
    cycle = _cycle(_imports())
    assert cycle is None, " -> ".join(cycle or [])


def _is_handlers_module(name: str) -> bool:
    parts = name.split(".")
    return len(parts) >= 4 and parts[:2] == ["mockserver", "apis"] and "handlers" in parts[3:] and parts[-1] != "shared"


def test_every_api_answers_from_handler_tables() -> None:
    """One layout for the three APIs: handlers modules (`handlers.py`, or a `handlers/` package) each end with a
    `HANDLERS` table, and a handlers module never imports another one (shared steps live in `handlers/shared.py`)."""
    graph = _imports()
    handler_modules = sorted(name for name in graph if _is_handlers_module(name))
    apis = {name.split(".")[2] for name in handler_modules}
    assert apis == set(API_NAMES), handler_modules
    for name in handler_modules:
        path = PACKAGE.parent / (name.replace(".", "/") + ".py")
        if not path.is_file():
            continue  # the `handlers/` package, whose `__init__` lists its modules' tables
        assert "\nHANDLERS: HandlerTable[" in path.read_text(encoding="utf-8"), name
        crossing = sorted(target for target in graph[name] if _is_handlers_module(target))
        assert crossing == [], f"{name} imports {crossing}"
