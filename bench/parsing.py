"""Parsing: building the generated models from a large answer, against two baselines measured in the same
interleaved rounds on the same bytes: json.loads (no typing at all) and pydantic-core, i.e. pydantic v2 models
of the same shapes validated straight from the JSON bytes (what a user would otherwise reach for)."""

from __future__ import annotations

import json
from collections.abc import Callable

import attrs
import httpx

from bench.figures import Bound, Figure
from bench.measure import interleaved, seconds_of
from bench.payloads import clickmeter_hits, clicky_visitors_list, load_spec
from bench.profiling import hotspots
from bench.settings import BenchSettings
from clickapis.catalog import APIS

BENCHMARK = "parsing"
ITEMS = 1000
JSON_TARGET = Bound("<=", 1.8)
PYDANTIC_TARGET = Bound("<=", 1.0)
PYDANTIC = "pydantic-core (TypeAdapter.validate_json)"


def answering(body: bytes) -> dict[str, httpx.MockTransport]:
    """httpx_args that make a generated client receive `body` without a network."""
    return {"transport": httpx.MockTransport(lambda request: httpx.Response(200, content=body))}


def clicky_actions(body: bytes, items: int) -> dict[str, Callable[[], object]]:
    from clicky_client import Client
    from clicky_client._json import loads
    from clicky_client.api.stats import get_stats
    from clicky_client.models import VisitorsListResult

    client = Client(**APIS["clicky"].client_arguments, base_url="http://clicky.test", httpx_args=answering(body))
    return {
        "decode + VisitorsListResult.from_dict": lambda: VisitorsListResult.from_dict(loads(body)[0]),
        "get_stats.sync (in-memory transport)": lambda: get_stats.sync(
            client=client, type_=["visitors-list"], limit=items
        ),
    }


def clickmeter_actions(body: bytes, items: int) -> dict[str, Callable[[], object]]:
    from clickmeter_client import Client
    from clickmeter_client._json import loads
    from clickmeter_client.api.hits import list_hits
    from clickmeter_client.models import HitList, HitsTimeframe

    client = Client(
        **APIS["clickmeter"].client_arguments, base_url="http://clickmeter.test", httpx_args=answering(body)
    )
    return {
        "decode + HitList.from_dict": lambda: HitList.from_dict(loads(body)),
        "list_hits.sync (in-memory transport)": lambda: list_hits.sync(
            client=client, timeframe=HitsTimeframe.LAST7, limit=items
        ),
    }


def decoder_in_use(package: str) -> str:
    """Which JSON decoder the generated client's runtime picked (orjson where installed)."""
    import importlib

    loads = importlib.import_module(f"{package}._json").loads
    return "orjson" if loads.__name__ == "_fast_loads" else "stdlib json"


def figures_for(
    subject: str,
    body: bytes,
    actions: dict[str, Callable[[], object]],
    pydantic_parse: Callable[[], object],
    decoder: str,
    runs: int,
) -> list[Figure]:
    timed = {name: (lambda action=action: seconds_of(action)) for name, action in actions.items()}
    baselines = {
        "json.loads": lambda: seconds_of(lambda: json.loads(body)),
        PYDANTIC: lambda: seconds_of(pydantic_parse),
    }
    spreads = {name: spread.scaled(1e3) for name, spread in interleaved({**timed, **baselines}, runs).items()}
    size = f"{len(body) / 1e6:.1f} MB"
    figures = [
        Figure(
            BENCHMARK,
            f"{subject}: {PYDANTIC}",
            "ms",
            spreads[PYDANTIC],
            spreads["json.loads"],
            f"json.loads ({size})",
            note="pydantic v2 models of the same shapes (bench/pydantic_shapes.py): the baseline to match.",
        )
    ]
    for name, action in actions.items():
        against_json = Figure(
            BENCHMARK,
            f"{subject}: {name}",
            "ms",
            spreads[name],
            spreads["json.loads"],
            f"json.loads ({size})",
            JSON_TARGET,
            note=f"decoder: {decoder}",
        )
        against_pydantic = Figure(
            BENCHMARK, f"{subject}: {name}", "ms", spreads[name], spreads[PYDANTIC], PYDANTIC, PYDANTIC_TARGET
        )
        for figure in (against_json, against_pydantic):
            if figure.met is False:
                figure = attrs.evolve(figure, note=f"{figure.note}; most own time in: {hotspots(action)}".lstrip("; "))
            figures.append(figure)
    parse_alone, *through_client = actions
    for name in through_client:  # what the request, the response wrapper and the error checks add to the parse
        figures.append(Figure(BENCHMARK, f"{subject}: {name}", "ms", spreads[name], spreads[parse_alone], parse_alone))
    return figures


def run(settings: BenchSettings) -> list[Figure]:
    return measure(settings, items=ITEMS, runs=settings.pick(25, 5))


def measure(settings: BenchSettings, items: int, runs: int) -> list[Figure]:
    from bench.pydantic_shapes import CLICKMETER_HIT_LIST, CLICKY_VISITORS_LIST

    clicky = clicky_visitors_list(load_spec(settings.repo, "clicky"), items)
    clickmeter = clickmeter_hits(load_spec(settings.repo, "clickmeter"), items)
    return [
        *figures_for(
            f"Clicky visitors-list, {items:,} visitors",
            clicky,
            clicky_actions(clicky, items),
            lambda: CLICKY_VISITORS_LIST.validate_json(clicky),
            decoder_in_use(APIS["clicky"].package),
            runs,
        ),
        *figures_for(
            f"ClickMeter hits page, {items:,} hits",
            clickmeter,
            clickmeter_actions(clickmeter, items),
            lambda: CLICKMETER_HIT_LIST.validate_json(clickmeter),
            decoder_in_use(APIS["clickmeter"].package),
            runs,
        ),
    ]
