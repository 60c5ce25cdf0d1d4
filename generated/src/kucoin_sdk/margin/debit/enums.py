"""Enumerations of margin: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Literal


class TimeInForce(StrEnum):
    """Values of `timeInForce`."""

    IOC = "IOC"
    FOK = "FOK"


if TYPE_CHECKING:
    TimeInForceLiteral = Literal["IOC", "FOK"]
    """The values of `TimeInForce` as written, which requests take as well as its members;
    at run time the enum itself, which reads them as its members.
    """
else:
    TimeInForceLiteral = TimeInForce


class Status(StrEnum):
    """Values of `status`."""

    PENDING = "PENDING"
    SUCCESS = "SUCCESS"
    FAILED = "FAILED"


if TYPE_CHECKING:
    StatusLiteral = Literal["PENDING", "SUCCESS", "FAILED"]
    """The values of `Status` as written, which requests take as well as its members; at
    run time the enum itself, which reads them as its members.
    """
else:
    StatusLiteral = Status
