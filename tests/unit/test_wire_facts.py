"""Overlays must not change wire facts; the SDK's own choices travel as x-sdk-* extensions."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
import yaml

from clickapis.yaml_files import read_yaml
from generator.apis import client_sources
from generator.overlay import OverlayError, apply_overlay
from generator.pipeline import build_effective_spec
from generator.wire_facts import check_overlay_keeps_wire_facts
from generator.yaml_source import load_yaml_document

REPO = Path(__file__).resolve().parents[2]

SPEC = """\
openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /things:
    get:
      operationId: listThings
      parameters:
        - name: output
          in: query
          required: false
          schema:
            type: string
            enum: [xml, json]
            default: xml
      responses:
        "200":
          description: ok
components:
  schemas:
    Thing:
      type: object
      required: [id]
      properties:
        id: {type: string}
        required: {type: boolean}
"""


def check(tmp_path: Path, update: dict[str, object], target: str) -> None:
    spec_file, overlay_file = tmp_path / "openapi.yaml", tmp_path / "api.overlay.yaml"
    spec_file.write_text(SPEC, encoding="utf-8")
    overlay = {"overlay": "1.1.0", "info": {"title": "o", "version": "1"}, "actions": [
        {"target": "$.info", "update": {"x-sdk": {"env_prefix": "T"}}},
        {"target": target, "update": update},
    ]}  # fmt: skip
    overlay_file.write_text(yaml.safe_dump(overlay, sort_keys=False), encoding="utf-8")
    spec, loaded = load_yaml_document(spec_file), load_yaml_document(overlay_file)
    check_overlay_keeps_wire_facts(spec, loaded, apply_overlay(spec.data, loaded).document)


OUTPUT_SCHEMA = "$.paths['/things'].get.parameters[0].schema"


@pytest.mark.parametrize(
    ("target", "update", "pointer", "change"),
    [
        (OUTPUT_SCHEMA, {"default": "json"}, "/parameters/0/schema/default", "'xml' -> 'json'"),
        (OUTPUT_SCHEMA, {"enum": ["csv"]}, "/parameters/0/schema/enum", "['xml', 'json'] -> ['xml', 'json', 'csv']"),
        ("$.paths['/things'].get.parameters[0]", {"required": True}, "/parameters/0/required", "False -> True"),
        ("$.components.schemas.Thing.properties.id", {"type": "integer"}, "/id/type", "'string' -> 'integer'"),
        ("$.components.schemas.Thing", {"required": ["name"]}, "/Thing/required", "['id'] -> ['id', 'name']"),
        (OUTPUT_SCHEMA, {"pattern": "^x"}, "/parameters/0/schema/pattern", "(absent) -> '^x'"),
    ],
)  # fmt: skip
def test_an_overlay_that_changes_a_wire_fact_is_refused_naming_action_line_and_pointer(
    tmp_path: Path, target: str, update: dict[str, object], pointer: str, change: str
) -> None:
    with pytest.raises(OverlayError) as raised:
        check(tmp_path, update, target)
    message = str(raised.value)
    assert "api.overlay.yaml:" in message and "(/actions/1)" in message  # the action, with its line
    assert "openapi.yaml:" in message and pointer in message and change in message
    assert "(/actions/0)" not in message  # the harmless x-sdk action is not blamed


def test_extensions_descriptions_and_a_property_named_required_are_not_wire_facts(tmp_path: Path) -> None:
    check(tmp_path, {"x-sdk-default": "json", "description": "The format."}, OUTPUT_SCHEMA)
    check(tmp_path, {"x-sdk-numeric": "int"}, "$.components.schemas.Thing.properties.required")


def test_clicky_keeps_the_wire_default_xml_and_the_python_client_asks_for_json() -> None:
    effective = build_effective_spec(client_sources("clicky", REPO)).document
    (output,) = (p for p in effective["paths"]["/api/stats/4"]["get"]["parameters"] if p["name"] == "output")
    assert output["schema"]["default"] == "xml"  # seed 002_c5a5c4d2aea5df3c.txt line 86: "Default value: xml"
    assert output["schema"]["x-sdk-default"] == "json"
    from clicky_client.api.stats import get_stats
    from clicky_client.models import GetStatsOutput

    assert inspect.signature(get_stats.sync).parameters["output"].default == GetStatsOutput.JSON


def test_the_published_effective_spec_keeps_the_wire_default() -> None:
    published = read_yaml(REPO / "generated" / "clicky" / "openapi.yaml")
    (output,) = (p for p in published["paths"]["/api/stats/4"]["get"]["parameters"] if p["name"] == "output")
    assert output["schema"]["default"] == "xml"
