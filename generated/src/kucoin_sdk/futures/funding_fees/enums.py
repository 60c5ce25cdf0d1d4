"""Enumerations of futures: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Literal

from kucoin_sdk._enums import MarginMode, MarginModeLiteral

__all__ = ["MarginMode", "MarginModeLiteral", "Period", "PeriodLiteral"]


class Period(IntEnum):
    """Values of `period`."""

    VALUE_1 = 1
    """1: Indicates that funding will be charged in the current cycle"""
    VALUE_0 = 0
    """0: Indicates a cross-cycle expense record that is not charged in the current cycle."""


if TYPE_CHECKING:
    PeriodLiteral = Literal[1, 0]
    """The values of `Period` as written, which requests take as well as its members; at
    run time the enum itself, which reads them as its members.
    """
else:
    PeriodLiteral = Period
