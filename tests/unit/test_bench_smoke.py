"""Each benchmark runs end to end on tiny inputs (3 iterations); what is asserted is behaviour, never time."""

import asyncio
from pathlib import Path

import pytest

from bench import client_overhead, contract_run, mock_throughput, parsing, regeneration
from bench.load import read_response, run_load
from bench.settings import BenchSettings

SETTINGS = BenchSettings(quick=True)
PRISM = SETTINGS.repo / "node_modules" / ".bin" / "prism"


def measured_runs(figures) -> list[int]:  # type: ignore[no-untyped-def]
    return [figure.measured.runs for figure in figures]


def test_parsing_smoke() -> None:
    figures = parsing.measure(SETTINGS, items=3, runs=3)
    # per API: pydantic-core vs json.loads, each of our two paths vs both, the client path vs the parse alone
    assert len(figures) == 12
    assert measured_runs(figures) == [3] * 12
    assert all(figure.ratio is not None and figure.ratio > 0 for figure in figures)
    baselines = [figure.baseline_label.split(" (")[0] for figure in figures]
    assert baselines.count("json.loads") == 6 and baselines.count("pydantic-core") == 4
    assert (
        baselines.count("decode + VisitorsListResult.from_dict") == baselines.count("decode + HitList.from_dict") == 1
    )


def test_client_overhead_smoke() -> None:
    sync, concurrent, runtime_only = client_overhead.measure(SETTINGS, calls=3, runs=3)
    assert "sync" in sync.label and "async" in concurrent.label and "in-memory" in runtime_only.label
    assert measured_runs([sync, concurrent, runtime_only]) == [3, 3, 3]
    assert sync.baseline is not None and sync.baseline.runs == 3
    assert runtime_only.baseline is not None and runtime_only.baseline.runs == 3


@pytest.mark.parametrize("api", sorted(mock_throughput.MIXES))
def test_request_mix_is_answered_by_our_mock(api: str) -> None:
    mix = mock_throughput.MIXES[api]
    with mock_throughput.our_mock(SETTINGS, api) as base_url:
        result = run_load(base_url, mix, requests=3 * len(mix), concurrency=3)
    assert len(result.latencies) == 3 * len(mix)
    assert result.failures() == {}


@pytest.mark.skipif(not PRISM.exists(), reason="Prism not installed: run `npm ci`")
def test_request_mix_is_answered_by_prism() -> None:
    with mock_throughput.prism_mock(SETTINGS, "clickport") as base_url:
        results = mock_throughput.measure(base_url, "clickport", requests=3, runs=1)
    assert [result.failures() for result in results] == [{}]


@pytest.mark.parametrize(
    "raw",
    [
        b"HTTP/1.1 201 Created\r\nContent-Length: 5\r\n\r\nhello",
        b"HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhe\r\n3\r\nllo\r\n0\r\n\r\n",
    ],
)
def test_read_response_consumes_exactly_one_answer(raw: bytes) -> None:
    async def read() -> tuple[tuple[int, bool], bytes]:
        reader = asyncio.StreamReader()
        reader.feed_data(raw + b"NEXT")
        reader.feed_eof()
        return await read_response(reader), await reader.read()

    assert asyncio.run(read()) == ((201, False), b"NEXT")


def test_regeneration_flags(tmp_path: Path) -> None:
    """Clean: every client; nothing changed: none; one spec edited: only that one."""
    workspace = regeneration.Workspace.copy_of(SETTINGS, tmp_path)
    assert workspace.clean_ours() > 0
    assert set(workspace.ours()[1].values()) == {False}
    workspace.edit_spec(regeneration.CHANGED_API, 0)
    _, outcomes = workspace.ours()
    assert [api for api, regenerated in outcomes.items() if regenerated] == [regeneration.CHANGED_API]
    assert (tmp_path / "generated" / "clickport" / "openapi.yaml").is_file()
    assert not (SETTINGS.repo / "plain").exists()


def test_contract_run_is_skipped_when_quick() -> None:
    (figure,) = contract_run.run(SETTINGS)
    assert figure.measured is None and "--quick" in figure.note
