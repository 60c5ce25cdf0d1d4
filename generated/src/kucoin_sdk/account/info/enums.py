"""Enumerations of account: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum


class GetAccountListSpotType(StrEnum):
    """Values of `type`."""

    MAIN = "main"
    TRADE = "trade"
    OPTION = "option"


class GetAccountListSpotType2(StrEnum):
    """Values of `type`."""

    MAIN = "main"
    """main: Funding account"""
    TRADE = "trade"
    """trade: Spot account"""


class QuoteCurrency(StrEnum):
    """Values of `quoteCurrency`."""

    USDT = "USDT"
    KCS = "KCS"
    BTC = "BTC"


class GetAccountCrossMarginQueryType(StrEnum):
    """Values of `queryType`."""

    MARGIN = "MARGIN"
    MARGIN_V2 = "MARGIN_V2"
    ALL = "ALL"


class GetAccountIsolatedMarginQueryType(StrEnum):
    """Values of `queryType`."""

    ISOLATED = "ISOLATED"
    ISOLATED_V2 = "ISOLATED_V2"
    ALL = "ALL"


class Direction(StrEnum):
    """Values of `direction`."""

    IN = "in"
    OUT = "out"


class BizType(StrEnum):
    """Values of `bizType`."""

    TRADE_EXCHANGE = "TRADE_EXCHANGE"
    TRANSFER = "TRANSFER"
    SUB_TRANSFER = "SUB_TRANSFER"
    RETURNED_FEES = "RETURNED_FEES"
    DEDUCTION_FEES = "DEDUCTION_FEES"
    OTHER = "OTHER"


class BalanceCurrency(StrEnum):
    """Values of `balanceCurrency`."""

    USDT = "USDT"
    KCS = "KCS"
    BTC = "BTC"


class Status(StrEnum):
    """Values of `status`."""

    DEBT = "DEBT"
    CLEAR = "CLEAR"
    BANKRUPTCY = "BANKRUPTCY"
    IN_BORROW = "IN_BORROW"
    IN_REPAY = "IN_REPAY"
    IN_LIQUIDATION = "IN_LIQUIDATION"
    IN_AUTO_RENEW = "IN_AUTO_RENEW"
