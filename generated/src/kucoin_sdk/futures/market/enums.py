"""Enumerations of futures: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import TYPE_CHECKING, Literal

from kucoin_sdk._enums import Protocol, ProtocolLiteral, Side, SideLiteral

__all__ = [
    "FairMethod",
    "FairMethodLiteral",
    "GetServiceStatusStatus",
    "GetServiceStatusStatusLiteral",
    "GetSymbolStatus",
    "GetSymbolStatusLiteral",
    "Granularity",
    "GranularityLiteral",
    "MarkMethod",
    "MarkMethodLiteral",
    "Protocol",
    "ProtocolLiteral",
    "Side",
    "SideLiteral",
    "Type",
    "TypeLiteral",
]


class Type(StrEnum):
    """Values of `type`."""

    FFWCSX = "FFWCSX"
    """FFWCSX: Standardized swap contracts, standard financial futures on swaps, expiration
    swap funding rates
    """
    FFICSX = "FFICSX"
    """FFICSX: Futures Contract"""


if TYPE_CHECKING:
    TypeLiteral = Literal["FFWCSX", "FFICSX"]
    """The values of `Type` as written, which requests take as well as its members; at run
    time the enum itself, which reads them as its members.
    """
else:
    TypeLiteral = Type


class MarkMethod(StrEnum):
    """Values of `markMethod`."""

    FAIR_PRICE = "FairPrice"
    """FairPrice: FairPrice"""


if TYPE_CHECKING:
    MarkMethodLiteral = Literal["FairPrice"]
    """The values of `MarkMethod` as written, which requests take as well as its members;
    at run time the enum itself, which reads them as its members.
    """
else:
    MarkMethodLiteral = MarkMethod


class FairMethod(StrEnum):
    """Values of `fairMethod`."""

    FUNDING_RATE = "FundingRate"
    """FundingRate: FundingRate"""


if TYPE_CHECKING:
    FairMethodLiteral = Literal["FundingRate"]
    """The values of `FairMethod` as written, which requests take as well as its members;
    at run time the enum itself, which reads them as its members.
    """
else:
    FairMethodLiteral = FairMethod


class GetSymbolStatus(StrEnum):
    """Values of `status`."""

    INIT = "Init"
    """Init: Initial"""
    OPEN = "Open"
    """Open: Online"""
    BEING_SETTLED = "BeingSettled"
    """BeingSettled: Settling"""
    SETTLED = "Settled"
    """Settled: Settled"""
    PAUSED = "Paused"
    """Paused: Suspended"""
    CLOSED = "Closed"
    """Closed: Offline"""
    CANCEL_ONLY = "CancelOnly"
    """CancelOnly: Orders can only be canceled"""


if TYPE_CHECKING:
    GetSymbolStatusLiteral = Literal[
        "Init", "Open", "BeingSettled", "Settled", "Paused", "Closed", "CancelOnly"
    ]
    """The values of `GetSymbolStatus` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    GetSymbolStatusLiteral = GetSymbolStatus


class Granularity(IntEnum):
    """Values of `granularity`."""

    VALUE_1 = 1
    VALUE_5 = 5
    VALUE_15 = 15
    VALUE_30 = 30
    VALUE_60 = 60
    VALUE_120 = 120
    VALUE_240 = 240
    VALUE_480 = 480
    VALUE_720 = 720
    VALUE_1440 = 1440
    VALUE_10080 = 10080


if TYPE_CHECKING:
    GranularityLiteral = Literal[1, 5, 15, 30, 60, 120, 240, 480, 720, 1440, 10080]
    """The values of `Granularity` as written, which requests take as well as its members;
    at run time the enum itself, which reads them as its members.
    """
else:
    GranularityLiteral = Granularity


class GetServiceStatusStatus(StrEnum):
    """Values of `status`."""

    OPEN = "open"
    """OPEN: normal transaction"""
    CLOSE = "close"
    """CLOSE: Stop Trading/Maintenance"""
    CANCELONLY = "cancelonly"
    """CANCELONLY: can only cancel the order but not place order"""


if TYPE_CHECKING:
    GetServiceStatusStatusLiteral = Literal["open", "close", "cancelonly"]
    """The values of `GetServiceStatusStatus` as written, which requests take as well as
    its members; at run time the enum itself, which reads them as its members.
    """
else:
    GetServiceStatusStatusLiteral = GetServiceStatusStatus
