"""The generator pipeline on a scratch copy of the repository: errors, atomic output, no-op runs, drift."""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path
from typing import Any

import pytest

from clickapis.catalog import API_NAMES
from generator import client_build
from generator.apis import client_sources
from generator.cli import main
from generator.drift import find_drift
from generator.errors import ClientGenerationError, SpecValidationError
from generator.fingerprint import STAMP_NAME, is_up_to_date, output_files
from generator.pipeline import generate_client
from generator.yaml_source import DocumentError

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with the Clickport and Clicky inputs; the generator runs from inside it."""
    (tmp_path / "overlays").mkdir()
    (tmp_path / "releases").mkdir()
    for api in ("clickport", "clicky"):
        shutil.copy(REPO / "releases" / f"{api}.yaml", tmp_path / "releases" / f"{api}.yaml")
        (tmp_path / "specs" / api).mkdir(parents=True)
        shutil.copy(REPO / "specs" / api / "openapi.yaml", tmp_path / "specs" / api / "openapi.yaml")
        shutil.copy(REPO / "overlays" / f"{api}.overlay.yaml", tmp_path / "overlays" / f"{api}.overlay.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def tree(directory: Path) -> dict[str, bytes]:
    """Every file, the stamp included: a failed run must leave all of them as they were."""
    return {p.relative_to(directory).as_posix(): p.read_bytes() for p in directory.rglob("*") if p.is_file()}


def test_generation_is_deterministic_and_matches_the_committed_client(scratch: Path) -> None:
    sources = client_sources("clickport", scratch)
    generate_client(sources)
    first = output_files(sources.output)
    generate_client(sources, force=True)
    assert output_files(sources.output) == first
    assert first == output_files(REPO / "generated" / "clickport")


def test_unchanged_inputs_skip_regeneration_and_a_hand_edit_does_not(scratch: Path) -> None:
    sources = client_sources("clickport", scratch)
    assert generate_client(sources).regenerated
    assert not generate_client(sources).regenerated
    client_module = sources.output / "clickport_client" / "client.py"
    client_module.write_text(client_module.read_text() + "\n# edited by hand\n")
    assert generate_client(sources).regenerated
    assert "edited by hand" not in client_module.read_text()


def test_a_spec_change_regenerates_only_that_client(scratch: Path) -> None:
    sources, other = client_sources("clickport", scratch), client_sources("clicky", scratch)
    generate_client(sources)
    generate_client(other)
    spec = sources.spec.read_text()
    sources.spec.write_text(spec.replace("summary: Query analytics data", "summary: Query the analytics data", 1))
    assert generate_client(sources).regenerated
    assert not generate_client(other).regenerated
    assert "Query the analytics data" in (sources.output / "clickport_client/api/stats/query_stats.py").read_text()


def test_invalid_spec_names_file_line_and_pointer_and_keeps_the_previous_output(scratch: Path) -> None:
    sources = client_sources("clickport", scratch)
    generate_client(sources)
    before = tree(sources.output)
    text = sources.spec.read_text()
    sources.spec.write_text(text.replace("in: header", "in: headers", 1))
    with pytest.raises(SpecValidationError) as caught:
        generate_client(sources)
    message = str(caught.value)
    assert str(sources.spec) in message
    line = next(number for number, content in enumerate(text.splitlines(), 1) if "in: header" in content)
    assert f"openapi.yaml:{line} (/paths/~1api~1event/post/parameters/0/in): " in message
    assert '"headers" is not one of' in message
    assert tree(sources.output) == before
    assert not list(sources.output.parent.glob(".clickport.staging-*"))


def test_yaml_syntax_error_names_file_and_line(scratch: Path) -> None:
    sources = client_sources("clickport", scratch)
    sources.spec.write_text(sources.spec.read_text() + "\n  broken: [unclosed\n")
    with pytest.raises(DocumentError, match=r"openapi\.yaml:\d+"):
        generate_client(sources)


def test_failure_while_rendering_leaves_the_previous_client_intact(
    scratch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = client_sources("clickport", scratch)
    generate_client(sources)
    before = tree(sources.output)

    def fail_halfway(project_dir: Path) -> None:
        (project_dir / "half-written.py").write_text("x = ")
        raise RuntimeError("formatter crashed")

    monkeypatch.setattr(client_build, "format_python", fail_halfway)
    with pytest.raises(RuntimeError, match="formatter crashed"):
        generate_client(sources, force=True)
    assert tree(sources.output) == before
    assert not list(sources.output.parent.glob(".clickport.*"))


def test_check_reports_drift_and_exits_1(scratch: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sources = client_sources("clickport", scratch)
    generate_client(sources)
    assert find_drift(sources).clean
    readme = sources.output / "README.md"
    readme.write_text(readme.read_text().replace("Install", "Installation"))
    (sources.output / "stray.py").write_text("")
    assert main(["check", "clickport"]) == 1
    out = capsys.readouterr().out
    assert "changed:    README.md" in out and "unexpected: stray.py" in out and "-## Installation" in out


def test_check_requires_a_current_stamp_and_generate_writes_it(
    scratch: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = client_sources("clickport", scratch)
    generate_client(sources)
    (sources.output / STAMP_NAME).unlink()
    assert main(["check", "clickport"]) == 1
    assert f"stamp:      {STAMP_NAME} missing" in capsys.readouterr().out
    assert generate_client(sources).regenerated
    assert main(["check", "clickport"]) == 0


@pytest.mark.parametrize("api", API_NAMES)
def test_committed_stamps_make_the_first_generate_of_a_fresh_clone_a_no_op(api: str) -> None:
    """The stamp records only content (inputs' bytes, pinned tool versions, output bytes), so the committed one
    holds on any clone: `python -m generator generate` skips every client until an input changes."""
    assert is_up_to_date(client_sources(api, REPO)), f"generated/{api}/{STAMP_NAME} is stale: run generate"


def test_cli_reports_an_invalid_overlay_without_a_traceback(scratch: Path, capsys: pytest.CaptureFixture[str]) -> None:
    overlay = scratch / "overlays" / "clickport.overlay.yaml"
    overlay.write_text(overlay.read_text().replace("update:", "updates:", 1))
    assert main(["generate", "clickport"]) == 1
    error = capsys.readouterr().err
    assert "clickport.overlay.yaml" in error and "/actions/0" in error and "Traceback" not in error


def test_apply_overlay_cli_prints_yaml_and_strict_fails_on_empty_targets(
    scratch: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    spec = scratch / "specs" / "clickport" / "openapi.yaml"
    overlay = scratch / "overlays" / "clickport.overlay.yaml"
    assert main(["apply-overlay", str(spec), str(overlay)]) == 0
    assert "x-sdk-pacing: events" in capsys.readouterr().out
    empty = tmp_path / "empty.overlay.yaml"
    empty.write_text(
        "overlay: 1.1.0\ninfo: {title: t, version: '1'}\n"
        "actions:\n  - target: $.nothing\n    description: selects nothing\n    update: {a: 1}\n"
    )
    assert main(["apply-overlay", str(spec), str(empty)]) == 0
    assert "selected nothing" in capsys.readouterr().err
    assert main(["apply-overlay", str(spec), str(empty), "--strict"]) == 1
    assert "selected nothing" in capsys.readouterr().err


def test_invalid_schema_object_is_located_inside_the_schema(scratch: Path) -> None:
    sources = client_sources("clickport", scratch)
    text = sources.spec.read_text()
    sources.spec.write_text(text.replace("    Period:\n      type: string", "    Period:\n      type: strin", 1))
    with pytest.raises(SpecValidationError) as caught:
        generate_client(sources)
    line = next(number for number, content in enumerate(text.splitlines(), 1) if content == "    Period:") + 1
    assert f"openapi.yaml:{line} (/components/schemas/Period/type): " in str(caught.value)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        # a group named like a Client setting would hide it behind `client.timeout`
        (lambda spec: spec.replace("tags: [realtime]", "tags: [timeout]"), "operation group 'timeout' would shadow"),
        # a model named like a resource class would be shadowed by it in the resource module
        (
            lambda spec: spec.replace("  schemas:\n", "  schemas:\n    GoalsResource:\n      type: object\n", 1),
            "model GoalsResource has the name of operation group 'goals'",
        ),
        # an x-sdk-name alias that another operation's method already has
        (
            lambda spec: spec.replace(
                "operationId: getRealtimeVisitors",
                "operationId: getRealtimeVisitors\n      x-sdk-name: with_raw_response",
            ),
            "x-sdk-name 'with_raw_response' of operation 'get_realtime_visitors'",
        ),
    ],
)
def test_names_the_resource_layer_would_shadow_are_refused(scratch: Path, edit: Any, message: str) -> None:
    sources = client_sources("clickport", scratch)
    sources.spec.write_text(edit(sources.spec.read_text()))
    with pytest.raises(ClientGenerationError, match=message):
        generate_client(sources)
    assert not sources.output.exists()


@pytest.mark.parametrize("api", API_NAMES)
def test_generated_signatures_name_one_client_class(api: str) -> None:
    """Upstream's `AuthenticatedClient | Client` named one class twice; functions now take `client: Client`."""
    sources = client_sources(api, REPO)
    package = sources.output / sources.package_name
    mentions = [
        path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if "AuthenticatedClient" in path.read_text(encoding="utf-8")
    ]
    assert sorted(mentions) == ["__init__.py", "client.py"]  # only the old name, kept for existing imports
    client_module = importlib.import_module(f"{sources.package_name}.client")
    assert client_module.AuthenticatedClient is client_module.Client  # upstream's `from <pkg>.client import ...`
    module = next(path for path in sorted((package / "api").rglob("*.py")) if path.name != "__init__.py")
    assert "client: Client," in module.read_text(encoding="utf-8")


@pytest.mark.parametrize("api", API_NAMES)
def test_the_effective_spec_is_the_same_bytes_with_either_yaml_emitter(api: str) -> None:
    """libyaml's emitter is used where installed for speed; the committed bytes must not depend on it."""
    from generator.pipeline import FAST_DUMPER, PURE_DUMPER, build_effective_spec, dump_yaml
    from generator.yaml_source import load_yaml_document

    document = build_effective_spec(client_sources(api, REPO)).document
    written = dump_yaml(document, FAST_DUMPER)
    assert written == dump_yaml(document, PURE_DUMPER)
    committed = load_yaml_document(REPO / "generated" / api / "openapi.yaml")
    assert committed.data == document
