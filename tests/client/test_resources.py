"""The resource-style clients: `client.<group>.<operation>()` for every operation of the three clients, sync and
async, raw and paged forms, each answering exactly what the endpoint module's function answers."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import itertools
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar

import httpx
import pytest

from clickapis.catalog import API_NAMES, APIS
from clickapis.yaml_files import read_yaml
from generator.naming import snake_case
from tests.support.calls import REPO, CallRecorder, endpoint_modules

SCENARIOS = {name: importlib.import_module(f"tests.support.scenarios.{name}") for name in API_NAMES}
DUMMY_CREDENTIALS = {name: dict.fromkeys(entry.client_arguments, "1") for name, entry in APIS.items()}
READS_SENT_AS_POST = {"query_stats"}  # Clickport's stats query: a POST that changes nothing, so it can repeat
ITEMS_COMPARED = 25  # of a paged operation's iterator: enough to cross a page boundary of the scenarios' small pages


def package(api: str) -> ModuleType:
    return importlib.import_module(APIS[api].package)


def operations(api: str) -> list[tuple[str, str, ModuleType]]:
    """(group, operation, endpoint module) for every operation of a client."""
    found = []
    for name, module in sorted(endpoint_modules(APIS[api].package).items()):
        group = module.__name__.split(".")[-2]
        found.append((group, name, module))
    return found


def every_operation() -> Iterator[Any]:
    for api in API_NAMES:
        for group, name, module in operations(api):
            yield pytest.param(api, group, name, module, id=f"{api}.{group}.{name}")


def without_client(function: Any) -> list[inspect.Parameter]:
    return [p for p in inspect.signature(function).parameters.values() if p.name != "client"]


def same_signature(method: Any, function: Any) -> None:
    """The method takes exactly the function's arguments (minus `client`) and returns the same type."""
    method_parameters = list(inspect.signature(method).parameters.values())
    assert method_parameters == without_client(function)
    assert inspect.signature(method).return_annotation == inspect.signature(function).return_annotation
    assert method.__doc__ and "Raises:" in method.__doc__


@pytest.mark.parametrize(("api", "group", "name", "module"), list(every_operation()))
def test_every_operation_has_its_resource_methods(api: str, group: str, name: str, module: ModuleType) -> None:
    client = package(api).Client("http://127.0.0.1:9", **DUMMY_CREDENTIALS[api])
    async_client = package(api).AsyncClient("http://127.0.0.1:9", **DUMMY_CREDENTIALS[api])
    resource, async_resource = getattr(client, group), getattr(async_client, group)

    method, async_method = getattr(resource, name), getattr(async_resource, name)
    assert not inspect.iscoroutinefunction(method) and inspect.iscoroutinefunction(async_method)
    same_signature(method, module.sync)
    same_signature(async_method, module.asyncio)
    raw, async_raw = getattr(resource.with_raw_response, name), getattr(async_resource.with_raw_response, name)
    assert not inspect.iscoroutinefunction(raw) and inspect.iscoroutinefunction(async_raw)
    same_signature(raw, module.sync_detailed)
    same_signature(async_raw, module.asyncio_detailed)

    paged = hasattr(module, "iterate")
    assert hasattr(resource, f"iterate_{name}") == paged and hasattr(async_resource, f"iterate_{name}") == paged
    if paged:
        same_signature(getattr(resource, f"iterate_{name}"), module.iterate)
        same_signature(getattr(async_resource, f"iterate_{name}"), module.aiterate)


def short_names(api: str) -> dict[str, str]:
    """operation -> its x-sdk-name, from the effective spec."""
    spec = read_yaml(REPO / "generated" / api / "openapi.yaml")
    return {
        snake_case(operation["operationId"]): operation["x-sdk-name"]
        for path_item in spec["paths"].values()
        for operation in path_item.values()
        if isinstance(operation, dict) and "x-sdk-name" in operation
    }


def test_short_names_are_the_same_methods() -> None:
    aliases = short_names("clickmeter")
    assert aliases["count_datapoints"] == "count"  # the overlay names some; the test must not pass on none
    modules = {name: group for group, name, _ in operations("clickmeter")}
    client = package("clickmeter").Client("http://127.0.0.1:9", api_key="k")
    async_client = package("clickmeter").AsyncClient("http://127.0.0.1:9", api_key="k")
    for name, alias in aliases.items():
        for resource in (getattr(client, modules[name]), getattr(async_client, modules[name])):
            for flavour in (resource, resource.with_raw_response):
                assert getattr(flavour, alias).__func__ is getattr(flavour, name).__func__
            if hasattr(resource, f"iterate_{name}"):
                assert getattr(resource, f"iterate_{alias}").__func__ is getattr(resource, f"iterate_{name}").__func__


@pytest.mark.parametrize("api", API_NAMES)
def test_every_group_is_an_attribute_of_both_clients(api: str) -> None:
    groups = {group for group, _, _ in operations(api)}
    for client_class in (package(api).Client, package(api).AsyncClient):
        assert groups <= {name for name, value in vars(client_class).items() if isinstance(value, property)}
    configuration = importlib.import_module(f"{APIS[api].package}.client").Client
    assert issubclass(package(api).Client, configuration) and issubclass(package(api).AsyncClient, configuration)
    assert inspect.signature(package(api).AsyncClient) == inspect.signature(package(api).Client)  # same settings


class ComparingRecorder(CallRecorder):
    """Makes each scenario call through the resource method; a read (GET, or a query sent as POST) is also
    made through the module functions (sync, async, raw, iterator), and the answers must be equal."""

    compared: ClassVar[dict[str, set[str]]] = {}

    def call(self, endpoint: ModuleType, *path_arguments: Any, **arguments: Any) -> Any:
        group, name = endpoint.__name__.split(".")[-2:]
        resource = getattr(self.client, group)
        if endpoint._get_kwargs(*path_arguments, **arguments)["method"] == "get" or name in READS_SENT_AS_POST:
            compare_get(self.client, endpoint, group, name, path_arguments, arguments)
            self.compared.setdefault(self.api, set()).add(f"{group}.{name}")
        return super().call(_Bound(endpoint.__name__, getattr(resource, name)), *path_arguments, **arguments)


class _Bound:
    """Looks like an endpoint module to CallRecorder.call, whose `sync` is the resource method."""

    def __init__(self, module_name: str, method: Any) -> None:
        self.__name__ = module_name
        self._method = method

    def sync(self, *path_arguments: Any, client: Any, **arguments: Any) -> Any:
        return self._method(*path_arguments, **arguments)


def compare_get(
    client: Any, endpoint: ModuleType, group: str, name: str, path: tuple[Any, ...], kw: dict[str, Any]
) -> None:
    resource = getattr(client, group)
    assert getattr(resource, name)(*path, **kw) == endpoint.sync(*path, client=client, **kw)
    raw, module_raw = (
        getattr(resource.with_raw_response, name)(*path, **kw),
        endpoint.sync_detailed(*path, client=client, **kw),
    )
    assert (raw.status_code, raw.content, raw.parsed) == (module_raw.status_code, module_raw.content, module_raw.parsed)
    if hasattr(endpoint, "iterate"):
        items = list(itertools.islice(getattr(resource, f"iterate_{name}")(*path, **kw), ITEMS_COMPARED))
        assert items == list(itertools.islice(endpoint.iterate(*path, client=client, **kw), ITEMS_COMPARED))

    async def compare_async() -> None:
        settings = {argument: getattr(client, argument) for argument, *_ in package_of(endpoint).client.CREDENTIALS}
        async with package_of(endpoint).AsyncClient(client.base_url, **settings) as async_client:
            async_resource = getattr(async_client, group)
            answer = await getattr(async_resource, name)(*path, **kw)
            assert answer == await endpoint.asyncio(*path, client=async_client, **kw)
            raw = await getattr(async_resource.with_raw_response, name)(*path, **kw)
            module_raw = await endpoint.asyncio_detailed(*path, client=async_client, **kw)
            assert (raw.status_code, raw.content) == (module_raw.status_code, module_raw.content)
            if hasattr(endpoint, "aiterate"):
                items = await first_items(getattr(async_resource, f"iterate_{name}")(*path, **kw))
                assert items == await first_items(endpoint.aiterate(*path, client=async_client, **kw))

    asyncio.run(compare_async())


async def first_items(iterator: AsyncIterator[Any]) -> list[Any]:
    items = []
    async for item in iterator:
        items.append(item)
        if len(items) == ITEMS_COMPARED:
            break
    return items


def package_of(endpoint: ModuleType) -> Any:
    return importlib.import_module(endpoint.__name__.split(".")[0])


@pytest.mark.parametrize("api", API_NAMES)
def test_resource_methods_answer_what_the_module_functions_answer(
    api: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    scenario = SCENARIOS[api]
    monkeypatch.setattr(scenario, "CallRecorder", ComparingRecorder)
    recorder = scenario.run(request.getfixturevalue(f"{api}_url"))  # the scenario makes its own throw-away entities
    assert [record for record in recorder.records if not record.ok] == []
    assert ComparingRecorder.compared[api] == read_operations(api)  # every read, so every group that has one


def read_operations(api: str) -> set[str]:
    spec = read_yaml(REPO / "generated" / api / "openapi.yaml")
    gets = {snake_case(path_item["get"]["operationId"]) for path_item in spec["paths"].values() if "get" in path_item}
    return {f"{group}.{name}" for group, name, _ in operations(api) if name in gets | READS_SENT_AS_POST}


class ClosingTransport(httpx.AsyncBaseTransport):
    """The network transport, remembering whether the client closed it (and with it the connection pool)."""

    def __init__(self) -> None:
        self.network = httpx.AsyncHTTPTransport()
        self.closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.network.handle_async_request(request)

    async def aclose(self) -> None:
        self.closed = True
        await self.network.aclose()


def test_async_with_async_client_closes_its_pool(clickport_url: str) -> None:
    from clickport_client import AsyncClient
    from clickport_client.models import RealtimeVisitors

    transport = ClosingTransport()

    async def use() -> AsyncClient:
        settings = {**APIS["clickport"].client_arguments, "httpx_args": {"transport": transport}}
        async with AsyncClient(clickport_url, **settings) as client:
            assert isinstance(await client.realtime.get_realtime_visitors(), RealtimeVisitors)
            assert not transport.closed
        return client

    client = asyncio.run(use())
    assert transport.closed and client.get_async_httpx_client().is_closed
    with pytest.raises(RuntimeError, match="closed"):
        asyncio.run(client.realtime.get_realtime_visitors())


def test_mypy_strict_accepts_every_style_and_rejects_misuse(tmp_path: Path) -> None:
    misuse = tmp_path / "misuse.py"
    misuse.write_text(MISUSE)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(tmp_path / "cache"),
            str(EVERY_STYLE),
            str(misuse),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert not [line for line in errors if "every_style.py" in line], result.stdout
    assert [line.split(":")[1] for line in errors] == ["4", "6", "7"], result.stdout


EVERY_STYLE = REPO / "tests" / "data" / "typing" / "every_style.py"
# Misuse mypy must catch: a misspelt argument, an awaited answer taken for another type, an async iterator
# taken for a sync one.
MISUSE = """\
from clickport_client import AsyncClient, Client
from clickport_client.models import QueryRequest
async def misuse(client: Client, async_client: AsyncClient) -> None:
    client.stats.query_stats(bdy=QueryRequest())
    answer = await async_client.stats.query_stats(body=QueryRequest())
    number: int = answer
    for row in async_client.stats.iterate_query_stats(body=QueryRequest()):
        print(row)
"""
