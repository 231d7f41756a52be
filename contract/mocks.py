"""How contract runs start the mock servers.

A frozen clock and a seed, so a run can be repeated, and strict mode, so the mock rejects every value the
spec rejects, also where the vendor would silently use the default: Schemathesis's negative checks expect
an invalid request to be refused.
"""

from __future__ import annotations

from pathlib import Path

from clickapis.catalog import APIS

REPO = Path(__file__).resolve().parent.parent
FROZEN_NOW = "2026-03-31T12:00:00Z"
DEFAULT_SEED = 1


def mock_arguments(seed: int = DEFAULT_SEED, *extra: str) -> tuple[str, ...]:
    """Arguments for `mockserver.launcher.running_mock_servers`."""
    return ("--seed", str(seed), "--now", FROZEN_NOW, "--frozen-clock", "--strict", *extra)


def effective_spec(api: str) -> Path:
    return REPO / APIS[api].effective_spec
