"""Schemathesis hooks: keep positive test data inside the rules the specs state in prose.

JSON Schema cannot say "the end date comes after the start date", "an IANA time zone" or "meta_values
pairs with meta_keys". A schema-valid request can break such a rule; the mock then answers 400 with a message
naming the rule, as the vendor does, and `positive_data_acceptance` would blame it for rejecting valid data.
So these hooks rewrite only *positive* cases, and only the fields such a rule covers, into the valid domain.
Negative cases stay untouched, the check stays enabled for every operation, and any other 400 on valid data
still fails. `contract.hooks`, named by `schemathesis.toml`, loads this module.
"""

from __future__ import annotations

import datetime
import functools
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


@schemathesis.hook
def map_case(context: Any, case: Any) -> Any:
    if case.meta is None or case.meta.generation.mode != GenerationMode.POSITIVE:
        return case
    key = (case.operation.method.upper(), case.operation.path)
    if key in _QUERY_DAY_RANGES and isinstance(case.query, dict):
        _order_days(case.query, "start_date", "end_date")
    if key in _QUERY_TIME_ZONES and isinstance(case.query, dict):
        _known_zone(case.query, "timezone")
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
