"""The generated Clicky client against the Clicky mock served over HTTP (the client tests' mock process)."""

from __future__ import annotations

import asyncio
import logging

import clicky_client
import httpx
import phpserialize
import pytest
from clicky_client.api.stats import get_stats
from clicky_client.models.actions_list_result import ActionsListResult
from clicky_client.models.flag import Flag
from clicky_client.models.get_stats_output import GetStatsOutput
from clicky_client.models.popular_result import PopularResult
from clicky_client.models.searches_links_result import SearchesLinksResult
from clicky_client.models.segmentation_result import SegmentationResult
from clicky_client.models.tally_result import TallyResult
from clicky_client.models.type_result import TypeResult
from clicky_client.models.uptime_list_result import UptimeListResult
from clicky_client.models.uptime_result import UptimeResult
from clicky_client.models.visitors_list_result import VisitorsListResult

from clickapis.catalog import APIS

SITEKEY = APIS["clicky"].client_arguments["sitekey"]
EVERY_FAMILY = [
    ("visitors", TallyResult),
    ("pages", PopularResult),
    ("visitors-list", VisitorsListResult),
    ("actions-list", ActionsListResult),
    ("searches-recent", SearchesLinksResult),
    ("uptime", UptimeResult),
    ("uptime-list", UptimeListResult),
    ("segmentation", SegmentationResult),
    ("feedburner-stats", TypeResult),
]

LIST_FAMILIES = [
    ("visitors", TallyResult),
    ("visitors-list", VisitorsListResult),
    ("actions-list", ActionsListResult),
    ("searches-recent", SearchesLinksResult),
    ("uptime", UptimeResult),
    ("uptime-list", UptimeListResult),
]


@pytest.fixture(scope="module")
def base_url(clicky_url: str) -> str:
    return clicky_url


def make_client(base_url: str, **options: object) -> clicky_client.Client:
    return clicky_client.Client(base_url, **APIS["clicky"].client_arguments, max_retries=0, **options)  # type: ignore[arg-type]


def test_a_multi_type_request_returns_every_family_typed(base_url: str) -> None:
    with make_client(base_url) as client:
        results = get_stats.sync(client=client, type_=[name for name, _ in EVERY_FAMILY], date="last-7-days", limit=3)
    assert [type(result) for result in results] == [family for _, family in EVERY_FAMILY]


def test_list_families_are_typed_with_number_accessors(base_url: str) -> None:
    with make_client(base_url) as client:
        results = get_stats.sync(client=client, type_=[name for name, _ in LIST_FAMILIES], date="last-7-days", limit=3)
    assert [type(result) for result in results] == [family for _, family in LIST_FAMILIES]
    tally, visitors = results[0], results[1]
    assert isinstance(tally, TallyResult) and isinstance(visitors, VisitorsListResult)
    assert tally.dates[0].items[0].value_number == float(tally.dates[0].items[0].value) > 0
    first = visitors.dates[0].items[0]
    assert first.actions_number == int(str(first.actions)) and first.time_number == int(str(first.time))
    uptime = results[4]
    assert isinstance(uptime, UptimeResult)
    assert all(item.event_count_number == int(str(item.event_count)) for item in uptime.dates[0].items)


def test_popular_items_keep_their_fields_and_an_unknown_type_parses(base_url: str) -> None:
    (pages, unknown) = get_stats.sync(client=make_client(base_url), type_=["pages", "feedburner-stats"])
    assert pages.to_dict()["type"] == "pages" and pages.dates[0].items
    assert all("value_percent" in item.to_dict() for item in pages.dates[0].items)
    assert unknown.to_dict() == {"type": "feedburner-stats", "dates": [{"date": "2026-03-31", "items": []}]}


async def test_the_async_call_returns_the_same_typed_answer(base_url: str) -> None:
    async with make_client(base_url) as client:
        results = await get_stats.asyncio(client=client, type_=["visitors", "countries"], date="yesterday")
    sync_client = make_client(base_url)
    assert [r.to_dict() for r in results] == [
        r.to_dict() for r in get_stats.sync(client=sync_client, type_=["visitors", "countries"], date="yesterday")
    ]


def test_an_error_in_a_200_answer_raises_the_typed_error_without_the_key(base_url: str) -> None:
    wrong = "0f3545d91b71cf50"
    client = clicky_client.Client(base_url, site_id="101", sitekey=wrong)
    with pytest.raises(clicky_client.AuthenticationError) as raised:
        get_stats.sync(client=client, type_=["visitors"])
    assert "Invalid sitekey." in str(raised.value)
    assert wrong not in str(raised.value) and wrong not in repr(raised.value)
    with pytest.raises(clicky_client.BadRequestError, match=r"You must specify a type\."):
        get_stats.sync(client=make_client(base_url))


def test_raw_xml_csv_and_php_bodies_are_reachable(base_url: str) -> None:
    client = make_client(base_url)
    xml = get_stats.sync_detailed(client=client, type_=["visitors"], output=GetStatsOutput.XML).content
    assert xml.startswith(b"<?xml") and b'<response status="ok">' in xml
    csv_body = get_stats.sync_detailed(
        client=client, type_=["visitors"], date="last-3-days", daily=Flag.ON, output=GetStatsOutput.CSV
    ).content
    assert csv_body.decode().splitlines()[0].startswith("2026-03-31,")
    php = get_stats.sync_detailed(client=client, type_=["visitors"], output=GetStatsOutput.PHP).content
    assert "visitors" in phpserialize.loads(php, decode_strings=True)


def test_iterate_returns_every_visitor_exactly_once(base_url: str) -> None:
    client = make_client(base_url)
    visitors = list(get_stats.iterate(client=client, type_=["visitors-list"], date="last-3-days", limit=25))
    sessions = [visitor.session_id for visitor in visitors]
    (tally,) = get_stats.sync(client=client, type_=["visitors"], date="last-3-days")
    assert isinstance(tally, TallyResult)
    assert len(sessions) == len(set(sessions)) == int(tally.dates[0].items[0].value) > 25


async def test_concurrent_calls_succeed_because_the_client_serialises_per_site(base_url: str) -> None:
    async with make_client(base_url) as client:
        calls = (get_stats.asyncio(client=client, type_=["visitors-list"], limit=1) for _ in range(4))
        results = await asyncio.gather(*calls)
    assert all(result[0].type_ == "visitors-list" for result in results)  # the mock limits this type (seed 002 l. 8-11)


async def test_without_pacing_the_mock_refuses_concurrent_calls(base_url: str) -> None:
    async with make_client(base_url, pacing={"site": None}) as client:
        outcomes = await asyncio.gather(
            *(get_stats.asyncio(client=client, type_=["visitors-list"], limit=1) for _ in range(4)),
            return_exceptions=True,
        )
    refused = [outcome for outcome in outcomes if isinstance(outcome, clicky_client.RateLimitError)]
    assert refused and "Too many simultaneous requests for this site." in str(refused[0])
    assert any(isinstance(outcome, list) for outcome in outcomes)


def test_the_sitekey_never_shows_in_reprs_errors_or_logs(base_url: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client = make_client(base_url)
    assert SITEKEY not in repr(client)
    get_stats.sync(client=client, type_=["visitors"])
    with pytest.raises(clicky_client.BadRequestError) as raised:
        get_stats.sync(client=client)  # no type: "You must specify a type." (an invalid date would mean today)
    assert SITEKEY not in str(raised.value) and SITEKEY not in repr(raised.value)
    assert caplog.records and SITEKEY not in caplog.text
    assert any(record.name == "clicky_client" and "/api/stats/4" in record.getMessage() for record in caplog.records)
    detailed = get_stats.sync_detailed(client=client, type_=["visitors"])
    assert SITEKEY not in repr(detailed.http_response.request.url)


def test_client_without_the_mock_limit_proves_transport_setup(base_url: str) -> None:
    """httpx_args={"transport": ...} reaches the same mock: the documented way to plug a transport in."""
    transport = httpx.HTTPTransport()
    client = make_client(base_url, httpx_args={"transport": transport})
    (result,) = get_stats.sync(client=client, type_=["visitors"])
    assert isinstance(result, TallyResult)
