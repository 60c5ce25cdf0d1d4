"""Enumerations of futures: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Literal

from kucoin_sdk._enums import MarginMode, MarginModeLiteral

__all__ = ["MarginMode", "MarginModeLiteral", "PositionSide", "PositionSideLiteral"]


class PositionSide(StrEnum):
    """Values of `positionSide`."""

    BOTH = "BOTH"
    """BOTH: One-way position"""


if TYPE_CHECKING:
    PositionSideLiteral = Literal["BOTH"]
    """The values of `PositionSide` as written, which requests take as well as its members;
    at run time the enum itself, which reads them as its members.
    """
else:
    PositionSideLiteral = PositionSide
