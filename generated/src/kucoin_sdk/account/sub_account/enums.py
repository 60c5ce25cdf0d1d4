"""Enumerations of account: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import TYPE_CHECKING, Literal


class Access(StrEnum):
    """Values of `access`."""

    SPOT = "Spot"
    """Spot Account"""
    FUTURES = "Futures"
    """Futures Account"""
    MARGIN = "Margin"
    """Margin Account"""


if TYPE_CHECKING:
    AccessLiteral = Literal["Spot", "Futures", "Margin"]
    """The values of `Access` as written, which requests take as well as its members; at
    run time the enum itself, which reads them as its members.
    """
else:
    AccessLiteral = Access


class Status(IntEnum):
    """Values of `status`."""

    VALUE_2 = 2
    """Enable"""
    VALUE_3 = 3
    """Frozen"""


if TYPE_CHECKING:
    StatusLiteral = Literal[2, 3]
    """The values of `Status` as written, which requests take as well as its members; at
    run time the enum itself, which reads them as its members.
    """
else:
    StatusLiteral = Status


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


if TYPE_CHECKING:
    TypeLiteral = Literal[0, 1, 2, 5]
    """The values of `Type` as written, which requests take as well as its members; at run
    time the enum itself, which reads them as its members.
    """
else:
    TypeLiteral = Type


class Expire(StrEnum):
    """Values of `expire`."""

    VALUE_1 = "-1"
    VALUE_30 = "30"
    VALUE_90 = "90"
    VALUE_180 = "180"
    VALUE_360 = "360"


if TYPE_CHECKING:
    ExpireLiteral = Literal["-1", "30", "90", "180", "360"]
    """The values of `Expire` as written, which requests take as well as its members; at
    run time the enum itself, which reads them as its members.
    """
else:
    ExpireLiteral = Expire
