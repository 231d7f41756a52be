"""How contract runs start the mock servers: a frozen clock and a seed, so a run can be repeated."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FROZEN_NOW = "2026-03-31T12:00:00Z"
DEFAULT_SEED = 1


def mock_arguments(seed: int = DEFAULT_SEED, *extra: str) -> tuple[str, ...]:
    """Arguments for `mockserver.launcher.running_mock_servers`."""
    return ("--seed", str(seed), "--now", FROZEN_NOW, *extra)


def effective_spec(api: str) -> Path:
    return REPO / "generated" / api / "openapi.yaml"
