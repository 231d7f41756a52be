"""Iterate over every item of a paged operation, page after page, stopping on the last one.

Styles (from the overlay's x-sdk-pagination):
    offset  `offset`/`limit` style: the next page starts after the items received so far
    page    `page`/`limit` style: page numbers from 1
    cursor  the answer names the next page (ClickMeter hits: `lastKey`, passed back as `offset`)
Every style stops on an empty page, a short page, or a cursor that does not move, so a server that
ignores the paging parameters cannot make it loop forever.
"""

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import attrs
from attrs import define

from .types import UNSET, Unset


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
    if paging.in_body:
        value = getattr(kwargs.get("body"), name, UNSET)
    else:
        value = kwargs.get(name, UNSET)
    return None if isinstance(value, Unset) else value


def _with_argument(kwargs: dict[str, Any], paging: Paging, name: str, value: Any) -> dict[str, Any]:
    if paging.in_body:
        return {**kwargs, "body": attrs.evolve(kwargs["body"], **{name: value})}
    return {**kwargs, name: value}


class _Cursor:
    """Where the next page starts, and whether there is one."""

    def __init__(self, paging: Paging, kwargs: dict[str, Any]) -> None:
        self.paging = paging
        self.kwargs = kwargs
        self.seen_cursors: set[Any] = set()

    def advance(self, page: Any, items: list[Any]) -> bool:
        paging, kwargs = self.paging, self.kwargs
        if not items:
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
        if paging.style == "page":
            following = (current or 1) + 1
        else:
            following = (current or 0) + len(items)
        self.kwargs = _with_argument(kwargs, paging, paging.position, following)
        return True


def iterate_sync(fetch: Callable[..., Any], kwargs: dict[str, Any], paging: Paging) -> Iterator[Any]:
    cursor = _Cursor(paging, kwargs)
    while True:
        page = fetch(**cursor.kwargs)
        items = page_items(page, paging.items)
        yield from items
        if not cursor.advance(page, items):
            return


async def iterate_async(
    fetch: Callable[..., Awaitable[Any]], kwargs: dict[str, Any], paging: Paging
) -> AsyncIterator[Any]:
    cursor = _Cursor(paging, kwargs)
    while True:
        page = await fetch(**cursor.kwargs)
        items = page_items(page, paging.items)
        for item in items:
            yield item
        if not cursor.advance(page, items):
            return
