"""Enumerations of futures: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Literal

from kucoin_sdk._enums import (
    AddOrderType,
    AddOrderTypeLiteral,
    Liquidity,
    LiquidityLiteral,
    MarginMode,
    MarginModeLiteral,
    Side,
    SideLiteral,
)

__all__ = [
    "AddOrderStop",
    "AddOrderStopLiteral",
    "AddOrderStopPriceType",
    "AddOrderStopPriceTypeLiteral",
    "AddOrderStp",
    "AddOrderStpLiteral",
    "AddOrderType",
    "AddOrderTypeLiteral",
    "DisplayType",
    "DisplayTypeLiteral",
    "GetOrderByOrderIdStatus",
    "GetOrderByOrderIdStatusLiteral",
    "GetOrderByOrderIdStp",
    "GetOrderByOrderIdStpLiteral",
    "GetOrderListStatus",
    "GetOrderListStatusLiteral",
    "GetOrderListStop",
    "GetOrderListStopLiteral",
    "GetOrderListStopPriceType",
    "GetOrderListStopPriceTypeLiteral",
    "GetOrderListType",
    "GetOrderListTypeLiteral",
    "GetRecentTradeHistoryTradeType",
    "GetRecentTradeHistoryTradeTypeLiteral",
    "GetTradeHistoryTradeType",
    "GetTradeHistoryTradeTypeLiteral",
    "GetTradeHistoryType",
    "GetTradeHistoryTypeLiteral",
    "Liquidity",
    "LiquidityLiteral",
    "MarginMode",
    "MarginModeLiteral",
    "OrderType",
    "OrderTypeLiteral",
    "Side",
    "SideLiteral",
    "TimeInForce",
    "TimeInForceLiteral",
]


class AddOrderStop(StrEnum):
    """Values of `stop`."""

    DOWN = "down"
    """down: Triggers when the price reaches or goes below the stopPrice."""
    UP = "up"
    """up: Triggers when the price reaches or goes above the stopPrice."""


if TYPE_CHECKING:
    AddOrderStopLiteral = Literal["down", "up"]
    """The values of `AddOrderStop` as written, which requests take as well as its members;
    at run time the enum itself, which reads them as its members.
    """
else:
    AddOrderStopLiteral = AddOrderStop


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


if TYPE_CHECKING:
    AddOrderStopPriceTypeLiteral = Literal["TP", "MP", "IP"]
    """The values of `AddOrderStopPriceType` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    AddOrderStopPriceTypeLiteral = AddOrderStopPriceType


class AddOrderStp(StrEnum):
    """Values of `stp`."""

    CN = "CN"
    """CN: Cancel new, Cancel the new order"""
    CO = "CO"
    """CO: Cancel old, Cancel the old order"""
    CB = "CB"
    """CB: Cancel both, Cancel both sides"""


if TYPE_CHECKING:
    AddOrderStpLiteral = Literal["CN", "CO", "CB"]
    """The values of `AddOrderStp` as written, which requests take as well as its members;
    at run time the enum itself, which reads them as its members.
    """
else:
    AddOrderStpLiteral = AddOrderStp


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


if TYPE_CHECKING:
    TimeInForceLiteral = Literal["GTC", "IOC"]
    """The values of `TimeInForce` as written, which requests take as well as its members;
    at run time the enum itself, which reads them as its members.
    """
else:
    TimeInForceLiteral = TimeInForce


class GetOrderListStatus(StrEnum):
    """Values of `status`."""

    ACTIVE = "active"
    DONE = "done"


if TYPE_CHECKING:
    GetOrderListStatusLiteral = Literal["active", "done"]
    """The values of `GetOrderListStatus` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    GetOrderListStatusLiteral = GetOrderListStatus


class GetOrderListType(StrEnum):
    """Values of `type`."""

    LIMIT = "limit"
    MARKET = "market"
    LIMIT_STOP = "limit_stop"
    MARKET_STOP = "market_stop"
    OCO_LIMIT = "oco_limit"
    OCO_STOP = "oco_stop"


if TYPE_CHECKING:
    GetOrderListTypeLiteral = Literal[
        "limit", "market", "limit_stop", "market_stop", "oco_limit", "oco_stop"
    ]
    """The values of `GetOrderListType` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    GetOrderListTypeLiteral = GetOrderListType


class GetOrderListStop(StrEnum):
    """Values of `stop`."""

    DOWN = "down"
    """down: Triggers when the price reaches or goes below the stopPrice."""
    UP = "up"
    """up: Triggers when the price reaches or goes above the stopPrice."""
    EMPTY = ""
    """None: Not a stop order"""


if TYPE_CHECKING:
    GetOrderListStopLiteral = Literal["down", "up", ""]
    """The values of `GetOrderListStop` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    GetOrderListStopLiteral = GetOrderListStop


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


if TYPE_CHECKING:
    GetOrderListStopPriceTypeLiteral = Literal["TP", "MP", "IP", ""]
    """The values of `GetOrderListStopPriceType` as written, which requests take as well as
    its members; at run time the enum itself, which reads them as its members.
    """
else:
    GetOrderListStopPriceTypeLiteral = GetOrderListStopPriceType


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


if TYPE_CHECKING:
    GetOrderByOrderIdStpLiteral = Literal["", "CN", "CO", "CB"]
    """The values of `GetOrderByOrderIdStp` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    GetOrderByOrderIdStpLiteral = GetOrderByOrderIdStp


class GetOrderByOrderIdStatus(StrEnum):
    """Values of `status`."""

    OPEN = "open"
    """open: open order"""
    DONE = "done"
    """done: done order"""


if TYPE_CHECKING:
    GetOrderByOrderIdStatusLiteral = Literal["open", "done"]
    """The values of `GetOrderByOrderIdStatus` as written, which requests take as well as
    its members; at run time the enum itself, which reads them as its members.
    """
else:
    GetOrderByOrderIdStatusLiteral = GetOrderByOrderIdStatus


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


if TYPE_CHECKING:
    DisplayTypeLiteral = Literal["limit", "market", "limit_stop", "market_stop"]
    """The values of `DisplayType` as written, which requests take as well as its members;
    at run time the enum itself, which reads them as its members.
    """
else:
    DisplayTypeLiteral = DisplayType


class OrderType(StrEnum):
    """Values of `orderType`."""

    MARKET = "market"
    """market: market"""
    LIMIT = "limit"
    """limit: limit"""


if TYPE_CHECKING:
    OrderTypeLiteral = Literal["market", "limit"]
    """The values of `OrderType` as written, which requests take as well as its members; at
    run time the enum itself, which reads them as its members.
    """
else:
    OrderTypeLiteral = OrderType


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


if TYPE_CHECKING:
    GetRecentTradeHistoryTradeTypeLiteral = Literal[
        "trade", "cancel", "liquid", "adl", "settlement"
    ]
    """The values of `GetRecentTradeHistoryTradeType` as written, which requests take as
    well as its members; at run time the enum itself, which reads them as its members.
    """
else:
    GetRecentTradeHistoryTradeTypeLiteral = GetRecentTradeHistoryTradeType


class GetTradeHistoryType(StrEnum):
    """Values of `type`."""

    LIMIT = "limit"
    MARKET = "market"
    LIMIT_STOP = "limit_stop"
    MARKET_STOP = "market_stop"


if TYPE_CHECKING:
    GetTradeHistoryTypeLiteral = Literal["limit", "market", "limit_stop", "market_stop"]
    """The values of `GetTradeHistoryType` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    GetTradeHistoryTypeLiteral = GetTradeHistoryType


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


if TYPE_CHECKING:
    GetTradeHistoryTradeTypeLiteral = Literal["trade", "liquid", "adl", "settlement"]
    """The values of `GetTradeHistoryTradeType` as written, which requests take as well as
    its members; at run time the enum itself, which reads them as its members.
    """
else:
    GetTradeHistoryTradeTypeLiteral = GetTradeHistoryTradeType
