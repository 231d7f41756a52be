"""Schemathesis hooks: keep positive test data inside the rules the specs state in prose.

JSON Schema cannot say "the end date comes after the start date", "an IANA time zone", "meta_values
pairs with meta_keys", "`custom` needs `fromDay` and `toDay`" or "these filters exclude each other". A
schema-valid request can break such a rule; the mock then answers 400 with a message
naming the rule, as the vendor does, and `positive_data_acceptance` would blame it for rejecting valid data.
So these hooks rewrite only *positive* cases, and only the fields such a rule covers, into the valid domain.
Negative cases stay untouched, the check stays enabled for every operation, and any other 400 on valid data
still fails. `contract.hooks`, named by `schemathesis.toml`, loads this module.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import urllib.parse
import zlib
import zoneinfo
from typing import Any

import schemathesis
from schemathesis.generation.modes import GenerationMode

# (method, path) -> where the operation carries a day range and a time zone; the specs' own words:
# "end_date ... exclusive" / "`end` is exclusive" and "IANA time zone".
_QUERY_DAY_RANGES = {("GET", "/api/goals"), ("GET", "/api/pages")}
_QUERY_TIME_ZONES = {("GET", "/api/goals")}
_BODY_DAY_RANGES = {("POST", "/api/query")}
_BODY_TIME_ZONES = {("POST", "/api/query"), ("POST", "/api/event")}
_PAIRED_LISTS = {("POST", "/api/event"): ("meta_keys", "meta_values")}
# Clicky: `type` is "required with every request except one that carries `alert_id`".
_TYPE_OR_ALERT = {("GET", "/api/stats/4")}

# ClickMeter, in its spec's words: `Day` is "a calendar day"; `fromDay` is "not after `toDay`"; "`custom` needs
# `fromDay` and `toDay`; `hourly=true` only goes with `today` and `yesterday`"; group, datapoint and conversion
# filters "exclude each other"; a hits `offset` is "the `lastKey` of the previous page" (a generated case has
# none). Datapoint bodies: "a new one names its `type`; a TrackingLink has `typeTL.url`, an absolute http(s)
# URL; `status` can only be set to Active or Paused". Domain bodies: "a new domain needs its `name`", "`type`
# is Personal (when omitted) or Dedicated". A conversion patch: "`replace` needs" `ReplaceId`.
CLICKMETER = "ClickMeter API"
_DAYS = ("fromDay", "toDay", "createdAfter", "createdBefore")
_HOURLY_FRAMES = ("today", "yesterday")
_ENTITY_FILTERS = ("group", "datapoint", "conversion")
_DATAPOINT_CREATES = {("POST", "/datapoints"), ("POST", "/groups/{id}/datapoints")}
_DATAPOINT_UPDATES = {("POST", "/datapoints/{id}")}
_DOMAIN_BODIES = {("POST", "/domains"), ("POST", "/domains/{id}")}
_CONVERSION_PATCHES = {("PUT", "/conversions/{conversionId}/datapoints/patch")}
_SETTABLE_STATUS = ("Active", "Paused")
_OWN_DOMAIN_TYPES = ("Personal", "Dedicated")
_DEFAULT_DAY = "20260301"


@schemathesis.hook
def map_case(context: Any, case: Any) -> Any:
    if case.meta is None or case.meta.generation.mode != GenerationMode.POSITIVE:
        return case
    return _follow_rules(case)


@schemathesis.hook
def before_add_examples(context: Any, examples: list[Any]) -> None:
    """The Examples phase builds its cases from the spec's examples without `map_case`; they are positive too."""
    for case in examples:
        _follow_rules(case)


def _follow_rules(case: Any) -> Any:
    key = (case.operation.method.upper(), case.operation.path)
    if case.operation.schema.raw_schema.get("info", {}).get("title") == CLICKMETER:
        _clickmeter_case(key, case)
        return case
    if key in _QUERY_DAY_RANGES and isinstance(case.query, dict):
        _order_days(case.query, "start_date", "end_date")
    if key in _QUERY_TIME_ZONES and isinstance(case.query, dict):
        _known_zone(case.query, "timezone")
    if key in _TYPE_OR_ALERT:
        case.query = case.query if isinstance(case.query, dict) else {}
        if not case.query.get("type") and "alert_id" not in case.query:
            case.query["type"] = ["visitors"]
    if isinstance(case.body, dict):
        if key in _BODY_DAY_RANGES and isinstance(case.body.get("date_range"), dict):
            _order_days(case.body["date_range"], "start", "end")
        if key in _BODY_TIME_ZONES:
            _known_zone(case.body, "timezone")
        if key in _PAIRED_LISTS:
            _pair_lists(case.body, *_PAIRED_LISTS[key])
    return case


def _order_days(container: dict[str, Any], start_key: str, end_key: str) -> None:
    """Make `end` (exclusive) fall after `start`: swap a reversed range, widen an empty one by a day."""
    start, end = _day(container.get(start_key)), _day(container.get(end_key))
    if start is None or end is None or end > start:
        return
    if end < start:
        start, end = end, start
    elif end < datetime.date.max:
        end += datetime.timedelta(days=1)
    else:
        start -= datetime.timedelta(days=1)
    container[start_key], container[end_key] = start.isoformat(), end.isoformat()


def _day(value: Any) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _known_zone(container: dict[str, Any], key: str) -> None:
    """Replace an unknown zone name by a real one picked from the generated text (so zones still vary)."""
    value = container.get(key)
    if not isinstance(value, str) or value in _zone_names():
        return
    names = _zone_names()
    container[key] = names[zlib.crc32(value.encode("utf-8", "surrogatepass")) % len(names)]


@functools.cache
def _zone_names() -> tuple[str, ...]:
    return tuple(sorted(zoneinfo.available_timezones()))


def _pair_lists(body: dict[str, Any], keys_field: str, values_field: str) -> None:
    """Cut the longer of two lists that pair up item by item to the length of the shorter."""
    keys, values = body.get(keys_field), body.get(values_field)
    if keys is None and values is None:
        return
    keys, values = list(keys or []), list(values or [])
    length = min(len(keys), len(values))
    body[keys_field], body[values_field] = keys[:length], values[:length]


def _clickmeter_case(key: tuple[str, str], case: Any) -> None:
    if isinstance(case.query, dict):
        _clickmeter_query(case.query, hits=key[1].endswith("/hits"))
    if not isinstance(case.body, dict):
        return
    if key in _DATAPOINT_CREATES or key in _DATAPOINT_UPDATES:
        _datapoint_body(case.body, creating=key in _DATAPOINT_CREATES)
    elif key in _DOMAIN_BODIES:
        _domain_body(case.body, creating=key == ("POST", "/domains"))
    elif key in _CONVERSION_PATCHES and case.body.get("Action") == "replace" and "ReplaceId" not in case.body:
        case.body["Action"] = "add"


def _clickmeter_query(query: dict[str, Any], hits: bool) -> None:
    for name in _DAYS:
        if isinstance(query.get(name), str):
            query[name] = _calendar_day(query[name])
    if "fromDay" in query and "toDay" in query and query["fromDay"] > query["toDay"]:
        query["fromDay"], query["toDay"] = query["toDay"], query["fromDay"]
    frame = query.get("timeFrame", query.get("timeframe"))
    if frame == "custom":
        query.setdefault("fromDay", query.get("toDay", _DEFAULT_DAY))
        query.setdefault("toDay", query["fromDay"])
    if query.get("hourly") in (True, "true") and frame not in _HOURLY_FRAMES:
        del query["hourly"]
    for name in [name for name in _ENTITY_FILTERS if name in query][1:]:
        del query[name]
    if hits:
        query.pop("offset", None)


def _calendar_day(text: str) -> str:
    """`YYYYMMDD` of a real day: eight digits as generated, each part pulled into its calendar range."""
    if len(text) != 8 or not text.isdigit():
        return text
    year = max(int(text[:4]), 1)
    month = min(max(int(text[4:6]), 1), 12)
    day = min(max(int(text[6:]), 1), calendar.monthrange(year, month)[1])
    return f"{year:04d}{month:02d}{day:02d}"


def _datapoint_body(body: dict[str, Any], creating: bool) -> None:
    if creating and body.get("type") is None:
        body["type"] = "TrackingLink"
    if "status" in body and body["status"] not in _SETTABLE_STATUS:
        body["status"] = _SETTABLE_STATUS[0]
    link = body.get("typeTL")
    if body.get("type") == "TrackingLink" or isinstance(link, dict):
        link = body["typeTL"] = dict(link) if isinstance(link, dict) else {}
        if not _is_web_url(link.get("url")):
            link["url"] = f"https://example.com/{zlib.crc32(repr(link.get('url')).encode('utf-8', 'surrogatepass'))}"


def _domain_body(body: dict[str, Any], creating: bool) -> None:
    if creating:
        body.setdefault("name", "example.com")
    if body.get("type") not in (None, *_OWN_DOMAIN_TYPES):
        body["type"] = _OWN_DOMAIN_TYPES[0]


def _is_web_url(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        parts = urllib.parse.urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)
