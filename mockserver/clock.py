"""MockClock: the one source of time for the mock server and every API behaviour.

Frozen (`--now`) makes seeded data, rate-limit windows and answers reproducible; otherwise real time.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class MockClock:
    """Frozen at `frozen_at` when given, otherwise the real UTC time."""

    __slots__ = ("_frozen_at",)

    def __init__(self, frozen_at: datetime | None = None) -> None:
        if frozen_at is not None and frozen_at.tzinfo is None:
            raise ValueError("a frozen mock time needs a UTC offset, e.g. 2026-03-31T12:00:00Z")
        self._frozen_at = frozen_at.astimezone(UTC) if frozen_at is not None else None

    @classmethod
    def from_iso(cls, text: str | None) -> MockClock:
        """Parse `--now` (ISO 8601 with offset or `Z`); None means real time."""
        if text is None:
            return cls()
        try:
            return cls(datetime.fromisoformat(text))
        except ValueError as exc:
            raise ValueError(f"--now: {text!r} is not an ISO 8601 time with offset ({exc})") from exc

    @property
    def frozen(self) -> bool:
        return self._frozen_at is not None

    def advance(self, seconds: float) -> None:
        """Move a frozen clock forward (tests that share a fake clock with a client); real time cannot move."""
        if self._frozen_at is None:
            raise ValueError("only a frozen mock clock can be advanced")
        self._frozen_at += timedelta(seconds=seconds)

    def now(self) -> datetime:
        return self._frozen_at if self._frozen_at is not None else datetime.now(UTC)

    def timestamp(self) -> float:
        """Seconds since the epoch, the unit the stores keep."""
        return self.now().timestamp()
