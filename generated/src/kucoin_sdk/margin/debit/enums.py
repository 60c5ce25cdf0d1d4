"""Enumerations of kucoin_sdk: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum

from kucoin_sdk._enums import Status

__all__ = ["Status", "TimeInForce"]


class TimeInForce(StrEnum):
    """Values of `timeInForce`."""

    IOC = "IOC"
    FOK = "FOK"
