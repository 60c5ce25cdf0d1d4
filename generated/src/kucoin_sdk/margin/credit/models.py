"""Request and response models of margin.

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
from kucoin_sdk.margin.credit.enums import (
    Status,
    StatusLiteral,
)


class GetLoanMarketRequest(RequestModel):
    """The inputs of Get Loan Market."""

    currency: str | None = Field(default=None, description="currency")


class GetLoanMarketData(ResponseModel):
    """One item of the `data` of the Get Loan Market response."""

    currency: str | None = Field(default=None, description="Currency")
    purchase_enable: bool | None = Field(
        default=None, alias="purchaseEnable", description="Whether purchase is supported."
    )
    redeem_enable: bool | None = Field(
        default=None, alias="redeemEnable", description="Whether redeem is supported."
    )
    increment: str | None = Field(
        default=None, description="Increment precision for purchase and redemption"
    )
    min_purchase_size: str | None = Field(
        default=None, alias="minPurchaseSize", description="Minimum purchase amount"
    )
    min_interest_rate: str | None = Field(
        default=None, alias="minInterestRate", description="Minimum lending rate"
    )
    max_interest_rate: str | None = Field(
        default=None, alias="maxInterestRate", description="Maximum lending rate"
    )
    interest_increment: str | None = Field(
        default=None,
        alias="interestIncrement",
        description="Increment precision for interest; default is 0.0001",
    )
    max_purchase_size: str | None = Field(
        default=None, alias="maxPurchaseSize", description="Maximum purchase amount"
    )
    market_interest_rate: str | None = Field(
        default=None, alias="marketInterestRate", description="Latest market lending rate"
    )
    auto_purchase_enable: bool | None = Field(
        default=None,
        alias="autoPurchaseEnable",
        description="Whether to allow automatic purchase: True: on; false: off",
    )


class GetLoanMarketInterestRateRequest(RequestModel):
    """The inputs of Get Loan Market Interest Rate."""

    currency: str = Field(description="currency")


class GetLoanMarketInterestRateData(ResponseModel):
    """One item of the `data` of the Get Loan Market Interest Rate response."""

    time_: str | None = Field(default=None, alias="time", description="Time: YYYYMMDDHH00")
    market_interest_rate: str | None = Field(
        default=None, alias="marketInterestRate", description="Market lending rate"
    )


class PurchaseRequest(RequestModel):
    """The inputs of Purchase."""

    currency: str = Field(description="Currency")
    size: DecimalString = Field(description="Purchase amount")
    interest_rate: DecimalString = Field(alias="interestRate", description="Purchase interest rate")


class PurchaseData(ResponseModel):
    """The `data` of the Purchase response."""

    order_no: str | None = Field(default=None, alias="orderNo", description="Purchase order ID")


class ModifyPurchaseRequest(RequestModel):
    """The inputs of Modify Purchase."""

    currency: str = Field(description="Currency")
    interest_rate: DecimalString = Field(
        alias="interestRate", description="Modified purchase interest rate"
    )
    purchase_order_no: str = Field(alias="purchaseOrderNo", description="Purchase order ID")


class GetPurchaseOrdersRequest(RequestModel):
    """The inputs of Get Purchase Orders."""

    status: Status | StatusLiteral = Field(description="DONE-completed; PENDING-settling")
    currency: str | None = Field(default=None, description="Currency")
    purchase_order_no: str | None = Field(
        default=None, alias="purchaseOrderNo", description="Purchase order ID"
    )
    current_page: int | None = Field(
        default=None, alias="currentPage", description="Current page; default is 1"
    )
    page_size: int | None = Field(
        default=None, alias="pageSize", description="Page size; 1<=pageSize<=50; default is 50"
    )


class GetPurchaseOrdersDataItem(ResponseModel):
    """One item of `items` in the Get Purchase Orders response."""

    currency: str | None = Field(default=None, description="Currency")
    purchase_order_no: str | None = Field(
        default=None, alias="purchaseOrderNo", description="Purchase order ID"
    )
    purchase_size: str | None = Field(
        default=None, alias="purchaseSize", description="Total purchase size"
    )
    match_size: Decimal | None = Field(default=None, alias="matchSize", description="Executed size")
    interest_rate: Decimal | None = Field(
        default=None, alias="interestRate", description="Target annualized interest rate"
    )
    income_size: str | None = Field(default=None, alias="incomeSize", description="Redeemed amount")
    apply_time: int | None = Field(default=None, alias="applyTime", description="Time of purchase")
    status: Status | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Status: DONE-completed; PENDING-settling",
    )


class GetPurchaseOrdersData(ResponseModel):
    """The `data` of the Get Purchase Orders response."""

    current_page: int | None = Field(default=None, alias="currentPage", description="Current Page")
    page_size: int | None = Field(default=None, alias="pageSize", description="Page Size")
    total_num: int | None = Field(default=None, alias="totalNum", description="Total Number")
    total_page: int | None = Field(default=None, alias="totalPage", description="Total Pages")
    items: list[GetPurchaseOrdersDataItem] | None = Field(default=None)


class RedeemRequest(RequestModel):
    """The inputs of Redeem."""

    currency: str = Field(description="Currency")
    size: DecimalString = Field(description="Redemption amount")
    purchase_order_no: str = Field(alias="purchaseOrderNo", description="Purchase order ID")


class RedeemData(ResponseModel):
    """The `data` of the Redeem response."""

    order_no: str | None = Field(default=None, alias="orderNo", description="Redeem order ID")


class GetRedeemOrdersRequest(RequestModel):
    """The inputs of Get Redeem Orders."""

    status: Status | StatusLiteral = Field(description="DONE-completed; PENDING-settling")
    currency: str | None = Field(default=None, description="currency")
    redeem_order_no: str | None = Field(
        default=None, alias="redeemOrderNo", description="Redeem order ID"
    )
    current_page: int | None = Field(
        default=None, alias="currentPage", description="Current page; default is 1"
    )
    page_size: int | None = Field(
        default=None, alias="pageSize", description="Page size; 1<=pageSize<=50; default is 50"
    )


class GetRedeemOrdersDataItem(ResponseModel):
    """One item of `items` in the Get Redeem Orders response."""

    currency: str | None = Field(default=None, description="Currency")
    purchase_order_no: str | None = Field(
        default=None, alias="purchaseOrderNo", description="Purchase order ID"
    )
    redeem_order_no: str | None = Field(
        default=None, alias="redeemOrderNo", description="Redeem order ID"
    )
    redeem_size: str | None = Field(default=None, alias="redeemSize", description="Redemption size")
    receipt_size: str | None = Field(default=None, alias="receiptSize", description="Redeemed size")
    apply_time: str | None = Field(default=None, alias="applyTime", description="Time of redeem")
    status: str | None = Field(default=None, description="Status: DONE-completed; PENDING-settling")


class GetRedeemOrdersData(ResponseModel):
    """The `data` of the Get Redeem Orders response."""

    current_page: int | None = Field(default=None, alias="currentPage", description="Current Page")
    page_size: int | None = Field(default=None, alias="pageSize", description="Page Size")
    total_num: int | None = Field(default=None, alias="totalNum", description="Total Number")
    total_page: int | None = Field(default=None, alias="totalPage", description="Total Pages")
    items: list[GetRedeemOrdersDataItem] | None = Field(default=None)


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
    "get_loan_market": GetLoanMarketRequest,
    "get_loan_market_interest_rate": GetLoanMarketInterestRateRequest,
    "purchase": PurchaseRequest,
    "modify_purchase": ModifyPurchaseRequest,
    "get_purchase_orders": GetPurchaseOrdersRequest,
    "redeem": RedeemRequest,
    "get_redeem_orders": GetRedeemOrdersRequest,
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "get_loan_market": list[GetLoanMarketData],
    "get_loan_market_interest_rate": list[GetLoanMarketInterestRateData],
    "purchase": PurchaseData,
    "modify_purchase": str,
    "get_purchase_orders": GetPurchaseOrdersData,
    "redeem": RedeemData,
    "get_redeem_orders": GetRedeemOrdersData,
}
"""The type of every operation's response `data`, by operation name."""
