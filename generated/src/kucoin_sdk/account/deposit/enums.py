"""Enumerations of account: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Literal

from kucoin_sdk._enums import Status, StatusLiteral

__all__ = [
    "AddDepositAddressV3To",
    "AddDepositAddressV3ToLiteral",
    "GetDepositAddressV3To",
    "GetDepositAddressV3ToLiteral",
    "Status",
    "StatusLiteral",
]


class AddDepositAddressV3To(StrEnum):
    """Values of `to`."""

    MAIN = "main"
    """main: Funding account"""
    TRADE = "trade"
    """trade: Spot account"""


if TYPE_CHECKING:
    AddDepositAddressV3ToLiteral = Literal["main", "trade"]
    """The values of `AddDepositAddressV3To` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    AddDepositAddressV3ToLiteral = AddDepositAddressV3To


class GetDepositAddressV3To(StrEnum):
    """Values of `to`."""

    MAIN = "MAIN"
    """MAIN: Funding account"""
    TRADE = "TRADE"
    """TRADE: Spot account"""


if TYPE_CHECKING:
    GetDepositAddressV3ToLiteral = Literal["MAIN", "TRADE"]
    """The values of `GetDepositAddressV3To` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    GetDepositAddressV3ToLiteral = GetDepositAddressV3To
