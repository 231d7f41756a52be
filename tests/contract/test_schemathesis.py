"""Schemathesis against every API's mock: phases examples, coverage and fuzzing per operation, then
stateful sequences along the specs' links. Checks, example counts, credentials and hooks come from
schemathesis.toml, exactly as for `python -m contract schemathesis`.

Deterministic: the same commit gives the same result. Per-operation tests run with the fixed seed
`DEFAULT_SEED`; the stateful sequences are derandomised and run in a process of their own (contract/stateful.py);
no example database is read or written. New seeds are tried with `nox -s contract` (random seed, printed), and
what they find becomes a fix and a regression test here or under tests/mock.

The schemas load at import (Schemathesis' lazy `from_fixture` loader does not run under pytest 9: it
writes `node._nodeid`, which pytest 9 no longer has); each test sends its cases to the mock it starts.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests
from schemathesis.transport.requests import ManagedCookiesSession

from clickapis.catalog import API_NAMES
from clickapis.yaml_files import read_yaml
from contract.mocks import REPO, effective_spec
from contract.stateful import load_schema
from tests.contract.conftest import ContractMock

pytestmark = pytest.mark.contract

SCHEMAS = {api: load_schema(api) for api in API_NAMES}


@pytest.fixture(scope="session")
def schemathesis_session() -> Iterator[requests.Session]:
    """One keep-alive session for every case (cookies still dropped after each, as Schemathesis does when it makes
    the session itself), reading no proxy settings from the environment: the mocks are local, and requests would
    otherwise scan the environment twice per request (about a tenth of the run's CPU time)."""
    with ManagedCookiesSession() as session:
        session.trust_env = False
        # Schemathesis adds a given session's headers to every case: requests' defaults (a python-requests
        # User-Agent) would replace the User-Agent Schemathesis sends, and Clickport refuses library agents.
        session.headers.clear()
        yield session


def conformance_test(api: str) -> Callable[..., None]:
    @SCHEMAS[api].parametrize()
    def test(case: Any, contract_mock: ContractMock, schemathesis_session: requests.Session) -> None:
        case.call_and_validate(base_url=contract_mock(api), session=schemathesis_session)

    return test


test_clickport_conforms = conformance_test("clickport")
test_clickmeter_conforms = conformance_test("clickmeter")
test_clicky_conforms = pytest.mark.slow(conformance_test("clicky"))  # one operation, every phase


def has_links(api: str) -> bool:
    spec = read_yaml(effective_spec(api))
    return any(
        "links" in response
        for path_item in spec["paths"].values()
        for operation in path_item.values()
        if isinstance(operation, dict)
        for response in operation.get("responses", {}).values()
    )


# Stateful testing follows OpenAPI links; an API without links has no sequences to test (see the README).
@pytest.mark.slow
@pytest.mark.parametrize("api", [api for api in API_NAMES if has_links(api)])
def test_stateful_sequences(api: str) -> None:
    """In a process of its own (contract/stateful.py says why), with its own mock."""
    result = subprocess.run(
        [sys.executable, "-m", "contract.stateful", api], cwd=REPO, capture_output=True, text=True, timeout=900
    )
    assert result.returncode == 0, result.stdout + result.stderr
