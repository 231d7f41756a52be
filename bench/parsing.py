"""Parsing: building the generated models from a large answer vs json.loads of the same bytes."""

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

BENCHMARK = "parsing"
ITEMS = 1000
TARGET = Bound("<=", 3.0)


def answering(body: bytes) -> dict[str, httpx.MockTransport]:
    """httpx_args that make a generated client receive `body` without a network."""
    return {"transport": httpx.MockTransport(lambda request: httpx.Response(200, content=body))}


def clicky_actions(body: bytes, items: int) -> dict[str, Callable[[], object]]:
    from clicky_client import Client
    from clicky_client.api.stats import get_stats
    from clicky_client.models import VisitorsListResult

    client = Client(
        site_id="101", sitekey="5a7e0c1d9b3f4e21", base_url="http://clicky.test", httpx_args=answering(body)
    )
    return {
        "VisitorsListResult.from_dict": lambda: VisitorsListResult.from_dict(json.loads(body)[0]),
        "get_stats.sync (in-memory transport)": lambda: get_stats.sync(
            client=client, type_=["visitors-list"], limit=items
        ),
    }


def clickmeter_actions(body: bytes, items: int) -> dict[str, Callable[[], object]]:
    from clickmeter_client import Client
    from clickmeter_client.api.hits import list_hits
    from clickmeter_client.models import HitList, HitsTimeframe

    client = Client(api_key="cm-demo-key", base_url="http://clickmeter.test", httpx_args=answering(body))
    return {
        "HitList.from_dict": lambda: HitList.from_dict(json.loads(body)),
        "list_hits.sync (in-memory transport)": lambda: list_hits.sync(
            client=client, timeframe=HitsTimeframe.LAST7, limit=items
        ),
    }


def figures_for(subject: str, body: bytes, actions: dict[str, Callable[[], object]], runs: int) -> list[Figure]:
    timed = {name: (lambda action=action: seconds_of(action)) for name, action in actions.items()}
    spreads = interleaved({**timed, "json.loads": lambda: seconds_of(lambda: json.loads(body))}, runs)
    figures = []
    for name, action in actions.items():
        figure = Figure(
            BENCHMARK,
            f"{subject}: {name}",
            "ms",
            spreads[name].scaled(1e3),
            spreads["json.loads"].scaled(1e3),
            f"json.loads ({len(body) / 1e6:.1f} MB)",
            TARGET,
        )
        if figure.met is False:
            figure = attrs.evolve(figure, note=f"most own time in: {hotspots(action)}")
        figures.append(figure)
    return figures


def run(settings: BenchSettings) -> list[Figure]:
    return measure(settings, items=ITEMS, runs=settings.pick(25, 5))


def measure(settings: BenchSettings, items: int, runs: int) -> list[Figure]:
    clicky = clicky_visitors_list(load_spec(settings.repo, "clicky"), items)
    clickmeter = clickmeter_hits(load_spec(settings.repo, "clickmeter"), items)
    return [
        *figures_for(f"Clicky visitors-list, {items:,} visitors", clicky, clicky_actions(clicky, items), runs),
        *figures_for(f"ClickMeter hits page, {items:,} hits", clickmeter, clickmeter_actions(clickmeter, items), runs),
    ]
