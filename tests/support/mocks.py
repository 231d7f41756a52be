"""The one way the tests start mock servers: real `python -m mockserver` processes (mockserver.launcher).

A process per API and command-line options serves the whole session (`MockProcesses.url`); a test that
needs the seeded state asks for it reset (`MockProcesses.fresh`, milliseconds at a frozen clock); a test
whose mock must stay its own (start-up options of its own, or a request still running after the test)
starts one for itself (`own`). tests/mock runs the app in-process instead: that is the unit under test there.
"""

from __future__ import annotations

import contextlib

import httpx

from mockserver.launcher import running_mock_servers


class MockProcesses:
    """The session's mock processes, started on first use; the exit stack given stops them."""

    def __init__(self, stack: contextlib.ExitStack) -> None:
        self._stack = stack
        self._urls: dict[tuple[str, tuple[str, ...]], str] = {}
        self._control = stack.enter_context(httpx.Client(timeout=30.0))  # one client: each new one costs ~90 ms

    def url(self, api: str, *options: str) -> str:
        """The base URL of the session's mock of `api` started with `options`."""
        key = (api, options)
        if key not in self._urls:
            self._urls[key] = own(self._stack, api, *options)
        return self._urls[key]

    def fresh(self, api: str, *options: str) -> str:
        """As `url`, after a reset to the seeded state (writes of earlier tests forgotten)."""
        base_url = self.url(api, *options)
        self._control.post(f"{base_url}/_mock/reset").raise_for_status()
        return base_url


def own(stack: contextlib.ExitStack, api: str, *options: str) -> str:
    """Start a mock of `api` with `options` until `stack` closes; its base URL."""
    return stack.enter_context(running_mock_servers([api], *options))[api]
