"""YAML read with libyaml's safe loader where PyYAML has it (its wheels do): the same data as the pure-Python
loader, several times faster on specs the size of ClickMeter's, which the tools and the tests read often.

libyaml's composer recurses in C: a document nested some tens of thousands of levels deep crashes the process
(SIGSEGV) instead of raising. So text is measured before it is parsed, and anything nested deeper than
MAX_NESTING is refused with an error that says so; the specs and overlays here nest fewer than 60 levels.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_NESTING = 1000

_FLOW_BRACKET = re.compile(r"[\[\]{}]")
_LINE_START = re.compile(r"^[ \t?-]*", re.MULTILINE)  # indentation, and the `- ` / `? ` of compact nesting


class TooDeeplyNested(ValueError):
    """The text may nest collections deeper than MAX_NESTING levels."""


def nesting_bound(text: str) -> int:
    """An upper bound of how deep `text` nests collections: the longest indentation (with compact `- - x` entries)
    at a line's start plus the deepest nesting of flow brackets. Brackets inside strings count too: that only raises
    the bound, never lowers it."""
    indentation = max((len(match.group()) for match in _LINE_START.finditer(text)), default=0)
    depth = deepest = 0
    for match in _FLOW_BRACKET.finditer(text):
        depth += 1 if match.group() in "[{" else -1
        deepest = max(deepest, depth)
    return indentation + deepest


def check_nesting(text: str, source: str) -> None:
    """Raise TooDeeplyNested, naming `source`, for text that may nest deeper than MAX_NESTING levels."""
    bound = nesting_bound(text)
    if bound > MAX_NESTING:
        raise TooDeeplyNested(
            f"{source}: nests up to {bound} levels deep (by its indentation and brackets); "
            f"at most {MAX_NESTING} are read"
        )


def load_yaml(text: str, source: str = "<text>") -> Any:
    """The one document in `text` (`source` names it in errors)."""
    check_nesting(text, source)
    return yaml.load(text, Loader=SAFE_LOADER)


def read_yaml(path: Path) -> Any:
    """The one document in the UTF-8 file at `path`."""
    return load_yaml(path.read_text(encoding="utf-8"), str(path))
