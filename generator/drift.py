"""`python -m generator check`: does generated/ hold exactly what the current inputs produce?"""

from __future__ import annotations

import difflib
import tempfile
from pathlib import Path

import attrs

from generator.apis import ClientSources
from generator.fingerprint import STAMP_NAME, is_up_to_date, output_files
from generator.pipeline import build_effective_spec, render_into

_DIFF_LINES_PER_FILE = 12


@attrs.frozen
class Drift:
    api: str
    missing: tuple[str, ...]  # would be generated, absent from generated/
    unexpected: tuple[str, ...]  # in generated/, would not be generated
    changed: tuple[str, ...]
    excerpts: tuple[str, ...]
    stale_stamp: bool = False  # the output may be right, but a fresh clone's first `generate` would redo it

    @property
    def clean(self) -> bool:
        return not (self.missing or self.unexpected or self.changed or self.stale_stamp)

    def summary(self) -> str:
        if self.clean:
            return f"{self.api}: up to date"
        lines = [
            f"{self.api}: generated/{self.api} differs from what the spec, overlay and templates produce "
            f"({len(self.changed)} changed, {len(self.missing)} missing, {len(self.unexpected)} unexpected)"
        ]
        lines += [f"  missing:    {name}" for name in self.missing]
        lines += [f"  unexpected: {name}" for name in self.unexpected]
        lines += [f"  changed:    {name}" for name in self.changed]
        lines += list(self.excerpts)
        if self.stale_stamp:
            lines.append(f"  stamp:      {STAMP_NAME} missing or not made from the current inputs")
        lines.append(f"  fix: python -m generator generate {self.api}")
        return "\n".join(lines)


def find_drift(sources: ClientSources) -> Drift:
    with tempfile.TemporaryDirectory(prefix=f"drift-{sources.api}-") as scratch:
        expected_dir = Path(scratch) / sources.api
        render_into(build_effective_spec(sources), sources, expected_dir)
        drift = compare_trees(sources.api, expected_dir, sources.output)
    return attrs.evolve(drift, stale_stamp=not is_up_to_date(sources))


def compare_trees(api: str, expected_dir: Path, actual_dir: Path) -> Drift:
    expected, actual = output_files(expected_dir), output_files(actual_dir)
    changed = sorted(name for name in expected.keys() & actual.keys() if expected[name] != actual[name])
    excerpts = tuple(line for name in changed[:3] for line in _excerpt(name, actual[name], expected[name]))
    return Drift(
        api=api,
        missing=tuple(sorted(expected.keys() - actual.keys())),
        unexpected=tuple(sorted(actual.keys() - expected.keys())),
        changed=tuple(changed),
        excerpts=excerpts,
    )


def _excerpt(name: str, actual: bytes, expected: bytes) -> list[str]:
    diff = difflib.unified_diff(
        actual.decode(errors="replace").splitlines(),
        expected.decode(errors="replace").splitlines(),
        fromfile=f"generated/{name}",
        tofile="regenerated",
        lineterm="",
        n=1,
    )
    return [f"    {line}" for line in list(diff)[:_DIFF_LINES_PER_FILE]]
