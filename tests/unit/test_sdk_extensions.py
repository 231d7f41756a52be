"""Every x-sdk* extension is checked against generator/schemas/x-sdk.schema.yaml in the pipeline, and a bad one
is reported at the overlay (or spec) line that wrote it, with its JSON pointer in the effective spec."""

from __future__ import annotations

import os
import re
from pathlib import Path

import jsonschema
import pytest

from generator.apis import API_NAMES, ClientSources, client_sources
from generator.errors import SdkExtensionError
from generator.pipeline import build_effective_spec
from generator.sdk_extensions import extension_names, extension_schema, extension_table, sdk_extension_problems

REPO = Path(__file__).resolve().parents[2]
ARCHITECTURE = REPO / "ARCHITECTURE.md"
TABLE = re.compile(r"(<!-- x-sdk table: [^\n]*-->\n)(.*?)(<!-- end of x-sdk table -->)", re.S)

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
          schema:
            type: string
            enum: [xml, json]
            default: xml
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
  schemas:
    Thing:
      type: object
      properties:
        count: {type: string}
"""

# (extension, overlay actions, expected text). Each overlay's actions start on line 4 (the first `- target`).
CASES = [
    (
        "x-sdk",
        "  - target: $\n    description: d\n    update:\n      x-sdk:\n        env_prefix: lower\n",
        'overlay.yaml:8 (/actions/0/update/x-sdk/env_prefix): /x-sdk/env_prefix: "lower" does not match',
    ),
    (
        "x-sdk",
        "  - target: $\n    description: d\n    update:\n      x-sdk: {error_model: Missing}\n",
        "overlay.yaml:7 (/actions/0/update/x-sdk/error_model): /x-sdk/error_model: 'Missing' is not a schema",
    ),
    (
        "x-sdk-env",
        "  - target: $.components.securitySchemes.key\n    description: d\n    update:\n      x-sdk-env: 3\n",
        "overlay.yaml:7 (/actions/0/update/x-sdk-env): /components/securitySchemes/key/x-sdk-env: 3 is not of type",
    ),
    (
        "x-sdk-param",
        "  - target: $.components.securitySchemes.key\n    description: d\n    update:\n      x-sdk-param: Api-Key\n",
        "overlay.yaml:7 (/actions/0/update/x-sdk-param): /components/securitySchemes/key/x-sdk-param: "
        '"Api-Key" does not match',
    ),
    (
        "x-sdk-secret",
        "  - target: $.components.securitySchemes.key\n    description: d\n    update:\n      x-sdk-secret: 'no'\n",
        "overlay.yaml:7 (/actions/0/update/x-sdk-secret): /components/securitySchemes/key/x-sdk-secret: "
        '"no" is not of type "boolean"',
    ),
    (
        "x-sdk-idempotent",
        "  - target: $.paths['/things'].get\n    description: d\n    update:\n      x-sdk-idempotent: yes please\n",
        "overlay.yaml:7 (/actions/0/update/x-sdk-idempotent): /paths/~1things/get/x-sdk-idempotent: "
        '"yes please" is not of type "boolean"',
    ),
    (
        "x-sdk-pagination",
        "  - target: $.paths['/things'].get\n    description: d\n    update:\n"
        "      x-sdk-pagination: {style: cursor, position: offset, items: things}\n",
        "overlay.yaml:7 (/actions/0/update/x-sdk-pagination): /paths/~1things/get/x-sdk-pagination: "
        '"next_cursor" is a required property',
    ),
    (
        "x-sdk-pagination",
        "  - target: $.paths['/things']\n    description: d\n    update:\n"
        "      x-sdk-pagination: {style: offset, position: offset, items: things}\n",
        "overlay.yaml:7 (/actions/0/update/x-sdk-pagination): /paths/~1things/x-sdk-pagination: "
        "x-sdk-pagination belongs on an operation, not on this node",
    ),
    (
        "x-sdk-pacing",
        "  - target: $.paths['/things'].get\n    description: d\n    update:\n      x-sdk-pacing: events\n",
        "overlay.yaml:7 (/actions/0/update/x-sdk-pacing): /paths/~1things/get/x-sdk-pacing: "
        "'events' is not a pacing policy of the root x-sdk.pacing (defined: none)",
    ),
    (
        "x-sdk-name",
        "  - target: $.paths['/things'].get\n    description: d\n    update:\n      x-sdk-name: List\n",
        'overlay.yaml:7 (/actions/0/update/x-sdk-name): /paths/~1things/get/x-sdk-name: "List" does not match',
    ),
    (
        "x-sdk-numeric",
        "  - target: $.components.schemas.Thing.properties.count\n    description: d\n    update:\n"
        "      x-sdk-numeric: decimal\n",
        "overlay.yaml:7 (/actions/0/update/x-sdk-numeric): /components/schemas/Thing/properties/count/x-sdk-numeric: "
        '"decimal" is not one of',
    ),
    (
        "x-sdk-default",
        "  - target: $.paths['/things'].get.parameters[0].schema\n    description: d\n    update:\n"
        "      x-sdk-default: yaml\n",
        "overlay.yaml:7 (/actions/0/update/x-sdk-default): /paths/~1things/get/parameters/0/schema/x-sdk-default: "
        'not valid for its schema: "yaml" is not one of',
    ),
    (
        "x-sdk-closed-enum",
        "  - target: $.components.schemas.Thing\n    description: d\n    update:\n      x-sdk-closed-enum: 1\n",
        "overlay.yaml:7 (/actions/0/update/x-sdk-closed-enum): /components/schemas/Thing/x-sdk-closed-enum: "
        '1 is not of type "boolean"',
    ),
    (
        "x-sdk.pacing.<name>",
        "  - target: $\n    description: d\n    update:\n      x-sdk:\n        pacing:\n"
        "          site: {max_in_flight: 0, why: w}\n",
        "overlay.yaml:9 (/actions/0/update/x-sdk/pacing/site/max_in_flight): /x-sdk/pacing/site/max_in_flight: "
        "0 is less than the minimum of 1",
    ),
    (
        "unknown",
        "  - target: $.paths['/things'].get\n    description: d\n    update:\n      x-sdk-paging: {style: offset}\n",
        "overlay.yaml:7 (/actions/0/update/x-sdk-paging): /paths/~1things/get/x-sdk-paging: "
        "unknown extension 'x-sdk-paging'",
    ),
]


def _sources(tmp_path: Path, actions: str | None) -> ClientSources:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    overlay = None
    if actions is not None:
        overlay = tmp_path / "overlay.yaml"
        overlay.write_text(f"overlay: 1.1.0\ninfo: {{title: o, version: '1'}}\nactions:\n{actions}", encoding="utf-8")
    return ClientSources(api="t", spec=spec, overlay=overlay, config=tmp_path / "c.yaml", output=tmp_path / "out")


@pytest.mark.parametrize(("extension", "actions", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_a_bad_extension_is_reported_at_its_overlay_line(
    tmp_path: Path, extension: str, actions: str, expected: str
) -> None:
    with pytest.raises(SdkExtensionError) as raised:
        build_effective_spec(_sources(tmp_path, actions))
    message = str(raised.value)
    assert expected in message, message
    assert "openapi.yaml with overlay.yaml applied" in message


def test_every_extension_has_a_failing_case() -> None:
    covered = {case[0] for case in CASES}
    assert set(extension_names()) | {"x-sdk.pacing.<name>", "unknown"} == covered


def test_an_extension_written_in_the_spec_is_reported_at_the_spec_line(tmp_path: Path) -> None:
    sources = _sources(tmp_path, None)
    marked = SPEC.replace("      operationId: listThings\n", "      operationId: listThings\n      x-sdk-pacing: 7\n")
    sources.spec.write_text(marked, encoding="utf-8")
    with pytest.raises(SdkExtensionError, match=r"openapi\.yaml:7 \(/paths/~1things/get/x-sdk-pacing\): "):
        build_effective_spec(sources)


def test_the_pointer_names_the_bad_member_inside_an_extension(tmp_path: Path) -> None:
    actions = (
        "  - target: $\n    description: d\n    update:\n      x-sdk:\n        body_errors:\n"
        "          default_status: 400\n          statuses: {Bad key.: 200}\n"
    )
    with pytest.raises(SdkExtensionError) as raised:
        build_effective_spec(_sources(tmp_path, actions))
    assert "overlay.yaml:10 (/actions/0/update/x-sdk/body_errors/statuses/Bad key.): " in str(raised.value)
    assert "/x-sdk/body_errors/statuses/Bad key.: 200 is less than the minimum of 400" in str(raised.value)


def test_a_later_action_that_breaks_an_extension_is_the_one_named(tmp_path: Path) -> None:
    actions = (
        "  - target: $.paths['/things'].get\n    description: d\n    update:\n"
        "      x-sdk-pagination: {style: offset, position: offset, items: things}\n"
        "  - target: $.paths['/things'].get['x-sdk-pagination']\n    description: d\n    update:\n"
        "      default_size: 0\n"
    )
    with pytest.raises(SdkExtensionError, match=r"overlay\.yaml:11 \(/actions/1/update/default_size\): "):
        build_effective_spec(_sources(tmp_path, actions))


@pytest.mark.parametrize("api", API_NAMES)
def test_the_overlays_of_our_apis_pass(api: str) -> None:
    build_effective_spec(client_sources(api, REPO))  # raises on any problem


def test_the_examples_in_the_schema_are_valid() -> None:
    definitions = extension_schema()["$defs"]
    for name, definition in definitions.items():
        for example in definition.get("examples", []):
            validator = jsonschema.Draft202012Validator({**extension_schema(), "$ref": f"#/$defs/{name}"})
            assert not list(validator.iter_errors(example)), (name, example)


def test_the_schema_is_a_valid_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(extension_schema())


def test_extensions_inside_examples_are_data_not_settings() -> None:
    document = {"paths": {}, "components": {"schemas": {"T": {"type": "object", "example": {"x-sdk-paging": 1}}}}}
    assert list(sdk_extension_problems(document)) == []


def test_architecture_md_documents_exactly_the_schema() -> None:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    match = TABLE.search(text)
    assert match, "ARCHITECTURE.md lost its x-sdk table markers"
    if os.environ.get("UPDATE_DOCS") == "1":
        ARCHITECTURE.write_text(text[: match.start(2)] + extension_table() + text[match.end(2) :], encoding="utf-8")
        return
    assert match.group(2) == extension_table(), "refresh with UPDATE_DOCS=1 pytest tests/unit/test_sdk_extensions.py"


@pytest.mark.parametrize(
    ("paging", "expected"),
    [
        (
            "{style: offset, position: ofset, size: limit, items: things}",
            "/paths/~1things/get/x-sdk-pagination/position: 'ofset' is not a query parameter of this operation",
        ),
        (
            "{style: offset, position: output, size: limit, items: things}",
            "/paths/~1things/get/x-sdk-pagination/size: 'limit' is not a query parameter of this operation",
        ),
        (
            "{style: offset, position: offset, items: things, in_body: true}",
            "/paths/~1things/get/x-sdk-pagination/position: 'offset' is not a request body property of this operation",
        ),
    ],
)
def test_a_pager_must_name_what_the_operation_takes(tmp_path: Path, paging: str, expected: str) -> None:
    actions = f"  - target: $.paths['/things'].get\n    description: d\n    update:\n      x-sdk-pagination: {paging}\n"
    with pytest.raises(SdkExtensionError) as raised:
        build_effective_spec(_sources(tmp_path, actions))
    field = expected.split("x-sdk-pagination/")[1].split(":")[0]
    assert f"overlay.yaml:7 (/actions/0/update/x-sdk-pagination/{field}): {expected}" in str(raised.value)


def test_a_pacing_scope_must_be_a_credential(tmp_path: Path) -> None:
    actions = (
        "  - target: $\n    description: d\n    update:\n      x-sdk:\n        pacing:\n"
        "          site: {max_in_flight: 1, scope: site_id, why: w}\n"
    )
    with pytest.raises(SdkExtensionError) as raised:
        build_effective_spec(_sources(tmp_path, actions))
    assert (
        "overlay.yaml:9 (/actions/0/update/x-sdk/pacing/site/scope): /x-sdk/pacing/site/scope: "
        "'site_id' is not a credential of the Client (api_key)"
    ) in str(raised.value)
