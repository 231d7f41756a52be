"""Sessions: generate, check, lint, tests (everything CI runs), contract, mock, demo, bench, build.

Every session installs what it needs itself, so a fresh machine with Python and Node is enough.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
import types
from pathlib import Path

import nox

nox.options.sessions = ["tests"]
nox.options.default_venv_backend = "venv"

ROOT = Path(__file__).parent


def _load_catalog() -> types.ModuleType:
    """clickapis/catalog.py by path: nox runs before the project is installed (the module is stdlib-only)."""
    spec = importlib.util.spec_from_file_location("clickapis.catalog", ROOT / "clickapis" / "catalog.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses looks its module up while building the classes
    spec.loader.exec_module(module)
    return module


CATALOG = _load_catalog()
CLIENT_DIRS = tuple(f"./{api.generated}" for api in CATALOG.APIS.values())
TYPED = ("clickapis", "generator", "mockserver")  # mypy --strict
LINTED = (*TYPED, "demo", "contract", "bench", "tests", "noxfile.py")


def install_tools(session: nox.Session) -> None:
    session.install("-e", ".[test]")


def install_clients(session: nox.Session) -> None:
    session.install(*CLIENT_DIRS)


def install_prism(session: nox.Session) -> None:
    """Prism (pinned in package-lock.json) for the contract tests."""
    session.run("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error", external=True)


def existing(paths: tuple[str, ...]) -> list[str]:
    return [path for path in paths if (ROOT / path).exists()]


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate every client (or those named after --)."""
    install_tools(session)
    session.run("python", "-m", "generator", "generate", *session.posargs)


@nox.session
def check(session: nox.Session) -> None:
    """Fail when generated/ differs from a fresh regeneration."""
    install_tools(session)
    session.run("python", "-m", "generator", "check")


def run_lint(session: nox.Session) -> None:
    session.run("ruff", "check", *existing(LINTED))
    session.run("ruff", "format", "--check", *existing(LINTED))
    session.run("mypy", *TYPED)
    session.run("python", "-m", "generator", "validate")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff, mypy --strict on clickapis/, generator/, mockserver/; OpenAPI 3.1 validation of every effective spec."""
    install_tools(session)
    run_lint(session)


class Background:
    """Commands running alongside the session's next steps; `wait` prints their output and fails on any failure."""

    def __init__(self, session: nox.Session, *commands: tuple[str, ...]) -> None:
        self._session = session
        path = f"{session.bin}{os.pathsep}{os.environ.get('PATH', '')}"
        settings = {**session.env, "PATH": path, "VIRTUAL_ENV": str(session.virtualenv.location)}
        environment = {**os.environ, **settings}
        for name, value in settings.items():  # nox's None: not set
            if value is None:
                del environment[name]
        self._running = []
        for command in commands:
            log = tempfile.TemporaryFile()  # noqa: SIM115 (closed in wait) a file, not a pipe: nobody reads it meanwhile
            process = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT)
            self._running.append((command, process, log))

    def wait(self) -> None:
        failed = []
        for command, process, log in self._running:
            process.wait()
            log.seek(0)
            output = log.read().decode(errors="replace")
            log.close()
            self._session.log(f"{' '.join(command)}: exit {process.returncode}\n{output}".rstrip())
            if process.returncode != 0:
                failed.append(" ".join(command))
        if failed:
            self._session.error(f"failed: {'; '.join(failed)}")


# uv when nox finds it (the README's command installs it): it installs the suite's ~70 packages in seconds, where
# pip took about 40 s of a fresh clone's run; plain venv and pip otherwise.
@nox.session(venv_backend="uv|venv")
def tests(session: nox.Session) -> None:
    """The whole suite: lint, drift check, unit, mock, client, contract (Schemathesis, Prism) tests."""
    # Bytecode is written even where the environment says not to: without it, every mock process and every
    # pytest worker compiles (and assertion-rewrites) the same few hundred modules from source.
    session.env["PYTHONDONTWRITEBYTECODE"] = ""
    prism = Background(session, ("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"))  # while pip works
    install_tools(session)
    install_clients(session)
    prism.wait()
    session.run("ruff", "check", *existing(LINTED))
    session.run("ruff", "format", "--check", *existing(LINTED))
    # The type check, spec validation and drift check take the CPU pytest leaves while it waits on mocks.
    checks = Background(
        session,
        ("mypy", *TYPED),
        ("python", "-m", "generator", "validate"),
        ("python", "-m", "generator", "check"),
    )
    # One worker per core; every test is independent (own tmp dirs, own mock processes per worker, free ports).
    # Work stealing: a worker that finishes its share early takes tests from the other's queue.
    try:
        session.run("pytest", "-q", "-p", "no:cacheprovider", "-n", "auto", "--dist", "worksteal", *session.posargs)
    finally:
        checks.wait()


@nox.session
def contract(session: nox.Session) -> None:
    """Schemathesis CLI against every mock server, JUnit reports under reports/."""
    install_tools(session)
    session.run("python", "-m", "contract", "schemathesis", *session.posargs)


@nox.session
def mock(session: nox.Session) -> None:
    """Serve the three mock servers on ports 8081-8083 until interrupted (options after -- go to each)."""
    install_tools(session)
    session.run("python", "-m", "mockserver.launcher", *session.posargs)


# A fresh clone's demo in seconds rather than minutes: the build backend is installed once instead of in an
# isolated environment per package, and nothing is byte-compiled ahead of use.
QUICK_INSTALL = ("--no-compile", "--no-build-isolation")
BUILD_BACKEND = ("hatchling==1.33.0", "editables==0.6")  # hatchling as pinned in pyproject.toml's build-system


@nox.session
def demo(session: nox.Session) -> None:
    """The main job: regenerate every client, start the mocks, call every operation, print a report."""
    session.install("--no-compile", *BUILD_BACKEND)
    session.install(*QUICK_INSTALL, "-e", ".")  # the generator and the mocks only: none of the test tools
    session.run("python", "-m", "generator", "generate")  # a no-op on a fresh clone: the stamps are committed
    session.install(*QUICK_INSTALL, *CLIENT_DIRS)
    session.run("python", "-m", "demo", "--skip-generate", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks against baselines measured in the same run; the table goes to reports/benchmarks.md."""
    session.install("-e", ".[test,bench]")
    install_clients(session)
    install_prism(session)
    session.run("python", "-m", "bench", *session.posargs)


@nox.session
def build(session: nox.Session) -> None:
    """Wheels and sdists of the three clients and the tools package into dist/, checked by twine."""
    session.install("-e", ".[release]")
    session.run("python", "-m", "generator", "build", *session.posargs)
