"""Regeneration: our pipeline vs plain openapi-python-client on the same effective specs.

Everything runs in a temporary copy of the repository layout (specs/, overlays/), never in generated/.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import attrs

from bench.figures import Bound, Check, Figure
from bench.measure import Spread, interleaved
from bench.settings import BenchSettings
from clickapis.catalog import API_NAMES, APIS
from generator.apis import client_sources
from generator.pipeline import generate_client

BENCHMARK = "regeneration"
CHANGED_API = "clickport"  # the spec edited for the one-spec figure
PLAIN = "plain openapi-python-client"


class GenerationFailed(RuntimeError):
    pass


@attrs.frozen
class Workspace:
    """A temporary repository layout that the generator and the plain tool write into."""

    root: Path
    settings: BenchSettings

    @classmethod
    def copy_of(cls, settings: BenchSettings, root: Path) -> Workspace:
        for folder in ("specs", "overlays"):
            shutil.copytree(settings.repo / folder, root / folder)
        return cls(root=root, settings=settings)

    def _run(self, command: list[str], env: dict[str, str]) -> tuple[float, str]:
        started = time.perf_counter()
        done = subprocess.run(command, cwd=self.root, env=env, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - started
        if done.returncode != 0:
            raise GenerationFailed(f"{' '.join(command)} exited with {done.returncode}:\n{done.stderr[-2000:]}")
        return seconds, done.stdout

    def ours(self) -> tuple[float, dict[str, bool]]:
        """Wall time of one regeneration of every client, and which ones the pipeline regenerated."""
        env = {**os.environ, "PYTHONPATH": str(self.settings.repo)}
        seconds, output = self._run([self.settings.python, "-m", "bench.generation_probe"], env)
        return seconds, {api: bool(flag) for api, flag in json.loads(output).items()}

    def plain(self, apis: tuple[str, ...]) -> float:
        """The plain tool's CLI once per spec, as a user of it runs it, with its own ruff post-hooks."""
        bin_dir = Path(self.settings.python).parent
        env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
        shutil.rmtree(self.root / "plain", ignore_errors=True)
        total = 0.0
        for api in apis:
            command = [
                str(bin_dir / "openapi-python-client"),
                "generate",
                "--path",
                str(self.settings.repo / APIS[api].effective_spec),
                "--output-path",
                str(self.root / "plain" / api),
                "--meta",
                "none",
                "--overwrite",
            ]
            total += self._run(command, env)[0]
        return total

    def clean_ours(self) -> float:
        shutil.rmtree(self.root / "generated", ignore_errors=True)
        seconds, outcomes = self.ours()
        if not all(outcomes.values()):
            raise GenerationFailed(f"a clean regeneration skipped clients: {outcomes}")
        return seconds

    def edit_spec(self, api: str, edit: int) -> None:
        """A real change of the spec's bytes (a YAML comment): the generator keys on content, not on mtime."""
        with (self.root / APIS[api].spec).open("a", encoding="utf-8") as spec:
            spec.write(f"\n# benchmark edit {edit}\n")


def clean_figure(spreads: dict[str, Spread]) -> Figure:
    return Figure(
        BENCHMARK,
        "all three clients from a clean state",
        "s",
        spreads["ours"],
        spreads["plain"],
        PLAIN,
        Bound("<=", 1.1),
        note="Our side: one `python -m generator generate` process (overlay, OAS 3.1 validation, templates, "
        "ruff, effective spec, stamp). Plain side: one CLI process per spec (--meta none, its ruff post-hooks).",
    )


def noop_figures(workspace: Workspace, runs: int, plain_clean: Spread) -> list[Figure]:
    samples, skipped = [], True
    for _ in range(runs):
        seconds, outcomes = workspace.ours()
        samples.append(seconds)
        skipped = skipped and not any(outcomes.values())
    in_process = []
    for _ in range(runs):
        started = time.perf_counter()
        flags = [generate_client(client_sources(api, workspace.root)).regenerated for api in API_NAMES]
        in_process.append(time.perf_counter() - started)
        skipped = skipped and not any(flags)
    return [
        Figure(
            BENCHMARK,
            "no-op regeneration (process wall time)",
            "s",
            Spread.of(samples),
            plain_clean,
            f"{PLAIN}, all three",
            Bound("<", 0.5, on_ratio=False),
            note="A whole process as a user runs it: interpreter start and imports included."
            + ("" if skipped else " A client was regenerated although nothing changed."),
        ),
        Figure(
            BENCHMARK,
            "no-op regeneration (in process, imports done)",
            "s",
            Spread.of(in_process),
            target=Check("no client regenerated", skipped),
            note="generate_client() for every API: fingerprints of inputs and output only.",
        ),
    ]


def one_spec_figure(workspace: Workspace, runs: int) -> Figure:
    ours, plain, observed = [], [], []
    for edit in range(runs):
        workspace.edit_spec(CHANGED_API, edit)
        seconds, outcomes = workspace.ours()
        ours.append(seconds)
        observed.append(outcomes)
        plain.append(workspace.plain((CHANGED_API,)))
    regenerated = sorted({api for outcome in observed for api, flag in outcome.items() if flag})
    return Figure(
        BENCHMARK,
        f"after editing specs/{CHANGED_API}/openapi.yaml",
        "s",
        Spread.of(ours),
        Spread.of(plain),
        f"{PLAIN}, {CHANGED_API} only",
        Check(f"only {CHANGED_API} regenerated", regenerated == [CHANGED_API]),
        note=f"regenerated flags per API: {observed[-1]}.",
    )


def run(settings: BenchSettings) -> list[Figure]:
    return measure(
        settings, clean_runs=settings.pick(3, 1), noop_runs=settings.pick(5, 2), edit_runs=settings.pick(3, 1)
    )


def measure(settings: BenchSettings, clean_runs: int, noop_runs: int, edit_runs: int) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="bench-regeneration-") as temp:
        workspace = Workspace.copy_of(settings, Path(temp))
        clean = interleaved({"ours": workspace.clean_ours, "plain": lambda: workspace.plain(API_NAMES)}, clean_runs)
        figures = [clean_figure(clean), *noop_figures(workspace, noop_runs, clean["plain"])]
        figures.append(one_spec_figure(workspace, edit_runs))
    return figures
