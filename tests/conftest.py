"""Suite-wide fixtures and ordering.

Mock servers: `mock_processes` (tests/support/mocks.py) is the one way tests start them; `own_mock` starts
one for a single test. Tests marked `slow` run first, so no worker is left running one while the others idle.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator

import pytest

from tests.support.mocks import MockProcesses, own


@pytest.fixture(scope="session")
def mock_processes() -> Iterator[MockProcesses]:
    with contextlib.ExitStack() as stack:
        yield MockProcesses(stack)


@pytest.fixture
def own_mock() -> Iterator[Callable[..., str]]:
    """`own_mock(api, *options)`: a mock process for this test alone, stopped after it; its base URL."""
    with contextlib.ExitStack() as stack:
        yield lambda api, *options: own(stack, api, *options)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)  # stable: the rest keep their order


def pytest_collection_finish(session: pytest.Session) -> None:
    """The collected tests, Schemathesis' coverage cases among them (about 585,000 objects), live until the run
    ends. Frozen, they are left out of every later garbage collection: each full collection used to walk them all,
    about 38 s of the two workers' time in a measured run, 18 s with them frozen."""
    gc.freeze()
