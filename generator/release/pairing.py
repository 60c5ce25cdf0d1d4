"""Pair the items of an old and a new sequence by a key: what was removed, kept or added.

Every comparison of the diff (operations by route, parameters by location and name,
responses by status, properties by name, enum values by value) walks its two sides the same
way, and the order it walks them in is the order of the report, so it lives here once.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Removed(Generic[T]):
    """An old item with no new item of its key."""

    old: T


@dataclass(frozen=True)
class Kept(Generic[T]):
    """An old item and the new item of the same key."""

    old: T
    new: T


@dataclass(frozen=True)
class Added(Generic[T]):
    """A new item with no old item of its key."""

    new: T


def paired(
    old: Iterable[T], new: Iterable[T], key: Callable[[T], Hashable]
) -> Iterator[Removed[T] | Kept[T] | Added[T]]:
    """Every old item in its order, `Removed` or `Kept` with its new match, then every new
    item without an old one, `Added`, in its order.

    Keys are expected to be unique on each side. If they are not, every old item of a key is
    kept with the last new item of that key, and every new item of a key no old item has is
    added.
    """
    old, new = list(old), list(new)
    new_by_key = {key(item): item for item in new}
    old_keys = {key(item) for item in old}
    for item in old:
        item_key = key(item)
        yield Kept(item, new_by_key[item_key]) if item_key in new_by_key else Removed(item)
    for item in new:
        if key(item) not in old_keys:
            yield Added(item)
