"""Prism (`@stoplight/prism-cli`, pinned in package.json) as a validating proxy in front of a mock server.

`prism proxy SPEC UPSTREAM` forwards every request to UPSTREAM and validates the request and the answer
against SPEC. It reports what it finds in the `sl-violations` header of the answer it passes on; with
`--errors` it answers instead with a problem+json body listing the violations: 422 for a bad request, 500
for a bad answer (`type` `.../prism/errors#...`, `validation` entries with `location`, `severity`, `message`).
Each violation's `location` starts with `response` when the answer broke the spec, else it names the
request part (`query`, `header`, `body`, `path`).
"""

from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

from contract.mocks import REPO
from mockserver.launcher import free_port

PRISM = REPO / "node_modules" / ".bin" / "prism"
STARTUP_TIMEOUT_SECONDS = 60.0
PRISM_ERROR_TYPE = "https://stoplight.io/prism/errors#"


class PrismStartupError(RuntimeError):
    pass


@dataclass(frozen=True, slots=True)
class Violation:
    """One finding of Prism about one exchange."""

    method: str
    path: str
    location: tuple[str, ...]
    severity: str
    message: str

    @property
    def in_request(self) -> bool:
        return not self.location or self.location[0] != "response"

    def __str__(self) -> str:
        where = ".".join(self.location) or "request"
        return f"{self.method} {self.path}: {self.severity} at {where}: {self.message}"


def prism_available() -> bool:
    return PRISM.exists()


@contextlib.contextmanager
def running_prism_proxy(spec: Path, upstream: str, *, errors: bool = True) -> Iterator[str]:
    """Yield the proxy's base URL while `prism proxy` validates traffic to `upstream` against `spec`."""
    port = free_port()
    command = [str(PRISM), "proxy", str(spec), upstream, "-p", str(port), "-h", "127.0.0.1"]
    if errors:
        command.append("--errors")
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=REPO)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_listening(port, process, spec)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def _wait_until_listening(port: int, process: subprocess.Popen[bytes], spec: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = process.stdout.read().decode(errors="replace") if process.stdout else ""
            raise PrismStartupError(f"prism proxy for {spec} exited with {process.returncode}:\n{output}")
        # A bare TCP connect, so the probe is no HTTP exchange a test could mistake for the client's.
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1.0):
            return
        time.sleep(0.1)
    raise PrismStartupError(f"prism proxy for {spec} not listening on port {port} after {STARTUP_TIMEOUT_SECONDS:.0f}s")


def violations_in(response: httpx.Response) -> list[Violation]:
    """Every violation Prism reported for this exchange, from its header and its problem+json body."""
    entries = json.loads(response.headers.get("sl-violations", "[]"))
    if response.headers.get("content-type", "").startswith("application/problem+json"):
        problem = json.loads(response.read())
        if str(problem.get("type", "")).startswith(PRISM_ERROR_TYPE):
            entries = entries + (problem.get("validation") or [_problem_as_violation(problem)])
    request = response.request
    unique = {
        Violation(
            method=request.method,
            path=request.url.path,
            location=tuple(entry.get("location", ())),
            severity=entry.get("severity", "Error"),
            message=entry.get("message", ""),
        )
        for entry in entries
    }
    return sorted(unique, key=str)


def _problem_as_violation(problem: dict[str, object]) -> dict[str, object]:
    """Prism's own refusals without a `validation` list (e.g. 401 for unmet security, 404 for no route)."""
    return {"location": ["request"], "severity": "Error", "message": f"{problem.get('title')}: {problem.get('detail')}"}
