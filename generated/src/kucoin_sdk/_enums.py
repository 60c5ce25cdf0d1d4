"""Enumerations of kucoin_sdk: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Literal


class AccountType(StrEnum):
    """Values of `accountType`."""

    MAIN = "MAIN"
    TRADE = "TRADE"


if TYPE_CHECKING:
    AccountTypeLiteral = Literal["MAIN", "TRADE"]
    """The values of `AccountType` as written, which requests take as well as its members;
    at run time the enum itself, which reads them as its members.
    """
else:
    AccountTypeLiteral = AccountType


class AddOrderType(StrEnum):
    """Values of `type`."""

    LIMIT = "limit"
    MARKET = "market"


if TYPE_CHECKING:
    AddOrderTypeLiteral = Literal["limit", "market"]
    """The values of `AddOrderType` as written, which requests take as well as its members;
    at run time the enum itself, which reads them as its members.
    """
else:
    AddOrderTypeLiteral = AddOrderType


class Liquidity(StrEnum):
    """Values of `liquidity`."""

    TAKER = "taker"
    MAKER = "maker"


if TYPE_CHECKING:
    LiquidityLiteral = Literal["taker", "maker"]
    """The values of `Liquidity` as written, which requests take as well as its members; at
    run time the enum itself, which reads them as its members.
    """
else:
    LiquidityLiteral = Liquidity


class MarginMode(StrEnum):
    """Values of `marginMode`."""

    ISOLATED = "ISOLATED"
    """ISOLATED: isolated margin"""
    CROSS = "CROSS"
    """CROSS: cross margin"""


if TYPE_CHECKING:
    MarginModeLiteral = Literal["ISOLATED", "CROSS"]
    """The values of `MarginMode` as written, which requests take as well as its members;
    at run time the enum itself, which reads them as its members.
    """
else:
    MarginModeLiteral = MarginMode


class Protocol(StrEnum):
    """Values of `protocol`."""

    WEBSOCKET = "websocket"
    """Websocket: Websocket"""


if TYPE_CHECKING:
    ProtocolLiteral = Literal["websocket"]
    """The values of `Protocol` as written, which requests take as well as its members; at
    run time the enum itself, which reads them as its members.
    """
else:
    ProtocolLiteral = Protocol


class Side(StrEnum):
    """Values of `side`."""

    BUY = "buy"
    SELL = "sell"


if TYPE_CHECKING:
    SideLiteral = Literal["buy", "sell"]
    """The values of `Side` as written, which requests take as well as its members; at run
    time the enum itself, which reads them as its members.
    """
else:
    SideLiteral = Side


class Status(StrEnum):
    """Values of `status`."""

    PROCESSING = "PROCESSING"
    SUCCESS = "SUCCESS"
    FAILURE = "FAILURE"


if TYPE_CHECKING:
    StatusLiteral = Literal["PROCESSING", "SUCCESS", "FAILURE"]
    """The values of `Status` as written, which requests take as well as its members; at
    run time the enum itself, which reads them as its members.
    """
else:
    StatusLiteral = Status


class Stp(StrEnum):
    """Values of `stp`."""

    DC = "DC"
    CO = "CO"
    CN = "CN"
    CB = "CB"


if TYPE_CHECKING:
    StpLiteral = Literal["DC", "CO", "CN", "CB"]
    """The values of `Stp` as written, which requests take as well as its members; at run
    time the enum itself, which reads them as its members.
    """
else:
    StpLiteral = Stp


class TradeType(StrEnum):
    """Values of `tradeType`."""

    VALUE_1 = "1"
    VALUE_2 = "2"


if TYPE_CHECKING:
    TradeTypeLiteral = Literal["1", "2"]
    """The values of `TradeType` as written, which requests take as well as its members; at
    run time the enum itself, which reads them as its members.
    """
else:
    TradeTypeLiteral = TradeType


class Type(StrEnum):
    """Values of `type`."""

    LIMIT = "limit"
    MARKET = "market"


if TYPE_CHECKING:
    TypeLiteral = Literal["limit", "market"]
    """The values of `Type` as written, which requests take as well as its members; at run
    time the enum itself, which reads them as its members.
    """
else:
    TypeLiteral = Type
