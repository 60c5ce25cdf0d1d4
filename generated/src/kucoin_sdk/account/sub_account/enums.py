"""Enumerations of account: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class Access(StrEnum):
    """Values of `access`."""

    SPOT = "Spot"
    """Spot Account"""
    FUTURES = "Futures"
    """Futures Account"""
    MARGIN = "Margin"
    """Margin Account"""


class Status(IntEnum):
    """Values of `status`."""

    VALUE_2 = 2
    """Enable"""
    VALUE_3 = 3
    """Frozen"""


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
