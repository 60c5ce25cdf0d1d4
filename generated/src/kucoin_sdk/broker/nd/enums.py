"""Enumerations of broker: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum

from kucoin_sdk._enums import AccountType, TradeType

__all__ = [
    "AccountType",
    "AddSubAccountApiPermissions",
    "Direction",
    "FromAccountType",
    "GetKycStatusStatus",
    "GetSubAccountApiPermissions",
    "GetTransferHistoryStatus",
    "GetWithdrawDetailStatus",
    "IdentityType",
    "SpecialAccountType",
    "ToAccountType",
    "TradeType",
]


class IdentityType(StrEnum):
    """Values of `identityType`."""

    IDCARD = "idcard"
    """idcard: id card"""
    DRIVINGLICENSE = "drivinglicense"
    """drivinglicense: driving license"""
    PASSPORT = "passport"
    """passport: passport"""
    BVN = "bvn"
    """bvn: bvn"""


class GetKycStatusStatus(StrEnum):
    """Values of `status`."""

    NONE = "NONE"
    """NONE: KYC information not submitted"""
    PROCESS = "PROCESS"
    """PROCESS: In progress"""
    PASS = "PASS"
    """PASS: Passed"""
    REJECT = "REJECT"
    """REJECT: Rejected"""


class AddSubAccountApiPermissions(StrEnum):
    """Values of `permissions`."""

    GENERAL = "general"
    SPOT = "spot"
    FUTURES = "futures"


class GetSubAccountApiPermissions(StrEnum):
    """Values of `permissions`."""

    GENERAL = "General"
    SPOT = "Spot"
    FUTURES = "Futures"


class Direction(StrEnum):
    """Values of `direction`."""

    OUT = "OUT"
    IN = "IN"


class SpecialAccountType(StrEnum):
    """Values of `specialAccountType`."""

    MAIN = "MAIN"
    TRADE = "TRADE"


class FromAccountType(StrEnum):
    """Values of `fromAccountType`."""

    MAIN = "MAIN"
    TRADE = "TRADE"
    CONTRACT = "CONTRACT"
    MARGIN = "MARGIN"
    ISOLATED = "ISOLATED"


class ToAccountType(StrEnum):
    """Values of `toAccountType`."""

    MAIN = "MAIN"
    TRADE = "TRADE"
    CONTRACT = "CONTRACT"
    MARGIN = "MARGIN"
    ISOLATED = "ISOLATED"


class GetTransferHistoryStatus(StrEnum):
    """Values of `status`."""

    PROCESSING = "PROCESSING"
    SUCCESS = "SUCCESS"
    FAILURE = "FAILURE"


class GetWithdrawDetailStatus(StrEnum):
    """Values of `status`."""

    PROCESSING = "PROCESSING"
    WALLET_PROCESSING = "WALLET_PROCESSING"
    REVIEW = "REVIEW"
    SUCCESS = "SUCCESS"
    FAILURE = "FAILURE"
