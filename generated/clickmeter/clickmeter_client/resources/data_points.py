"""`client.data_points` and `async_client.data_points`: the data_points operations as methods."""

from collections.abc import AsyncIterator, Iterator

from ..api.data_points import (
    count_datapoints as _count_datapoints,
)
from ..api.data_points import (
    create_datapoint as _create_datapoint,
)
from ..api.data_points import (
    create_datapoints_batch as _create_datapoints_batch,
)
from ..api.data_points import (
    delete_datapoint as _delete_datapoint,
)
from ..api.data_points import (
    delete_datapoints_batch as _delete_datapoints_batch,
)
from ..api.data_points import (
    get_datapoint as _get_datapoint,
)
from ..api.data_points import (
    get_datapoint_aggregated as _get_datapoint_aggregated,
)
from ..api.data_points import (
    get_datapoint_report as _get_datapoint_report,
)
from ..api.data_points import (
    get_datapoints_aggregated as _get_datapoints_aggregated,
)
from ..api.data_points import (
    list_datapoint_aggregated as _list_datapoint_aggregated,
)
from ..api.data_points import (
    list_datapoint_hits as _list_datapoint_hits,
)
from ..api.data_points import (
    list_datapoints as _list_datapoints,
)
from ..api.data_points import (
    list_datapoints_aggregated as _list_datapoints_aggregated,
)
from ..api.data_points import (
    toggle_datapoint_favourite as _toggle_datapoint_favourite,
)
from ..api.data_points import (
    update_datapoint as _update_datapoint,
)
from ..api.data_points import (
    update_datapoint_notes as _update_datapoint_notes,
)
from ..api.data_points import (
    update_datapoints_batch as _update_datapoints_batch,
)
from ..client import Client
from ..models.aggregated_result import AggregatedResult
from ..models.aggregated_result_list import AggregatedResultList
from ..models.batch_request import BatchRequest
from ..models.batch_result import BatchResult
from ..models.count import Count
from ..models.data_point import DataPoint
from ..models.data_point_report_type import DataPointReportType
from ..models.data_point_status_filter import DataPointStatusFilter
from ..models.data_point_type_filter import DataPointTypeFilter
from ..models.delete_batch_request import DeleteBatchRequest
from ..models.entity_uri import EntityUri
from ..models.entity_uri_list import EntityUriList
from ..models.error import Error
from ..models.group_by import GroupBy
from ..models.hit import Hit
from ..models.hit_filter import HitFilter
from ..models.hit_list import HitList
from ..models.hits_timeframe import HitsTimeframe
from ..models.report_timeframe import ReportTimeframe
from ..models.sort_direction import SortDirection
from ..models.text_patch import TextPatch
from ..models.time_frame import TimeFrame
from ..models.top_report import TopReport
from ..types import UNSET, Response, Unset


class DataPointsResource:
    """The data_points operations: `client.data_points.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "DataPointsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return DataPointsResourceWithRawResponse(self._client)

    def list_datapoints(
        self,
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
        """List datapoints

         Answers references (`{id, uri}`) to the datapoints (tracking links and pixels) of the account. Paged
        with `offset`/`limit`.

        Args:
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

        return _list_datapoints.sync(
            client=self._client,
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

    def iterate_list_datapoints(
        self,
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
        """List datapoints

         Answers references (`{id, uri}`) to the datapoints (tracking links and pixels) of the account. Paged
        with `offset`/`limit`.

        Args:
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

        return _list_datapoints.iterate(
            client=self._client,
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

    def create_datapoint(
        self,
        *,
        body: DataPoint,
    ) -> EntityUri:
        """Create a datapoint

         Creates a tracking link or tracking pixel and answers a reference to it. What a datapoint must be
        (the batch reports the same rules per item): a new one names its `type`; a TrackingLink has
        `typeTL.url`, an absolute http(s) URL; `status` can only be set to Active or Paused (Abuse is
        ClickMeter's verdict, Deleted comes from deleting); the group, conversions, tags, domain and scripts
        it names exist (else 409). Not documented by the vendor: these rules are our inference.

        Args:
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

        return _create_datapoint.sync(
            client=self._client,
            body=body,
        )

    def get_datapoints_aggregated(
        self,
        *,
        time_frame: TimeFrame,
        type_: DataPointTypeFilter | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        hourly: bool | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
    ) -> AggregatedResult:
        """Retrieve statistics of all datapoints for a time frame

         Answers totals over the datapoints that match the filter for the time frame.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            hourly (bool | Unset):
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tag (str | Unset):
            favourite (bool | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AggregatedResult
        """

        return _get_datapoints_aggregated.sync(
            client=self._client,
            time_frame=time_frame,
            type_=type_,
            from_day=from_day,
            to_day=to_day,
            hourly=hourly,
            status=status,
            tag=tag,
            favourite=favourite,
        )

    def list_datapoints_aggregated(
        self,
        *,
        type_: DataPointTypeFilter,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> AggregatedResultList:
        """Retrieve statistics of all datapoints per day, week or month

         Answers one result per day (default), week or month of the time frame, over the datapoints that
        match the filter.

        Args:
            type_ (DataPointTypeFilter): Datapoint type as a query filter; `tl` is a tracking link
                (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
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

        return _list_datapoints_aggregated.sync(
            client=self._client,
            type_=type_,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            status=status,
            tag=tag,
            favourite=favourite,
            group_by=group_by,
        )

    def create_datapoints_batch(
        self,
        *,
        body: BatchRequest,
    ) -> BatchResult:
        """Create several datapoints

         Creates the listed datapoints. Answers a batch result; per-item validation failures are listed in
        `errors`.

        Args:
            body (BatchRequest): Datapoints to create (PUT) or update (POST, each with its `id`). The
                property name is PascalCase on the wire.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            BatchResult
        """

        return _create_datapoints_batch.sync(
            client=self._client,
            body=body,
        )

    def update_datapoints_batch(
        self,
        *,
        body: BatchRequest,
    ) -> BatchResult:
        """Update several datapoints

         Updates the listed datapoints (each carries its `id`). Answers a batch result; per-item validation
        failures are listed in `errors`.

        Args:
            body (BatchRequest): Datapoints to create (PUT) or update (POST, each with its `id`). The
                property name is PascalCase on the wire.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            BatchResult
        """

        return _update_datapoints_batch.sync(
            client=self._client,
            body=body,
        )

    def delete_datapoints_batch(
        self,
        *,
        body: DeleteBatchRequest,
    ) -> BatchResult:
        """Delete several datapoints

         Deletes the listed datapoints. Answers a batch result; per-item validation failures are listed in
        `errors`.

        Args:
            body (DeleteBatchRequest): References of the datapoints to delete. The property name is
                PascalCase on the wire.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            BatchResult
        """

        return _delete_datapoints_batch.sync(
            client=self._client,
            body=body,
        )

    def count_datapoints(
        self,
        *,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Count:
        """Count datapoints

         Answers how many datapoints match the filter.

        Args:
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

        return _count_datapoints.sync(
            client=self._client,
            type_=type_,
            status=status,
            tags=tags,
            text_search=text_search,
            only_favorites=only_favorites,
            created_after=created_after,
            created_before=created_before,
        )

    def get_datapoint(
        self,
        id: int,
    ) -> DataPoint:
        """Retrieve a datapoint

         Answers one datapoint.

        Args:
            id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            DataPoint
        """

        return _get_datapoint.sync(
            client=self._client,
            id=id,
        )

    def update_datapoint(
        self,
        id: int,
        *,
        body: DataPoint,
    ) -> EntityUri:
        """Update a datapoint

         Updates a datapoint and answers a reference to it. ClickMeter updates with POST, not PUT. Fields the
        body leaves out keep their value; the `type` cannot change (409). What a datapoint must be (the
        batch reports the same rules per item): a new one names its `type`; a TrackingLink has `typeTL.url`,
        an absolute http(s) URL; `status` can only be set to Active or Paused (Abuse is ClickMeter's
        verdict, Deleted comes from deleting); the group, conversions, tags, domain and scripts it names
        exist (else 409). Not documented by the vendor: these rules are our inference.

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

        return _update_datapoint.sync(
            client=self._client,
            id=id,
            body=body,
        )

    def delete_datapoint(
        self,
        id: int,
    ) -> EntityUri:
        """Delete a datapoint

         Deletes a datapoint and answers a reference to it.

        Args:
            id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _delete_datapoint.sync(
            client=self._client,
            id=id,
        )

    def get_datapoint_aggregated(
        self,
        id: int,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        hourly: bool | Unset = UNSET,
    ) -> AggregatedResult:
        """Retrieve statistics of a datapoint for a time frame

         Answers totals for one datapoint over the time frame. With `hourly=true` (only for `today` or
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

        return _get_datapoint_aggregated.sync(
            client=self._client,
            id=id,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            hourly=hourly,
        )

    def list_datapoint_aggregated(
        self,
        id: int,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> AggregatedResultList:
        """Retrieve statistics of a datapoint per day, week or month

         Answers one result per day (default), week or month of the time frame for one datapoint.

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

        return _list_datapoint_aggregated.sync(
            client=self._client,
            id=id,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            group_by=group_by,
        )

    def toggle_datapoint_favourite(
        self,
        id: int,
    ) -> EntityUri:
        """Switch the favourite flag of a datapoint

         Flips the `preferred` (favourite) flag of a datapoint; takes no body.

        Args:
            id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _toggle_datapoint_favourite.sync(
            client=self._client,
            id=id,
        )

    def list_datapoint_hits(
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
        """List the events of a datapoint

         Answers a page of events for this datapoint. Paged by cursor: pass the previous page's `lastKey` as
        `offset`.

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

        return _list_datapoint_hits.sync(
            client=self._client,
            id=id,
            timeframe=timeframe,
            limit=limit,
            offset=offset,
            from_day=from_day,
            to_day=to_day,
            filter_=filter_,
        )

    def iterate_list_datapoint_hits(
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
        """List the events of a datapoint

         Answers a page of events for this datapoint. Paged by cursor: pass the previous page's `lastKey` as
        `offset`.

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

        return _list_datapoint_hits.iterate(
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

    def update_datapoint_notes(
        self,
        id: int,
        *,
        body: TextPatch,
    ) -> EntityUri:
        """Set the notes of a datapoint

         Replaces the `notes` text of a datapoint without sending the whole object.

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

        return _update_datapoint_notes.sync(
            client=self._client,
            id=id,
            body=body,
        )

    def get_datapoint_report(
        self,
        id: int,
        *,
        type_: DataPointReportType,
        timeframe: ReportTimeframe,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
    ) -> TopReport:
        """Retrieve a top report of a datapoint

         Answers the top entries of one kind (`type`) for the datapoint over the time frame.

        Args:
            id (int):
            type_ (DataPointReportType): Kind of top report for datapoints, groups and the account.
            timeframe (ReportTimeframe): Time frame of a top report (narrower than `TimeFrame`).
                `custom` needs `fromDay` and `toDay`.
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

        return _get_datapoint_report.sync(
            client=self._client,
            id=id,
            type_=type_,
            timeframe=timeframe,
            from_day=from_day,
            to_day=to_day,
        )

    # Shorter names from the overlay's x-sdk-name (after every method, so no annotation above can see them).
    list = list_datapoints
    iterate_list = iterate_list_datapoints
    create = create_datapoint
    count = count_datapoints
    get = get_datapoint
    update = update_datapoint
    delete = delete_datapoint


class AsyncDataPointsResource:
    """The data_points operations, awaitable: `async_client.data_points.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncDataPointsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncDataPointsResourceWithRawResponse(self._client)

    async def list_datapoints(
        self,
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
        """List datapoints

         Answers references (`{id, uri}`) to the datapoints (tracking links and pixels) of the account. Paged
        with `offset`/`limit`.

        Args:
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

        return await _list_datapoints.asyncio(
            client=self._client,
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

    def iterate_list_datapoints(
        self,
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
        """List datapoints

         Answers references (`{id, uri}`) to the datapoints (tracking links and pixels) of the account. Paged
        with `offset`/`limit`.

        Args:
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

        return _list_datapoints.aiterate(
            client=self._client,
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

    async def create_datapoint(
        self,
        *,
        body: DataPoint,
    ) -> EntityUri:
        """Create a datapoint

         Creates a tracking link or tracking pixel and answers a reference to it. What a datapoint must be
        (the batch reports the same rules per item): a new one names its `type`; a TrackingLink has
        `typeTL.url`, an absolute http(s) URL; `status` can only be set to Active or Paused (Abuse is
        ClickMeter's verdict, Deleted comes from deleting); the group, conversions, tags, domain and scripts
        it names exist (else 409). Not documented by the vendor: these rules are our inference.

        Args:
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

        return await _create_datapoint.asyncio(
            client=self._client,
            body=body,
        )

    async def get_datapoints_aggregated(
        self,
        *,
        time_frame: TimeFrame,
        type_: DataPointTypeFilter | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        hourly: bool | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
    ) -> AggregatedResult:
        """Retrieve statistics of all datapoints for a time frame

         Answers totals over the datapoints that match the filter for the time frame.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            hourly (bool | Unset):
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tag (str | Unset):
            favourite (bool | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AggregatedResult
        """

        return await _get_datapoints_aggregated.asyncio(
            client=self._client,
            time_frame=time_frame,
            type_=type_,
            from_day=from_day,
            to_day=to_day,
            hourly=hourly,
            status=status,
            tag=tag,
            favourite=favourite,
        )

    async def list_datapoints_aggregated(
        self,
        *,
        type_: DataPointTypeFilter,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> AggregatedResultList:
        """Retrieve statistics of all datapoints per day, week or month

         Answers one result per day (default), week or month of the time frame, over the datapoints that
        match the filter.

        Args:
            type_ (DataPointTypeFilter): Datapoint type as a query filter; `tl` is a tracking link
                (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
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

        return await _list_datapoints_aggregated.asyncio(
            client=self._client,
            type_=type_,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            status=status,
            tag=tag,
            favourite=favourite,
            group_by=group_by,
        )

    async def create_datapoints_batch(
        self,
        *,
        body: BatchRequest,
    ) -> BatchResult:
        """Create several datapoints

         Creates the listed datapoints. Answers a batch result; per-item validation failures are listed in
        `errors`.

        Args:
            body (BatchRequest): Datapoints to create (PUT) or update (POST, each with its `id`). The
                property name is PascalCase on the wire.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            BatchResult
        """

        return await _create_datapoints_batch.asyncio(
            client=self._client,
            body=body,
        )

    async def update_datapoints_batch(
        self,
        *,
        body: BatchRequest,
    ) -> BatchResult:
        """Update several datapoints

         Updates the listed datapoints (each carries its `id`). Answers a batch result; per-item validation
        failures are listed in `errors`.

        Args:
            body (BatchRequest): Datapoints to create (PUT) or update (POST, each with its `id`). The
                property name is PascalCase on the wire.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            BatchResult
        """

        return await _update_datapoints_batch.asyncio(
            client=self._client,
            body=body,
        )

    async def delete_datapoints_batch(
        self,
        *,
        body: DeleteBatchRequest,
    ) -> BatchResult:
        """Delete several datapoints

         Deletes the listed datapoints. Answers a batch result; per-item validation failures are listed in
        `errors`.

        Args:
            body (DeleteBatchRequest): References of the datapoints to delete. The property name is
                PascalCase on the wire.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            BatchResult
        """

        return await _delete_datapoints_batch.asyncio(
            client=self._client,
            body=body,
        )

    async def count_datapoints(
        self,
        *,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Count:
        """Count datapoints

         Answers how many datapoints match the filter.

        Args:
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

        return await _count_datapoints.asyncio(
            client=self._client,
            type_=type_,
            status=status,
            tags=tags,
            text_search=text_search,
            only_favorites=only_favorites,
            created_after=created_after,
            created_before=created_before,
        )

    async def get_datapoint(
        self,
        id: int,
    ) -> DataPoint:
        """Retrieve a datapoint

         Answers one datapoint.

        Args:
            id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            DataPoint
        """

        return await _get_datapoint.asyncio(
            client=self._client,
            id=id,
        )

    async def update_datapoint(
        self,
        id: int,
        *,
        body: DataPoint,
    ) -> EntityUri:
        """Update a datapoint

         Updates a datapoint and answers a reference to it. ClickMeter updates with POST, not PUT. Fields the
        body leaves out keep their value; the `type` cannot change (409). What a datapoint must be (the
        batch reports the same rules per item): a new one names its `type`; a TrackingLink has `typeTL.url`,
        an absolute http(s) URL; `status` can only be set to Active or Paused (Abuse is ClickMeter's
        verdict, Deleted comes from deleting); the group, conversions, tags, domain and scripts it names
        exist (else 409). Not documented by the vendor: these rules are our inference.

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

        return await _update_datapoint.asyncio(
            client=self._client,
            id=id,
            body=body,
        )

    async def delete_datapoint(
        self,
        id: int,
    ) -> EntityUri:
        """Delete a datapoint

         Deletes a datapoint and answers a reference to it.

        Args:
            id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _delete_datapoint.asyncio(
            client=self._client,
            id=id,
        )

    async def get_datapoint_aggregated(
        self,
        id: int,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        hourly: bool | Unset = UNSET,
    ) -> AggregatedResult:
        """Retrieve statistics of a datapoint for a time frame

         Answers totals for one datapoint over the time frame. With `hourly=true` (only for `today` or
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

        return await _get_datapoint_aggregated.asyncio(
            client=self._client,
            id=id,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            hourly=hourly,
        )

    async def list_datapoint_aggregated(
        self,
        id: int,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> AggregatedResultList:
        """Retrieve statistics of a datapoint per day, week or month

         Answers one result per day (default), week or month of the time frame for one datapoint.

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

        return await _list_datapoint_aggregated.asyncio(
            client=self._client,
            id=id,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            group_by=group_by,
        )

    async def toggle_datapoint_favourite(
        self,
        id: int,
    ) -> EntityUri:
        """Switch the favourite flag of a datapoint

         Flips the `preferred` (favourite) flag of a datapoint; takes no body.

        Args:
            id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _toggle_datapoint_favourite.asyncio(
            client=self._client,
            id=id,
        )

    async def list_datapoint_hits(
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
        """List the events of a datapoint

         Answers a page of events for this datapoint. Paged by cursor: pass the previous page's `lastKey` as
        `offset`.

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

        return await _list_datapoint_hits.asyncio(
            client=self._client,
            id=id,
            timeframe=timeframe,
            limit=limit,
            offset=offset,
            from_day=from_day,
            to_day=to_day,
            filter_=filter_,
        )

    def iterate_list_datapoint_hits(
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
        """List the events of a datapoint

         Answers a page of events for this datapoint. Paged by cursor: pass the previous page's `lastKey` as
        `offset`.

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

        return _list_datapoint_hits.aiterate(
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

    async def update_datapoint_notes(
        self,
        id: int,
        *,
        body: TextPatch,
    ) -> EntityUri:
        """Set the notes of a datapoint

         Replaces the `notes` text of a datapoint without sending the whole object.

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

        return await _update_datapoint_notes.asyncio(
            client=self._client,
            id=id,
            body=body,
        )

    async def get_datapoint_report(
        self,
        id: int,
        *,
        type_: DataPointReportType,
        timeframe: ReportTimeframe,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
    ) -> TopReport:
        """Retrieve a top report of a datapoint

         Answers the top entries of one kind (`type`) for the datapoint over the time frame.

        Args:
            id (int):
            type_ (DataPointReportType): Kind of top report for datapoints, groups and the account.
            timeframe (ReportTimeframe): Time frame of a top report (narrower than `TimeFrame`).
                `custom` needs `fromDay` and `toDay`.
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

        return await _get_datapoint_report.asyncio(
            client=self._client,
            id=id,
            type_=type_,
            timeframe=timeframe,
            from_day=from_day,
            to_day=to_day,
        )

    # Shorter names from the overlay's x-sdk-name (after every method, so no annotation above can see them).
    list = list_datapoints
    iterate_list = iterate_list_datapoints
    create = create_datapoint
    count = count_datapoints
    get = get_datapoint
    update = update_datapoint
    delete = delete_datapoint


class DataPointsResourceWithRawResponse:
    """The data_points operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.data_points.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_datapoints(
        self,
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
        """List datapoints

         Answers references (`{id, uri}`) to the datapoints (tracking links and pixels) of the account. Paged
        with `offset`/`limit`.

        Args:
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

        return _list_datapoints.sync_detailed(
            client=self._client,
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

    def create_datapoint(
        self,
        *,
        body: DataPoint,
    ) -> Response[EntityUri | Error]:
        """Create a datapoint

         Creates a tracking link or tracking pixel and answers a reference to it. What a datapoint must be
        (the batch reports the same rules per item): a new one names its `type`; a TrackingLink has
        `typeTL.url`, an absolute http(s) URL; `status` can only be set to Active or Paused (Abuse is
        ClickMeter's verdict, Deleted comes from deleting); the group, conversions, tags, domain and scripts
        it names exist (else 409). Not documented by the vendor: these rules are our inference.

        Args:
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

        return _create_datapoint.sync_detailed(
            client=self._client,
            body=body,
        )

    def get_datapoints_aggregated(
        self,
        *,
        time_frame: TimeFrame,
        type_: DataPointTypeFilter | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        hourly: bool | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
    ) -> Response[AggregatedResult | Error]:
        """Retrieve statistics of all datapoints for a time frame

         Answers totals over the datapoints that match the filter for the time frame.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            hourly (bool | Unset):
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tag (str | Unset):
            favourite (bool | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AggregatedResult | Error]
        """

        return _get_datapoints_aggregated.sync_detailed(
            client=self._client,
            time_frame=time_frame,
            type_=type_,
            from_day=from_day,
            to_day=to_day,
            hourly=hourly,
            status=status,
            tag=tag,
            favourite=favourite,
        )

    def list_datapoints_aggregated(
        self,
        *,
        type_: DataPointTypeFilter,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> Response[AggregatedResultList | Error]:
        """Retrieve statistics of all datapoints per day, week or month

         Answers one result per day (default), week or month of the time frame, over the datapoints that
        match the filter.

        Args:
            type_ (DataPointTypeFilter): Datapoint type as a query filter; `tl` is a tracking link
                (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
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

        return _list_datapoints_aggregated.sync_detailed(
            client=self._client,
            type_=type_,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            status=status,
            tag=tag,
            favourite=favourite,
            group_by=group_by,
        )

    def create_datapoints_batch(
        self,
        *,
        body: BatchRequest,
    ) -> Response[BatchResult | Error]:
        """Create several datapoints

         Creates the listed datapoints. Answers a batch result; per-item validation failures are listed in
        `errors`.

        Args:
            body (BatchRequest): Datapoints to create (PUT) or update (POST, each with its `id`). The
                property name is PascalCase on the wire.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[BatchResult | Error]
        """

        return _create_datapoints_batch.sync_detailed(
            client=self._client,
            body=body,
        )

    def update_datapoints_batch(
        self,
        *,
        body: BatchRequest,
    ) -> Response[BatchResult | Error]:
        """Update several datapoints

         Updates the listed datapoints (each carries its `id`). Answers a batch result; per-item validation
        failures are listed in `errors`.

        Args:
            body (BatchRequest): Datapoints to create (PUT) or update (POST, each with its `id`). The
                property name is PascalCase on the wire.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[BatchResult | Error]
        """

        return _update_datapoints_batch.sync_detailed(
            client=self._client,
            body=body,
        )

    def delete_datapoints_batch(
        self,
        *,
        body: DeleteBatchRequest,
    ) -> Response[BatchResult | Error]:
        """Delete several datapoints

         Deletes the listed datapoints. Answers a batch result; per-item validation failures are listed in
        `errors`.

        Args:
            body (DeleteBatchRequest): References of the datapoints to delete. The property name is
                PascalCase on the wire.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[BatchResult | Error]
        """

        return _delete_datapoints_batch.sync_detailed(
            client=self._client,
            body=body,
        )

    def count_datapoints(
        self,
        *,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Response[Count | Error]:
        """Count datapoints

         Answers how many datapoints match the filter.

        Args:
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

        return _count_datapoints.sync_detailed(
            client=self._client,
            type_=type_,
            status=status,
            tags=tags,
            text_search=text_search,
            only_favorites=only_favorites,
            created_after=created_after,
            created_before=created_before,
        )

    def get_datapoint(
        self,
        id: int,
    ) -> Response[DataPoint | Error]:
        """Retrieve a datapoint

         Answers one datapoint.

        Args:
            id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[DataPoint | Error]
        """

        return _get_datapoint.sync_detailed(
            client=self._client,
            id=id,
        )

    def update_datapoint(
        self,
        id: int,
        *,
        body: DataPoint,
    ) -> Response[EntityUri | Error]:
        """Update a datapoint

         Updates a datapoint and answers a reference to it. ClickMeter updates with POST, not PUT. Fields the
        body leaves out keep their value; the `type` cannot change (409). What a datapoint must be (the
        batch reports the same rules per item): a new one names its `type`; a TrackingLink has `typeTL.url`,
        an absolute http(s) URL; `status` can only be set to Active or Paused (Abuse is ClickMeter's
        verdict, Deleted comes from deleting); the group, conversions, tags, domain and scripts it names
        exist (else 409). Not documented by the vendor: these rules are our inference.

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

        return _update_datapoint.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )

    def delete_datapoint(
        self,
        id: int,
    ) -> Response[EntityUri | Error]:
        """Delete a datapoint

         Deletes a datapoint and answers a reference to it.

        Args:
            id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _delete_datapoint.sync_detailed(
            client=self._client,
            id=id,
        )

    def get_datapoint_aggregated(
        self,
        id: int,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        hourly: bool | Unset = UNSET,
    ) -> Response[AggregatedResult | Error]:
        """Retrieve statistics of a datapoint for a time frame

         Answers totals for one datapoint over the time frame. With `hourly=true` (only for `today` or
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

        return _get_datapoint_aggregated.sync_detailed(
            client=self._client,
            id=id,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            hourly=hourly,
        )

    def list_datapoint_aggregated(
        self,
        id: int,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> Response[AggregatedResultList | Error]:
        """Retrieve statistics of a datapoint per day, week or month

         Answers one result per day (default), week or month of the time frame for one datapoint.

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

        return _list_datapoint_aggregated.sync_detailed(
            client=self._client,
            id=id,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            group_by=group_by,
        )

    def toggle_datapoint_favourite(
        self,
        id: int,
    ) -> Response[EntityUri | Error]:
        """Switch the favourite flag of a datapoint

         Flips the `preferred` (favourite) flag of a datapoint; takes no body.

        Args:
            id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _toggle_datapoint_favourite.sync_detailed(
            client=self._client,
            id=id,
        )

    def list_datapoint_hits(
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
        """List the events of a datapoint

         Answers a page of events for this datapoint. Paged by cursor: pass the previous page's `lastKey` as
        `offset`.

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

        return _list_datapoint_hits.sync_detailed(
            client=self._client,
            id=id,
            timeframe=timeframe,
            limit=limit,
            offset=offset,
            from_day=from_day,
            to_day=to_day,
            filter_=filter_,
        )

    def update_datapoint_notes(
        self,
        id: int,
        *,
        body: TextPatch,
    ) -> Response[EntityUri | Error]:
        """Set the notes of a datapoint

         Replaces the `notes` text of a datapoint without sending the whole object.

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

        return _update_datapoint_notes.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )

    def get_datapoint_report(
        self,
        id: int,
        *,
        type_: DataPointReportType,
        timeframe: ReportTimeframe,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
    ) -> Response[Error | TopReport]:
        """Retrieve a top report of a datapoint

         Answers the top entries of one kind (`type`) for the datapoint over the time frame.

        Args:
            id (int):
            type_ (DataPointReportType): Kind of top report for datapoints, groups and the account.
            timeframe (ReportTimeframe): Time frame of a top report (narrower than `TimeFrame`).
                `custom` needs `fromDay` and `toDay`.
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

        return _get_datapoint_report.sync_detailed(
            client=self._client,
            id=id,
            type_=type_,
            timeframe=timeframe,
            from_day=from_day,
            to_day=to_day,
        )

    # Shorter names from the overlay's x-sdk-name (after every method, so no annotation above can see them).
    list = list_datapoints
    create = create_datapoint
    count = count_datapoints
    get = get_datapoint
    update = update_datapoint
    delete = delete_datapoint


class AsyncDataPointsResourceWithRawResponse:
    """The data_points operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.data_points.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_datapoints(
        self,
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
        """List datapoints

         Answers references (`{id, uri}`) to the datapoints (tracking links and pixels) of the account. Paged
        with `offset`/`limit`.

        Args:
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

        return await _list_datapoints.asyncio_detailed(
            client=self._client,
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

    async def create_datapoint(
        self,
        *,
        body: DataPoint,
    ) -> Response[EntityUri | Error]:
        """Create a datapoint

         Creates a tracking link or tracking pixel and answers a reference to it. What a datapoint must be
        (the batch reports the same rules per item): a new one names its `type`; a TrackingLink has
        `typeTL.url`, an absolute http(s) URL; `status` can only be set to Active or Paused (Abuse is
        ClickMeter's verdict, Deleted comes from deleting); the group, conversions, tags, domain and scripts
        it names exist (else 409). Not documented by the vendor: these rules are our inference.

        Args:
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

        return await _create_datapoint.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def get_datapoints_aggregated(
        self,
        *,
        time_frame: TimeFrame,
        type_: DataPointTypeFilter | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        hourly: bool | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
    ) -> Response[AggregatedResult | Error]:
        """Retrieve statistics of all datapoints for a time frame

         Answers totals over the datapoints that match the filter for the time frame.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            hourly (bool | Unset):
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tag (str | Unset):
            favourite (bool | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AggregatedResult | Error]
        """

        return await _get_datapoints_aggregated.asyncio_detailed(
            client=self._client,
            time_frame=time_frame,
            type_=type_,
            from_day=from_day,
            to_day=to_day,
            hourly=hourly,
            status=status,
            tag=tag,
            favourite=favourite,
        )

    async def list_datapoints_aggregated(
        self,
        *,
        type_: DataPointTypeFilter,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> Response[AggregatedResultList | Error]:
        """Retrieve statistics of all datapoints per day, week or month

         Answers one result per day (default), week or month of the time frame, over the datapoints that
        match the filter.

        Args:
            type_ (DataPointTypeFilter): Datapoint type as a query filter; `tl` is a tracking link
                (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
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

        return await _list_datapoints_aggregated.asyncio_detailed(
            client=self._client,
            type_=type_,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            status=status,
            tag=tag,
            favourite=favourite,
            group_by=group_by,
        )

    async def create_datapoints_batch(
        self,
        *,
        body: BatchRequest,
    ) -> Response[BatchResult | Error]:
        """Create several datapoints

         Creates the listed datapoints. Answers a batch result; per-item validation failures are listed in
        `errors`.

        Args:
            body (BatchRequest): Datapoints to create (PUT) or update (POST, each with its `id`). The
                property name is PascalCase on the wire.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[BatchResult | Error]
        """

        return await _create_datapoints_batch.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def update_datapoints_batch(
        self,
        *,
        body: BatchRequest,
    ) -> Response[BatchResult | Error]:
        """Update several datapoints

         Updates the listed datapoints (each carries its `id`). Answers a batch result; per-item validation
        failures are listed in `errors`.

        Args:
            body (BatchRequest): Datapoints to create (PUT) or update (POST, each with its `id`). The
                property name is PascalCase on the wire.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[BatchResult | Error]
        """

        return await _update_datapoints_batch.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def delete_datapoints_batch(
        self,
        *,
        body: DeleteBatchRequest,
    ) -> Response[BatchResult | Error]:
        """Delete several datapoints

         Deletes the listed datapoints. Answers a batch result; per-item validation failures are listed in
        `errors`.

        Args:
            body (DeleteBatchRequest): References of the datapoints to delete. The property name is
                PascalCase on the wire.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[BatchResult | Error]
        """

        return await _delete_datapoints_batch.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def count_datapoints(
        self,
        *,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Response[Count | Error]:
        """Count datapoints

         Answers how many datapoints match the filter.

        Args:
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

        return await _count_datapoints.asyncio_detailed(
            client=self._client,
            type_=type_,
            status=status,
            tags=tags,
            text_search=text_search,
            only_favorites=only_favorites,
            created_after=created_after,
            created_before=created_before,
        )

    async def get_datapoint(
        self,
        id: int,
    ) -> Response[DataPoint | Error]:
        """Retrieve a datapoint

         Answers one datapoint.

        Args:
            id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[DataPoint | Error]
        """

        return await _get_datapoint.asyncio_detailed(
            client=self._client,
            id=id,
        )

    async def update_datapoint(
        self,
        id: int,
        *,
        body: DataPoint,
    ) -> Response[EntityUri | Error]:
        """Update a datapoint

         Updates a datapoint and answers a reference to it. ClickMeter updates with POST, not PUT. Fields the
        body leaves out keep their value; the `type` cannot change (409). What a datapoint must be (the
        batch reports the same rules per item): a new one names its `type`; a TrackingLink has `typeTL.url`,
        an absolute http(s) URL; `status` can only be set to Active or Paused (Abuse is ClickMeter's
        verdict, Deleted comes from deleting); the group, conversions, tags, domain and scripts it names
        exist (else 409). Not documented by the vendor: these rules are our inference.

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

        return await _update_datapoint.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )

    async def delete_datapoint(
        self,
        id: int,
    ) -> Response[EntityUri | Error]:
        """Delete a datapoint

         Deletes a datapoint and answers a reference to it.

        Args:
            id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _delete_datapoint.asyncio_detailed(
            client=self._client,
            id=id,
        )

    async def get_datapoint_aggregated(
        self,
        id: int,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        hourly: bool | Unset = UNSET,
    ) -> Response[AggregatedResult | Error]:
        """Retrieve statistics of a datapoint for a time frame

         Answers totals for one datapoint over the time frame. With `hourly=true` (only for `today` or
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

        return await _get_datapoint_aggregated.asyncio_detailed(
            client=self._client,
            id=id,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            hourly=hourly,
        )

    async def list_datapoint_aggregated(
        self,
        id: int,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> Response[AggregatedResultList | Error]:
        """Retrieve statistics of a datapoint per day, week or month

         Answers one result per day (default), week or month of the time frame for one datapoint.

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

        return await _list_datapoint_aggregated.asyncio_detailed(
            client=self._client,
            id=id,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            group_by=group_by,
        )

    async def toggle_datapoint_favourite(
        self,
        id: int,
    ) -> Response[EntityUri | Error]:
        """Switch the favourite flag of a datapoint

         Flips the `preferred` (favourite) flag of a datapoint; takes no body.

        Args:
            id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _toggle_datapoint_favourite.asyncio_detailed(
            client=self._client,
            id=id,
        )

    async def list_datapoint_hits(
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
        """List the events of a datapoint

         Answers a page of events for this datapoint. Paged by cursor: pass the previous page's `lastKey` as
        `offset`.

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

        return await _list_datapoint_hits.asyncio_detailed(
            client=self._client,
            id=id,
            timeframe=timeframe,
            limit=limit,
            offset=offset,
            from_day=from_day,
            to_day=to_day,
            filter_=filter_,
        )

    async def update_datapoint_notes(
        self,
        id: int,
        *,
        body: TextPatch,
    ) -> Response[EntityUri | Error]:
        """Set the notes of a datapoint

         Replaces the `notes` text of a datapoint without sending the whole object.

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

        return await _update_datapoint_notes.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )

    async def get_datapoint_report(
        self,
        id: int,
        *,
        type_: DataPointReportType,
        timeframe: ReportTimeframe,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
    ) -> Response[Error | TopReport]:
        """Retrieve a top report of a datapoint

         Answers the top entries of one kind (`type`) for the datapoint over the time frame.

        Args:
            id (int):
            type_ (DataPointReportType): Kind of top report for datapoints, groups and the account.
            timeframe (ReportTimeframe): Time frame of a top report (narrower than `TimeFrame`).
                `custom` needs `fromDay` and `toDay`.
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

        return await _get_datapoint_report.asyncio_detailed(
            client=self._client,
            id=id,
            type_=type_,
            timeframe=timeframe,
            from_day=from_day,
            to_day=to_day,
        )

    # Shorter names from the overlay's x-sdk-name (after every method, so no annotation above can see them).
    list = list_datapoints
    create = create_datapoint
    count = count_datapoints
    get = get_datapoint
    update = update_datapoint
    delete = delete_datapoint
