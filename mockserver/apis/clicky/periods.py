"""Periods a Clicky answer covers: a resolved date range, its daily or hourly slices, and its predecessor."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from mockserver.apis.clicky.dates import DateRange, format_clicky_date

DAY = 86_400
HOUR = 3_600


def _midnight(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())


@dataclass(frozen=True, slots=True)
class Period:
    """[start, end) in Unix seconds, with the label the answer shows for it."""

    start: int
    end: int
    label: str

    @property
    def length(self) -> int:
        return self.end - self.start

    def previous(self) -> Period:
        """The period of the same length just before this one (for `trends=1`)."""
        return Period(self.start - self.length, self.start, "")


def whole(date_range: DateRange) -> Period:
    return Period(_midnight(date_range.start), _midnight(date_range.end) + DAY, format_clicky_date(date_range))


def days_newest_first(date_range: DateRange) -> list[Period]:
    days = [date_range.end - timedelta(days=n) for n in range(date_range.days)]
    return [whole(DateRange(day, day)) for day in days]


def hours_newest_first(date_range: DateRange, now: int) -> list[Period]:
    """Our design (the vendor does not document it): one period per hour labelled `YYYY-MM-DD HH:00`,
    newest first, hours after `now` left out."""
    hours = []
    for day in days_newest_first(date_range):
        for hour in range(23, -1, -1):
            start = day.start + hour * HOUR
            if start <= now:
                label = datetime.fromtimestamp(start, UTC).strftime("%Y-%m-%d %H:00")
                hours.append(Period(start, start + HOUR, label))
    return hours


def recent(seconds: int, now: int) -> Period:
    """`time_offset`: the last `seconds` before now, labelled with the days it touches."""
    first = datetime.fromtimestamp(now - seconds, UTC).date()
    last = datetime.fromtimestamp(now, UTC).date()
    return Period(now - seconds, now + 1, format_clicky_date(DateRange(first, last)))


def time_pretty(moment: int) -> str:
    """`Tue Oct 29 2024, 5:54p`, the vendor's format."""
    when = datetime.fromtimestamp(moment, UTC)
    hour = when.hour % 12 or 12
    return f"{when:%a %b} {when.day} {when.year}, {hour}:{when:%M}{'a' if when.hour < 12 else 'p'}"
