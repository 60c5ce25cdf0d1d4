"""Request and response models of account.

Request models hold every input of an operation (path, query and body fields), validate them
and reject unknown names; response models read whatever the API returns, leniently.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from pydantic import Field

from kucoin_sdk._base import RequestModel, RequestRootModel, ResponseModel
from kucoin_sdk._decimals import DecimalNumber, DecimalString
from kucoin_sdk.account.transfer.enums import (
    AccountType,
    AccountTypeLiteral,
    Direction,
    DirectionLiteral,
    FlexTransferType,
    FlexTransferTypeLiteral,
    From,
    FromAccountType,
    FromAccountTypeLiteral,
    FromLiteral,
    GetFuturesAccountTransferOutLedgerType,
    GetFuturesAccountTransferOutLedgerTypeLiteral,
    GetTransferQuotasType,
    GetTransferQuotasTypeLiteral,
    PayAccountType,
    PayAccountTypeLiteral,
    RecAccountType,
    RecAccountTypeLiteral,
    Status,
    SubAccountType,
    SubAccountTypeLiteral,
    To,
    ToAccountType,
    ToAccountTypeLiteral,
    ToLiteral,
)


class GetTransferQuotasRequest(RequestModel):
    """The inputs of Get Transfer Quotas."""

    currency: str = Field(description="currency")
    type: GetTransferQuotasType | GetTransferQuotasTypeLiteral = Field(
        description="The account type:MAIN, TRADE, MARGIN, ISOLATED, MARGIN_V2, ISOLATED_V2"
    )
    tag: str | None = Field(
        default=None,
        description="Trading pair required when the account type is ISOLATED; other types do not pass, e.g.: BTC-USDT",
    )


class GetTransferQuotasData(ResponseModel):
    """The `data` of the Get Transfer Quotas response."""

    currency: str | None = Field(default=None, description="Currency")
    balance: Decimal | None = Field(default=None, description="Total funds in an account.")
    available: Decimal | None = Field(
        default=None, description="Funds available to withdraw or trade."
    )
    holds: str | None = Field(default=None, description="Funds on hold (not available for use).")
    transferable: str | None = Field(default=None, description="Funds available to transfer.")


class FlexTransferRequest(RequestModel):
    """The inputs of Flex Transfer."""

    client_oid: str = Field(
        alias="clientOid",
        description="Unique order ID created by users to identify their orders, e.g. UUID, with a maximum length of 128 bits",
    )
    currency: str = Field(description="currency")
    amount: DecimalString = Field(
        description="Transfer amount: The amount is a positive integer multiple of the currency precision."
    )
    from_user_id: str | None = Field(
        default=None,
        alias="fromUserId",
        description="Transfer out UserId: This is required when transferring from sub-account to master-account. It is optional for internal transfers.",
    )
    from_account_type: FromAccountType | FromAccountTypeLiteral = Field(
        alias="fromAccountType",
        description="Account type: MAIN, TRADE, CONTRACT, MARGIN, ISOLATED, MARGIN_V2, ISOLATED_V2",
    )
    from_account_tag: str | None = Field(
        default=None,
        alias="fromAccountTag",
        description="Symbol: Required when the account type is ISOLATED or ISOLATED_V2, for example: BTC-USDT",
    )
    type: FlexTransferType | FlexTransferTypeLiteral = Field(
        description="Transfer type: INTERNAL (Transfer within account), PARENT_TO_SUB (Transfer from master-account to sub-account), SUB_TO_PARENT (Transfer from sub-account to master-account)"
    )
    to_user_id: str | None = Field(
        default=None,
        alias="toUserId",
        description="Transfer in UserId: This is required when transferring master-account to sub-account. It is optional for internal transfers.",
    )
    to_account_type: ToAccountType | ToAccountTypeLiteral = Field(
        alias="toAccountType",
        description="Account type: MAIN, TRADE, CONTRACT, MARGIN, ISOLATED, MARGIN_V2, ISOLATED_V2",
    )
    to_account_tag: str | None = Field(
        default=None,
        alias="toAccountTag",
        description="Symbol: Required when the account type is ISOLATED or ISOLATED_V2, for example: BTC-USDT",
    )


class FlexTransferData(ResponseModel):
    """The `data` of the Flex Transfer response."""

    order_id: str | None = Field(default=None, alias="orderId", description="Transfer order ID")


class SubAccountTransferRequest(RequestModel):
    """The inputs of Sub-account Transfer."""

    client_oid: str = Field(
        alias="clientOid",
        description="Unique order ID created by users to identify their orders, e.g. UUID, with a maximum length of 128 bits",
    )
    currency: str = Field(description="currency")
    amount: DecimalString = Field(
        description="Transfer amount: The amount is a positive integer multiple of the currency precision."
    )
    direction: Direction | DirectionLiteral = Field(
        description="OUT — the master user to sub user\nIN — the sub user to the master user"
    )
    account_type: AccountType | AccountTypeLiteral | None = Field(
        default=None,
        alias="accountType",
        description="Account type: MAIN, TRADE, CONTRACT, MARGIN, ISOLATED",
    )
    sub_account_type: SubAccountType | SubAccountTypeLiteral | None = Field(
        default=None,
        alias="subAccountType",
        description="Sub-account type: MAIN, TRADE, CONTRACT, MARGIN, ISOLATED",
    )
    sub_user_id: str | None = Field(
        default=None, alias="subUserId", description="the user ID of a sub-account."
    )
    tag: str | None = Field(
        default=None, max_length=20, description=" Need to be defined if accountType=ISOLATED."
    )
    sub_tag: str = Field(
        alias="subTag", max_length=20, description=" Need to be defined if subAccountType=ISOLATED."
    )


class SubAccountTransferData(ResponseModel):
    """The `data` of the Sub-account Transfer response."""

    order_id: str | None = Field(default=None, alias="orderId", description="Transfer order ID")


class InternalTransferRequest(RequestModel):
    """The inputs of Internal Transfer."""

    client_oid: str = Field(
        alias="clientOid",
        description="Unique order ID created by users to identify their orders, e.g. UUID, with a maximum length of 128 bits",
    )
    currency: str = Field(description="currency")
    amount: DecimalString = Field(
        description="Transfer amount: The amount is a positive integer multiple of the currency precision."
    )
    to: To | ToLiteral = Field(
        description="Receiving Account Type: main, trade, margin, isolated, margin_v2, isolated_v2, contract"
    )
    from_tag: str | None = Field(
        default=None,
        alias="fromTag",
        description="Trading pair, required when the payment account type is isolated, e.g.: BTC-USDT",
    )
    to_tag: str | None = Field(
        default=None,
        alias="toTag",
        description="Trading pair, required when the payment account type is isolated, e.g.: BTC-USDT",
    )
    from_: From | FromLiteral = Field(
        alias="from",
        description="Payment Account Type: main, trade, margin, isolated, margin_v2, isolated_v2",
    )


class InternalTransferData(ResponseModel):
    """The `data` of the Internal Transfer response."""

    order_id: str | None = Field(default=None, alias="orderId", description="Transfer order ID")


class GetFuturesAccountTransferOutLedgerRequest(RequestModel):
    """The inputs of Get Futures Account Transfer Out Ledger."""

    currency: str | None = Field(default=None, description="currency")
    type: GetFuturesAccountTransferOutLedgerType | GetFuturesAccountTransferOutLedgerTypeLiteral | None = Field(
        default=None, description="Status PROCESSING, SUCCESS, FAILURE"
    )
    tag: list[str] | None = Field(
        default=None, description="Status List PROCESSING, SUCCESS, FAILURE"
    )
    start_at: int | None = Field(
        default=None, alias="startAt", description="Start time (milliseconds)"
    )
    end_at: int | None = Field(default=None, alias="endAt", description="End time (milliseconds)")
    current_page: int | None = Field(
        default=None,
        alias="currentPage",
        description="Current request page. The default currentPage is 1",
    )
    page_size: int | None = Field(
        default=None, alias="pageSize", description="pageSize; the default pageSize is 50"
    )


class GetFuturesAccountTransferOutLedgerDataItem(ResponseModel):
    """One item of `items` in the Get Futures Account Transfer Out Ledger response."""

    apply_id: str | None = Field(default=None, alias="applyId", description="Transfer order ID")
    currency: str | None = Field(default=None, description="Currency")
    rec_remark: str | None = Field(
        default=None, alias="recRemark", description="Receive account tx remark"
    )
    rec_system: str | None = Field(default=None, alias="recSystem", description="Receive system")
    status: Status | str | None = Field(
        default=None, union_mode="left_to_right", description="Status PROCESSING, SUCCESS, FAILURE"
    )
    amount: Decimal | None = Field(default=None, description="Transaction amount")
    reason: str | None = Field(default=None, description="Reason for the failure")
    offset: int | None = Field(default=None, description="Offset")
    created_at: int | None = Field(
        default=None, alias="createdAt", description="Request application time"
    )
    remark: str | None = Field(default=None, description="User remark")


class GetFuturesAccountTransferOutLedgerData(ResponseModel):
    """The `data` of the Get Futures Account Transfer Out Ledger response."""

    current_page: int | None = Field(default=None, alias="currentPage", description="current page")
    page_size: int | None = Field(default=None, alias="pageSize", description="page size")
    total_num: int | None = Field(default=None, alias="totalNum", description="total number")
    total_page: int | None = Field(default=None, alias="totalPage", description="total pages")
    items: list[GetFuturesAccountTransferOutLedgerDataItem] | None = Field(default=None)


class FuturesAccountTransferOutRequest(RequestModel):
    """The inputs of Futures Account Transfer Out."""

    currency: str = Field(description="Currency, including XBT, USDT...")
    amount: DecimalNumber = Field(
        le=1000000000, description="Amount to be transferred out; cannot exceed 1000000000"
    )
    rec_account_type: RecAccountType | RecAccountTypeLiteral = Field(
        alias="recAccountType", description="Receive account type, including MAIN, TRADE"
    )


class FuturesAccountTransferOutData(ResponseModel):
    """The `data` of the Futures Account Transfer Out response."""

    apply_id: str | None = Field(default=None, alias="applyId", description="Transfer order ID")
    biz_no: str | None = Field(default=None, alias="bizNo", description="Business number")
    pay_account_type: str | None = Field(
        default=None, alias="payAccountType", description="Pay account type"
    )
    pay_tag: str | None = Field(default=None, alias="payTag", description="Pay account sub type")
    remark: str | None = Field(default=None, description="User remark")
    rec_account_type: str | None = Field(
        default=None, alias="recAccountType", description="Receive account type"
    )
    rec_tag: str | None = Field(
        default=None, alias="recTag", description="Receive account sub type"
    )
    rec_remark: str | None = Field(
        default=None, alias="recRemark", description="Receive account tx remark"
    )
    rec_system: str | None = Field(default=None, alias="recSystem", description="Receive system")
    status: str | None = Field(
        default=None,
        description="Status:APPLY, PROCESSING, PENDING_APPROVAL, APPROVED, REJECTED, PENDING_CANCEL, CANCEL, SUCCESS",
    )
    currency: str | None = Field(default=None, description="Currency")
    amount: Decimal | None = Field(default=None, description="Transfer amount")
    fee: Decimal | None = Field(default=None, description="Transfer fee")
    sn: int | None = Field(default=None, description="Serial number")
    reason: str | None = Field(default=None, description="Fail Reason")
    created_at: int | None = Field(default=None, alias="createdAt", description="Create time")
    updated_at: int | None = Field(default=None, alias="updatedAt", description="Update time")


class FuturesAccountTransferInRequest(RequestModel):
    """The inputs of Futures Account Transfer In."""

    currency: str = Field(description="Currency, including XBT, USDT...")
    amount: DecimalNumber = Field(description="Amount to be transferred in")
    pay_account_type: PayAccountType | PayAccountTypeLiteral = Field(
        alias="payAccountType", description="Payment account type, including MAIN, TRADE"
    )


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
    "get_transfer_quotas": GetTransferQuotasRequest,
    "flex_transfer": FlexTransferRequest,
    "sub_account_transfer": SubAccountTransferRequest,
    "internal_transfer": InternalTransferRequest,
    "get_futures_account_transfer_out_ledger": GetFuturesAccountTransferOutLedgerRequest,
    "futures_account_transfer_out": FuturesAccountTransferOutRequest,
    "futures_account_transfer_in": FuturesAccountTransferInRequest,
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "get_transfer_quotas": GetTransferQuotasData,
    "flex_transfer": FlexTransferData,
    "sub_account_transfer": SubAccountTransferData,
    "internal_transfer": InternalTransferData,
    "get_futures_account_transfer_out_ledger": GetFuturesAccountTransferOutLedgerData,
    "futures_account_transfer_out": FuturesAccountTransferOutData,
    "futures_account_transfer_in": str,
}
"""The type of every operation's response `data`, by operation name."""
