"""Request and response models of affiliate.

Request models hold every input of an operation (path, query and body fields), validate them
and reject unknown names; response models read whatever the API returns, leniently.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from pydantic import Field

from kucoin_sdk._base import RequestModel, RequestRootModel, ResponseModel


class GetAccountDataOrder(ResponseModel):
    """One item of `orders` in the Get Account response."""

    order_id: str | None = Field(default=None, alias="orderId", description="Loan Orders ID")
    currency: str | None = Field(default=None, description="Loan Currency")
    principal: str | None = Field(default=None, description="Principal to Be Repaid")
    interest: Decimal | None = Field(default=None, description="Interest to Be Repaid")


class GetAccountDataLtv(ResponseModel):
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


class GetAccountDataMargin(ResponseModel):
    """One item of `margins` in the Get Account response."""

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


class GetAccountData(ResponseModel):
    """The `data` of the Get Account response."""

    parent_uid: str | None = Field(
        default=None, alias="parentUid", description="Master account UID"
    )
    orders: list[GetAccountDataOrder] | None = Field(default=None, description="Loan Orders")
    ltv: GetAccountDataLtv | None = Field(default=None, description="Loan-to-Value Ratio\n")
    total_margin_amount: str | None = Field(
        default=None, alias="totalMarginAmount", description="Total Margin Amount (USDT)"
    )
    transfer_margin_amount: str | None = Field(
        default=None,
        alias="transferMarginAmount",
        description="Total Maintenance Margin for Restricted Transfers (USDT)",
    )
    margins: list[GetAccountDataMargin] | None = Field(default=None, description="Margins")


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "get_account": GetAccountData,
}
"""The type of every operation's response `data`, by operation name."""
