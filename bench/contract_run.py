"""Contract run: wall time of the whole Schemathesis matrix (`python -m contract schemathesis`)."""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
import time

from bench.figures import Figure, unmeasured
from bench.measure import Spread
from bench.settings import BenchSettings

BENCHMARK = "contract run"
LABEL = "Schemathesis, every API against its mock"
TIME_LIMIT_SECONDS = 240.0  # keeps `python -m bench` near its 5-minute budget whatever the matrix grows to


def run(settings: BenchSettings) -> list[Figure]:
    if not (settings.repo / "contract" / "__main__.py").exists():
        return [unmeasured(BENCHMARK, LABEL, "contract/ does not exist yet")]
    if settings.quick:
        return [unmeasured(BENCHMARK, LABEL, "skipped with --quick (one run takes minutes)")]
    with tempfile.TemporaryDirectory(prefix="bench-contract-") as reports:
        command = [settings.python, "-m", "contract", "schemathesis", "--reports", reports]
        # Its own process group: on timeout the mocks and Schemathesis it started stop with it.
        process = subprocess.Popen(
            command, cwd=settings.repo, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True
        )
        started = time.perf_counter()
        try:
            output, _ = process.communicate(timeout=TIME_LIMIT_SECONDS)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGTERM)
            process.communicate()
            return [unmeasured(BENCHMARK, LABEL, f"did not finish within {TIME_LIMIT_SECONDS:.0f} s; stopped")]
        seconds = time.perf_counter() - started
    lines = output.decode(errors="replace").splitlines()
    verdicts = [line.split(", report")[0] for line in lines if line.startswith("schemathesis ")]
    outcome = "all passed" if process.returncode == 0 else f"exit {process.returncode}"
    return [Figure(BENCHMARK, LABEL, "s", Spread.of([seconds]), note=f"{outcome}; " + "; ".join(verdicts))]
