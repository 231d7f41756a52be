"""Every operation of every generated client, driven by its demo scenario through a Prism validating proxy.

Prism (`prism proxy --errors`) checks each request the client sends and each answer the mock gives against
the effective spec; any violation fails the test with Prism's own message. The scenario must call every
operation of the spec (`tests.support.calls.uncalled_operations`).
"""

from __future__ import annotations

import importlib
from types import ModuleType

import httpx
import pytest

from clickapis.catalog import API_NAMES
from contract.mocks import effective_spec
from contract.prism import prism_available, running_prism_proxy, violations_in
from contract.vendor_deviations import VENDOR_SWAGGER, load_deviations
from tests.contract.conftest import ContractMock
from tests.support.calls import CallRecorder, uncalled_operations

pytestmark = [
    pytest.mark.contract,
    pytest.mark.prism,
    pytest.mark.skipif(
        not prism_available(), reason="node_modules/.bin/prism is absent; `npm ci` installs Prism (package.json)"
    ),
]


def scenario(api: str) -> ModuleType:
    try:
        return importlib.import_module(f"tests.support.scenarios.{api}")
    except ModuleNotFoundError as exc:
        pytest.fail(f"tests/support/scenarios/{api}.py is missing ({exc}): the contract run drives every operation")


def failed_calls(recorder: CallRecorder) -> list[str]:
    return [f"{record.operation}: {record.error}" for record in recorder.records if not record.ok]


@pytest.mark.parametrize("api", API_NAMES)
def test_every_operation_passes_prism(
    api: str, fresh_contract_mock: ContractMock, http_exchanges: list[httpx.Response]
) -> None:
    with running_prism_proxy(effective_spec(api), fresh_contract_mock(api), errors=True) as proxy:
        recorder = scenario(api).run(proxy)

    violations = sorted({str(violation) for response in http_exchanges for violation in violations_in(response)})
    assert not violations, f"Prism found {len(violations)} violation(s) of {api}'s spec:\n" + "\n".join(violations)
    assert not failed_calls(recorder), "calls failed through Prism:\n" + "\n".join(failed_calls(recorder))
    assert uncalled_operations(api, recorder.records) == []
    assert len(http_exchanges) >= len(recorder.records)


def test_clickmeter_requests_pass_the_vendor_swagger_but_for_listed_deviations(
    fresh_contract_mock: ContractMock, http_exchanges: list[httpx.Response]
) -> None:
    """The vendor's own Swagger 2.0 file judges our client's requests; its answers come from our mock,
    so Prism's findings about answers are set aside (without `--errors` Prism passes every answer on)."""
    deviations = load_deviations()
    with running_prism_proxy(VENDOR_SWAGGER, fresh_contract_mock("clickmeter"), errors=False) as proxy:
        recorder = scenario("clickmeter").run(proxy)

    findings = {
        violation for response in http_exchanges for violation in violations_in(response) if violation.in_request
    }
    unexplained = sorted(str(finding) for finding in findings if not any(d.explains(finding) for d in deviations))
    stale = [str(d) for d in deviations if not any(d.explains(finding) for finding in findings)]
    assert not unexplained, "requests the vendor's Swagger rejects, not in vendor-deviations.yaml:\n" + "\n".join(
        unexplained
    )
    assert not stale, "vendor-deviations.yaml entries no request needs any more:\n" + "\n".join(stale)
    assert uncalled_operations("clickmeter", recorder.records) == []
