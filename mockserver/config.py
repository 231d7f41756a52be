"""MockConfig: the frame's settings a mock server starts with (from the CLI or from tests).

Settings of one API (Clickport's event limit, Clicky's processing time) are arguments of that API's
`behaviour(...)` (mockserver/behaviour.py), not fields here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEFAULT_MAX_BODY_BYTES = 1024 * 1024
DEFAULT_MAX_URL_BYTES = 8 * 1024


@dataclass(frozen=True, slots=True)
class MockConfig:
    api: str
    seed: int = 1
    now: str | None = None
    """ISO 8601 time the clock starts at (it then runs); None means real time."""
    frozen_clock: bool = False
    """Keep the clock at `now` (it moves only when a test advances it): repeatable runs."""
    strict: bool = False
    """Reject every value the spec's schemas reject, also where the vendor falls back to a default
    (`x-stricter-than-vendor`); a request's `X-Mock-Strict` header overrides this either way."""
    db: str | None = None
    """SQLite file that persists the state; None keeps it in memory."""
    faults: float = 0.0
    """Fraction (0..1) of requests that get an injected fault, deterministic under `seed`."""
    spec_path: Path | None = None
    """Overrides the wire spec `specs/<api>/openapi.yaml`."""
    validate_responses: bool = False
    """Check every handler answer against the spec's response schema (mock bugs surface at once)."""

    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    """Largest request body read; a longer one is a 413, refused while reading (`--max-body-bytes`)."""
    max_url_bytes: int = DEFAULT_MAX_URL_BYTES
    """Longest path plus query string (as sent, percent-encoded); a longer one is a 414 (`--max-url-bytes`)."""

    def __post_init__(self) -> None:
        if not 0.0 <= self.faults <= 1.0:
            raise ValueError(f"faults must be between 0 and 1, got {self.faults}")
        if self.max_body_bytes < 0 or self.max_url_bytes < 1:
            raise ValueError("max_body_bytes must not be negative and max_url_bytes must be positive")
