"""Enumerations of kucoin_sdk: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import IntEnum, StrEnum

from kucoin_sdk._enums import Status

__all__ = ["Access", "Expire", "Status", "Type"]


class Access(StrEnum):
    """Values of `access`."""

    SPOT = "Spot"
    """Spot Account"""
    FUTURES = "Futures"
    """Futures Account"""
    MARGIN = "Margin"
    """Margin Account"""


class Type(IntEnum):
    """Values of `type`."""

    NORMAL = 0
    """NORMAL: Normal sub-account"""
    ROBOT = 1
    """ROBOT: Robot sub-account"""
    NOVICE = 2
    """Novice: New financial sub-account"""
    HOSTED = 5
    """HOSTED: Asset management sub-account"""


class Expire(StrEnum):
    """Values of `expire`."""

    VALUE_1 = "-1"
    VALUE_30 = "30"
    VALUE_90 = "90"
    VALUE_180 = "180"
    VALUE_360 = "360"
