"""CLI: `python -m mockserver --api clickport --port 8081 [--seed N] [--now ISO [--frozen-clock]] [--strict] ...`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import uvicorn

from clickapis.catalog import API_NAMES
from mockserver.app import create_app, load_behaviour
from mockserver.config import DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_URL_BYTES, MockConfig
from mockserver.http_protocol import vendor_error_protocol


def _rate(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {text}")
    return value


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m mockserver", description="Stateful, spec-validated mock API server"
    )
    parser.add_argument("--api", required=True, choices=API_NAMES)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated data and random faults")
    parser.add_argument(
        "--now", help="start the clock at this ISO 8601 time (with offset), e.g. 2026-03-31T12:00:00Z; it then runs"
    )
    parser.add_argument(
        "--frozen-clock", action="store_true", help="keep the clock at --now (repeatable runs, e.g. contract tests)"
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="reject invalid values where the vendor silently uses the default (contract tests); "
        "per request: header X-Mock-Strict: 1 or 0",
    )
    parser.add_argument("--db", help="SQLite file that persists the state (default: in memory)")
    parser.add_argument("--faults", type=_rate, default=0.0, help="fraction 0..1 of requests that get a random fault")
    parser.add_argument("--spec", type=Path, help="spec to serve instead of the wire spec specs/<api>/openapi.yaml")
    parser.add_argument("--validate-responses", action="store_true", help="check every answer against the spec")
    # Settings of one API, passed to that API's behaviour(); the other APIs ignore them.
    parser.add_argument("--event-limit", type=int, help="Clickport: events per minute per IP (default 60)")
    parser.add_argument(
        "--processing-seconds",
        type=float,
        help="Clicky: least time a visitors-list, actions-list or segmentation request stays in flight, so "
        "overlapping ones meet the one-at-a-time limit (default 0.05; 0 to benchmark); other requests never wait",
    )
    parser.add_argument(
        "--max-body-bytes",
        type=int,
        default=DEFAULT_MAX_BODY_BYTES,
        help=f"largest request body accepted; longer ones get a 413 (default {DEFAULT_MAX_BODY_BYTES})",
    )
    parser.add_argument(
        "--max-url-bytes",
        type=int,
        default=DEFAULT_MAX_URL_BYTES,
        help=f"longest path plus query string accepted; longer ones get a 414 (default {DEFAULT_MAX_URL_BYTES})",
    )
    return parser.parse_args(argv)


def api_settings(arguments: argparse.Namespace) -> dict[str, Any]:
    """The options given that are one API's settings (its `behaviour(...)` arguments)."""
    given = {"event_limit": arguments.event_limit, "processing_seconds": arguments.processing_seconds}
    return {name: value for name, value in given.items() if value is not None}


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    config = MockConfig(
        api=arguments.api,
        seed=arguments.seed,
        now=arguments.now,
        frozen_clock=arguments.frozen_clock,
        strict=arguments.strict,
        db=arguments.db,
        faults=arguments.faults,
        spec_path=arguments.spec,
        validate_responses=arguments.validate_responses,
        max_body_bytes=arguments.max_body_bytes,
        max_url_bytes=arguments.max_url_bytes,
    )
    try:
        app = create_app(config, load_behaviour(arguments.api, api_settings(arguments)))
    except Exception as exc:
        print(f"mockserver: {exc}", file=sys.stderr)
        return 2
    uvicorn.run(
        app,
        host=arguments.host,
        port=arguments.port,
        http=vendor_error_protocol(app.state.mock.render_unparsed),
        log_level="warning",
        access_log=False,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
