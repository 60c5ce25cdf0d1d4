"""Enumerations of account: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Literal


class CurrencyType(IntEnum):
    """Values of `currencyType`."""

    VALUE_0 = 0
    VALUE_1 = 1


if TYPE_CHECKING:
    CurrencyTypeLiteral = Literal[0, 1]
    """The values of `CurrencyType` as written, which requests take as well as its members;
    at run time the enum itself, which reads them as its members.
    """
else:
    CurrencyTypeLiteral = CurrencyType
