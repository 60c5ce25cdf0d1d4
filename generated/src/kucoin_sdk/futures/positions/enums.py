"""Enumerations of futures: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum

from kucoin_sdk._enums import MarginMode

__all__ = ["MarginMode", "PositionSide"]


class PositionSide(StrEnum):
    """Values of `positionSide`."""

    BOTH = "BOTH"
    """BOTH: One-way position"""
