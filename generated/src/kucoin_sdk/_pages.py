"""Walking a list operation's pages: what every `iter_` twin shares.

A twin hands `walk_pages` (or `async_walk_pages`) a function that asks for one page through
the client's ordinary call (signing, retries, errors: nothing changes for a page), the
`PageNumbers` or `Cursor` that reads where the next page is, and where to start. The walk
yields the items of each page in turn, asks for the next page only when the caller wants
more, and never loops for ever: a page number only grows, and a cursor the server gives
twice (or not at all) ends the walk.
"""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True)
class Page:
    """One page's items, and what to ask for next (None: this was the last page)."""

    items: list[Any]
    next: Any


class Pager(Protocol):
    def first(self, start: Any) -> Any:
        """The page number or cursor of the first request, from the caller's `start`."""

    def read(self, data: Any, asked: Any) -> Page:
        """The page the API answered `asked` with (`data`: the operation's return value)."""


@dataclass(frozen=True)
class PageNumbers:
    """Pages 1, 2, ... (from the caller's page) up to the data's total pages: an empty page,
    or a total that is missing, ends the walk."""

    items: str
    """The data's attribute holding the page's items."""
    total_pages: str

    def first(self, start: Any) -> Any:
        return 1 if start is None else start

    def read(self, data: Any, asked: Any) -> Page:
        items = _items(data, self.items)
        total = getattr(data, self.total_pages, None)
        # The call took the page as the client reads a whole number, maybe written as text.
        number = _whole_number(asked)
        if not items or not isinstance(total, int) or number is None:
            return Page(items, None)
        return Page(items, number + 1 if number < total else None)


@dataclass(frozen=True)
class Cursor:
    """Pages asked for by where the previous one ended: the data's `next_in_data`, or the
    `next_in_last_item` of its last item. The walk ends at an empty page, at a missing
    cursor, when the data's `has_more` is not true, and at a page shorter than the
    `page_size` the caller asked for."""

    items: str | None
    """The data's attribute holding the page's items; None: the data is the list."""
    next_in_data: str | None = None
    next_in_last_item: str | None = None
    has_more: str | None = None
    page_size: int | None = None

    def first(self, start: Any) -> Any:
        return start

    def read(self, data: Any, asked: Any) -> Page:
        items = _items(data, self.items)
        if not items:
            return Page(items, None)
        if self.has_more is not None and getattr(data, self.has_more, None) is not True:
            return Page(items, None)
        if self.page_size is not None and len(items) < self.page_size:
            return Page(items, None)
        if self.next_in_data is not None:
            return Page(items, getattr(data, self.next_in_data, None))
        if self.next_in_last_item is not None:
            return Page(items, getattr(items[-1], self.next_in_last_item, None))
        return Page(items, None)


def walk_pages(
    fetch: Callable[[Any], Any], pager: Pager, start: Any, operation: str
) -> Iterator[Any]:
    """Every item of every page `fetch` returns, from `start` (None: the first page)."""
    asked = pager.first(start)
    seen = _Seen(operation)
    while True:
        page = pager.read(fetch(asked), asked)
        yield from page.items
        if not seen.is_new(asked, page.next):
            return
        asked = page.next


async def async_walk_pages(
    fetch: Callable[[Any], Awaitable[Any]], pager: Pager, start: Any, operation: str
) -> AsyncIterator[Any]:
    """`walk_pages` for the async client: `fetch` is awaited for each page."""
    asked = pager.first(start)
    seen = _Seen(operation)
    while True:
        page = pager.read(await fetch(asked), asked)
        for item in page.items:
            yield item
        if not seen.is_new(asked, page.next):
            return
        asked = page.next


class _Seen:
    """The page numbers and cursors a walk has asked for: a server that answers with one of
    them again would send the walk round for ever."""

    def __init__(self, operation: str) -> None:
        self.operation = operation
        self.asked: set[Any] = set()

    def is_new(self, asked: Any, following: Any) -> bool:
        """Whether the walk goes on to `following`, the page after `asked`; warns when the
        server sent a cursor the walk has asked for already."""
        if following is None:
            return False
        self.asked.add(_key(asked))
        if _key(following) in self.asked:
            warnings.warn(
                f"{self.operation}: the API answered with {following!r} as the next page"
                " again; the walk stops there rather than go round for ever",
                RuntimeWarning,
                stacklevel=3,
            )
            return False
        return True


def _whole_number(value: Any) -> int | None:
    """`value` as the whole number a call reads it as (2, "2", 2.0), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("+-").isdigit():
        return int(value)
    return None


def _key(value: Any) -> Any:
    # A cursor is a number or text; anything else (unhashable) is compared by its text.
    try:
        hash(value)
    except TypeError:
        return repr(value)
    return value


def _items(data: Any, attribute: str | None) -> list[Any]:
    # A page the API sent in another shape than documented has no items: the walk ends.
    items = data if attribute is None else getattr(data, attribute, None)
    return list(items) if isinstance(items, list) else []
