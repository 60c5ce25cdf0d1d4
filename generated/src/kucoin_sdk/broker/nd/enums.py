"""Enumerations of broker: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Literal

from kucoin_sdk._enums import AccountType, AccountTypeLiteral, TradeType, TradeTypeLiteral

__all__ = [
    "AccountType",
    "AccountTypeLiteral",
    "AddSubAccountApiPermissions",
    "AddSubAccountApiPermissionsLiteral",
    "Direction",
    "DirectionLiteral",
    "FromAccountType",
    "FromAccountTypeLiteral",
    "GetKycStatusStatus",
    "GetKycStatusStatusLiteral",
    "GetSubAccountApiPermissions",
    "GetSubAccountApiPermissionsLiteral",
    "GetTransferHistoryStatus",
    "GetTransferHistoryStatusLiteral",
    "GetWithdrawDetailStatus",
    "GetWithdrawDetailStatusLiteral",
    "IdentityType",
    "IdentityTypeLiteral",
    "SpecialAccountType",
    "SpecialAccountTypeLiteral",
    "ToAccountType",
    "ToAccountTypeLiteral",
    "TradeType",
    "TradeTypeLiteral",
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


if TYPE_CHECKING:
    IdentityTypeLiteral = Literal["idcard", "drivinglicense", "passport", "bvn"]
    """The values of `IdentityType` as written, which requests take as well as its members;
    at run time the enum itself, which reads them as its members.
    """
else:
    IdentityTypeLiteral = IdentityType


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


if TYPE_CHECKING:
    GetKycStatusStatusLiteral = Literal["NONE", "PROCESS", "PASS", "REJECT"]
    """The values of `GetKycStatusStatus` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    GetKycStatusStatusLiteral = GetKycStatusStatus


class AddSubAccountApiPermissions(StrEnum):
    """Values of `permissions`."""

    GENERAL = "general"
    SPOT = "spot"
    FUTURES = "futures"


if TYPE_CHECKING:
    AddSubAccountApiPermissionsLiteral = Literal["general", "spot", "futures"]
    """The values of `AddSubAccountApiPermissions` as written, which requests take as well
    as its members; at run time the enum itself, which reads them as its members.
    """
else:
    AddSubAccountApiPermissionsLiteral = AddSubAccountApiPermissions


class GetSubAccountApiPermissions(StrEnum):
    """Values of `permissions`."""

    GENERAL = "General"
    SPOT = "Spot"
    FUTURES = "Futures"


if TYPE_CHECKING:
    GetSubAccountApiPermissionsLiteral = Literal["General", "Spot", "Futures"]
    """The values of `GetSubAccountApiPermissions` as written, which requests take as well
    as its members; at run time the enum itself, which reads them as its members.
    """
else:
    GetSubAccountApiPermissionsLiteral = GetSubAccountApiPermissions


class Direction(StrEnum):
    """Values of `direction`."""

    OUT = "OUT"
    IN = "IN"


if TYPE_CHECKING:
    DirectionLiteral = Literal["OUT", "IN"]
    """The values of `Direction` as written, which requests take as well as its members; at
    run time the enum itself, which reads them as its members.
    """
else:
    DirectionLiteral = Direction


class SpecialAccountType(StrEnum):
    """Values of `specialAccountType`."""

    MAIN = "MAIN"
    TRADE = "TRADE"


if TYPE_CHECKING:
    SpecialAccountTypeLiteral = Literal["MAIN", "TRADE"]
    """The values of `SpecialAccountType` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    SpecialAccountTypeLiteral = SpecialAccountType


class FromAccountType(StrEnum):
    """Values of `fromAccountType`."""

    MAIN = "MAIN"
    TRADE = "TRADE"
    CONTRACT = "CONTRACT"
    MARGIN = "MARGIN"
    ISOLATED = "ISOLATED"


if TYPE_CHECKING:
    FromAccountTypeLiteral = Literal["MAIN", "TRADE", "CONTRACT", "MARGIN", "ISOLATED"]
    """The values of `FromAccountType` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    FromAccountTypeLiteral = FromAccountType


class ToAccountType(StrEnum):
    """Values of `toAccountType`."""

    MAIN = "MAIN"
    TRADE = "TRADE"
    CONTRACT = "CONTRACT"
    MARGIN = "MARGIN"
    ISOLATED = "ISOLATED"


if TYPE_CHECKING:
    ToAccountTypeLiteral = Literal["MAIN", "TRADE", "CONTRACT", "MARGIN", "ISOLATED"]
    """The values of `ToAccountType` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    ToAccountTypeLiteral = ToAccountType


class GetTransferHistoryStatus(StrEnum):
    """Values of `status`."""

    PROCESSING = "PROCESSING"
    SUCCESS = "SUCCESS"
    FAILURE = "FAILURE"


if TYPE_CHECKING:
    GetTransferHistoryStatusLiteral = Literal["PROCESSING", "SUCCESS", "FAILURE"]
    """The values of `GetTransferHistoryStatus` as written, which requests take as well as
    its members; at run time the enum itself, which reads them as its members.
    """
else:
    GetTransferHistoryStatusLiteral = GetTransferHistoryStatus


class GetWithdrawDetailStatus(StrEnum):
    """Values of `status`."""

    PROCESSING = "PROCESSING"
    WALLET_PROCESSING = "WALLET_PROCESSING"
    REVIEW = "REVIEW"
    SUCCESS = "SUCCESS"
    FAILURE = "FAILURE"


if TYPE_CHECKING:
    GetWithdrawDetailStatusLiteral = Literal[
        "PROCESSING", "WALLET_PROCESSING", "REVIEW", "SUCCESS", "FAILURE"
    ]
    """The values of `GetWithdrawDetailStatus` as written, which requests take as well as
    its members; at run time the enum itself, which reads them as its members.
    """
else:
    GetWithdrawDetailStatusLiteral = GetWithdrawDetailStatus
