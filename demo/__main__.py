"""`python -m demo`: regenerate every client, start the mock servers, call every operation, print a report.

Exit status 1 when a call failed or an operation of a spec was not called.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import time
from collections.abc import Sequence

from clickapis.catalog import API_NAMES
from generator.cli import main as generator_main
from mockserver.launcher import running_mock_servers
from tests.support.calls import CallRecord, uncalled_operations

MOCK_ARGUMENTS = ("--seed", "7", "--now", "2026-03-31T12:00:00Z")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m demo", description=__doc__)
    parser.add_argument("apis", nargs="*", default=list(API_NAMES), metavar="API")
    parser.add_argument("--skip-generate", action="store_true", help="use generated/ as it is")
    arguments = parser.parse_args(argv)

    if not arguments.skip_generate and generator_main(["generate", *arguments.apis]) != 0:
        return 1
    started = time.perf_counter()
    with running_mock_servers(arguments.apis, *MOCK_ARGUMENTS) as urls:
        print(f"mock servers up: {', '.join(f'{api} {url}' for api, url in urls.items())}")
        records: list[CallRecord] = []
        for api in arguments.apis:
            scenario = importlib.import_module(f"tests.support.scenarios.{api}")
            records += scenario.run(urls[api]).records
    missing = {api: uncalled_operations(api, records) for api in arguments.apis}
    print(report(arguments.apis, records, missing, time.perf_counter() - started))
    return 0 if all(record.ok for record in records) and not any(missing.values()) else 1


def report(apis: Sequence[str], records: list[CallRecord], missing: dict[str, list[str]], seconds: float) -> str:
    lines = ["", f"{'API':<12}{'calls':>7}{'ok':>6}{'failed':>8}{'operations':>12}{'median ms':>11}"]
    for api in apis:
        mine = [record for record in records if record.api == api]
        operations = len({record.operation for record in mine})
        median = statistics.median(record.seconds for record in mine) * 1000 if mine else 0.0
        failed = sum(not record.ok for record in mine)
        lines.append(f"{api:<12}{len(mine):>7}{len(mine) - failed:>6}{failed:>8}{operations:>12}{median:>11.1f}")
    for record in records:
        if not record.ok:
            lines.append(f"FAILED {record.api}.{record.operation}: {record.error}")
    for api, operations in missing.items():
        if operations:
            lines.append(f"NOT CALLED {api}: {', '.join(operations)}")
    lines.append(f"{len(records)} calls in {seconds:.1f}s (mock start-up included)")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
