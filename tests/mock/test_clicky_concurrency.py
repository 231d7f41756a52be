"""Clicky's one-simultaneous-request-per-site-and-IP limit, observed through concurrent in-process requests."""

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest

from mockserver.app import create_app
from mockserver.config import MockConfig
from tests.mock.conftest import FROZEN_NOW

QUERY = {"site_id": "101", "sitekey": "5a7e0c1d9b3f4e21", "type": "visitors", "output": "json"}
TOO_MANY = [{"error": "Too many simultaneous requests for this site."}]


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(MockConfig(api="clicky", now=FROZEN_NOW, validate_responses=True))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock") as client:
        yield client


async def _get(http: httpx.AsyncClient, ip: str = "198.51.100.7", **extra: str) -> httpx.Response:
    return await http.get("/api/stats/4", params={**QUERY, **extra}, headers={"X-Forwarded-For": ip})


async def test_a_second_simultaneous_request_for_the_site_is_refused(http: httpx.AsyncClient) -> None:
    answers = await asyncio.gather(_get(http), _get(http))
    bodies = [answer.json() for answer in answers]
    assert [answer.status_code for answer in answers] == [200, 200]
    assert bodies.count(TOO_MANY) == 1
    assert any(body[0].get("type") == "visitors" for body in bodies)


async def test_one_request_after_the_other_is_fine(http: httpx.AsyncClient) -> None:
    for _ in range(3):
        assert (await _get(http)).json()[0]["type"] == "visitors"


async def test_the_limit_is_per_client_ip(http: httpx.AsyncClient) -> None:
    answers = await asyncio.gather(_get(http, "198.51.100.7"), _get(http, "203.0.113.20"))
    assert all(answer.json()[0]["type"] == "visitors" for answer in answers)


async def test_the_refusal_comes_in_the_requested_format(http: httpx.AsyncClient) -> None:
    answers = await asyncio.gather(_get(http, output="xml"), _get(http, output="xml"))
    refused = [answer for answer in answers if b'status="fail"' in answer.content]
    assert len(refused) == 1 and b"Too many simultaneous requests for this site." in refused[0].content
