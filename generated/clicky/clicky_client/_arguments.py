"""Arguments as users pass them, made into what the wire needs, or refused with the parameter's name.

A list parameter takes one value as a one-item list (a bare string is never split into characters), an
enum parameter takes its string values, a date parameter takes `datetime.date` or an ISO string.
"""

import datetime
import enum
from collections.abc import Iterable
from typing import Any, TypeVar

from ._unset import Unset

E = TypeVar("E", bound=enum.Enum)


def as_list(name: str, value: Any, item_enum: type[enum.Enum] | None = None) -> Any:
    """`value` as a list: one value (a string, an enum member, a number) becomes a one-item list."""
    if isinstance(value, Unset) or value is None:
        return value
    if isinstance(value, (str, bytes, enum.Enum, int, float)) or not isinstance(value, Iterable):
        value = [value]
    elif isinstance(value, dict):
        raise TypeError(f"{name}: expected a list of values, got a dict")
    items = list(value)
    if item_enum is not None:
        items = [as_enum(name, item, item_enum) for item in items]
    return items


def as_enum(name: str, value: Any, enum_class: type[E]) -> Any:
    """An enum member from itself or from its value ("xml" -> GetStatsOutput.XML)."""
    if isinstance(value, (Unset, enum_class)) or value is None:
        return value
    try:
        return enum_class(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in enum_class)
        raise ValueError(f"{name}: {value!r} is not one of {allowed}") from None


def as_date(name: str, value: Any) -> Any:
    """A `datetime.date` from itself or an ISO 8601 string ("2026-03-31")."""
    if isinstance(value, (Unset, datetime.date)) or value is None:
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{name}: {value!r} is not an ISO date (YYYY-MM-DD)") from None
    raise TypeError(f"{name}: expected a datetime.date or an ISO date string, got {type(value).__name__}")


def as_datetime(name: str, value: Any) -> Any:
    """A `datetime.datetime` from itself or an ISO 8601 string ("2026-03-31T12:00:00Z")."""
    if isinstance(value, (Unset, datetime.datetime)) or value is None:
        return value
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{name}: {value!r} is not an ISO date-time") from None
    raise TypeError(f"{name}: expected a datetime.datetime or an ISO date-time string, got {type(value).__name__}")
