"""Schemathesis hooks for an API that reports errors in the body of an HTTP 200 answer (Clicky).

Clicky answers a failed request with HTTP 200 and `[{"error": "<message>"}]` (the spec's root description
and `ErrorItem`). The effective spec says what each message means: `x-sdk.body_errors` maps messages to the
HTTP status they stand for (`Invalid sitekey.` -> 401, anything else -> `default_status` 400). Without
this, three checks misread the API, and these hooks set each right without disabling any check:

- `negative_data_rejection` sees 200 for invalid data. Its finding is dropped only when the answer is such
  an error standing for a 4xx status.
- `ignored_auth` sees 200 for a request without credentials. Its finding is dropped only after probing the
  operation again, once without credentials and once with each credential wrong, and seeing every probe
  refused with an error standing for 401 or 403. An API that served data without credentials still fails.
- `positive_data_acceptance` sees 200 when valid data is refused in the body, so it would never fail.
  The added check `in_band_positive_data_acceptance` fails such answers as the built-in check fails a 4xx.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from xml.etree import ElementTree

import httpx
import schemathesis
from schemathesis.core.failures import AcceptedNegativeData
from schemathesis.generation.modes import GenerationMode
from schemathesis.openapi.checks import IgnoredAuth, RejectedPositiveData

AUTH_STATUSES = {401, 403}
# What `positive_data_acceptance` accepts besides 2xx/3xx (its default `expected-statuses`).
ACCEPTABLE_REFUSALS_OF_VALID_DATA = {401, 403, 404, 409, 429}
PROBE_TIMEOUT_SECONDS = 10.0

# (server, operation) -> whether probes saw credentials refused in the body; enforcement is a property of
# the operation, so one confirmation per run is enough (the built-in check reasons the same way).
_refusal_confirmed: dict[tuple[str, str], bool] = {}


def in_band_status(spec: dict[str, Any], body: Any) -> int | None:
    """The HTTP status an in-body error stands for, or None when the body is no such error."""
    body_errors = spec.get("x-sdk", {}).get("body_errors")
    if not body_errors or not (isinstance(body, list) and len(body) == 1 and isinstance(body[0], dict)):
        return None
    message = body[0].get("error")
    if not isinstance(message, str):
        return None
    return int(body_errors.get("statuses", {}).get(message, body_errors["default_status"]))


@schemathesis.hook
def filter_failure(context: Any, failure: Any, case: Any, response: Any) -> bool:
    spec = case.operation.schema.raw_schema
    if isinstance(failure, AcceptedNegativeData):
        status = _answer_status(spec, response.status_code, _json(response.content))
        return status is None or not 400 <= status < 500
    if isinstance(failure, IgnoredAuth):
        return not _credentials_refused_in_body(spec, case, response.request)
    return True


@schemathesis.check
def in_band_positive_data_acceptance(ctx: Any, response: Any, case: Any) -> bool | None:
    if case.meta is None or case.meta.generation.mode != GenerationMode.POSITIVE:
        return None
    status = _answer_status(case.operation.schema.raw_schema, response.status_code, _json(response.content))
    if status is None or status in ACCEPTABLE_REFUSALS_OF_VALID_DATA:
        return None
    raise RejectedPositiveData(
        operation=case.operation.label,
        message=f"Valid data was refused in the answer's body (stands for HTTP {status}): {response.text[:300]}",
        status_code=status,
        allowed_statuses=["2xx", "3xx", *map(str, sorted(ACCEPTABLE_REFUSALS_OF_VALID_DATA))],
    )


def _answer_status(spec: dict[str, Any], status_code: int, body: Any) -> int | None:
    return in_band_status(spec, body) if status_code == 200 else None


def _json(content: bytes) -> Any:
    """The answer as JSON would carry it: an error in XML, PHP or CSV (each `output` format) is read as the
    `[{"error": message}]` it stands for, so one rule judges every format."""
    try:
        return httpx.Response(200, content=content).json()
    except ValueError:
        pass
    message = _error_in_other_format(content.decode(errors="replace"))
    return [{"error": message}] if message is not None else None


_PHP_ERROR = re.compile(r'^a:1:\{i:0;a:1:\{s:5:"error";s:\d+:"(.*)";\}\}$', re.DOTALL)


# JSONP, as `json_callback` (`name(...)`) or `json_var` (`var name = ...;`) wraps a JSON answer.
_JSONP = re.compile(r"^(?:[A-Za-z0-9_.]+\((.*)\)|var [A-Za-z0-9_.]+ = (.*);)$", re.DOTALL)


def _error_in_other_format(text: str) -> str | None:
    stripped = text.strip()
    jsonp = _JSONP.match(stripped)
    if jsonp:
        try:
            wrapped = httpx.Response(200, content=(jsonp.group(1) or jsonp.group(2)).encode()).json()
        except ValueError:
            return None
        is_error = isinstance(wrapped, list) and len(wrapped) == 1 and isinstance(wrapped[0], dict)
        message = wrapped[0].get("error") if is_error else None
        return message if isinstance(message, str) else None
    if stripped.startswith("<"):
        try:
            root = ElementTree.fromstring(stripped)
        except ElementTree.ParseError:
            return None
        return root.findtext("error") if root.get("status") == "fail" else None
    php = _PHP_ERROR.match(stripped)
    if php:
        return php.group(1)
    rows = list(csv.reader(io.StringIO(stripped)))
    return rows[1][0] if len(rows) == 2 and rows[0] == ["error"] and rows[1] else None


def _credentials_refused_in_body(spec: dict[str, Any], case: Any, request: Any) -> bool:
    credentials = _credential_locations(spec)
    if not spec.get("x-sdk", {}).get("body_errors") or not credentials:
        return False
    key = (urlsplit(request.url).netloc, case.operation.label)
    if key not in _refusal_confirmed:
        probes = [_rebuilt(request, dict.fromkeys(credentials), credentials)] + [
            _rebuilt(request, {name: _wrong}, {name: location}) for name, location in credentials.items()
        ]
        with httpx.Client(timeout=PROBE_TIMEOUT_SECONDS) as client:
            answers = [client.send(probe) for probe in probes]
        _refusal_confirmed[key] = all(
            _answer_status(spec, answer.status_code, _json(answer.content)) in AUTH_STATUSES for answer in answers
        )
    return _refusal_confirmed[key]


def _credential_locations(spec: dict[str, Any]) -> dict[str, str]:
    """{parameter name: "query" | "header"} of every apiKey security scheme."""
    schemes = spec.get("components", {}).get("securitySchemes", {}).values()
    return {scheme["name"]: scheme["in"] for scheme in schemes if scheme.get("type") == "apiKey"}


def _wrong(value: str) -> str:
    """Same length and alphabet, every character changed: `101` -> `212`, `5a7e` -> `6b8f`."""
    return "".join(
        str((int(char) + 1) % 10) if char.isdigit() else chr(ord(char) + 1) if char.isalpha() else char
        for char in value
    )


def _rebuilt(request: Any, changes: dict[str, Any], locations: dict[str, str]) -> httpx.Request:
    """The original request with each named credential dropped (None) or rewritten (a function)."""
    scheme, netloc, path, query, fragment = urlsplit(request.url)
    pairs = parse_qsl(query, keep_blank_values=True)
    headers = {key: value for key, value in request.headers.items() if key.lower() != "content-length"}
    for name, change in changes.items():
        if locations[name] == "query":
            kept = [(key, value) for key, value in pairs if key != name]
            pairs = kept + ([(key, change(value)) for key, value in pairs if key == name] if change else [])
        else:
            current = next((value for key, value in headers.items() if key.lower() == name.lower()), None)
            headers = {key: value for key, value in headers.items() if key.lower() != name.lower()}
            if change is not None and current is not None:
                headers[name] = change(current)
    url = urlunsplit((scheme, netloc, path, urlencode(pairs), fragment))
    return httpx.Request(request.method, url, headers=headers, content=request.body)
