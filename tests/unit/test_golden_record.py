"""Golden records: the clients generated from tests/golden/<record>/ are committed; any byte of difference fails.

Every change to templates, generator settings or the pinned openapi-python-client thus shows up as a reviewable
diff of generated code:
- `baseline`: a small spec and overlay of ours that uses every x-sdk extension;
- `upstream-baseline`: openapi-python-client's own end-to-end document (end_to_end_tests/baseline_openapi_3.1.yaml,
  MIT licence beside it), which exercises what our specs do not (cookies, multipart, several request bodies,
  unions, recursive models), so an upgrade shows its full blast radius.
Refresh after an intended change with: UPDATE_GOLDEN=1 pytest tests/unit/test_golden_record.py
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator.apis import ClientSources
from generator.client_build import render_client
from generator.drift import compare_trees
from generator.pipeline import build_effective_spec, render_into
from generator.yaml_source import load_yaml_document

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
BASELINE = GOLDEN / "baseline"
UPSTREAM_BASELINE = GOLDEN / "upstream-baseline"


def baseline_sources(output: Path) -> ClientSources:
    return ClientSources(
        api="baseline",
        spec=BASELINE / "openapi.yaml",
        overlay=BASELINE / "overlay.yaml",
        config=BASELINE / "config.yaml",
        output=output,
    )


def render_baseline(output: Path) -> None:
    sources = baseline_sources(output)
    render_into(build_effective_spec(sources), sources, output)


def render_upstream_baseline(output: Path) -> None:
    """Upstream's document as upstream's own tests feed it: straight to the renderer. Our OAS 3.1 validation is
    for our specs; this one is not valid 3.1 (an operation carries `title`, /paths/~1types~1unions~1duplicate-types
    /post), which openapi-python-client tolerates."""
    sources = ClientSources(
        api="upstream-baseline",
        spec=UPSTREAM_BASELINE / "openapi.yaml",
        overlay=None,
        config=UPSTREAM_BASELINE / "config.yaml",
        output=output,
    )
    render_client(load_yaml_document(sources.spec).data, sources, output)


RECORDS = {"baseline": render_baseline, "upstream-baseline": render_upstream_baseline}


@pytest.mark.parametrize("record", RECORDS)
def test_generated_client_matches_the_golden_record(record: str, tmp_path: Path) -> None:
    produced = tmp_path / record
    RECORDS[record](produced)
    expected = GOLDEN / record / "expected"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        shutil.rmtree(expected, ignore_errors=True)
        shutil.copytree(produced, expected)
    drift = compare_trees(record, produced, expected)
    assert drift.clean, drift.summary()
