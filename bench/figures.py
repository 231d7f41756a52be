"""One row of the benchmark table: a measured figure, its baseline, the ratio and the target."""

from __future__ import annotations

import operator
from collections.abc import Callable

import attrs

from bench.measure import Spread

_COMPARISONS: dict[str, Callable[[float, float], bool]] = {"<=": operator.le, "<": operator.lt, ">=": operator.ge}


@attrs.frozen
class Bound:
    """A numeric target on the ratio to the baseline or on the measured median itself."""

    compare: str
    limit: float
    on_ratio: bool = True

    def __attrs_post_init__(self) -> None:
        if self.compare not in _COMPARISONS:
            raise ValueError(f"compare must be one of {', '.join(_COMPARISONS)}, got {self.compare!r}")

    def describe(self, unit: str) -> str:
        return f"ratio {self.compare} {self.limit:g}" if self.on_ratio else f"{self.compare} {self.limit:g} {unit}"

    def met(self, figure: Figure) -> bool | None:
        value = figure.ratio if self.on_ratio else (figure.measured.median if figure.measured else None)
        return None if value is None else _COMPARISONS[self.compare](value, self.limit)


@attrs.frozen
class Check:
    """A target that is a fact observed during the run rather than a number (e.g. which clients regenerated)."""

    description: str
    passed: bool

    def describe(self, unit: str) -> str:
        return self.description

    def met(self, figure: Figure) -> bool | None:
        return self.passed


@attrs.frozen
class Figure:
    benchmark: str
    label: str
    unit: str
    measured: Spread | None  # None: could not be measured in this run, `note` says why
    baseline: Spread | None = None
    baseline_label: str = ""
    target: Bound | Check | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.measured is None or self.baseline is None or self.baseline.median == 0:
            return None
        return self.measured.median / self.baseline.median

    @property
    def met(self) -> bool | None:
        return None if self.target is None else self.target.met(self)


def unmeasured(benchmark: str, label: str, reason: str) -> Figure:
    return Figure(benchmark=benchmark, label=label, unit="", measured=None, note=reason)
