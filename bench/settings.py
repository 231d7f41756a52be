"""How much work a benchmark run does: the full run, or --quick for a smoke check of the figures."""

from __future__ import annotations

import sys
from pathlib import Path

import attrs

REPO = Path(__file__).resolve().parent.parent


@attrs.frozen
class BenchSettings:
    quick: bool = False
    repo: Path = REPO
    python: str = sys.executable

    def pick(self, full: int, quick: int) -> int:
        """A count (runs, requests) for this mode."""
        return quick if self.quick else full
