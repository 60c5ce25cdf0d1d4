"""Enumerations of futures: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum


class MarginMode(StrEnum):
    """Values of `marginMode`."""

    ISOLATED = "ISOLATED"
    """ISOLATED: isolated margin"""
    CROSS = "CROSS"
    """CROSS: cross margin"""


class Side(StrEnum):
    """Values of `side`."""

    BUY = "buy"
    """buy: buy"""
    SELL = "sell"
    """sell: sell"""
