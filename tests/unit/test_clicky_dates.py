"""Clicky's `date` forms, checked against the vendor's own table and the edges it leaves implicit."""

import datetime

import pytest

from mockserver.apis.clicky.dates import DateRange, format_clicky_date, resolve_clicky_date

# The vendor's documentation computes its examples "live" for this day (a Tuesday).
SEED_TODAY = datetime.date(2024, 10, 29)


def day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


def resolved(expression: str, today: datetime.date = SEED_TODAY, **options: int) -> str:
    return format_clicky_date(resolve_clicky_date(expression, today, **options))


# Every example of the vendor's table, exactly as printed there.
@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("2024-10-29", "2024-10-29"),
        ("2024-09-01,2024-09-30", "2024-09-01,2024-09-30"),
        ("2024-10", "2024-10-01,2024-10-31"),
        ("today", "2024-10-29"),
        ("yesterday", "2024-10-28"),
        ("3-days-ago", "2024-10-26"),
        ("last-3-days", "2024-10-27,2024-10-29"),
        ("previous-3-days", "2024-10-26,2024-10-28"),
        ("this-month", "2024-10-01,2024-10-31"),
        ("last-month", "2024-09-01,2024-09-30"),
        ("3-months-ago", "2024-07-01,2024-07-31"),
        ("this-week", "2024-10-27,2024-11-02"),
        ("last-week", "2024-10-20,2024-10-26"),
        ("3-weeks-ago", "2024-10-06,2024-10-12"),
    ],
)
def test_vendor_table(expression: str, expected: str) -> None:
    assert resolved(expression) == expected


def test_whole_year_needs_a_pro_range() -> None:
    # The vendor's `YYYY` example (2023) is longer than 31 days, so only a 366-day account gets it.
    assert resolved("2023") == "2024-10-29"
    assert resolved("2023", max_days=366) == "2023-01-01,2023-12-31"
    assert resolved("2024", max_days=366) == "2024-01-01,2024-12-31"
    assert resolved("2024", max_days=365) == "2024-10-29"


@pytest.mark.parametrize(
    ("expression", "today", "expected"),
    [
        ("last-month", "2024-03-15", "2024-02-01,2024-02-29"),
        ("last-month", "2023-03-15", "2023-02-01,2023-02-28"),
        ("last-month", "2025-01-31", "2024-12-01,2024-12-31"),
        ("this-month", "2024-02-01", "2024-02-01,2024-02-29"),
        ("13-months-ago", "2024-01-10", "2022-12-01,2022-12-31"),
        ("0-months-ago", "2024-10-29", "2024-10-01,2024-10-31"),
        ("yesterday", "2025-01-01", "2024-12-31"),
        ("previous-2-days", "2024-03-01", "2024-02-28,2024-02-29"),
        ("last-31-days", "2024-10-29", "2024-09-29,2024-10-29"),
        ("0-days-ago", "2024-10-29", "2024-10-29"),
        ("400-days-ago", "2024-10-29", "2023-09-25"),
        ("1-days-ago", "2024-10-29", "2024-10-28"),
        ("this-week", "2024-10-27", "2024-10-27,2024-11-02"),
        ("this-week", "2024-11-02", "2024-10-27,2024-11-02"),
        ("this-week", "2024-12-31", "2024-12-29,2025-01-04"),
        ("last-week", "2025-01-02", "2024-12-22,2024-12-28"),
        ("0-weeks-ago", "2024-10-29", "2024-10-27,2024-11-02"),
        ("2024-02", "2024-10-29", "2024-02-01,2024-02-29"),
        ("2023-02", "2024-10-29", "2023-02-01,2023-02-28"),
        ("2024-02-29", "2024-10-29", "2024-02-29"),
        ("2024-12-31,2025-01-01", "2024-10-29", "2024-12-31,2025-01-01"),
        ("2024-10-29,2024-10-29", "2024-10-29", "2024-10-29"),
    ],
)
def test_calendar_edges(expression: str, today: str, expected: str) -> None:
    assert resolved(expression, day(today)) == expected


@pytest.mark.parametrize(
    "expression",
    [
        "",
        "tomorrow",
        "Today",
        " today",
        "2024-10-29 ",
        "2023-02-29",
        "2024-13",
        "2024-00",
        "2024-10-32",
        "0000",
        "0000-01-01",
        "2024-10-29,",
        "2024-10-29,2024-10-28",
        "2024-9-1",
        "last-0-days",
        "previous-0-days",
        "last-x-days",
        "-3-days-ago",
        "3-day-ago",
        "3-months",
        "99999999999-days-ago",
        "99999999999-weeks-ago",
        "99999999999-months-ago",
        "9" * 5000 + "-days-ago",
    ],
)
def test_invalid_expression_resolves_to_today(expression: str) -> None:
    assert resolve_clicky_date(expression, SEED_TODAY) == DateRange(SEED_TODAY, SEED_TODAY)


@pytest.mark.parametrize(
    ("expression", "days"),
    [
        ("last-32-days", 32),
        ("previous-32-days", 32),
        ("2024-01-01,2024-02-01", 32),
        ("2024-01-01,2024-12-31", 366),
    ],
)
def test_range_longer_than_allowed_resolves_to_today(expression: str, days: int) -> None:
    assert resolved(expression, max_days=days - 1) == "2024-10-29"
    assert resolve_clicky_date(expression, SEED_TODAY, max_days=days).days == days


def test_largest_range_for_pro_accounts() -> None:
    # 366 days back from 2024-10-29 crosses 2024-02-29.
    assert resolved("last-366-days", max_days=366) == "2023-10-30,2024-10-29"
    assert resolved("last-367-days", max_days=366) == "2024-10-29"


def test_format_single_day_and_range() -> None:
    assert format_clicky_date(DateRange(day("2024-01-05"), day("2024-01-05"))) == "2024-01-05"
    assert format_clicky_date(DateRange(day("2024-01-05"), day("2024-01-07"))) == "2024-01-05,2024-01-07"
