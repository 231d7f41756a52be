"""What the runtime tests share: for each of the three clients, its credentials, one safe GET operation
(sync, async and detailed), a success body it parses, where its credential travels, and a client on a scripted
transport with a fake clock (tests/client/fakes.py)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import httpx

from clickapis.catalog import api

from ..fakes import FakeClock, ScriptedServer

SECRET = "s3cr3tvalue0042"


def call_clickport(client: Any) -> Any:
    from clickport_client.api.realtime import get_realtime_visitors

    return get_realtime_visitors.sync(client=client)


def call_clickmeter(client: Any) -> Any:
    from clickmeter_client.api.account import get_account

    return get_account.sync(client=client)


def call_clicky(client: Any) -> Any:
    from clicky_client.api.stats import get_stats

    return get_stats.sync(client=client, type_=["visitors"])


CLIENTS: dict[str, tuple[dict[str, str], Callable[[Any], Any], Callable[[httpx.Request], str | None]]] = {
    "clickport": ({"api_key": SECRET}, call_clickport, lambda request: request.headers.get("x-api-key")),
    "clickmeter": ({"api_key": SECRET}, call_clickmeter, lambda request: request.headers.get("X-Clickmeter-AuthKey")),
    "clicky": ({"site_id": "101", "sitekey": SECRET}, call_clicky, lambda request: request.url.params.get("sitekey")),
}


def make(api: str, server: ScriptedServer, **options: Any) -> tuple[Any, Any]:
    package = importlib.import_module(f"{api}_client")
    credentials, _, _ = CLIENTS[api]
    options = {"clock": FakeClock(), **options}
    client = package.Client("https://api.test", httpx_args={"transport": server.transport()}, **credentials, **options)
    return package, client


APIS = sorted(CLIENTS)


CLICKY_SITEKEY = api("clicky").client_arguments["sitekey"]  # the mock's demo sitekey


# A success body each client parses, and its call through sync_detailed (status errors do not raise there).
OK_BODIES: dict[str, Any] = {
    "clickport": {"count": 0, "visitors": []},
    "clickmeter": {"id": 1},
    "clicky": [{"type": "visitors", "dates": []}],
}


def detailed_call(api: str, client: Any) -> Any:
    if api == "clickport":
        from clickport_client.api.realtime import get_realtime_visitors

        return get_realtime_visitors.sync_detailed(client=client)
    if api == "clickmeter":
        from clickmeter_client.api.account import get_account

        return get_account.sync_detailed(client=client)
    from clicky_client.api.stats import get_stats

    return get_stats.sync_detailed(client=client, type_=["visitors"])


def parsed_ok_body(api: str, result: Any) -> bool:
    """Whether `result` is CLIENTS[api][1]'s parsed model of OK_BODIES[api]."""
    if api == "clicky":
        return len(result) == 1 and result[0].type_.value == "visitors" and result[0].dates == []
    return bool(result.to_dict() == OK_BODIES[api])


def credential_sent(api: str, request: httpx.Request) -> bool:
    return CLIENTS[api][2](request) is not None


async def async_call(api: str, client: Any) -> Any:
    """The same operation as CLIENTS[api][1], through its asyncio() flavour."""
    if api == "clickport":
        from clickport_client.api.realtime import get_realtime_visitors

        return await get_realtime_visitors.asyncio(client=client)
    if api == "clickmeter":
        from clickmeter_client.api.account import get_account

        return await get_account.asyncio(client=client)
    from clicky_client.api.stats import get_stats

    return await get_stats.asyncio(client=client, type_=["visitors"])


# The environment variables of each client's credentials and base URL.
ENVIRONMENT: dict[str, tuple[dict[str, str], str]] = {
    "clickport": ({"api_key": "CLICKPORT_API_KEY"}, "CLICKPORT_BASE_URL"),
    "clickmeter": ({"api_key": "CLICKMETER_API_KEY"}, "CLICKMETER_BASE_URL"),
    "clicky": ({"site_id": "CLICKY_SITE_ID", "sitekey": "CLICKY_SITEKEY"}, "CLICKY_BASE_URL"),
}
# Where each operation above goes, as the client reports it (credentials are added at the last moment, on the wire).
OPERATION_URLS: dict[str, str] = {
    "clickport": "https://api.test/api/realtime",
    "clickmeter": "https://api.test/account",
    "clicky": "https://api.test/api/stats/4?type=visitors&output=json&limit=50&page=1&date=today",
}
