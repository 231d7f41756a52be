"""CLI: `python -m contract schemathesis [--seed N] [--api API ...] [--reports DIR]`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from contract.mocks import DEFAULT_SEED, REPO
from contract.run import run_schemathesis
from mockserver.app import API_NAMES


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m contract", description="Contract checks against the mocks")
    commands = parser.add_subparsers(dest="command", required=True)
    schemathesis = commands.add_parser("schemathesis", help="run Schemathesis against each API's mock server")
    schemathesis.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the mocks and of Schemathesis")
    schemathesis.add_argument("--api", action="append", choices=API_NAMES, help="only this API (repeatable)")
    schemathesis.add_argument("--reports", type=Path, default=REPO / "reports", help="where JUnit XML goes")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    apis = arguments.api or list(API_NAMES)
    return run_schemathesis(apis, arguments.seed, arguments.reports)


if __name__ == "__main__":
    sys.exit(main())
