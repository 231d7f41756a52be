"""Tally types: one number per period, computed from a `Sample`."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from mockserver.apis.clicky.sample import Sample, is_online


def _average(total: float, count: int) -> float:
    return total / count if count else 0.0


def _count_actions(*kinds: str) -> Callable[[Sample], float]:
    return lambda s: float(sum(1 for action in s.actions if action.action_type in kinds))


def _bounce_rate(s: Sample) -> float:
    return round(_average(100.0 * sum(1 for v in s.visits if v.actions == 1), len(s.visits)))


def pretty_seconds(seconds: float) -> str:
    """`1h 2m 3s`, leading zero units left out (`3m 12s`, `45s`)."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{hours}h"] if hours else []
    if hours or minutes:
        parts.append(f"{minutes}m")
    parts.append(f"{secs}s")
    return " ".join(parts)


# type -> the number it counts
TALLIES: Mapping[str, Callable[[Sample], float]] = {
    "visitors": lambda s: float(len(s.visits)),
    "visitors-unique": lambda s: float(len({v.uid for v in s.visits})),
    "visitors-new": lambda s: float(sum(1 for v in s.visits if v.visit_number == 1)),
    "visitors-online": lambda s: float(sum(1 for v in s.visits if is_online(v, s.now))),
    "actions": lambda s: float(len(s.actions)),
    "actions-pageviews": _count_actions("pageview"),
    "actions-downloads": _count_actions("download"),
    "actions-outbounds": _count_actions("outbound"),
    "actions-clicks": _count_actions("click"),
    "actions-average": lambda s: round(_average(len(s.actions), len(s.visits)), 1),
    "time-average": lambda s: float(round(_average(sum(v.duration for v in s.visits), len(s.visits)))),
    "time-average-pretty": lambda s: float(round(_average(sum(v.duration for v in s.visits), len(s.visits)))),
    "time-total": lambda s: float(sum(v.duration for v in s.visits)),
    "time-total-pretty": lambda s: float(sum(v.duration for v in s.visits)),
    "bounce-rate": _bounce_rate,
}
HOURLY_TYPES = frozenset({"visitors", "actions"})


def tally_text(type_name: str, number: float) -> str:
    """The wire form: `*-pretty` types as durations, whole numbers without a decimal point."""
    if type_name.endswith("-pretty"):
        return pretty_seconds(number)
    return str(int(number)) if number == int(number) else f"{number:.1f}"


def trend(current: float, previous: float) -> str:
    """Percent change against the previous period, -999..999, no `%`."""
    if previous == 0:
        return "0" if current == 0 else "999"
    return str(max(-999, min(999, round((current - previous) * 100 / previous))))
