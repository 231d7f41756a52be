"""YAML read with libyaml's safe loader where PyYAML has it (its wheels do): the same data as the pure-Python
loader, several times faster on specs the size of ClickMeter's, which the tools and the tests read often.

libyaml's composer recurses in C: a document nested some tens of thousands of levels deep crashes the process
(SIGSEGV) instead of raising. So libyaml reads only text whose nesting is bounded well below that, by a bound
that holds whatever the text's strings hold; other text goes to the pure-Python loader (the same data), which
recurses in Python and refuses what is too deep with TooDeeplyNested instead of crashing.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# libyaml read 20,000 levels here and crashed at 100,000; the repository's YAML stays under 1,200 by the bound.
LIBYAML_MAX_NESTING = 5_000

_FLOW_OPENING = re.compile(r"[\[{]")
_LINE_START = re.compile(r"^[ \t?:-]*", re.MULTILINE)  # indentation, and the `- `, `? `, `: ` of compact nesting


class TooDeeplyNested(ValueError):
    """The text nests collections too deeply for the loader to read."""


def nesting_bound(text: str) -> int:
    """An upper bound of how deep `text` nests collections, true whatever its strings and comments hold: each flow
    level opens a bracket, and each two block levels take at least one more character of a line's start."""
    line_start = max((len(match.group()) for match in _LINE_START.finditer(text)), default=0)
    return 2 * line_start + 2 + len(_FLOW_OPENING.findall(text))


def loader_for(text: str, fast: type[yaml.SafeLoader], safe: type[yaml.SafeLoader]) -> type[yaml.SafeLoader]:
    """`fast` (libyaml-based) when `text` surely nests shallowly enough for it, else `safe` (pure Python)."""
    return fast if nesting_bound(text) <= LIBYAML_MAX_NESTING else safe


def too_deep(source: str) -> TooDeeplyNested:
    return TooDeeplyNested(f"{source}: nests collections too deeply to be read")


def load_yaml(text: str, source: str = "<text>") -> Any:
    """The one document in `text` (`source` names it in errors)."""
    try:
        return yaml.load(text, Loader=loader_for(text, SAFE_LOADER, yaml.SafeLoader))
    except RecursionError:
        raise too_deep(source) from None


def read_yaml(path: Path) -> Any:
    """The one document in the UTF-8 file at `path`."""
    return load_yaml(path.read_text(encoding="utf-8"), str(path))
