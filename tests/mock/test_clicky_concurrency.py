"""Clicky's one-simultaneous-request-per-site-and-IP limit, observed through concurrent in-process requests.

Vendor (seed 002_c5a5c4d2aea5df3c.txt, lines 7-11): "the API has restrictions on visitors-list, actions-list,
and segmentation requests: ... Max one simultaneous request per IP address per site ID." Other types are not
restricted.
"""

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest

from clickapis.catalog import APIS
from mockserver.app import create_app
from mockserver.config import MockConfig
from tests.mock.conftest import FROZEN_NOW

QUERY = {**APIS["clicky"].query, "type": "visitors-list", "output": "json"}
TOO_MANY = [{"error": "Too many simultaneous requests for this site."}]


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(MockConfig(api="clicky", now=FROZEN_NOW, frozen_clock=True, validate_responses=True))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock") as client:
        yield client


async def _get(http: httpx.AsyncClient, ip: str = "198.51.100.7", **extra: str) -> httpx.Response:
    return await http.get("/api/stats/4", params={**QUERY, **extra}, headers={"X-Forwarded-For": ip})


async def test_a_second_simultaneous_request_for_the_site_is_refused(http: httpx.AsyncClient) -> None:
    answers = await asyncio.gather(_get(http), _get(http))
    bodies = [answer.json() for answer in answers]
    assert [answer.status_code for answer in answers] == [200, 200]
    assert bodies.count(TOO_MANY) == 1
    assert any(body[0].get("type") == "visitors-list" for body in bodies)


async def test_one_request_after_the_other_is_fine(http: httpx.AsyncClient) -> None:
    for _ in range(3):
        assert (await _get(http)).json()[0]["type"] == "visitors-list"


async def test_the_limit_is_per_client_ip(http: httpx.AsyncClient) -> None:
    answers = await asyncio.gather(_get(http, "198.51.100.7"), _get(http, "203.0.113.20"))
    assert all(answer.json()[0]["type"] == "visitors-list" for answer in answers)


async def test_the_refusal_comes_in_the_requested_format(http: httpx.AsyncClient) -> None:
    answers = await asyncio.gather(_get(http, output="xml"), _get(http, output="xml"))
    refused = [answer for answer in answers if b'status="fail"' in answer.content]
    assert len(refused) == 1 and b"Too many simultaneous requests for this site." in refused[0].content


@pytest.mark.parametrize("restricted", ["actions-list", "segmentation", "visitors,visitors-list"])
async def test_every_restricted_type_is_limited_also_among_other_types(
    http: httpx.AsyncClient, restricted: str
) -> None:
    answers = await asyncio.gather(_get(http, type=restricted), _get(http, type=restricted))
    assert [answer.json() for answer in answers].count(TOO_MANY) == 1


async def test_an_alert_request_is_a_visitors_list_request_and_limited(http: httpx.AsyncClient) -> None:
    # seed 002 line 54: the API answers "as if you had originally sent in a type=visitors-list&session_id=... request"
    alert = {name: value for name, value in QUERY.items() if name != "type"} | {"alert_id": "1"}
    answers = await asyncio.gather(*(http.get("/api/stats/4", params=alert) for _ in range(2)))
    assert [answer.json() for answer in answers].count(TOO_MANY) == 1


async def test_tally_and_popular_requests_run_side_by_side(http: httpx.AsyncClient) -> None:
    kinds = ["visitors"] * 8 + ["pages", "countries"]
    answers = await asyncio.gather(*(_get(http, type=kind) for kind in kinds))
    assert [answer.json()[0].get("type") for answer in answers] == kinds


async def test_an_unrestricted_request_passes_while_a_restricted_one_is_in_flight(http: httpx.AsyncClient) -> None:
    answers = await asyncio.gather(_get(http), _get(http, type="visitors"), _get(http, type="pages"))
    assert [answer.json()[0].get("type") for answer in answers] == ["visitors-list", "visitors", "pages"]
