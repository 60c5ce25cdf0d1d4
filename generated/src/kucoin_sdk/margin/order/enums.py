"""Enumerations of margin: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum

from kucoin_sdk._enums import Liquidity, Side, Stp, Type

__all__ = ["Liquidity", "MarginModel", "Side", "Stp", "TimeInForce", "TradeType", "Type"]


class TimeInForce(StrEnum):
    """Values of `timeInForce`."""

    GTC = "GTC"
    GTT = "GTT"
    IOC = "IOC"
    FOK = "FOK"


class TradeType(StrEnum):
    """Values of `tradeType`."""

    MARGIN_TRADE = "MARGIN_TRADE"
    MARGIN_ISOLATED_TRADE = "MARGIN_ISOLATED_TRADE"


class MarginModel(StrEnum):
    """Values of `marginModel`."""

    CROSS = "cross"
    ISOLATED = "isolated"
