"""`generator.release.pairing`: the walk order of every comparison, and so of the report."""

from __future__ import annotations

from generator.release.pairing import Added, Kept, Removed, paired


def test_old_items_come_in_their_order_then_the_added_ones_in_theirs() -> None:
    old = [("a", 1), ("b", 2), ("c", 3)]
    new = [("d", 4), ("c", 30), ("a", 10), ("e", 5)]

    pairs = list(paired(old, new, key=lambda item: item[0]))

    assert pairs == [
        Kept(("a", 1), ("a", 10)),
        Removed(("b", 2)),
        Kept(("c", 3), ("c", 30)),
        Added(("d", 4)),
        Added(("e", 5)),
    ]


def test_with_a_duplicate_key_the_last_new_item_is_the_match() -> None:
    old = [("a", 1), ("a", 2)]
    new = [("a", 10), ("a", 20), ("b", 3), ("b", 4)]

    pairs = list(paired(old, new, key=lambda item: item[0]))

    assert pairs == [
        Kept(("a", 1), ("a", 20)),
        Kept(("a", 2), ("a", 20)),
        Added(("b", 3)),
        Added(("b", 4)),
    ]


def test_one_pass_iterables_are_read_once() -> None:
    pairs = list(paired(iter([1, 2]), iter([2, 3]), key=lambda item: item))

    assert pairs == [Removed(1), Kept(2, 2), Added(3)]
