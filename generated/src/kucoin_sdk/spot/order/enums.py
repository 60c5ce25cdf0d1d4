"""Enumerations of spot: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Literal

from kucoin_sdk._enums import (
    AddOrderType,
    AddOrderTypeLiteral,
    Liquidity,
    LiquidityLiteral,
    Side,
    SideLiteral,
    Stp,
    StpLiteral,
)

__all__ = [
    "AddOcoOrderTradeType",
    "AddOcoOrderTradeTypeLiteral",
    "AddOrderOldTradeType",
    "AddOrderOldTradeTypeLiteral",
    "AddOrderSyncStatus",
    "AddOrderSyncStatusLiteral",
    "AddOrderType",
    "AddOrderTypeLiteral",
    "BatchAddOrdersType",
    "BatchAddOrdersTypeLiteral",
    "BatchCancelOrderOldTradeType",
    "BatchCancelOrderOldTradeTypeLiteral",
    "GetOcoOrderByOrderIdStatus",
    "GetOcoOrderByOrderIdStatusLiteral",
    "GetOrdersListOldStatus",
    "GetOrdersListOldStatusLiteral",
    "GetOrdersListOldType",
    "GetOrdersListOldTypeLiteral",
    "GetTradeHistoryOldType",
    "GetTradeHistoryOldTypeLiteral",
    "Liquidity",
    "LiquidityLiteral",
    "Side",
    "SideLiteral",
    "Stop",
    "StopLiteral",
    "Stp",
    "StpLiteral",
    "TimeInForce",
    "TimeInForceLiteral",
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


class AddOrderSyncStatus(StrEnum):
    """Values of `status`."""

    OPEN = "open"
    DONE = "done"


if TYPE_CHECKING:
    AddOrderSyncStatusLiteral = Literal["open", "done"]
    """The values of `AddOrderSyncStatus` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    AddOrderSyncStatusLiteral = AddOrderSyncStatus


class BatchAddOrdersType(StrEnum):
    """Values of `type`."""

    LIMIT = "limit"


if TYPE_CHECKING:
    BatchAddOrdersTypeLiteral = Literal["limit"]
    """The values of `BatchAddOrdersType` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    BatchAddOrdersTypeLiteral = BatchAddOrdersType


class AddOcoOrderTradeType(StrEnum):
    """Values of `tradeType`."""

    TRADE = "TRADE"
    """TRADE: Spot Trading"""


if TYPE_CHECKING:
    AddOcoOrderTradeTypeLiteral = Literal["TRADE"]
    """The values of `AddOcoOrderTradeType` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    AddOcoOrderTradeTypeLiteral = AddOcoOrderTradeType


class GetOcoOrderByOrderIdStatus(StrEnum):
    """Values of `status`."""

    NEW = "NEW"
    """NEW: New"""
    DONE = "DONE"
    """DONE: Completed"""
    TRIGGERED = "TRIGGERED"
    """TRIGGERED: Triggered"""
    CANCELED = "CANCELLED"
    """CANCELED: Canceled"""


if TYPE_CHECKING:
    GetOcoOrderByOrderIdStatusLiteral = Literal["NEW", "DONE", "TRIGGERED", "CANCELLED"]
    """The values of `GetOcoOrderByOrderIdStatus` as written, which requests take as well
    as its members; at run time the enum itself, which reads them as its members.
    """
else:
    GetOcoOrderByOrderIdStatusLiteral = GetOcoOrderByOrderIdStatus


class AddOrderOldTradeType(StrEnum):
    """Values of `tradeType`."""

    TRADE = "TRADE"
    """TRADE: Spot"""
    MARGIN_TRADE = "MARGIN_TRADE"
    """MARGIN_TRADE: Margin"""


if TYPE_CHECKING:
    AddOrderOldTradeTypeLiteral = Literal["TRADE", "MARGIN_TRADE"]
    """The values of `AddOrderOldTradeType` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    AddOrderOldTradeTypeLiteral = AddOrderOldTradeType


class BatchCancelOrderOldTradeType(StrEnum):
    """Values of `tradeType`."""

    TRADE = "TRADE"
    MARGIN_TRADE = "MARGIN_TRADE"
    MARGIN_ISOLATED_TRADE = "MARGIN_ISOLATED_TRADE"


if TYPE_CHECKING:
    BatchCancelOrderOldTradeTypeLiteral = Literal["TRADE", "MARGIN_TRADE", "MARGIN_ISOLATED_TRADE"]
    """The values of `BatchCancelOrderOldTradeType` as written, which requests take as well
    as its members; at run time the enum itself, which reads them as its members.
    """
else:
    BatchCancelOrderOldTradeTypeLiteral = BatchCancelOrderOldTradeType


class GetOrdersListOldStatus(StrEnum):
    """Values of `status`."""

    ACTIVE = "active"
    DONE = "done"


if TYPE_CHECKING:
    GetOrdersListOldStatusLiteral = Literal["active", "done"]
    """The values of `GetOrdersListOldStatus` as written, which requests take as well as
    its members; at run time the enum itself, which reads them as its members.
    """
else:
    GetOrdersListOldStatusLiteral = GetOrdersListOldStatus


class GetOrdersListOldType(StrEnum):
    """Values of `type`."""

    LIMIT = "limit"
    MARKET = "market"
    LIMIT_STOP = "limit_stop"
    MARKET_STOP = "market_stop"
    OCO_LIMIT = "oco_limit"
    OCO_STOP = "oco_stop"


if TYPE_CHECKING:
    GetOrdersListOldTypeLiteral = Literal[
        "limit", "market", "limit_stop", "market_stop", "oco_limit", "oco_stop"
    ]
    """The values of `GetOrdersListOldType` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    GetOrdersListOldTypeLiteral = GetOrdersListOldType


class Stop(StrEnum):
    """Values of `stop`."""

    LOSS = "loss"
    """loss: <="""
    ENTRY = "entry"
    """entry: >="""


if TYPE_CHECKING:
    StopLiteral = Literal["loss", "entry"]
    """The values of `Stop` as written, which requests take as well as its members; at run
    time the enum itself, which reads them as its members.
    """
else:
    StopLiteral = Stop


class GetTradeHistoryOldType(StrEnum):
    """Values of `type`."""

    LIMIT = "limit"
    MARKET = "market"
    LIMIT_STOP = "limit_stop"
    MARKET_STOP = "market_stop"


if TYPE_CHECKING:
    GetTradeHistoryOldTypeLiteral = Literal["limit", "market", "limit_stop", "market_stop"]
    """The values of `GetTradeHistoryOldType` as written, which requests take as well as
    its members; at run time the enum itself, which reads them as its members.
    """
else:
    GetTradeHistoryOldTypeLiteral = GetTradeHistoryOldType
