"""Enumerations of margin: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Literal


class Status(StrEnum):
    """Values of `status`."""

    DONE = "DONE"
    PENDING = "PENDING"


if TYPE_CHECKING:
    StatusLiteral = Literal["DONE", "PENDING"]
    """The values of `Status` as written, which requests take as well as its members; at
    run time the enum itself, which reads them as its members.
    """
else:
    StatusLiteral = Status
