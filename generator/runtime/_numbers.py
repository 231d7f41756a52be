"""Numbers that travel as strings (Clicky sends every scalar as one), read as numbers on demand."""

from typing import Any


def as_float(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def as_int(value: Any) -> int | None:
    number = as_float(value)
    if number is None or not number.is_integer():
        return None
    return int(number)
