"""`POST /_mock/reset` and start-up: the seeded state, whether seeded afresh or restored from the copy kept of an
earlier seeding in the process (mockserver/seeded.py: what makes resets, and the suites' in-process mocks, cheap)."""

from __future__ import annotations

import dataclasses
import functools
import sqlite3
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from clickapis.catalog import API_NAMES
from mockserver.app import MockServer, create_app
from mockserver.behaviour import ConcurrencyLimit, StoreSetup
from mockserver.clock import MockClock
from mockserver.config import MockConfig
from mockserver.context import RequestContext
from mockserver.responses import MockResponse
from mockserver.seeded import SeededDatabases
from mockserver.store import is_empty
from tests.mock import frame_api

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


@pytest.mark.parametrize("api", API_NAMES)
def test_a_mock_started_from_a_kept_copy_holds_what_seeding_gives(api: str, monkeypatch: pytest.MonkeyPatch) -> None:
    config = MockConfig(api=api, seed=11, now=FROZEN_NOW, frozen_clock=True)
    copies = SeededDatabases()
    monkeypatch.setattr("mockserver.app.SEEDED_DATABASES", copies)
    first = MockServer(config)  # seeds, and keeps a copy
    seeded = database(first)
    assert len(copies) == 1
    second = MockServer(config)  # restores the copy
    assert database(second) == seeded
    scribble(first)
    assert database(second) == seeded  # each mock has a database of its own


def test_another_seed_or_instant_is_seeded_not_copied(monkeypatch: pytest.MonkeyPatch) -> None:
    copies = SeededDatabases()
    monkeypatch.setattr("mockserver.app.SEEDED_DATABASES", copies)
    base = database(MockServer(MockConfig(api="clickport", seed=11, now=FROZEN_NOW, frozen_clock=True)))
    other_seed = MockServer(MockConfig(api="clickport", seed=12, now=FROZEN_NOW, frozen_clock=True))
    other_instant = MockServer(MockConfig(api="clickport", seed=11, now="2026-05-01T08:00:00Z", frozen_clock=True))
    assert base != database(other_seed) and base != database(other_instant)
    assert len(copies) == 3


def test_a_running_clock_keeps_no_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    copies = SeededDatabases()
    monkeypatch.setattr("mockserver.app.SEEDED_DATABASES", copies)
    server = MockServer(MockConfig(api="clickport", seed=11, now=FROZEN_NOW, frozen_clock=False))
    server.reset()
    assert len(copies) == 0


def test_the_least_recently_used_copy_is_forgotten_first() -> None:
    copies = SeededDatabases(capacity=2)
    for name in ("a", "b", "c"):
        seeded = sqlite3.connect(":memory:")
        seeded.execute(f"CREATE TABLE {name} (x)")
        copies.keep(name, seeded)
        if name == "b":
            assert copies.restore("a", sqlite3.connect(":memory:"))  # "a" used last: "b" goes when "c" comes
    into = sqlite3.connect(":memory:")
    assert not copies.restore("b", into)
    assert into.execute("SELECT name FROM sqlite_master").fetchall() == []  # untouched
    assert copies.restore("a", into)
    assert into.execute("SELECT name FROM sqlite_master").fetchall() == [("a",)]


class CountingOpener:
    """A store opener that seeds `notes` notes: two of them seed differently."""

    def __init__(self, notes: int) -> None:
        self.notes = notes

    def open(self, setup: StoreSetup) -> frame_api.NoteStore:
        fresh = is_empty(setup.connection)
        store = frame_api.open_store(setup)
        if fresh:
            setup.connection.executemany("INSERT INTO notes (text) VALUES (?)", [("seeded",)] * self.notes)
        return store

    __call__ = open


class ComparedByValue(CountingOpener):
    def __eq__(self, other: object) -> bool:
        return isinstance(other, CountingOpener) and other.notes == self.notes

    __hash__ = None  # type: ignore[assignment]


def notes_of(opener: Callable[[StoreSetup], frame_api.NoteStore], spec: Path) -> int:
    behaviour = dataclasses.replace(frame_api.build_behaviour(), open_store=opener)
    server = MockServer(MockConfig(api="clickport", spec_path=spec, now=FROZEN_NOW, frozen_clock=True), behaviour)
    return int(server.store.count())


def test_only_the_same_opener_shares_seeded_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Openers are told apart by identity, not by name: methods of two objects share a qualified name."""
    monkeypatch.setattr("mockserver.app.SEEDED_DATABASES", SeededDatabases())
    spec = frame_api.write_spec(tmp_path)
    two, five = CountingOpener(2), CountingOpener(5)
    assert [notes_of(two.open, spec), notes_of(five.open, spec), notes_of(two.open, spec)] == [2, 5, 2]
    assert [notes_of(functools.partial(two.open), spec), notes_of(five, spec)] == [2, 5]
    assert notes_of(ComparedByValue(3), spec) == 3  # unhashable: seeded every time, never an error


def test_a_request_that_waited_for_a_reset_uses_the_store_the_reset_made(tmp_path: Path) -> None:
    """A reset can run between a request's validation and its handler (the request waits for the store lock): the
    handler must get the store the reset made, not the one of its validation (Clickport keeps its read cache there).
    The limit's key runs in that gap, so a key that resets puts a reset there every time."""
    servers: list[MockServer] = []

    def reset_meanwhile(context: RequestContext[Any]) -> None:
        servers[0].reset()
        return None  # the limit applies to no request

    def current_store(context: RequestContext[Any]) -> MockResponse:
        return MockResponse({"count": int(context.store is servers[0].store)})

    behaviour = dataclasses.replace(
        frame_api.build_behaviour(replace={"countNotes": current_store}),
        concurrency=ConcurrencyLimit(key=reset_meanwhile, busy=lambda query: MockResponse({}, status=429)),
    )
    config = MockConfig(api="clickport", spec_path=frame_api.write_spec(tmp_path), now=FROZEN_NOW, frozen_clock=True)
    app = create_app(config, behaviour)
    servers.append(app.state.mock)
    with TestClient(app) as client:
        assert client.get("/notes", headers={"X-Key": frame_api.DEMO_KEY}).json() == {"count": 1}
