"""Enumerations of copytrading: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Literal

from kucoin_sdk._enums import Side, SideLiteral, Type, TypeLiteral

__all__ = [
    "MarginMode",
    "MarginModeLiteral",
    "Side",
    "SideLiteral",
    "Stop",
    "StopLiteral",
    "StopPriceType",
    "StopPriceTypeLiteral",
    "TimeInForce",
    "TimeInForceLiteral",
    "Type",
    "TypeLiteral",
]


class Stop(StrEnum):
    """Values of `stop`."""

    DOWN = "down"
    """down: Triggers when the price reaches or goes below the stopPrice."""
    UP = "up"
    """up: Triggers when the price reaches or goes above the stopPrice"""


if TYPE_CHECKING:
    StopLiteral = Literal["down", "up"]
    """The values of `Stop` as written, which requests take as well as its members; at run
    time the enum itself, which reads them as its members.
    """
else:
    StopLiteral = Stop


class StopPriceType(StrEnum):
    """Values of `stopPriceType`."""

    TP = "TP"
    """trade price: TP for trade price, The last trade price is the last price at which an
    order was filled. This price can be found in the latest match message.
    """
    MP = "MP"
    """mark price: MP for mark price, The mark price can be obtained through relevant OPEN
    API for index services
    """


if TYPE_CHECKING:
    StopPriceTypeLiteral = Literal["TP", "MP"]
    """The values of `StopPriceType` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    StopPriceTypeLiteral = StopPriceType


class MarginMode(StrEnum):
    """Values of `marginMode`."""

    ISOLATED = "ISOLATED"
    """ISOLATED: Isolated Margin"""


if TYPE_CHECKING:
    MarginModeLiteral = Literal["ISOLATED"]
    """The values of `MarginMode` as written, which requests take as well as its members;
    at run time the enum itself, which reads them as its members.
    """
else:
    MarginModeLiteral = MarginMode


class TimeInForce(StrEnum):
    """Values of `timeInForce`."""

    GTC = "GTC"
    """Good Till Canceled: order remains open on the order book until canceled. This is the
    default type if the field is left empty.
    """
    IOC = "IOC"
    """Immediate Or Cancel: being matched or not, the remaining size of the order will be
    instantly canceled instead of entering the order book.
    """


if TYPE_CHECKING:
    TimeInForceLiteral = Literal["GTC", "IOC"]
    """The values of `TimeInForce` as written, which requests take as well as its members;
    at run time the enum itself, which reads them as its members.
    """
else:
    TimeInForceLiteral = TimeInForce
