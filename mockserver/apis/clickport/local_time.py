"""Time dimensions as SQL: the wall-clock label (`hour`, `date`, `week`, `month`) of a stored instant in a zone.

The labels must equal what `datetime.fromtimestamp(at, tz)` gives, to the bit, so the SQL mirrors it: Python
rounds the float seconds to whole microseconds (half to even) before it picks the zone's offset, which moves
the whole second only when the fraction rounds to a full second; the zone's offsets over the window are found
here, in Python, and become a CASE over whole UTC seconds, which SQLite's own date functions then format.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta, tzinfo
from itertools import pairwise

# `datetime.fromtimestamp` splits the seconds like C's modf (the fraction takes the sign) and rounds the
# fraction's microseconds half to even: at least 999999.5 carries into the next second, below -0.5 borrows.
_MICROSECONDS = "(({at} - CAST({at} AS INTEGER)) * 1000000.0)"
_WHOLE_SECOND = "(CAST({at} AS INTEGER) + ({us} >= 999999.5) - ({us} < -0.5))"
_LABELS = {
    "hour": "strftime('%Y-%m-%d %H:00', {local}, 'unixepoch')",
    "date": "date({local}, 'unixepoch')",
    # The Monday on or before the day, as `date - timedelta(days=weekday())`.
    "week": "date({local}, 'unixepoch', '-6 days', 'weekday 1')",
    "month": "strftime('%Y-%m', {local}, 'unixepoch')",
}
# Zones change their offset a few times a year at most; sampling every six hours finds every change.
_SAMPLE_SECONDS = 6 * 3600


def label_sql(dimension: str, tz: tzinfo, start: float, end: float, at: str) -> str:
    """SQL for the label of column `at` (UTC seconds, within [start, end)) in `tz`."""
    second = _WHOLE_SECOND.format(at=at, us=_MICROSECONDS.format(at=at))
    spans = offset_spans(tz, math.floor(start), math.ceil(end))
    if len(spans) == 1:
        offset = str(spans[0][1])
    else:
        branches = " ".join(f"WHEN {second} < {since} THEN {previous}" for (_, previous), (since, _) in pairwise(spans))
        offset = f"CASE {branches} ELSE {spans[-1][1]} END"
    return _LABELS[dimension].format(local=f"({second} + {offset})")


def offset_spans(tz: tzinfo, first: int, last: int) -> list[tuple[int, int]]:
    """(from_second, utc_offset_seconds) for every offset `tz` has between UTC seconds `first` and `last`."""
    spans = [(first, _offset(tz, first))]
    sample = first
    while sample < last:
        following = min(sample + _SAMPLE_SECONDS, last)
        offset = _offset(tz, following)
        if offset != spans[-1][1]:
            spans.append((_first_second_with(tz, offset, sample, following), offset))
        sample = following
    return spans


def _offset(tz: tzinfo, second: int) -> int:
    offset = datetime.fromtimestamp(second, tz).utcoffset()
    assert offset is not None, "an aware zone always has an offset"
    return offset // timedelta(seconds=1)


def _first_second_with(tz: tzinfo, offset: int, before: int, at_or_after: int) -> int:
    """The first whole second in (before, at_or_after] where `tz` has `offset`, by bisection."""
    while at_or_after - before > 1:
        middle = (before + at_or_after) // 2
        if _offset(tz, middle) == offset:
            at_or_after = middle
        else:
            before = middle
    return at_or_after
