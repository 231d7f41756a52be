"""Arguments as users pass them: one value for a list parameter, enum values as strings, dates as ISO
strings, each normalised for the wire or refused naming the parameter (runtime `_arguments`).
"""

from __future__ import annotations

from typing import Any

import pytest

from ..fakes import ScriptedServer, answer
from .support import (
    CLICKY_SITEKEY,
    OK_BODIES,
    make,
)


def clicky_client_for(server: ScriptedServer) -> Any:
    return make("clicky", server, max_retries=0)[1]


@pytest.mark.parametrize("single", ["visitors", "TallyType.VISITORS"])
def test_one_value_for_a_list_parameter_is_a_one_item_list_not_its_characters(single: str) -> None:
    from clicky_client.api.stats import get_stats
    from clicky_client.models import TallyType

    value = TallyType.VISITORS if single == "TallyType.VISITORS" else single
    server = ScriptedServer(answer(200, OK_BODIES["clicky"]))
    get_stats.sync(client=clicky_client_for(server), type_=value, segments="summary")  # type: ignore[arg-type]
    sent = server.requests[0].url.params
    assert sent["type"] == "visitors" and sent["segments"] == "summary"


def test_a_mapping_for_a_list_parameter_is_refused_naming_it() -> None:
    from clicky_client.api.stats import get_stats

    server = ScriptedServer(answer(200, OK_BODIES["clicky"]))
    with pytest.raises(TypeError, match="type_"):
        get_stats.sync(client=clicky_client_for(server), type_={"visitors": 1})  # type: ignore[arg-type]
    assert not server.requests


def test_enum_parameters_take_their_string_values_and_refuse_others_by_name() -> None:
    from clickmeter_client.api.data_points import list_datapoint_hits
    from clicky_client.api.stats import get_stats

    server = ScriptedServer(answer(200, {"hits": []}))
    _, clickmeter = make("clickmeter", server)
    list(list_datapoint_hits.iterate(client=clickmeter, id=1, timeframe="last7"))  # type: ignore[arg-type]
    assert server.requests[0].url.params["timeframe"] == "last7"
    # Enums stay open (a value the API added later is sent as is, and the API judges it); a wrong type is refused.
    list_datapoint_hits.sync(client=clickmeter, id=1, timeframe="last365")  # type: ignore[arg-type]
    assert server.requests[-1].url.params["timeframe"] == "last365"
    with pytest.raises(ValueError, match=r"timeframe: 7 is not one of .*'last7'"):
        list_datapoint_hits.sync(client=clickmeter, id=1, timeframe=7)  # type: ignore[arg-type]
    clicky_server = ScriptedServer(answer(200, "<response/>"))
    get_stats.sync_detailed(client=clicky_client_for(clicky_server), type_=["visitors"], output="xml")  # type: ignore[arg-type]
    assert clicky_server.requests[0].url.params["output"] == "xml"


def test_date_parameters_take_dates_and_iso_strings_and_refuse_others_by_name() -> None:
    import datetime

    from clickport_client.api.convenience import list_top_pages

    server = ScriptedServer(answer(200, {"results": []}))
    _, client = make("clickport", server)
    list_top_pages.sync_detailed(client=client, start_date="2026-03-01", end_date=datetime.date(2026, 3, 8))  # type: ignore[arg-type]
    assert server.requests[0].url.params["start_date"] == "2026-03-01"
    assert server.requests[0].url.params["end_date"] == "2026-03-08"
    with pytest.raises(TypeError, match=r"start_date: expected a datetime\.date"):
        list_top_pages.sync_detailed(client=client, start_date=20260301, end_date="2026-03-08")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"end_date: '03/08/2026' is not an ISO date"):
        list_top_pages.sync_detailed(client=client, start_date="2026-03-01", end_date="03/08/2026")  # type: ignore[arg-type]


def test_the_demo_segmentation_call_gets_the_segments_it_asks_for_from_the_mock(clicky_url: str) -> None:
    from clicky_client import Client
    from clicky_client.api.stats import get_stats
    from clicky_client.models import SegmentationResult

    client = Client(clicky_url, site_id="101", sitekey=CLICKY_SITEKEY)
    (result,) = get_stats.sync(client=client, type_="segmentation", segments=["summary", "countries"])  # type: ignore[arg-type]
    assert isinstance(result, SegmentationResult)
    detailed = get_stats.sync_detailed(client=client, type_="segmentation", segments="summary")  # type: ignore[arg-type]
    sent = detailed.http_response.request.url
    assert sent.params["type"] == "segmentation" and sent.params["segments"] == "summary"
    assert result.dates and [item["segment"] for item in result.dates[0].items] == ["summary", "countries"]
