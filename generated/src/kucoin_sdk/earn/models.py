"""Request and response models of earn.

Request models hold every input of an operation (path, query and body fields), validate them
and reject unknown names; response models read whatever the API returns, leniently.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from pydantic import Field

from kucoin_sdk._base import RequestModel, RequestRootModel, ResponseModel
from kucoin_sdk._decimals import DecimalString
from kucoin_sdk.earn.enums import (
    AccountType,
    AccountTypeLiteral,
    EarlyRedeemSupported,
    FromAccountType,
    FromAccountTypeLiteral,
    GetAccountHoldingStatus,
    GetEthStakingProductsCategory,
    GetEthStakingProductsType,
    GetKcsStakingProductsCategory,
    GetPromotionProductsCategory,
    GetSavingsProductsCategory,
    GetSavingsProductsStatus,
    GetSavingsProductsType,
    GetStakingProductsCategory,
    IncomeReleaseType,
    NewUserOnly,
    ProductCategory,
    ProductCategoryLiteral,
    RedeemStatus,
    RedeemType,
)


class PurchaseRequest(RequestModel):
    """The inputs of Purchase."""

    product_id: str = Field(alias="productId", description="Product ID")
    amount: DecimalString = Field(description="Subscription amount")
    account_type: AccountType | AccountTypeLiteral = Field(
        alias="accountType", description="MAIN (funding account), TRADE (spot trading account)"
    )


class PurchaseData(ResponseModel):
    """The `data` of the Purchase response."""

    order_id: str | None = Field(default=None, alias="orderId", description="Holding ID")
    order_tx_id: str | None = Field(
        default=None, alias="orderTxId", description="Subscription order ID"
    )


class RedeemRequest(RequestModel):
    """The inputs of Redeem."""

    order_id: str = Field(alias="orderId", description="Holding ID")
    amount: DecimalString = Field(description="Redemption amount")
    from_account_type: FromAccountType | FromAccountTypeLiteral | None = Field(
        default=None,
        alias="fromAccountType",
        description="Account type: MAIN (funding account), TRADE (spot trading account). This parameter is valid only when orderId=ETH2",
    )
    confirm_punish_redeem: str | None = Field(
        default=None,
        alias="confirmPunishRedeem",
        description="Confirmation field for early redemption penalty: 1 (confirm early redemption, and the current holding will be fully redeemed). This parameter is valid only for fixed-term products",
    )


class RedeemData(ResponseModel):
    """The `data` of the Redeem response."""

    order_tx_id: str | None = Field(
        default=None, alias="orderTxId", description="Redemption order ID"
    )
    deliver_time: int | None = Field(
        default=None, alias="deliverTime", description="Expected deliver time (milliseconds)"
    )
    status: RedeemStatus | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Redemption status: SUCCESS (successful), PENDING (redemption pending)",
    )
    amount: Decimal | None = Field(default=None, description="Redemption amount")


class GetRedeemPreviewRequest(RequestModel):
    """The inputs of Get Redeem Preview."""

    order_id: str = Field(alias="orderId", description="Holding ID")
    from_account_type: FromAccountType | FromAccountTypeLiteral | None = Field(
        default=None,
        alias="fromAccountType",
        description="Account type: MAIN (funding account), TRADE (spot trading account). This parameter is valid only when orderId=ETH2",
    )


class GetRedeemPreviewData(ResponseModel):
    """The `data` of the Get Redeem Preview response."""

    currency: str | None = Field(default=None, description="currency")
    redeem_amount: str | None = Field(
        default=None, alias="redeemAmount", description="Expected redemption amount"
    )
    penalty_interest_amount: str | None = Field(
        default=None,
        alias="penaltyInterestAmount",
        description="Penalty interest amount, incurred for early redemption of fixed-term products",
    )
    redeem_period: int | None = Field(
        default=None, alias="redeemPeriod", description="Redemption waiting period (days)"
    )
    deliver_time: int | None = Field(
        default=None, alias="deliverTime", description="Expected deliver time (milliseconds)"
    )
    manual_redeemable: bool | None = Field(
        default=None, alias="manualRedeemable", description="Whether manual redemption is possible"
    )
    redeem_all: bool | None = Field(
        default=None,
        alias="redeemAll",
        description="Whether the entire holding must be redeemed, required for early redemption of fixed-term products",
    )


class GetSavingsProductsRequest(RequestModel):
    """The inputs of Get Savings Products."""

    currency: str | None = Field(default=None, description="currency")


class GetSavingsProductsData(ResponseModel):
    """One item of the `data` of the Get Savings Products response."""

    id: str | None = Field(default=None, description="Product ID")
    currency: str | None = Field(default=None, description="currency")
    category: GetSavingsProductsCategory | str | None = Field(
        default=None, union_mode="left_to_right", description="Product category: DEMAND (savings)"
    )
    type: GetSavingsProductsType | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Product subtype: TIME (fixed), DEMAND (demand)",
    )
    precision: int | None = Field(default=None, description="Maximum precision supported")
    product_upper_limit: str | None = Field(
        default=None, alias="productUpperLimit", description="Products total subscription amount"
    )
    user_upper_limit: str | None = Field(
        default=None, alias="userUpperLimit", description="Max. user subscription amount"
    )
    user_lower_limit: str | None = Field(
        default=None, alias="userLowerLimit", description="Min. user subscribe amount"
    )
    redeem_period: int | None = Field(
        default=None, alias="redeemPeriod", description="Redemption waiting period (days)"
    )
    lock_start_time: int | None = Field(
        default=None,
        alias="lockStartTime",
        description="Product earliest interest start time, in milliseconds",
    )
    lock_end_time: int | None = Field(
        default=None, alias="lockEndTime", description="Product maturity time, in milliseconds"
    )
    apply_start_time: int | None = Field(
        default=None, alias="applyStartTime", description="Subscription start time, in milliseconds"
    )
    apply_end_time: int | None = Field(
        default=None, alias="applyEndTime", description="Subscription end time, in milliseconds"
    )
    return_rate: str | None = Field(
        default=None,
        alias="returnRate",
        description="Annualized Rate of Return, for example, 0.035 is equal to 3.5% annualized rate of return",
    )
    income_currency: str | None = Field(
        default=None, alias="incomeCurrency", description="Income currency"
    )
    early_redeem_supported: EarlyRedeemSupported | int | None = Field(
        default=None,
        alias="earlyRedeemSupported",
        union_mode="left_to_right",
        description="Whether the fixed product supports early redemption: 0 (no), 1 (yes)",
    )
    product_remain_amount: str | None = Field(
        default=None,
        alias="productRemainAmount",
        description="Remaining product subscription amount",
    )
    status: GetSavingsProductsStatus | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Product status: ONGOING (Subscription in progress), PENDING (Preheating Subscription), FULL (Subscribed), INTERESTING (Interest in progress)",
    )
    redeem_type: RedeemType | str | None = Field(
        default=None,
        alias="redeemType",
        union_mode="left_to_right",
        description="Redemption channel: MANUAL (manual redemption), TRANS_DEMAND (transfer to corresponding demand product upon maturity), AUTO (redeem to funding account upon maturity)",
    )
    income_release_type: IncomeReleaseType | str | None = Field(
        default=None,
        alias="incomeReleaseType",
        union_mode="left_to_right",
        description="Income release type: DAILY (daily release), AFTER (release after product ends)",
    )
    interest_date: int | None = Field(
        default=None, alias="interestDate", description="Most recent interest date (milliseconds)"
    )
    duration: int | None = Field(default=None, description="Product duration (days)")
    new_user_only: NewUserOnly | int | None = Field(
        default=None,
        alias="newUserOnly",
        union_mode="left_to_right",
        description="Whether the product is exclusive to new users: 0 (no), 1 (yes)",
    )


class GetPromotionProductsRequest(RequestModel):
    """The inputs of Get Promotion Products."""

    currency: str | None = Field(default=None, description="currency")


class GetPromotionProductsData(ResponseModel):
    """One item of the `data` of the Get Promotion Products response."""

    id: str | None = Field(default=None, description="Product ID")
    currency: str | None = Field(default=None, description="currency")
    category: GetPromotionProductsCategory | str | None = Field(
        default=None, union_mode="left_to_right", description="Product category: ACTIVITY"
    )
    type: GetSavingsProductsType | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Product subtype: TIME (fixed), DEMAND (demand)",
    )
    precision: int | None = Field(default=None, description="Maximum precision supported")
    product_upper_limit: str | None = Field(
        default=None, alias="productUpperLimit", description="Products total subscription amount"
    )
    user_upper_limit: str | None = Field(
        default=None, alias="userUpperLimit", description="Max. user subscription amount"
    )
    user_lower_limit: str | None = Field(
        default=None, alias="userLowerLimit", description="Min. user subscribe amount"
    )
    redeem_period: int | None = Field(
        default=None, alias="redeemPeriod", description="Redemption waiting period (days)"
    )
    lock_start_time: int | None = Field(
        default=None,
        alias="lockStartTime",
        description="Product earliest interest start time, in milliseconds",
    )
    lock_end_time: int | None = Field(
        default=None,
        alias="lockEndTime",
        description="Earliest interest end time of product, in milliseconds",
    )
    apply_start_time: int | None = Field(
        default=None, alias="applyStartTime", description="Subscription start time, in milliseconds"
    )
    apply_end_time: int | None = Field(
        default=None, alias="applyEndTime", description="Subscription end time, in milliseconds"
    )
    return_rate: str | None = Field(
        default=None,
        alias="returnRate",
        description="Annualized Rate of Return, for example, 0.035 is equal to 3.5% annualized rate of return",
    )
    income_currency: str | None = Field(
        default=None, alias="incomeCurrency", description="Income currency"
    )
    early_redeem_supported: EarlyRedeemSupported | int | None = Field(
        default=None,
        alias="earlyRedeemSupported",
        union_mode="left_to_right",
        description="Whether the fixed product supports early redemption: 0 (no), 1 (yes)",
    )
    product_remain_amount: str | None = Field(
        default=None,
        alias="productRemainAmount",
        description="Remaining product subscription amount",
    )
    status: GetSavingsProductsStatus | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Product status: ONGOING (Subscription in progress), PENDING (Preheating Subscription), FULL (Subscribed), INTERESTING (Interest in progress)",
    )
    redeem_type: RedeemType | str | None = Field(
        default=None,
        alias="redeemType",
        union_mode="left_to_right",
        description="Redemption channel: MANUAL (manual redemption), TRANS_DEMAND (transfer to corresponding demand product upon maturity), AUTO (redeem to funding account upon maturity)",
    )
    income_release_type: IncomeReleaseType | str | None = Field(
        default=None,
        alias="incomeReleaseType",
        union_mode="left_to_right",
        description="Income release type: DAILY (daily release), AFTER (release after product ends)",
    )
    interest_date: int | None = Field(
        default=None, alias="interestDate", description="Most recent interest date (milliseconds)"
    )
    duration: int | None = Field(default=None, description="Product duration (days)")
    new_user_only: NewUserOnly | int | None = Field(
        default=None,
        alias="newUserOnly",
        union_mode="left_to_right",
        description="Whether the product is exclusive to new users: 0 (no), 1 (yes)",
    )


class GetStakingProductsRequest(RequestModel):
    """The inputs of Get Staking Products."""

    currency: str | None = Field(default=None, description="currency")


class GetStakingProductsData(ResponseModel):
    """One item of the `data` of the Get Staking Products response."""

    id: str | None = Field(default=None, description="Product ID")
    currency: str | None = Field(default=None, description="currency")
    category: GetStakingProductsCategory | str | None = Field(
        default=None, union_mode="left_to_right", description="Product category: STAKING"
    )
    type: GetSavingsProductsType | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Product subtype: TIME (fixed), DEMAND (demand)",
    )
    precision: int | None = Field(default=None, description="Maximum precision supported")
    product_upper_limit: str | None = Field(
        default=None, alias="productUpperLimit", description="Products total subscription amount"
    )
    user_upper_limit: str | None = Field(
        default=None, alias="userUpperLimit", description="Max. user subscription amount"
    )
    user_lower_limit: str | None = Field(
        default=None, alias="userLowerLimit", description="Min. user subscription amount"
    )
    redeem_period: int | None = Field(
        default=None, alias="redeemPeriod", description="Redemption waiting period (days)"
    )
    lock_start_time: int | None = Field(
        default=None,
        alias="lockStartTime",
        description="Product earliest interest start time, in milliseconds",
    )
    lock_end_time: int | None = Field(
        default=None, alias="lockEndTime", description="Product maturity time, in milliseconds"
    )
    apply_start_time: int | None = Field(
        default=None, alias="applyStartTime", description="Subscription start time, in milliseconds"
    )
    apply_end_time: int | None = Field(
        default=None, alias="applyEndTime", description="Subscription end time, in milliseconds"
    )
    return_rate: str | None = Field(
        default=None,
        alias="returnRate",
        description="Annualized Rate of Return, for example, 0.035 is equal to 3.5% annualized rate of return",
    )
    income_currency: str | None = Field(
        default=None, alias="incomeCurrency", description="Income currency"
    )
    early_redeem_supported: EarlyRedeemSupported | int | None = Field(
        default=None,
        alias="earlyRedeemSupported",
        union_mode="left_to_right",
        description="Whether the fixed product supports early redemption: 0 (no), 1 (yes)",
    )
    product_remain_amount: str | None = Field(
        default=None,
        alias="productRemainAmount",
        description="Remaining product subscription amount",
    )
    status: GetSavingsProductsStatus | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Product status: ONGOING (Subscription in progress), PENDING (Preheating Subscription), FULL (Subscribed), INTERESTING (Interest accrual in progress)",
    )
    redeem_type: RedeemType | str | None = Field(
        default=None,
        alias="redeemType",
        union_mode="left_to_right",
        description="Redemption channel: MANUAL (manual redemption), TRANS_DEMAND (transfer to corresponding demand product upon maturity), AUTO (redeem to funding account upon maturity)",
    )
    income_release_type: IncomeReleaseType | str | None = Field(
        default=None,
        alias="incomeReleaseType",
        union_mode="left_to_right",
        description="Income release type: DAILY (daily release), AFTER (release after product ends)",
    )
    interest_date: int | None = Field(
        default=None, alias="interestDate", description="Most recent interest date (milliseconds)"
    )
    duration: int | None = Field(default=None, description="Product duration (days)")
    new_user_only: NewUserOnly | int | None = Field(
        default=None,
        alias="newUserOnly",
        union_mode="left_to_right",
        description="Whether the product is exclusive to new users: 0 (no), 1 (yes)",
    )


class GetKcsStakingProductsRequest(RequestModel):
    """The inputs of Get KCS Staking Products."""

    currency: str | None = Field(default=None, description="currency")


class GetKcsStakingProductsData(ResponseModel):
    """One item of the `data` of the Get KCS Staking Products response."""

    id: str | None = Field(default=None, description="Product ID")
    currency: str | None = Field(default=None, description="currency")
    category: GetKcsStakingProductsCategory | str | None = Field(
        default=None, union_mode="left_to_right", description="Product category: KCS_STAKING"
    )
    type: GetSavingsProductsType | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Product subtype: TIME (fixed), DEMAND (demand)",
    )
    precision: int | None = Field(default=None, description="Maximum precision supported")
    product_upper_limit: str | None = Field(
        default=None, alias="productUpperLimit", description="Products total subscription amount"
    )
    user_upper_limit: str | None = Field(
        default=None, alias="userUpperLimit", description="Max. user subscription amount"
    )
    user_lower_limit: str | None = Field(
        default=None, alias="userLowerLimit", description="Min. user subscribe amount"
    )
    redeem_period: int | None = Field(
        default=None, alias="redeemPeriod", description="Redemption waiting period (days)"
    )
    lock_start_time: int | None = Field(
        default=None,
        alias="lockStartTime",
        description="Product earliest interest start time, in milliseconds",
    )
    lock_end_time: int | None = Field(
        default=None, alias="lockEndTime", description="Product maturity time, in milliseconds"
    )
    apply_start_time: int | None = Field(
        default=None, alias="applyStartTime", description="Subscription start time, in milliseconds"
    )
    apply_end_time: int | None = Field(
        default=None, alias="applyEndTime", description="Subscription end time, in milliseconds"
    )
    return_rate: str | None = Field(
        default=None,
        alias="returnRate",
        description="Annualized Rate of Return, for example, 0.035 is equal to 3.5% annualized rate of return",
    )
    income_currency: str | None = Field(
        default=None, alias="incomeCurrency", description="Income currency"
    )
    early_redeem_supported: EarlyRedeemSupported | int | None = Field(
        default=None,
        alias="earlyRedeemSupported",
        union_mode="left_to_right",
        description="Whether the fixed product supports early redemption: 0 (no), 1 (yes)",
    )
    product_remain_amount: str | None = Field(
        default=None,
        alias="productRemainAmount",
        description="Remaining product subscription amount",
    )
    status: GetSavingsProductsStatus | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Product status: ONGOING (Subscription in progress), PENDING (Preheating Subscription), FULL (Subscribed), INTERESTING (Interest in progress)",
    )
    redeem_type: RedeemType | str | None = Field(
        default=None,
        alias="redeemType",
        union_mode="left_to_right",
        description="Redemption channel: MANUAL (manual redemption), TRANS_DEMAND (transfer to corresponding demand product upon maturity), AUTO (redeem to funding account upon maturity)",
    )
    income_release_type: IncomeReleaseType | str | None = Field(
        default=None,
        alias="incomeReleaseType",
        union_mode="left_to_right",
        description="Income release type: DAILY (daily release), AFTER (release after product ends)",
    )
    interest_date: int | None = Field(
        default=None, alias="interestDate", description="Most recent interest date (milliseconds)"
    )
    duration: int | None = Field(default=None, description="Product duration (days)")
    new_user_only: NewUserOnly | int | None = Field(
        default=None,
        alias="newUserOnly",
        union_mode="left_to_right",
        description="Whether the product is exclusive to new users: 0 (no), 1 (yes)",
    )


class GetEthStakingProductsRequest(RequestModel):
    """The inputs of Get ETH Staking Products."""

    currency: str | None = Field(default=None, description="currency")


class GetEthStakingProductsData(ResponseModel):
    """One item of the `data` of the Get ETH Staking Products response."""

    id: str | None = Field(default=None, description="Product ID")
    category: GetEthStakingProductsCategory | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Product category:  ETH2 (ETH Staking)",
    )
    type: GetEthStakingProductsType | str | None = Field(
        default=None, union_mode="left_to_right", description="Product subtype: DEMAND (demand)"
    )
    precision: int | None = Field(default=None, description="Maximum precision supported")
    currency: str | None = Field(default=None, description="currency")
    income_currency: str | None = Field(
        default=None, alias="incomeCurrency", description="Income currency"
    )
    return_rate: str | None = Field(
        default=None,
        alias="returnRate",
        description="Annualized Rate of Return, for example, 0.035 is equal to 3.5% annualized rate of return",
    )
    user_lower_limit: str | None = Field(
        default=None, alias="userLowerLimit", description="Min. user subscribe amount"
    )
    user_upper_limit: str | None = Field(
        default=None, alias="userUpperLimit", description="Max. user subscription amount"
    )
    product_upper_limit: str | None = Field(
        default=None, alias="productUpperLimit", description="Products total subscription amount"
    )
    product_remain_amount: str | None = Field(
        default=None,
        alias="productRemainAmount",
        description="Remaining product subscription amount",
    )
    redeem_period: int | None = Field(
        default=None, alias="redeemPeriod", description="Redemption waiting period (days)"
    )
    redeem_type: RedeemType | str | None = Field(
        default=None,
        alias="redeemType",
        union_mode="left_to_right",
        description="Redemption channel: MANUAL (manual redemption), TRANS_DEMAND (transfer to corresponding demand product upon maturity), AUTO (redeem to funding account upon maturity)",
    )
    income_release_type: IncomeReleaseType | str | None = Field(
        default=None,
        alias="incomeReleaseType",
        union_mode="left_to_right",
        description="Income release type: DAILY (daily release), AFTER (release after product ends)",
    )
    apply_start_time: int | None = Field(
        default=None, alias="applyStartTime", description="Subscription start time, in milliseconds"
    )
    apply_end_time: int | None = Field(
        default=None, alias="applyEndTime", description="Subscription end time, in milliseconds"
    )
    lock_start_time: int | None = Field(
        default=None,
        alias="lockStartTime",
        description="Product earliest interest start time, in milliseconds",
    )
    lock_end_time: int | None = Field(
        default=None, alias="lockEndTime", description="Product maturity time, in milliseconds"
    )
    interest_date: int | None = Field(
        default=None, alias="interestDate", description="Most recent interest date (milliseconds)"
    )
    new_user_only: NewUserOnly | int | None = Field(
        default=None,
        alias="newUserOnly",
        union_mode="left_to_right",
        description="Whether the product is exclusive to new users: 0 (no), 1 (yes)",
    )
    early_redeem_supported: EarlyRedeemSupported | int | None = Field(
        default=None,
        alias="earlyRedeemSupported",
        union_mode="left_to_right",
        description="Whether the fixed product supports early redemption: 0 (no), 1 (yes)",
    )
    duration: int | None = Field(default=None, description="Product duration (days)")
    status: GetSavingsProductsStatus | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Product status: ONGOING (Subscription in progress), PENDING (Preheating Subscription), FULL (Subscribed), INTERESTING (Interest in progress)",
    )


class GetAccountHoldingRequest(RequestModel):
    """The inputs of Get Account Holding."""

    currency: str | None = Field(default=None, description="currency")
    product_id: str | None = Field(default=None, alias="productId", description="Product ID")
    product_category: ProductCategory | ProductCategoryLiteral | None = Field(
        default=None, alias="productCategory", description="Product category"
    )
    current_page: int | None = Field(
        default=None, alias="currentPage", description="Current request page."
    )
    page_size: int | None = Field(
        default=None,
        alias="pageSize",
        description="Number of results per request. Minimum is 10, maximum is 500.",
    )


class GetAccountHoldingDataItem(ResponseModel):
    """One item of `items` in the Get Account Holding response."""

    order_id: str | None = Field(default=None, alias="orderId", description="Holding ID")
    product_id: str | None = Field(default=None, alias="productId", description="Product ID")
    product_category: str | None = Field(
        default=None, alias="productCategory", description="Product category"
    )
    product_type: str | None = Field(
        default=None, alias="productType", description="Product sub-type"
    )
    currency: str | None = Field(default=None, description="currency")
    income_currency: str | None = Field(
        default=None, alias="incomeCurrency", description="Income currency"
    )
    return_rate: str | None = Field(
        default=None,
        alias="returnRate",
        description="Annualized Rate of Return, for example, 0.035 is equal to 3.5% annualized rate of return",
    )
    hold_amount: Decimal | None = Field(
        default=None, alias="holdAmount", description="Holding amount"
    )
    redeemed_amount: str | None = Field(
        default=None, alias="redeemedAmount", description="Redeemed amount"
    )
    redeeming_amount: str | None = Field(
        default=None, alias="redeemingAmount", description="Redeeming amount"
    )
    lock_start_time: int | None = Field(
        default=None,
        alias="lockStartTime",
        description="Product earliest interest start time, in milliseconds",
    )
    lock_end_time: int | None = Field(
        default=None, alias="lockEndTime", description="Product maturity time, in milliseconds"
    )
    purchase_time: int | None = Field(
        default=None,
        alias="purchaseTime",
        description="Most recent subscription time, in milliseconds",
    )
    redeem_period: int | None = Field(
        default=None, alias="redeemPeriod", description="Redemption waiting period (days)"
    )
    status: GetAccountHoldingStatus | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Status: LOCKED (holding), REDEEMING (redeeming)",
    )
    early_redeem_supported: EarlyRedeemSupported | int | None = Field(
        default=None,
        alias="earlyRedeemSupported",
        union_mode="left_to_right",
        description="Whether the fixed product supports early redemption: 0 (no), 1 (yes)",
    )


class GetAccountHoldingData(ResponseModel):
    """The `data` of the Get Account Holding response."""

    total_num: int | None = Field(default=None, alias="totalNum", description="total number")
    items: list[GetAccountHoldingDataItem] | None = Field(default=None)
    current_page: int | None = Field(default=None, alias="currentPage", description="current page")
    page_size: int | None = Field(default=None, alias="pageSize", description="page size")
    total_page: int | None = Field(default=None, alias="totalPage", description="total pages")


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
    "purchase": PurchaseRequest,
    "redeem": RedeemRequest,
    "get_redeem_preview": GetRedeemPreviewRequest,
    "get_savings_products": GetSavingsProductsRequest,
    "get_promotion_products": GetPromotionProductsRequest,
    "get_staking_products": GetStakingProductsRequest,
    "get_kcs_staking_products": GetKcsStakingProductsRequest,
    "get_eth_staking_products": GetEthStakingProductsRequest,
    "get_account_holding": GetAccountHoldingRequest,
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "purchase": PurchaseData,
    "redeem": RedeemData,
    "get_redeem_preview": GetRedeemPreviewData,
    "get_savings_products": list[GetSavingsProductsData],
    "get_promotion_products": list[GetPromotionProductsData],
    "get_staking_products": list[GetStakingProductsData],
    "get_kcs_staking_products": list[GetKcsStakingProductsData],
    "get_eth_staking_products": list[GetEthStakingProductsData],
    "get_account_holding": GetAccountHoldingData,
}
"""The type of every operation's response `data`, by operation name."""
