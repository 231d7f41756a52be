"""Integers in text parameters: `233.0` is not an integer on the wire (ARCHITECTURE.md, "Integers on the wire").

Regression for the stateful failure `PUT /tags/233.0/groups/patch` → 400 "path parameter 'tagId': "233.0" is not
of type "integer"": JSON Schema counts 233.0 as an integer, Schemathesis carried it from JSON into the path, the
mock (rightly) refused the text. The mock keeps refusing it; the contract hook spells it `233`.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import schemathesis
from schemathesis.config import SchemathesisConfig

from clickapis.catalog import APIS
from contract.mocks import REPO, effective_spec
from contract.wire_integers import as_wire_integers
from tests.contract.conftest import ContractMock

pytestmark = pytest.mark.contract

AUTH = APIS["clickmeter"].headers


@pytest.fixture(scope="module")
def clickmeter_schema() -> Any:
    config = SchemathesisConfig.from_path(REPO / "schemathesis.toml")  # loads contract.hooks
    return schemathesis.openapi.from_path(effective_spec("clickmeter"), config=config)


def new_tag_and_group(base_url: str, name: str) -> tuple[int, int]:
    """A tag of this name (tag names are unique on the shared mock) and a group to attach it to."""
    with httpx.Client(base_url=base_url, headers=AUTH) as http:
        tag = http.post("/tags", json={"name": name})
        tag.raise_for_status()
        groups = http.get("/groups", params={"limit": 1})
        groups.raise_for_status()
        return tag.json()["id"], groups.json()["entities"][0]["id"]


def test_the_mock_refuses_a_whole_float_in_an_integer_path_parameter(contract_mock: ContractMock) -> None:
    base_url = contract_mock("clickmeter")
    tag_id, group_id = new_tag_and_group(base_url, "wire-integers-refused")
    answer = httpx.put(f"{base_url}/tags/{tag_id}.0/groups/patch", headers=AUTH, json={"Action": "add", "Id": group_id})
    assert answer.status_code == 400
    assert answer.headers["content-type"].startswith("application/json")
    error = answer.json()
    assert error["errorCode"] == 400
    assert "tagId" in error["Message"]


def test_the_hook_sends_a_whole_float_as_digits_and_the_case_passes(
    clickmeter_schema: Any, contract_mock: ContractMock
) -> None:
    base_url = contract_mock("clickmeter")
    tag_id, group_id = new_tag_and_group(base_url, "wire-integers-sent")
    operation = clickmeter_schema["/tags/{tagId}/groups/patch"]["PUT"]
    case = operation.Case(
        path_parameters={"tagId": float(tag_id)},
        body={"Action": "add", "Id": float(group_id)},
        media_type="application/json",
    )
    response = case.call(base_url=base_url, headers=AUTH)
    assert response.request.url.endswith(f"/tags/{tag_id}/groups/patch")
    assert response.status_code == 200, response.text
    # A JSON body keeps its whole float: there it is a JSON integer, and the mock takes it.
    assert case.body["Id"] == float(group_id)


@pytest.mark.parametrize(
    ("value", "schema", "expected"),
    [
        (233.0, {"type": "integer", "format": "int64"}, 233),
        (-7.0, {"type": "integer"}, -7),
        ([1.0, 2, 3.0], {"type": "array", "items": {"type": "integer"}}, [1, 2, 3]),
        (233.5, {"type": "integer"}, 233.5),  # not whole: left for the negative checks to send as it is
        (2.0, {"type": "number"}, 2.0),  # a number may be spelled 2.0
        (2.0, {"type": ["integer", "number"]}, 2.0),
        ("233.0", {"type": "integer"}, "233.0"),  # a string is what a negative case chose to send
        (True, {"type": "integer"}, True),
    ],
)
def test_as_wire_integers(value: Any, schema: dict[str, Any], expected: Any) -> None:
    result = as_wire_integers(value, schema)
    assert result == expected
    assert type(result) is type(expected)
    if isinstance(expected, list):
        assert [type(item) for item in result] == [type(item) for item in expected]
