"""The order ruff's isort rule (I001) wants the names of a `from module import ...` in, with
ruff's defaults: constants, then classes, then everything else; within each, case-insensitive
natural order (`V3` before `V10`), ties broken by the names as written.

Generated modules are checked by `ruff check`, and the names they import come from pages
(`GetDepositAddressV3Data`, `GetDepositAddressesV1Data`), so plain `sorted` is not enough:
it puts every capital before every small letter. `tests/test_import_order.py` checks this
order against ruff itself on random names.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cmp_to_key

_CONSTANT, _CLASS, _VARIABLE = 0, 1, 2
_DIGITS = "0123456789"  # natord's digits are ASCII ones only


def ruff_sorted(names: Iterable[str]) -> list[str]:
    """The names in the order ruff's isort rule wants them (duplicates kept)."""
    return sorted(names, key=cmp_to_key(_compare_members))


def _compare_members(left: str, right: str) -> int:
    return (
        _sign(_member_type(left) - _member_type(right))
        or natural_compare(left.lower(), right.lower())
        or natural_compare(left, right)
    )


def _member_type(name: str) -> int:
    # A name of more than one character with no small letter (`SIDE`, `V2`) is a constant;
    # one that begins with a capital a class; anything else a variable.
    if len(name) > 1 and name.upper() == name and name.lower() != name:
        return _CONSTANT
    if name[:1].isupper():
        return _CLASS
    return _VARIABLE


def natural_compare(left: str, right: str) -> int:
    """-1, 0 or 1 as the natord crate (which ruff sorts with) compares two strings: runs of
    digits as numbers, everything else character by character. Not a key function: natord
    compares a run with a leading zero digit by digit, left-aligned, so no key reproduces it."""
    i = j = 0
    while i < len(left) and j < len(right):
        a, b = left[i], right[j]
        if a in _DIGITS and b in _DIGITS:
            end_i, end_j = _digits_end(left, i), _digits_end(right, j)
            run_a, run_b = left[i:end_i], right[j:end_j]
            if a == "0" or b == "0":
                # Left-aligned: the first differing digit decides, else the shorter run.
                order = _sign((run_a > run_b) - (run_a < run_b))
            else:
                # The longer run is the larger number; at equal length, the first difference.
                order = _sign(len(run_a) - len(run_b)) or _sign((run_a > run_b) - (run_a < run_b))
            if order:
                return order
            i, j = end_i, end_j
            continue
        if a != b:
            return -1 if a < b else 1
        i, j = i + 1, j + 1
    return _sign((len(left) - i) - (len(right) - j))


def _digits_end(text: str, start: int) -> int:
    end = start
    while end < len(text) and text[end] in _DIGITS:
        end += 1
    return end


def _sign(number: int) -> int:
    return (number > 0) - (number < 0)
