"""The generated models' from_dict (templates/model.py.jinja, property_templates/) and the JSON decode point
(generator/runtime/_json.py): the fast paths keep every behaviour users rely on."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType, ModuleType
from typing import Any

import httpx
import pytest
from clickmeter_client.models import Count, DataPointStatus, Hit, HitList
from clickmeter_client.types import UNSET
from clicky_client.models import CustomData, VisitorsListItem, VisitorsListResult

from bench.payloads import clickmeter_hits, clicky_visitors_list, load_spec
from clickapis.catalog import APIS

REPO = Path(__file__).resolve().parents[2]
CLICKMETER = APIS["clickmeter"]


@pytest.fixture(scope="module")
def hit_page() -> dict[str, Any]:
    """A ClickMeter hits page with every declared property present (the widest documented shape)."""
    page: dict[str, Any] = json.loads(clickmeter_hits(load_spec(REPO, "clickmeter"), 2))
    return page


@pytest.fixture(scope="module")
def visitors() -> dict[str, Any]:
    result: dict[str, Any] = json.loads(clicky_visitors_list(load_spec(REPO, "clicky"), 2))[0]
    return result


def test_every_declared_field_survives_a_round_trip(hit_page: dict[str, Any], visitors: dict[str, Any]) -> None:
    assert HitList.from_dict(hit_page).to_dict() == hit_page
    assert VisitorsListResult.from_dict(visitors).to_dict() == visitors


def test_parsed_fields_have_their_types(hit_page: dict[str, Any]) -> None:
    hit = HitList.from_dict(hit_page).hits[0]
    assert hit.entity is not UNSET and hit.entity.status is DataPointStatus.ACTIVE
    assert hit.entity.tags is not UNSET and hit.entity.tags[0].name == "campaign"
    assert hit.conversions is not UNSET and hit.conversions[0].cost == 1.5
    assert hit.browser is not UNSET and hit.browser.family_id == 1


def test_unknown_fields_are_kept_and_the_input_is_neither_changed_nor_shared() -> None:
    source = {"ip": "203.0.113.7", "newField": {"a": 1}, "another": [1]}
    hit = Hit.from_dict(source)
    assert hit.ip == "203.0.113.7"
    assert hit.additional_properties == {"newField": {"a": 1}, "another": [1]}
    assert source == {"ip": "203.0.113.7", "newField": {"a": 1}, "another": [1]}
    hit["added"] = 1
    assert "added" not in source


def test_without_unknown_fields_additional_properties_is_a_fresh_empty_dict() -> None:
    first, second = Hit.from_dict({"ip": "a"}), Hit.from_dict({"ip": "b"})
    assert first.additional_properties == {} and first.additional_properties is not second.additional_properties
    first["x"] = 1
    assert second.additional_properties == {}


def test_absent_optional_fields_are_unset_and_null_stays_none() -> None:
    page = HitList.from_dict({"hits": [], "lastKey": None})
    assert page.last_key is None and page.hits == []
    hit = Hit.from_dict({})
    assert hit.ip is UNSET and hit.browser is UNSET and hit.conversions is UNSET
    assert "browser" not in hit.to_dict()


def test_a_missing_required_field_raises_key_error_for_union_fall_through() -> None:
    with pytest.raises(KeyError):
        HitList.from_dict({"lastKey": "x"})


def test_a_non_object_is_refused_and_any_mapping_is_accepted() -> None:
    with pytest.raises(TypeError, match="Hit expects a JSON object, got list"):
        Hit.from_dict([("ip", "x")])  # type: ignore[arg-type]
    mapping = MappingProxyType({"ip": "x", "extra": 1})
    hit = Hit.from_dict(mapping)
    assert hit.ip == "x" and hit.additional_properties == {"extra": 1}


def test_unknown_enum_values_parse() -> None:
    hit = Hit.from_dict({"entity": {"status": "Archived"}})
    assert hit.entity is not UNSET and hit.entity.status == "Archived"
    assert isinstance(hit.entity.status, DataPointStatus)


def test_a_field_named_like_its_model_is_the_value_not_the_model() -> None:
    assert Count.from_dict({"count": 7}).count == 7


def test_a_map_of_strings_or_lists_keeps_each_value() -> None:
    source = {"username": "billy", "tags": ["a", "b"]}
    custom = CustomData.from_dict(source)
    assert custom.additional_properties == source and custom.additional_properties is not source


def test_clicky_numbers_stay_strings_with_number_accessors() -> None:
    item = VisitorsListItem.from_dict({"time": "1730224440", "latitude": "45.5"})
    assert item.time == "1730224440" and item.time_number == 1730224440 and item.latitude_number == 45.5


def test_equal_to_a_model_built_by_its_constructor() -> None:
    built = Hit(ip="x", type_="click")
    assert Hit.from_dict({"ip": "x", "type": "click"}) == built


# The JSON decode point


def load_json_module(monkeypatch: pytest.MonkeyPatch, *, with_orjson: bool) -> ModuleType:
    """A fresh copy of the generated _json module, with orjson importable or not."""
    if not with_orjson:
        monkeypatch.setitem(sys.modules, "orjson", None)  # makes `import orjson` raise ImportError
    path = REPO / CLICKMETER.generated / CLICKMETER.package / "_json.py"
    spec = importlib.util.spec_from_file_location("_json_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(params=[True, False], ids=["orjson", "stdlib"])
def decoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    if request.param:
        pytest.importorskip("orjson")
    yield load_json_module(monkeypatch, with_orjson=request.param)


def test_the_decoder_in_use_is_the_one_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_json_module(monkeypatch, with_orjson=False).loads.__name__ == "_standard_loads"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b'{"a": [1, 2.5, "x", null, true]}', {"a": [1, 2.5, "x", None, True]}),
        (b'{"a": 1, "a": 2}', {"a": 2}),
        ('{"word": "caf\u00e9"}'.encode("utf-16"), {"word": "caf\u00e9"}),  # not UTF-8: the stdlib reads it
        (b"[NaN]", None),  # orjson refuses NaN, the stdlib reads it as before
    ],
)
def test_both_decoders_read_what_the_standard_library_reads(decoder: ModuleType, body: bytes, expected: Any) -> None:
    decoded = decoder.loads(body)
    if expected is None:
        assert decoded[0] != decoded[0]  # NaN
    else:
        assert decoded == expected


def test_malformed_json_is_a_value_error_either_way(decoder: ModuleType) -> None:
    with pytest.raises(ValueError):
        decoder.loads(b'{"a": ')


def test_an_endpoint_decodes_through_the_runtime_module(hit_page: dict[str, Any]) -> None:
    from clickmeter_client import Client
    from clickmeter_client.api.hits import list_hits
    from clickmeter_client.models import HitsTimeframe

    body = json.dumps(hit_page).encode()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    client = Client(
        **CLICKMETER.client_arguments, base_url="http://clickmeter.test", httpx_args={"transport": transport}
    )
    page = list_hits.sync(client=client, timeframe=HitsTimeframe.LAST7)
    assert isinstance(page, HitList) and page.to_dict() == hit_page
    malformed = httpx.MockTransport(lambda request: httpx.Response(200, content=b'{"hits": ['))
    broken = Client(
        **CLICKMETER.client_arguments, base_url="http://clickmeter.test", httpx_args={"transport": malformed}
    )
    response = list_hits.sync_detailed(client=broken, timeframe=HitsTimeframe.LAST7)
    assert response.parsed is None and isinstance(response.parse_error, ValueError)
