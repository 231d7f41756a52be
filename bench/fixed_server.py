"""`python -m bench.fixed_server --port P --path /api/realtime --body FILE`: one route, one constant answer.

The server side of the client benchmark does no work that depends on the request, so whatever differs
between the generated client and bare httpx is client overhead.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route


def constant_app(path: str, body: bytes) -> Starlette:
    async def answer(request: Request) -> Response:
        return Response(body, media_type="application/json")

    return Starlette(routes=[Route(path, answer, methods=["GET"])])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fixed_server", description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--path", required=True)
    parser.add_argument("--body", type=Path, required=True, help="file holding the JSON answer")
    arguments = parser.parse_args(argv)
    app = constant_app(arguments.path, arguments.body.read_bytes())
    uvicorn.run(app, host="127.0.0.1", port=arguments.port, log_level="warning", access_log=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
