"""Enumerations of edge-enums: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import TYPE_CHECKING, Literal


class Mode(StrEnum):
    """Values of `mode`."""

    AUTO = "auto"
    """auto: Automatic"""
    MANUAL = "manual"
    """manual: Manual"""
    EMPTY = ""
    """Reset to the default"""


if TYPE_CHECKING:
    ModeLiteral = Literal["auto", "manual", ""]
    """The values of `Mode` as written, which requests take as well as its members; at run
    time the enum itself, which reads them as its members.
    """
else:
    ModeLiteral = Mode


class Level(IntEnum):
    """Values of `level`."""

    LOW = 1
    """low: Low risk"""
    MEDIUM = 2
    """medium: Medium risk"""
    HIGH = 3
    """high: High risk"""


if TYPE_CHECKING:
    LevelLiteral = Literal[1, 2, 3]
    """The values of `Level` as written, which requests take as well as its members; at run
    time the enum itself, which reads them as its members.
    """
else:
    LevelLiteral = Level


class Types(StrEnum):
    """Values of `types`."""

    TRADE = "trade"
    FUNDING = "funding"
    LIQUIDATION = "liquidation"


if TYPE_CHECKING:
    TypesLiteral = Literal["trade", "funding", "liquidation"]
    """The values of `Types` as written, which requests take as well as its members; at run
    time the enum itself, which reads them as its members.
    """
else:
    TypesLiteral = Types


class Priority(IntEnum):
    """Values of `priority`."""

    VALUE_0 = 0
    VALUE_5 = 5
    VALUE_10 = 10


if TYPE_CHECKING:
    PriorityLiteral = Literal[0, 5, 10]
    """The values of `Priority` as written, which requests take as well as its members; at
    run time the enum itself, which reads them as its members.
    """
else:
    PriorityLiteral = Priority


class Kind(StrEnum):
    """Values of `kind`."""

    TRADE = "trade"
    """trade: A trade"""
    FUNDING = "funding"
    """funding: A funding payment"""
    EMPTY = ""
    """None: Not classified"""


if TYPE_CHECKING:
    KindLiteral = Literal["trade", "funding", ""]
    """The values of `Kind` as written, which requests take as well as its members; at run
    time the enum itself, which reads them as its members.
    """
else:
    KindLiteral = Kind
