"""The allowlist of deliberate differences between our ClickMeter requests and the vendor's Swagger file.

Read from specs/clickmeter/vendor-deviations.yaml; see its header for what an entry means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clickapis.yaml_files import read_yaml
from contract.mocks import REPO
from contract.prism import Violation

DEVIATIONS_FILE = REPO / "specs" / "clickmeter" / "vendor-deviations.yaml"
VENDOR_SWAGGER = REPO / "specs" / "clickmeter" / "sources" / "clickmeter-vendor-swagger.yaml"
_FIELDS = ("operation", "method", "path", "location", "prism_says", "differs", "why")


@dataclass(frozen=True, slots=True)
class Deviation:
    operation: str
    method: str
    path: str
    location: str
    prism_says: str
    differs: str
    why: str

    def explains(self, violation: Violation) -> bool:
        return (
            violation.method.upper() == self.method.upper()
            and _template_pattern(self.path).fullmatch(violation.path) is not None
            and request_location(violation) == self.location
            and self.prism_says in violation.message
        )

    def __str__(self) -> str:
        return f"{self.operation} ({self.method} {self.path}, {self.location})"


def request_location(violation: Violation) -> str:
    """`query.groupby` for both ways Prism spells it: `[request, query, groupby]` and `[query, groupby]`."""
    parts = violation.location[1:] if violation.location[:1] == ("request",) else violation.location
    return ".".join(parts)


def _template_pattern(template: str) -> re.Pattern[str]:
    return re.compile(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)))


def load_deviations(path: Path = DEVIATIONS_FILE) -> list[Deviation]:
    document: Any = read_yaml(path)
    entries = document.get("deviations") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise ValueError(f"{path}: expected a mapping with a `deviations` list")
    deviations = []
    for index, entry in enumerate(entries):
        missing = [name for name in _FIELDS if not isinstance(entry, dict) or not str(entry.get(name, "")).strip()]
        if missing:
            raise ValueError(f"{path}: /deviations/{index} lacks {', '.join(missing)}")
        unknown = sorted(set(entry) - set(_FIELDS))
        if unknown:
            raise ValueError(f"{path}: /deviations/{index} has unknown keys {', '.join(unknown)}")
        deviations.append(Deviation(**{name: str(entry[name]).strip() for name in _FIELDS}))
    return deviations
