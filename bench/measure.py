"""Repeated timings and their summary: median with the range, never a single run."""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Callable, Sequence

import attrs


@attrs.frozen
class Spread:
    """Median and range of repeated measurements of one quantity."""

    median: float
    low: float
    high: float
    runs: int

    @classmethod
    def of(cls, samples: Sequence[float]) -> Spread:
        if not samples:
            raise ValueError("a spread needs at least one sample")
        return cls(median=statistics.median(samples), low=min(samples), high=max(samples), runs=len(samples))

    def scaled(self, factor: float) -> Spread:
        """The same spread in another unit (e.g. seconds to microseconds)."""
        return Spread(self.median * factor, self.low * factor, self.high * factor, self.runs)


def seconds_of(action: Callable[[], object]) -> float:
    gc.collect()  # garbage of earlier samples is not this sample's cost
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def percentile(samples: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile: a value that was actually observed, no interpolation."""
    if not samples:
        raise ValueError("a percentile needs at least one sample")
    if not 0.0 < fraction <= 1.0:
        raise ValueError(f"fraction must be in (0, 1], got {fraction}")
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def interleaved(actions: dict[str, Callable[[], float]], runs: int) -> dict[str, Spread]:
    """Run every action `runs` times, taking turns, so drift of the machine hits each alike.

    Each round starts one action later than the one before (a b c, b c a, c a b, ...): an action that always ran
    right after the same other one would inherit that one's state of the memory allocator every time (after a
    large parse, freed arenas may or may not have gone back to the system), a bias no number of rounds averages out.
    """
    samples: dict[str, list[float]] = {name: [] for name in actions}
    names = list(actions)
    for run in range(runs):
        start = run % len(names)
        for name in names[start:] + names[:start]:
            samples[name].append(actions[name]())
    return {name: Spread.of(values) for name, values in samples.items()}
