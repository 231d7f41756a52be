"""`client.stats` and `async_client.stats`: the stats operations as methods."""

from collections.abc import AsyncIterator, Iterator
from typing import Any, Literal

from ..api.stats import (
    get_stats as _get_stats,
)
from ..client import Client
from ..models.actions_list_item import ActionsListItem
from ..models.actions_list_result import ActionsListResult
from ..models.chronological_type import ChronologicalType
from ..models.error_item import ErrorItem
from ..models.flag import Flag
from ..models.generic_item import GenericItem
from ..models.get_stats_action_type import GetStatsActionType
from ..models.get_stats_custom import GetStatsCustom
from ..models.get_stats_output import GetStatsOutput
from ..models.popular_item import PopularItem
from ..models.popular_result import PopularResult
from ..models.popular_type import PopularType
from ..models.searches_links_item import SearchesLinksItem
from ..models.searches_links_result import SearchesLinksResult
from ..models.segmentation_item import SegmentationItem
from ..models.segmentation_result import SegmentationResult
from ..models.segmentation_type import SegmentationType
from ..models.tally_item import TallyItem
from ..models.tally_result import TallyResult
from ..models.tally_type import TallyType
from ..models.type_result import TypeResult
from ..models.uptime_item import UptimeItem
from ..models.uptime_list_item import UptimeListItem
from ..models.uptime_list_result import UptimeListResult
from ..models.uptime_result import UptimeResult
from ..models.visitors_list_item import VisitorsListItem
from ..models.visitors_list_result import VisitorsListResult
from ..types import UNSET, Response, Unset


class StatsResource:
    """The stats operations: `client.stats.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "StatsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return StatsResourceWithRawResponse(self._client)

    def get_stats(
        self,
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

        return _get_stats.sync(
            client=self._client,
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

    def iterate_get_stats(
        self,
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
            An iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _get_stats.iterate(
            client=self._client,
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
            max_pages=max_pages,
        )


class AsyncStatsResource:
    """The stats operations, awaitable: `async_client.stats.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncStatsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncStatsResourceWithRawResponse(self._client)

    async def get_stats(
        self,
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

        return await _get_stats.asyncio(
            client=self._client,
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

    def iterate_get_stats(
        self,
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
            An async iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _get_stats.aiterate(
            client=self._client,
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
            max_pages=max_pages,
        )


class StatsResourceWithRawResponse:
    """The stats operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.stats.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_stats(
        self,
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

        return _get_stats.sync_detailed(
            client=self._client,
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


class AsyncStatsResourceWithRawResponse:
    """The stats operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.stats.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_stats(
        self,
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

        return await _get_stats.asyncio_detailed(
            client=self._client,
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
