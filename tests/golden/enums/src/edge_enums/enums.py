"""Enumerations of edge-enums: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class Mode(StrEnum):
    """Values of `mode`."""

    AUTO = "auto"
    """auto: Automatic"""
    MANUAL = "manual"
    """manual: Manual"""
    EMPTY = ""
    """Reset to the default"""


class Level(IntEnum):
    """Values of `level`."""

    LOW = 1
    """low: Low risk"""
    MEDIUM = 2
    """medium: Medium risk"""
    HIGH = 3
    """high: High risk"""


class Types(StrEnum):
    """Values of `types`."""

    TRADE = "trade"
    FUNDING = "funding"
    LIQUIDATION = "liquidation"


class Priority(IntEnum):
    """Values of `priority`."""

    VALUE_0 = 0
    VALUE_5 = 5
    VALUE_10 = 10


class Kind(StrEnum):
    """Values of `kind`."""

    TRADE = "trade"
    """trade: A trade"""
    FUNDING = "funding"
    """funding: A funding payment"""
    EMPTY = ""
    """None: Not classified"""
