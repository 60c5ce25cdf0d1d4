"""Enumerations of futures: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum

from kucoin_sdk._enums import AddOrderType, Liquidity, MarginMode, Side

__all__ = [
    "AddOrderStop",
    "AddOrderStopPriceType",
    "AddOrderStp",
    "AddOrderType",
    "DisplayType",
    "GetOrderByOrderIdStatus",
    "GetOrderByOrderIdStp",
    "GetOrderListStatus",
    "GetOrderListStop",
    "GetOrderListStopPriceType",
    "GetOrderListType",
    "GetRecentTradeHistoryTradeType",
    "GetTradeHistoryTradeType",
    "GetTradeHistoryType",
    "Liquidity",
    "MarginMode",
    "OrderType",
    "Side",
    "TimeInForce",
]


class AddOrderStop(StrEnum):
    """Values of `stop`."""

    DOWN = "down"
    """down: Triggers when the price reaches or goes below the stopPrice."""
    UP = "up"
    """up: Triggers when the price reaches or goes above the stopPrice."""


class AddOrderStopPriceType(StrEnum):
    """Values of `stopPriceType`."""

    TP = "TP"
    """trade price: TP for trade price, The last trade price is the last price at which an
    order was filled. This price can be found in the latest match message.
    """
    MP = "MP"
    """mark price: MP for mark price. The mark price can be obtained through relevant OPEN
    API for index services.
    """
    IP = "IP"
    """index price: IP for index price. The index price can be obtained through relevant
    OPEN API for index services.
    """


class AddOrderStp(StrEnum):
    """Values of `stp`."""

    CN = "CN"
    """CN: Cancel new, Cancel the new order"""
    CO = "CO"
    """CO: Cancel old, Cancel the old order"""
    CB = "CB"
    """CB: Cancel both, Cancel both sides"""


class TimeInForce(StrEnum):
    """Values of `timeInForce`."""

    GTC = "GTC"
    """Good Till Canceled: Order remains open on the order book until canceled. This is the
    default type if the field is left empty.
    """
    IOC = "IOC"
    """Immediate Or Cancel: Being matched or not, the remaining size of the order will be
    instantly canceled instead of entering the order book.
    """


class GetOrderListStatus(StrEnum):
    """Values of `status`."""

    ACTIVE = "active"
    DONE = "done"


class GetOrderListType(StrEnum):
    """Values of `type`."""

    LIMIT = "limit"
    MARKET = "market"
    LIMIT_STOP = "limit_stop"
    MARKET_STOP = "market_stop"
    OCO_LIMIT = "oco_limit"
    OCO_STOP = "oco_stop"


class GetOrderListStop(StrEnum):
    """Values of `stop`."""

    DOWN = "down"
    """down: Triggers when the price reaches or goes below the stopPrice."""
    UP = "up"
    """up: Triggers when the price reaches or goes above the stopPrice."""
    EMPTY = ""
    """None: Not a stop order"""


class GetOrderListStopPriceType(StrEnum):
    """Values of `stopPriceType`."""

    TP = "TP"
    """trade price: TP for trade price, The last trade price is the last price at which an
    order was filled. This price can be found in the latest match message.
    """
    MP = "MP"
    """mark price: MP for mark price. The mark price can be obtained through relevant OPEN
    API for index services.
    """
    IP = "IP"
    """index price: IP for index price. The index price can be obtained through relevant
    OPEN API for index services.
    """
    EMPTY = ""
    """None: Not a stop order"""


class GetOrderByOrderIdStp(StrEnum):
    """Values of `stp`."""

    NULL = ""
    """NULL: Null means not stp order"""
    CN = "CN"
    """CN: Cancel new, Cancel the new order"""
    CO = "CO"
    """CO: Cancel old, Cancel the old order"""
    CB = "CB"
    """CB: Cancel both, Cancel both sides"""


class GetOrderByOrderIdStatus(StrEnum):
    """Values of `status`."""

    OPEN = "open"
    """open: open order"""
    DONE = "done"
    """done: done order"""


class DisplayType(StrEnum):
    """Values of `displayType`."""

    LIMIT = "limit"
    """limit: Limit order"""
    MARKET = "market"
    """market: Market order"""
    LIMIT_STOP = "limit_stop"
    """limit_stop: Stop limit order"""
    MARKET_STOP = "market_stop"
    """market_stop: Stop Market order"""


class OrderType(StrEnum):
    """Values of `orderType`."""

    MARKET = "market"
    """market: market"""
    LIMIT = "limit"
    """limit: limit"""


class GetRecentTradeHistoryTradeType(StrEnum):
    """Values of `tradeType`."""

    TRADE = "trade"
    """trade: trade"""
    CANCEL = "cancel"
    """cancel: Partially filled and canceled orders"""
    LIQUID = "liquid"
    """liquid: liquid"""
    ADL = "adl"
    """adl: adl"""
    SETTLEMENT = "settlement"
    """settlement: settlement"""


class GetTradeHistoryType(StrEnum):
    """Values of `type`."""

    LIMIT = "limit"
    MARKET = "market"
    LIMIT_STOP = "limit_stop"
    MARKET_STOP = "market_stop"


class GetTradeHistoryTradeType(StrEnum):
    """Values of `tradeType`."""

    TRADE = "trade"
    """trade: trade"""
    LIQUID = "liquid"
    """liquid: liquid"""
    ADL = "adl"
    """adl: adl"""
    SETTLEMENT = "settlement"
    """settlement: settlement"""
