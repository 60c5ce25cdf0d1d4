"""Enumerations of account: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum

from kucoin_sdk._enums import Status

__all__ = [
    "AccountType",
    "Direction",
    "FlexTransferType",
    "From",
    "FromAccountType",
    "GetFuturesAccountTransferOutLedgerType",
    "GetTransferQuotasType",
    "PayAccountType",
    "RecAccountType",
    "Status",
    "SubAccountType",
    "To",
    "ToAccountType",
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


class FlexTransferType(StrEnum):
    """Values of `type`."""

    INTERNAL = "INTERNAL"
    PARENT_TO_SUB = "PARENT_TO_SUB"
    SUB_TO_PARENT = "SUB_TO_PARENT"


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


class Direction(StrEnum):
    """Values of `direction`."""

    IN = "IN"
    OUT = "OUT"


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


class SubAccountType(StrEnum):
    """Values of `subAccountType`."""

    MAIN = "MAIN"
    TRADE = "TRADE"
    MARGIN = "MARGIN"
    CONTRACT = "CONTRACT"


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


class GetFuturesAccountTransferOutLedgerType(StrEnum):
    """Values of `type`."""

    MAIN = "MAIN"
    TRADE = "TRADE"
    MARGIN = "MARGIN"
    ISOLATED = "ISOLATED"


class RecAccountType(StrEnum):
    """Values of `recAccountType`."""

    MAIN = "MAIN"
    TRADE = "TRADE"


class PayAccountType(StrEnum):
    """Values of `payAccountType`."""

    MAIN = "MAIN"
    TRADE = "TRADE"
