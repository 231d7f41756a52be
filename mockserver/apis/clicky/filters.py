"""The visitor filters of `visitors-list` and `segmentation`, the action filters of `actions-list`, and
`filter`/`item` of popular types.

Matching (our reading; the vendor defers to its web UI): text filters match case-insensitively as a
substring of the visit's value; `country` matches the two-letter code exactly; `actions` and `time` take
`N`, `>N`, `<N` or `N,M` (inclusive). `ip_address` and `uid` override every other filter.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from mockserver.apis.clicky.sample import is_online
from mockserver.apis.clicky.store import Action, Visit
from mockserver.validation import wire_integer

VisitTest = Callable[[Visit], bool]

# query parameter -> what of a visit it searches
_TEXT_FILTERS: Mapping[str, Callable[[Visit], Sequence[str]]] = {
    "landing": lambda v: [v.landing_page],
    "exit": lambda v: [v.exit_page],
    "search": lambda v: [v.referrer_search],
    "domain": lambda v: [v.referrer_domain],
    "link": lambda v: [v.referrer_url],
    "browser": lambda v: [f"{v.web_browser} {v.browser_version}"],
    "os": lambda v: [v.operating_system],
    "resolution": lambda v: [v.screen_resolution],
    "city": lambda v: [v.city],
    "language": lambda v: [v.language],
    "hostname": lambda v: [v.hostname],
    "org": lambda v: [v.organization],
    "source": lambda v: [v.referrer_type or "direct"],
    "shorturl": lambda v: [v.shorturl],
    "goal": lambda v: v.goals_completed,
    "campaign": lambda v: [v.campaign],
    "split": lambda v: [v.split_test],
}
_FLAG_FILTERS: Mapping[str, Callable[[Visit, int], bool]] = {
    "new_visitors": lambda v, now: v.visit_number == 1,
    "returning_visitors": lambda v, now: v.visit_number > 1,
    "online": is_online,
    "heatmap": lambda v, now: v.heatmap == 1,
}


def _contains(needle: str) -> Callable[[Sequence[str]], bool]:
    lowered = needle.lower()
    return lambda values: any(lowered in value.lower() for value in values)


def number_range(expression: str) -> Callable[[int], bool]:
    """`N`, `>N`, `<N` or `N,M`; anything else matches nothing (an invalid filter value)."""
    text = expression.strip()
    if text[:1] in (">", "<"):
        bound = wire_integer(text[1:])
        if bound is not None:
            return (lambda n: n > bound) if text[0] == ">" else (lambda n: n < bound)
    elif "," in text:
        low, high = (wire_integer(part) for part in text.split(",", 1))
        if low is not None and high is not None:
            return lambda n: low <= n <= high
    else:
        exact = wire_integer(text)
        if exact is not None:
            return lambda n: n == exact
    return lambda n: False


def ip_matcher(expression: str) -> Callable[[str], bool]:
    """One address, `low,high` IPv4 ranges, several joined by `|`."""
    ranges: list[tuple[ipaddress.IPv4Address | ipaddress.IPv6Address, ...]] = []
    for part in expression.split("|"):
        try:
            ranges.append(tuple(ipaddress.ip_address(bound.strip()) for bound in part.split(",", 1)))
        except ValueError:
            continue

    def matches(text: str) -> bool:
        address = ipaddress.ip_address(text)
        for bounds in ranges:
            low, high = bounds[0], bounds[-1]
            if low.version == high.version == address.version and low <= address <= high:  # type: ignore[operator]
                return True
        return False

    return matches


def _text_test(values_of: Callable[[Visit], Sequence[str]], needle: str) -> VisitTest:
    found = _contains(needle)
    return lambda v: found(values_of(v))


def _flag_test(flag: Callable[[Visit, int], bool], now: int) -> VisitTest:
    return lambda v: flag(v, now)


def _custom_test(key: str, value: str) -> VisitTest:
    return lambda v: value in v.custom.get(key, ())


def visit_filter(query: Mapping[str, Any], now: int) -> VisitTest | None:
    """The conjunction of the visitor filters in `query`, or None when there are none."""
    if "ip_address" in query:
        matches_ip = ip_matcher(query["ip_address"])
        return lambda v: matches_ip(v.ip_address)
    if "uid" in query:
        uid = query["uid"]
        return lambda v: v.uid == uid
    tests: list[VisitTest] = []
    tests += [_text_test(values_of, query[name]) for name, values_of in _TEXT_FILTERS.items() if name in query]
    tests += [_flag_test(flag, now) for name, flag in _FLAG_FILTERS.items() if query.get(name) == 1]
    if "country" in query:
        code = query["country"].lower()
        tests.append(lambda v: v.country_code == code)
    if "actions" in query:
        in_range = number_range(query["actions"])
        tests.append(lambda v: in_range(v.actions))
    if "time" in query:
        seconds = number_range(query["time"])
        tests.append(lambda v: seconds(v.duration))
    tests += [_custom_test(key, value) for key, value in query.get("custom", {}).items()]
    if not tests:
        return None
    return lambda v: all(test(v) for test in tests)


def with_pages(test: VisitTest | None, href: str | None, pages_of: Mapping[int, Sequence[str]]) -> VisitTest | None:
    """Add `href` (a page the visit viewed) to a visit filter; `pages_of` maps session to viewed URLs."""
    if href is None:
        return test
    found = _contains(href)

    def viewed(v: Visit) -> bool:
        return found(pages_of.get(v.session_id, ())) and (test is None or test(v))

    return viewed


# `action_type` values of the request -> the action types they select
ACTION_KINDS: Mapping[str, frozenset[str]] = {
    "pageview": frozenset({"pageview"}),
    "download": frozenset({"download"}),
    "outbound": frozenset({"outbound"}),
    "event": frozenset({"click"}),
    "video": frozenset({"video_play", "video_pause", "video_seek", "video_end"}),
    "search": frozenset({"search"}),
}


def action_filter(query: Mapping[str, Any]) -> Callable[[Action], bool]:
    tests: list[Callable[[Action], bool]] = []
    if "ip_address" in query:
        matches_ip = ip_matcher(query["ip_address"])
        tests.append(lambda a: matches_ip(a.ip_address))
    if "uid" in query:
        tests.append(lambda a: a.uid == query["uid"])
    if "session_id" in query:
        tests.append(lambda a: str(a.session_id) == query["session_id"])
    if "action_type" in query:
        kinds = ACTION_KINDS[query["action_type"]]
        tests.append(lambda a: a.action_type in kinds)
    if "href" in query:
        found = _contains(query["href"])
        tests.append(lambda a: found([a.url]))
    return lambda a: all(test(a) for test in tests)


def title_filter(expression: str | None, item: str | None) -> Callable[[str], bool]:
    """`item`: the exact title; `filter`: titles containing the text, or not containing it after `!`."""
    if item is not None:
        return lambda title: title == item
    if not expression:
        return lambda title: True
    if expression.startswith("!"):
        found = _contains(expression[1:])
        return lambda title: not found([title])
    found = _contains(expression)
    return lambda title: found([title])
