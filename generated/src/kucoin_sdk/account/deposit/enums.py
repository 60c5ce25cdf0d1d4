"""Enumerations of account: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum

from kucoin_sdk._enums import Status

__all__ = ["AddDepositAddressV3To", "GetDepositAddressV3To", "Status"]


class AddDepositAddressV3To(StrEnum):
    """Values of `to`."""

    MAIN = "main"
    """main: Funding account"""
    TRADE = "trade"
    """trade: Spot account"""


class GetDepositAddressV3To(StrEnum):
    """Values of `to`."""

    MAIN = "MAIN"
    """MAIN: Funding account"""
    TRADE = "TRADE"
    """TRADE: Spot account"""
