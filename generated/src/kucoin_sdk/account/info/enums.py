"""Enumerations of account: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Literal


class GetAccountListSpotType(StrEnum):
    """Values of `type`."""

    MAIN = "main"
    TRADE = "trade"
    OPTION = "option"


if TYPE_CHECKING:
    GetAccountListSpotTypeLiteral = Literal["main", "trade", "option"]
    """The values of `GetAccountListSpotType` as written, which requests take as well as
    its members; at run time the enum itself, which reads them as its members.
    """
else:
    GetAccountListSpotTypeLiteral = GetAccountListSpotType


class GetAccountListSpotType2(StrEnum):
    """Values of `type`."""

    MAIN = "main"
    """main: Funding account"""
    TRADE = "trade"
    """trade: Spot account"""


if TYPE_CHECKING:
    GetAccountListSpotType2Literal = Literal["main", "trade"]
    """The values of `GetAccountListSpotType2` as written, which requests take as well as
    its members; at run time the enum itself, which reads them as its members.
    """
else:
    GetAccountListSpotType2Literal = GetAccountListSpotType2


class QuoteCurrency(StrEnum):
    """Values of `quoteCurrency`."""

    USDT = "USDT"
    KCS = "KCS"
    BTC = "BTC"


if TYPE_CHECKING:
    QuoteCurrencyLiteral = Literal["USDT", "KCS", "BTC"]
    """The values of `QuoteCurrency` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    QuoteCurrencyLiteral = QuoteCurrency


class GetAccountCrossMarginQueryType(StrEnum):
    """Values of `queryType`."""

    MARGIN = "MARGIN"
    MARGIN_V2 = "MARGIN_V2"
    ALL = "ALL"


if TYPE_CHECKING:
    GetAccountCrossMarginQueryTypeLiteral = Literal["MARGIN", "MARGIN_V2", "ALL"]
    """The values of `GetAccountCrossMarginQueryType` as written, which requests take as
    well as its members; at run time the enum itself, which reads them as its members.
    """
else:
    GetAccountCrossMarginQueryTypeLiteral = GetAccountCrossMarginQueryType


class GetAccountIsolatedMarginQueryType(StrEnum):
    """Values of `queryType`."""

    ISOLATED = "ISOLATED"
    ISOLATED_V2 = "ISOLATED_V2"
    ALL = "ALL"


if TYPE_CHECKING:
    GetAccountIsolatedMarginQueryTypeLiteral = Literal["ISOLATED", "ISOLATED_V2", "ALL"]
    """The values of `GetAccountIsolatedMarginQueryType` as written, which requests take as
    well as its members; at run time the enum itself, which reads them as its members.
    """
else:
    GetAccountIsolatedMarginQueryTypeLiteral = GetAccountIsolatedMarginQueryType


class Direction(StrEnum):
    """Values of `direction`."""

    IN = "in"
    OUT = "out"


if TYPE_CHECKING:
    DirectionLiteral = Literal["in", "out"]
    """The values of `Direction` as written, which requests take as well as its members; at
    run time the enum itself, which reads them as its members.
    """
else:
    DirectionLiteral = Direction


class BizType(StrEnum):
    """Values of `bizType`."""

    TRADE_EXCHANGE = "TRADE_EXCHANGE"
    TRANSFER = "TRANSFER"
    SUB_TRANSFER = "SUB_TRANSFER"
    RETURNED_FEES = "RETURNED_FEES"
    DEDUCTION_FEES = "DEDUCTION_FEES"
    OTHER = "OTHER"


if TYPE_CHECKING:
    BizTypeLiteral = Literal[
        "TRADE_EXCHANGE", "TRANSFER", "SUB_TRANSFER", "RETURNED_FEES", "DEDUCTION_FEES", "OTHER"
    ]
    """The values of `BizType` as written, which requests take as well as its members; at
    run time the enum itself, which reads them as its members.
    """
else:
    BizTypeLiteral = BizType


class BalanceCurrency(StrEnum):
    """Values of `balanceCurrency`."""

    USDT = "USDT"
    KCS = "KCS"
    BTC = "BTC"


if TYPE_CHECKING:
    BalanceCurrencyLiteral = Literal["USDT", "KCS", "BTC"]
    """The values of `BalanceCurrency` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    BalanceCurrencyLiteral = BalanceCurrency


class Status(StrEnum):
    """Values of `status`."""

    DEBT = "DEBT"
    CLEAR = "CLEAR"
    BANKRUPTCY = "BANKRUPTCY"
    IN_BORROW = "IN_BORROW"
    IN_REPAY = "IN_REPAY"
    IN_LIQUIDATION = "IN_LIQUIDATION"
    IN_AUTO_RENEW = "IN_AUTO_RENEW"


if TYPE_CHECKING:
    StatusLiteral = Literal[
        "DEBT", "CLEAR", "BANKRUPTCY", "IN_BORROW", "IN_REPAY", "IN_LIQUIDATION", "IN_AUTO_RENEW"
    ]
    """The values of `Status` as written, which requests take as well as its members; at
    run time the enum itself, which reads them as its members.
    """
else:
    StatusLiteral = Status
