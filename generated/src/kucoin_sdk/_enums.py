"""Enumerations of kucoin_sdk: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum


class AccountType(StrEnum):
    """Values of `accountType`."""

    MAIN = "MAIN"
    TRADE = "TRADE"


class AddOrderType(StrEnum):
    """Values of `type`."""

    LIMIT = "limit"
    MARKET = "market"


class Liquidity(StrEnum):
    """Values of `liquidity`."""

    TAKER = "taker"
    MAKER = "maker"


class MarginMode(StrEnum):
    """Values of `marginMode`."""

    ISOLATED = "ISOLATED"
    """ISOLATED: isolated margin"""
    CROSS = "CROSS"
    """CROSS: cross margin"""


class Protocol(StrEnum):
    """Values of `protocol`."""

    WEBSOCKET = "websocket"
    """Websocket: Websocket"""


class Side(StrEnum):
    """Values of `side`."""

    BUY = "buy"
    SELL = "sell"


class Status(StrEnum):
    """Values of `status`."""

    PROCESSING = "PROCESSING"
    SUCCESS = "SUCCESS"
    FAILURE = "FAILURE"


class Stp(StrEnum):
    """Values of `stp`."""

    DC = "DC"
    CO = "CO"
    CN = "CN"
    CB = "CB"


class TradeType(StrEnum):
    """Values of `tradeType`."""

    VALUE_1 = "1"
    VALUE_2 = "2"


class Type(StrEnum):
    """Values of `type`."""

    LIMIT = "limit"
    MARKET = "market"
