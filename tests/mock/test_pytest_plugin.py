"""The mock fixtures as a user gets them: a test file outside the repository, run by pytest in a subprocess,
with nothing but the installed tools package (entry point `pytest11`) providing `clickmeter_mock` etc."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

OUTSIDE_TESTS = """
import httpx
import pytest

from clickmeter_client import Client as ClickMeter
from clickmeter_client.api.groups import count_groups, create_group
from clickmeter_client.models import Group
from clickport_client import Client as Clickport
from clickport_client.api.realtime import get_realtime_visitors
from clicky_client import Client as Clicky
from clicky_client.api.stats import get_stats
from clicky_client.models import TallyResult, TallyType

seen_urls = set()


def health(mock):
    return httpx.get(f"{mock.base_url}/_mock/health").json()


def test_writes_are_seen_within_a_test(clickmeter_mock):
    client = ClickMeter(base_url=clickmeter_mock.base_url, **clickmeter_mock.credentials)
    seeded = count_groups.sync(client=client).count
    create_group.sync(client=client, body=Group(name="Spring campaign"))
    assert count_groups.sync(client=client).count == seeded + 1
    seen_urls.add(clickmeter_mock.base_url)


def test_the_next_test_starts_from_the_seeded_state(clickmeter_mock):
    client = ClickMeter(base_url=clickmeter_mock.base_url, **clickmeter_mock.credentials)
    assert count_groups.sync(client=client).count == SEEDED_GROUPS
    seen_urls.add(clickmeter_mock.base_url)
    assert len(seen_urls) == 1  # one server for the session


@pytest.mark.clickapis_mock(seed=7)  # as in the README example: the two share one server
def test_clicky_with_a_marked_seed_and_the_run_wide_clock(clicky_mock):
    assert clicky_mock.credentials == {"site_id": "101", "sitekey": "5a7e0c1d9b3f4e21"}
    assert health(clicky_mock)["seed"] == 7
    assert health(clicky_mock)["now"].startswith("2025-06-01T08:00:00")  # --mock-now on the command line
    client = Clicky(base_url=clicky_mock.base_url, **clicky_mock.credentials)
    (visitors,) = get_stats.sync(client=client, type_=[TallyType.VISITORS])
    assert isinstance(visitors, TallyResult)
    assert "sitekey" not in repr(clicky_mock) and "5a7e0c1d9b3f4e21" not in repr(clicky_mock)


@pytest.mark.clickapis_mock(seed=3, now="2024-02-29T12:00:00+00:00")
def test_a_marker_sets_seed_and_clock(clickport_mock):
    assert (clickport_mock.seed, health(clickport_mock)["seed"]) == (3, 3)
    assert health(clickport_mock)["now"].startswith("2024-02-29T12:00:00")
    client = Clickport(base_url=clickport_mock.base_url, **clickport_mock.credentials)
    assert get_realtime_visitors.sync(client=client) is not None


@pytest.mark.clickapis_mock(sed=3)
def test_a_misspelt_marker_argument_is_an_error(clicky_mock):
    pass
"""


def readme_fixture_example() -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- fixture-example.*?-->\n```python\n(.*?)```", readme, re.DOTALL)
    assert match, "README.md has no fixture example"
    return match.group(1)


def test_fixtures_work_from_test_files_outside_the_repository(tmp_path: Path) -> None:
    seeded_groups = 3  # ClickMeter's seed 1 data (mockserver/apis/clickmeter) hold three groups
    (tmp_path / "test_outside.py").write_text(
        textwrap.dedent(OUTSIDE_TESTS) + f"\nSEEDED_GROUPS = {seeded_groups}\n", encoding="utf-8"
    )
    (tmp_path / "test_readme_example.py").write_text(readme_fixture_example(), encoding="utf-8")
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--mock-now",
            "2025-06-01T08:00:00Z",
            "-W",
            "ignore::DeprecationWarning",
            "test_outside.py",
            "test_readme_example.py",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = completed.stdout + completed.stderr
    assert "6 passed, 1 error" in output, output
    assert "clickapis_mock takes only seed= and now=" in output, output


def test_the_fixtures_are_listed_by_pytest(tmp_path: Path) -> None:
    listed = subprocess.run(
        [sys.executable, "-m", "pytest", "--fixtures", "-p", "no:cacheprovider"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    for name in ("clickmeter_mock", "clickport_mock", "clicky_mock"):
        assert name in listed.stdout, listed.stdout
