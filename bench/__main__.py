"""`python -m bench [--quick] [--only NAME]`: run the benchmarks, print the table, write reports/benchmarks.*"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable, Sequence

from bench import client_overhead, contract_run, mock_throughput, parsing, regeneration
from bench.figures import Figure, unmeasured
from bench.machine import this_machine
from bench.report import markdown_table, write_reports
from bench.settings import BenchSettings

BENCHMARKS: dict[str, Callable[[BenchSettings], list[Figure]]] = {
    "regeneration": regeneration.run,
    "client": client_overhead.run,
    "parsing": parsing.run,
    "mock": mock_throughput.run,
    "contract": contract_run.run,
}


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs and requests: a smoke check in < 1 minute")
    parser.add_argument(
        "--only",
        action="append",
        choices=sorted(BENCHMARKS),
        metavar="NAME",
        help=f"run only this benchmark (repeatable): {', '.join(BENCHMARKS)}",
    )
    return parser.parse_args(argv)


def run_benchmark(name: str, settings: BenchSettings) -> list[Figure]:
    """A benchmark that breaks becomes a row saying so; the others still run."""
    print(f"bench: {name} ...", file=sys.stderr, flush=True)
    try:
        return BENCHMARKS[name](settings)
    except Exception as error:  # reported in the table, the traceback on stderr
        traceback.print_exc()
        return [unmeasured(name, "(whole benchmark)", f"{type(error).__name__}: {error}".splitlines()[0])]


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    settings = BenchSettings(quick=arguments.quick)
    figures = [figure for name in (arguments.only or BENCHMARKS) for figure in run_benchmark(name, settings)]
    command = " ".join(["python -m bench", *(argv if argv is not None else sys.argv[1:])])
    print(markdown_table(figures))
    markdown, data = write_reports(figures, this_machine(), command, settings.repo / "reports")
    print(f"\nwritten: {markdown}, {data}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
