"""Enumerations of copytrading: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum

from kucoin_sdk._enums import Side, Type

__all__ = ["MarginMode", "Side", "Stop", "StopPriceType", "TimeInForce", "Type"]


class Stop(StrEnum):
    """Values of `stop`."""

    DOWN = "down"
    """down: Triggers when the price reaches or goes below the stopPrice."""
    UP = "up"
    """up: Triggers when the price reaches or goes above the stopPrice"""


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


class MarginMode(StrEnum):
    """Values of `marginMode`."""

    ISOLATED = "ISOLATED"
    """ISOLATED: Isolated Margin"""


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
