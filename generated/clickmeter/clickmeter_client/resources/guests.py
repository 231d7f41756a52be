"""`client.guests` and `async_client.guests`: the guests operations as methods."""

from collections.abc import AsyncIterator, Iterator

from ..api.guests import (
    count_guest_permissions as _count_guest_permissions,
)
from ..api.guests import (
    count_guests as _count_guests,
)
from ..api.guests import (
    create_guest as _create_guest,
)
from ..api.guests import (
    delete_guest as _delete_guest,
)
from ..api.guests import (
    get_guest as _get_guest,
)
from ..api.guests import (
    list_guest_permissions as _list_guest_permissions,
)
from ..api.guests import (
    list_guests as _list_guests,
)
from ..api.guests import (
    patch_guest_permission as _patch_guest_permission,
)
from ..api.guests import (
    patch_guest_permission_with_put as _patch_guest_permission_with_put,
)
from ..api.guests import (
    update_guest as _update_guest,
)
from ..client import Client
from ..models.count import Count
from ..models.entity_uri import EntityUri
from ..models.entity_uri_list import EntityUriList
from ..models.error import Error
from ..models.guest import Guest
from ..models.permission_entity_type import PermissionEntityType
from ..models.permission_level_filter import PermissionLevelFilter
from ..models.permission_list import PermissionList
from ..models.permission_patch_request import PermissionPatchRequest
from ..models.sort_direction import SortDirection
from ..types import UNSET, Response, Unset


class GuestsResource:
    """The guests operations: `client.guests.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "GuestsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return GuestsResourceWithRawResponse(self._client)

    def list_guests(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        text_search: str | Unset = UNSET,
    ) -> EntityUriList:
        """List guests

         Answers references (`{id, uri}`) to the guests of this account. Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            text_search (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUriList
        """

        return _list_guests.sync(
            client=self._client,
            offset=offset,
            limit=limit,
            sort_by=sort_by,
            sort_direction=sort_direction,
            text_search=text_search,
        )

    def iterate_list_guests(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        text_search: str | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[EntityUri]:
        """List guests

         Answers references (`{id, uri}`) to the guests of this account. Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            text_search (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _list_guests.iterate(
            client=self._client,
            offset=offset,
            limit=limit,
            sort_by=sort_by,
            sort_direction=sort_direction,
            text_search=text_search,
            max_pages=max_pages,
        )

    def create_guest(
        self,
        *,
        body: Guest,
    ) -> Guest:
        """Create a guest

         Creates a guest user and answers the stored guest, including its id.

        Args:
            body (Guest): A guest user with access to some of the account's datapoints and groups. Not
                documented by the vendor: which fields are read-only; the `readOnly` ones (its id, dates,
                API key, login count and grant counts) are assigned by the server (our inference).

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Guest
        """

        return _create_guest.sync(
            client=self._client,
            body=body,
        )

    def count_guests(
        self,
        *,
        text_search: str | Unset = UNSET,
    ) -> Count:
        """Count guests

         Answers how many guests match the filter.

        Args:
            text_search (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Count
        """

        return _count_guests.sync(
            client=self._client,
            text_search=text_search,
        )

    def get_guest(
        self,
        guest_id: int,
    ) -> Guest:
        """Retrieve a guest

         Answers one guest.

        Args:
            guest_id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Guest
        """

        return _get_guest.sync(
            client=self._client,
            guest_id=guest_id,
        )

    def update_guest(
        self,
        guest_id: int,
        *,
        body: Guest,
    ) -> Guest:
        """Update a guest

         Updates a guest and answers the updated guest. ClickMeter updates with POST, not PUT.

        Args:
            guest_id (int):
            body (Guest): A guest user with access to some of the account's datapoints and groups. Not
                documented by the vendor: which fields are read-only; the `readOnly` ones (its id, dates,
                API key, login count and grant counts) are assigned by the server (our inference).

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Guest
        """

        return _update_guest.sync(
            client=self._client,
            guest_id=guest_id,
            body=body,
        )

    def delete_guest(
        self,
        guest_id: int,
    ) -> EntityUri:
        """Delete a guest

         Deletes a guest and answers a reference to it.

        Args:
            guest_id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _delete_guest.sync(
            client=self._client,
            guest_id=guest_id,
        )

    def list_guest_permissions(
        self,
        guest_id: int,
        *,
        entity_type: PermissionEntityType | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        type_: PermissionLevelFilter | Unset = UNSET,
        entity_id: int | Unset = UNSET,
    ) -> PermissionList:
        """List the permissions of a guest

         Answers the permissions granted to a guest on datapoints and groups. Paged with `offset`/`limit`.

        Args:
            guest_id (int):
            entity_type (PermissionEntityType | Unset): Kind of shared entity a permission is about.
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            type_ (PermissionLevelFilter | Unset): Permission level, `r` (read) or `w` (write).
            entity_id (int | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            PermissionList
        """

        return _list_guest_permissions.sync(
            client=self._client,
            guest_id=guest_id,
            entity_type=entity_type,
            offset=offset,
            limit=limit,
            type_=type_,
            entity_id=entity_id,
        )

    def count_guest_permissions(
        self,
        guest_id: int,
        *,
        entity_type: PermissionEntityType | Unset = UNSET,
        type_: PermissionLevelFilter | Unset = UNSET,
        entity_id: int | Unset = UNSET,
    ) -> Count:
        """Count the permissions of a guest

         Answers how many permissions of the guest match the filter.

        Args:
            guest_id (int):
            entity_type (PermissionEntityType | Unset): Kind of shared entity a permission is about.
            type_ (PermissionLevelFilter | Unset): Permission level, `r` (read) or `w` (write).
            entity_id (int | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Count
        """

        return _count_guest_permissions.sync(
            client=self._client,
            guest_id=guest_id,
            entity_type=entity_type,
            type_=type_,
            entity_id=entity_id,
        )

    def patch_guest_permission_with_put(
        self,
        guest_id: int,
        type_: PermissionEntityType,
        *,
        body: PermissionPatchRequest,
    ) -> EntityUri:
        """Change a guest's permission on a shared datapoint or group (PUT alias)

         The same operation as `patchGuestPermission`, reached with PUT. Prefer the POST form.

        Args:
            guest_id (int):
            type_ (PermissionEntityType): Kind of shared entity a permission is about.
            body (PermissionPatchRequest): Grants or revokes a permission on the entity `Id`. Not
                documented by the vendor: the values of `Action` (presumably `add`/`remove`) and `Verb`
                (presumably `read`/`write`, read when omitted); the enums are our inference.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _patch_guest_permission_with_put.sync(
            client=self._client,
            guest_id=guest_id,
            type_=type_,
            body=body,
        )

    def patch_guest_permission(
        self,
        guest_id: int,
        type_: PermissionEntityType,
        *,
        body: PermissionPatchRequest,
    ) -> EntityUri:
        """Change a guest's permission on a shared datapoint or group

         Grants or revokes the guest's read or write permission on one datapoint or group. Answers an entity
        reference; not documented by the vendor whether it names the guest or the shared entity.

        Args:
            guest_id (int):
            type_ (PermissionEntityType): Kind of shared entity a permission is about.
            body (PermissionPatchRequest): Grants or revokes a permission on the entity `Id`. Not
                documented by the vendor: the values of `Action` (presumably `add`/`remove`) and `Verb`
                (presumably `read`/`write`, read when omitted); the enums are our inference.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _patch_guest_permission.sync(
            client=self._client,
            guest_id=guest_id,
            type_=type_,
            body=body,
        )


class AsyncGuestsResource:
    """The guests operations, awaitable: `async_client.guests.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncGuestsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncGuestsResourceWithRawResponse(self._client)

    async def list_guests(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        text_search: str | Unset = UNSET,
    ) -> EntityUriList:
        """List guests

         Answers references (`{id, uri}`) to the guests of this account. Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            text_search (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUriList
        """

        return await _list_guests.asyncio(
            client=self._client,
            offset=offset,
            limit=limit,
            sort_by=sort_by,
            sort_direction=sort_direction,
            text_search=text_search,
        )

    def iterate_list_guests(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        text_search: str | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[EntityUri]:
        """List guests

         Answers references (`{id, uri}`) to the guests of this account. Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            text_search (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An async iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _list_guests.aiterate(
            client=self._client,
            offset=offset,
            limit=limit,
            sort_by=sort_by,
            sort_direction=sort_direction,
            text_search=text_search,
            max_pages=max_pages,
        )

    async def create_guest(
        self,
        *,
        body: Guest,
    ) -> Guest:
        """Create a guest

         Creates a guest user and answers the stored guest, including its id.

        Args:
            body (Guest): A guest user with access to some of the account's datapoints and groups. Not
                documented by the vendor: which fields are read-only; the `readOnly` ones (its id, dates,
                API key, login count and grant counts) are assigned by the server (our inference).

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Guest
        """

        return await _create_guest.asyncio(
            client=self._client,
            body=body,
        )

    async def count_guests(
        self,
        *,
        text_search: str | Unset = UNSET,
    ) -> Count:
        """Count guests

         Answers how many guests match the filter.

        Args:
            text_search (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Count
        """

        return await _count_guests.asyncio(
            client=self._client,
            text_search=text_search,
        )

    async def get_guest(
        self,
        guest_id: int,
    ) -> Guest:
        """Retrieve a guest

         Answers one guest.

        Args:
            guest_id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Guest
        """

        return await _get_guest.asyncio(
            client=self._client,
            guest_id=guest_id,
        )

    async def update_guest(
        self,
        guest_id: int,
        *,
        body: Guest,
    ) -> Guest:
        """Update a guest

         Updates a guest and answers the updated guest. ClickMeter updates with POST, not PUT.

        Args:
            guest_id (int):
            body (Guest): A guest user with access to some of the account's datapoints and groups. Not
                documented by the vendor: which fields are read-only; the `readOnly` ones (its id, dates,
                API key, login count and grant counts) are assigned by the server (our inference).

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Guest
        """

        return await _update_guest.asyncio(
            client=self._client,
            guest_id=guest_id,
            body=body,
        )

    async def delete_guest(
        self,
        guest_id: int,
    ) -> EntityUri:
        """Delete a guest

         Deletes a guest and answers a reference to it.

        Args:
            guest_id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _delete_guest.asyncio(
            client=self._client,
            guest_id=guest_id,
        )

    async def list_guest_permissions(
        self,
        guest_id: int,
        *,
        entity_type: PermissionEntityType | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        type_: PermissionLevelFilter | Unset = UNSET,
        entity_id: int | Unset = UNSET,
    ) -> PermissionList:
        """List the permissions of a guest

         Answers the permissions granted to a guest on datapoints and groups. Paged with `offset`/`limit`.

        Args:
            guest_id (int):
            entity_type (PermissionEntityType | Unset): Kind of shared entity a permission is about.
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            type_ (PermissionLevelFilter | Unset): Permission level, `r` (read) or `w` (write).
            entity_id (int | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            PermissionList
        """

        return await _list_guest_permissions.asyncio(
            client=self._client,
            guest_id=guest_id,
            entity_type=entity_type,
            offset=offset,
            limit=limit,
            type_=type_,
            entity_id=entity_id,
        )

    async def count_guest_permissions(
        self,
        guest_id: int,
        *,
        entity_type: PermissionEntityType | Unset = UNSET,
        type_: PermissionLevelFilter | Unset = UNSET,
        entity_id: int | Unset = UNSET,
    ) -> Count:
        """Count the permissions of a guest

         Answers how many permissions of the guest match the filter.

        Args:
            guest_id (int):
            entity_type (PermissionEntityType | Unset): Kind of shared entity a permission is about.
            type_ (PermissionLevelFilter | Unset): Permission level, `r` (read) or `w` (write).
            entity_id (int | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Count
        """

        return await _count_guest_permissions.asyncio(
            client=self._client,
            guest_id=guest_id,
            entity_type=entity_type,
            type_=type_,
            entity_id=entity_id,
        )

    async def patch_guest_permission_with_put(
        self,
        guest_id: int,
        type_: PermissionEntityType,
        *,
        body: PermissionPatchRequest,
    ) -> EntityUri:
        """Change a guest's permission on a shared datapoint or group (PUT alias)

         The same operation as `patchGuestPermission`, reached with PUT. Prefer the POST form.

        Args:
            guest_id (int):
            type_ (PermissionEntityType): Kind of shared entity a permission is about.
            body (PermissionPatchRequest): Grants or revokes a permission on the entity `Id`. Not
                documented by the vendor: the values of `Action` (presumably `add`/`remove`) and `Verb`
                (presumably `read`/`write`, read when omitted); the enums are our inference.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _patch_guest_permission_with_put.asyncio(
            client=self._client,
            guest_id=guest_id,
            type_=type_,
            body=body,
        )

    async def patch_guest_permission(
        self,
        guest_id: int,
        type_: PermissionEntityType,
        *,
        body: PermissionPatchRequest,
    ) -> EntityUri:
        """Change a guest's permission on a shared datapoint or group

         Grants or revokes the guest's read or write permission on one datapoint or group. Answers an entity
        reference; not documented by the vendor whether it names the guest or the shared entity.

        Args:
            guest_id (int):
            type_ (PermissionEntityType): Kind of shared entity a permission is about.
            body (PermissionPatchRequest): Grants or revokes a permission on the entity `Id`. Not
                documented by the vendor: the values of `Action` (presumably `add`/`remove`) and `Verb`
                (presumably `read`/`write`, read when omitted); the enums are our inference.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _patch_guest_permission.asyncio(
            client=self._client,
            guest_id=guest_id,
            type_=type_,
            body=body,
        )


class GuestsResourceWithRawResponse:
    """The guests operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.guests.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_guests(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        text_search: str | Unset = UNSET,
    ) -> Response[EntityUriList | Error]:
        """List guests

         Answers references (`{id, uri}`) to the guests of this account. Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            text_search (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUriList | Error]
        """

        return _list_guests.sync_detailed(
            client=self._client,
            offset=offset,
            limit=limit,
            sort_by=sort_by,
            sort_direction=sort_direction,
            text_search=text_search,
        )

    def create_guest(
        self,
        *,
        body: Guest,
    ) -> Response[Error | Guest]:
        """Create a guest

         Creates a guest user and answers the stored guest, including its id.

        Args:
            body (Guest): A guest user with access to some of the account's datapoints and groups. Not
                documented by the vendor: which fields are read-only; the `readOnly` ones (its id, dates,
                API key, login count and grant counts) are assigned by the server (our inference).

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | Guest]
        """

        return _create_guest.sync_detailed(
            client=self._client,
            body=body,
        )

    def count_guests(
        self,
        *,
        text_search: str | Unset = UNSET,
    ) -> Response[Count | Error]:
        """Count guests

         Answers how many guests match the filter.

        Args:
            text_search (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Count | Error]
        """

        return _count_guests.sync_detailed(
            client=self._client,
            text_search=text_search,
        )

    def get_guest(
        self,
        guest_id: int,
    ) -> Response[Error | Guest]:
        """Retrieve a guest

         Answers one guest.

        Args:
            guest_id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | Guest]
        """

        return _get_guest.sync_detailed(
            client=self._client,
            guest_id=guest_id,
        )

    def update_guest(
        self,
        guest_id: int,
        *,
        body: Guest,
    ) -> Response[Error | Guest]:
        """Update a guest

         Updates a guest and answers the updated guest. ClickMeter updates with POST, not PUT.

        Args:
            guest_id (int):
            body (Guest): A guest user with access to some of the account's datapoints and groups. Not
                documented by the vendor: which fields are read-only; the `readOnly` ones (its id, dates,
                API key, login count and grant counts) are assigned by the server (our inference).

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | Guest]
        """

        return _update_guest.sync_detailed(
            client=self._client,
            guest_id=guest_id,
            body=body,
        )

    def delete_guest(
        self,
        guest_id: int,
    ) -> Response[EntityUri | Error]:
        """Delete a guest

         Deletes a guest and answers a reference to it.

        Args:
            guest_id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _delete_guest.sync_detailed(
            client=self._client,
            guest_id=guest_id,
        )

    def list_guest_permissions(
        self,
        guest_id: int,
        *,
        entity_type: PermissionEntityType | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        type_: PermissionLevelFilter | Unset = UNSET,
        entity_id: int | Unset = UNSET,
    ) -> Response[Error | PermissionList]:
        """List the permissions of a guest

         Answers the permissions granted to a guest on datapoints and groups. Paged with `offset`/`limit`.

        Args:
            guest_id (int):
            entity_type (PermissionEntityType | Unset): Kind of shared entity a permission is about.
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            type_ (PermissionLevelFilter | Unset): Permission level, `r` (read) or `w` (write).
            entity_id (int | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | PermissionList]
        """

        return _list_guest_permissions.sync_detailed(
            client=self._client,
            guest_id=guest_id,
            entity_type=entity_type,
            offset=offset,
            limit=limit,
            type_=type_,
            entity_id=entity_id,
        )

    def count_guest_permissions(
        self,
        guest_id: int,
        *,
        entity_type: PermissionEntityType | Unset = UNSET,
        type_: PermissionLevelFilter | Unset = UNSET,
        entity_id: int | Unset = UNSET,
    ) -> Response[Count | Error]:
        """Count the permissions of a guest

         Answers how many permissions of the guest match the filter.

        Args:
            guest_id (int):
            entity_type (PermissionEntityType | Unset): Kind of shared entity a permission is about.
            type_ (PermissionLevelFilter | Unset): Permission level, `r` (read) or `w` (write).
            entity_id (int | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Count | Error]
        """

        return _count_guest_permissions.sync_detailed(
            client=self._client,
            guest_id=guest_id,
            entity_type=entity_type,
            type_=type_,
            entity_id=entity_id,
        )

    def patch_guest_permission_with_put(
        self,
        guest_id: int,
        type_: PermissionEntityType,
        *,
        body: PermissionPatchRequest,
    ) -> Response[EntityUri | Error]:
        """Change a guest's permission on a shared datapoint or group (PUT alias)

         The same operation as `patchGuestPermission`, reached with PUT. Prefer the POST form.

        Args:
            guest_id (int):
            type_ (PermissionEntityType): Kind of shared entity a permission is about.
            body (PermissionPatchRequest): Grants or revokes a permission on the entity `Id`. Not
                documented by the vendor: the values of `Action` (presumably `add`/`remove`) and `Verb`
                (presumably `read`/`write`, read when omitted); the enums are our inference.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _patch_guest_permission_with_put.sync_detailed(
            client=self._client,
            guest_id=guest_id,
            type_=type_,
            body=body,
        )

    def patch_guest_permission(
        self,
        guest_id: int,
        type_: PermissionEntityType,
        *,
        body: PermissionPatchRequest,
    ) -> Response[EntityUri | Error]:
        """Change a guest's permission on a shared datapoint or group

         Grants or revokes the guest's read or write permission on one datapoint or group. Answers an entity
        reference; not documented by the vendor whether it names the guest or the shared entity.

        Args:
            guest_id (int):
            type_ (PermissionEntityType): Kind of shared entity a permission is about.
            body (PermissionPatchRequest): Grants or revokes a permission on the entity `Id`. Not
                documented by the vendor: the values of `Action` (presumably `add`/`remove`) and `Verb`
                (presumably `read`/`write`, read when omitted); the enums are our inference.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _patch_guest_permission.sync_detailed(
            client=self._client,
            guest_id=guest_id,
            type_=type_,
            body=body,
        )


class AsyncGuestsResourceWithRawResponse:
    """The guests operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.guests.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_guests(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        text_search: str | Unset = UNSET,
    ) -> Response[EntityUriList | Error]:
        """List guests

         Answers references (`{id, uri}`) to the guests of this account. Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            text_search (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUriList | Error]
        """

        return await _list_guests.asyncio_detailed(
            client=self._client,
            offset=offset,
            limit=limit,
            sort_by=sort_by,
            sort_direction=sort_direction,
            text_search=text_search,
        )

    async def create_guest(
        self,
        *,
        body: Guest,
    ) -> Response[Error | Guest]:
        """Create a guest

         Creates a guest user and answers the stored guest, including its id.

        Args:
            body (Guest): A guest user with access to some of the account's datapoints and groups. Not
                documented by the vendor: which fields are read-only; the `readOnly` ones (its id, dates,
                API key, login count and grant counts) are assigned by the server (our inference).

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | Guest]
        """

        return await _create_guest.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def count_guests(
        self,
        *,
        text_search: str | Unset = UNSET,
    ) -> Response[Count | Error]:
        """Count guests

         Answers how many guests match the filter.

        Args:
            text_search (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Count | Error]
        """

        return await _count_guests.asyncio_detailed(
            client=self._client,
            text_search=text_search,
        )

    async def get_guest(
        self,
        guest_id: int,
    ) -> Response[Error | Guest]:
        """Retrieve a guest

         Answers one guest.

        Args:
            guest_id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | Guest]
        """

        return await _get_guest.asyncio_detailed(
            client=self._client,
            guest_id=guest_id,
        )

    async def update_guest(
        self,
        guest_id: int,
        *,
        body: Guest,
    ) -> Response[Error | Guest]:
        """Update a guest

         Updates a guest and answers the updated guest. ClickMeter updates with POST, not PUT.

        Args:
            guest_id (int):
            body (Guest): A guest user with access to some of the account's datapoints and groups. Not
                documented by the vendor: which fields are read-only; the `readOnly` ones (its id, dates,
                API key, login count and grant counts) are assigned by the server (our inference).

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | Guest]
        """

        return await _update_guest.asyncio_detailed(
            client=self._client,
            guest_id=guest_id,
            body=body,
        )

    async def delete_guest(
        self,
        guest_id: int,
    ) -> Response[EntityUri | Error]:
        """Delete a guest

         Deletes a guest and answers a reference to it.

        Args:
            guest_id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _delete_guest.asyncio_detailed(
            client=self._client,
            guest_id=guest_id,
        )

    async def list_guest_permissions(
        self,
        guest_id: int,
        *,
        entity_type: PermissionEntityType | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        type_: PermissionLevelFilter | Unset = UNSET,
        entity_id: int | Unset = UNSET,
    ) -> Response[Error | PermissionList]:
        """List the permissions of a guest

         Answers the permissions granted to a guest on datapoints and groups. Paged with `offset`/`limit`.

        Args:
            guest_id (int):
            entity_type (PermissionEntityType | Unset): Kind of shared entity a permission is about.
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            type_ (PermissionLevelFilter | Unset): Permission level, `r` (read) or `w` (write).
            entity_id (int | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | PermissionList]
        """

        return await _list_guest_permissions.asyncio_detailed(
            client=self._client,
            guest_id=guest_id,
            entity_type=entity_type,
            offset=offset,
            limit=limit,
            type_=type_,
            entity_id=entity_id,
        )

    async def count_guest_permissions(
        self,
        guest_id: int,
        *,
        entity_type: PermissionEntityType | Unset = UNSET,
        type_: PermissionLevelFilter | Unset = UNSET,
        entity_id: int | Unset = UNSET,
    ) -> Response[Count | Error]:
        """Count the permissions of a guest

         Answers how many permissions of the guest match the filter.

        Args:
            guest_id (int):
            entity_type (PermissionEntityType | Unset): Kind of shared entity a permission is about.
            type_ (PermissionLevelFilter | Unset): Permission level, `r` (read) or `w` (write).
            entity_id (int | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Count | Error]
        """

        return await _count_guest_permissions.asyncio_detailed(
            client=self._client,
            guest_id=guest_id,
            entity_type=entity_type,
            type_=type_,
            entity_id=entity_id,
        )

    async def patch_guest_permission_with_put(
        self,
        guest_id: int,
        type_: PermissionEntityType,
        *,
        body: PermissionPatchRequest,
    ) -> Response[EntityUri | Error]:
        """Change a guest's permission on a shared datapoint or group (PUT alias)

         The same operation as `patchGuestPermission`, reached with PUT. Prefer the POST form.

        Args:
            guest_id (int):
            type_ (PermissionEntityType): Kind of shared entity a permission is about.
            body (PermissionPatchRequest): Grants or revokes a permission on the entity `Id`. Not
                documented by the vendor: the values of `Action` (presumably `add`/`remove`) and `Verb`
                (presumably `read`/`write`, read when omitted); the enums are our inference.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _patch_guest_permission_with_put.asyncio_detailed(
            client=self._client,
            guest_id=guest_id,
            type_=type_,
            body=body,
        )

    async def patch_guest_permission(
        self,
        guest_id: int,
        type_: PermissionEntityType,
        *,
        body: PermissionPatchRequest,
    ) -> Response[EntityUri | Error]:
        """Change a guest's permission on a shared datapoint or group

         Grants or revokes the guest's read or write permission on one datapoint or group. Answers an entity
        reference; not documented by the vendor whether it names the guest or the shared entity.

        Args:
            guest_id (int):
            type_ (PermissionEntityType): Kind of shared entity a permission is about.
            body (PermissionPatchRequest): Grants or revokes a permission on the entity `Id`. Not
                documented by the vendor: the values of `Action` (presumably `add`/`remove`) and `Verb`
                (presumably `read`/`write`, read when omitted); the enums are our inference.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _patch_guest_permission.asyncio_detailed(
            client=self._client,
            guest_id=guest_id,
            type_=type_,
            body=body,
        )
