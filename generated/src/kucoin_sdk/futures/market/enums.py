"""Enumerations of futures: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import IntEnum, StrEnum

from kucoin_sdk._enums import Protocol, Side

__all__ = [
    "FairMethod",
    "GetServiceStatusStatus",
    "GetSymbolStatus",
    "Granularity",
    "MarkMethod",
    "Protocol",
    "Side",
    "Type",
]


class Type(StrEnum):
    """Values of `type`."""

    FFWCSX = "FFWCSX"
    """FFWCSX: Standardized swap contracts, standard financial futures on swaps, expiration
    swap funding rates
    """
    FFICSX = "FFICSX"
    """FFICSX: Futures Contract"""


class MarkMethod(StrEnum):
    """Values of `markMethod`."""

    FAIR_PRICE = "FairPrice"
    """FairPrice: FairPrice"""


class FairMethod(StrEnum):
    """Values of `fairMethod`."""

    FUNDING_RATE = "FundingRate"
    """FundingRate: FundingRate"""


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


class GetServiceStatusStatus(StrEnum):
    """Values of `status`."""

    OPEN = "open"
    """OPEN: normal transaction"""
    CLOSE = "close"
    """CLOSE: Stop Trading/Maintenance"""
    CANCELONLY = "cancelonly"
    """CANCELONLY: can only cancel the order but not place order"""
