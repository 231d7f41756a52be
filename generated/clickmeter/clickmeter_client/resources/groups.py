"""`client.groups` and `async_client.groups`: the groups operations as methods."""

from collections.abc import AsyncIterator, Iterator

from ..api.groups import (
    count_group_datapoints as _count_group_datapoints,
)
from ..api.groups import (
    count_groups as _count_groups,
)
from ..api.groups import (
    create_group as _create_group,
)
from ..api.groups import (
    create_group_datapoint as _create_group_datapoint,
)
from ..api.groups import (
    delete_group as _delete_group,
)
from ..api.groups import (
    get_group as _get_group,
)
from ..api.groups import (
    get_group_aggregated as _get_group_aggregated,
)
from ..api.groups import (
    get_group_datapoints_summary as _get_group_datapoints_summary,
)
from ..api.groups import (
    get_group_report as _get_group_report,
)
from ..api.groups import (
    get_groups_aggregated as _get_groups_aggregated,
)
from ..api.groups import (
    list_group_aggregated as _list_group_aggregated,
)
from ..api.groups import (
    list_group_datapoints as _list_group_datapoints,
)
from ..api.groups import (
    list_group_hits as _list_group_hits,
)
from ..api.groups import (
    list_groups as _list_groups,
)
from ..api.groups import (
    list_groups_aggregated as _list_groups_aggregated,
)
from ..api.groups import (
    toggle_group_favourite as _toggle_group_favourite,
)
from ..api.groups import (
    update_group as _update_group,
)
from ..api.groups import (
    update_group_notes as _update_group_notes,
)
from ..client import Client
from ..models.aggregated_result import AggregatedResult
from ..models.aggregated_result_list import AggregatedResultList
from ..models.aggregated_summary_result import AggregatedSummaryResult
from ..models.count import Count
from ..models.data_point import DataPoint
from ..models.data_point_report_type import DataPointReportType
from ..models.data_point_status_filter import DataPointStatusFilter
from ..models.data_point_type_filter import DataPointTypeFilter
from ..models.entity_status_filter import EntityStatusFilter
from ..models.entity_uri import EntityUri
from ..models.entity_uri_list import EntityUriList
from ..models.error import Error
from ..models.group import Group
from ..models.group_by import GroupBy
from ..models.hit import Hit
from ..models.hit_filter import HitFilter
from ..models.hit_list import HitList
from ..models.hits_timeframe import HitsTimeframe
from ..models.report_hit_type import ReportHitType
from ..models.report_timeframe import ReportTimeframe
from ..models.sort_direction import SortDirection
from ..models.text_patch import TextPatch
from ..models.time_frame import TimeFrame
from ..models.top_report import TopReport
from ..types import UNSET, Response, Unset


class GroupsResource:
    """The groups operations: `client.groups.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "GroupsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return GroupsResourceWithRawResponse(self._client)

    def list_groups(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        status: EntityStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
        write: bool | Unset = UNSET,
    ) -> EntityUriList:
        """List groups

         Answers references (`{id, uri}`) to the groups of the account. Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            tags (str | Unset):
            text_search (str | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            write (bool | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUriList
        """

        return _list_groups.sync(
            client=self._client,
            offset=offset,
            limit=limit,
            status=status,
            tags=tags,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
            write=write,
        )

    def iterate_list_groups(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        status: EntityStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
        write: bool | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[EntityUri]:
        """List groups

         Answers references (`{id, uri}`) to the groups of the account. Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            tags (str | Unset):
            text_search (str | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            write (bool | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _list_groups.iterate(
            client=self._client,
            offset=offset,
            limit=limit,
            status=status,
            tags=tags,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
            write=write,
            max_pages=max_pages,
        )

    def create_group(
        self,
        *,
        body: Group,
    ) -> EntityUri:
        """Create a group

         Creates a group and answers a reference to it.

        Args:
            body (Group): A group of datapoints. Not documented by the vendor: which fields are read-
                only; the `readOnly` ones (`id`, `creationDate`, `deleted`, `writePermited`) are assigned
                by the server (our inference).

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _create_group.sync(
            client=self._client,
            body=body,
        )

    def get_groups_aggregated(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        hourly: bool | Unset = UNSET,
        status: EntityStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
    ) -> AggregatedResult:
        """Retrieve statistics of all groups for a time frame

         Answers totals over the groups that match the filter for the time frame.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            hourly (bool | Unset):
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            tag (str | Unset):
            favourite (bool | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AggregatedResult
        """

        return _get_groups_aggregated.sync(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            hourly=hourly,
            status=status,
            tag=tag,
            favourite=favourite,
        )

    def list_groups_aggregated(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: EntityStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> AggregatedResultList:
        """Retrieve statistics of all groups per day, week or month

         Answers one result per day (default), week or month of the time frame, over the groups that match
        the filter.

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
            group_by (GroupBy | Unset): Temporal entity to group results by; results are per day when
                omitted.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AggregatedResultList
        """

        return _list_groups_aggregated.sync(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            status=status,
            tag=tag,
            favourite=favourite,
            group_by=group_by,
        )

    def count_groups(
        self,
        *,
        status: EntityStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
        write: bool | Unset = UNSET,
    ) -> Count:
        """Count groups

         Answers how many groups match the filter.

        Args:
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            tags (str | Unset):
            text_search (str | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            write (bool | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Count
        """

        return _count_groups.sync(
            client=self._client,
            status=status,
            tags=tags,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
            write=write,
        )

    def get_group(
        self,
        id: int,
    ) -> Group:
        """Retrieve a group

         Answers one group.

        Args:
            id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Group
        """

        return _get_group.sync(
            client=self._client,
            id=id,
        )

    def update_group(
        self,
        id: int,
        *,
        body: Group,
    ) -> EntityUri:
        """Update a group

         Updates a group and answers a reference to it. ClickMeter updates with POST, not PUT.

        Args:
            id (int):
            body (Group): A group of datapoints. Not documented by the vendor: which fields are read-
                only; the `readOnly` ones (`id`, `creationDate`, `deleted`, `writePermited`) are assigned
                by the server (our inference).

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _update_group.sync(
            client=self._client,
            id=id,
            body=body,
        )

    def delete_group(
        self,
        id: int,
    ) -> EntityUri:
        """Delete a group

         Deletes a group and answers a reference to it.

        Args:
            id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _delete_group.sync(
            client=self._client,
            id=id,
        )

    def get_group_aggregated(
        self,
        id: int,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        hourly: bool | Unset = UNSET,
    ) -> AggregatedResult:
        """Retrieve statistics of a group for a time frame

         Answers totals for one group over the time frame. With `hourly=true` (only for `today` or
        `yesterday`) the result carries an hourly breakdown.

        Args:
            id (int):
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            hourly (bool | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AggregatedResult
        """

        return _get_group_aggregated.sync(
            client=self._client,
            id=id,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            hourly=hourly,
        )

    def list_group_aggregated(
        self,
        id: int,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> AggregatedResultList:
        """Retrieve statistics of a group per day, week or month

         Answers one result per day (default), week or month of the time frame for one group.

        Args:
            id (int):
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

        return _list_group_aggregated.sync(
            client=self._client,
            id=id,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            group_by=group_by,
        )

    def get_group_datapoints_summary(
        self,
        id: int,
        *,
        time_frame: TimeFrame,
        type_: DataPointTypeFilter | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        text_search: str | Unset = UNSET,
    ) -> AggregatedSummaryResult:
        """Retrieve statistics for a page of the datapoints of a group

         Answers statistics per datapoint of the group for the time frame, with each datapoint's data in
        `entityData`. Paged with `offset`/`limit`; the answer repeats them with the total `count`.

        Args:
            id (int):
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
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
            text_search (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AggregatedSummaryResult
        """

        return _get_group_datapoints_summary.sync(
            client=self._client,
            id=id,
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
            text_search=text_search,
        )

    def iterate_get_group_datapoints_summary(
        self,
        id: int,
        *,
        time_frame: TimeFrame,
        type_: DataPointTypeFilter | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        text_search: str | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[AggregatedResult]:
        """Retrieve statistics for a page of the datapoints of a group

         Answers statistics per datapoint of the group for the time frame, with each datapoint's data in
        `entityData`. Paged with `offset`/`limit`; the answer repeats them with the total `count`.

        Args:
            id (int):
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
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
            text_search (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _get_group_datapoints_summary.iterate(
            client=self._client,
            id=id,
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
            text_search=text_search,
            max_pages=max_pages,
        )

    def list_group_datapoints(
        self,
        id: int,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> EntityUriList:
        """List the datapoints of a group

         Answers references (`{id, uri}`) to the datapoints in this group. Paged with `offset`/`limit`.

        Args:
            id (int):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
            only_favorites (bool | Unset):
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUriList
        """

        return _list_group_datapoints.sync(
            client=self._client,
            id=id,
            offset=offset,
            limit=limit,
            type_=type_,
            status=status,
            tags=tags,
            text_search=text_search,
            only_favorites=only_favorites,
            sort_by=sort_by,
            sort_direction=sort_direction,
            created_after=created_after,
            created_before=created_before,
        )

    def iterate_list_group_datapoints(
        self,
        id: int,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[EntityUri]:
        """List the datapoints of a group

         Answers references (`{id, uri}`) to the datapoints in this group. Paged with `offset`/`limit`.

        Args:
            id (int):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
            only_favorites (bool | Unset):
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _list_group_datapoints.iterate(
            client=self._client,
            id=id,
            offset=offset,
            limit=limit,
            type_=type_,
            status=status,
            tags=tags,
            text_search=text_search,
            only_favorites=only_favorites,
            sort_by=sort_by,
            sort_direction=sort_direction,
            created_after=created_after,
            created_before=created_before,
            max_pages=max_pages,
        )

    def create_group_datapoint(
        self,
        id: int,
        *,
        body: DataPoint,
    ) -> EntityUri:
        """Create a datapoint in a group

         Creates a tracking link or pixel inside this group and answers a reference to it. What a datapoint
        must be (the batch reports the same rules per item): a new one names its `type`; a TrackingLink has
        `typeTL.url`, an absolute http(s) URL; `status` can only be set to Active or Paused (Abuse is
        ClickMeter's verdict, Deleted comes from deleting); the group, conversions, tags, domain and scripts
        it names exist (else 409). Not documented by the vendor: these rules are our inference.

        Args:
            id (int):
            body (DataPoint): A tracking link (`type` TrackingLink, details in `typeTL`) or tracking
                pixel (TrackingPixel, details in `typeTP`). Not documented by the vendor: which fields are
                read-only; the `readOnly` ones (`creationDate`, `writePermited`, `groupName` and the
                conversion names) are assigned by the server (our inference). `id` stays writable: batch
                updates name each datapoint by it.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _create_group_datapoint.sync(
            client=self._client,
            id=id,
            body=body,
        )

    def count_group_datapoints(
        self,
        id: int,
        *,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Count:
        """Count the datapoints of a group

         Answers how many datapoints of the group match the filter.

        Args:
            id (int):
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
            only_favorites (bool | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Count
        """

        return _count_group_datapoints.sync(
            client=self._client,
            id=id,
            type_=type_,
            status=status,
            tags=tags,
            text_search=text_search,
            only_favorites=only_favorites,
            created_after=created_after,
            created_before=created_before,
        )

    def toggle_group_favourite(
        self,
        id: int,
    ) -> EntityUri:
        """Switch the favourite flag of a group

         Flips the `preferred` (favourite) flag of a group; takes no body.

        Args:
            id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _toggle_group_favourite.sync(
            client=self._client,
            id=id,
        )

    def list_group_hits(
        self,
        id: int,
        *,
        timeframe: HitsTimeframe,
        limit: int | Unset = UNSET,
        offset: str | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        filter_: HitFilter | Unset = UNSET,
    ) -> HitList:
        """List the events of a group

         Answers a page of events for the datapoints of this group. Paged by cursor: pass the previous page's
        `lastKey` as `offset`.

        Args:
            id (int):
            timeframe (HitsTimeframe): Time frame of an event list (narrower than `TimeFrame`).
                `custom` needs `fromDay` and `toDay`.
            limit (int | Unset):
            offset (str | Unset):
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            filter_ (HitFilter | Unset): Kind of events to keep.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            HitList
        """

        return _list_group_hits.sync(
            client=self._client,
            id=id,
            timeframe=timeframe,
            limit=limit,
            offset=offset,
            from_day=from_day,
            to_day=to_day,
            filter_=filter_,
        )

    def iterate_list_group_hits(
        self,
        id: int,
        *,
        timeframe: HitsTimeframe,
        limit: int | Unset = UNSET,
        offset: str | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        filter_: HitFilter | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[Hit]:
        """List the events of a group

         Answers a page of events for the datapoints of this group. Paged by cursor: pass the previous page's
        `lastKey` as `offset`.

        Args:
            id (int):
            timeframe (HitsTimeframe): Time frame of an event list (narrower than `TimeFrame`).
                `custom` needs `fromDay` and `toDay`.
            limit (int | Unset):
            offset (str | Unset):
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            filter_ (HitFilter | Unset): Kind of events to keep.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _list_group_hits.iterate(
            client=self._client,
            id=id,
            timeframe=timeframe,
            limit=limit,
            offset=offset,
            from_day=from_day,
            to_day=to_day,
            filter_=filter_,
            max_pages=max_pages,
        )

    def update_group_notes(
        self,
        id: int,
        *,
        body: TextPatch,
    ) -> EntityUri:
        """Set the notes of a group

         Replaces the `notes` text of a group without sending the whole object.

        Args:
            id (int):
            body (TextPatch): A new text for one field (notes, tag name). The property name is
                PascalCase on the wire.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _update_group_notes.sync(
            client=self._client,
            id=id,
            body=body,
        )

    def get_group_report(
        self,
        id: int,
        *,
        type_: DataPointReportType,
        timeframe: ReportTimeframe,
        hittype: ReportHitType | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
    ) -> TopReport:
        """Retrieve a top report of a group

         Answers the top entries of one kind (`type`) for the group over the time frame.

        Args:
            id (int):
            type_ (DataPointReportType): Kind of top report for datapoints, groups and the account.
            timeframe (ReportTimeframe): Time frame of a top report (narrower than `TimeFrame`).
                `custom` needs `fromDay` and `toDay`.
            hittype (ReportHitType | Unset): Kind of event a top report counts; no filter when
                omitted.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            TopReport
        """

        return _get_group_report.sync(
            client=self._client,
            id=id,
            type_=type_,
            timeframe=timeframe,
            hittype=hittype,
            from_day=from_day,
            to_day=to_day,
        )


class AsyncGroupsResource:
    """The groups operations, awaitable: `async_client.groups.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncGroupsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncGroupsResourceWithRawResponse(self._client)

    async def list_groups(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        status: EntityStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
        write: bool | Unset = UNSET,
    ) -> EntityUriList:
        """List groups

         Answers references (`{id, uri}`) to the groups of the account. Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            tags (str | Unset):
            text_search (str | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            write (bool | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUriList
        """

        return await _list_groups.asyncio(
            client=self._client,
            offset=offset,
            limit=limit,
            status=status,
            tags=tags,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
            write=write,
        )

    def iterate_list_groups(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        status: EntityStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
        write: bool | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[EntityUri]:
        """List groups

         Answers references (`{id, uri}`) to the groups of the account. Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            tags (str | Unset):
            text_search (str | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            write (bool | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An async iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _list_groups.aiterate(
            client=self._client,
            offset=offset,
            limit=limit,
            status=status,
            tags=tags,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
            write=write,
            max_pages=max_pages,
        )

    async def create_group(
        self,
        *,
        body: Group,
    ) -> EntityUri:
        """Create a group

         Creates a group and answers a reference to it.

        Args:
            body (Group): A group of datapoints. Not documented by the vendor: which fields are read-
                only; the `readOnly` ones (`id`, `creationDate`, `deleted`, `writePermited`) are assigned
                by the server (our inference).

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _create_group.asyncio(
            client=self._client,
            body=body,
        )

    async def get_groups_aggregated(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        hourly: bool | Unset = UNSET,
        status: EntityStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
    ) -> AggregatedResult:
        """Retrieve statistics of all groups for a time frame

         Answers totals over the groups that match the filter for the time frame.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            hourly (bool | Unset):
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            tag (str | Unset):
            favourite (bool | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AggregatedResult
        """

        return await _get_groups_aggregated.asyncio(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            hourly=hourly,
            status=status,
            tag=tag,
            favourite=favourite,
        )

    async def list_groups_aggregated(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: EntityStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> AggregatedResultList:
        """Retrieve statistics of all groups per day, week or month

         Answers one result per day (default), week or month of the time frame, over the groups that match
        the filter.

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
            group_by (GroupBy | Unset): Temporal entity to group results by; results are per day when
                omitted.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AggregatedResultList
        """

        return await _list_groups_aggregated.asyncio(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            status=status,
            tag=tag,
            favourite=favourite,
            group_by=group_by,
        )

    async def count_groups(
        self,
        *,
        status: EntityStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
        write: bool | Unset = UNSET,
    ) -> Count:
        """Count groups

         Answers how many groups match the filter.

        Args:
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            tags (str | Unset):
            text_search (str | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            write (bool | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Count
        """

        return await _count_groups.asyncio(
            client=self._client,
            status=status,
            tags=tags,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
            write=write,
        )

    async def get_group(
        self,
        id: int,
    ) -> Group:
        """Retrieve a group

         Answers one group.

        Args:
            id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Group
        """

        return await _get_group.asyncio(
            client=self._client,
            id=id,
        )

    async def update_group(
        self,
        id: int,
        *,
        body: Group,
    ) -> EntityUri:
        """Update a group

         Updates a group and answers a reference to it. ClickMeter updates with POST, not PUT.

        Args:
            id (int):
            body (Group): A group of datapoints. Not documented by the vendor: which fields are read-
                only; the `readOnly` ones (`id`, `creationDate`, `deleted`, `writePermited`) are assigned
                by the server (our inference).

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _update_group.asyncio(
            client=self._client,
            id=id,
            body=body,
        )

    async def delete_group(
        self,
        id: int,
    ) -> EntityUri:
        """Delete a group

         Deletes a group and answers a reference to it.

        Args:
            id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _delete_group.asyncio(
            client=self._client,
            id=id,
        )

    async def get_group_aggregated(
        self,
        id: int,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        hourly: bool | Unset = UNSET,
    ) -> AggregatedResult:
        """Retrieve statistics of a group for a time frame

         Answers totals for one group over the time frame. With `hourly=true` (only for `today` or
        `yesterday`) the result carries an hourly breakdown.

        Args:
            id (int):
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            hourly (bool | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AggregatedResult
        """

        return await _get_group_aggregated.asyncio(
            client=self._client,
            id=id,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            hourly=hourly,
        )

    async def list_group_aggregated(
        self,
        id: int,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> AggregatedResultList:
        """Retrieve statistics of a group per day, week or month

         Answers one result per day (default), week or month of the time frame for one group.

        Args:
            id (int):
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

        return await _list_group_aggregated.asyncio(
            client=self._client,
            id=id,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            group_by=group_by,
        )

    async def get_group_datapoints_summary(
        self,
        id: int,
        *,
        time_frame: TimeFrame,
        type_: DataPointTypeFilter | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        text_search: str | Unset = UNSET,
    ) -> AggregatedSummaryResult:
        """Retrieve statistics for a page of the datapoints of a group

         Answers statistics per datapoint of the group for the time frame, with each datapoint's data in
        `entityData`. Paged with `offset`/`limit`; the answer repeats them with the total `count`.

        Args:
            id (int):
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
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
            text_search (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AggregatedSummaryResult
        """

        return await _get_group_datapoints_summary.asyncio(
            client=self._client,
            id=id,
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
            text_search=text_search,
        )

    def iterate_get_group_datapoints_summary(
        self,
        id: int,
        *,
        time_frame: TimeFrame,
        type_: DataPointTypeFilter | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        text_search: str | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[AggregatedResult]:
        """Retrieve statistics for a page of the datapoints of a group

         Answers statistics per datapoint of the group for the time frame, with each datapoint's data in
        `entityData`. Paged with `offset`/`limit`; the answer repeats them with the total `count`.

        Args:
            id (int):
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
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
            text_search (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An async iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _get_group_datapoints_summary.aiterate(
            client=self._client,
            id=id,
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
            text_search=text_search,
            max_pages=max_pages,
        )

    async def list_group_datapoints(
        self,
        id: int,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> EntityUriList:
        """List the datapoints of a group

         Answers references (`{id, uri}`) to the datapoints in this group. Paged with `offset`/`limit`.

        Args:
            id (int):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
            only_favorites (bool | Unset):
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUriList
        """

        return await _list_group_datapoints.asyncio(
            client=self._client,
            id=id,
            offset=offset,
            limit=limit,
            type_=type_,
            status=status,
            tags=tags,
            text_search=text_search,
            only_favorites=only_favorites,
            sort_by=sort_by,
            sort_direction=sort_direction,
            created_after=created_after,
            created_before=created_before,
        )

    def iterate_list_group_datapoints(
        self,
        id: int,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[EntityUri]:
        """List the datapoints of a group

         Answers references (`{id, uri}`) to the datapoints in this group. Paged with `offset`/`limit`.

        Args:
            id (int):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
            only_favorites (bool | Unset):
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An async iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _list_group_datapoints.aiterate(
            client=self._client,
            id=id,
            offset=offset,
            limit=limit,
            type_=type_,
            status=status,
            tags=tags,
            text_search=text_search,
            only_favorites=only_favorites,
            sort_by=sort_by,
            sort_direction=sort_direction,
            created_after=created_after,
            created_before=created_before,
            max_pages=max_pages,
        )

    async def create_group_datapoint(
        self,
        id: int,
        *,
        body: DataPoint,
    ) -> EntityUri:
        """Create a datapoint in a group

         Creates a tracking link or pixel inside this group and answers a reference to it. What a datapoint
        must be (the batch reports the same rules per item): a new one names its `type`; a TrackingLink has
        `typeTL.url`, an absolute http(s) URL; `status` can only be set to Active or Paused (Abuse is
        ClickMeter's verdict, Deleted comes from deleting); the group, conversions, tags, domain and scripts
        it names exist (else 409). Not documented by the vendor: these rules are our inference.

        Args:
            id (int):
            body (DataPoint): A tracking link (`type` TrackingLink, details in `typeTL`) or tracking
                pixel (TrackingPixel, details in `typeTP`). Not documented by the vendor: which fields are
                read-only; the `readOnly` ones (`creationDate`, `writePermited`, `groupName` and the
                conversion names) are assigned by the server (our inference). `id` stays writable: batch
                updates name each datapoint by it.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _create_group_datapoint.asyncio(
            client=self._client,
            id=id,
            body=body,
        )

    async def count_group_datapoints(
        self,
        id: int,
        *,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Count:
        """Count the datapoints of a group

         Answers how many datapoints of the group match the filter.

        Args:
            id (int):
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
            only_favorites (bool | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Count
        """

        return await _count_group_datapoints.asyncio(
            client=self._client,
            id=id,
            type_=type_,
            status=status,
            tags=tags,
            text_search=text_search,
            only_favorites=only_favorites,
            created_after=created_after,
            created_before=created_before,
        )

    async def toggle_group_favourite(
        self,
        id: int,
    ) -> EntityUri:
        """Switch the favourite flag of a group

         Flips the `preferred` (favourite) flag of a group; takes no body.

        Args:
            id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _toggle_group_favourite.asyncio(
            client=self._client,
            id=id,
        )

    async def list_group_hits(
        self,
        id: int,
        *,
        timeframe: HitsTimeframe,
        limit: int | Unset = UNSET,
        offset: str | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        filter_: HitFilter | Unset = UNSET,
    ) -> HitList:
        """List the events of a group

         Answers a page of events for the datapoints of this group. Paged by cursor: pass the previous page's
        `lastKey` as `offset`.

        Args:
            id (int):
            timeframe (HitsTimeframe): Time frame of an event list (narrower than `TimeFrame`).
                `custom` needs `fromDay` and `toDay`.
            limit (int | Unset):
            offset (str | Unset):
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            filter_ (HitFilter | Unset): Kind of events to keep.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            HitList
        """

        return await _list_group_hits.asyncio(
            client=self._client,
            id=id,
            timeframe=timeframe,
            limit=limit,
            offset=offset,
            from_day=from_day,
            to_day=to_day,
            filter_=filter_,
        )

    def iterate_list_group_hits(
        self,
        id: int,
        *,
        timeframe: HitsTimeframe,
        limit: int | Unset = UNSET,
        offset: str | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        filter_: HitFilter | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[Hit]:
        """List the events of a group

         Answers a page of events for the datapoints of this group. Paged by cursor: pass the previous page's
        `lastKey` as `offset`.

        Args:
            id (int):
            timeframe (HitsTimeframe): Time frame of an event list (narrower than `TimeFrame`).
                `custom` needs `fromDay` and `toDay`.
            limit (int | Unset):
            offset (str | Unset):
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            filter_ (HitFilter | Unset): Kind of events to keep.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An async iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _list_group_hits.aiterate(
            client=self._client,
            id=id,
            timeframe=timeframe,
            limit=limit,
            offset=offset,
            from_day=from_day,
            to_day=to_day,
            filter_=filter_,
            max_pages=max_pages,
        )

    async def update_group_notes(
        self,
        id: int,
        *,
        body: TextPatch,
    ) -> EntityUri:
        """Set the notes of a group

         Replaces the `notes` text of a group without sending the whole object.

        Args:
            id (int):
            body (TextPatch): A new text for one field (notes, tag name). The property name is
                PascalCase on the wire.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _update_group_notes.asyncio(
            client=self._client,
            id=id,
            body=body,
        )

    async def get_group_report(
        self,
        id: int,
        *,
        type_: DataPointReportType,
        timeframe: ReportTimeframe,
        hittype: ReportHitType | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
    ) -> TopReport:
        """Retrieve a top report of a group

         Answers the top entries of one kind (`type`) for the group over the time frame.

        Args:
            id (int):
            type_ (DataPointReportType): Kind of top report for datapoints, groups and the account.
            timeframe (ReportTimeframe): Time frame of a top report (narrower than `TimeFrame`).
                `custom` needs `fromDay` and `toDay`.
            hittype (ReportHitType | Unset): Kind of event a top report counts; no filter when
                omitted.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            TopReport
        """

        return await _get_group_report.asyncio(
            client=self._client,
            id=id,
            type_=type_,
            timeframe=timeframe,
            hittype=hittype,
            from_day=from_day,
            to_day=to_day,
        )


class GroupsResourceWithRawResponse:
    """The groups operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.groups.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_groups(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        status: EntityStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
        write: bool | Unset = UNSET,
    ) -> Response[EntityUriList | Error]:
        """List groups

         Answers references (`{id, uri}`) to the groups of the account. Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            tags (str | Unset):
            text_search (str | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            write (bool | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUriList | Error]
        """

        return _list_groups.sync_detailed(
            client=self._client,
            offset=offset,
            limit=limit,
            status=status,
            tags=tags,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
            write=write,
        )

    def create_group(
        self,
        *,
        body: Group,
    ) -> Response[EntityUri | Error]:
        """Create a group

         Creates a group and answers a reference to it.

        Args:
            body (Group): A group of datapoints. Not documented by the vendor: which fields are read-
                only; the `readOnly` ones (`id`, `creationDate`, `deleted`, `writePermited`) are assigned
                by the server (our inference).

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _create_group.sync_detailed(
            client=self._client,
            body=body,
        )

    def get_groups_aggregated(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        hourly: bool | Unset = UNSET,
        status: EntityStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
    ) -> Response[AggregatedResult | Error]:
        """Retrieve statistics of all groups for a time frame

         Answers totals over the groups that match the filter for the time frame.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            hourly (bool | Unset):
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            tag (str | Unset):
            favourite (bool | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AggregatedResult | Error]
        """

        return _get_groups_aggregated.sync_detailed(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            hourly=hourly,
            status=status,
            tag=tag,
            favourite=favourite,
        )

    def list_groups_aggregated(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: EntityStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> Response[AggregatedResultList | Error]:
        """Retrieve statistics of all groups per day, week or month

         Answers one result per day (default), week or month of the time frame, over the groups that match
        the filter.

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
            group_by (GroupBy | Unset): Temporal entity to group results by; results are per day when
                omitted.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AggregatedResultList | Error]
        """

        return _list_groups_aggregated.sync_detailed(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            status=status,
            tag=tag,
            favourite=favourite,
            group_by=group_by,
        )

    def count_groups(
        self,
        *,
        status: EntityStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
        write: bool | Unset = UNSET,
    ) -> Response[Count | Error]:
        """Count groups

         Answers how many groups match the filter.

        Args:
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            tags (str | Unset):
            text_search (str | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            write (bool | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Count | Error]
        """

        return _count_groups.sync_detailed(
            client=self._client,
            status=status,
            tags=tags,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
            write=write,
        )

    def get_group(
        self,
        id: int,
    ) -> Response[Error | Group]:
        """Retrieve a group

         Answers one group.

        Args:
            id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | Group]
        """

        return _get_group.sync_detailed(
            client=self._client,
            id=id,
        )

    def update_group(
        self,
        id: int,
        *,
        body: Group,
    ) -> Response[EntityUri | Error]:
        """Update a group

         Updates a group and answers a reference to it. ClickMeter updates with POST, not PUT.

        Args:
            id (int):
            body (Group): A group of datapoints. Not documented by the vendor: which fields are read-
                only; the `readOnly` ones (`id`, `creationDate`, `deleted`, `writePermited`) are assigned
                by the server (our inference).

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _update_group.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )

    def delete_group(
        self,
        id: int,
    ) -> Response[EntityUri | Error]:
        """Delete a group

         Deletes a group and answers a reference to it.

        Args:
            id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _delete_group.sync_detailed(
            client=self._client,
            id=id,
        )

    def get_group_aggregated(
        self,
        id: int,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        hourly: bool | Unset = UNSET,
    ) -> Response[AggregatedResult | Error]:
        """Retrieve statistics of a group for a time frame

         Answers totals for one group over the time frame. With `hourly=true` (only for `today` or
        `yesterday`) the result carries an hourly breakdown.

        Args:
            id (int):
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            hourly (bool | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AggregatedResult | Error]
        """

        return _get_group_aggregated.sync_detailed(
            client=self._client,
            id=id,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            hourly=hourly,
        )

    def list_group_aggregated(
        self,
        id: int,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> Response[AggregatedResultList | Error]:
        """Retrieve statistics of a group per day, week or month

         Answers one result per day (default), week or month of the time frame for one group.

        Args:
            id (int):
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

        return _list_group_aggregated.sync_detailed(
            client=self._client,
            id=id,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            group_by=group_by,
        )

    def get_group_datapoints_summary(
        self,
        id: int,
        *,
        time_frame: TimeFrame,
        type_: DataPointTypeFilter | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        text_search: str | Unset = UNSET,
    ) -> Response[AggregatedSummaryResult | Error]:
        """Retrieve statistics for a page of the datapoints of a group

         Answers statistics per datapoint of the group for the time frame, with each datapoint's data in
        `entityData`. Paged with `offset`/`limit`; the answer repeats them with the total `count`.

        Args:
            id (int):
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
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
            text_search (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AggregatedSummaryResult | Error]
        """

        return _get_group_datapoints_summary.sync_detailed(
            client=self._client,
            id=id,
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
            text_search=text_search,
        )

    def list_group_datapoints(
        self,
        id: int,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Response[EntityUriList | Error]:
        """List the datapoints of a group

         Answers references (`{id, uri}`) to the datapoints in this group. Paged with `offset`/`limit`.

        Args:
            id (int):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
            only_favorites (bool | Unset):
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUriList | Error]
        """

        return _list_group_datapoints.sync_detailed(
            client=self._client,
            id=id,
            offset=offset,
            limit=limit,
            type_=type_,
            status=status,
            tags=tags,
            text_search=text_search,
            only_favorites=only_favorites,
            sort_by=sort_by,
            sort_direction=sort_direction,
            created_after=created_after,
            created_before=created_before,
        )

    def create_group_datapoint(
        self,
        id: int,
        *,
        body: DataPoint,
    ) -> Response[EntityUri | Error]:
        """Create a datapoint in a group

         Creates a tracking link or pixel inside this group and answers a reference to it. What a datapoint
        must be (the batch reports the same rules per item): a new one names its `type`; a TrackingLink has
        `typeTL.url`, an absolute http(s) URL; `status` can only be set to Active or Paused (Abuse is
        ClickMeter's verdict, Deleted comes from deleting); the group, conversions, tags, domain and scripts
        it names exist (else 409). Not documented by the vendor: these rules are our inference.

        Args:
            id (int):
            body (DataPoint): A tracking link (`type` TrackingLink, details in `typeTL`) or tracking
                pixel (TrackingPixel, details in `typeTP`). Not documented by the vendor: which fields are
                read-only; the `readOnly` ones (`creationDate`, `writePermited`, `groupName` and the
                conversion names) are assigned by the server (our inference). `id` stays writable: batch
                updates name each datapoint by it.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _create_group_datapoint.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )

    def count_group_datapoints(
        self,
        id: int,
        *,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Response[Count | Error]:
        """Count the datapoints of a group

         Answers how many datapoints of the group match the filter.

        Args:
            id (int):
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
            only_favorites (bool | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Count | Error]
        """

        return _count_group_datapoints.sync_detailed(
            client=self._client,
            id=id,
            type_=type_,
            status=status,
            tags=tags,
            text_search=text_search,
            only_favorites=only_favorites,
            created_after=created_after,
            created_before=created_before,
        )

    def toggle_group_favourite(
        self,
        id: int,
    ) -> Response[EntityUri | Error]:
        """Switch the favourite flag of a group

         Flips the `preferred` (favourite) flag of a group; takes no body.

        Args:
            id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _toggle_group_favourite.sync_detailed(
            client=self._client,
            id=id,
        )

    def list_group_hits(
        self,
        id: int,
        *,
        timeframe: HitsTimeframe,
        limit: int | Unset = UNSET,
        offset: str | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        filter_: HitFilter | Unset = UNSET,
    ) -> Response[Error | HitList]:
        """List the events of a group

         Answers a page of events for the datapoints of this group. Paged by cursor: pass the previous page's
        `lastKey` as `offset`.

        Args:
            id (int):
            timeframe (HitsTimeframe): Time frame of an event list (narrower than `TimeFrame`).
                `custom` needs `fromDay` and `toDay`.
            limit (int | Unset):
            offset (str | Unset):
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            filter_ (HitFilter | Unset): Kind of events to keep.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | HitList]
        """

        return _list_group_hits.sync_detailed(
            client=self._client,
            id=id,
            timeframe=timeframe,
            limit=limit,
            offset=offset,
            from_day=from_day,
            to_day=to_day,
            filter_=filter_,
        )

    def update_group_notes(
        self,
        id: int,
        *,
        body: TextPatch,
    ) -> Response[EntityUri | Error]:
        """Set the notes of a group

         Replaces the `notes` text of a group without sending the whole object.

        Args:
            id (int):
            body (TextPatch): A new text for one field (notes, tag name). The property name is
                PascalCase on the wire.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _update_group_notes.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )

    def get_group_report(
        self,
        id: int,
        *,
        type_: DataPointReportType,
        timeframe: ReportTimeframe,
        hittype: ReportHitType | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
    ) -> Response[Error | TopReport]:
        """Retrieve a top report of a group

         Answers the top entries of one kind (`type`) for the group over the time frame.

        Args:
            id (int):
            type_ (DataPointReportType): Kind of top report for datapoints, groups and the account.
            timeframe (ReportTimeframe): Time frame of a top report (narrower than `TimeFrame`).
                `custom` needs `fromDay` and `toDay`.
            hittype (ReportHitType | Unset): Kind of event a top report counts; no filter when
                omitted.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | TopReport]
        """

        return _get_group_report.sync_detailed(
            client=self._client,
            id=id,
            type_=type_,
            timeframe=timeframe,
            hittype=hittype,
            from_day=from_day,
            to_day=to_day,
        )


class AsyncGroupsResourceWithRawResponse:
    """The groups operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.groups.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_groups(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        status: EntityStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
        write: bool | Unset = UNSET,
    ) -> Response[EntityUriList | Error]:
        """List groups

         Answers references (`{id, uri}`) to the groups of the account. Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            tags (str | Unset):
            text_search (str | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            write (bool | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUriList | Error]
        """

        return await _list_groups.asyncio_detailed(
            client=self._client,
            offset=offset,
            limit=limit,
            status=status,
            tags=tags,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
            write=write,
        )

    async def create_group(
        self,
        *,
        body: Group,
    ) -> Response[EntityUri | Error]:
        """Create a group

         Creates a group and answers a reference to it.

        Args:
            body (Group): A group of datapoints. Not documented by the vendor: which fields are read-
                only; the `readOnly` ones (`id`, `creationDate`, `deleted`, `writePermited`) are assigned
                by the server (our inference).

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _create_group.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def get_groups_aggregated(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        hourly: bool | Unset = UNSET,
        status: EntityStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
    ) -> Response[AggregatedResult | Error]:
        """Retrieve statistics of all groups for a time frame

         Answers totals over the groups that match the filter for the time frame.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            hourly (bool | Unset):
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            tag (str | Unset):
            favourite (bool | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AggregatedResult | Error]
        """

        return await _get_groups_aggregated.asyncio_detailed(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            hourly=hourly,
            status=status,
            tag=tag,
            favourite=favourite,
        )

    async def list_groups_aggregated(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: EntityStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> Response[AggregatedResultList | Error]:
        """Retrieve statistics of all groups per day, week or month

         Answers one result per day (default), week or month of the time frame, over the groups that match
        the filter.

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
            group_by (GroupBy | Unset): Temporal entity to group results by; results are per day when
                omitted.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AggregatedResultList | Error]
        """

        return await _list_groups_aggregated.asyncio_detailed(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            status=status,
            tag=tag,
            favourite=favourite,
            group_by=group_by,
        )

    async def count_groups(
        self,
        *,
        status: EntityStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
        write: bool | Unset = UNSET,
    ) -> Response[Count | Error]:
        """Count groups

         Answers how many groups match the filter.

        Args:
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            tags (str | Unset):
            text_search (str | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            write (bool | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Count | Error]
        """

        return await _count_groups.asyncio_detailed(
            client=self._client,
            status=status,
            tags=tags,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
            write=write,
        )

    async def get_group(
        self,
        id: int,
    ) -> Response[Error | Group]:
        """Retrieve a group

         Answers one group.

        Args:
            id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | Group]
        """

        return await _get_group.asyncio_detailed(
            client=self._client,
            id=id,
        )

    async def update_group(
        self,
        id: int,
        *,
        body: Group,
    ) -> Response[EntityUri | Error]:
        """Update a group

         Updates a group and answers a reference to it. ClickMeter updates with POST, not PUT.

        Args:
            id (int):
            body (Group): A group of datapoints. Not documented by the vendor: which fields are read-
                only; the `readOnly` ones (`id`, `creationDate`, `deleted`, `writePermited`) are assigned
                by the server (our inference).

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _update_group.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )

    async def delete_group(
        self,
        id: int,
    ) -> Response[EntityUri | Error]:
        """Delete a group

         Deletes a group and answers a reference to it.

        Args:
            id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _delete_group.asyncio_detailed(
            client=self._client,
            id=id,
        )

    async def get_group_aggregated(
        self,
        id: int,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        hourly: bool | Unset = UNSET,
    ) -> Response[AggregatedResult | Error]:
        """Retrieve statistics of a group for a time frame

         Answers totals for one group over the time frame. With `hourly=true` (only for `today` or
        `yesterday`) the result carries an hourly breakdown.

        Args:
            id (int):
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            hourly (bool | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AggregatedResult | Error]
        """

        return await _get_group_aggregated.asyncio_detailed(
            client=self._client,
            id=id,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            hourly=hourly,
        )

    async def list_group_aggregated(
        self,
        id: int,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> Response[AggregatedResultList | Error]:
        """Retrieve statistics of a group per day, week or month

         Answers one result per day (default), week or month of the time frame for one group.

        Args:
            id (int):
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

        return await _list_group_aggregated.asyncio_detailed(
            client=self._client,
            id=id,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            group_by=group_by,
        )

    async def get_group_datapoints_summary(
        self,
        id: int,
        *,
        time_frame: TimeFrame,
        type_: DataPointTypeFilter | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        text_search: str | Unset = UNSET,
    ) -> Response[AggregatedSummaryResult | Error]:
        """Retrieve statistics for a page of the datapoints of a group

         Answers statistics per datapoint of the group for the time frame, with each datapoint's data in
        `entityData`. Paged with `offset`/`limit`; the answer repeats them with the total `count`.

        Args:
            id (int):
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
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
            text_search (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AggregatedSummaryResult | Error]
        """

        return await _get_group_datapoints_summary.asyncio_detailed(
            client=self._client,
            id=id,
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
            text_search=text_search,
        )

    async def list_group_datapoints(
        self,
        id: int,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Response[EntityUriList | Error]:
        """List the datapoints of a group

         Answers references (`{id, uri}`) to the datapoints in this group. Paged with `offset`/`limit`.

        Args:
            id (int):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
            only_favorites (bool | Unset):
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUriList | Error]
        """

        return await _list_group_datapoints.asyncio_detailed(
            client=self._client,
            id=id,
            offset=offset,
            limit=limit,
            type_=type_,
            status=status,
            tags=tags,
            text_search=text_search,
            only_favorites=only_favorites,
            sort_by=sort_by,
            sort_direction=sort_direction,
            created_after=created_after,
            created_before=created_before,
        )

    async def create_group_datapoint(
        self,
        id: int,
        *,
        body: DataPoint,
    ) -> Response[EntityUri | Error]:
        """Create a datapoint in a group

         Creates a tracking link or pixel inside this group and answers a reference to it. What a datapoint
        must be (the batch reports the same rules per item): a new one names its `type`; a TrackingLink has
        `typeTL.url`, an absolute http(s) URL; `status` can only be set to Active or Paused (Abuse is
        ClickMeter's verdict, Deleted comes from deleting); the group, conversions, tags, domain and scripts
        it names exist (else 409). Not documented by the vendor: these rules are our inference.

        Args:
            id (int):
            body (DataPoint): A tracking link (`type` TrackingLink, details in `typeTL`) or tracking
                pixel (TrackingPixel, details in `typeTP`). Not documented by the vendor: which fields are
                read-only; the `readOnly` ones (`creationDate`, `writePermited`, `groupName` and the
                conversion names) are assigned by the server (our inference). `id` stays writable: batch
                updates name each datapoint by it.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _create_group_datapoint.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )

    async def count_group_datapoints(
        self,
        id: int,
        *,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Response[Count | Error]:
        """Count the datapoints of a group

         Answers how many datapoints of the group match the filter.

        Args:
            id (int):
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
            only_favorites (bool | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Count | Error]
        """

        return await _count_group_datapoints.asyncio_detailed(
            client=self._client,
            id=id,
            type_=type_,
            status=status,
            tags=tags,
            text_search=text_search,
            only_favorites=only_favorites,
            created_after=created_after,
            created_before=created_before,
        )

    async def toggle_group_favourite(
        self,
        id: int,
    ) -> Response[EntityUri | Error]:
        """Switch the favourite flag of a group

         Flips the `preferred` (favourite) flag of a group; takes no body.

        Args:
            id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _toggle_group_favourite.asyncio_detailed(
            client=self._client,
            id=id,
        )

    async def list_group_hits(
        self,
        id: int,
        *,
        timeframe: HitsTimeframe,
        limit: int | Unset = UNSET,
        offset: str | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        filter_: HitFilter | Unset = UNSET,
    ) -> Response[Error | HitList]:
        """List the events of a group

         Answers a page of events for the datapoints of this group. Paged by cursor: pass the previous page's
        `lastKey` as `offset`.

        Args:
            id (int):
            timeframe (HitsTimeframe): Time frame of an event list (narrower than `TimeFrame`).
                `custom` needs `fromDay` and `toDay`.
            limit (int | Unset):
            offset (str | Unset):
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            filter_ (HitFilter | Unset): Kind of events to keep.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | HitList]
        """

        return await _list_group_hits.asyncio_detailed(
            client=self._client,
            id=id,
            timeframe=timeframe,
            limit=limit,
            offset=offset,
            from_day=from_day,
            to_day=to_day,
            filter_=filter_,
        )

    async def update_group_notes(
        self,
        id: int,
        *,
        body: TextPatch,
    ) -> Response[EntityUri | Error]:
        """Set the notes of a group

         Replaces the `notes` text of a group without sending the whole object.

        Args:
            id (int):
            body (TextPatch): A new text for one field (notes, tag name). The property name is
                PascalCase on the wire.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _update_group_notes.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )

    async def get_group_report(
        self,
        id: int,
        *,
        type_: DataPointReportType,
        timeframe: ReportTimeframe,
        hittype: ReportHitType | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
    ) -> Response[Error | TopReport]:
        """Retrieve a top report of a group

         Answers the top entries of one kind (`type`) for the group over the time frame.

        Args:
            id (int):
            type_ (DataPointReportType): Kind of top report for datapoints, groups and the account.
            timeframe (ReportTimeframe): Time frame of a top report (narrower than `TimeFrame`).
                `custom` needs `fromDay` and `toDay`.
            hittype (ReportHitType | Unset): Kind of event a top report counts; no filter when
                omitted.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | TopReport]
        """

        return await _get_group_report.asyncio_detailed(
            client=self._client,
            id=id,
            type_=type_,
            timeframe=timeframe,
            hittype=hittype,
            from_day=from_day,
            to_day=to_day,
        )
