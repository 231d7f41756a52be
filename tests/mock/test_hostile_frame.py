"""The frame's hostile-input path on its own: a slow handler never blocks other requests; store stays whole."""

import asyncio
import threading
from pathlib import Path

import httpx

from mockserver.app import create_app
from mockserver.config import MockConfig
from mockserver.context import RequestContext
from mockserver.responses import MockResponse
from tests.mock.conftest import FROZEN_NOW
from tests.mock.frame_api import DEMO_KEY, NoteStore, build_behaviour, write_spec

AUTH = {"X-Key": DEMO_KEY}
WAIT_SECONDS = 10.0


def test_a_slow_request_does_not_block_others(tmp_path: Path) -> None:
    """While one handler works (here: waits until released), the event loop keeps answering: the health
    check, refusals before the store (401, 400, 405) and faults. Handlers that use the store take turns,
    so each transaction stays whole; the cheap store read is answered as soon as the slow one ends."""
    started, release = threading.Event(), threading.Event()

    def slow(ctx: RequestContext[NoteStore]) -> MockResponse:
        started.set()
        release.wait(WAIT_SECONDS)
        return MockResponse({"count": ctx.store.count()})

    behaviour = build_behaviour(replace={"brokenAnswer": slow})
    app = create_app(MockConfig(api="clickport", spec_path=write_spec(tmp_path), now=FROZEN_NOW), behaviour)

    async def scenario() -> tuple[list[int], bool, int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://mock", timeout=30) as client:
            slow_answer = asyncio.create_task(client.get("/broken", headers=AUTH))
            assert await asyncio.to_thread(started.wait, WAIT_SECONDS), "the slow handler never started"
            cheap = [
                await client.get("/_mock/health"),
                await client.get("/notes"),  # no credentials: 401
                await client.get("/search?limit=x", headers=AUTH),  # 400
                await client.request("PROPFIND", "/notes", headers=AUTH),  # 405
                await client.get("/notes", headers={**AUTH, "X-Mock-Fault": "status=503"}),
            ]
            still_in_flight = not slow_answer.done() and not release.is_set()
            release.set()
            return [answer.status_code for answer in cheap], still_in_flight, (await slow_answer).status_code

    statuses, still_in_flight, slow_status = asyncio.run(scenario())
    assert statuses == [200, 401, 400, 405, 503]
    assert still_in_flight, "the cheap requests were answered only after the slow one"
    assert slow_status == 200


def test_integers_without_a_format_saturate_at_int64(tmp_path: Path) -> None:
    """Valid by the schema (no format, no maximum), so accepted; the handler sees the int64 bound."""
    from starlette.testclient import TestClient

    app = create_app(MockConfig(api="clickport", spec_path=write_spec(tmp_path), now=FROZEN_NOW), build_behaviour())
    with TestClient(app) as client:
        for huge in ("99999999999999999999", "1" + "0" * 3000):
            answer = client.get(f"/items/{huge}", headers=AUTH)
            assert (answer.status_code, answer.json()) == (200, {"id": 2**63 - 1})
        assert client.get("/search?limit=99999999999999999999", headers=AUTH).status_code == 400  # maximum 50
        assert client.get("/items/\uff11", headers=AUTH).status_code == 400
