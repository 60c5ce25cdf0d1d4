"""Enumerations of account: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Literal

from kucoin_sdk._enums import Status, StatusLiteral

__all__ = [
    "AccountType",
    "AccountTypeLiteral",
    "Direction",
    "DirectionLiteral",
    "FlexTransferType",
    "FlexTransferTypeLiteral",
    "From",
    "FromAccountType",
    "FromAccountTypeLiteral",
    "FromLiteral",
    "GetFuturesAccountTransferOutLedgerType",
    "GetFuturesAccountTransferOutLedgerTypeLiteral",
    "GetTransferQuotasType",
    "GetTransferQuotasTypeLiteral",
    "PayAccountType",
    "PayAccountTypeLiteral",
    "RecAccountType",
    "RecAccountTypeLiteral",
    "Status",
    "StatusLiteral",
    "SubAccountType",
    "SubAccountTypeLiteral",
    "To",
    "ToAccountType",
    "ToAccountTypeLiteral",
    "ToLiteral",
]


class GetTransferQuotasType(StrEnum):
    """Values of `type`."""

    MAIN = "MAIN"
    TRADE = "TRADE"
    MARGIN = "MARGIN"
    ISOLATED = "ISOLATED"
    OPTION = "OPTION"
    MARGIN_V2 = "MARGIN_V2"
    ISOLATED_V2 = "ISOLATED_V2"


if TYPE_CHECKING:
    GetTransferQuotasTypeLiteral = Literal[
        "MAIN", "TRADE", "MARGIN", "ISOLATED", "OPTION", "MARGIN_V2", "ISOLATED_V2"
    ]
    """The values of `GetTransferQuotasType` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    GetTransferQuotasTypeLiteral = GetTransferQuotasType


class FromAccountType(StrEnum):
    """Values of `fromAccountType`."""

    MAIN = "MAIN"
    """MAIN: Funding account"""
    TRADE = "TRADE"
    """TRADE: Spot account"""
    CONTRACT = "CONTRACT"
    """CONTRACT: Futures account"""
    MARGIN = "MARGIN"
    """MARGIN: Cross margin account"""
    ISOLATED = "ISOLATED"
    """ISOLATED: Isolated margin account"""
    MARGIN_V2 = "MARGIN_V2"
    """MARGIN_V2: Cross margin account"""
    ISOLATED_V2 = "ISOLATED_V2"
    """ISOLATED_V2: Isolated margin account"""
    OPTION = "OPTION"
    """OPTION: Option account"""


if TYPE_CHECKING:
    FromAccountTypeLiteral = Literal[
        "MAIN", "TRADE", "CONTRACT", "MARGIN", "ISOLATED", "MARGIN_V2", "ISOLATED_V2", "OPTION"
    ]
    """The values of `FromAccountType` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    FromAccountTypeLiteral = FromAccountType


class FlexTransferType(StrEnum):
    """Values of `type`."""

    INTERNAL = "INTERNAL"
    PARENT_TO_SUB = "PARENT_TO_SUB"
    SUB_TO_PARENT = "SUB_TO_PARENT"


if TYPE_CHECKING:
    FlexTransferTypeLiteral = Literal["INTERNAL", "PARENT_TO_SUB", "SUB_TO_PARENT"]
    """The values of `FlexTransferType` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    FlexTransferTypeLiteral = FlexTransferType


class ToAccountType(StrEnum):
    """Values of `toAccountType`."""

    MAIN = "MAIN"
    """MAIN: Funding account"""
    TRADE = "TRADE"
    """TRADE: Spot account"""
    CONTRACT = "CONTRACT"
    """CONTRACT: Futures account"""
    MARGIN = "MARGIN"
    """MARGIN: Cross margin account"""
    ISOLATED = "ISOLATED"
    """ISOLATED: Isolated margin account"""
    MARGIN_V2 = "MARGIN_V2"
    """MARGIN_V2: Cross margin account"""
    ISOLATED_V2 = "ISOLATED_V2"
    """ISOLATED_V2: Isolated margin account"""
    OPTION = "OPTION"
    """OPTION: Option account"""


if TYPE_CHECKING:
    ToAccountTypeLiteral = Literal[
        "MAIN", "TRADE", "CONTRACT", "MARGIN", "ISOLATED", "MARGIN_V2", "ISOLATED_V2", "OPTION"
    ]
    """The values of `ToAccountType` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    ToAccountTypeLiteral = ToAccountType


class Direction(StrEnum):
    """Values of `direction`."""

    IN = "IN"
    OUT = "OUT"


if TYPE_CHECKING:
    DirectionLiteral = Literal["IN", "OUT"]
    """The values of `Direction` as written, which requests take as well as its members; at
    run time the enum itself, which reads them as its members.
    """
else:
    DirectionLiteral = Direction


class AccountType(StrEnum):
    """Values of `accountType`."""

    MAIN = "MAIN"
    """MAIN: Funding account"""
    TRADE = "TRADE"
    """TRADE: Spot account"""
    MARGIN = "MARGIN"
    """MARGIN: Margin account"""
    CONTRACT = "CONTRACT"
    """CONTRACT: Futures account"""
    OPTION = "OPTION"
    """OPTION: Option account"""


if TYPE_CHECKING:
    AccountTypeLiteral = Literal["MAIN", "TRADE", "MARGIN", "CONTRACT", "OPTION"]
    """The values of `AccountType` as written, which requests take as well as its members;
    at run time the enum itself, which reads them as its members.
    """
else:
    AccountTypeLiteral = AccountType


class SubAccountType(StrEnum):
    """Values of `subAccountType`."""

    MAIN = "MAIN"
    TRADE = "TRADE"
    MARGIN = "MARGIN"
    CONTRACT = "CONTRACT"


if TYPE_CHECKING:
    SubAccountTypeLiteral = Literal["MAIN", "TRADE", "MARGIN", "CONTRACT"]
    """The values of `SubAccountType` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    SubAccountTypeLiteral = SubAccountType


class To(StrEnum):
    """Values of `to`."""

    MAIN = "main"
    """main: Funding account"""
    TRADE = "trade"
    """trade: Spot account"""
    MARGIN = "margin"
    """margin: Cross margin account"""
    ISOLATED = "isolated"
    """isolated: Isolated margin account"""
    MARGIN_V2 = "margin_v2"
    """margin_v2: Cross margin account"""
    ISOLATED_V2 = "isolated_v2"
    """isolated_v2: Isolated margin account"""
    OPTION = "option"
    """option: Option account"""


if TYPE_CHECKING:
    ToLiteral = Literal["main", "trade", "margin", "isolated", "margin_v2", "isolated_v2", "option"]
    """The values of `To` as written, which requests take as well as its members; at run
    time the enum itself, which reads them as its members.
    """
else:
    ToLiteral = To


class From(StrEnum):
    """Values of `from`."""

    MAIN = "main"
    """main: Funding account"""
    TRADE = "trade"
    """trade: Spot account"""
    MARGIN = "margin"
    """margin: Cross margin account"""
    ISOLATED = "isolated"
    """isolated: Isolated margin account"""
    MARGIN_V2 = "margin_v2"
    """margin_v2: Cross margin account"""
    ISOLATED_V2 = "isolated_v2"
    """isolated_v2: Isolated margin account"""
    OPTION = "option"
    """option: Option account"""


if TYPE_CHECKING:
    FromLiteral = Literal[
        "main", "trade", "margin", "isolated", "margin_v2", "isolated_v2", "option"
    ]
    """The values of `From` as written, which requests take as well as its members; at run
    time the enum itself, which reads them as its members.
    """
else:
    FromLiteral = From


class GetFuturesAccountTransferOutLedgerType(StrEnum):
    """Values of `type`."""

    MAIN = "MAIN"
    TRADE = "TRADE"
    MARGIN = "MARGIN"
    ISOLATED = "ISOLATED"


if TYPE_CHECKING:
    GetFuturesAccountTransferOutLedgerTypeLiteral = Literal["MAIN", "TRADE", "MARGIN", "ISOLATED"]
    """The values of `GetFuturesAccountTransferOutLedgerType` as written, which requests
    take as well as its members; at run time the enum itself, which reads them as its
    members.
    """
else:
    GetFuturesAccountTransferOutLedgerTypeLiteral = GetFuturesAccountTransferOutLedgerType


class RecAccountType(StrEnum):
    """Values of `recAccountType`."""

    MAIN = "MAIN"
    TRADE = "TRADE"


if TYPE_CHECKING:
    RecAccountTypeLiteral = Literal["MAIN", "TRADE"]
    """The values of `RecAccountType` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    RecAccountTypeLiteral = RecAccountType


class PayAccountType(StrEnum):
    """Values of `payAccountType`."""

    MAIN = "MAIN"
    TRADE = "TRADE"


if TYPE_CHECKING:
    PayAccountTypeLiteral = Literal["MAIN", "TRADE"]
    """The values of `PayAccountType` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    PayAccountTypeLiteral = PayAccountType
