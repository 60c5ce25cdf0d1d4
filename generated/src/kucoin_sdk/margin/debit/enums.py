"""Enumerations of margin: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum


class TimeInForce(StrEnum):
    """Values of `timeInForce`."""

    IOC = "IOC"
    FOK = "FOK"


class Status(StrEnum):
    """Values of `status`."""

    PENDING = "PENDING"
    SUCCESS = "SUCCESS"
    FAILED = "FAILED"
