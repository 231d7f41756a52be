"""CLI: `python -m contract schemathesis [--seed N] [--api API ...] [--reports DIR]`.

Without `--seed` a run draws a new seed and prints it: this is where new seeds are explored (the pytest suite
stays on fixed seeds), and `--seed N` replays a run exactly.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Sequence
from pathlib import Path

from clickapis.catalog import API_NAMES
from contract.mocks import REPO
from contract.run import run_schemathesis


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m contract", description="Contract checks against the mocks")
    commands = parser.add_subparsers(dest="command", required=True)
    schemathesis = commands.add_parser("schemathesis", help="run Schemathesis against each API's mock server")
    schemathesis.add_argument(
        "--seed", type=int, help="seed of the mocks and of Schemathesis (default: a new random seed, printed)"
    )
    schemathesis.add_argument("--api", action="append", choices=API_NAMES, help="only this API (repeatable)")
    schemathesis.add_argument("--reports", type=Path, default=REPO / "reports", help="where JUnit XML goes")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    apis = arguments.api or list(API_NAMES)
    seed = arguments.seed if arguments.seed is not None else random.randrange(2**31)
    print(f"contract: seed {seed} (replay with: python -m contract schemathesis --seed {seed})", flush=True)
    return run_schemathesis(apis, seed, arguments.reports)


if __name__ == "__main__":
    sys.exit(main())
