"""Statistics, figures and the table of the benchmarks (no timing is asserted anywhere)."""

import json

import pytest

from bench.figures import Bound, Check, Figure, unmeasured
from bench.machine import Machine, cpu_model
from bench.measure import Spread, interleaved, percentile
from bench.report import markdown_report, markdown_table, number, write_reports


def test_spread_is_median_and_range() -> None:
    assert Spread.of([3.0, 1.0, 2.0, 10.0]) == Spread(median=2.5, low=1.0, high=10.0, runs=4)
    assert Spread.of([0.002]).scaled(1e3) == Spread(2.0, 2.0, 2.0, 1)


def test_spread_needs_samples() -> None:
    with pytest.raises(ValueError, match="at least one sample"):
        Spread.of([])


def test_percentile_is_nearest_rank() -> None:
    samples = [float(n) for n in range(100, 0, -1)]  # unsorted on purpose
    assert percentile(samples, 0.5) == 50.0
    assert percentile(samples, 0.99) == 99.0
    assert percentile(samples, 1.0) == 100.0
    assert percentile([7.0], 0.99) == 7.0
    with pytest.raises(ValueError, match="fraction"):
        percentile(samples, 0.0)


def test_interleaved_takes_turns() -> None:
    order: list[str] = []

    def action(name: str, value: float):  # type: ignore[no-untyped-def]
        def run() -> float:
            order.append(name)
            return value + len(order)

        return run

    spreads = interleaved({"a": action("a", 0.0), "b": action("b", 100.0), "c": action("c", 200.0)}, runs=4)
    assert "".join(order) == "abc" + "bca" + "cab" + "abc"  # each round starts one later: no fixed predecessor
    assert spreads["a"] == Spread(median=(6.0 + 8.0) / 2, low=1.0, high=10.0, runs=4)  # samples 1, 6, 8, 10
    assert spreads["c"].median == 200.0 + (5.0 + 7.0) / 2  # samples 3, 5, 7, 12


def figure(measured: float, baseline: float, target: Bound | Check | None) -> Figure:
    return Figure("bench", "label", "ms", Spread.of([measured]), Spread.of([baseline]), "base", target)


def test_ratio_and_targets() -> None:
    assert figure(3.0, 2.0, None).ratio == 1.5
    assert figure(3.0, 2.0, Bound("<=", 1.5)).met is True
    assert figure(3.1, 2.0, Bound("<=", 1.5)).met is False
    assert figure(6.0, 2.0, Bound(">=", 3.0)).met is True
    assert figure(0.4, 9.0, Bound("<", 0.5, on_ratio=False)).met is True
    assert figure(0.6, 9.0, Bound("<", 0.5, on_ratio=False)).met is False
    assert figure(1.0, 1.0, Check("only x", passed=False)).met is False
    assert unmeasured("bench", "label", "why").met is None
    with pytest.raises(ValueError, match="compare"):
        Bound("=", 1.0)


def test_number_keeps_three_significant_digits() -> None:
    assert [number(v) for v in (0, 0.0123456, 1.23456, 12.3456, 1234.5)] == ["0", "0.0123", "1.23", "12.3", "1,234"]


def test_markdown_table_rows() -> None:
    rows = [
        figure(3.0, 2.0, Bound("<=", 1.3)),
        Figure("b", "a|b", "s", Spread.of([1.0, 2.0, 3.0])),
        unmeasured("c", "whole", "server did not start"),
    ]
    lines = markdown_table(rows).splitlines()
    assert lines[0].startswith("| Benchmark | Figure |")
    assert "| 1.50x | ratio <= 1.3 | **no** |" in lines[2]
    assert "a\\|b" in lines[3] and "2.00 s (1.00-3.00, 3 runs)" in lines[3]
    assert "not measured: server did not start" in lines[4]


def test_reports_are_written(tmp_path) -> None:  # type: ignore[no-untyped-def]
    machine = Machine(cpus=2, cpu_model="Test CPU", python="3.11.7", system="Linux")
    rows = [Figure("b", "l", "s", Spread.of([1.0]), note="what dominates")]
    markdown, data = write_reports(rows, machine, "python -m bench --quick", tmp_path)
    assert "2 CPUs (Test CPU)" in markdown.read_text() and "what dominates" in markdown_report(rows, machine, "x")
    loaded = json.loads(data.read_text())
    assert loaded["machine"]["cpus"] == 2
    assert loaded["figures"][0]["measured"] == {"median": 1.0, "low": 1.0, "high": 1.0, "runs": 1}


def test_cpu_model_from_cpuinfo() -> None:
    assert cpu_model("processor\t: 0\nmodel name\t: AMD EPYC 7B13\n") == "AMD EPYC 7B13"
    assert cpu_model("") == "unknown CPU"
