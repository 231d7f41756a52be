"""`client.tags` and `async_client.tags`: the tags operations as methods."""

from collections.abc import AsyncIterator, Iterator

from ..api.tags import (
    count_tag_datapoints as _count_tag_datapoints,
)
from ..api.tags import (
    count_tag_groups as _count_tag_groups,
)
from ..api.tags import (
    count_tags as _count_tags,
)
from ..api.tags import (
    create_tag as _create_tag,
)
from ..api.tags import (
    delete_tag as _delete_tag,
)
from ..api.tags import (
    get_tag as _get_tag,
)
from ..api.tags import (
    list_tag_datapoints as _list_tag_datapoints,
)
from ..api.tags import (
    list_tag_groups as _list_tag_groups,
)
from ..api.tags import (
    list_tags as _list_tags,
)
from ..api.tags import (
    patch_tag_datapoint as _patch_tag_datapoint,
)
from ..api.tags import (
    patch_tag_group as _patch_tag_group,
)
from ..api.tags import (
    remove_tag_from_all_datapoints as _remove_tag_from_all_datapoints,
)
from ..api.tags import (
    remove_tag_from_all_groups as _remove_tag_from_all_groups,
)
from ..api.tags import (
    rename_tag as _rename_tag,
)
from ..client import Client
from ..models.count import Count
from ..models.data_point_status_filter import DataPointStatusFilter
from ..models.data_point_type_filter import DataPointTypeFilter
from ..models.entity_status_filter import EntityStatusFilter
from ..models.entity_uri import EntityUri
from ..models.entity_uri_list import EntityUriList
from ..models.error import Error
from ..models.patch_body import PatchBody
from ..models.tag import Tag
from ..models.tag_entity_type_filter import TagEntityTypeFilter
from ..models.text_patch import TextPatch
from ..types import UNSET, Response, Unset


class TagsResource:
    """The tags operations: `client.tags.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "TagsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return TagsResourceWithRawResponse(self._client)

    def list_tags(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        name: str | Unset = UNSET,
        datapoints: str | Unset = UNSET,
        groups: str | Unset = UNSET,
        type_: TagEntityTypeFilter | Unset = UNSET,
    ) -> EntityUriList:
        """List tags

         Answers references (`{id, uri}`) to the tags, optionally only those on given datapoints or groups.
        Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            name (str | Unset):
            datapoints (str | Unset):
            groups (str | Unset):
            type_ (TagEntityTypeFilter | Unset): Kind of entity the tag is on: `tl` tracking links,
                `tp` tracking pixels, `dp` datapoints of any type, `gr` groups. Not documented by the
                vendor beyond "Type of entity related to the tag": the meaning of each code is inferred
                from the datapoint type codes.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUriList
        """

        return _list_tags.sync(
            client=self._client,
            offset=offset,
            limit=limit,
            name=name,
            datapoints=datapoints,
            groups=groups,
            type_=type_,
        )

    def iterate_list_tags(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        name: str | Unset = UNSET,
        datapoints: str | Unset = UNSET,
        groups: str | Unset = UNSET,
        type_: TagEntityTypeFilter | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[EntityUri]:
        """List tags

         Answers references (`{id, uri}`) to the tags, optionally only those on given datapoints or groups.
        Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            name (str | Unset):
            datapoints (str | Unset):
            groups (str | Unset):
            type_ (TagEntityTypeFilter | Unset): Kind of entity the tag is on: `tl` tracking links,
                `tp` tracking pixels, `dp` datapoints of any type, `gr` groups. Not documented by the
                vendor beyond "Type of entity related to the tag": the meaning of each code is inferred
                from the datapoint type codes.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _list_tags.iterate(
            client=self._client,
            offset=offset,
            limit=limit,
            name=name,
            datapoints=datapoints,
            groups=groups,
            type_=type_,
            max_pages=max_pages,
        )

    def create_tag(
        self,
        *,
        body: Tag,
    ) -> EntityUri:
        """Create a tag

         Creates a tag and answers a reference to it. Tag names are unique (case-insensitively); an existing
        name is a conflict (409).

        Args:
            body (Tag): A tag, with the ids of the datapoints and groups it is on.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _create_tag.sync(
            client=self._client,
            body=body,
        )

    def count_tags(
        self,
        *,
        name: str | Unset = UNSET,
        datapoints: str | Unset = UNSET,
        groups: str | Unset = UNSET,
        type_: TagEntityTypeFilter | Unset = UNSET,
    ) -> Count:
        """Count tags

         Answers how many tags match the filter.

        Args:
            name (str | Unset):
            datapoints (str | Unset):
            groups (str | Unset):
            type_ (TagEntityTypeFilter | Unset): Kind of entity the tag is on: `tl` tracking links,
                `tp` tracking pixels, `dp` datapoints of any type, `gr` groups. Not documented by the
                vendor beyond "Type of entity related to the tag": the meaning of each code is inferred
                from the datapoint type codes.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Count
        """

        return _count_tags.sync(
            client=self._client,
            name=name,
            datapoints=datapoints,
            groups=groups,
            type_=type_,
        )

    def get_tag(
        self,
        tag_id: int,
    ) -> Tag:
        """Retrieve a tag

         Answers one tag with the ids of the datapoints and groups it is on.

        Args:
            tag_id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Tag
        """

        return _get_tag.sync(
            client=self._client,
            tag_id=tag_id,
        )

    def delete_tag(
        self,
        tag_id: int,
    ) -> EntityUri:
        """Delete a tag

         Deletes a tag and its associations.

        Args:
            tag_id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _delete_tag.sync(
            client=self._client,
            tag_id=tag_id,
        )

    def list_tag_datapoints(
        self,
        tag_id: int,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> EntityUriList:
        """List the datapoints with a tag

         Answers references (`{id, uri}`) to the datapoints carrying this tag. Paged with `offset`/`limit`.

        Args:
            tag_id (int):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
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

        return _list_tag_datapoints.sync(
            client=self._client,
            tag_id=tag_id,
            offset=offset,
            limit=limit,
            type_=type_,
            status=status,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    def remove_tag_from_all_datapoints(
        self,
        tag_id: int,
    ) -> EntityUri:
        """Remove a tag from all datapoints

         Deletes the association of this tag with every datapoint; the tag itself stays.

        Args:
            tag_id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _remove_tag_from_all_datapoints.sync(
            client=self._client,
            tag_id=tag_id,
        )

    def count_tag_datapoints(
        self,
        tag_id: int,
        *,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Count:
        """Count the datapoints with a tag

         Answers how many datapoints carrying this tag match the filter.

        Args:
            tag_id (int):
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
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

        return _count_tag_datapoints.sync(
            client=self._client,
            tag_id=tag_id,
            type_=type_,
            status=status,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    def patch_tag_datapoint(
        self,
        tag_id: int,
        *,
        body: PatchBody,
    ) -> EntityUri:
        """Add or remove a tag on a datapoint

         Associates the tag with one datapoint or removes the association; answers an entity reference.

        Args:
            tag_id (int):
            body (PatchBody): Adds or removes the association with the entity `Id`. Property names are
                PascalCase on the wire. Not documented by the vendor: the values of `Action` (presumably
                `add`/`remove`); the enum is our inference.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _patch_tag_datapoint.sync(
            client=self._client,
            tag_id=tag_id,
            body=body,
        )

    def list_tag_groups(
        self,
        tag_id: int,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        status: EntityStatusFilter | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> EntityUriList:
        """List the groups with a tag

         Answers references (`{id, uri}`) to the groups carrying this tag. Paged with `offset`/`limit`.

        Args:
            tag_id (int):
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

        return _list_tag_groups.sync(
            client=self._client,
            tag_id=tag_id,
            offset=offset,
            limit=limit,
            status=status,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    def remove_tag_from_all_groups(
        self,
        tag_id: int,
    ) -> EntityUri:
        """Remove a tag from all groups

         Deletes the association of this tag with every group; the tag itself stays.

        Args:
            tag_id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _remove_tag_from_all_groups.sync(
            client=self._client,
            tag_id=tag_id,
        )

    def count_tag_groups(
        self,
        tag_id: int,
        *,
        status: EntityStatusFilter | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Count:
        """Count the groups with a tag

         Answers how many groups carrying this tag match the filter.

        Args:
            tag_id (int):
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

        return _count_tag_groups.sync(
            client=self._client,
            tag_id=tag_id,
            status=status,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    def patch_tag_group(
        self,
        tag_id: int,
        *,
        body: PatchBody,
    ) -> EntityUri:
        """Add or remove a tag on a group

         Associates the tag with one group or removes the association; answers an entity reference.

        Args:
            tag_id (int):
            body (PatchBody): Adds or removes the association with the entity `Id`. Property names are
                PascalCase on the wire. Not documented by the vendor: the values of `Action` (presumably
                `add`/`remove`); the enum is our inference.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _patch_tag_group.sync(
            client=self._client,
            tag_id=tag_id,
            body=body,
        )

    def rename_tag(
        self,
        tag_id: int,
        *,
        body: TextPatch,
    ) -> EntityUri:
        """Rename a tag

         Replaces the name of a tag without sending the whole object. The name of another tag is a conflict
        (409).

        Args:
            tag_id (int):
            body (TextPatch): A new text for one field (notes, tag name). The property name is
                PascalCase on the wire.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _rename_tag.sync(
            client=self._client,
            tag_id=tag_id,
            body=body,
        )


class AsyncTagsResource:
    """The tags operations, awaitable: `async_client.tags.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncTagsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncTagsResourceWithRawResponse(self._client)

    async def list_tags(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        name: str | Unset = UNSET,
        datapoints: str | Unset = UNSET,
        groups: str | Unset = UNSET,
        type_: TagEntityTypeFilter | Unset = UNSET,
    ) -> EntityUriList:
        """List tags

         Answers references (`{id, uri}`) to the tags, optionally only those on given datapoints or groups.
        Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            name (str | Unset):
            datapoints (str | Unset):
            groups (str | Unset):
            type_ (TagEntityTypeFilter | Unset): Kind of entity the tag is on: `tl` tracking links,
                `tp` tracking pixels, `dp` datapoints of any type, `gr` groups. Not documented by the
                vendor beyond "Type of entity related to the tag": the meaning of each code is inferred
                from the datapoint type codes.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUriList
        """

        return await _list_tags.asyncio(
            client=self._client,
            offset=offset,
            limit=limit,
            name=name,
            datapoints=datapoints,
            groups=groups,
            type_=type_,
        )

    def iterate_list_tags(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        name: str | Unset = UNSET,
        datapoints: str | Unset = UNSET,
        groups: str | Unset = UNSET,
        type_: TagEntityTypeFilter | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[EntityUri]:
        """List tags

         Answers references (`{id, uri}`) to the tags, optionally only those on given datapoints or groups.
        Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            name (str | Unset):
            datapoints (str | Unset):
            groups (str | Unset):
            type_ (TagEntityTypeFilter | Unset): Kind of entity the tag is on: `tl` tracking links,
                `tp` tracking pixels, `dp` datapoints of any type, `gr` groups. Not documented by the
                vendor beyond "Type of entity related to the tag": the meaning of each code is inferred
                from the datapoint type codes.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An async iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _list_tags.aiterate(
            client=self._client,
            offset=offset,
            limit=limit,
            name=name,
            datapoints=datapoints,
            groups=groups,
            type_=type_,
            max_pages=max_pages,
        )

    async def create_tag(
        self,
        *,
        body: Tag,
    ) -> EntityUri:
        """Create a tag

         Creates a tag and answers a reference to it. Tag names are unique (case-insensitively); an existing
        name is a conflict (409).

        Args:
            body (Tag): A tag, with the ids of the datapoints and groups it is on.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _create_tag.asyncio(
            client=self._client,
            body=body,
        )

    async def count_tags(
        self,
        *,
        name: str | Unset = UNSET,
        datapoints: str | Unset = UNSET,
        groups: str | Unset = UNSET,
        type_: TagEntityTypeFilter | Unset = UNSET,
    ) -> Count:
        """Count tags

         Answers how many tags match the filter.

        Args:
            name (str | Unset):
            datapoints (str | Unset):
            groups (str | Unset):
            type_ (TagEntityTypeFilter | Unset): Kind of entity the tag is on: `tl` tracking links,
                `tp` tracking pixels, `dp` datapoints of any type, `gr` groups. Not documented by the
                vendor beyond "Type of entity related to the tag": the meaning of each code is inferred
                from the datapoint type codes.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Count
        """

        return await _count_tags.asyncio(
            client=self._client,
            name=name,
            datapoints=datapoints,
            groups=groups,
            type_=type_,
        )

    async def get_tag(
        self,
        tag_id: int,
    ) -> Tag:
        """Retrieve a tag

         Answers one tag with the ids of the datapoints and groups it is on.

        Args:
            tag_id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Tag
        """

        return await _get_tag.asyncio(
            client=self._client,
            tag_id=tag_id,
        )

    async def delete_tag(
        self,
        tag_id: int,
    ) -> EntityUri:
        """Delete a tag

         Deletes a tag and its associations.

        Args:
            tag_id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _delete_tag.asyncio(
            client=self._client,
            tag_id=tag_id,
        )

    async def list_tag_datapoints(
        self,
        tag_id: int,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> EntityUriList:
        """List the datapoints with a tag

         Answers references (`{id, uri}`) to the datapoints carrying this tag. Paged with `offset`/`limit`.

        Args:
            tag_id (int):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
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

        return await _list_tag_datapoints.asyncio(
            client=self._client,
            tag_id=tag_id,
            offset=offset,
            limit=limit,
            type_=type_,
            status=status,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    async def remove_tag_from_all_datapoints(
        self,
        tag_id: int,
    ) -> EntityUri:
        """Remove a tag from all datapoints

         Deletes the association of this tag with every datapoint; the tag itself stays.

        Args:
            tag_id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _remove_tag_from_all_datapoints.asyncio(
            client=self._client,
            tag_id=tag_id,
        )

    async def count_tag_datapoints(
        self,
        tag_id: int,
        *,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Count:
        """Count the datapoints with a tag

         Answers how many datapoints carrying this tag match the filter.

        Args:
            tag_id (int):
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
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

        return await _count_tag_datapoints.asyncio(
            client=self._client,
            tag_id=tag_id,
            type_=type_,
            status=status,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    async def patch_tag_datapoint(
        self,
        tag_id: int,
        *,
        body: PatchBody,
    ) -> EntityUri:
        """Add or remove a tag on a datapoint

         Associates the tag with one datapoint or removes the association; answers an entity reference.

        Args:
            tag_id (int):
            body (PatchBody): Adds or removes the association with the entity `Id`. Property names are
                PascalCase on the wire. Not documented by the vendor: the values of `Action` (presumably
                `add`/`remove`); the enum is our inference.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _patch_tag_datapoint.asyncio(
            client=self._client,
            tag_id=tag_id,
            body=body,
        )

    async def list_tag_groups(
        self,
        tag_id: int,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        status: EntityStatusFilter | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> EntityUriList:
        """List the groups with a tag

         Answers references (`{id, uri}`) to the groups carrying this tag. Paged with `offset`/`limit`.

        Args:
            tag_id (int):
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

        return await _list_tag_groups.asyncio(
            client=self._client,
            tag_id=tag_id,
            offset=offset,
            limit=limit,
            status=status,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    async def remove_tag_from_all_groups(
        self,
        tag_id: int,
    ) -> EntityUri:
        """Remove a tag from all groups

         Deletes the association of this tag with every group; the tag itself stays.

        Args:
            tag_id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _remove_tag_from_all_groups.asyncio(
            client=self._client,
            tag_id=tag_id,
        )

    async def count_tag_groups(
        self,
        tag_id: int,
        *,
        status: EntityStatusFilter | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Count:
        """Count the groups with a tag

         Answers how many groups carrying this tag match the filter.

        Args:
            tag_id (int):
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

        return await _count_tag_groups.asyncio(
            client=self._client,
            tag_id=tag_id,
            status=status,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    async def patch_tag_group(
        self,
        tag_id: int,
        *,
        body: PatchBody,
    ) -> EntityUri:
        """Add or remove a tag on a group

         Associates the tag with one group or removes the association; answers an entity reference.

        Args:
            tag_id (int):
            body (PatchBody): Adds or removes the association with the entity `Id`. Property names are
                PascalCase on the wire. Not documented by the vendor: the values of `Action` (presumably
                `add`/`remove`); the enum is our inference.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _patch_tag_group.asyncio(
            client=self._client,
            tag_id=tag_id,
            body=body,
        )

    async def rename_tag(
        self,
        tag_id: int,
        *,
        body: TextPatch,
    ) -> EntityUri:
        """Rename a tag

         Replaces the name of a tag without sending the whole object. The name of another tag is a conflict
        (409).

        Args:
            tag_id (int):
            body (TextPatch): A new text for one field (notes, tag name). The property name is
                PascalCase on the wire.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _rename_tag.asyncio(
            client=self._client,
            tag_id=tag_id,
            body=body,
        )


class TagsResourceWithRawResponse:
    """The tags operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.tags.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_tags(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        name: str | Unset = UNSET,
        datapoints: str | Unset = UNSET,
        groups: str | Unset = UNSET,
        type_: TagEntityTypeFilter | Unset = UNSET,
    ) -> Response[EntityUriList | Error]:
        """List tags

         Answers references (`{id, uri}`) to the tags, optionally only those on given datapoints or groups.
        Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            name (str | Unset):
            datapoints (str | Unset):
            groups (str | Unset):
            type_ (TagEntityTypeFilter | Unset): Kind of entity the tag is on: `tl` tracking links,
                `tp` tracking pixels, `dp` datapoints of any type, `gr` groups. Not documented by the
                vendor beyond "Type of entity related to the tag": the meaning of each code is inferred
                from the datapoint type codes.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUriList | Error]
        """

        return _list_tags.sync_detailed(
            client=self._client,
            offset=offset,
            limit=limit,
            name=name,
            datapoints=datapoints,
            groups=groups,
            type_=type_,
        )

    def create_tag(
        self,
        *,
        body: Tag,
    ) -> Response[EntityUri | Error]:
        """Create a tag

         Creates a tag and answers a reference to it. Tag names are unique (case-insensitively); an existing
        name is a conflict (409).

        Args:
            body (Tag): A tag, with the ids of the datapoints and groups it is on.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _create_tag.sync_detailed(
            client=self._client,
            body=body,
        )

    def count_tags(
        self,
        *,
        name: str | Unset = UNSET,
        datapoints: str | Unset = UNSET,
        groups: str | Unset = UNSET,
        type_: TagEntityTypeFilter | Unset = UNSET,
    ) -> Response[Count | Error]:
        """Count tags

         Answers how many tags match the filter.

        Args:
            name (str | Unset):
            datapoints (str | Unset):
            groups (str | Unset):
            type_ (TagEntityTypeFilter | Unset): Kind of entity the tag is on: `tl` tracking links,
                `tp` tracking pixels, `dp` datapoints of any type, `gr` groups. Not documented by the
                vendor beyond "Type of entity related to the tag": the meaning of each code is inferred
                from the datapoint type codes.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Count | Error]
        """

        return _count_tags.sync_detailed(
            client=self._client,
            name=name,
            datapoints=datapoints,
            groups=groups,
            type_=type_,
        )

    def get_tag(
        self,
        tag_id: int,
    ) -> Response[Error | Tag]:
        """Retrieve a tag

         Answers one tag with the ids of the datapoints and groups it is on.

        Args:
            tag_id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | Tag]
        """

        return _get_tag.sync_detailed(
            client=self._client,
            tag_id=tag_id,
        )

    def delete_tag(
        self,
        tag_id: int,
    ) -> Response[EntityUri | Error]:
        """Delete a tag

         Deletes a tag and its associations.

        Args:
            tag_id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _delete_tag.sync_detailed(
            client=self._client,
            tag_id=tag_id,
        )

    def list_tag_datapoints(
        self,
        tag_id: int,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Response[EntityUriList | Error]:
        """List the datapoints with a tag

         Answers references (`{id, uri}`) to the datapoints carrying this tag. Paged with `offset`/`limit`.

        Args:
            tag_id (int):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
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

        return _list_tag_datapoints.sync_detailed(
            client=self._client,
            tag_id=tag_id,
            offset=offset,
            limit=limit,
            type_=type_,
            status=status,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    def remove_tag_from_all_datapoints(
        self,
        tag_id: int,
    ) -> Response[EntityUri | Error]:
        """Remove a tag from all datapoints

         Deletes the association of this tag with every datapoint; the tag itself stays.

        Args:
            tag_id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _remove_tag_from_all_datapoints.sync_detailed(
            client=self._client,
            tag_id=tag_id,
        )

    def count_tag_datapoints(
        self,
        tag_id: int,
        *,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Response[Count | Error]:
        """Count the datapoints with a tag

         Answers how many datapoints carrying this tag match the filter.

        Args:
            tag_id (int):
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
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

        return _count_tag_datapoints.sync_detailed(
            client=self._client,
            tag_id=tag_id,
            type_=type_,
            status=status,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    def patch_tag_datapoint(
        self,
        tag_id: int,
        *,
        body: PatchBody,
    ) -> Response[EntityUri | Error]:
        """Add or remove a tag on a datapoint

         Associates the tag with one datapoint or removes the association; answers an entity reference.

        Args:
            tag_id (int):
            body (PatchBody): Adds or removes the association with the entity `Id`. Property names are
                PascalCase on the wire. Not documented by the vendor: the values of `Action` (presumably
                `add`/`remove`); the enum is our inference.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _patch_tag_datapoint.sync_detailed(
            client=self._client,
            tag_id=tag_id,
            body=body,
        )

    def list_tag_groups(
        self,
        tag_id: int,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        status: EntityStatusFilter | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Response[EntityUriList | Error]:
        """List the groups with a tag

         Answers references (`{id, uri}`) to the groups carrying this tag. Paged with `offset`/`limit`.

        Args:
            tag_id (int):
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

        return _list_tag_groups.sync_detailed(
            client=self._client,
            tag_id=tag_id,
            offset=offset,
            limit=limit,
            status=status,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    def remove_tag_from_all_groups(
        self,
        tag_id: int,
    ) -> Response[EntityUri | Error]:
        """Remove a tag from all groups

         Deletes the association of this tag with every group; the tag itself stays.

        Args:
            tag_id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _remove_tag_from_all_groups.sync_detailed(
            client=self._client,
            tag_id=tag_id,
        )

    def count_tag_groups(
        self,
        tag_id: int,
        *,
        status: EntityStatusFilter | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Response[Count | Error]:
        """Count the groups with a tag

         Answers how many groups carrying this tag match the filter.

        Args:
            tag_id (int):
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

        return _count_tag_groups.sync_detailed(
            client=self._client,
            tag_id=tag_id,
            status=status,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    def patch_tag_group(
        self,
        tag_id: int,
        *,
        body: PatchBody,
    ) -> Response[EntityUri | Error]:
        """Add or remove a tag on a group

         Associates the tag with one group or removes the association; answers an entity reference.

        Args:
            tag_id (int):
            body (PatchBody): Adds or removes the association with the entity `Id`. Property names are
                PascalCase on the wire. Not documented by the vendor: the values of `Action` (presumably
                `add`/`remove`); the enum is our inference.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _patch_tag_group.sync_detailed(
            client=self._client,
            tag_id=tag_id,
            body=body,
        )

    def rename_tag(
        self,
        tag_id: int,
        *,
        body: TextPatch,
    ) -> Response[EntityUri | Error]:
        """Rename a tag

         Replaces the name of a tag without sending the whole object. The name of another tag is a conflict
        (409).

        Args:
            tag_id (int):
            body (TextPatch): A new text for one field (notes, tag name). The property name is
                PascalCase on the wire.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _rename_tag.sync_detailed(
            client=self._client,
            tag_id=tag_id,
            body=body,
        )


class AsyncTagsResourceWithRawResponse:
    """The tags operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.tags.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_tags(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        name: str | Unset = UNSET,
        datapoints: str | Unset = UNSET,
        groups: str | Unset = UNSET,
        type_: TagEntityTypeFilter | Unset = UNSET,
    ) -> Response[EntityUriList | Error]:
        """List tags

         Answers references (`{id, uri}`) to the tags, optionally only those on given datapoints or groups.
        Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            name (str | Unset):
            datapoints (str | Unset):
            groups (str | Unset):
            type_ (TagEntityTypeFilter | Unset): Kind of entity the tag is on: `tl` tracking links,
                `tp` tracking pixels, `dp` datapoints of any type, `gr` groups. Not documented by the
                vendor beyond "Type of entity related to the tag": the meaning of each code is inferred
                from the datapoint type codes.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUriList | Error]
        """

        return await _list_tags.asyncio_detailed(
            client=self._client,
            offset=offset,
            limit=limit,
            name=name,
            datapoints=datapoints,
            groups=groups,
            type_=type_,
        )

    async def create_tag(
        self,
        *,
        body: Tag,
    ) -> Response[EntityUri | Error]:
        """Create a tag

         Creates a tag and answers a reference to it. Tag names are unique (case-insensitively); an existing
        name is a conflict (409).

        Args:
            body (Tag): A tag, with the ids of the datapoints and groups it is on.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _create_tag.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def count_tags(
        self,
        *,
        name: str | Unset = UNSET,
        datapoints: str | Unset = UNSET,
        groups: str | Unset = UNSET,
        type_: TagEntityTypeFilter | Unset = UNSET,
    ) -> Response[Count | Error]:
        """Count tags

         Answers how many tags match the filter.

        Args:
            name (str | Unset):
            datapoints (str | Unset):
            groups (str | Unset):
            type_ (TagEntityTypeFilter | Unset): Kind of entity the tag is on: `tl` tracking links,
                `tp` tracking pixels, `dp` datapoints of any type, `gr` groups. Not documented by the
                vendor beyond "Type of entity related to the tag": the meaning of each code is inferred
                from the datapoint type codes.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Count | Error]
        """

        return await _count_tags.asyncio_detailed(
            client=self._client,
            name=name,
            datapoints=datapoints,
            groups=groups,
            type_=type_,
        )

    async def get_tag(
        self,
        tag_id: int,
    ) -> Response[Error | Tag]:
        """Retrieve a tag

         Answers one tag with the ids of the datapoints and groups it is on.

        Args:
            tag_id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | Tag]
        """

        return await _get_tag.asyncio_detailed(
            client=self._client,
            tag_id=tag_id,
        )

    async def delete_tag(
        self,
        tag_id: int,
    ) -> Response[EntityUri | Error]:
        """Delete a tag

         Deletes a tag and its associations.

        Args:
            tag_id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _delete_tag.asyncio_detailed(
            client=self._client,
            tag_id=tag_id,
        )

    async def list_tag_datapoints(
        self,
        tag_id: int,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Response[EntityUriList | Error]:
        """List the datapoints with a tag

         Answers references (`{id, uri}`) to the datapoints carrying this tag. Paged with `offset`/`limit`.

        Args:
            tag_id (int):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
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

        return await _list_tag_datapoints.asyncio_detailed(
            client=self._client,
            tag_id=tag_id,
            offset=offset,
            limit=limit,
            type_=type_,
            status=status,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    async def remove_tag_from_all_datapoints(
        self,
        tag_id: int,
    ) -> Response[EntityUri | Error]:
        """Remove a tag from all datapoints

         Deletes the association of this tag with every datapoint; the tag itself stays.

        Args:
            tag_id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _remove_tag_from_all_datapoints.asyncio_detailed(
            client=self._client,
            tag_id=tag_id,
        )

    async def count_tag_datapoints(
        self,
        tag_id: int,
        *,
        type_: DataPointTypeFilter | Unset = UNSET,
        status: DataPointStatusFilter | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Response[Count | Error]:
        """Count the datapoints with a tag

         Answers how many datapoints carrying this tag match the filter.

        Args:
            tag_id (int):
            type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
                link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
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

        return await _count_tag_datapoints.asyncio_detailed(
            client=self._client,
            tag_id=tag_id,
            type_=type_,
            status=status,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    async def patch_tag_datapoint(
        self,
        tag_id: int,
        *,
        body: PatchBody,
    ) -> Response[EntityUri | Error]:
        """Add or remove a tag on a datapoint

         Associates the tag with one datapoint or removes the association; answers an entity reference.

        Args:
            tag_id (int):
            body (PatchBody): Adds or removes the association with the entity `Id`. Property names are
                PascalCase on the wire. Not documented by the vendor: the values of `Action` (presumably
                `add`/`remove`); the enum is our inference.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _patch_tag_datapoint.asyncio_detailed(
            client=self._client,
            tag_id=tag_id,
            body=body,
        )

    async def list_tag_groups(
        self,
        tag_id: int,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        status: EntityStatusFilter | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Response[EntityUriList | Error]:
        """List the groups with a tag

         Answers references (`{id, uri}`) to the groups carrying this tag. Paged with `offset`/`limit`.

        Args:
            tag_id (int):
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

        return await _list_tag_groups.asyncio_detailed(
            client=self._client,
            tag_id=tag_id,
            offset=offset,
            limit=limit,
            status=status,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    async def remove_tag_from_all_groups(
        self,
        tag_id: int,
    ) -> Response[EntityUri | Error]:
        """Remove a tag from all groups

         Deletes the association of this tag with every group; the tag itself stays.

        Args:
            tag_id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _remove_tag_from_all_groups.asyncio_detailed(
            client=self._client,
            tag_id=tag_id,
        )

    async def count_tag_groups(
        self,
        tag_id: int,
        *,
        status: EntityStatusFilter | Unset = UNSET,
        text_search: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Response[Count | Error]:
        """Count the groups with a tag

         Answers how many groups carrying this tag match the filter.

        Args:
            tag_id (int):
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

        return await _count_tag_groups.asyncio_detailed(
            client=self._client,
            tag_id=tag_id,
            status=status,
            text_search=text_search,
            created_after=created_after,
            created_before=created_before,
        )

    async def patch_tag_group(
        self,
        tag_id: int,
        *,
        body: PatchBody,
    ) -> Response[EntityUri | Error]:
        """Add or remove a tag on a group

         Associates the tag with one group or removes the association; answers an entity reference.

        Args:
            tag_id (int):
            body (PatchBody): Adds or removes the association with the entity `Id`. Property names are
                PascalCase on the wire. Not documented by the vendor: the values of `Action` (presumably
                `add`/`remove`); the enum is our inference.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _patch_tag_group.asyncio_detailed(
            client=self._client,
            tag_id=tag_id,
            body=body,
        )

    async def rename_tag(
        self,
        tag_id: int,
        *,
        body: TextPatch,
    ) -> Response[EntityUri | Error]:
        """Rename a tag

         Replaces the name of a tag without sending the whole object. The name of another tag is a conflict
        (409).

        Args:
            tag_id (int):
            body (TextPatch): A new text for one field (notes, tag name). The property name is
                PascalCase on the wire.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _rename_tag.asyncio_detailed(
            client=self._client,
            tag_id=tag_id,
            body=body,
        )
