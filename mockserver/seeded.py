"""Seeded databases kept for copying: seeding an API takes up to 1.5 s, restoring a copy of the same data a few
milliseconds. A reset, and every mock of the same API, seed and frozen instant started in this process (the test
suites' in-process mocks, the pytest plugin's), starts from a copy instead of seeding again.

Sound because seeding depends on the seed and the clock's instant alone (`ApiBehaviour.open_store`'s contract);
the key holds the store opener itself, so only the same opener (the same function, partial or callable object, or
a method of the same object) shares data: two openers that may seed differently never do.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from datetime import datetime
from typing import Any

# A handful of (API, seed, instant) combinations per process; each copy holds one seeded database (Clicky's,
# the largest, about 10 MB).
CAPACITY = 8


def seeding_key(api: str, open_store: Callable[..., Any], seed: int, instant: datetime) -> Hashable | None:
    """What decides the seeded data: the API and its store opener, the seed and the frozen instant; None for an
    opener that cannot be a key (a callable object whose class compares by value without a hash): it seeds anew."""
    try:
        hash(open_store)
    except TypeError:
        return None
    return (api, open_store, seed, instant.isoformat())


class SeededDatabases:
    """The last `capacity` seeded databases by key, as private in-memory copies."""

    def __init__(self, capacity: int = CAPACITY) -> None:
        self._capacity = capacity
        self._copies: OrderedDict[Hashable, sqlite3.Connection] = OrderedDict()
        self._lock = threading.Lock()  # mocks in several threads of one process (the pytest plugin's servers)

    def restore(self, key: Hashable, into: sqlite3.Connection) -> bool:
        """Overwrite `into` with the copy kept under `key`; False (and `into` untouched) when there is none."""
        with self._lock:
            copy = self._copies.get(key)
            if copy is None:
                return False
            self._copies.move_to_end(key)
            copy.backup(into)
            return True

    def keep(self, key: Hashable, seeded: sqlite3.Connection) -> None:
        """Keep a copy of the database `seeded` just seeded under `key`, forgetting the least recently used."""
        copy = sqlite3.connect(":memory:", check_same_thread=False)
        seeded.backup(copy)
        with self._lock:
            previous = self._copies.pop(key, None)
            self._copies[key] = copy
            while len(self._copies) > self._capacity:
                self._copies.popitem(last=False)[1].close()
        if previous is not None:
            previous.close()

    def __len__(self) -> int:
        return len(self._copies)


SEEDED_DATABASES = SeededDatabases()
