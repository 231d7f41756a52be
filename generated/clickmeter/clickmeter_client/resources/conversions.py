"""`client.conversions` and `async_client.conversions`: the conversions operations as methods."""

from collections.abc import AsyncIterator, Iterator

from ..api.conversions import (
    count_conversion_datapoints as _count_conversion_datapoints,
)
from ..api.conversions import (
    count_conversions as _count_conversions,
)
from ..api.conversions import (
    create_conversion as _create_conversion,
)
from ..api.conversions import (
    delete_conversion as _delete_conversion,
)
from ..api.conversions import (
    get_conversion as _get_conversion,
)
from ..api.conversions import (
    get_conversion_aggregated as _get_conversion_aggregated,
)
from ..api.conversions import (
    get_conversion_report as _get_conversion_report,
)
from ..api.conversions import (
    list_conversion_aggregated as _list_conversion_aggregated,
)
from ..api.conversions import (
    list_conversion_datapoints as _list_conversion_datapoints,
)
from ..api.conversions import (
    list_conversion_hits as _list_conversion_hits,
)
from ..api.conversions import (
    list_conversions as _list_conversions,
)
from ..api.conversions import (
    list_conversions_aggregated as _list_conversions_aggregated,
)
from ..api.conversions import (
    patch_conversion_datapoint as _patch_conversion_datapoint,
)
from ..api.conversions import (
    patch_conversion_datapoints_batch as _patch_conversion_datapoints_batch,
)
from ..api.conversions import (
    update_conversion as _update_conversion,
)
from ..api.conversions import (
    update_conversion_notes as _update_conversion_notes,
)
from ..client import Client
from ..models.aggregated_result import AggregatedResult
from ..models.aggregated_result_list import AggregatedResultList
from ..models.conversion import Conversion
from ..models.conversion_patch_body import ConversionPatchBody
from ..models.conversion_report_type import ConversionReportType
from ..models.count import Count
from ..models.data_point_status_filter import DataPointStatusFilter
from ..models.data_point_type_filter import DataPointTypeFilter
from ..models.entity_status_filter import EntityStatusFilter
from ..models.entity_uri import EntityUri
from ..models.entity_uri_list import EntityUriList
from ..models.error import Error
from ..models.group_by import GroupBy
from ..models.hit_filter import HitFilter
from ..models.hit_list import HitList
from ..models.hits_timeframe import HitsTimeframe
from ..models.patch_body_batch import PatchBodyBatch
from ..models.report_hit_type import ReportHitType
from ..models.report_timeframe import ReportTimeframe
from ..models.text_patch import TextPatch
from ..models.time_frame import TimeFrame
from ..models.top_report import TopReport
from ..types import UNSET, Response, Unset


class ConversionsResource:
    """The conversions operations: `client.conversions.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "ConversionsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return ConversionsResourceWithRawResponse(self._client)

    def list_conversions(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        status: EntityStatusFilter | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> EntityUriList:
        """List conversions

         Answers references (`{id, uri}`) to the conversions. Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            text_search (str | Unset):
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

        return _list_conversions.sync(
            client=self._client,
            offset=offset,
            limit=limit,
            status=status,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    def iterate_list_conversions(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        status: EntityStatusFilter | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[EntityUri]:
        """List conversions

         Answers references (`{id, uri}`) to the conversions. Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            text_search (str | Unset):
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

        return _list_conversions.iterate(
            client=self._client,
            offset=offset,
            limit=limit,
            status=status,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
            max_pages=max_pages,
        )

    def create_conversion(
        self,
        *,
        body: Conversion,
    ) -> EntityUri:
        """Create a conversion

         Creates a conversion and answers a reference to it.

        Args:
            body (Conversion): A conversion (a goal reached after an event on a datapoint). Not
                documented by the vendor: which fields are read-only; the `readOnly` ones (`id`,
                `creationDate`, `deleted`) are assigned by the server (our inference).

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _create_conversion.sync(
            client=self._client,
            body=body,
        )

    def list_conversions_aggregated(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: EntityStatusFilter | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> AggregatedResultList:
        """Retrieve statistics of all conversions per day, week or month

         Answers one result per day (default), week or month of the time frame, over the conversions that
        match `status`.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            group_by (GroupBy | Unset): Temporal entity to group results by; results are per day when
                omitted.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AggregatedResultList
        """

        return _list_conversions_aggregated.sync(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            status=status,
            group_by=group_by,
        )

    def count_conversions(
        self,
        *,
        status: EntityStatusFilter | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Count:
        """Count conversions

         Answers how many conversions match the filter.

        Args:
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            text_search (str | Unset):
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

        return _count_conversions.sync(
            client=self._client,
            status=status,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    def get_conversion(
        self,
        conversion_id: int,
    ) -> Conversion:
        """Retrieve a conversion

         Answers one conversion.

        Args:
            conversion_id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Conversion
        """

        return _get_conversion.sync(
            client=self._client,
            conversion_id=conversion_id,
        )

    def update_conversion(
        self,
        conversion_id: int,
        *,
        body: Conversion,
    ) -> EntityUri:
        """Update a conversion

         Updates a conversion and answers a reference to it. ClickMeter updates with POST, not PUT.

        Args:
            conversion_id (int):
            body (Conversion): A conversion (a goal reached after an event on a datapoint). Not
                documented by the vendor: which fields are read-only; the `readOnly` ones (`id`,
                `creationDate`, `deleted`) are assigned by the server (our inference).

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _update_conversion.sync(
            client=self._client,
            conversion_id=conversion_id,
            body=body,
        )

    def delete_conversion(
        self,
        conversion_id: int,
    ) -> EntityUri:
        """Delete a conversion

         Deletes a conversion and answers a reference to it.

        Args:
            conversion_id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _delete_conversion.sync(
            client=self._client,
            conversion_id=conversion_id,
        )

    def get_conversion_aggregated(
        self,
        conversion_id: int,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        hourly: bool | Unset = UNSET,
    ) -> AggregatedResult:
        """Retrieve statistics of a conversion for a time frame

         Answers totals for one conversion over the time frame. With `hourly=true` (only for `today` or
        `yesterday`) the result carries an hourly breakdown.

        Args:
            conversion_id (int):
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            tag (str | Unset):
            favourite (bool | Unset):
            hourly (bool | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AggregatedResult
        """

        return _get_conversion_aggregated.sync(
            client=self._client,
            conversion_id=conversion_id,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            tag=tag,
            favourite=favourite,
            hourly=hourly,
        )

    def list_conversion_aggregated(
        self,
        conversion_id: int,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> AggregatedResultList:
        """Retrieve statistics of a conversion per day, week or month

         Answers one result per day (default), week or month of the time frame for one conversion.

        Args:
            conversion_id (int):
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

        return _list_conversion_aggregated.sync(
            client=self._client,
            conversion_id=conversion_id,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            group_by=group_by,
        )

    def list_conversion_datapoints(
        self,
        conversion_id: int,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> EntityUriList:
        """List the datapoints connected to a conversion

         Answers references (`{id, uri}`) to the datapoints that feed this conversion. Paged with
        `offset`/`limit`.

        Args:
            conversion_id (int):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
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

        return _list_conversion_datapoints.sync(
            client=self._client,
            conversion_id=conversion_id,
            offset=offset,
            limit=limit,
            type_=type_,
            status=status,
            tags=tags,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    def patch_conversion_datapoints_batch(
        self,
        conversion_id: int,
        *,
        body: PatchBodyBatch,
    ) -> EntityUri:
        """Change the association between a conversion and several datapoints

         Applies several add/remove requests between the conversion and datapoints at once; answers an entity
        reference.

        Args:
            conversion_id (int):
            body (PatchBodyBatch):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _patch_conversion_datapoints_batch.sync(
            client=self._client,
            conversion_id=conversion_id,
            body=body,
        )

    def count_conversion_datapoints(
        self,
        conversion_id: int,
        *,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Count:
        """Count the datapoints connected to a conversion

         Answers how many datapoints connected to the conversion match the filter.

        Args:
            conversion_id (int):
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
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

        return _count_conversion_datapoints.sync(
            client=self._client,
            conversion_id=conversion_id,
            type_=type_,
            status=status,
            tags=tags,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    def patch_conversion_datapoint(
        self,
        conversion_id: int,
        *,
        body: ConversionPatchBody,
    ) -> EntityUri:
        """Change the association between a conversion and a datapoint

         Adds, removes or replaces the association of one datapoint with the conversion; answers an entity
        reference.

        Args:
            conversion_id (int):
            body (ConversionPatchBody): Adds, removes or replaces the association of the datapoint
                `Id` with a conversion; `ReplaceId` names the conversion to replace (`replace` needs it).
                Not documented by the vendor: the values of `Action` (presumably
                `add`/`remove`/`replace`); the enum is our inference.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _patch_conversion_datapoint.sync(
            client=self._client,
            conversion_id=conversion_id,
            body=body,
        )

    def list_conversion_hits(
        self,
        conversion_id: int,
        *,
        timeframe: HitsTimeframe,
        limit: int | Unset = UNSET,
        offset: str | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        filter_: HitFilter | Unset = UNSET,
    ) -> HitList:
        """List the events of a conversion

         Answers a page of events for this conversion. Paged by cursor: pass the previous page's `lastKey` as
        `offset`.

        Args:
            conversion_id (int):
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

        return _list_conversion_hits.sync(
            client=self._client,
            conversion_id=conversion_id,
            timeframe=timeframe,
            limit=limit,
            offset=offset,
            from_day=from_day,
            to_day=to_day,
            filter_=filter_,
        )

    def update_conversion_notes(
        self,
        conversion_id: int,
        *,
        body: TextPatch,
    ) -> EntityUri:
        """Set the notes of a conversion

         Replaces the `notes` text of a conversion without sending the whole object.

        Args:
            conversion_id (int):
            body (TextPatch): A new text for one field (notes, tag name). The property name is
                PascalCase on the wire.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _update_conversion_notes.sync(
            client=self._client,
            conversion_id=conversion_id,
            body=body,
        )

    def get_conversion_report(
        self,
        conversion_id: int,
        *,
        type_: ConversionReportType,
        timeframe: ReportTimeframe,
        hittype: ReportHitType | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
    ) -> TopReport:
        """Retrieve a top report of a conversion

         Answers the top entries of one kind (`type`) for the conversion over the time frame.

        Args:
            conversion_id (int):
            type_ (ConversionReportType): Kind of top report for a conversion.
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

        return _get_conversion_report.sync(
            client=self._client,
            conversion_id=conversion_id,
            type_=type_,
            timeframe=timeframe,
            hittype=hittype,
            from_day=from_day,
            to_day=to_day,
        )


class AsyncConversionsResource:
    """The conversions operations, awaitable: `async_client.conversions.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncConversionsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncConversionsResourceWithRawResponse(self._client)

    async def list_conversions(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        status: EntityStatusFilter | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> EntityUriList:
        """List conversions

         Answers references (`{id, uri}`) to the conversions. Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            text_search (str | Unset):
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

        return await _list_conversions.asyncio(
            client=self._client,
            offset=offset,
            limit=limit,
            status=status,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    def iterate_list_conversions(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        status: EntityStatusFilter | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[EntityUri]:
        """List conversions

         Answers references (`{id, uri}`) to the conversions. Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            text_search (str | Unset):
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

        return _list_conversions.aiterate(
            client=self._client,
            offset=offset,
            limit=limit,
            status=status,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
            max_pages=max_pages,
        )

    async def create_conversion(
        self,
        *,
        body: Conversion,
    ) -> EntityUri:
        """Create a conversion

         Creates a conversion and answers a reference to it.

        Args:
            body (Conversion): A conversion (a goal reached after an event on a datapoint). Not
                documented by the vendor: which fields are read-only; the `readOnly` ones (`id`,
                `creationDate`, `deleted`) are assigned by the server (our inference).

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _create_conversion.asyncio(
            client=self._client,
            body=body,
        )

    async def list_conversions_aggregated(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: EntityStatusFilter | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> AggregatedResultList:
        """Retrieve statistics of all conversions per day, week or month

         Answers one result per day (default), week or month of the time frame, over the conversions that
        match `status`.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            group_by (GroupBy | Unset): Temporal entity to group results by; results are per day when
                omitted.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AggregatedResultList
        """

        return await _list_conversions_aggregated.asyncio(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            status=status,
            group_by=group_by,
        )

    async def count_conversions(
        self,
        *,
        status: EntityStatusFilter | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Count:
        """Count conversions

         Answers how many conversions match the filter.

        Args:
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            text_search (str | Unset):
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

        return await _count_conversions.asyncio(
            client=self._client,
            status=status,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    async def get_conversion(
        self,
        conversion_id: int,
    ) -> Conversion:
        """Retrieve a conversion

         Answers one conversion.

        Args:
            conversion_id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Conversion
        """

        return await _get_conversion.asyncio(
            client=self._client,
            conversion_id=conversion_id,
        )

    async def update_conversion(
        self,
        conversion_id: int,
        *,
        body: Conversion,
    ) -> EntityUri:
        """Update a conversion

         Updates a conversion and answers a reference to it. ClickMeter updates with POST, not PUT.

        Args:
            conversion_id (int):
            body (Conversion): A conversion (a goal reached after an event on a datapoint). Not
                documented by the vendor: which fields are read-only; the `readOnly` ones (`id`,
                `creationDate`, `deleted`) are assigned by the server (our inference).

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _update_conversion.asyncio(
            client=self._client,
            conversion_id=conversion_id,
            body=body,
        )

    async def delete_conversion(
        self,
        conversion_id: int,
    ) -> EntityUri:
        """Delete a conversion

         Deletes a conversion and answers a reference to it.

        Args:
            conversion_id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _delete_conversion.asyncio(
            client=self._client,
            conversion_id=conversion_id,
        )

    async def get_conversion_aggregated(
        self,
        conversion_id: int,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        hourly: bool | Unset = UNSET,
    ) -> AggregatedResult:
        """Retrieve statistics of a conversion for a time frame

         Answers totals for one conversion over the time frame. With `hourly=true` (only for `today` or
        `yesterday`) the result carries an hourly breakdown.

        Args:
            conversion_id (int):
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            tag (str | Unset):
            favourite (bool | Unset):
            hourly (bool | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AggregatedResult
        """

        return await _get_conversion_aggregated.asyncio(
            client=self._client,
            conversion_id=conversion_id,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            tag=tag,
            favourite=favourite,
            hourly=hourly,
        )

    async def list_conversion_aggregated(
        self,
        conversion_id: int,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> AggregatedResultList:
        """Retrieve statistics of a conversion per day, week or month

         Answers one result per day (default), week or month of the time frame for one conversion.

        Args:
            conversion_id (int):
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

        return await _list_conversion_aggregated.asyncio(
            client=self._client,
            conversion_id=conversion_id,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            group_by=group_by,
        )

    async def list_conversion_datapoints(
        self,
        conversion_id: int,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> EntityUriList:
        """List the datapoints connected to a conversion

         Answers references (`{id, uri}`) to the datapoints that feed this conversion. Paged with
        `offset`/`limit`.

        Args:
            conversion_id (int):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
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

        return await _list_conversion_datapoints.asyncio(
            client=self._client,
            conversion_id=conversion_id,
            offset=offset,
            limit=limit,
            type_=type_,
            status=status,
            tags=tags,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    async def patch_conversion_datapoints_batch(
        self,
        conversion_id: int,
        *,
        body: PatchBodyBatch,
    ) -> EntityUri:
        """Change the association between a conversion and several datapoints

         Applies several add/remove requests between the conversion and datapoints at once; answers an entity
        reference.

        Args:
            conversion_id (int):
            body (PatchBodyBatch):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _patch_conversion_datapoints_batch.asyncio(
            client=self._client,
            conversion_id=conversion_id,
            body=body,
        )

    async def count_conversion_datapoints(
        self,
        conversion_id: int,
        *,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Count:
        """Count the datapoints connected to a conversion

         Answers how many datapoints connected to the conversion match the filter.

        Args:
            conversion_id (int):
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
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

        return await _count_conversion_datapoints.asyncio(
            client=self._client,
            conversion_id=conversion_id,
            type_=type_,
            status=status,
            tags=tags,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    async def patch_conversion_datapoint(
        self,
        conversion_id: int,
        *,
        body: ConversionPatchBody,
    ) -> EntityUri:
        """Change the association between a conversion and a datapoint

         Adds, removes or replaces the association of one datapoint with the conversion; answers an entity
        reference.

        Args:
            conversion_id (int):
            body (ConversionPatchBody): Adds, removes or replaces the association of the datapoint
                `Id` with a conversion; `ReplaceId` names the conversion to replace (`replace` needs it).
                Not documented by the vendor: the values of `Action` (presumably
                `add`/`remove`/`replace`); the enum is our inference.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _patch_conversion_datapoint.asyncio(
            client=self._client,
            conversion_id=conversion_id,
            body=body,
        )

    async def list_conversion_hits(
        self,
        conversion_id: int,
        *,
        timeframe: HitsTimeframe,
        limit: int | Unset = UNSET,
        offset: str | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        filter_: HitFilter | Unset = UNSET,
    ) -> HitList:
        """List the events of a conversion

         Answers a page of events for this conversion. Paged by cursor: pass the previous page's `lastKey` as
        `offset`.

        Args:
            conversion_id (int):
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

        return await _list_conversion_hits.asyncio(
            client=self._client,
            conversion_id=conversion_id,
            timeframe=timeframe,
            limit=limit,
            offset=offset,
            from_day=from_day,
            to_day=to_day,
            filter_=filter_,
        )

    async def update_conversion_notes(
        self,
        conversion_id: int,
        *,
        body: TextPatch,
    ) -> EntityUri:
        """Set the notes of a conversion

         Replaces the `notes` text of a conversion without sending the whole object.

        Args:
            conversion_id (int):
            body (TextPatch): A new text for one field (notes, tag name). The property name is
                PascalCase on the wire.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _update_conversion_notes.asyncio(
            client=self._client,
            conversion_id=conversion_id,
            body=body,
        )

    async def get_conversion_report(
        self,
        conversion_id: int,
        *,
        type_: ConversionReportType,
        timeframe: ReportTimeframe,
        hittype: ReportHitType | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
    ) -> TopReport:
        """Retrieve a top report of a conversion

         Answers the top entries of one kind (`type`) for the conversion over the time frame.

        Args:
            conversion_id (int):
            type_ (ConversionReportType): Kind of top report for a conversion.
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

        return await _get_conversion_report.asyncio(
            client=self._client,
            conversion_id=conversion_id,
            type_=type_,
            timeframe=timeframe,
            hittype=hittype,
            from_day=from_day,
            to_day=to_day,
        )


class ConversionsResourceWithRawResponse:
    """The conversions operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.conversions.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_conversions(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        status: EntityStatusFilter | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Response[EntityUriList | Error]:
        """List conversions

         Answers references (`{id, uri}`) to the conversions. Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            text_search (str | Unset):
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

        return _list_conversions.sync_detailed(
            client=self._client,
            offset=offset,
            limit=limit,
            status=status,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    def create_conversion(
        self,
        *,
        body: Conversion,
    ) -> Response[EntityUri | Error]:
        """Create a conversion

         Creates a conversion and answers a reference to it.

        Args:
            body (Conversion): A conversion (a goal reached after an event on a datapoint). Not
                documented by the vendor: which fields are read-only; the `readOnly` ones (`id`,
                `creationDate`, `deleted`) are assigned by the server (our inference).

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _create_conversion.sync_detailed(
            client=self._client,
            body=body,
        )

    def list_conversions_aggregated(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: EntityStatusFilter | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> Response[AggregatedResultList | Error]:
        """Retrieve statistics of all conversions per day, week or month

         Answers one result per day (default), week or month of the time frame, over the conversions that
        match `status`.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            group_by (GroupBy | Unset): Temporal entity to group results by; results are per day when
                omitted.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AggregatedResultList | Error]
        """

        return _list_conversions_aggregated.sync_detailed(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            status=status,
            group_by=group_by,
        )

    def count_conversions(
        self,
        *,
        status: EntityStatusFilter | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Response[Count | Error]:
        """Count conversions

         Answers how many conversions match the filter.

        Args:
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            text_search (str | Unset):
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

        return _count_conversions.sync_detailed(
            client=self._client,
            status=status,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    def get_conversion(
        self,
        conversion_id: int,
    ) -> Response[Conversion | Error]:
        """Retrieve a conversion

         Answers one conversion.

        Args:
            conversion_id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Conversion | Error]
        """

        return _get_conversion.sync_detailed(
            client=self._client,
            conversion_id=conversion_id,
        )

    def update_conversion(
        self,
        conversion_id: int,
        *,
        body: Conversion,
    ) -> Response[EntityUri | Error]:
        """Update a conversion

         Updates a conversion and answers a reference to it. ClickMeter updates with POST, not PUT.

        Args:
            conversion_id (int):
            body (Conversion): A conversion (a goal reached after an event on a datapoint). Not
                documented by the vendor: which fields are read-only; the `readOnly` ones (`id`,
                `creationDate`, `deleted`) are assigned by the server (our inference).

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _update_conversion.sync_detailed(
            client=self._client,
            conversion_id=conversion_id,
            body=body,
        )

    def delete_conversion(
        self,
        conversion_id: int,
    ) -> Response[EntityUri | Error]:
        """Delete a conversion

         Deletes a conversion and answers a reference to it.

        Args:
            conversion_id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _delete_conversion.sync_detailed(
            client=self._client,
            conversion_id=conversion_id,
        )

    def get_conversion_aggregated(
        self,
        conversion_id: int,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        hourly: bool | Unset = UNSET,
    ) -> Response[AggregatedResult | Error]:
        """Retrieve statistics of a conversion for a time frame

         Answers totals for one conversion over the time frame. With `hourly=true` (only for `today` or
        `yesterday`) the result carries an hourly breakdown.

        Args:
            conversion_id (int):
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            tag (str | Unset):
            favourite (bool | Unset):
            hourly (bool | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AggregatedResult | Error]
        """

        return _get_conversion_aggregated.sync_detailed(
            client=self._client,
            conversion_id=conversion_id,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            tag=tag,
            favourite=favourite,
            hourly=hourly,
        )

    def list_conversion_aggregated(
        self,
        conversion_id: int,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> Response[AggregatedResultList | Error]:
        """Retrieve statistics of a conversion per day, week or month

         Answers one result per day (default), week or month of the time frame for one conversion.

        Args:
            conversion_id (int):
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

        return _list_conversion_aggregated.sync_detailed(
            client=self._client,
            conversion_id=conversion_id,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            group_by=group_by,
        )

    def list_conversion_datapoints(
        self,
        conversion_id: int,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Response[EntityUriList | Error]:
        """List the datapoints connected to a conversion

         Answers references (`{id, uri}`) to the datapoints that feed this conversion. Paged with
        `offset`/`limit`.

        Args:
            conversion_id (int):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
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

        return _list_conversion_datapoints.sync_detailed(
            client=self._client,
            conversion_id=conversion_id,
            offset=offset,
            limit=limit,
            type_=type_,
            status=status,
            tags=tags,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    def patch_conversion_datapoints_batch(
        self,
        conversion_id: int,
        *,
        body: PatchBodyBatch,
    ) -> Response[EntityUri | Error]:
        """Change the association between a conversion and several datapoints

         Applies several add/remove requests between the conversion and datapoints at once; answers an entity
        reference.

        Args:
            conversion_id (int):
            body (PatchBodyBatch):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _patch_conversion_datapoints_batch.sync_detailed(
            client=self._client,
            conversion_id=conversion_id,
            body=body,
        )

    def count_conversion_datapoints(
        self,
        conversion_id: int,
        *,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Response[Count | Error]:
        """Count the datapoints connected to a conversion

         Answers how many datapoints connected to the conversion match the filter.

        Args:
            conversion_id (int):
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
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

        return _count_conversion_datapoints.sync_detailed(
            client=self._client,
            conversion_id=conversion_id,
            type_=type_,
            status=status,
            tags=tags,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    def patch_conversion_datapoint(
        self,
        conversion_id: int,
        *,
        body: ConversionPatchBody,
    ) -> Response[EntityUri | Error]:
        """Change the association between a conversion and a datapoint

         Adds, removes or replaces the association of one datapoint with the conversion; answers an entity
        reference.

        Args:
            conversion_id (int):
            body (ConversionPatchBody): Adds, removes or replaces the association of the datapoint
                `Id` with a conversion; `ReplaceId` names the conversion to replace (`replace` needs it).
                Not documented by the vendor: the values of `Action` (presumably
                `add`/`remove`/`replace`); the enum is our inference.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _patch_conversion_datapoint.sync_detailed(
            client=self._client,
            conversion_id=conversion_id,
            body=body,
        )

    def list_conversion_hits(
        self,
        conversion_id: int,
        *,
        timeframe: HitsTimeframe,
        limit: int | Unset = UNSET,
        offset: str | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        filter_: HitFilter | Unset = UNSET,
    ) -> Response[Error | HitList]:
        """List the events of a conversion

         Answers a page of events for this conversion. Paged by cursor: pass the previous page's `lastKey` as
        `offset`.

        Args:
            conversion_id (int):
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

        return _list_conversion_hits.sync_detailed(
            client=self._client,
            conversion_id=conversion_id,
            timeframe=timeframe,
            limit=limit,
            offset=offset,
            from_day=from_day,
            to_day=to_day,
            filter_=filter_,
        )

    def update_conversion_notes(
        self,
        conversion_id: int,
        *,
        body: TextPatch,
    ) -> Response[EntityUri | Error]:
        """Set the notes of a conversion

         Replaces the `notes` text of a conversion without sending the whole object.

        Args:
            conversion_id (int):
            body (TextPatch): A new text for one field (notes, tag name). The property name is
                PascalCase on the wire.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _update_conversion_notes.sync_detailed(
            client=self._client,
            conversion_id=conversion_id,
            body=body,
        )

    def get_conversion_report(
        self,
        conversion_id: int,
        *,
        type_: ConversionReportType,
        timeframe: ReportTimeframe,
        hittype: ReportHitType | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
    ) -> Response[Error | TopReport]:
        """Retrieve a top report of a conversion

         Answers the top entries of one kind (`type`) for the conversion over the time frame.

        Args:
            conversion_id (int):
            type_ (ConversionReportType): Kind of top report for a conversion.
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

        return _get_conversion_report.sync_detailed(
            client=self._client,
            conversion_id=conversion_id,
            type_=type_,
            timeframe=timeframe,
            hittype=hittype,
            from_day=from_day,
            to_day=to_day,
        )


class AsyncConversionsResourceWithRawResponse:
    """The conversions operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.conversions.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_conversions(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        status: EntityStatusFilter | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Response[EntityUriList | Error]:
        """List conversions

         Answers references (`{id, uri}`) to the conversions. Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            text_search (str | Unset):
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

        return await _list_conversions.asyncio_detailed(
            client=self._client,
            offset=offset,
            limit=limit,
            status=status,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    async def create_conversion(
        self,
        *,
        body: Conversion,
    ) -> Response[EntityUri | Error]:
        """Create a conversion

         Creates a conversion and answers a reference to it.

        Args:
            body (Conversion): A conversion (a goal reached after an event on a datapoint). Not
                documented by the vendor: which fields are read-only; the `readOnly` ones (`id`,
                `creationDate`, `deleted`) are assigned by the server (our inference).

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _create_conversion.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def list_conversions_aggregated(
        self,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        status: EntityStatusFilter | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> Response[AggregatedResultList | Error]:
        """Retrieve statistics of all conversions per day, week or month

         Answers one result per day (default), week or month of the time frame, over the conversions that
        match `status`.

        Args:
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            group_by (GroupBy | Unset): Temporal entity to group results by; results are per day when
                omitted.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AggregatedResultList | Error]
        """

        return await _list_conversions_aggregated.asyncio_detailed(
            client=self._client,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            status=status,
            group_by=group_by,
        )

    async def count_conversions(
        self,
        *,
        status: EntityStatusFilter | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Response[Count | Error]:
        """Count conversions

         Answers how many conversions match the filter.

        Args:
            status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
            text_search (str | Unset):
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

        return await _count_conversions.asyncio_detailed(
            client=self._client,
            status=status,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    async def get_conversion(
        self,
        conversion_id: int,
    ) -> Response[Conversion | Error]:
        """Retrieve a conversion

         Answers one conversion.

        Args:
            conversion_id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Conversion | Error]
        """

        return await _get_conversion.asyncio_detailed(
            client=self._client,
            conversion_id=conversion_id,
        )

    async def update_conversion(
        self,
        conversion_id: int,
        *,
        body: Conversion,
    ) -> Response[EntityUri | Error]:
        """Update a conversion

         Updates a conversion and answers a reference to it. ClickMeter updates with POST, not PUT.

        Args:
            conversion_id (int):
            body (Conversion): A conversion (a goal reached after an event on a datapoint). Not
                documented by the vendor: which fields are read-only; the `readOnly` ones (`id`,
                `creationDate`, `deleted`) are assigned by the server (our inference).

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _update_conversion.asyncio_detailed(
            client=self._client,
            conversion_id=conversion_id,
            body=body,
        )

    async def delete_conversion(
        self,
        conversion_id: int,
    ) -> Response[EntityUri | Error]:
        """Delete a conversion

         Deletes a conversion and answers a reference to it.

        Args:
            conversion_id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _delete_conversion.asyncio_detailed(
            client=self._client,
            conversion_id=conversion_id,
        )

    async def get_conversion_aggregated(
        self,
        conversion_id: int,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        favourite: bool | Unset = UNSET,
        hourly: bool | Unset = UNSET,
    ) -> Response[AggregatedResult | Error]:
        """Retrieve statistics of a conversion for a time frame

         Answers totals for one conversion over the time frame. With `hourly=true` (only for `today` or
        `yesterday`) the result carries an hourly breakdown.

        Args:
            conversion_id (int):
            time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
                `toDay`; `hourly=true` only goes with `today` and `yesterday`.
            from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
                are no real day (`20230230`) are rejected.
            to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
                no real day (`20230230`) are rejected.
            tag (str | Unset):
            favourite (bool | Unset):
            hourly (bool | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AggregatedResult | Error]
        """

        return await _get_conversion_aggregated.asyncio_detailed(
            client=self._client,
            conversion_id=conversion_id,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            tag=tag,
            favourite=favourite,
            hourly=hourly,
        )

    async def list_conversion_aggregated(
        self,
        conversion_id: int,
        *,
        time_frame: TimeFrame,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        group_by: GroupBy | Unset = UNSET,
    ) -> Response[AggregatedResultList | Error]:
        """Retrieve statistics of a conversion per day, week or month

         Answers one result per day (default), week or month of the time frame for one conversion.

        Args:
            conversion_id (int):
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

        return await _list_conversion_aggregated.asyncio_detailed(
            client=self._client,
            conversion_id=conversion_id,
            time_frame=time_frame,
            from_day=from_day,
            to_day=to_day,
            group_by=group_by,
        )

    async def list_conversion_datapoints(
        self,
        conversion_id: int,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Response[EntityUriList | Error]:
        """List the datapoints connected to a conversion

         Answers references (`{id, uri}`) to the datapoints that feed this conversion. Paged with
        `offset`/`limit`.

        Args:
            conversion_id (int):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
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

        return await _list_conversion_datapoints.asyncio_detailed(
            client=self._client,
            conversion_id=conversion_id,
            offset=offset,
            limit=limit,
            type_=type_,
            status=status,
            tags=tags,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    async def patch_conversion_datapoints_batch(
        self,
        conversion_id: int,
        *,
        body: PatchBodyBatch,
    ) -> Response[EntityUri | Error]:
        """Change the association between a conversion and several datapoints

         Applies several add/remove requests between the conversion and datapoints at once; answers an entity
        reference.

        Args:
            conversion_id (int):
            body (PatchBodyBatch):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _patch_conversion_datapoints_batch.asyncio_detailed(
            client=self._client,
            conversion_id=conversion_id,
            body=body,
        )

    async def count_conversion_datapoints(
        self,
        conversion_id: int,
        *,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Response[Count | Error]:
        """Count the datapoints connected to a conversion

         Answers how many datapoints connected to the conversion match the filter.

        Args:
            conversion_id (int):
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
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

        return await _count_conversion_datapoints.asyncio_detailed(
            client=self._client,
            conversion_id=conversion_id,
            type_=type_,
            status=status,
            tags=tags,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    async def patch_conversion_datapoint(
        self,
        conversion_id: int,
        *,
        body: ConversionPatchBody,
    ) -> Response[EntityUri | Error]:
        """Change the association between a conversion and a datapoint

         Adds, removes or replaces the association of one datapoint with the conversion; answers an entity
        reference.

        Args:
            conversion_id (int):
            body (ConversionPatchBody): Adds, removes or replaces the association of the datapoint
                `Id` with a conversion; `ReplaceId` names the conversion to replace (`replace` needs it).
                Not documented by the vendor: the values of `Action` (presumably
                `add`/`remove`/`replace`); the enum is our inference.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _patch_conversion_datapoint.asyncio_detailed(
            client=self._client,
            conversion_id=conversion_id,
            body=body,
        )

    async def list_conversion_hits(
        self,
        conversion_id: int,
        *,
        timeframe: HitsTimeframe,
        limit: int | Unset = UNSET,
        offset: str | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        filter_: HitFilter | Unset = UNSET,
    ) -> Response[Error | HitList]:
        """List the events of a conversion

         Answers a page of events for this conversion. Paged by cursor: pass the previous page's `lastKey` as
        `offset`.

        Args:
            conversion_id (int):
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

        return await _list_conversion_hits.asyncio_detailed(
            client=self._client,
            conversion_id=conversion_id,
            timeframe=timeframe,
            limit=limit,
            offset=offset,
            from_day=from_day,
            to_day=to_day,
            filter_=filter_,
        )

    async def update_conversion_notes(
        self,
        conversion_id: int,
        *,
        body: TextPatch,
    ) -> Response[EntityUri | Error]:
        """Set the notes of a conversion

         Replaces the `notes` text of a conversion without sending the whole object.

        Args:
            conversion_id (int):
            body (TextPatch): A new text for one field (notes, tag name). The property name is
                PascalCase on the wire.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _update_conversion_notes.asyncio_detailed(
            client=self._client,
            conversion_id=conversion_id,
            body=body,
        )

    async def get_conversion_report(
        self,
        conversion_id: int,
        *,
        type_: ConversionReportType,
        timeframe: ReportTimeframe,
        hittype: ReportHitType | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
    ) -> Response[Error | TopReport]:
        """Retrieve a top report of a conversion

         Answers the top entries of one kind (`type`) for the conversion over the time frame.

        Args:
            conversion_id (int):
            type_ (ConversionReportType): Kind of top report for a conversion.
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

        return await _get_conversion_report.asyncio_detailed(
            client=self._client,
            conversion_id=conversion_id,
            type_=type_,
            timeframe=timeframe,
            hittype=hittype,
            from_day=from_day,
            to_day=to_day,
        )
