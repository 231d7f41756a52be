"""The frame's strict/lenient hook: `x-stricter-than-vendor` (on a parameter or its schema) marks where the
vendor uses the default instead of rejecting; only those values are dropped, and only outside strict mode."""

from __future__ import annotations

from typing import Any

import pytest

from clickapis.yaml_files import load_yaml
from mockserver.responses import ApiError
from mockserver.spec import WireSpec
from mockserver.strictness import request_is_strict
from mockserver.validation import RawRequest, RequestValidator

SPEC = load_yaml("""
openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /stats:
    get:
      operationId: stats
      parameters:
        - {name: limit, in: query, x-stricter-than-vendor: falls back, schema: {type: integer, minimum: 1}}
        - {name: daily, in: query, schema: {$ref: "#/components/schemas/Flag"}}
        - {name: page, in: query, schema: {type: integer, minimum: 1}}
        - {name: must, in: query, required: true, x-stricter-than-vendor: falls back, schema: {type: integer}}
      responses:
        "200": {description: ok}
components:
  schemas:
    Flag: {x-stricter-than-vendor: falls back, type: integer, enum: [0, 1]}
""")
VALIDATOR = RequestValidator(WireSpec(SPEC).operations["stats"], WireSpec(SPEC), {}, False)


def validate(strict: bool, **query: str) -> dict[str, Any]:
    raw = RawRequest({}, {key: [value] for key, value in {"must": "1", **query}.items()}, {}, {}, None, b"")
    return VALIDATOR.validate(raw, strict=strict).query


@pytest.mark.parametrize(("name", "value"), [("limit", "0"), ("limit", "abc"), ("daily", "2")])
def test_a_marked_parameter_falls_back_by_default_and_is_rejected_in_strict_mode(name: str, value: str) -> None:
    assert name not in validate(False, **{name: value})  # absent: the handler uses the default
    with pytest.raises(ApiError) as raised:
        validate(True, **{name: value})
    assert raised.value.status == 400 and f"'{name}'" in raised.value.message


def test_valid_values_pass_in_both_modes() -> None:
    assert validate(False, limit="5", daily="1") == validate(True, limit="5", daily="1") == {
        "limit": 5, "daily": 1, "must": 1
    }  # fmt: skip


@pytest.mark.parametrize("query", [{"page": "0"}, {"must": "x"}])
def test_unmarked_and_required_parameters_are_rejected_in_both_modes(query: dict[str, str]) -> None:
    for strict in (False, True):
        with pytest.raises(ApiError):
            validate(strict, **query)


@pytest.mark.parametrize(
    ("header", "server", "expected"), [(None, False, False), (None, True, True), ("1", False, True), ("0", True, False)]
)
def test_the_header_overrides_the_server_mode(header: str | None, server: bool, expected: bool) -> None:
    assert request_is_strict(header, server) is expected


def test_a_malformed_header_is_refused() -> None:
    with pytest.raises(ApiError, match="X-Mock-Strict must be 0 or 1"):
        request_is_strict("true", False)
