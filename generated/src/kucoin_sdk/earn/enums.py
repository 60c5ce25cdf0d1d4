"""Enumerations of earn: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import TYPE_CHECKING, Literal

from kucoin_sdk._enums import AccountType, AccountTypeLiteral

__all__ = [
    "AccountType",
    "AccountTypeLiteral",
    "EarlyRedeemSupported",
    "EarlyRedeemSupportedLiteral",
    "FromAccountType",
    "FromAccountTypeLiteral",
    "GetAccountHoldingStatus",
    "GetAccountHoldingStatusLiteral",
    "GetEthStakingProductsCategory",
    "GetEthStakingProductsCategoryLiteral",
    "GetEthStakingProductsType",
    "GetEthStakingProductsTypeLiteral",
    "GetKcsStakingProductsCategory",
    "GetKcsStakingProductsCategoryLiteral",
    "GetPromotionProductsCategory",
    "GetPromotionProductsCategoryLiteral",
    "GetSavingsProductsCategory",
    "GetSavingsProductsCategoryLiteral",
    "GetSavingsProductsStatus",
    "GetSavingsProductsStatusLiteral",
    "GetSavingsProductsType",
    "GetSavingsProductsTypeLiteral",
    "GetStakingProductsCategory",
    "GetStakingProductsCategoryLiteral",
    "IncomeReleaseType",
    "IncomeReleaseTypeLiteral",
    "NewUserOnly",
    "NewUserOnlyLiteral",
    "ProductCategory",
    "ProductCategoryLiteral",
    "RedeemStatus",
    "RedeemStatusLiteral",
    "RedeemType",
    "RedeemTypeLiteral",
]


class FromAccountType(StrEnum):
    """Values of `fromAccountType`."""

    MAIN = "MAIN"
    TRADE = "TRADE"


if TYPE_CHECKING:
    FromAccountTypeLiteral = Literal["MAIN", "TRADE"]
    """The values of `FromAccountType` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    FromAccountTypeLiteral = FromAccountType


class RedeemStatus(StrEnum):
    """Values of `status`."""

    SUCCESS = "SUCCESS"
    PENDING = "PENDING"


if TYPE_CHECKING:
    RedeemStatusLiteral = Literal["SUCCESS", "PENDING"]
    """The values of `RedeemStatus` as written, which requests take as well as its members;
    at run time the enum itself, which reads them as its members.
    """
else:
    RedeemStatusLiteral = RedeemStatus


class GetSavingsProductsCategory(StrEnum):
    """Values of `category`."""

    DEMAND = "DEMAND"
    """DEMAND: savings"""


if TYPE_CHECKING:
    GetSavingsProductsCategoryLiteral = Literal["DEMAND"]
    """The values of `GetSavingsProductsCategory` as written, which requests take as well
    as its members; at run time the enum itself, which reads them as its members.
    """
else:
    GetSavingsProductsCategoryLiteral = GetSavingsProductsCategory


class GetSavingsProductsType(StrEnum):
    """Values of `type`."""

    TIME = "TIME"
    """TIME: fixed"""
    DEMAND = "DEMAND"
    """DEMAND: demand"""


if TYPE_CHECKING:
    GetSavingsProductsTypeLiteral = Literal["TIME", "DEMAND"]
    """The values of `GetSavingsProductsType` as written, which requests take as well as
    its members; at run time the enum itself, which reads them as its members.
    """
else:
    GetSavingsProductsTypeLiteral = GetSavingsProductsType


class EarlyRedeemSupported(IntEnum):
    """Values of `earlyRedeemSupported`."""

    VALUE_0 = 0
    VALUE_1 = 1


if TYPE_CHECKING:
    EarlyRedeemSupportedLiteral = Literal[0, 1]
    """The values of `EarlyRedeemSupported` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    EarlyRedeemSupportedLiteral = EarlyRedeemSupported


class GetSavingsProductsStatus(StrEnum):
    """Values of `status`."""

    ONGOING = "ONGOING"
    PENDING = "PENDING"
    FULL = "FULL"
    INTERESTING = "INTERESTING"


if TYPE_CHECKING:
    GetSavingsProductsStatusLiteral = Literal["ONGOING", "PENDING", "FULL", "INTERESTING"]
    """The values of `GetSavingsProductsStatus` as written, which requests take as well as
    its members; at run time the enum itself, which reads them as its members.
    """
else:
    GetSavingsProductsStatusLiteral = GetSavingsProductsStatus


class RedeemType(StrEnum):
    """Values of `redeemType`."""

    MANUAL = "MANUAL"
    TRANS_DEMAND = "TRANS_DEMAND"
    AUTO = "AUTO"


if TYPE_CHECKING:
    RedeemTypeLiteral = Literal["MANUAL", "TRANS_DEMAND", "AUTO"]
    """The values of `RedeemType` as written, which requests take as well as its members;
    at run time the enum itself, which reads them as its members.
    """
else:
    RedeemTypeLiteral = RedeemType


class IncomeReleaseType(StrEnum):
    """Values of `incomeReleaseType`."""

    DAILY = "DAILY"
    AFTER = "AFTER"


if TYPE_CHECKING:
    IncomeReleaseTypeLiteral = Literal["DAILY", "AFTER"]
    """The values of `IncomeReleaseType` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    IncomeReleaseTypeLiteral = IncomeReleaseType


class NewUserOnly(IntEnum):
    """Values of `newUserOnly`."""

    VALUE_0 = 0
    VALUE_1 = 1


if TYPE_CHECKING:
    NewUserOnlyLiteral = Literal[0, 1]
    """The values of `NewUserOnly` as written, which requests take as well as its members;
    at run time the enum itself, which reads them as its members.
    """
else:
    NewUserOnlyLiteral = NewUserOnly


class GetPromotionProductsCategory(StrEnum):
    """Values of `category`."""

    ACTIVITY = "ACTIVITY"


if TYPE_CHECKING:
    GetPromotionProductsCategoryLiteral = Literal["ACTIVITY"]
    """The values of `GetPromotionProductsCategory` as written, which requests take as well
    as its members; at run time the enum itself, which reads them as its members.
    """
else:
    GetPromotionProductsCategoryLiteral = GetPromotionProductsCategory


class GetStakingProductsCategory(StrEnum):
    """Values of `category`."""

    STAKING = "STAKING"


if TYPE_CHECKING:
    GetStakingProductsCategoryLiteral = Literal["STAKING"]
    """The values of `GetStakingProductsCategory` as written, which requests take as well
    as its members; at run time the enum itself, which reads them as its members.
    """
else:
    GetStakingProductsCategoryLiteral = GetStakingProductsCategory


class GetKcsStakingProductsCategory(StrEnum):
    """Values of `category`."""

    KCS_STAKING = "KCS_STAKING"


if TYPE_CHECKING:
    GetKcsStakingProductsCategoryLiteral = Literal["KCS_STAKING"]
    """The values of `GetKcsStakingProductsCategory` as written, which requests take as
    well as its members; at run time the enum itself, which reads them as its members.
    """
else:
    GetKcsStakingProductsCategoryLiteral = GetKcsStakingProductsCategory


class GetEthStakingProductsCategory(StrEnum):
    """Values of `category`."""

    ETH2 = "ETH2"


if TYPE_CHECKING:
    GetEthStakingProductsCategoryLiteral = Literal["ETH2"]
    """The values of `GetEthStakingProductsCategory` as written, which requests take as
    well as its members; at run time the enum itself, which reads them as its members.
    """
else:
    GetEthStakingProductsCategoryLiteral = GetEthStakingProductsCategory


class GetEthStakingProductsType(StrEnum):
    """Values of `type`."""

    DEMAND = "DEMAND"
    """DEMAND: demand"""


if TYPE_CHECKING:
    GetEthStakingProductsTypeLiteral = Literal["DEMAND"]
    """The values of `GetEthStakingProductsType` as written, which requests take as well as
    its members; at run time the enum itself, which reads them as its members.
    """
else:
    GetEthStakingProductsTypeLiteral = GetEthStakingProductsType


class ProductCategory(StrEnum):
    """Values of `productCategory`."""

    DEMAND = "DEMAND"
    ACTIVITY = "ACTIVITY"
    STAKING = "STAKING"
    KCS_STAKING = "KCS_STAKING"
    ETH2 = "ETH2"


if TYPE_CHECKING:
    ProductCategoryLiteral = Literal["DEMAND", "ACTIVITY", "STAKING", "KCS_STAKING", "ETH2"]
    """The values of `ProductCategory` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    ProductCategoryLiteral = ProductCategory


class GetAccountHoldingStatus(StrEnum):
    """Values of `status`."""

    LOCKED = "LOCKED"
    REDEEMING = "REDEEMING"


if TYPE_CHECKING:
    GetAccountHoldingStatusLiteral = Literal["LOCKED", "REDEEMING"]
    """The values of `GetAccountHoldingStatus` as written, which requests take as well as
    its members; at run time the enum itself, which reads them as its members.
    """
else:
    GetAccountHoldingStatusLiteral = GetAccountHoldingStatus
