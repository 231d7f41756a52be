"""The generated ClickMeter client against the mock server: every operation, sync and async, plus iterate().

The mock is the client tests' mock process (tests/client/conftest.py: real HTTP for the sync and the async
client), checking every answer against the spec. `.sync()` / `.asyncio()` raise typed errors on non-2xx answers, so
a wrong answer fails the test; each answer must also parse into the model the spec names for 200.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from clickmeter_client import Client, NotFoundError
from clickmeter_client import models as m

from clickapis.catalog import api
from clickapis.yaml_files import read_yaml
from generator.naming import snake_case
from tests.support.calls import endpoint_modules
from tests.support.scenarios.clickmeter import CASES, Fresh

CLICKMETER = api("clickmeter")

SPEC = Path(__file__).resolve().parents[2] / "generated" / "clickmeter" / "openapi.yaml"
DOCUMENT = read_yaml(SPEC)
ANSWER_MODEL = {
    operation["operationId"]: operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].rsplit(
        "/", 1
    )[1]
    for path_item in DOCUMENT["paths"].values()
    for method, operation in path_item.items()
    if method in ("get", "put", "post", "delete")
}


@pytest.fixture(scope="module")
def base_url(clickmeter_url: str) -> str:
    return clickmeter_url


@pytest.fixture
def fresh(base_url: str) -> Iterator[Fresh]:
    maker = Fresh(base_url)
    yield maker
    maker.http.close()


@pytest.fixture
def client(base_url: str) -> Iterator[Client]:
    api = Client(base_url=base_url, **CLICKMETER.client_arguments, max_retries=0)
    yield api
    api.close()


MODULES = endpoint_modules("clickmeter_client")


def test_every_operation_has_a_case() -> None:
    assert set(CASES) == set(ANSWER_MODEL)
    assert len(CASES) == 108
    assert all(snake_case(operation) in MODULES for operation in CASES)


@pytest.mark.parametrize("operation", sorted(CASES))
def test_operation_sync(operation: str, client: Client, fresh: Fresh) -> None:
    arguments, keywords = CASES[operation](fresh)
    answer = MODULES[snake_case(operation)].sync(*arguments, client=client, **keywords)
    assert type(answer).__name__ == ANSWER_MODEL[operation]


@pytest.mark.parametrize("operation", sorted(CASES))
def test_operation_async(operation: str, client: Client, fresh: Fresh) -> None:
    arguments, keywords = CASES[operation](fresh)

    async def call() -> Any:
        try:
            return await MODULES[snake_case(operation)].asyncio(*arguments, client=client, **keywords)
        finally:
            await client.get_async_httpx_client().aclose()

    answer = asyncio.run(call())
    assert type(answer).__name__ == ANSWER_MODEL[operation]


def test_deleted_datapoint_raises_not_found(client: Client, fresh: Fresh) -> None:
    delete, get = MODULES["delete_datapoint"], MODULES["get_datapoint"]
    datapoint_id = fresh.datapoint()
    assert delete.sync(datapoint_id, client=client).id == datapoint_id
    with pytest.raises(NotFoundError):
        get.sync(datapoint_id, client=client)


def test_iterate_walks_every_datapoint_once(client: Client, base_url: str) -> None:
    listing, counting = MODULES["list_datapoints"], MODULES["count_datapoints"]
    ids = [reference.id for reference in listing.iterate(client=client, limit=3)]
    assert len(ids) == len(set(ids)) == counting.sync(client=client).count
    raw = httpx.get(f"{base_url}/datapoints", params={"limit": 100}, headers=CLICKMETER.headers).json()
    assert ids == [entity["id"] for entity in raw["entities"]]


def test_iterate_follows_the_hits_cursor(client: Client) -> None:
    hits, aggregated = MODULES["list_hits"], MODULES["get_account_aggregated"]
    walked = list(hits.iterate(client=client, timeframe=m.HitsTimeframe.LAST7, limit=40))
    totals = aggregated.sync(client=client, time_frame=m.TimeFrame.LAST7)
    assert len(walked) == totals.total_clicks + totals.total_views
    raw: list[dict[str, Any]] = []
    cursor: dict[str, str] = {}
    while True:
        page = httpx.get(
            f"{client.base_url}/hits",
            params={"timeframe": "last7", "limit": 100, **cursor},
            headers=CLICKMETER.headers,
        ).json()
        raw.extend(page["hits"])
        if not page.get("lastKey"):
            break
        cursor = {"offset": page["lastKey"]}
    assert [hit.to_dict() for hit in walked] == raw
    assert [hit.access_time for hit in walked] == sorted((hit.access_time for hit in walked), reverse=True)


def test_async_iterate_matches_sync(client: Client) -> None:
    hits = MODULES["list_datapoint_hits"]
    expected = [hit.to_dict() for hit in hits.iterate(1, client=client, timeframe=m.HitsTimeframe.LAST30, limit=25)]

    async def walk() -> list[dict[str, Any]]:
        try:
            return [
                hit.to_dict()
                async for hit in hits.aiterate(1, client=client, timeframe=m.HitsTimeframe.LAST30, limit=25)
            ]
        finally:
            await client.get_async_httpx_client().aclose()

    assert asyncio.run(walk()) == expected and len(expected) > 25
