"""Schemathesis against every API's mock: phases examples, coverage and fuzzing per operation, then
stateful sequences along the specs' links. Checks, example counts, credentials and hooks come from
schemathesis.toml, exactly as for `python -m contract schemathesis`.

Deterministic: the same commit gives the same result. Per-operation tests run with the fixed seed
`DEFAULT_SEED`; the stateful sequences are derandomised (Hypothesis derives their seed from the test); no
example database is read or written. New seeds are tried with `nox -s contract` (random seed, printed), and
what they find becomes a fix and a regression test here or under tests/mock.

The schemas load at import (Schemathesis' lazy `from_fixture` loader does not run under pytest 9: it
writes `node._nodeid`, which pytest 9 no longer has); each test sends its cases to the mock it starts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import hypothesis
import pytest
import schemathesis
import yaml
from schemathesis.config import SchemathesisConfig
from schemathesis.generation.stateful.state_machine import DEFAULT_STATE_MACHINE_SETTINGS

from clickapis.catalog import API_NAMES
from contract.mocks import DEFAULT_SEED, REPO, effective_spec, mock_arguments
from tests.contract.conftest import ContractMock

pytestmark = pytest.mark.contract

CONFIG = REPO / "schemathesis.toml"
# Schemathesis' own stateful settings, derandomised: the sequences are the same on every run of a commit.
STATEFUL_SETTINGS = hypothesis.settings(DEFAULT_STATE_MACHINE_SETTINGS, derandomize=True, database=None)


def load_schema(api: str) -> Any:
    config = SchemathesisConfig.from_path(CONFIG)
    config.update(seed=DEFAULT_SEED, max_failures=None)
    return schemathesis.openapi.from_path(effective_spec(api), config=config)


SCHEMAS = {api: load_schema(api) for api in API_NAMES}


def conformance_test(api: str) -> Callable[..., None]:
    @SCHEMAS[api].parametrize()
    def test(case: Any, contract_mock: ContractMock) -> None:
        case.call_and_validate(base_url=contract_mock(api))

    return test


test_clickport_conforms = conformance_test("clickport")
test_clickmeter_conforms = conformance_test("clickmeter")
test_clicky_conforms = pytest.mark.slow(conformance_test("clicky"))  # one operation, every phase


def has_links(api: str) -> bool:
    spec = yaml.safe_load(effective_spec(api).read_text())
    return any(
        "links" in response
        for path_item in spec["paths"].values()
        for operation in path_item.values()
        if isinstance(operation, dict)
        for response in operation.get("responses", {}).values()
    )


# Stateful testing follows OpenAPI links; an API without links has no sequences to test (see the README).
# The sequences run against a mock process and a schema of their own: with the session's shared ones, what other
# tests on the same worker wrote to the mock or taught the schema (Schemathesis learns values from responses)
# changed which sequences ran, so a result depended on how xdist spread the tests.
@pytest.mark.slow
@pytest.mark.parametrize("api", [api for api in API_NAMES if has_links(api)])
def test_stateful_sequences(api: str, own_mock: Callable[..., str]) -> None:
    base_url = own_mock(api, *mock_arguments())
    schema = load_schema(api)
    schema.config.update(base_url=base_url)
    # One client for the ~150 resets: a bare httpx.post builds a new SSL context (~90 ms) each time.
    reset = httpx.Client(base_url=base_url)

    class FromFreshState(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            # Hypothesis replays a sequence to shrink it: it must meet the same state each time.
            reset.post("/_mock/reset").raise_for_status()

    with reset:
        FromFreshState.run(settings=STATEFUL_SETTINGS)
