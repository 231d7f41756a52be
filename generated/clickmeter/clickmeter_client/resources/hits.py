"""`client.hits` and `async_client.hits`: the hits operations as methods."""

from collections.abc import AsyncIterator, Iterator

from ..api.hits import (
    list_hits as _list_hits,
)
from ..client import Client
from ..models.error import Error
from ..models.hit import Hit
from ..models.hit_filter import HitFilter
from ..models.hit_list import HitList
from ..models.hits_timeframe import HitsTimeframe
from ..types import UNSET, Response, Unset


class HitsResource:
    """The hits operations: `client.hits.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "HitsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return HitsResourceWithRawResponse(self._client)

    def list_hits(
        self,
        *,
        timeframe: HitsTimeframe,
        limit: int | Unset = UNSET,
        offset: str | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        filter_: HitFilter | Unset = UNSET,
    ) -> HitList:
        """List the events of the account

         Answers a page of events of the whole account. Paged by cursor: pass the previous page's `lastKey`
        as `offset`.

        Args:
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

        return _list_hits.sync(
            client=self._client,
            timeframe=timeframe,
            limit=limit,
            offset=offset,
            from_day=from_day,
            to_day=to_day,
            filter_=filter_,
        )

    def iterate_list_hits(
        self,
        *,
        timeframe: HitsTimeframe,
        limit: int | Unset = UNSET,
        offset: str | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        filter_: HitFilter | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[Hit]:
        """List the events of the account

         Answers a page of events of the whole account. Paged by cursor: pass the previous page's `lastKey`
        as `offset`.

        Args:
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

        return _list_hits.iterate(
            client=self._client,
            timeframe=timeframe,
            limit=limit,
            offset=offset,
            from_day=from_day,
            to_day=to_day,
            filter_=filter_,
            max_pages=max_pages,
        )


class AsyncHitsResource:
    """The hits operations, awaitable: `async_client.hits.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncHitsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncHitsResourceWithRawResponse(self._client)

    async def list_hits(
        self,
        *,
        timeframe: HitsTimeframe,
        limit: int | Unset = UNSET,
        offset: str | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        filter_: HitFilter | Unset = UNSET,
    ) -> HitList:
        """List the events of the account

         Answers a page of events of the whole account. Paged by cursor: pass the previous page's `lastKey`
        as `offset`.

        Args:
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

        return await _list_hits.asyncio(
            client=self._client,
            timeframe=timeframe,
            limit=limit,
            offset=offset,
            from_day=from_day,
            to_day=to_day,
            filter_=filter_,
        )

    def iterate_list_hits(
        self,
        *,
        timeframe: HitsTimeframe,
        limit: int | Unset = UNSET,
        offset: str | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        filter_: HitFilter | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[Hit]:
        """List the events of the account

         Answers a page of events of the whole account. Paged by cursor: pass the previous page's `lastKey`
        as `offset`.

        Args:
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

        return _list_hits.aiterate(
            client=self._client,
            timeframe=timeframe,
            limit=limit,
            offset=offset,
            from_day=from_day,
            to_day=to_day,
            filter_=filter_,
            max_pages=max_pages,
        )


class HitsResourceWithRawResponse:
    """The hits operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.hits.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_hits(
        self,
        *,
        timeframe: HitsTimeframe,
        limit: int | Unset = UNSET,
        offset: str | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        filter_: HitFilter | Unset = UNSET,
    ) -> Response[Error | HitList]:
        """List the events of the account

         Answers a page of events of the whole account. Paged by cursor: pass the previous page's `lastKey`
        as `offset`.

        Args:
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

        return _list_hits.sync_detailed(
            client=self._client,
            timeframe=timeframe,
            limit=limit,
            offset=offset,
            from_day=from_day,
            to_day=to_day,
            filter_=filter_,
        )


class AsyncHitsResourceWithRawResponse:
    """The hits operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.hits.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_hits(
        self,
        *,
        timeframe: HitsTimeframe,
        limit: int | Unset = UNSET,
        offset: str | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
        filter_: HitFilter | Unset = UNSET,
    ) -> Response[Error | HitList]:
        """List the events of the account

         Answers a page of events of the whole account. Paged by cursor: pass the previous page's `lastKey`
        as `offset`.

        Args:
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

        return await _list_hits.asyncio_detailed(
            client=self._client,
            timeframe=timeframe,
            limit=limit,
            offset=offset,
            from_day=from_day,
            to_day=to_day,
            filter_=filter_,
        )
