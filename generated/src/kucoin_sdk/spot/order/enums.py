"""Enumerations of spot: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum

from kucoin_sdk._enums import AddOrderType, Liquidity, Side, Stp

__all__ = [
    "AddOcoOrderTradeType",
    "AddOrderOldTradeType",
    "AddOrderSyncStatus",
    "AddOrderType",
    "BatchAddOrdersType",
    "BatchCancelOrderOldTradeType",
    "GetOcoOrderByOrderIdStatus",
    "GetOrdersListOldStatus",
    "GetOrdersListOldType",
    "GetTradeHistoryOldType",
    "Liquidity",
    "Side",
    "Stop",
    "Stp",
    "TimeInForce",
]


class TimeInForce(StrEnum):
    """Values of `timeInForce`."""

    GTC = "GTC"
    GTT = "GTT"
    IOC = "IOC"
    FOK = "FOK"


class AddOrderSyncStatus(StrEnum):
    """Values of `status`."""

    OPEN = "open"
    DONE = "done"


class BatchAddOrdersType(StrEnum):
    """Values of `type`."""

    LIMIT = "limit"


class AddOcoOrderTradeType(StrEnum):
    """Values of `tradeType`."""

    TRADE = "TRADE"
    """TRADE: Spot Trading"""


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


class AddOrderOldTradeType(StrEnum):
    """Values of `tradeType`."""

    TRADE = "TRADE"
    """TRADE: Spot"""
    MARGIN_TRADE = "MARGIN_TRADE"
    """MARGIN_TRADE: Margin"""


class BatchCancelOrderOldTradeType(StrEnum):
    """Values of `tradeType`."""

    TRADE = "TRADE"
    MARGIN_TRADE = "MARGIN_TRADE"
    MARGIN_ISOLATED_TRADE = "MARGIN_ISOLATED_TRADE"


class GetOrdersListOldStatus(StrEnum):
    """Values of `status`."""

    ACTIVE = "active"
    DONE = "done"


class GetOrdersListOldType(StrEnum):
    """Values of `type`."""

    LIMIT = "limit"
    MARKET = "market"
    LIMIT_STOP = "limit_stop"
    MARKET_STOP = "market_stop"
    OCO_LIMIT = "oco_limit"
    OCO_STOP = "oco_stop"


class Stop(StrEnum):
    """Values of `stop`."""

    LOSS = "loss"
    """loss: <="""
    ENTRY = "entry"
    """entry: >="""


class GetTradeHistoryOldType(StrEnum):
    """Values of `type`."""

    LIMIT = "limit"
    MARKET = "market"
    LIMIT_STOP = "limit_stop"
    MARKET_STOP = "market_stop"
