"""Query windows: a period or date range in a time zone, and the previous window of equal length.

Not documented by the vendor, chosen here: `Nd` covers the last N days including today, `12m` the current
month and the 11 before it, `realtime` the last 30 minutes; a `date_range` wins over `period`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mockserver.responses import ApiError

REALTIME_SPAN = timedelta(minutes=30)
_DAY_PERIODS = {"today": 1, "7d": 7, "14d": 14, "30d": 30, "90d": 90}


@dataclass(frozen=True, slots=True)
class Window:
    """[start, end) in UTC seconds, with the days it spans in the query's zone (end day exclusive)."""

    start: float
    end: float
    first_day: date
    end_day: date

    def date_range(self) -> dict[str, str]:
        return {"start": self.first_day.isoformat(), "end": self.end_day.isoformat()}


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ApiError(400, f"Unknown timezone: {name!r}") from exc


def day_window(first_day: date, end_day: date, tz: tzinfo) -> Window:
    if end_day <= first_day:
        raise ApiError(400, f"The end date {end_day} must be after the start date {first_day} (the end is exclusive)")
    return Window(_midnight(first_day, tz), _midnight(end_day, tz), first_day, end_day)


def resolve_window(period: str, date_range: dict[str, Any] | None, tz: tzinfo, now: datetime) -> Window:
    if date_range is not None:
        return day_window(date.fromisoformat(date_range["start"]), date.fromisoformat(date_range["end"]), tz)
    today = now.astimezone(tz).date()
    if period == "realtime":
        start = now - REALTIME_SPAN
        # Inclusive of `now` itself: a hit stamped at a frozen clock's instant belongs to "realtime".
        return Window(
            start.timestamp(), now.timestamp() + 0.001, start.astimezone(tz).date(), today + timedelta(days=1)
        )
    if period == "yesterday":
        return day_window(today - timedelta(days=1), today, tz)
    if period == "12m":
        month = today.month - 11
        first = date(today.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
        return day_window(first, today + timedelta(days=1), tz)
    return day_window(today - timedelta(days=_DAY_PERIODS[period] - 1), today + timedelta(days=1), tz)


def previous_window(window: Window, tz: tzinfo) -> Window:
    """The window of equal length that ends where `window` starts."""
    days = (window.end_day - window.first_day).days
    # A comparison reaching before year 1 starts at the earliest day Python can represent (plus a day's margin
    # for local midnights west of UTC): no data is that old, so the answer is the same.
    earliest = date.min + timedelta(days=1)
    available = (window.first_day - earliest).days
    if available <= 0:
        return Window(window.start, window.start, window.first_day, window.first_day)  # nothing before it: empty
    if _midnight(window.first_day, tz) == window.start and _midnight(window.end_day, tz) == window.end:
        return day_window(window.first_day - timedelta(days=min(days, available)), window.first_day, tz)
    span = window.end - window.start
    start = max(window.start - span, _midnight(earliest, tz))
    return Window(
        start,
        window.start,
        datetime.fromtimestamp(start, tz).date(),
        datetime.fromtimestamp(window.start, tz).date() + timedelta(days=1),
    )


def _midnight(day: date, tz: tzinfo) -> float:
    return datetime.combine(day, time(), tzinfo=tz).timestamp()
