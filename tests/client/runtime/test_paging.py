"""Paging: `iterate`/`aiterate` walk every page once and stop on a short page, a page with nothing new, or
max_pages (runtime `_paging`), in every client.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from ..fakes import ScriptedServer, answer
from .support import (
    APIS,
    make,
)


def clickmeter_repeating_page(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"entities": [{"id": n, "uri": f"/datapoints/{n}"} for n in range(20)]})


def clickport_repeating_page(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"results": [{"page": f"/p{n}", "visitors": n} for n in range(20)]})


def clicky_repeating_page(request: httpx.Request) -> httpx.Response:
    items = [{"session_id": str(n), "ip_address": "10.0.0.1", "time": "1"} for n in range(20)]
    return httpx.Response(200, json=[{"type": "visitors-list", "dates": [{"date": "2026-03-31", "items": items}]}])


def iterate_call(api: str, client: Any, **options: Any) -> Iterator[Any]:
    if api == "clickport":
        from clickport_client.api.stats import query_stats
        from clickport_client.models import Dimension, Metric, QueryRequest

        body = QueryRequest(metrics=[Metric.VISITORS], dimensions=[Dimension.PAGE], limit=20)
        return query_stats.iterate(client=client, body=body, **options)
    if api == "clickmeter":
        from clickmeter_client.api.data_points import list_datapoints

        return list_datapoints.iterate(client=client, limit=20, **options)
    from clicky_client.api.stats import get_stats

    return get_stats.iterate(client=client, type_=["visitors-list"], limit=20, **options)


REPEATING = {
    "clickmeter": clickmeter_repeating_page,
    "clickport": clickport_repeating_page,
    "clicky": clicky_repeating_page,
}


@pytest.mark.parametrize("api", APIS)
def test_iterate_stops_when_a_page_brings_nothing_new(api: str, caplog: pytest.LogCaptureFixture) -> None:
    server = ScriptedServer(REPEATING[api])
    items = list(iterate_call(api, make(api, server)[1]))
    assert len(items) == 20 and len(server.requests) == 2
    assert "ignores paging" in caplog.text


def aiterate_call(api: str, client: Any) -> Any:
    if api == "clickport":
        from clickport_client.api.stats import query_stats
        from clickport_client.models import Metric, QueryRequest

        return query_stats.aiterate(client=client, body=QueryRequest(metrics=[Metric.VISITORS], limit=20))
    if api == "clickmeter":
        from clickmeter_client.api.data_points import list_datapoints

        return list_datapoints.aiterate(client=client, limit=20)
    from clicky_client.api.stats import get_stats

    return get_stats.aiterate(client=client, type_=["visitors-list"], limit=20)


@pytest.mark.parametrize("api", APIS)
async def test_aiterate_stops_the_same_way(api: str) -> None:
    server = ScriptedServer(REPEATING[api])
    items = [item async for item in aiterate_call(api, make(api, server)[1])]
    assert len(items) == 20 and len(server.requests) == 2


def numbered_pages(api: str) -> Callable[[httpx.Request], httpx.Response]:
    """Endless full pages of new items."""
    counter = iter(range(10**6))

    def page(request: httpx.Request) -> httpx.Response:
        numbers = [next(counter) for _ in range(20)]
        if api == "clickmeter":
            return httpx.Response(200, json={"entities": [{"id": n, "uri": f"/d/{n}"} for n in numbers]})
        if api == "clickport":
            return httpx.Response(200, json={"results": [{"page": f"/p{n}", "visitors": n} for n in numbers]})
        items = [{"session_id": str(n), "ip_address": "10.0.0.1", "time": "1"} for n in numbers]
        return httpx.Response(200, json=[{"type": "visitors-list", "dates": [{"date": "2026-03-31", "items": items}]}])

    return page


@pytest.mark.parametrize("api", APIS)
def test_max_pages_bounds_the_walk(api: str) -> None:
    server = ScriptedServer(numbered_pages(api))
    items = list(iterate_call(api, make(api, server)[1], max_pages=3))
    assert len(items) == 60 and len(server.requests) == 3
    with pytest.raises(ValueError, match="max_pages"):
        list(iterate_call(api, make(api, server)[1], max_pages=0))


@pytest.mark.parametrize("api", APIS)
def test_every_iterator_is_typed_with_its_item_model(api: str) -> None:
    import collections.abc
    import pkgutil
    import typing

    api_package = importlib.import_module(f"{api}_client.api")
    paged = 0
    for tag in pkgutil.iter_modules(api_package.__path__):
        for operation in pkgutil.iter_modules([f"{api_package.__path__[0]}/{tag.name}"]):
            module = importlib.import_module(f"{api_package.__name__}.{tag.name}.{operation.name}")
            for walker, origin in (("iterate", collections.abc.Iterator), ("aiterate", collections.abc.AsyncIterator)):
                if not hasattr(module, walker):
                    continue
                paged += 1
                returned = typing.get_type_hints(getattr(module, walker))["return"]
                assert typing.get_origin(returned) is origin and typing.get_args(returned) != (Any,), module.__name__
    assert paged >= 2


def _rows_page(request: httpx.Request) -> httpx.Response:
    """Clickport's query answer for 23 rows, honouring the limit and offset of the request body."""
    query = json.loads(request.content)
    rows = [{"page": f"/p{i}", "visitors": 100 - i} for i in range(23)]
    page = rows[query.get("offset", 0) : query.get("offset", 0) + query["limit"]]
    return httpx.Response(200, json={"results": page})


def test_iterate_returns_every_row_exactly_once() -> None:
    from clickport_client.api.stats import query_stats
    from clickport_client.models import Dimension, Metric, QueryRequest

    server = ScriptedServer(_rows_page)
    body = QueryRequest(metrics=[Metric.VISITORS], dimensions=[Dimension.PAGE], limit=5)
    rows = list(query_stats.iterate(client=make("clickport", server)[1], body=body))
    assert [row.page for row in rows] == [f"/p{i}" for i in range(23)]  # type: ignore[union-attr]
    assert len(server.requests) == 5  # 5+5+5+5+3: the short page ends it


async def test_aiterate_returns_every_row_exactly_once() -> None:
    from clickport_client.api.stats import query_stats
    from clickport_client.models import Dimension, Metric, QueryRequest

    server = ScriptedServer(_rows_page)
    body = QueryRequest(metrics=[Metric.VISITORS], dimensions=[Dimension.PAGE], limit=10)
    rows = [row async for row in query_stats.aiterate(client=make("clickport", server)[1], body=body)]
    assert len(rows) == 23 and len({row.page for row in rows}) == 23  # type: ignore[union-attr]


def test_iterate_stops_after_a_short_page() -> None:
    from clickport_client.api.stats import query_stats
    from clickport_client.models import QueryRequest

    # A page shorter than the limit is the last one: no second request.
    server = ScriptedServer(answer(200, {"results": [{"page": "/", "visitors": 1}]}))
    rows = list(query_stats.iterate(client=make("clickport", server)[1], body=QueryRequest(limit=5)))
    assert len(rows) == 1 and len(server.requests) == 1
