"""Golden record: the client generated from tests/golden/baseline is committed; any byte of difference fails.

Every change to templates or generator settings thus shows up as a reviewable diff of generated code.
Refresh after an intended change with: UPDATE_GOLDEN=1 pytest tests/unit/test_golden_record.py
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from generator.apis import ClientSources
from generator.drift import compare_trees
from generator.pipeline import build_effective_spec, render_into

BASELINE = Path(__file__).resolve().parents[1] / "golden" / "baseline"
EXPECTED = BASELINE / "expected"


def baseline_sources(output: Path) -> ClientSources:
    return ClientSources(
        api="baseline",
        spec=BASELINE / "openapi.yaml",
        overlay=BASELINE / "overlay.yaml",
        config=BASELINE / "config.yaml",
        output=output,
    )


def test_baseline_client_matches_the_golden_record(tmp_path: Path) -> None:
    produced = tmp_path / "baseline"
    sources = baseline_sources(produced)
    render_into(build_effective_spec(sources), sources, produced)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        shutil.rmtree(EXPECTED, ignore_errors=True)
        shutil.copytree(produced, EXPECTED)
    drift = compare_trees("baseline", produced, EXPECTED)
    assert drift.clean, drift.summary()
