"""Time frames (`timeFrame` / `timeframe`) as UTC day ranges relative to the mock clock.

Not documented by the vendor, chosen here: `lastN` covers the last N days including today; `lastmonth`
the month up to today (same day last month + 1 .. today); `previousmonth` the calendar month before this
one; `last12months` the year up to today; `lastyear` the previous calendar year; `beginning` from the
account's `timeframeMinDate`; `custom` from `fromDay` to `toDay`, both included. Per-period lists of a
`custom` range name only the days from the account's first day to today, where events can be (a range over
thousands of years would otherwise list millions of empty days).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from mockserver.apis.clickmeter.wire import day_start, parse_day
from mockserver.responses import ApiError

_LAST_DAYS = {"last7": 7, "last30": 30, "last90": 90, "last120": 120, "last180": 180}
HOURLY_FRAMES = ("today", "yesterday")
SECONDS_PER_DAY = 86_400


@dataclass(frozen=True, slots=True)
class DayRange:
    """Days `first` to `last`, both included; `start`/`end` bound it in UTC seconds, end exclusive.
    `listed_first`..`listed_last` are the days a per-period list names (the whole range unless cut)."""

    frame: str
    first: date
    last: date
    listed_first: date
    listed_last: date

    @classmethod
    def whole(cls, frame: str, first: date, last: date) -> DayRange:
        return cls(frame, first, last, first, last)

    @property
    def start(self) -> int:
        return day_start(self.first)

    @property
    def end(self) -> int:
        return day_start(self.last) + SECONDS_PER_DAY  # not `last + 1 day`: 9999-12-31 has no next day

    def days(self) -> Iterator[date]:
        day = self.listed_first
        while day <= self.listed_last:
            yield day
            day += timedelta(days=1)


def resolve(frame: str, query: Mapping[str, Any], today: date, beginning: date) -> DayRange:
    """The range a time frame names; `query` supplies `fromDay`/`toDay` for `custom`."""
    if frame == "custom":
        missing = [name for name in ("fromDay", "toDay") if name not in query]
        if missing:
            raise ApiError(400, f"time frame 'custom' needs query parameter(s) {', '.join(missing)}")
        first, last = parse_day(query["fromDay"], "fromDay"), parse_day(query["toDay"], "toDay")
        if first > last:
            raise ApiError(400, f"query parameter 'fromDay' ({query['fromDay']}) is after 'toDay' ({query['toDay']})")
        return DayRange(frame, first, last, max(first, beginning), min(last, today))
    if frame == "today":
        return DayRange.whole(frame, today, today)
    if frame == "yesterday":
        return DayRange.whole(frame, today - timedelta(days=1), today - timedelta(days=1))
    if frame in _LAST_DAYS:
        return DayRange.whole(frame, today - timedelta(days=_LAST_DAYS[frame] - 1), today)
    if frame == "lastmonth":
        return DayRange.whole(frame, _months_back(today, 1) + timedelta(days=1), today)
    if frame == "currentmonth":
        return DayRange.whole(frame, today.replace(day=1), today)
    if frame == "previousmonth":
        end = today.replace(day=1) - timedelta(days=1)
        return DayRange.whole(frame, end.replace(day=1), end)
    if frame == "last12months":
        return DayRange.whole(frame, _months_back(today, 12) + timedelta(days=1), today)
    if frame == "lastyear":
        return DayRange.whole(frame, date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
    if frame == "currentyear":
        return DayRange.whole(frame, date(today.year, 1, 1), today)
    if frame == "beginning":
        return DayRange.whole(frame, beginning, today)
    raise ApiError(400, f"unknown time frame {frame!r}")


def check_hourly(day_range: DayRange) -> None:
    if day_range.frame not in HOURLY_FRAMES:
        raise ApiError(
            400, f"query parameter 'hourly' only goes with timeFrame today or yesterday, not {day_range.frame!r}"
        )


def _months_back(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")
