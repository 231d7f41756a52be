"""`client.aggregated` and `async_client.aggregated`: the aggregated operations as methods."""

from collections.abc import AsyncIterator, Iterator

from ..api.aggregated import (
    get_account_aggregated as _get_account_aggregated,
)
from ..api.aggregated import (
    get_conversions_summary as _get_conversions_summary,
)
from ..api.aggregated import (
    get_datapoints_summary as _get_datapoints_summary,
)
from ..api.aggregated import (
    get_groups_summary as _get_groups_summary,
)
from ..api.aggregated import (
    list_account_aggregated as _list_account_aggregated,
)
from ..client import Client
from ..models.aggregated_result import AggregatedResult
from ..models.aggregated_result_list import AggregatedResultList
from ..models.aggregated_summary_result import AggregatedSummaryResult
from ..models.data_point_status_filter import DataPointStatusFilter
from ..models.data_point_type_filter import DataPointTypeFilter
from ..models.entity_status_filter import EntityStatusFilter
from ..models.error import Error
from ..models.group_by import GroupBy
from ..models.sort_direction import SortDirection
from ..models.time_frame import TimeFrame
from ..types import UNSET, Response, Unset


class AggregatedResource:
    """The aggregated operations: `client.aggregated.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AggregatedResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AggregatedResourceWithRawResponse(self._client)

    def get_account_aggregated(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        hourly: bool | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
    ) -> AggregatedResult:
        """Retrieve account statistics for a time frame

         Answers totals over all datapoints of the account for the time frame. With `hourly=true` (only for
        `today` or `yesterday`) the result carries an hourly breakdown.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            hourly (bool | Unset):
            only_favorites (bool | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AggregatedResult
        """

        return _get_account_aggregated.sync(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            hourly=hourly,
            only_favorites=only_favorites,
        )

    def list_account_aggregated(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> AggregatedResultList:
        """Retrieve account statistics per day, week or month

         Answers one result per day (default), week or month of the time frame.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            group_by (GroupBy | Unset): Temporal entity to group results by; results are per day when
                omitted.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AggregatedResultList
        """

        return _list_account_aggregated.sync(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            group_by=group_by,
        )

    def get_conversions_summary(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: EntityStatusFilter | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        text_search: str | Unset = UNSET,
    ) -> AggregatedSummaryResult:
        """Retrieve statistics for a page of conversions

         Answers statistics per conversion for the time frame, with each conversion's data in `entityData`.
        Paged with `offset`/`limit`; the answer repeats them with the total `count`.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            text_search (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AggregatedSummaryResult
        """

        return _get_conversions_summary.sync(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            status=status,
            sort_by=sort_by,
            sort_direction=sort_direction,
            offset=offset,
            limit=limit,
            text_search=text_search,
        )

    def iterate_get_conversions_summary(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: EntityStatusFilter | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        text_search: str | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[AggregatedResult]:
        """Retrieve statistics for a page of conversions

         Answers statistics per conversion for the time frame, with each conversion's data in `entityData`.
        Paged with `offset`/`limit`; the answer repeats them with the total `count`.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            text_search (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _get_conversions_summary.iterate(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            status=status,
            sort_by=sort_by,
            sort_direction=sort_direction,
            offset=offset,
            limit=limit,
            text_search=text_search,
            max_pages=max_pages,
        )

    def get_datapoints_summary(
        self,
        *,
        time_frame: TimeFrame,
        type_: DataPointTypeFilter,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        group_id: int | Unset = UNSET,
        text_search: str | Unset = UNSET,
    ) -> AggregatedSummaryResult:
        """Retrieve statistics for a page of datapoints

         Answers statistics per datapoint for the time frame, with each datapoint's data in `entityData`.
        Paged with `offset`/`limit`; the answer repeats them with the total `count`.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            type_ (DataPointTypeFilter): Datapoint type as a query filter; `tl` is a tracking link
                (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tag (str | Unset):
            favourite (bool | Unset):
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            group_id (int | Unset):
            text_search (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AggregatedSummaryResult
        """

        return _get_datapoints_summary.sync(
            client=self._client,
            time_frame=time_frame,
            type_=type_,
            from_day=from_day,
            to_day=to_day,
            status=status,
            tag=tag,
            favourite=favourite,
            sort_by=sort_by,
            sort_direction=sort_direction,
            offset=offset,
            limit=limit,
            group_id=group_id,
            text_search=text_search,
        )

    def iterate_get_datapoints_summary(
        self,
        *,
        time_frame: TimeFrame,
        type_: DataPointTypeFilter,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        group_id: int | Unset = UNSET,
        text_search: str | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[AggregatedResult]:
        """Retrieve statistics for a page of datapoints

         Answers statistics per datapoint for the time frame, with each datapoint's data in `entityData`.
        Paged with `offset`/`limit`; the answer repeats them with the total `count`.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            type_ (DataPointTypeFilter): Datapoint type as a query filter; `tl` is a tracking link
                (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tag (str | Unset):
            favourite (bool | Unset):
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            group_id (int | Unset):
            text_search (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _get_datapoints_summary.iterate(
            client=self._client,
            time_frame=time_frame,
            type_=type_,
            from_day=from_day,
            to_day=to_day,
            status=status,
            tag=tag,
            favourite=favourite,
            sort_by=sort_by,
            sort_direction=sort_direction,
            offset=offset,
            limit=limit,
            group_id=group_id,
            text_search=text_search,
            max_pages=max_pages,
        )

    def get_groups_summary(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: EntityStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        text_search: str | Unset = UNSET,
    ) -> AggregatedSummaryResult:
        """Retrieve statistics for a page of groups

         Answers statistics per group for the time frame, with each group's data in `entityData`. Paged with
        `offset`/`limit`; the answer repeats them with the total `count`.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            tag (str | Unset):
            favourite (bool | Unset):
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            text_search (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AggregatedSummaryResult
        """

        return _get_groups_summary.sync(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            status=status,
            tag=tag,
            favourite=favourite,
            sort_by=sort_by,
            sort_direction=sort_direction,
            offset=offset,
            limit=limit,
            text_search=text_search,
        )

    def iterate_get_groups_summary(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: EntityStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        text_search: str | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[AggregatedResult]:
        """Retrieve statistics for a page of groups

         Answers statistics per group for the time frame, with each group's data in `entityData`. Paged with
        `offset`/`limit`; the answer repeats them with the total `count`.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            tag (str | Unset):
            favourite (bool | Unset):
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            text_search (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _get_groups_summary.iterate(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            status=status,
            tag=tag,
            favourite=favourite,
            sort_by=sort_by,
            sort_direction=sort_direction,
            offset=offset,
            limit=limit,
            text_search=text_search,
            max_pages=max_pages,
        )


class AsyncAggregatedResource:
    """The aggregated operations, awaitable: `async_client.aggregated.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncAggregatedResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncAggregatedResourceWithRawResponse(self._client)

    async def get_account_aggregated(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        hourly: bool | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
    ) -> AggregatedResult:
        """Retrieve account statistics for a time frame

         Answers totals over all datapoints of the account for the time frame. With `hourly=true` (only for
        `today` or `yesterday`) the result carries an hourly breakdown.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            hourly (bool | Unset):
            only_favorites (bool | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AggregatedResult
        """

        return await _get_account_aggregated.asyncio(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            hourly=hourly,
            only_favorites=only_favorites,
        )

    async def list_account_aggregated(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> AggregatedResultList:
        """Retrieve account statistics per day, week or month

         Answers one result per day (default), week or month of the time frame.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            group_by (GroupBy | Unset): Temporal entity to group results by; results are per day when
                omitted.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AggregatedResultList
        """

        return await _list_account_aggregated.asyncio(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            group_by=group_by,
        )

    async def get_conversions_summary(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: EntityStatusFilter | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        text_search: str | Unset = UNSET,
    ) -> AggregatedSummaryResult:
        """Retrieve statistics for a page of conversions

         Answers statistics per conversion for the time frame, with each conversion's data in `entityData`.
        Paged with `offset`/`limit`; the answer repeats them with the total `count`.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            text_search (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AggregatedSummaryResult
        """

        return await _get_conversions_summary.asyncio(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            status=status,
            sort_by=sort_by,
            sort_direction=sort_direction,
            offset=offset,
            limit=limit,
            text_search=text_search,
        )

    def iterate_get_conversions_summary(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: EntityStatusFilter | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        text_search: str | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[AggregatedResult]:
        """Retrieve statistics for a page of conversions

         Answers statistics per conversion for the time frame, with each conversion's data in `entityData`.
        Paged with `offset`/`limit`; the answer repeats them with the total `count`.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            text_search (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An async iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _get_conversions_summary.aiterate(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            status=status,
            sort_by=sort_by,
            sort_direction=sort_direction,
            offset=offset,
            limit=limit,
            text_search=text_search,
            max_pages=max_pages,
        )

    async def get_datapoints_summary(
        self,
        *,
        time_frame: TimeFrame,
        type_: DataPointTypeFilter,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        group_id: int | Unset = UNSET,
        text_search: str | Unset = UNSET,
    ) -> AggregatedSummaryResult:
        """Retrieve statistics for a page of datapoints

         Answers statistics per datapoint for the time frame, with each datapoint's data in `entityData`.
        Paged with `offset`/`limit`; the answer repeats them with the total `count`.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            type_ (DataPointTypeFilter): Datapoint type as a query filter; `tl` is a tracking link
                (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tag (str | Unset):
            favourite (bool | Unset):
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            group_id (int | Unset):
            text_search (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AggregatedSummaryResult
        """

        return await _get_datapoints_summary.asyncio(
            client=self._client,
            time_frame=time_frame,
            type_=type_,
            from_day=from_day,
            to_day=to_day,
            status=status,
            tag=tag,
            favourite=favourite,
            sort_by=sort_by,
            sort_direction=sort_direction,
            offset=offset,
            limit=limit,
            group_id=group_id,
            text_search=text_search,
        )

    def iterate_get_datapoints_summary(
        self,
        *,
        time_frame: TimeFrame,
        type_: DataPointTypeFilter,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        group_id: int | Unset = UNSET,
        text_search: str | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[AggregatedResult]:
        """Retrieve statistics for a page of datapoints

         Answers statistics per datapoint for the time frame, with each datapoint's data in `entityData`.
        Paged with `offset`/`limit`; the answer repeats them with the total `count`.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            type_ (DataPointTypeFilter): Datapoint type as a query filter; `tl` is a tracking link
                (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tag (str | Unset):
            favourite (bool | Unset):
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            group_id (int | Unset):
            text_search (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An async iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _get_datapoints_summary.aiterate(
            client=self._client,
            time_frame=time_frame,
            type_=type_,
            from_day=from_day,
            to_day=to_day,
            status=status,
            tag=tag,
            favourite=favourite,
            sort_by=sort_by,
            sort_direction=sort_direction,
            offset=offset,
            limit=limit,
            group_id=group_id,
            text_search=text_search,
            max_pages=max_pages,
        )

    async def get_groups_summary(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: EntityStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        text_search: str | Unset = UNSET,
    ) -> AggregatedSummaryResult:
        """Retrieve statistics for a page of groups

         Answers statistics per group for the time frame, with each group's data in `entityData`. Paged with
        `offset`/`limit`; the answer repeats them with the total `count`.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            tag (str | Unset):
            favourite (bool | Unset):
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            text_search (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AggregatedSummaryResult
        """

        return await _get_groups_summary.asyncio(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            status=status,
            tag=tag,
            favourite=favourite,
            sort_by=sort_by,
            sort_direction=sort_direction,
            offset=offset,
            limit=limit,
            text_search=text_search,
        )

    def iterate_get_groups_summary(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: EntityStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        text_search: str | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[AggregatedResult]:
        """Retrieve statistics for a page of groups

         Answers statistics per group for the time frame, with each group's data in `entityData`. Paged with
        `offset`/`limit`; the answer repeats them with the total `count`.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            tag (str | Unset):
            favourite (bool | Unset):
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            text_search (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An async iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _get_groups_summary.aiterate(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            status=status,
            tag=tag,
            favourite=favourite,
            sort_by=sort_by,
            sort_direction=sort_direction,
            offset=offset,
            limit=limit,
            text_search=text_search,
            max_pages=max_pages,
        )


class AggregatedResourceWithRawResponse:
    """The aggregated operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.aggregated.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_account_aggregated(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        hourly: bool | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
    ) -> Response[AggregatedResult | Error]:
        """Retrieve account statistics for a time frame

         Answers totals over all datapoints of the account for the time frame. With `hourly=true` (only for
        `today` or `yesterday`) the result carries an hourly breakdown.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            hourly (bool | Unset):
            only_favorites (bool | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AggregatedResult | Error]
        """

        return _get_account_aggregated.sync_detailed(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            hourly=hourly,
            only_favorites=only_favorites,
        )

    def list_account_aggregated(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> Response[AggregatedResultList | Error]:
        """Retrieve account statistics per day, week or month

         Answers one result per day (default), week or month of the time frame.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            group_by (GroupBy | Unset): Temporal entity to group results by; results are per day when
                omitted.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AggregatedResultList | Error]
        """

        return _list_account_aggregated.sync_detailed(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            group_by=group_by,
        )

    def get_conversions_summary(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: EntityStatusFilter | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        text_search: str | Unset = UNSET,
    ) -> Response[AggregatedSummaryResult | Error]:
        """Retrieve statistics for a page of conversions

         Answers statistics per conversion for the time frame, with each conversion's data in `entityData`.
        Paged with `offset`/`limit`; the answer repeats them with the total `count`.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            text_search (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AggregatedSummaryResult | Error]
        """

        return _get_conversions_summary.sync_detailed(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            status=status,
            sort_by=sort_by,
            sort_direction=sort_direction,
            offset=offset,
            limit=limit,
            text_search=text_search,
        )

    def get_datapoints_summary(
        self,
        *,
        time_frame: TimeFrame,
        type_: DataPointTypeFilter,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        group_id: int | Unset = UNSET,
        text_search: str | Unset = UNSET,
    ) -> Response[AggregatedSummaryResult | Error]:
        """Retrieve statistics for a page of datapoints

         Answers statistics per datapoint for the time frame, with each datapoint's data in `entityData`.
        Paged with `offset`/`limit`; the answer repeats them with the total `count`.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            type_ (DataPointTypeFilter): Datapoint type as a query filter; `tl` is a tracking link
                (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tag (str | Unset):
            favourite (bool | Unset):
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            group_id (int | Unset):
            text_search (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AggregatedSummaryResult | Error]
        """

        return _get_datapoints_summary.sync_detailed(
            client=self._client,
            time_frame=time_frame,
            type_=type_,
            from_day=from_day,
            to_day=to_day,
            status=status,
            tag=tag,
            favourite=favourite,
            sort_by=sort_by,
            sort_direction=sort_direction,
            offset=offset,
            limit=limit,
            group_id=group_id,
            text_search=text_search,
        )

    def get_groups_summary(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: EntityStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        text_search: str | Unset = UNSET,
    ) -> Response[AggregatedSummaryResult | Error]:
        """Retrieve statistics for a page of groups

         Answers statistics per group for the time frame, with each group's data in `entityData`. Paged with
        `offset`/`limit`; the answer repeats them with the total `count`.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            tag (str | Unset):
            favourite (bool | Unset):
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            text_search (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AggregatedSummaryResult | Error]
        """

        return _get_groups_summary.sync_detailed(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            status=status,
            tag=tag,
            favourite=favourite,
            sort_by=sort_by,
            sort_direction=sort_direction,
            offset=offset,
            limit=limit,
            text_search=text_search,
        )


class AsyncAggregatedResourceWithRawResponse:
    """The aggregated operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.aggregated.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_account_aggregated(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        hourly: bool | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
    ) -> Response[AggregatedResult | Error]:
        """Retrieve account statistics for a time frame

         Answers totals over all datapoints of the account for the time frame. With `hourly=true` (only for
        `today` or `yesterday`) the result carries an hourly breakdown.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            hourly (bool | Unset):
            only_favorites (bool | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AggregatedResult | Error]
        """

        return await _get_account_aggregated.asyncio_detailed(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            hourly=hourly,
            only_favorites=only_favorites,
        )

    async def list_account_aggregated(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> Response[AggregatedResultList | Error]:
        """Retrieve account statistics per day, week or month

         Answers one result per day (default), week or month of the time frame.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            group_by (GroupBy | Unset): Temporal entity to group results by; results are per day when
                omitted.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AggregatedResultList | Error]
        """

        return await _list_account_aggregated.asyncio_detailed(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            group_by=group_by,
        )

    async def get_conversions_summary(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: EntityStatusFilter | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        text_search: str | Unset = UNSET,
    ) -> Response[AggregatedSummaryResult | Error]:
        """Retrieve statistics for a page of conversions

         Answers statistics per conversion for the time frame, with each conversion's data in `entityData`.
        Paged with `offset`/`limit`; the answer repeats them with the total `count`.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            text_search (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AggregatedSummaryResult | Error]
        """

        return await _get_conversions_summary.asyncio_detailed(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            status=status,
            sort_by=sort_by,
            sort_direction=sort_direction,
            offset=offset,
            limit=limit,
            text_search=text_search,
        )

    async def get_datapoints_summary(
        self,
        *,
        time_frame: TimeFrame,
        type_: DataPointTypeFilter,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        group_id: int | Unset = UNSET,
        text_search: str | Unset = UNSET,
    ) -> Response[AggregatedSummaryResult | Error]:
        """Retrieve statistics for a page of datapoints

         Answers statistics per datapoint for the time frame, with each datapoint's data in `entityData`.
        Paged with `offset`/`limit`; the answer repeats them with the total `count`.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            type_ (DataPointTypeFilter): Datapoint type as a query filter; `tl` is a tracking link
                (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tag (str | Unset):
            favourite (bool | Unset):
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            group_id (int | Unset):
            text_search (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AggregatedSummaryResult | Error]
        """

        return await _get_datapoints_summary.asyncio_detailed(
            client=self._client,
            time_frame=time_frame,
            type_=type_,
            from_day=from_day,
            to_day=to_day,
            status=status,
            tag=tag,
            favourite=favourite,
            sort_by=sort_by,
            sort_direction=sort_direction,
            offset=offset,
            limit=limit,
            group_id=group_id,
            text_search=text_search,
        )

    async def get_groups_summary(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: EntityStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        text_search: str | Unset = UNSET,
    ) -> Response[AggregatedSummaryResult | Error]:
        """Retrieve statistics for a page of groups

         Answers statistics per group for the time frame, with each group's data in `entityData`. Paged with
        `offset`/`limit`; the answer repeats them with the total `count`.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            tag (str | Unset):
            favourite (bool | Unset):
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            text_search (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AggregatedSummaryResult | Error]
        """

        return await _get_groups_summary.asyncio_detailed(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            status=status,
            tag=tag,
            favourite=favourite,
            sort_by=sort_by,
            sort_direction=sort_direction,
            offset=offset,
            limit=limit,
            text_search=text_search,
        )
