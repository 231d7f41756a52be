"""Clicky's `date` parameter: every form the vendor documents, resolved against a given "today".

The vendor's rule for bad input is not an error but a fallback: an invalid expression, an impossible
calendar date, a range whose end is before its start, or a range longer than the account allows all
resolve to today. Weeks run Sunday to Saturday.
"""

import calendar
import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass

DEFAULT_MAX_DAYS = 31
"""Longest range for non-Pro accounts; Pro accounts get 366."""

_ONE_DAY = datetime.timedelta(days=1)


@dataclass(frozen=True)
class DateRange:
    """An inclusive range of calendar days."""

    start: datetime.date
    end: datetime.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def _single_day(day: datetime.date) -> DateRange:
    return DateRange(day, day)


def _month(year: int, month: int) -> DateRange:
    last_day = calendar.monthrange(year, month)[1]
    return DateRange(datetime.date(year, month, 1), datetime.date(year, month, last_day))


def _months_before(today: datetime.date, count: int) -> DateRange:
    month_index = today.year * 12 + (today.month - 1) - count
    return _month(month_index // 12, month_index % 12 + 1)


def _weeks_before(today: datetime.date, count: int) -> DateRange:
    # date.weekday() counts from Monday = 0; Clicky's weeks start on Sunday.
    sunday = today - datetime.timedelta(days=(today.weekday() + 1) % 7 + 7 * count)
    return DateRange(sunday, sunday + datetime.timedelta(days=6))


def _iso_day(text: str) -> datetime.date:
    return datetime.date(int(text[0:4]), int(text[5:7]), int(text[8:10]))


_Resolver = Callable[[re.Match[str], datetime.date], DateRange]

_DAY = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"

# Each form of the vendor's table, with how it becomes a range. Any exception a resolver raises
# (impossible date, year out of range) means the expression is invalid.
_FORMS: tuple[tuple[re.Pattern[str], _Resolver], ...] = (
    (re.compile(rf"({_DAY})"), lambda m, today: _single_day(_iso_day(m[1]))),
    (re.compile(rf"({_DAY}),({_DAY})"), lambda m, today: DateRange(_iso_day(m[1]), _iso_day(m[2]))),
    (re.compile(r"([0-9]{4})-([0-9]{2})"), lambda m, today: _month(int(m[1]), int(m[2]))),
    (
        re.compile(r"([0-9]{4})"),
        lambda m, today: DateRange(datetime.date(int(m[1]), 1, 1), datetime.date(int(m[1]), 12, 31)),
    ),
    (re.compile(r"today"), lambda m, today: _single_day(today)),
    (re.compile(r"yesterday"), lambda m, today: _single_day(today - _ONE_DAY)),
    (
        re.compile(r"([0-9]+)-days-ago"),
        lambda m, today: _single_day(today - datetime.timedelta(days=int(m[1]))),
    ),
    (
        re.compile(r"last-([0-9]+)-days"),
        lambda m, today: DateRange(today - datetime.timedelta(days=int(m[1]) - 1), today),
    ),
    (
        re.compile(r"previous-([0-9]+)-days"),
        lambda m, today: DateRange(today - datetime.timedelta(days=int(m[1])), today - _ONE_DAY),
    ),
    (re.compile(r"this-month"), lambda m, today: _months_before(today, 0)),
    (re.compile(r"last-month"), lambda m, today: _months_before(today, 1)),
    (re.compile(r"([0-9]+)-months-ago"), lambda m, today: _months_before(today, int(m[1]))),
    (re.compile(r"this-week"), lambda m, today: _weeks_before(today, 0)),
    (re.compile(r"last-week"), lambda m, today: _weeks_before(today, 1)),
    (re.compile(r"([0-9]+)-weeks-ago"), lambda m, today: _weeks_before(today, int(m[1]))),
)


def _parse(expression: str, today: datetime.date) -> DateRange | None:
    for pattern, resolve in _FORMS:
        match = pattern.fullmatch(expression)
        if match is None:
            continue
        try:
            return resolve(match, today)
        except (ValueError, OverflowError):
            return None
    return None


def resolve_clicky_date(expression: str, today: datetime.date, *, max_days: int = DEFAULT_MAX_DAYS) -> DateRange:
    """Resolve a `date` parameter value the way Clicky does, falling back to `today` when it is invalid."""
    resolved = _parse(expression, today)
    if resolved is None or resolved.end < resolved.start or resolved.days > max_days:
        return _single_day(today)
    return resolved


def format_clicky_date(date_range: DateRange) -> str:
    """The `date` label Clicky puts in answers: `YYYY-MM-DD`, or `YYYY-MM-DD,YYYY-MM-DD` for a range."""
    if date_range.start == date_range.end:
        return date_range.start.isoformat()
    return f"{date_range.start.isoformat()},{date_range.end.isoformat()}"
