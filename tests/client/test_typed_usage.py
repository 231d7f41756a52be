"""`mypy --strict` on a user's script over the three generated clients stays clean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).parent / "typed" / "user_script.py"


def mypy_strict(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--config-file=", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_user_script_type_checks_under_mypy_strict() -> None:
    run = mypy_strict(SCRIPT)
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_check_catches_an_imprecise_type(tmp_path: Path) -> None:
    """The same check fails when an iterator's items are not what the script says (so it can fail)."""
    wrong = tmp_path / "wrong.py"
    wrong.write_text(
        SCRIPT.read_text().replace("assert_type(hit, Hit)", "assert_type(hit, EntityUri)"), encoding="utf-8"
    )
    run = mypy_strict(wrong)
    assert run.returncode == 1 and 'Expression is of type "Hit", not "EntityUri"' in run.stdout
