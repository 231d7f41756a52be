"""How an API's answers carry errors: the vendor's message and error model, and errors inside successful answers.

ErrorShape serves APIs that report errors by HTTP status (ClickMeter, Clickport); BodyErrors serves an API that
also reports them inside HTTP 200 answers, in every output format it offers (Clicky). Each client's
`_settings.ERROR_SHAPE` says which one applies, so the request loop never looks at a vendor's shapes itself.
"""

import json
import re
from collections.abc import Callable, Mapping
from typing import Any
from xml.etree import ElementTree

import httpx

ErrorModelParser = Callable[[Mapping[str, Any]], Any]  # the vendor error model's from_dict


class ErrorShape:
    """Errors are answers with an error status; their JSON body may parse into the vendor's error model."""

    def __init__(self, model: ErrorModelParser | None = None) -> None:
        self._model = model

    def status(self, response: httpx.Response) -> int:
        """The status the answer stands for."""
        return response.status_code

    def body_error_status(self, response: httpx.Response) -> int | None:
        """The status an error reported inside a 2xx answer stands for, or None if there is no such error."""
        return None

    def message(self, body: Any, content: bytes) -> str | None:
        """The vendor's human message in an error answer (`body`: parsed JSON or text; `content`: the bytes)."""
        return vendor_message(body)

    def vendor_error(self, body: Any) -> Any:
        """The vendor's error model parsed from the body, or None when the body is not one."""
        if self._model is None or not isinstance(body, dict):
            return None
        try:
            return self._model(body)
        except (KeyError, TypeError, ValueError):
            return None


class BodyErrors(ErrorShape):
    """Errors are also reported inside 2xx answers; `statuses` maps their message to the status they mean."""

    def __init__(self, statuses: Mapping[str, int], default_status: int, model: ErrorModelParser | None = None) -> None:
        super().__init__(model)
        self.statuses = dict(statuses)
        self.default_status = default_status

    def status(self, response: httpx.Response) -> int:
        status = response.status_code
        if 200 <= status <= 299:
            return self.body_error_status(response) or status  # an error in a 2xx body retries like its status
        return status

    def body_error_status(self, response: httpx.Response) -> int | None:
        message = body_error_message(response.content)
        if message is None:
            return None
        return self.statuses.get(message, self.default_status)

    def message(self, body: Any, content: bytes) -> str | None:
        return vendor_message(body) or body_error_message(content)


def vendor_message(body: Any) -> str | None:
    """The human message of any of our vendors' error shapes."""
    if isinstance(body, list) and body and isinstance(body[0], dict):
        body = body[0]
    if not isinstance(body, dict):
        return None
    for key in ("message", "Message", "error", "detail"):
        if isinstance(body.get(key), str) and body[key]:
            return str(body[key])
    return None


# An error body starts like [{"error": ...; checking the start first spares a second parse of every answer.
_BODY_ERROR_START = re.compile(rb'\s*\[\s*\{\s*"error"\s*:')
# The same error in the other output formats: XML <response status="fail"><error>..., PHP serialize() of
# [["error" => ...]], CSV "error" then the message, JSONP callback([...]) or var name = [...];
_JSONP_ERROR = re.compile(
    rb'\s*(?:var\s+[\w$]+\s*=\s*|[\w$.]+\s*\()\s*(\[\s*\{\s*"error"\s*:.*\])\s*\)?\s*;?\s*$', re.DOTALL
)
_XML_ERROR_START = re.compile(rb'\s*(<\?xml[^>]*\?>\s*)?<response\s+status="fail"')
_PHP_ERROR = re.compile(rb'\s*a:1:\{i:0;a:1:\{s:5:"error";s:\d+:"(.*)";\}\}\s*$', re.DOTALL)
_CSV_ERROR = re.compile(rb'\s*"?error"?\r?\n"?(.*?)"?\s*$', re.DOTALL)


def body_error_message(content: bytes) -> str | None:
    """The message of an error reported in a body of any output format (JSON, JSONP, XML, PHP, CSV), or None."""
    if _BODY_ERROR_START.match(content):
        try:
            return vendor_message(json.loads(content))
        except ValueError:
            return None
    jsonp = _JSONP_ERROR.match(content)
    if jsonp:
        try:
            return vendor_message(json.loads(jsonp.group(1)))
        except ValueError:
            return None
    if _XML_ERROR_START.match(content):
        try:
            return ElementTree.fromstring(content).findtext("error")
        except ElementTree.ParseError:
            return None
    match = _PHP_ERROR.match(content) or _CSV_ERROR.match(content)
    return match.group(1).decode(errors="replace") if match else None
