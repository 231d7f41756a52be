"""openapi-python-client's parsed data is read through public accessors only, and an attribute an upgrade took
away fails the build naming the attribute and the installed version (no silent fallback that would render a
client without its `_number` accessors or with pagers yielding `Any`)."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import attrs
import pytest

from generator.client_build import client_config, parse_document
from generator.errors import ClientGenerationError
from generator.pipeline import build_effective_spec
from generator.sdk_context import SdkContext
from generator.upstream import AnyProperty, UpstreamChangedError
from tests.unit.test_golden_record import baseline_sources

UPSTREAM_VERSION = version("openapi-python-client")


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> tuple[SdkContext, Any]:
    sources = baseline_sources(tmp_path_factory.mktemp("baseline"))
    document = build_effective_spec(sources).document
    openapi = parse_document(document, sources, client_config(sources, sources.output))
    return SdkContext(document, "baseline"), openapi


def _endpoint(openapi: Any, operation_id: str) -> Any:
    return next(
        endpoint
        for collection in openapi.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
        if endpoint.name == operation_id
    )


def _model(openapi: Any, name: str) -> Any:
    return next(model for model in openapi.models if str(model.class_info.name) == name)


def test_the_accessors_work_on_the_pinned_version(baseline: tuple[SdkContext, Any]) -> None:
    sdk, openapi = baseline
    endpoint = _endpoint(openapi, "list_widgets")
    assert sdk.pagination(endpoint) is not None  # operation() found the path through get_untrusted_value()
    widget = _model(openapi, "Widget")
    weight = next(prop for prop in widget.required_properties + widget.optional_properties if prop.name == "weight")
    assert sdk.numeric_kind(widget, weight.name) == "int"
    item_type, _ = sdk.paging_item(endpoint, ["items"], openapi.models)
    assert item_type == "Widget"


def test_a_path_without_get_untrusted_value_fails_loudly(baseline: tuple[SdkContext, Any]) -> None:
    sdk, openapi = baseline
    endpoint = _endpoint(openapi, "list_widgets")
    with pytest.raises(UpstreamChangedError) as raised:
        sdk.retry_safe(SimpleNamespace(path=SimpleNamespace(), method=endpoint.method))
    message = str(raised.value)
    assert f"openapi-python-client {UPSTREAM_VERSION}" in message
    assert "has no attribute 'get_untrusted_value', which SdkContext.operation reads" in message


def test_a_schema_without_properties_fails_loudly_instead_of_dropping_number_accessors(
    baseline: tuple[SdkContext, Any],
) -> None:
    sdk, openapi = baseline
    widget = attrs.evolve(_model(openapi, "Widget"), data=SimpleNamespace())
    with pytest.raises(UpstreamChangedError) as raised:
        sdk.numeric_kind(widget, "weight")
    message = str(raised.value)
    assert f"openapi-python-client {UPSTREAM_VERSION}" in message
    assert "has no attribute 'properties', which SdkContext.numeric_kind (x-sdk-numeric) reads" in message


def test_a_model_without_optional_properties_fails_loudly_instead_of_paging_any(
    baseline: tuple[SdkContext, Any],
) -> None:
    sdk, openapi = baseline
    endpoint = _endpoint(openapi, "list_widgets")
    page = _model(openapi, "WidgetPage")
    renamed = SimpleNamespace(class_info=page.class_info, required_properties=page.required_properties)
    models = [renamed if model is page else model for model in openapi.models]
    with pytest.raises(UpstreamChangedError) as raised:
        sdk.paging_item(endpoint, ["items"], models)
    message = str(raised.value)
    assert f"openapi-python-client {UPSTREAM_VERSION}" in message
    assert "has no attribute 'optional_properties', which SdkContext.paging_item (x-sdk-pagination items)" in message


def test_the_generator_reads_no_private_upstream_attribute() -> None:
    """`_value` and getattr/hasattr defaults were the silent fallbacks; the seam reads public names only."""
    source = (Path(__file__).resolve().parents[2] / "generator" / "sdk_context.py").read_text(encoding="utf-8")
    for silent in ("getattr(", "hasattr(", "._value", '"_value"'):
        assert silent not in source, silent


def test_a_paging_items_path_that_names_nothing_fails_the_build(baseline: tuple[SdkContext, Any]) -> None:
    sdk, openapi = baseline
    endpoint = _endpoint(openapi, "list_widgets")
    with pytest.raises(ClientGenerationError, match=r"GET /widgets: items 'itemz' names nothing in its 2xx answers"):
        sdk.paging_item(endpoint, ["itemz"], openapi.models)


def test_an_untyped_answer_pages_untyped_items(baseline: tuple[SdkContext, Any]) -> None:
    sdk, openapi = baseline
    endpoint = _endpoint(openapi, "list_widgets")
    untyped = AnyProperty.build(
        name="answer", required=True, default=None, python_name=None, description=None, example=None
    )
    answer = SimpleNamespace(status_code=SimpleNamespace(range=(200, 200)), prop=untyped)
    untyped_endpoint = SimpleNamespace(
        method=endpoint.method, path=endpoint.path, responses=SimpleNamespace(patterns=[answer])
    )
    assert sdk.paging_item(untyped_endpoint, ["items"], openapi.models) == ("Any", [])
