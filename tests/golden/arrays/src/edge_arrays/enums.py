"""Enumerations of edge-arrays: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal


class Status(StrEnum):
    """Values of `status`."""

    OPEN = "open"
    DONE = "done"
    EMPTY = ""


StatusLiteral = Literal["open", "done", ""]
"""The values of `Status` as written: requests take them as well as its members."""
