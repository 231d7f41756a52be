"""Turning a computed result (or an error message) into Clicky's answer: output format, JSONP, empty fields.

Clicky reports errors with HTTP 200 and `[{"error": "..."}]` in the requested format.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any, cast

from mockserver.apis.clicky.formats import MEDIA_TYPES, OutputFormat, StatsResult, encode_error, encode_result
from mockserver.responses import MockResponse

CORS = {"Access-Control-Allow-Origin": "*"}
JAVASCRIPT = "text/javascript"
DEFAULT_OUTPUT: OutputFormat = "xml"

NO_TYPE = "You must specify a type."
INVALID_SITEKEY = "Invalid sitekey."
INVALID_SITE_ID = "Invalid site_id."
TOO_MANY_REQUESTS = "Too many simultaneous requests for this site."


def finish_item(item: Mapping[str, Any], null_values: bool) -> dict[str, Any]:
    """Leave out empty scalar fields unless `null_values=1` (then they travel as ""); empty groups always go."""
    finished: dict[str, Any] = {}
    for key, value in item.items():
        if isinstance(value, Mapping):
            inner = finish_item(value, null_values)
            if inner:
                finished[key] = inner
        elif isinstance(value, list):
            if value:
                finished[key] = [finish_item(v, null_values) if isinstance(v, Mapping) else v for v in value]
        elif value or null_values:
            finished[key] = value
    return finished


def output_of(query: Mapping[str, Any]) -> OutputFormat:
    """The requested format; anything the vendor does not know means the default, xml."""
    output = query.get("output", DEFAULT_OUTPUT)
    return cast(OutputFormat, output) if output in MEDIA_TYPES else DEFAULT_OUTPUT


# The spec's JavaScriptName. Checked here again because errors are rendered from the raw query: a rejected
# `json_callback=alert(document.domain)//` must never become the code of the answer.
_JAVASCRIPT_NAME = re.compile(r"[A-Za-z0-9_.]+")


def _javascript_name(query: Mapping[str, Any], parameter: str) -> str | None:
    name = query.get(parameter)
    return name if isinstance(name, str) and _JAVASCRIPT_NAME.fullmatch(name) else None


def _javascript(json_text: str, query: Mapping[str, Any]) -> str | None:
    """`json_callback` wraps the answer in a call, `json_var` assigns it (the callback wins if both); a name
    that is not a JavaScript name is never used (the answer is then plain JSON)."""
    callback = _javascript_name(query, "json_callback")
    if callback:
        return f"{callback}({json_text})"
    variable = _javascript_name(query, "json_var")
    if variable:
        return f"var {variable} = {json_text};"
    return None


def _respond(output: OutputFormat, text: str, query: Mapping[str, Any]) -> MockResponse:
    if output == "json":
        wrapped = _javascript(text, query)
        if wrapped is not None:
            return MockResponse(content=wrapped.encode(), media_type=JAVASCRIPT, headers=CORS)
        # Handing the frame a JSON body (not bytes) lets its response check validate it against the spec.
        return MockResponse(body=json.loads(text), headers=CORS)
    return MockResponse(content=text.encode(), media_type=MEDIA_TYPES[output], headers=CORS)


def result_response(query: Mapping[str, Any], result: StatsResult, daily_tallies: bool) -> MockResponse:
    output = output_of(query)
    return _respond(output, encode_result(output, result, daily_tallies=daily_tallies), query)


def error_response(query: Mapping[str, Any], message: str, status: int = 200) -> MockResponse:
    """The error in the requested format: HTTP 200 as Clicky answers, or `status` for the frame's limits."""
    output = output_of(query)
    answer = _respond(output, encode_error(output, message), query)
    return answer if status == 200 else replace(answer, status=status)


def finished_groups(
    groups: Sequence[tuple[str, Sequence[Mapping[str, Any]]]], null_values: bool
) -> list[tuple[str, list[dict[str, Any]]]]:
    return [(label, [finish_item(item, null_values) for item in items]) for label, items in groups]
