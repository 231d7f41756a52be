"""Recording calls made through a generated client, and checking that every operation was called."""

from __future__ import annotations

import importlib
import pkgutil
import time
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs

from clickapis.catalog import APIS
from clickapis.yaml_files import read_yaml
from generator.naming import snake_case

REPO = Path(__file__).resolve().parents[2]


@attrs.frozen
class CallRecord:
    api: str
    operation: str  # the endpoint module's name: snake_case of the operationId
    seconds: float
    error: str | None

    @property
    def ok(self) -> bool:
        return self.error is None


@attrs.define
class CallRecorder:
    """Calls `endpoint.sync(client=..., **arguments)` and records how it went; failures are kept, not raised."""

    api: str
    client: Any
    records: list[CallRecord] = attrs.field(factory=list)

    def call(self, endpoint: ModuleType, *path_arguments: Any, **arguments: Any) -> Any:
        operation = endpoint.__name__.rsplit(".", 1)[-1]
        started = time.perf_counter()
        try:
            result = endpoint.sync(*path_arguments, client=self.client, **arguments)
        except Exception as error:
            self.records.append(CallRecord(self.api, operation, time.perf_counter() - started, repr(error)))
            return None
        self.records.append(CallRecord(self.api, operation, time.perf_counter() - started, None))
        return result


def spec_operations(api: str) -> set[str]:
    """Every operation of the effective spec, named as the generated endpoint modules are."""
    spec = read_yaml(REPO / APIS[api].effective_spec)
    return {
        snake_case(operation["operationId"])
        for path_item in spec["paths"].values()
        for method, operation in path_item.items()
        if method in {"get", "put", "post", "delete", "patch", "head", "options"}
    }


def uncalled_operations(api: str, records: Iterable[CallRecord]) -> list[str]:
    return sorted(spec_operations(api) - {record.operation for record in records if record.api == api})


def endpoint_modules(package: str) -> dict[str, ModuleType]:
    """Every endpoint module of a generated client, by module name (snake_case of its operationId)."""
    api = importlib.import_module(f"{package}.api")
    found = {}
    for section in pkgutil.iter_modules(api.__path__):
        tag = importlib.import_module(f"{api.__name__}.{section.name}")
        for module in pkgutil.iter_modules(tag.__path__):
            found[module.name] = importlib.import_module(f"{tag.__name__}.{module.name}")
    return found
