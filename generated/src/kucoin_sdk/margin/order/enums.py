"""Enumerations of margin: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Literal

from kucoin_sdk._enums import (
    Liquidity,
    LiquidityLiteral,
    Side,
    SideLiteral,
    Stp,
    StpLiteral,
    Type,
    TypeLiteral,
)

__all__ = [
    "Liquidity",
    "LiquidityLiteral",
    "MarginModel",
    "MarginModelLiteral",
    "Side",
    "SideLiteral",
    "Stp",
    "StpLiteral",
    "TimeInForce",
    "TimeInForceLiteral",
    "TradeType",
    "TradeTypeLiteral",
    "Type",
    "TypeLiteral",
]


class TimeInForce(StrEnum):
    """Values of `timeInForce`."""

    GTC = "GTC"
    GTT = "GTT"
    IOC = "IOC"
    FOK = "FOK"


if TYPE_CHECKING:
    TimeInForceLiteral = Literal["GTC", "GTT", "IOC", "FOK"]
    """The values of `TimeInForce` as written, which requests take as well as its members;
    at run time the enum itself, which reads them as its members.
    """
else:
    TimeInForceLiteral = TimeInForce


class TradeType(StrEnum):
    """Values of `tradeType`."""

    MARGIN_TRADE = "MARGIN_TRADE"
    MARGIN_ISOLATED_TRADE = "MARGIN_ISOLATED_TRADE"


if TYPE_CHECKING:
    TradeTypeLiteral = Literal["MARGIN_TRADE", "MARGIN_ISOLATED_TRADE"]
    """The values of `TradeType` as written, which requests take as well as its members; at
    run time the enum itself, which reads them as its members.
    """
else:
    TradeTypeLiteral = TradeType


class MarginModel(StrEnum):
    """Values of `marginModel`."""

    CROSS = "cross"
    ISOLATED = "isolated"


if TYPE_CHECKING:
    MarginModelLiteral = Literal["cross", "isolated"]
    """The values of `MarginModel` as written, which requests take as well as its members;
    at run time the enum itself, which reads them as its members.
    """
else:
    MarginModelLiteral = MarginModel
