"""ClickMeter's wire conventions: `YYYYMMDDHHmmss` timestamps, `YYYYMMDD` days, `{id, uri}` references.

Not documented by the vendor: the time zone of timestamps; the mock keeps everything in UTC (the seeded
account says `timezonename: UTC`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from mockserver.responses import ApiError


def timestamp(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y%m%d%H%M%S")


def day_text(day: date) -> str:
    """`YYYYMMDD`; not strftime's `%Y`, which leaves years before 1000 unpadded on Linux."""
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def day_start(day: date) -> int:
    return int(datetime.combine(day, time(), tzinfo=UTC).timestamp())


def day_of(seconds: float) -> date:
    return datetime.fromtimestamp(seconds, UTC).date()


def parse_day(text: str, parameter: str) -> date:
    """A `YYYYMMDD` query value (the pattern is already checked; the calendar is not)."""
    try:
        return datetime.strptime(text, "%Y%m%d").date()
    except ValueError as exc:
        raise ApiError(400, f"query parameter {parameter!r}: {text!r} is not a calendar day (YYYYMMDD)") from exc


def parse_timestamp(text: str) -> int | None:
    try:
        return int(datetime.strptime(text, "%Y%m%d%H%M%S").replace(tzinfo=UTC).timestamp())
    except ValueError:
        return None


def entity_uri(collection: str, entity_id: int, name: str | None = None) -> dict[str, Any]:
    reference: dict[str, Any] = {"id": entity_id, "uri": f"/{collection}/{entity_id}"}
    if name is not None:
        reference["name"] = name
    return reference


def error_body(status: int, message: str) -> dict[str, Any]:
    """The overview's error model; `errorCode` repeats the status (the vendor's internal codes are unknown)."""
    return {"errorCode": status, "httpErrorCode": status, "Message": message}
