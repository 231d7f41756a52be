"""`client.widgets` and `async_client.widgets`: the widgets operations as methods."""

from collections.abc import AsyncIterator, Iterator

from ..api.widgets import (
    create_widget as _create_widget,
)
from ..api.widgets import (
    list_widgets as _list_widgets,
)
from ..api.widgets import (
    update_widget as _update_widget,
)
from ..client import Client
from ..models.error import Error
from ..models.list_widgets_filter import ListWidgetsFilter
from ..models.widget import Widget
from ..models.widget_page import WidgetPage
from ..types import UNSET, Response, Unset


class WidgetsResource:
    """The widgets operations: `client.widgets.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "WidgetsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return WidgetsResourceWithRawResponse(self._client)

    def list_widgets(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        tags: list[str] | Unset = UNSET,
        filter_: ListWidgetsFilter | Unset = UNSET,
    ) -> WidgetPage:
        """List widgets

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            tags (list[str] | Unset):
            filter_ (ListWidgetsFilter | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            WidgetPage
        """

        return _list_widgets.sync(
            client=self._client,
            offset=offset,
            limit=limit,
            tags=tags,
            filter_=filter_,
        )

    def iterate_list_widgets(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        tags: list[str] | Unset = UNSET,
        filter_: ListWidgetsFilter | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[Widget]:
        """List widgets

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            tags (list[str] | Unset):
            filter_ (ListWidgetsFilter | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _list_widgets.iterate(
            client=self._client,
            offset=offset,
            limit=limit,
            tags=tags,
            filter_=filter_,
            max_pages=max_pages,
        )

    def create_widget(
        self,
        *,
        body: Widget,
    ) -> Widget:
        """Create a widget

        Args:
            body (Widget):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Widget
        """

        return _create_widget.sync(
            client=self._client,
            body=body,
        )

    def update_widget(
        self,
        id: int,
        *,
        body: Widget,
    ) -> Widget:
        """Replace a widget

        Args:
            id (int):
            body (Widget):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Widget
        """

        return _update_widget.sync(
            client=self._client,
            id=id,
            body=body,
        )


class AsyncWidgetsResource:
    """The widgets operations, awaitable: `async_client.widgets.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncWidgetsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncWidgetsResourceWithRawResponse(self._client)

    async def list_widgets(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        tags: list[str] | Unset = UNSET,
        filter_: ListWidgetsFilter | Unset = UNSET,
    ) -> WidgetPage:
        """List widgets

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            tags (list[str] | Unset):
            filter_ (ListWidgetsFilter | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            WidgetPage
        """

        return await _list_widgets.asyncio(
            client=self._client,
            offset=offset,
            limit=limit,
            tags=tags,
            filter_=filter_,
        )

    def iterate_list_widgets(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        tags: list[str] | Unset = UNSET,
        filter_: ListWidgetsFilter | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[Widget]:
        """List widgets

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            tags (list[str] | Unset):
            filter_ (ListWidgetsFilter | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An async iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _list_widgets.aiterate(
            client=self._client,
            offset=offset,
            limit=limit,
            tags=tags,
            filter_=filter_,
            max_pages=max_pages,
        )

    async def create_widget(
        self,
        *,
        body: Widget,
    ) -> Widget:
        """Create a widget

        Args:
            body (Widget):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Widget
        """

        return await _create_widget.asyncio(
            client=self._client,
            body=body,
        )

    async def update_widget(
        self,
        id: int,
        *,
        body: Widget,
    ) -> Widget:
        """Replace a widget

        Args:
            id (int):
            body (Widget):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Widget
        """

        return await _update_widget.asyncio(
            client=self._client,
            id=id,
            body=body,
        )


class WidgetsResourceWithRawResponse:
    """The widgets operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.widgets.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_widgets(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        tags: list[str] | Unset = UNSET,
        filter_: ListWidgetsFilter | Unset = UNSET,
    ) -> Response[Error | WidgetPage]:
        """List widgets

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            tags (list[str] | Unset):
            filter_ (ListWidgetsFilter | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | WidgetPage]
        """

        return _list_widgets.sync_detailed(
            client=self._client,
            offset=offset,
            limit=limit,
            tags=tags,
            filter_=filter_,
        )

    def create_widget(
        self,
        *,
        body: Widget,
    ) -> Response[Error | Widget]:
        """Create a widget

        Args:
            body (Widget):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | Widget]
        """

        return _create_widget.sync_detailed(
            client=self._client,
            body=body,
        )

    def update_widget(
        self,
        id: int,
        *,
        body: Widget,
    ) -> Response[Error | Widget]:
        """Replace a widget

        Args:
            id (int):
            body (Widget):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | Widget]
        """

        return _update_widget.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )


class AsyncWidgetsResourceWithRawResponse:
    """The widgets operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.widgets.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_widgets(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        tags: list[str] | Unset = UNSET,
        filter_: ListWidgetsFilter | Unset = UNSET,
    ) -> Response[Error | WidgetPage]:
        """List widgets

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            tags (list[str] | Unset):
            filter_ (ListWidgetsFilter | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | WidgetPage]
        """

        return await _list_widgets.asyncio_detailed(
            client=self._client,
            offset=offset,
            limit=limit,
            tags=tags,
            filter_=filter_,
        )

    async def create_widget(
        self,
        *,
        body: Widget,
    ) -> Response[Error | Widget]:
        """Create a widget

        Args:
            body (Widget):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | Widget]
        """

        return await _create_widget.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def update_widget(
        self,
        id: int,
        *,
        body: Widget,
    ) -> Response[Error | Widget]:
        """Replace a widget

        Args:
            id (int):
            body (Widget):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | Widget]
        """

        return await _update_widget.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
