"""`python -m contract schemathesis`: start the mocks, run `schemathesis run` per API, write JUnit XML.

Settings (checks, phases, example counts, credentials, hooks) live in `schemathesis.toml`; this module only
supplies what changes per run: the mock's URL, the seed and where the report goes.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from contract.mocks import REPO, effective_spec, mock_arguments
from mockserver.launcher import running_mock_servers

CONFIG = REPO / "schemathesis.toml"
SCHEMATHESIS_ENTRY = "from schemathesis.cli import schemathesis; schemathesis()"


def schemathesis_command(api: str, base_url: str, seed: int, report_dir: Path) -> list[str]:
    return [
        sys.executable,
        "-c",
        SCHEMATHESIS_ENTRY,
        "--config-file",
        str(CONFIG),
        "run",
        str(effective_spec(api)),
        "--url",
        base_url,
        "--seed",
        str(seed),
        "--report",
        "junit",
        "--report-junit-path",
        str(report_dir / f"schemathesis-{api}.xml"),
    ]


def run_schemathesis(apis: Sequence[str], seed: int, report_dir: Path) -> int:
    """Run every API even when one fails; the exit code is the first non-zero one."""
    report_dir.mkdir(parents=True, exist_ok=True)
    outcomes: dict[str, tuple[int, float]] = {}
    with running_mock_servers(apis, *mock_arguments(seed)) as urls:
        for api in apis:
            started = time.perf_counter()
            # cwd=REPO: Schemathesis imports the `hooks` module named in schemathesis.toml from the cwd.
            returncode = subprocess.run(schemathesis_command(api, urls[api], seed, report_dir), cwd=REPO).returncode
            outcomes[api] = (returncode, time.perf_counter() - started)
    for api, (returncode, seconds) in outcomes.items():
        verdict = "passed" if returncode == 0 else f"FAILED (exit {returncode})"
        print(f"schemathesis {api}: {verdict} in {seconds:.1f}s, report {report_dir / f'schemathesis-{api}.xml'}")
    return next((code for code, _ in outcomes.values() if code != 0), 0)
