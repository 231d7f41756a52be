"""MockClock: the one source of time for the mock server and every API behaviour.

`--now` sets the instant the clock starts at; from there it runs with real time, so time-based limits
(Clickport's events per minute) pass as on the real API. `--frozen-clock` keeps it at that instant, for
runs that must repeat byte for byte (contract tests, golden answers); tests move a frozen clock with
`advance`. Without `--now` the clock is the real UTC time.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta


class MockClock:
    """Starts at `start` (real time when None) and runs, unless `frozen`."""

    __slots__ = ("_frozen", "_offset", "_origin", "_started")

    def __init__(self, start: datetime | None = None, *, frozen: bool = False) -> None:
        if start is not None and start.tzinfo is None:
            raise ValueError("a mock start time needs a UTC offset, e.g. 2026-03-31T12:00:00Z")
        if frozen and start is None:
            raise ValueError("a frozen mock clock needs a start time (--now)")
        self._origin = start.astimezone(UTC) if start is not None else None
        self._frozen = frozen
        self._started = time.monotonic()
        self._offset = timedelta()

    @classmethod
    def from_iso(cls, text: str | None, *, frozen: bool = False) -> MockClock:
        """Parse `--now` (ISO 8601 with offset or `Z`); None means real time."""
        if text is None:
            if frozen:
                raise ValueError("--frozen-clock needs --now ISO-TIME, the instant to freeze at")
            return cls()
        try:
            start = datetime.fromisoformat(text)
        except ValueError as exc:
            raise ValueError(f"--now: {text!r} is not an ISO 8601 time with offset ({exc})") from exc
        if start.tzinfo is None:
            raise ValueError(f"--now: {text!r} has no UTC offset; add one, e.g. {text}Z")
        return cls(start, frozen=frozen)

    @property
    def frozen(self) -> bool:
        return self._frozen

    def advance(self, seconds: float) -> None:
        """Move the clock forward (tests that share a fake clock with a client); real time cannot move."""
        if self._origin is None:
            raise ValueError("the real-time mock clock cannot be advanced; start it with --now")
        self._offset += timedelta(seconds=seconds)

    def now(self) -> datetime:
        if self._origin is None:
            return datetime.now(UTC)
        if self._frozen:
            return self._origin + self._offset
        return self._origin + self._offset + timedelta(seconds=time.monotonic() - self._started)

    def timestamp(self) -> float:
        """Seconds since the epoch, the unit the stores keep."""
        return self.now().timestamp()
