"""`POST /_mock/reset`: the seeded state again, whether seeded afresh or restored from the copy an earlier reset
kept (which is what makes resets cheap enough for the pytest fixtures to reset before every test)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from clickapis.catalog import API_NAMES
from mockserver.app import MockServer
from mockserver.clock import MockClock
from mockserver.config import MockConfig

FROZEN_NOW = "2026-03-31T12:00:00Z"


def database(server: MockServer) -> list[str]:
    return list(server.connection.iterdump())


def scribble(server: MockServer) -> None:
    """Writes no request could make: a reset must forget them all the same."""
    tables = [row[0] for row in server.connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    server.connection.execute("PRAGMA foreign_keys = OFF")
    for table in tables:
        if not table.startswith("sqlite_"):
            server.connection.execute(f'DELETE FROM "{table}"')
    server.connection.execute("PRAGMA foreign_keys = ON")
    server.connection.execute("CREATE TABLE scribble (x)")


@pytest.mark.parametrize("api", API_NAMES)
def test_every_reset_gives_the_seeded_database_and_a_moved_clock_seeds_for_the_new_instant(api: str) -> None:
    server = MockServer(MockConfig(api=api, seed=3, now=FROZEN_NOW, frozen_clock=True))
    seeded = database(server)
    scribble(server)
    server.reset()  # seeds again, and keeps a copy
    assert database(server) == seeded
    scribble(server)
    server.reset()  # restores the copy
    assert database(server) == seeded

    server.clock.advance(timedelta(days=40).total_seconds())
    later = (MockClock.from_iso(FROZEN_NOW, frozen=True).now() + timedelta(days=40)).isoformat()
    seeded_later = database(MockServer(MockConfig(api=api, seed=3, now=later, frozen_clock=True)))
    assert seeded_later != seeded  # seeding depends on the instant: a restored copy would be wrong here
    scribble(server)
    server.reset()
    assert database(server) == seeded_later
