"""The benchmark table as Markdown (printed and written to reports/) and as JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from bench.figures import Figure
from bench.machine import Machine
from bench.measure import Spread

COLUMNS = ("Benchmark", "Figure", "Measured: median (min-max)", "Baseline: median (min-max)", "Ratio", "Target", "Met")


def number(value: float) -> str:
    """Three significant digits, without scientific notation for the magnitudes a benchmark produces."""
    if value == 0:
        return "0"
    magnitude = abs(value)
    if magnitude >= 100:
        return f"{value:,.0f}"
    if magnitude >= 10:
        return f"{value:.1f}"
    if magnitude >= 1:
        return f"{value:.2f}"
    return f"{value:.3g}"


def spread_cell(spread: Spread | None, unit: str) -> str:
    if spread is None:
        return "-"
    if spread.runs == 1:
        return f"{number(spread.median)} {unit} (1 run)"
    return f"{number(spread.median)} {unit} ({number(spread.low)}-{number(spread.high)}, {spread.runs} runs)"


def verdict(met: bool | None) -> str:
    return {True: "yes", False: "**no**", None: "-"}[met]


def row(figure: Figure) -> tuple[str, ...]:
    baseline = spread_cell(figure.baseline, figure.unit)
    if figure.baseline is not None and figure.baseline_label:
        baseline = f"{figure.baseline_label}: {baseline}"
    ratio = f"{figure.ratio:.2f}x" if figure.ratio is not None else "-"
    target = figure.target.describe(figure.unit) if figure.target is not None else "-"
    measured = spread_cell(figure.measured, figure.unit) if figure.measured else f"not measured: {figure.note}"
    return (figure.benchmark, figure.label, measured, baseline, ratio, target, verdict(figure.met))


def _escape(cell: str) -> str:
    return cell.replace("|", "\\|").replace("\n", " ")


def markdown_table(figures: Sequence[Figure]) -> str:
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(_escape(cell) for cell in row(figure)) + " |" for figure in figures]
    return "\n".join(lines)


def markdown_report(figures: Sequence[Figure], machine: Machine, command: str) -> str:
    notes = [f"- **{f.benchmark} / {f.label}**: {f.note}" for f in figures if f.note and f.measured is not None]
    parts = [
        "# Benchmarks",
        "",
        f"`{command}` on {machine.describe()}.",
        "Every ratio is measured ÷ baseline, both measured in the same run.",
        "",
        markdown_table(figures),
    ]
    if notes:
        parts += ["", "## Notes", "", *notes]
    return "\n".join(parts) + "\n"


def _spread_json(spread: Spread | None) -> dict[str, Any] | None:
    return None if spread is None else attrs.asdict(spread)


def json_report(figures: Sequence[Figure], machine: Machine, command: str) -> dict[str, Any]:
    return {
        "command": command,
        "machine": attrs.asdict(machine),
        "figures": [
            {
                "benchmark": f.benchmark,
                "label": f.label,
                "unit": f.unit,
                "measured": _spread_json(f.measured),
                "baseline": _spread_json(f.baseline),
                "baseline_label": f.baseline_label,
                "ratio": f.ratio,
                "target": f.target.describe(f.unit) if f.target is not None else None,
                "met": f.met,
                "note": f.note,
            }
            for f in figures
        ],
    }


def write_reports(figures: Sequence[Figure], machine: Machine, command: str, directory: Path) -> tuple[Path, Path]:
    directory.mkdir(parents=True, exist_ok=True)
    markdown, data = directory / "benchmarks.md", directory / "benchmarks.json"
    markdown.write_text(markdown_report(figures, machine, command), encoding="utf-8")
    data.write_text(json.dumps(json_report(figures, machine, command), indent=2) + "\n", encoding="utf-8")
    return markdown, data
