"""`client.reports` and `async_client.reports`: the reports operations as methods."""

from ..api.reports import (
    get_report as _get_report,
)
from ..client import Client
from ..models.data_point_report_type import DataPointReportType
from ..models.error import Error
from ..models.report_hit_type import ReportHitType
from ..models.report_timeframe import ReportTimeframe
from ..models.top_report import TopReport
from ..types import UNSET, Response, Unset


class ReportsResource:
    """The reports operations: `client.reports.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "ReportsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return ReportsResourceWithRawResponse(self._client)

    def get_report(
        self,
        *,
        type_: DataPointReportType,
        timeframe: ReportTimeframe,
        hittype: ReportHitType | Unset = UNSET,
        group: int | Unset = UNSET,
        datapoint: int | Unset = UNSET,
        conversion: int | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
    ) -> TopReport:
        """Retrieve a top report

         Answers the top entries of one kind (`type`) over the time frame, for the whole account or for one
        group, datapoint or conversion (the three filters exclude each other).

        Args:
            type_ (DataPointReportType): Kind of top report for datapoints, groups and the account.
            timeframe (ReportTimeframe): Time frame of a top report (narrower than `TimeFrame`).
                `custom` needs `fromDay` and `toDay`.
            hittype (ReportHitType | Unset): Kind of event a top report counts; no filter when
                omitted.
            group (int | Unset):
            datapoint (int | Unset):
            conversion (int | Unset):
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

        return _get_report.sync(
            client=self._client,
            type_=type_,
            timeframe=timeframe,
            hittype=hittype,
            group=group,
            datapoint=datapoint,
            conversion=conversion,
            from_day=from_day,
            to_day=to_day,
        )


class AsyncReportsResource:
    """The reports operations, awaitable: `async_client.reports.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncReportsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncReportsResourceWithRawResponse(self._client)

    async def get_report(
        self,
        *,
        type_: DataPointReportType,
        timeframe: ReportTimeframe,
        hittype: ReportHitType | Unset = UNSET,
        group: int | Unset = UNSET,
        datapoint: int | Unset = UNSET,
        conversion: int | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
    ) -> TopReport:
        """Retrieve a top report

         Answers the top entries of one kind (`type`) over the time frame, for the whole account or for one
        group, datapoint or conversion (the three filters exclude each other).

        Args:
            type_ (DataPointReportType): Kind of top report for datapoints, groups and the account.
            timeframe (ReportTimeframe): Time frame of a top report (narrower than `TimeFrame`).
                `custom` needs `fromDay` and `toDay`.
            hittype (ReportHitType | Unset): Kind of event a top report counts; no filter when
                omitted.
            group (int | Unset):
            datapoint (int | Unset):
            conversion (int | Unset):
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

        return await _get_report.asyncio(
            client=self._client,
            type_=type_,
            timeframe=timeframe,
            hittype=hittype,
            group=group,
            datapoint=datapoint,
            conversion=conversion,
            from_day=from_day,
            to_day=to_day,
        )


class ReportsResourceWithRawResponse:
    """The reports operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.reports.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_report(
        self,
        *,
        type_: DataPointReportType,
        timeframe: ReportTimeframe,
        hittype: ReportHitType | Unset = UNSET,
        group: int | Unset = UNSET,
        datapoint: int | Unset = UNSET,
        conversion: int | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
    ) -> Response[Error | TopReport]:
        """Retrieve a top report

         Answers the top entries of one kind (`type`) over the time frame, for the whole account or for one
        group, datapoint or conversion (the three filters exclude each other).

        Args:
            type_ (DataPointReportType): Kind of top report for datapoints, groups and the account.
            timeframe (ReportTimeframe): Time frame of a top report (narrower than `TimeFrame`).
                `custom` needs `fromDay` and `toDay`.
            hittype (ReportHitType | Unset): Kind of event a top report counts; no filter when
                omitted.
            group (int | Unset):
            datapoint (int | Unset):
            conversion (int | Unset):
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

        return _get_report.sync_detailed(
            client=self._client,
            type_=type_,
            timeframe=timeframe,
            hittype=hittype,
            group=group,
            datapoint=datapoint,
            conversion=conversion,
            from_day=from_day,
            to_day=to_day,
        )


class AsyncReportsResourceWithRawResponse:
    """The reports operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.reports.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_report(
        self,
        *,
        type_: DataPointReportType,
        timeframe: ReportTimeframe,
        hittype: ReportHitType | Unset = UNSET,
        group: int | Unset = UNSET,
        datapoint: int | Unset = UNSET,
        conversion: int | Unset = UNSET,
        from_day: str | Unset = UNSET,
        to_day: str | Unset = UNSET,
    ) -> Response[Error | TopReport]:
        """Retrieve a top report

         Answers the top entries of one kind (`type`) over the time frame, for the whole account or for one
        group, datapoint or conversion (the three filters exclude each other).

        Args:
            type_ (DataPointReportType): Kind of top report for datapoints, groups and the account.
            timeframe (ReportTimeframe): Time frame of a top report (narrower than `TimeFrame`).
                `custom` needs `fromDay` and `toDay`.
            hittype (ReportHitType | Unset): Kind of event a top report counts; no filter when
                omitted.
            group (int | Unset):
            datapoint (int | Unset):
            conversion (int | Unset):
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

        return await _get_report.asyncio_detailed(
            client=self._client,
            type_=type_,
            timeframe=timeframe,
            hittype=hittype,
            group=group,
            datapoint=datapoint,
            conversion=conversion,
            from_day=from_day,
            to_day=to_day,
        )
