"""What dominates a slow figure: the functions with the most own time under cProfile."""

from __future__ import annotations

import cProfile
import pstats
from collections.abc import Callable


def hotspots(action: Callable[[], object], limit: int = 4) -> str:
    """'function (file:line) NN%' for the `limit` functions with the most own time while running `action`."""
    profiler = cProfile.Profile()
    profiler.runcall(action)
    stats = pstats.Stats(profiler)
    entries = stats.stats  # type: ignore[attr-defined]  # pstats keeps its table in an undocumented attribute
    total = sum(own for _, _, own, _, _ in entries.values()) or 1.0
    ranked = sorted(entries.items(), key=lambda entry: entry[1][2], reverse=True)[:limit]
    return ", ".join(
        f"{name} ({filename.rsplit('/', 1)[-1]}:{line}) {100 * own / total:.0f}%"
        for (filename, line, name), (_, _, own, _, _) in ranked
    )
