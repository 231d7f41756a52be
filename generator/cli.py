"""Command line: generate, check, validate, apply-overlay, diff, release, build."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import yaml

from generator.apis import API_NAMES, ClientSources, UnknownApiError, client_sources, find_repo_root
from generator.errors import ClientGenerationError, GitRevisionError, SdkExtensionError, SpecValidationError
from generator.pipeline import build_effective_spec, generate_client
from generator.releases import LEVELS, today
from generator.yaml_source import DocumentError, load_yaml_document

_INPUT_ERRORS = (
    DocumentError,
    SpecValidationError,
    SdkExtensionError,
    ClientGenerationError,
    UnknownApiError,
    FileNotFoundError,
    GitRevisionError,
)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except _INPUT_ERRORS as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    generate = commands.add_parser("generate", help="regenerate clients into generated/<api>/")
    generate.add_argument("apis", nargs="*", metavar="API", help=f"default: all of {', '.join(API_NAMES)}")
    generate.add_argument("--force", action="store_true", help="regenerate even when no input changed")
    generate.set_defaults(run=_generate)

    check = commands.add_parser("check", help="exit 1 when generated/ differs from a fresh regeneration")
    check.add_argument("apis", nargs="*", metavar="API")
    check.set_defaults(run=_check)

    validate = commands.add_parser("validate", help="build and validate the effective specs, write nothing")
    validate.add_argument("apis", nargs="*", metavar="API")
    validate.set_defaults(run=_validate)

    diff = commands.add_parser("diff", help="classify each client's changes against a git revision")
    diff.add_argument("apis", nargs="*", metavar="API")
    diff.add_argument("--base", default="HEAD", metavar="REF", help="git revision to compare with (default HEAD)")
    diff.add_argument(
        "--fail-on", choices=LEVELS[1:], metavar="LEVEL", help="exit 1 when a client's change is at least LEVEL"
    )
    diff.set_defaults(run=_diff)

    release = commands.add_parser("release", help="bump versions and write changelogs from the diff")
    release.add_argument("apis", nargs="*", metavar="API")
    release.add_argument("--base", default="HEAD", metavar="REF", help="the last released revision (default HEAD)")
    release.add_argument("--date", help="release date, YYYY-MM-DD (default: today, UTC)")
    release.set_defaults(run=_release)

    build = commands.add_parser("build", help="wheels and sdists of the clients and the tools into dist/")
    build.add_argument("--outdir", type=Path, default=None, help="default: dist/ in the repository")
    build.set_defaults(run=_build)

    apply = commands.add_parser("apply-overlay", help="print SPEC with OVERLAY applied, as YAML")
    apply.add_argument("spec", type=Path)
    apply.add_argument("overlay", type=Path)
    apply.add_argument("--strict", action="store_true", help="a target that selects nothing is an error")
    apply.set_defaults(run=_apply_overlay)
    return parser


def _selected(apis: list[str]) -> list[ClientSources]:
    root = find_repo_root(Path.cwd())
    return [client_sources(api, root) for api in (apis or API_NAMES)]


def _diff(args: argparse.Namespace) -> int:
    from generator.api_diff import diff_client
    from generator.fingerprint import STAMP_NAME, is_up_to_date

    root = find_repo_root(Path.cwd())
    diffs = []
    for sources in _selected(args.apis):
        if (sources.output / STAMP_NAME).is_file() and not is_up_to_date(sources):
            print(
                f"warning: generated/{sources.api} is older than its inputs; the diff compares generated/, "
                f"run `python -m generator generate {sources.api}` first",
                file=sys.stderr,
            )
        diffs.append(diff_client(sources, root, args.base))
        print(diffs[-1].line())
    if args.fail_on is None:
        return 0
    threshold = LEVELS.index(args.fail_on)
    return 1 if any(LEVELS.index(diff.level) >= threshold for diff in diffs) else 0


def _release(args: argparse.Namespace) -> int:
    from generator.release import release_client

    root = find_repo_root(Path.cwd())
    for sources in _selected(args.apis):
        print(release_client(sources, root, args.base, args.date or today()).line())
    return 0


def _build(args: argparse.Namespace) -> int:
    from generator.distributions import build_distributions

    root = find_repo_root(Path.cwd())
    for artifact in build_distributions(root, args.outdir or root / "dist"):
        print(artifact)
    return 0


def _generate(args: argparse.Namespace) -> int:
    for sources in _selected(args.apis):
        started = time.perf_counter()
        outcome = generate_client(sources, force=args.force)
        for warning in outcome.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        state = "generated" if outcome.regenerated else "up to date"
        print(f"{sources.api}: {state} in {time.perf_counter() - started:.2f}s -> {sources.output}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from generator.drift import find_drift  # regenerates: imports openapi-python-client

    drifts = [find_drift(sources) for sources in _selected(args.apis)]
    for drift in drifts:
        print(drift.summary())
    return 0 if all(drift.clean for drift in drifts) else 1


def _validate(args: argparse.Namespace) -> int:
    for sources in _selected(args.apis):
        effective = build_effective_spec(sources)
        for warning in effective.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        overlay = f" + {sources.overlay}" if sources.overlay else ""
        print(f"{sources.api}: valid OpenAPI 3.1 ({sources.spec}{overlay})")
    return 0


def _apply_overlay(args: argparse.Namespace) -> int:
    from generator.overlay import apply_overlay  # jsonpath: not for the other commands

    result = apply_overlay(load_yaml_document(args.spec).data, load_yaml_document(args.overlay), strict=args.strict)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    sys.stdout.write(yaml.safe_dump(result.document, sort_keys=False, allow_unicode=True))
    return 0
