"""`python -m contract.stateful API`: Schemathesis' stateful sequences along API's OpenAPI links, derandomised
(the same commit runs the same sequences), against a mock process of their own, reset before every sequence.

Run in a process of its own by the pytest suite: inside a worker that had run other contract tests first, the
sequences came out different (Schemathesis keeps state across schemas in the process), so the result depended on
how xdist spread the tests. Exits 1 with Schemathesis' report when a sequence fails.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import httpx
import hypothesis
import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.generation.stateful.state_machine import DEFAULT_STATE_MACHINE_SETTINGS

from clickapis.catalog import API_NAMES
from contract.mocks import DEFAULT_SEED, REPO, effective_spec, mock_arguments
from mockserver.launcher import running_mock_servers

CONFIG = REPO / "schemathesis.toml"
# Schemathesis' own stateful settings, derandomised: the sequences are the same on every run of a commit.
STATEFUL_SETTINGS = hypothesis.settings(DEFAULT_STATE_MACHINE_SETTINGS, derandomize=True, database=None)


def load_schema(api: str) -> Any:
    """The API's effective spec with schemathesis.toml's checks, credentials and hooks, on the fixed seed."""
    config = SchemathesisConfig.from_path(CONFIG)
    config.update(seed=DEFAULT_SEED, max_failures=None)
    return schemathesis.openapi.from_path(effective_spec(api), config=config)


def run_sequences(api: str) -> None:
    """Raises Schemathesis' FailureGroup for a failing sequence."""
    with running_mock_servers([api], *mock_arguments()) as urls, httpx.Client(base_url=urls[api]) as control:
        schema = load_schema(api)
        schema.config.update(base_url=urls[api])

        class FromFreshState(schema.as_state_machine()):  # type: ignore[misc]
            def setup(self) -> None:
                # Hypothesis replays a sequence to shrink it: it must meet the same state each time.
                control.post("/_mock/reset").raise_for_status()

        FromFreshState.run(settings=STATEFUL_SETTINGS)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if len(arguments) != 1 or arguments[0] not in API_NAMES:
        print(f"usage: python -m contract.stateful {{{','.join(API_NAMES)}}}", file=sys.stderr)
        return 2
    try:
        run_sequences(arguments[0])
    except Exception as failure:  # Schemathesis' report of the failing sequence, as pytest would show it
        print(failure, file=sys.stderr)
        return 1
    print(f"stateful sequences of {arguments[0]}: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
