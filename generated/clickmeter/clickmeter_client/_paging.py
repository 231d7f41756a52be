"""Iterate over every item of a paged operation, page after page, stopping on the last one.

Styles (from the overlay's x-sdk-pagination):
    offset  `offset`/`limit` style: the next page starts after the items received so far
    page    `page`/`limit` style: page numbers from 1
    cursor  the answer names the next page (ClickMeter hits: `lastKey`, passed back as `offset`)
Every style stops on an empty page, a short page, a cursor seen before, or a page that brings no item
not seen before, so a server that ignores the paging parameters cannot make it loop forever; `max_pages`
bounds the walk as well.
"""

import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import attrs
from attrs import define

from ._unset import UNSET, Unset

logger = logging.getLogger(__name__.rpartition(".")[0])


@define(frozen=True)
class Paging:
    style: str
    position: str  # the argument that selects the page: offset, page or cursor
    items: tuple[str, ...]  # attribute path to the items in a page; "*" flattens a list
    size: str | None = None  # the argument that sets the page size
    default_size: int | None = None
    next_cursor: str | None = None  # attribute path to the next cursor in a page
    in_body: bool = False  # position and size are fields of the request body


def page_items(page: Any, path: tuple[str, ...]) -> list[Any]:
    nodes = [page]
    for step in path:
        if step == "*":
            nodes = [item for node in nodes for item in (node if isinstance(node, list) else [])]
        else:
            nodes = [value for node in nodes if not isinstance(value := _get(node, step), Unset) and value is not None]
    return [item for node in nodes for item in (node if isinstance(node, list) else [node])]


def _get(node: Any, name: str) -> Any:
    if isinstance(node, dict):
        return node.get(name, UNSET)
    return getattr(node, name, UNSET)


def _argument(kwargs: dict[str, Any], paging: Paging, name: str | None) -> Any:
    if name is None:
        return None
    value = getattr(kwargs.get("body"), name, UNSET) if paging.in_body else kwargs.get(name, UNSET)
    return None if isinstance(value, Unset) else value


def _with_argument(kwargs: dict[str, Any], paging: Paging, name: str, value: Any) -> dict[str, Any]:
    if paging.in_body:
        return {**kwargs, "body": attrs.evolve(kwargs["body"], **{name: value})}
    return {**kwargs, name: value}


class _Cursor:
    """Where the next page starts, and whether there is one."""

    def __init__(self, paging: Paging, kwargs: dict[str, Any], max_pages: int | None) -> None:
        if max_pages is not None and max_pages < 1:
            raise ValueError(f"max_pages must be at least 1, got {max_pages}")
        self.paging = paging
        self.kwargs = kwargs
        self.max_pages = max_pages
        self.pages = 0
        self.seen_cursors: set[Any] = set()
        self.seen_items: set[int] = set()

    def new_items(self, items: list[Any]) -> list[Any]:
        """The page's items, or none when every one was seen on an earlier page (the server repeats itself)."""
        self.pages += 1
        keys = [hash(_fingerprint(item)) for item in items]
        if items and self.seen_items.issuperset(keys):
            logger.warning("page %d repeats items already seen: the server ignores paging; stopping", self.pages)
            return []
        self.seen_items.update(keys)
        return items

    def advance(self, page: Any, items: list[Any]) -> bool:
        paging, kwargs = self.paging, self.kwargs
        if not items or (self.max_pages is not None and self.pages >= self.max_pages):
            return False
        if paging.style == "cursor":
            cursor = page_items(page, tuple(paging.next_cursor.split("."))) if paging.next_cursor else []
            next_cursor = cursor[0] if cursor else None
            if next_cursor in (None, "") or next_cursor in self.seen_cursors:
                return False
            self.seen_cursors.add(next_cursor)
            self.kwargs = _with_argument(kwargs, paging, paging.position, next_cursor)
            return True
        size = _argument(kwargs, paging, paging.size) or paging.default_size
        if isinstance(size, int) and len(items) < size:
            return False
        current = _argument(kwargs, paging, paging.position)
        following = (current or 1) + 1 if paging.style == "page" else (current or 0) + len(items)
        self.kwargs = _with_argument(kwargs, paging, paging.position, following)
        return True


def _fingerprint(item: Any) -> str:
    to_dict = getattr(item, "to_dict", None)
    return json.dumps(to_dict() if callable(to_dict) else item, sort_keys=True, default=str)


def iterate_sync(
    fetch: Callable[..., Any], kwargs: dict[str, Any], paging: Paging, *, max_pages: int | None = None
) -> Iterator[Any]:
    cursor = _Cursor(paging, kwargs, max_pages)
    while True:
        page = fetch(**cursor.kwargs)
        items = cursor.new_items(page_items(page, paging.items))
        yield from items
        if not cursor.advance(page, items):
            return


async def iterate_async(
    fetch: Callable[..., Awaitable[Any]], kwargs: dict[str, Any], paging: Paging, *, max_pages: int | None = None
) -> AsyncIterator[Any]:
    cursor = _Cursor(paging, kwargs, max_pages)
    while True:
        page = await fetch(**cursor.kwargs)
        items = cursor.new_items(page_items(page, paging.items))
        for item in items:
            yield item
        if not cursor.advance(page, items):
            return
