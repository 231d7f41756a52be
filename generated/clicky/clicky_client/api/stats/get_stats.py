from collections.abc import AsyncIterator, Iterator
from typing import Any, Literal, cast

import httpx

from ... import _arguments, _base_client, _json, _paging
from ...client import Client
from ...models.actions_list_item import ActionsListItem
from ...models.actions_list_result import ActionsListResult
from ...models.chronological_type import ChronologicalType
from ...models.error_item import ErrorItem
from ...models.flag import Flag
from ...models.generic_item import GenericItem
from ...models.get_stats_action_type import GetStatsActionType
from ...models.get_stats_custom import GetStatsCustom
from ...models.get_stats_output import GetStatsOutput
from ...models.popular_item import PopularItem
from ...models.popular_result import PopularResult
from ...models.popular_type import PopularType
from ...models.searches_links_item import SearchesLinksItem
from ...models.searches_links_result import SearchesLinksResult
from ...models.segmentation_item import SegmentationItem
from ...models.segmentation_result import SegmentationResult
from ...models.segmentation_type import SegmentationType
from ...models.tally_item import TallyItem
from ...models.tally_result import TallyResult
from ...models.tally_type import TallyType
from ...models.type_result import TypeResult
from ...models.uptime_item import UptimeItem
from ...models.uptime_list_item import UptimeListItem
from ...models.uptime_list_result import UptimeListResult
from ...models.uptime_result import UptimeResult
from ...models.visitors_list_item import VisitorsListItem
from ...models.visitors_list_result import VisitorsListResult
from ...types import UNSET, Response, Unset

RETRY_SAFE = True
PACING = "site"


def _get_kwargs(
    *,
    type_: list[ChronologicalType | PopularType | SegmentationType | str | TallyType] | Unset = UNSET,
    output: GetStatsOutput | Unset = GetStatsOutput.JSON,
    limit: int | Literal["all"] | Unset = 50,
    page: int | Unset = 1,
    date: str | Unset = "today",
    daily: Flag | Unset = UNSET,
    hourly: Flag | Unset = UNSET,
    trends: Flag | Unset = UNSET,
    item: str | Unset = UNSET,
    heatmap_url: Flag | Unset = UNSET,
    visitor_details: list[str] | Unset = UNSET,
    visitors_details: list[str] | Unset = UNSET,
    time_offset: int | Unset = UNSET,
    segments: list[Literal["summary"] | PopularType | str | TallyType] | Unset = UNSET,
    ip_address: str | Unset = UNSET,
    uid: str | Unset = UNSET,
    new_visitors: Flag | Unset = UNSET,
    returning_visitors: Flag | Unset = UNSET,
    online: Flag | Unset = UNSET,
    heatmap: Flag | Unset = UNSET,
    actions: str | Unset = UNSET,
    time: str | Unset = UNSET,
    href: str | Unset = UNSET,
    landing: str | Unset = UNSET,
    exit_: str | Unset = UNSET,
    search: str | Unset = UNSET,
    search_local: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    link: str | Unset = UNSET,
    browser: str | Unset = UNSET,
    os: str | Unset = UNSET,
    resolution: str | Unset = UNSET,
    country: str | Unset = UNSET,
    city: str | Unset = UNSET,
    language: str | Unset = UNSET,
    hostname: str | Unset = UNSET,
    org: str | Unset = UNSET,
    source: str | Unset = UNSET,
    shorturl: str | Unset = UNSET,
    custom: GetStatsCustom | Unset = UNSET,
    goal: str | Unset = UNSET,
    campaign: str | Unset = UNSET,
    split: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    action_type: GetStatsActionType | Unset = UNSET,
    custom_keys_multi_values: Flag | Unset = UNSET,
    video_meta: Flag | Unset = UNSET,
    filter_: str | Unset = UNSET,
    json_callback: str | Unset = UNSET,
    json_var: str | Unset = UNSET,
    null_values: Flag | Unset = UNSET,
    app: str | Unset = UNSET,
    alert_id: str | Unset = UNSET,
) -> dict[str, Any]:
    type_ = _arguments.as_list("type_", type_)
    output = _arguments.as_enum("output", output, GetStatsOutput)
    daily = _arguments.as_enum("daily", daily, Flag)
    hourly = _arguments.as_enum("hourly", hourly, Flag)
    trends = _arguments.as_enum("trends", trends, Flag)
    heatmap_url = _arguments.as_enum("heatmap_url", heatmap_url, Flag)
    visitor_details = _arguments.as_list("visitor_details", visitor_details)
    visitors_details = _arguments.as_list("visitors_details", visitors_details)
    segments = _arguments.as_list("segments", segments)
    new_visitors = _arguments.as_enum("new_visitors", new_visitors, Flag)
    returning_visitors = _arguments.as_enum("returning_visitors", returning_visitors, Flag)
    online = _arguments.as_enum("online", online, Flag)
    heatmap = _arguments.as_enum("heatmap", heatmap, Flag)
    action_type = _arguments.as_enum("action_type", action_type, GetStatsActionType)
    custom_keys_multi_values = _arguments.as_enum("custom_keys_multi_values", custom_keys_multi_values, Flag)
    video_meta = _arguments.as_enum("video_meta", video_meta, Flag)
    null_values = _arguments.as_enum("null_values", null_values, Flag)

    params: dict[str, Any] = {}

    json_type_: list[str] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = []
        for type_item_data in type_:
            type_item: str
            if isinstance(type_item_data, TallyType):
                type_item = type_item_data.value
            elif isinstance(type_item_data, PopularType):
                type_item = type_item_data.value
            elif isinstance(type_item_data, ChronologicalType):
                type_item = type_item_data.value
            elif isinstance(type_item_data, SegmentationType):
                type_item = type_item_data.value
            else:
                type_item = type_item_data
            json_type_.append(type_item)

    params["type"] = json_type_ if isinstance(json_type_, Unset) else ",".join(str(item) for item in json_type_)
    json_output: str | Unset = UNSET
    if not isinstance(output, Unset):
        json_output = output.value

    params["output"] = json_output

    json_limit: int | Literal["all"] | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    params["page"] = page

    params["date"] = date

    json_daily: int | Unset = UNSET
    if not isinstance(daily, Unset):
        json_daily = daily.value

    params["daily"] = json_daily

    json_hourly: int | Unset = UNSET
    if not isinstance(hourly, Unset):
        json_hourly = hourly.value

    params["hourly"] = json_hourly

    json_trends: int | Unset = UNSET
    if not isinstance(trends, Unset):
        json_trends = trends.value

    params["trends"] = json_trends

    params["item"] = item

    json_heatmap_url: int | Unset = UNSET
    if not isinstance(heatmap_url, Unset):
        json_heatmap_url = heatmap_url.value

    params["heatmap_url"] = json_heatmap_url

    json_visitor_details: list[str] | Unset = UNSET
    if not isinstance(visitor_details, Unset):
        json_visitor_details = visitor_details

    params["visitor-details"] = (
        json_visitor_details
        if isinstance(json_visitor_details, Unset)
        else ",".join(str(item) for item in json_visitor_details)
    )
    json_visitors_details: list[str] | Unset = UNSET
    if not isinstance(visitors_details, Unset):
        json_visitors_details = visitors_details

    params["visitors-details"] = (
        json_visitors_details
        if isinstance(json_visitors_details, Unset)
        else ",".join(str(item) for item in json_visitors_details)
    )
    params["time_offset"] = time_offset

    json_segments: list[Literal["summary"] | str] | Unset = UNSET
    if not isinstance(segments, Unset):
        json_segments = []
        for segments_item_data in segments:
            segments_item: Literal["summary"] | str
            if isinstance(segments_item_data, TallyType):
                segments_item = segments_item_data.value
            elif isinstance(segments_item_data, PopularType):
                segments_item = segments_item_data.value
            else:
                segments_item = segments_item_data
            json_segments.append(segments_item)

    params["segments"] = (
        json_segments if isinstance(json_segments, Unset) else ",".join(str(item) for item in json_segments)
    )
    params["ip_address"] = ip_address

    params["uid"] = uid

    json_new_visitors: int | Unset = UNSET
    if not isinstance(new_visitors, Unset):
        json_new_visitors = new_visitors.value

    params["new_visitors"] = json_new_visitors

    json_returning_visitors: int | Unset = UNSET
    if not isinstance(returning_visitors, Unset):
        json_returning_visitors = returning_visitors.value

    params["returning_visitors"] = json_returning_visitors

    json_online: int | Unset = UNSET
    if not isinstance(online, Unset):
        json_online = online.value

    params["online"] = json_online

    json_heatmap: int | Unset = UNSET
    if not isinstance(heatmap, Unset):
        json_heatmap = heatmap.value

    params["heatmap"] = json_heatmap

    params["actions"] = actions

    params["time"] = time

    params["href"] = href

    params["landing"] = landing

    params["exit"] = exit_

    params["search"] = search

    params["search-local"] = search_local

    params["domain"] = domain

    params["link"] = link

    params["browser"] = browser

    params["os"] = os

    params["resolution"] = resolution

    params["country"] = country

    params["city"] = city

    params["language"] = language

    params["hostname"] = hostname

    params["org"] = org

    params["source"] = source

    params["shorturl"] = shorturl

    json_custom: dict[str, Any] | Unset = UNSET
    if not isinstance(custom, Unset):
        json_custom = custom.to_dict()
    if not isinstance(json_custom, Unset):
        params.update({f"custom[{key}]": value for key, value in json_custom.items()})

    params["goal"] = goal

    params["campaign"] = campaign

    params["split"] = split

    params["session_id"] = session_id

    json_action_type: str | Unset = UNSET
    if not isinstance(action_type, Unset):
        json_action_type = action_type.value

    params["action_type"] = json_action_type

    json_custom_keys_multi_values: int | Unset = UNSET
    if not isinstance(custom_keys_multi_values, Unset):
        json_custom_keys_multi_values = custom_keys_multi_values.value

    params["custom_keys_multi_values"] = json_custom_keys_multi_values

    json_video_meta: int | Unset = UNSET
    if not isinstance(video_meta, Unset):
        json_video_meta = video_meta.value

    params["video_meta"] = json_video_meta

    params["filter"] = filter_

    params["json_callback"] = json_callback

    params["json_var"] = json_var

    json_null_values: int | Unset = UNSET
    if not isinstance(null_values, Unset):
        json_null_values = null_values.value

    params["null_values"] = json_null_values

    params["app"] = app

    params["alert_id"] = alert_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/stats/4",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: Client, response: httpx.Response
) -> (
    Any
    | list[
        ActionsListResult
        | ErrorItem
        | PopularResult
        | SearchesLinksResult
        | SegmentationResult
        | TallyResult
        | TypeResult
        | UptimeListResult
        | UptimeResult
        | VisitorsListResult
    ]
    | str
    | None
):
    # Answers in application/vnd.php.serialized, text/csv, text/javascript, text/xml (the formats the request may ask for) are returned as text.
    if 200 <= response.status_code <= 299 and (text := _base_client.text_answer(response)) is not None:
        return text
    if response.status_code == 200:
        response_200 = []
        _response_200 = _json.loads(response.content)
        for componentsschemas_stats_response_item_data in _response_200:

            def _parse_componentsschemas_stats_response_item(
                data: object,
            ) -> (
                ActionsListResult
                | ErrorItem
                | PopularResult
                | SearchesLinksResult
                | SegmentationResult
                | TallyResult
                | TypeResult
                | UptimeListResult
                | UptimeResult
                | VisitorsListResult
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_stats_response_item_type_0 = TallyResult.from_dict(data)

                    return componentsschemas_stats_response_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_stats_response_item_type_1 = PopularResult.from_dict(data)

                    return componentsschemas_stats_response_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_stats_response_item_type_2 = VisitorsListResult.from_dict(data)

                    return componentsschemas_stats_response_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_stats_response_item_type_3 = ActionsListResult.from_dict(data)

                    return componentsschemas_stats_response_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_stats_response_item_type_4 = SearchesLinksResult.from_dict(data)

                    return componentsschemas_stats_response_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_stats_response_item_type_5 = UptimeResult.from_dict(data)

                    return componentsschemas_stats_response_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_stats_response_item_type_6 = UptimeListResult.from_dict(data)

                    return componentsschemas_stats_response_item_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_stats_response_item_type_7 = SegmentationResult.from_dict(data)

                    return componentsschemas_stats_response_item_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_stats_response_item_type_8 = TypeResult.from_dict(data)

                    return componentsschemas_stats_response_item_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stats_response_item_type_9 = ErrorItem.from_dict(data)

                return componentsschemas_stats_response_item_type_9

            componentsschemas_stats_response_item = _parse_componentsschemas_stats_response_item(
                componentsschemas_stats_response_item_data
            )

            response_200.append(componentsschemas_stats_response_item)

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 503:
        response_503 = cast(Any, None)
        return response_503

    return None


def _build_response(
    *, client: Client, response: httpx.Response
) -> Response[
    Any
    | list[
        ActionsListResult
        | ErrorItem
        | PopularResult
        | SearchesLinksResult
        | SegmentationResult
        | TallyResult
        | TypeResult
        | UptimeListResult
        | UptimeResult
        | VisitorsListResult
    ]
    | str
]:
    parsed, parse_error = None, None
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        parse_error = error
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        http_response=response,
        parse_error=parse_error,
    )


def sync_detailed(
    *,
    client: Client,
    type_: list[ChronologicalType | PopularType | SegmentationType | str | TallyType] | Unset = UNSET,
    output: GetStatsOutput | Unset = GetStatsOutput.JSON,
    limit: int | Literal["all"] | Unset = 50,
    page: int | Unset = 1,
    date: str | Unset = "today",
    daily: Flag | Unset = UNSET,
    hourly: Flag | Unset = UNSET,
    trends: Flag | Unset = UNSET,
    item: str | Unset = UNSET,
    heatmap_url: Flag | Unset = UNSET,
    visitor_details: list[str] | Unset = UNSET,
    visitors_details: list[str] | Unset = UNSET,
    time_offset: int | Unset = UNSET,
    segments: list[Literal["summary"] | PopularType | str | TallyType] | Unset = UNSET,
    ip_address: str | Unset = UNSET,
    uid: str | Unset = UNSET,
    new_visitors: Flag | Unset = UNSET,
    returning_visitors: Flag | Unset = UNSET,
    online: Flag | Unset = UNSET,
    heatmap: Flag | Unset = UNSET,
    actions: str | Unset = UNSET,
    time: str | Unset = UNSET,
    href: str | Unset = UNSET,
    landing: str | Unset = UNSET,
    exit_: str | Unset = UNSET,
    search: str | Unset = UNSET,
    search_local: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    link: str | Unset = UNSET,
    browser: str | Unset = UNSET,
    os: str | Unset = UNSET,
    resolution: str | Unset = UNSET,
    country: str | Unset = UNSET,
    city: str | Unset = UNSET,
    language: str | Unset = UNSET,
    hostname: str | Unset = UNSET,
    org: str | Unset = UNSET,
    source: str | Unset = UNSET,
    shorturl: str | Unset = UNSET,
    custom: GetStatsCustom | Unset = UNSET,
    goal: str | Unset = UNSET,
    campaign: str | Unset = UNSET,
    split: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    action_type: GetStatsActionType | Unset = UNSET,
    custom_keys_multi_values: Flag | Unset = UNSET,
    video_meta: Flag | Unset = UNSET,
    filter_: str | Unset = UNSET,
    json_callback: str | Unset = UNSET,
    json_var: str | Unset = UNSET,
    null_values: Flag | Unset = UNSET,
    app: str | Unset = UNSET,
    alert_id: str | Unset = UNSET,
) -> Response[
    Any
    | list[
        ActionsListResult
        | ErrorItem
        | PopularResult
        | SearchesLinksResult
        | SegmentationResult
        | TallyResult
        | TypeResult
        | UptimeListResult
        | UptimeResult
        | VisitorsListResult
    ]
    | str
]:
    """Get statistics for one site

     Returns one result per requested `type`, in the order requested. Each result holds one entry
    per date (one for the whole range, or one per day with `daily=1` or `hourly=1`), each with its
    items.

    Popular types are ordered most to least popular; chronological types newest to oldest. Tally
    types return a single item per date. For a date range without `daily=1`, each popular or tally
    value is the sum over the whole range.

    Errors are answered with HTTP 200 and an error body (see `ErrorItem`).

    Args:
        type_ (list[ChronologicalType | PopularType | SegmentationType | str | TallyType] |
            Unset):
        output (GetStatsOutput | Unset):  Default: GetStatsOutput.JSON.
        limit (int | Literal['all'] | Unset):  Default: 50.
        page (int | Unset):  Default: 1.
        date (str | Unset):  Default: 'today'.
        daily (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        hourly (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        trends (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        item (str | Unset):
        heatmap_url (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        visitor_details (list[str] | Unset):
        visitors_details (list[str] | Unset):
        time_offset (int | Unset):
        segments (list[Literal['summary'] | PopularType | str | TallyType] | Unset):
        ip_address (str | Unset):
        uid (str | Unset):
        new_visitors (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        returning_visitors (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        online (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        heatmap (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        actions (str | Unset):
        time (str | Unset):
        href (str | Unset):
        landing (str | Unset):
        exit_ (str | Unset):
        search (str | Unset):
        search_local (str | Unset):
        domain (str | Unset):
        link (str | Unset):
        browser (str | Unset):
        os (str | Unset):
        resolution (str | Unset):
        country (str | Unset):
        city (str | Unset):
        language (str | Unset):
        hostname (str | Unset):
        org (str | Unset):
        source (str | Unset):
        shorturl (str | Unset):
        custom (GetStatsCustom | Unset):
        goal (str | Unset):
        campaign (str | Unset):
        split (str | Unset):
        session_id (str | Unset): A numeric identifier, sent as decimal digits.
        action_type (GetStatsActionType | Unset):
        custom_keys_multi_values (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        video_meta (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        filter_ (str | Unset):
        json_callback (str | Unset): A JavaScript name made of letters, digits, underscores and
            periods.
        json_var (str | Unset): A JavaScript name made of letters, digits, underscores and
            periods.
        null_values (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        app (str | Unset):
        alert_id (str | Unset): A numeric identifier, sent as decimal digits.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Any | list[ActionsListResult | ErrorItem | PopularResult | SearchesLinksResult | SegmentationResult | TallyResult | TypeResult | UptimeListResult | UptimeResult | VisitorsListResult] | str]
    """

    kwargs = _get_kwargs(
        type_=type_,
        output=output,
        limit=limit,
        page=page,
        date=date,
        daily=daily,
        hourly=hourly,
        trends=trends,
        item=item,
        heatmap_url=heatmap_url,
        visitor_details=visitor_details,
        visitors_details=visitors_details,
        time_offset=time_offset,
        segments=segments,
        ip_address=ip_address,
        uid=uid,
        new_visitors=new_visitors,
        returning_visitors=returning_visitors,
        online=online,
        heatmap=heatmap,
        actions=actions,
        time=time,
        href=href,
        landing=landing,
        exit_=exit_,
        search=search,
        search_local=search_local,
        domain=domain,
        link=link,
        browser=browser,
        os=os,
        resolution=resolution,
        country=country,
        city=city,
        language=language,
        hostname=hostname,
        org=org,
        source=source,
        shorturl=shorturl,
        custom=custom,
        goal=goal,
        campaign=campaign,
        split=split,
        session_id=session_id,
        action_type=action_type,
        custom_keys_multi_values=custom_keys_multi_values,
        video_meta=video_meta,
        filter_=filter_,
        json_callback=json_callback,
        json_var=json_var,
        null_values=null_values,
        app=app,
        alert_id=alert_id,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    type_: list[ChronologicalType | PopularType | SegmentationType | str | TallyType] | Unset = UNSET,
    output: GetStatsOutput | Unset = GetStatsOutput.JSON,
    limit: int | Literal["all"] | Unset = 50,
    page: int | Unset = 1,
    date: str | Unset = "today",
    daily: Flag | Unset = UNSET,
    hourly: Flag | Unset = UNSET,
    trends: Flag | Unset = UNSET,
    item: str | Unset = UNSET,
    heatmap_url: Flag | Unset = UNSET,
    visitor_details: list[str] | Unset = UNSET,
    visitors_details: list[str] | Unset = UNSET,
    time_offset: int | Unset = UNSET,
    segments: list[Literal["summary"] | PopularType | str | TallyType] | Unset = UNSET,
    ip_address: str | Unset = UNSET,
    uid: str | Unset = UNSET,
    new_visitors: Flag | Unset = UNSET,
    returning_visitors: Flag | Unset = UNSET,
    online: Flag | Unset = UNSET,
    heatmap: Flag | Unset = UNSET,
    actions: str | Unset = UNSET,
    time: str | Unset = UNSET,
    href: str | Unset = UNSET,
    landing: str | Unset = UNSET,
    exit_: str | Unset = UNSET,
    search: str | Unset = UNSET,
    search_local: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    link: str | Unset = UNSET,
    browser: str | Unset = UNSET,
    os: str | Unset = UNSET,
    resolution: str | Unset = UNSET,
    country: str | Unset = UNSET,
    city: str | Unset = UNSET,
    language: str | Unset = UNSET,
    hostname: str | Unset = UNSET,
    org: str | Unset = UNSET,
    source: str | Unset = UNSET,
    shorturl: str | Unset = UNSET,
    custom: GetStatsCustom | Unset = UNSET,
    goal: str | Unset = UNSET,
    campaign: str | Unset = UNSET,
    split: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    action_type: GetStatsActionType | Unset = UNSET,
    custom_keys_multi_values: Flag | Unset = UNSET,
    video_meta: Flag | Unset = UNSET,
    filter_: str | Unset = UNSET,
    json_callback: str | Unset = UNSET,
    json_var: str | Unset = UNSET,
    null_values: Flag | Unset = UNSET,
    app: str | Unset = UNSET,
    alert_id: str | Unset = UNSET,
) -> (
    list[
        ActionsListResult
        | ErrorItem
        | PopularResult
        | SearchesLinksResult
        | SegmentationResult
        | TallyResult
        | TypeResult
        | UptimeListResult
        | UptimeResult
        | VisitorsListResult
    ]
    | str
):
    """Get statistics for one site

     Returns one result per requested `type`, in the order requested. Each result holds one entry
    per date (one for the whole range, or one per day with `daily=1` or `hourly=1`), each with its
    items.

    Popular types are ordered most to least popular; chronological types newest to oldest. Tally
    types return a single item per date. For a date range without `daily=1`, each popular or tally
    value is the sum over the whole range.

    Errors are answered with HTTP 200 and an error body (see `ErrorItem`).

    Args:
        type_ (list[ChronologicalType | PopularType | SegmentationType | str | TallyType] |
            Unset):
        output (GetStatsOutput | Unset):  Default: GetStatsOutput.JSON.
        limit (int | Literal['all'] | Unset):  Default: 50.
        page (int | Unset):  Default: 1.
        date (str | Unset):  Default: 'today'.
        daily (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        hourly (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        trends (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        item (str | Unset):
        heatmap_url (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        visitor_details (list[str] | Unset):
        visitors_details (list[str] | Unset):
        time_offset (int | Unset):
        segments (list[Literal['summary'] | PopularType | str | TallyType] | Unset):
        ip_address (str | Unset):
        uid (str | Unset):
        new_visitors (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        returning_visitors (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        online (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        heatmap (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        actions (str | Unset):
        time (str | Unset):
        href (str | Unset):
        landing (str | Unset):
        exit_ (str | Unset):
        search (str | Unset):
        search_local (str | Unset):
        domain (str | Unset):
        link (str | Unset):
        browser (str | Unset):
        os (str | Unset):
        resolution (str | Unset):
        country (str | Unset):
        city (str | Unset):
        language (str | Unset):
        hostname (str | Unset):
        org (str | Unset):
        source (str | Unset):
        shorturl (str | Unset):
        custom (GetStatsCustom | Unset):
        goal (str | Unset):
        campaign (str | Unset):
        split (str | Unset):
        session_id (str | Unset): A numeric identifier, sent as decimal digits.
        action_type (GetStatsActionType | Unset):
        custom_keys_multi_values (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        video_meta (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        filter_ (str | Unset):
        json_callback (str | Unset): A JavaScript name made of letters, digits, underscores and
            periods.
        json_var (str | Unset): A JavaScript name made of letters, digits, underscores and
            periods.
        null_values (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        app (str | Unset):
        alert_id (str | Unset): A numeric identifier, sent as decimal digits.

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        list[ActionsListResult | ErrorItem | PopularResult | SearchesLinksResult | SegmentationResult | TallyResult | TypeResult | UptimeListResult | UptimeResult | VisitorsListResult] | str
    """

    return cast(
        "list[ActionsListResult | ErrorItem | PopularResult | SearchesLinksResult | SegmentationResult | TallyResult | TypeResult | UptimeListResult | UptimeResult | VisitorsListResult] | str",
        _base_client.unwrap(
            client,
            sync_detailed(
                client=client,
                type_=type_,
                output=output,
                limit=limit,
                page=page,
                date=date,
                daily=daily,
                hourly=hourly,
                trends=trends,
                item=item,
                heatmap_url=heatmap_url,
                visitor_details=visitor_details,
                visitors_details=visitors_details,
                time_offset=time_offset,
                segments=segments,
                ip_address=ip_address,
                uid=uid,
                new_visitors=new_visitors,
                returning_visitors=returning_visitors,
                online=online,
                heatmap=heatmap,
                actions=actions,
                time=time,
                href=href,
                landing=landing,
                exit_=exit_,
                search=search,
                search_local=search_local,
                domain=domain,
                link=link,
                browser=browser,
                os=os,
                resolution=resolution,
                country=country,
                city=city,
                language=language,
                hostname=hostname,
                org=org,
                source=source,
                shorturl=shorturl,
                custom=custom,
                goal=goal,
                campaign=campaign,
                split=split,
                session_id=session_id,
                action_type=action_type,
                custom_keys_multi_values=custom_keys_multi_values,
                video_meta=video_meta,
                filter_=filter_,
                json_callback=json_callback,
                json_var=json_var,
                null_values=null_values,
                app=app,
                alert_id=alert_id,
            ),
        ),
    )


async def asyncio_detailed(
    *,
    client: Client,
    type_: list[ChronologicalType | PopularType | SegmentationType | str | TallyType] | Unset = UNSET,
    output: GetStatsOutput | Unset = GetStatsOutput.JSON,
    limit: int | Literal["all"] | Unset = 50,
    page: int | Unset = 1,
    date: str | Unset = "today",
    daily: Flag | Unset = UNSET,
    hourly: Flag | Unset = UNSET,
    trends: Flag | Unset = UNSET,
    item: str | Unset = UNSET,
    heatmap_url: Flag | Unset = UNSET,
    visitor_details: list[str] | Unset = UNSET,
    visitors_details: list[str] | Unset = UNSET,
    time_offset: int | Unset = UNSET,
    segments: list[Literal["summary"] | PopularType | str | TallyType] | Unset = UNSET,
    ip_address: str | Unset = UNSET,
    uid: str | Unset = UNSET,
    new_visitors: Flag | Unset = UNSET,
    returning_visitors: Flag | Unset = UNSET,
    online: Flag | Unset = UNSET,
    heatmap: Flag | Unset = UNSET,
    actions: str | Unset = UNSET,
    time: str | Unset = UNSET,
    href: str | Unset = UNSET,
    landing: str | Unset = UNSET,
    exit_: str | Unset = UNSET,
    search: str | Unset = UNSET,
    search_local: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    link: str | Unset = UNSET,
    browser: str | Unset = UNSET,
    os: str | Unset = UNSET,
    resolution: str | Unset = UNSET,
    country: str | Unset = UNSET,
    city: str | Unset = UNSET,
    language: str | Unset = UNSET,
    hostname: str | Unset = UNSET,
    org: str | Unset = UNSET,
    source: str | Unset = UNSET,
    shorturl: str | Unset = UNSET,
    custom: GetStatsCustom | Unset = UNSET,
    goal: str | Unset = UNSET,
    campaign: str | Unset = UNSET,
    split: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    action_type: GetStatsActionType | Unset = UNSET,
    custom_keys_multi_values: Flag | Unset = UNSET,
    video_meta: Flag | Unset = UNSET,
    filter_: str | Unset = UNSET,
    json_callback: str | Unset = UNSET,
    json_var: str | Unset = UNSET,
    null_values: Flag | Unset = UNSET,
    app: str | Unset = UNSET,
    alert_id: str | Unset = UNSET,
) -> Response[
    Any
    | list[
        ActionsListResult
        | ErrorItem
        | PopularResult
        | SearchesLinksResult
        | SegmentationResult
        | TallyResult
        | TypeResult
        | UptimeListResult
        | UptimeResult
        | VisitorsListResult
    ]
    | str
]:
    """Get statistics for one site

     Returns one result per requested `type`, in the order requested. Each result holds one entry
    per date (one for the whole range, or one per day with `daily=1` or `hourly=1`), each with its
    items.

    Popular types are ordered most to least popular; chronological types newest to oldest. Tally
    types return a single item per date. For a date range without `daily=1`, each popular or tally
    value is the sum over the whole range.

    Errors are answered with HTTP 200 and an error body (see `ErrorItem`).

    Args:
        type_ (list[ChronologicalType | PopularType | SegmentationType | str | TallyType] |
            Unset):
        output (GetStatsOutput | Unset):  Default: GetStatsOutput.JSON.
        limit (int | Literal['all'] | Unset):  Default: 50.
        page (int | Unset):  Default: 1.
        date (str | Unset):  Default: 'today'.
        daily (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        hourly (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        trends (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        item (str | Unset):
        heatmap_url (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        visitor_details (list[str] | Unset):
        visitors_details (list[str] | Unset):
        time_offset (int | Unset):
        segments (list[Literal['summary'] | PopularType | str | TallyType] | Unset):
        ip_address (str | Unset):
        uid (str | Unset):
        new_visitors (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        returning_visitors (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        online (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        heatmap (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        actions (str | Unset):
        time (str | Unset):
        href (str | Unset):
        landing (str | Unset):
        exit_ (str | Unset):
        search (str | Unset):
        search_local (str | Unset):
        domain (str | Unset):
        link (str | Unset):
        browser (str | Unset):
        os (str | Unset):
        resolution (str | Unset):
        country (str | Unset):
        city (str | Unset):
        language (str | Unset):
        hostname (str | Unset):
        org (str | Unset):
        source (str | Unset):
        shorturl (str | Unset):
        custom (GetStatsCustom | Unset):
        goal (str | Unset):
        campaign (str | Unset):
        split (str | Unset):
        session_id (str | Unset): A numeric identifier, sent as decimal digits.
        action_type (GetStatsActionType | Unset):
        custom_keys_multi_values (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        video_meta (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        filter_ (str | Unset):
        json_callback (str | Unset): A JavaScript name made of letters, digits, underscores and
            periods.
        json_var (str | Unset): A JavaScript name made of letters, digits, underscores and
            periods.
        null_values (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        app (str | Unset):
        alert_id (str | Unset): A numeric identifier, sent as decimal digits.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Any | list[ActionsListResult | ErrorItem | PopularResult | SearchesLinksResult | SegmentationResult | TallyResult | TypeResult | UptimeListResult | UptimeResult | VisitorsListResult] | str]
    """

    kwargs = _get_kwargs(
        type_=type_,
        output=output,
        limit=limit,
        page=page,
        date=date,
        daily=daily,
        hourly=hourly,
        trends=trends,
        item=item,
        heatmap_url=heatmap_url,
        visitor_details=visitor_details,
        visitors_details=visitors_details,
        time_offset=time_offset,
        segments=segments,
        ip_address=ip_address,
        uid=uid,
        new_visitors=new_visitors,
        returning_visitors=returning_visitors,
        online=online,
        heatmap=heatmap,
        actions=actions,
        time=time,
        href=href,
        landing=landing,
        exit_=exit_,
        search=search,
        search_local=search_local,
        domain=domain,
        link=link,
        browser=browser,
        os=os,
        resolution=resolution,
        country=country,
        city=city,
        language=language,
        hostname=hostname,
        org=org,
        source=source,
        shorturl=shorturl,
        custom=custom,
        goal=goal,
        campaign=campaign,
        split=split,
        session_id=session_id,
        action_type=action_type,
        custom_keys_multi_values=custom_keys_multi_values,
        video_meta=video_meta,
        filter_=filter_,
        json_callback=json_callback,
        json_var=json_var,
        null_values=null_values,
        app=app,
        alert_id=alert_id,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    type_: list[ChronologicalType | PopularType | SegmentationType | str | TallyType] | Unset = UNSET,
    output: GetStatsOutput | Unset = GetStatsOutput.JSON,
    limit: int | Literal["all"] | Unset = 50,
    page: int | Unset = 1,
    date: str | Unset = "today",
    daily: Flag | Unset = UNSET,
    hourly: Flag | Unset = UNSET,
    trends: Flag | Unset = UNSET,
    item: str | Unset = UNSET,
    heatmap_url: Flag | Unset = UNSET,
    visitor_details: list[str] | Unset = UNSET,
    visitors_details: list[str] | Unset = UNSET,
    time_offset: int | Unset = UNSET,
    segments: list[Literal["summary"] | PopularType | str | TallyType] | Unset = UNSET,
    ip_address: str | Unset = UNSET,
    uid: str | Unset = UNSET,
    new_visitors: Flag | Unset = UNSET,
    returning_visitors: Flag | Unset = UNSET,
    online: Flag | Unset = UNSET,
    heatmap: Flag | Unset = UNSET,
    actions: str | Unset = UNSET,
    time: str | Unset = UNSET,
    href: str | Unset = UNSET,
    landing: str | Unset = UNSET,
    exit_: str | Unset = UNSET,
    search: str | Unset = UNSET,
    search_local: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    link: str | Unset = UNSET,
    browser: str | Unset = UNSET,
    os: str | Unset = UNSET,
    resolution: str | Unset = UNSET,
    country: str | Unset = UNSET,
    city: str | Unset = UNSET,
    language: str | Unset = UNSET,
    hostname: str | Unset = UNSET,
    org: str | Unset = UNSET,
    source: str | Unset = UNSET,
    shorturl: str | Unset = UNSET,
    custom: GetStatsCustom | Unset = UNSET,
    goal: str | Unset = UNSET,
    campaign: str | Unset = UNSET,
    split: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    action_type: GetStatsActionType | Unset = UNSET,
    custom_keys_multi_values: Flag | Unset = UNSET,
    video_meta: Flag | Unset = UNSET,
    filter_: str | Unset = UNSET,
    json_callback: str | Unset = UNSET,
    json_var: str | Unset = UNSET,
    null_values: Flag | Unset = UNSET,
    app: str | Unset = UNSET,
    alert_id: str | Unset = UNSET,
) -> (
    list[
        ActionsListResult
        | ErrorItem
        | PopularResult
        | SearchesLinksResult
        | SegmentationResult
        | TallyResult
        | TypeResult
        | UptimeListResult
        | UptimeResult
        | VisitorsListResult
    ]
    | str
):
    """Get statistics for one site

     Returns one result per requested `type`, in the order requested. Each result holds one entry
    per date (one for the whole range, or one per day with `daily=1` or `hourly=1`), each with its
    items.

    Popular types are ordered most to least popular; chronological types newest to oldest. Tally
    types return a single item per date. For a date range without `daily=1`, each popular or tally
    value is the sum over the whole range.

    Errors are answered with HTTP 200 and an error body (see `ErrorItem`).

    Args:
        type_ (list[ChronologicalType | PopularType | SegmentationType | str | TallyType] |
            Unset):
        output (GetStatsOutput | Unset):  Default: GetStatsOutput.JSON.
        limit (int | Literal['all'] | Unset):  Default: 50.
        page (int | Unset):  Default: 1.
        date (str | Unset):  Default: 'today'.
        daily (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        hourly (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        trends (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        item (str | Unset):
        heatmap_url (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        visitor_details (list[str] | Unset):
        visitors_details (list[str] | Unset):
        time_offset (int | Unset):
        segments (list[Literal['summary'] | PopularType | str | TallyType] | Unset):
        ip_address (str | Unset):
        uid (str | Unset):
        new_visitors (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        returning_visitors (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        online (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        heatmap (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        actions (str | Unset):
        time (str | Unset):
        href (str | Unset):
        landing (str | Unset):
        exit_ (str | Unset):
        search (str | Unset):
        search_local (str | Unset):
        domain (str | Unset):
        link (str | Unset):
        browser (str | Unset):
        os (str | Unset):
        resolution (str | Unset):
        country (str | Unset):
        city (str | Unset):
        language (str | Unset):
        hostname (str | Unset):
        org (str | Unset):
        source (str | Unset):
        shorturl (str | Unset):
        custom (GetStatsCustom | Unset):
        goal (str | Unset):
        campaign (str | Unset):
        split (str | Unset):
        session_id (str | Unset): A numeric identifier, sent as decimal digits.
        action_type (GetStatsActionType | Unset):
        custom_keys_multi_values (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        video_meta (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        filter_ (str | Unset):
        json_callback (str | Unset): A JavaScript name made of letters, digits, underscores and
            periods.
        json_var (str | Unset): A JavaScript name made of letters, digits, underscores and
            periods.
        null_values (Flag | Unset): A switch that travels as `0` (off) or `1` (on).
        app (str | Unset):
        alert_id (str | Unset): A numeric identifier, sent as decimal digits.

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        list[ActionsListResult | ErrorItem | PopularResult | SearchesLinksResult | SegmentationResult | TallyResult | TypeResult | UptimeListResult | UptimeResult | VisitorsListResult] | str
    """

    return cast(
        "list[ActionsListResult | ErrorItem | PopularResult | SearchesLinksResult | SegmentationResult | TallyResult | TypeResult | UptimeListResult | UptimeResult | VisitorsListResult] | str",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                client=client,
                type_=type_,
                output=output,
                limit=limit,
                page=page,
                date=date,
                daily=daily,
                hourly=hourly,
                trends=trends,
                item=item,
                heatmap_url=heatmap_url,
                visitor_details=visitor_details,
                visitors_details=visitors_details,
                time_offset=time_offset,
                segments=segments,
                ip_address=ip_address,
                uid=uid,
                new_visitors=new_visitors,
                returning_visitors=returning_visitors,
                online=online,
                heatmap=heatmap,
                actions=actions,
                time=time,
                href=href,
                landing=landing,
                exit_=exit_,
                search=search,
                search_local=search_local,
                domain=domain,
                link=link,
                browser=browser,
                os=os,
                resolution=resolution,
                country=country,
                city=city,
                language=language,
                hostname=hostname,
                org=org,
                source=source,
                shorturl=shorturl,
                custom=custom,
                goal=goal,
                campaign=campaign,
                split=split,
                session_id=session_id,
                action_type=action_type,
                custom_keys_multi_values=custom_keys_multi_values,
                video_meta=video_meta,
                filter_=filter_,
                json_callback=json_callback,
                json_var=json_var,
                null_values=null_values,
                app=app,
                alert_id=alert_id,
            ),
        ),
    )


PAGING = _paging.Paging(
    style="page",
    position="page",
    items=tuple(["*", "dates", "*", "items"]),
    size="limit",
    default_size=50,
    next_cursor=None,
    in_body=False,
)


def iterate(
    *,
    client: Client,
    type_: list[ChronologicalType | PopularType | SegmentationType | str | TallyType] | Unset = UNSET,
    output: GetStatsOutput | Unset = GetStatsOutput.JSON,
    limit: int | Literal["all"] | Unset = 50,
    page: int | Unset = 1,
    date: str | Unset = "today",
    daily: Flag | Unset = UNSET,
    hourly: Flag | Unset = UNSET,
    trends: Flag | Unset = UNSET,
    item: str | Unset = UNSET,
    heatmap_url: Flag | Unset = UNSET,
    visitor_details: list[str] | Unset = UNSET,
    visitors_details: list[str] | Unset = UNSET,
    time_offset: int | Unset = UNSET,
    segments: list[Literal["summary"] | PopularType | str | TallyType] | Unset = UNSET,
    ip_address: str | Unset = UNSET,
    uid: str | Unset = UNSET,
    new_visitors: Flag | Unset = UNSET,
    returning_visitors: Flag | Unset = UNSET,
    online: Flag | Unset = UNSET,
    heatmap: Flag | Unset = UNSET,
    actions: str | Unset = UNSET,
    time: str | Unset = UNSET,
    href: str | Unset = UNSET,
    landing: str | Unset = UNSET,
    exit_: str | Unset = UNSET,
    search: str | Unset = UNSET,
    search_local: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    link: str | Unset = UNSET,
    browser: str | Unset = UNSET,
    os: str | Unset = UNSET,
    resolution: str | Unset = UNSET,
    country: str | Unset = UNSET,
    city: str | Unset = UNSET,
    language: str | Unset = UNSET,
    hostname: str | Unset = UNSET,
    org: str | Unset = UNSET,
    source: str | Unset = UNSET,
    shorturl: str | Unset = UNSET,
    custom: GetStatsCustom | Unset = UNSET,
    goal: str | Unset = UNSET,
    campaign: str | Unset = UNSET,
    split: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    action_type: GetStatsActionType | Unset = UNSET,
    custom_keys_multi_values: Flag | Unset = UNSET,
    video_meta: Flag | Unset = UNSET,
    filter_: str | Unset = UNSET,
    json_callback: str | Unset = UNSET,
    json_var: str | Unset = UNSET,
    null_values: Flag | Unset = UNSET,
    app: str | Unset = UNSET,
    alert_id: str | Unset = UNSET,
    max_pages: int | None = None,
) -> Iterator[
    ActionsListItem
    | GenericItem
    | PopularItem
    | SearchesLinksItem
    | SegmentationItem
    | TallyItem
    | UptimeItem
    | UptimeListItem
    | VisitorsListItem
]:
    """Every item of every page, fetched page by page with `sync()`.

    Stops on the last page, on a page that brings no item not seen before (a server ignoring the paging
    arguments), or after `max_pages` pages.
    """
    return _paging.iterate_sync(
        lambda **page_kwargs: sync(client=client, **page_kwargs),
        {
            "type_": type_,
            "output": output,
            "limit": limit,
            "page": page,
            "date": date,
            "daily": daily,
            "hourly": hourly,
            "trends": trends,
            "item": item,
            "heatmap_url": heatmap_url,
            "visitor_details": visitor_details,
            "visitors_details": visitors_details,
            "time_offset": time_offset,
            "segments": segments,
            "ip_address": ip_address,
            "uid": uid,
            "new_visitors": new_visitors,
            "returning_visitors": returning_visitors,
            "online": online,
            "heatmap": heatmap,
            "actions": actions,
            "time": time,
            "href": href,
            "landing": landing,
            "exit_": exit_,
            "search": search,
            "search_local": search_local,
            "domain": domain,
            "link": link,
            "browser": browser,
            "os": os,
            "resolution": resolution,
            "country": country,
            "city": city,
            "language": language,
            "hostname": hostname,
            "org": org,
            "source": source,
            "shorturl": shorturl,
            "custom": custom,
            "goal": goal,
            "campaign": campaign,
            "split": split,
            "session_id": session_id,
            "action_type": action_type,
            "custom_keys_multi_values": custom_keys_multi_values,
            "video_meta": video_meta,
            "filter_": filter_,
            "json_callback": json_callback,
            "json_var": json_var,
            "null_values": null_values,
            "app": app,
            "alert_id": alert_id,
        },
        PAGING,
        max_pages=max_pages,
    )


def aiterate(
    *,
    client: Client,
    type_: list[ChronologicalType | PopularType | SegmentationType | str | TallyType] | Unset = UNSET,
    output: GetStatsOutput | Unset = GetStatsOutput.JSON,
    limit: int | Literal["all"] | Unset = 50,
    page: int | Unset = 1,
    date: str | Unset = "today",
    daily: Flag | Unset = UNSET,
    hourly: Flag | Unset = UNSET,
    trends: Flag | Unset = UNSET,
    item: str | Unset = UNSET,
    heatmap_url: Flag | Unset = UNSET,
    visitor_details: list[str] | Unset = UNSET,
    visitors_details: list[str] | Unset = UNSET,
    time_offset: int | Unset = UNSET,
    segments: list[Literal["summary"] | PopularType | str | TallyType] | Unset = UNSET,
    ip_address: str | Unset = UNSET,
    uid: str | Unset = UNSET,
    new_visitors: Flag | Unset = UNSET,
    returning_visitors: Flag | Unset = UNSET,
    online: Flag | Unset = UNSET,
    heatmap: Flag | Unset = UNSET,
    actions: str | Unset = UNSET,
    time: str | Unset = UNSET,
    href: str | Unset = UNSET,
    landing: str | Unset = UNSET,
    exit_: str | Unset = UNSET,
    search: str | Unset = UNSET,
    search_local: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    link: str | Unset = UNSET,
    browser: str | Unset = UNSET,
    os: str | Unset = UNSET,
    resolution: str | Unset = UNSET,
    country: str | Unset = UNSET,
    city: str | Unset = UNSET,
    language: str | Unset = UNSET,
    hostname: str | Unset = UNSET,
    org: str | Unset = UNSET,
    source: str | Unset = UNSET,
    shorturl: str | Unset = UNSET,
    custom: GetStatsCustom | Unset = UNSET,
    goal: str | Unset = UNSET,
    campaign: str | Unset = UNSET,
    split: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    action_type: GetStatsActionType | Unset = UNSET,
    custom_keys_multi_values: Flag | Unset = UNSET,
    video_meta: Flag | Unset = UNSET,
    filter_: str | Unset = UNSET,
    json_callback: str | Unset = UNSET,
    json_var: str | Unset = UNSET,
    null_values: Flag | Unset = UNSET,
    app: str | Unset = UNSET,
    alert_id: str | Unset = UNSET,
    max_pages: int | None = None,
) -> AsyncIterator[
    ActionsListItem
    | GenericItem
    | PopularItem
    | SearchesLinksItem
    | SegmentationItem
    | TallyItem
    | UptimeItem
    | UptimeListItem
    | VisitorsListItem
]:
    """Every item of every page, fetched page by page with `asyncio()` (stops as iterate() does)."""
    return _paging.iterate_async(
        lambda **page_kwargs: asyncio(client=client, **page_kwargs),
        {
            "type_": type_,
            "output": output,
            "limit": limit,
            "page": page,
            "date": date,
            "daily": daily,
            "hourly": hourly,
            "trends": trends,
            "item": item,
            "heatmap_url": heatmap_url,
            "visitor_details": visitor_details,
            "visitors_details": visitors_details,
            "time_offset": time_offset,
            "segments": segments,
            "ip_address": ip_address,
            "uid": uid,
            "new_visitors": new_visitors,
            "returning_visitors": returning_visitors,
            "online": online,
            "heatmap": heatmap,
            "actions": actions,
            "time": time,
            "href": href,
            "landing": landing,
            "exit_": exit_,
            "search": search,
            "search_local": search_local,
            "domain": domain,
            "link": link,
            "browser": browser,
            "os": os,
            "resolution": resolution,
            "country": country,
            "city": city,
            "language": language,
            "hostname": hostname,
            "org": org,
            "source": source,
            "shorturl": shorturl,
            "custom": custom,
            "goal": goal,
            "campaign": campaign,
            "split": split,
            "session_id": session_id,
            "action_type": action_type,
            "custom_keys_multi_values": custom_keys_multi_values,
            "video_meta": video_meta,
            "filter_": filter_,
            "json_callback": json_callback,
            "json_var": json_var,
            "null_values": null_values,
            "app": app,
            "alert_id": alert_id,
        },
        PAGING,
        max_pages=max_pages,
    )
