"""Request and response models of viplending.

Request models hold every input of an operation (path, query and body fields), validate them
and reject unknown names; response models read whatever the API returns, leniently.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from pydantic import Field

from kucoin_sdk._base import RequestModel, RequestRootModel, ResponseModel


class GetDiscountRateConfigsDataUsdtLevel(ResponseModel):
    """One item of `usdtLevels` in the Get Discount Rate Configs response."""

    left: int | None = Field(
        default=None, description="Left end point of gradient interval, left<amount<=right"
    )
    right: int | None = Field(
        default=None, description="Right end point of gradient interval, left<amount<=right"
    )
    discount_rate: str | None = Field(
        default=None, alias="discountRate", description="Discount rate"
    )


class GetDiscountRateConfigsData(ResponseModel):
    """One item of the `data` of the Get Discount Rate Configs response."""

    currency: str | None = Field(default=None, description="Currency")
    usdt_levels: list[GetDiscountRateConfigsDataUsdtLevel] | None = Field(
        default=None,
        alias="usdtLevels",
        description="Gradient configuration list, amount converted into USDT",
    )


class GetLoanInfoDataOrder(ResponseModel):
    """One item of `orders` in the Get Loan Info response."""

    order_id: str | None = Field(default=None, alias="orderId", description="Loan Orders ID")
    principal: str | None = Field(default=None, description="Principal to Be Repaid")
    interest: Decimal | None = Field(default=None, description="Interest to Be Repaid")
    currency: str | None = Field(default=None, description="Loan Currency")


class GetLoanInfoDataLtv(ResponseModel):
    """Loan-to-Value Ratio"""

    transfer_ltv: str | None = Field(
        default=None,
        alias="transferLtv",
        description="LTV of Restricted Transfers to Funding Account",
    )
    only_close_pos_ltv: str | None = Field(
        default=None,
        alias="onlyClosePosLtv",
        description="LTV of Reduce Only (Restricted Open Positions)",
    )
    delayed_liquidation_ltv: str | None = Field(
        default=None, alias="delayedLiquidationLtv", description="LTV of Delayed Liquidation"
    )
    instant_liquidation_ltv: str | None = Field(
        default=None, alias="instantLiquidationLtv", description="LTV of Instant Liquidation"
    )
    current_ltv: str | None = Field(default=None, alias="currentLtv", description="Current LTV")


class GetLoanInfoDataMargin(ResponseModel):
    """One item of `margins` in the Get Loan Info response."""

    margin_ccy: str | None = Field(default=None, alias="marginCcy", description="Margin Currency")
    margin_qty: str | None = Field(
        default=None,
        alias="marginQty",
        description="Maintenance Quantity (Calculated with Margin Coefficient)",
    )
    margin_factor: str | None = Field(
        default=None,
        alias="marginFactor",
        description="Margin Coefficient return real-time margin discount rate to USDT",
    )


class GetLoanInfoData(ResponseModel):
    """The `data` of the Get Loan Info response."""

    parent_uid: str | None = Field(default=None, alias="parentUid", description="Master UID")
    orders: list[GetLoanInfoDataOrder] | None = Field(default=None, description="Loan Orders")
    ltv: GetLoanInfoDataLtv | None = Field(default=None, description="Loan-to-Value Ratio\n")
    total_margin_amount: str | None = Field(
        default=None, alias="totalMarginAmount", description="Total Margin Amount (USDT)"
    )
    transfer_margin_amount: str | None = Field(
        default=None,
        alias="transferMarginAmount",
        description="Total Maintenance Margin for Restricted Transfers (USDT)",
    )
    margins: list[GetLoanInfoDataMargin] | None = Field(default=None)


class GetAccountsData(ResponseModel):
    """One item of the `data` of the Get Accounts response."""

    uid: str | None = Field(default=None, description="UID")
    margin_ccy: str | None = Field(default=None, alias="marginCcy", description="Margin Currency")
    margin_qty: str | None = Field(
        default=None,
        alias="marginQty",
        description="Maintenance Quantity (Calculated with Margin Coefficient)",
    )
    margin_factor: str | None = Field(
        default=None, alias="marginFactor", description="Margin Coefficient"
    )
    account_type: str | None = Field(
        default=None,
        alias="accountType",
        description="Account Type: TRADE - Trading Account CONTRACT - Futures Account (for Total Futures Equity)",
    )
    is_parent: bool | None = Field(
        default=None, alias="isParent", description="If It Is Master Account"
    )


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "get_discount_rate_configs": list[GetDiscountRateConfigsData],
    "get_loan_info": GetLoanInfoData,
    "get_accounts": list[GetAccountsData],
}
"""The type of every operation's response `data`, by operation name."""
