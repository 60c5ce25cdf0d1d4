"""Enumerations of earn: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import IntEnum, StrEnum

from kucoin_sdk._enums import AccountType

__all__ = [
    "AccountType",
    "EarlyRedeemSupported",
    "FromAccountType",
    "GetAccountHoldingStatus",
    "GetEthStakingProductsCategory",
    "GetEthStakingProductsType",
    "GetKcsStakingProductsCategory",
    "GetPromotionProductsCategory",
    "GetSavingsProductsCategory",
    "GetSavingsProductsStatus",
    "GetSavingsProductsType",
    "GetStakingProductsCategory",
    "IncomeReleaseType",
    "NewUserOnly",
    "ProductCategory",
    "RedeemStatus",
    "RedeemType",
]


class FromAccountType(StrEnum):
    """Values of `fromAccountType`."""

    MAIN = "MAIN"
    TRADE = "TRADE"


class RedeemStatus(StrEnum):
    """Values of `status`."""

    SUCCESS = "SUCCESS"
    PENDING = "PENDING"


class GetSavingsProductsCategory(StrEnum):
    """Values of `category`."""

    DEMAND = "DEMAND"
    """DEMAND: savings"""


class GetSavingsProductsType(StrEnum):
    """Values of `type`."""

    TIME = "TIME"
    """TIME: fixed"""
    DEMAND = "DEMAND"
    """DEMAND: demand"""


class EarlyRedeemSupported(IntEnum):
    """Values of `earlyRedeemSupported`."""

    VALUE_0 = 0
    VALUE_1 = 1


class GetSavingsProductsStatus(StrEnum):
    """Values of `status`."""

    ONGOING = "ONGOING"
    PENDING = "PENDING"
    FULL = "FULL"
    INTERESTING = "INTERESTING"


class RedeemType(StrEnum):
    """Values of `redeemType`."""

    MANUAL = "MANUAL"
    TRANS_DEMAND = "TRANS_DEMAND"
    AUTO = "AUTO"


class IncomeReleaseType(StrEnum):
    """Values of `incomeReleaseType`."""

    DAILY = "DAILY"
    AFTER = "AFTER"


class NewUserOnly(IntEnum):
    """Values of `newUserOnly`."""

    VALUE_0 = 0
    VALUE_1 = 1


class GetPromotionProductsCategory(StrEnum):
    """Values of `category`."""

    ACTIVITY = "ACTIVITY"


class GetStakingProductsCategory(StrEnum):
    """Values of `category`."""

    STAKING = "STAKING"


class GetKcsStakingProductsCategory(StrEnum):
    """Values of `category`."""

    KCS_STAKING = "KCS_STAKING"


class GetEthStakingProductsCategory(StrEnum):
    """Values of `category`."""

    ETH2 = "ETH2"


class GetEthStakingProductsType(StrEnum):
    """Values of `type`."""

    DEMAND = "DEMAND"
    """DEMAND: demand"""


class ProductCategory(StrEnum):
    """Values of `productCategory`."""

    DEMAND = "DEMAND"
    ACTIVITY = "ACTIVITY"
    STAKING = "STAKING"
    KCS_STAKING = "KCS_STAKING"
    ETH2 = "ETH2"


class GetAccountHoldingStatus(StrEnum):
    """Values of `status`."""

    LOCKED = "LOCKED"
    REDEEMING = "REDEEMING"
