"""Put a freshly generated client in place so that a failed run never leaves a half-written one."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path


def staging_directory(target: Path) -> Path:
    """An empty directory beside `target` (same filesystem, so the final rename is atomic)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{target.name}.staging-", dir=target.parent))


def replace_directory(staged: Path, target: Path) -> None:
    """Swap `staged` in for `target`; on failure the previous `target` is restored."""
    previous = target.with_name(f".{target.name}.previous")
    if previous.exists():
        shutil.rmtree(previous)
    if target.exists():
        target.rename(previous)
    try:
        staged.rename(target)
    except BaseException:
        if previous.exists():
            previous.rename(target)
        raise
    shutil.rmtree(previous, ignore_errors=True)
