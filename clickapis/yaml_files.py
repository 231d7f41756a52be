"""YAML read with libyaml's safe loader where PyYAML has it (its wheels do): the same data as the pure-Python
loader, several times faster on specs the size of ClickMeter's, which the tools and the tests read often."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """The one document in `text`."""
    return yaml.load(text, Loader=SAFE_LOADER)


def read_yaml(path: Path) -> Any:
    """The one document in the UTF-8 file at `path`."""
    return load_yaml(path.read_text(encoding="utf-8"))
