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
from kucoin_sdk._decimals import DecimalString
from kucoin_sdk.account.withdrawal.enums import (
    CancelType,
    GetWithdrawalHistoryOldStatus,
    GetWithdrawalHistoryOldStatusLiteral,
    GetWithdrawalHistoryStatus,
    GetWithdrawalHistoryStatusLiteral,
    ReturnStatus,
    WithdrawType,
    WithdrawTypeLiteral,
)


class GetWithdrawalQuotasRequest(RequestModel):
    """The inputs of Get Withdrawal Quotas."""

    currency: str = Field(description="currency")
    chain: str | None = Field(
        default=None,
        description="The chainId of currency, e.g. the available values for USDT are OMNI, ERC20, and TRC20; default is ERC20. The available values for BTC are Native, Segwit, TRC20; the parameters are bech32, btc, trx; default is Native. This only applies to multi-chain currencies; no need for single-chain currencies.",
    )


class GetWithdrawalQuotasData(ResponseModel):
    """The `data` of the Get Withdrawal Quotas response."""

    currency: str | None = Field(default=None)
    limit_btc_amount: str | None = Field(default=None, alias="limitBTCAmount")
    used_btc_amount: str | None = Field(default=None, alias="usedBTCAmount")
    quota_currency: str | None = Field(
        default=None, alias="quotaCurrency", description="Withdrawal limit currency"
    )
    limit_quota_currency_amount: str | None = Field(
        default=None,
        alias="limitQuotaCurrencyAmount",
        description="The intraday available withdrawal amount (withdrawal limit currency)",
    )
    used_quota_currency_amount: str | None = Field(
        default=None,
        alias="usedQuotaCurrencyAmount",
        description="The intraday cumulative withdrawal amount (withdrawal limit currency)",
    )
    remain_amount: str | None = Field(
        default=None,
        alias="remainAmount",
        description="Remaining amount available to withdraw the current day\n",
    )
    available_amount: Decimal | None = Field(
        default=None, alias="availableAmount", description="Current available withdrawal amount"
    )
    withdraw_min_fee: str | None = Field(
        default=None, alias="withdrawMinFee", description="Minimum withdrawal fee"
    )
    inner_withdraw_min_fee: str | None = Field(
        default=None, alias="innerWithdrawMinFee", description="Fees for internal withdrawal"
    )
    withdraw_min_size: str | None = Field(
        default=None, alias="withdrawMinSize", description="Minimum withdrawal amount"
    )
    is_withdraw_enabled: bool | None = Field(
        default=None, alias="isWithdrawEnabled", description="Is the withdraw function enabled?"
    )
    precision: int | None = Field(default=None, description="Floating point precision.")
    chain: str | None = Field(default=None, description="The chainName of currency")
    reason: str | None = Field(default=None, description="Reasons for restriction. Usually empty.")
    locked_amount: str | None = Field(
        default=None,
        alias="lockedAmount",
        description="Total locked amount (including the amount locked into USDT for each currency)",
    )


class WithdrawV3Request(RequestModel):
    """The inputs of Withdraw (V3)."""

    currency: str = Field(description="currency")
    chain: str | None = Field(
        default=None,
        description="The chainId of currency, For a currency with multiple chains, it is recommended to specify the chain parameter instead of using the default chain; you can query the chainId through the response of the GET /api/v3/currencies/{currency} interface.",
    )
    amount: DecimalString = Field(
        description="Withdrawal amount, a positive number which is a multiple of the amount precision"
    )
    memo: str | None = Field(
        default=None,
        description="Address remark. If there’s no remark, it is empty. When you withdraw from other platforms to KuCoin, you need to fill in memo(tag). Be careful: If you do not fill in memo(tag), your deposit may not be available.",
    )
    is_inner: bool | None = Field(
        default=None, alias="isInner", description="Internal withdrawal or not. Default: False"
    )
    remark: str | None = Field(default=None, description="Remark")
    fee_deduct_type: str | None = Field(
        default=None,
        alias="feeDeductType",
        description="Withdrawal fee deduction type: INTERNAL, EXTERNAL, or not specified\n\n1. INTERNAL: Deduct the transaction fees from your withdrawal amount\n2. EXTERNAL: Deduct the transaction fees from your main account\n3. If you don't specify the feeDeductType parameter, when the balance in your main account is sufficient to support the withdrawal, the system will initially deduct the transaction fees from your main account. But if the balance in your main account is not sufficient to support the withdrawal, the system will deduct the fees from your withdrawal amount. For example: Suppose you are going to withdraw 1 BTC from the KuCoin platform (transaction fee: 0.0001BTC), if the balance in your main account is insufficient, the system will deduct the transaction fees from your withdrawal amount. In this case, you will be receiving 0.9999BTC.",
    )
    to_address: str = Field(alias="toAddress", description="Withdrawal address")
    withdraw_type: WithdrawType | WithdrawTypeLiteral = Field(
        alias="withdrawType",
        description="Withdrawal type, ADDRESS (withdrawal address), UID, MAIL (email), PHONE (mobile phone number). Note: If you withdraw by uid/mail/phone, there will be rate limits: 3 times/10 seconds, 50 times/24 hours (calculated on a rolling basis based on the first request time)",
    )


class WithdrawV3Data(ResponseModel):
    """The `data` of the Withdraw (V3) response."""

    withdrawal_id: str | None = Field(
        default=None,
        alias="withdrawalId",
        description="Withdrawal id, a unique ID for a withdrawal",
    )


class CancelWithdrawalRequest(RequestModel):
    """The inputs of Cancel Withdrawal."""

    withdrawal_id: str = Field(
        alias="withdrawalId", description="Path parameter, a unique ID for a withdrawalId"
    )


class GetWithdrawalHistoryByIdRequest(RequestModel):
    """The inputs of Get Withdrawal History By ID."""

    withdrawal_id: str = Field(alias="withdrawalId", description="withdrawal ID")


class GetWithdrawalHistoryByIdData(ResponseModel):
    """The `data` of the Get Withdrawal History By ID response."""

    id: str | None = Field(default=None, description="Unique ID")
    uid: int | None = Field(default=None, description="User ID")
    currency: str | None = Field(
        default=None, description="A unique currency code that will never change"
    )
    chain_id: str | None = Field(
        default=None, alias="chainId", description="The chain id of currency"
    )
    chain_name: str | None = Field(
        default=None, alias="chainName", description="Chain name of currency"
    )
    currency_name: str | None = Field(
        default=None, alias="currencyName", description="Currency name; will change after renaming"
    )
    status: str | None = Field(
        default=None,
        description="Status. Available value: REVIEW, PROCESSING, WALLET_PROCESSING, SUCCESS and FAILURE",
    )
    failure_reason: str | None = Field(
        default=None, alias="failureReason", description="Failure reason code"
    )
    failure_reason_msg: str | None = Field(
        default=None, alias="failureReasonMsg", description="Failure reason message"
    )
    address: str | None = Field(default=None, description="Withwrawal address")
    memo: str | None = Field(
        default=None, description="Address remark. If there’s no remark, it is empty. "
    )
    is_inner: bool | None = Field(
        default=None, alias="isInner", description="Internal withdrawal or not. "
    )
    amount: Decimal | None = Field(default=None, description="Withwrawal amount")
    fee: Decimal | None = Field(default=None, description="Fees charged for withwrawal")
    wallet_tx_id: str | None = Field(
        default=None, alias="walletTxId", description="Wallet Transaction ID"
    )
    address_remark: str | None = Field(
        default=None, alias="addressRemark", description="Address remark"
    )
    remark: str | None = Field(default=None, description="Remark")
    created_at: int | None = Field(
        default=None, alias="createdAt", description="Creation Time (milliseconds)"
    )
    cancel_type: CancelType | str | None = Field(
        default=None, alias="cancelType", union_mode="left_to_right"
    )
    taxes: list[str] | None = Field(
        default=None, description="Users in some regions need query this field"
    )
    tax_description: str | None = Field(
        default=None, alias="taxDescription", description="Tax description"
    )
    return_status: ReturnStatus | str | None = Field(
        default=None, alias="returnStatus", union_mode="left_to_right", description="Return status"
    )
    return_amount: str | None = Field(
        default=None, alias="returnAmount", description="Return amount"
    )
    return_currency: str | None = Field(
        default=None, alias="returnCurrency", description="Return currency"
    )


class GetWithdrawalHistoryRequest(RequestModel):
    """The inputs of Get Withdrawal History."""

    currency: str = Field(description="currency")
    status: GetWithdrawalHistoryStatus | GetWithdrawalHistoryStatusLiteral | None = Field(
        default=None,
        description="Status. Available value: REVIEW, PROCESSING, WALLET_PROCESSING, SUCCESS and FAILURE",
    )
    start_at: int | None = Field(
        default=None, alias="startAt", description="Start time (milliseconds)"
    )
    end_at: int | None = Field(default=None, alias="endAt", description="End time (milliseconds)")
    current_page: int | None = Field(
        default=None, alias="currentPage", description="Current request page."
    )
    page_size: int | None = Field(
        default=None,
        alias="pageSize",
        description="Number of results per request. Minimum is 10, maximum is 500.",
    )


class GetWithdrawalHistoryDataItem(ResponseModel):
    """One item of `items` in the Get Withdrawal History response."""

    id: str | None = Field(default=None, description="Unique ID")
    currency: str | None = Field(default=None, description="Currency")
    chain: str | None = Field(default=None, description="The chain id of currency")
    status: GetWithdrawalHistoryStatus | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Status. Available value: REVIEW, PROCESSING, WALLET_PROCESSING, SUCCESS and FAILURE",
    )
    address: str | None = Field(default=None, description="Withwrawal address")
    memo: str | None = Field(
        default=None, description="Address remark. If there’s no remark, it is empty. "
    )
    is_inner: bool | None = Field(
        default=None, alias="isInner", description="Internal deposit or not"
    )
    amount: Decimal | None = Field(default=None, description="Withwrawal amount")
    fee: Decimal | None = Field(default=None, description="Fees charged for withwrawal")
    wallet_tx_id: str | None = Field(
        default=None,
        alias="walletTxId",
        description="Wallet Txid, If this is an internal\nwithdrawal, it is empty. ",
    )
    created_at: int | None = Field(
        default=None, alias="createdAt", description="Database record creation time"
    )
    updated_at: int | None = Field(
        default=None, alias="updatedAt", description="Update time of the database record"
    )
    remark: str | None = Field(default=None, description="Remark")


class GetWithdrawalHistoryData(ResponseModel):
    """The `data` of the Get Withdrawal History response."""

    current_page: int | None = Field(default=None, alias="currentPage", description="current page")
    page_size: int | None = Field(default=None, alias="pageSize", description="page size")
    total_num: int | None = Field(default=None, alias="totalNum", description="total number")
    total_page: int | None = Field(default=None, alias="totalPage", description="total pages")
    items: list[GetWithdrawalHistoryDataItem] | None = Field(default=None)


class WithdrawV1Request(RequestModel):
    """The inputs of Withdraw - V1."""

    currency: str = Field(description="currency")
    chain: str | None = Field(
        default=None,
        description="The chainId of currency, For a currency with multiple chains, it is recommended to specify the chain parameter instead of using the default chain; you can query the chainId through the response of the GET /api/v3/currencies/{currency} interface.",
    )
    address: str = Field(description="Withdrawal address")
    amount: int = Field(
        description="Withdrawal amount, a positive number which is a multiple of the amount precision"
    )
    memo: str | None = Field(
        default=None,
        description="Address remark. If there’s no remark, it is empty. When you withdraw from other platforms to KuCoin, you need to fill in memo(tag). Be careful: If you do not fill in memo(tag), your deposit may not be available.",
    )
    is_inner: bool | None = Field(
        default=None, alias="isInner", description="Internal withdrawal or not. Default: False"
    )
    remark: str | None = Field(default=None, description="Remark")
    fee_deduct_type: str | None = Field(
        default=None,
        alias="feeDeductType",
        description="Withdrawal fee deduction type: INTERNAL, EXTERNAL, or not specified\n\n1. INTERNAL: Deduct the transaction fees from your withdrawal amount\n2. EXTERNAL: Deduct the transaction fees from your main account\n3. If you don't specify the feeDeductType parameter, when the balance in your main account is sufficient to support the withdrawal, the system will initially deduct the transaction fees from your main account. But if the balance in your main account is not sufficient to support the withdrawal, the system will deduct the fees from your withdrawal amount. For example: Suppose you are going to withdraw 1 BTC from the KuCoin platform (transaction fee: 0.0001BTC), if the balance in your main account is insufficient, the system will deduct the transaction fees from your withdrawal amount. In this case, you will be receiving 0.9999BTC.",
    )


class WithdrawV1Data(ResponseModel):
    """The `data` of the Withdraw - V1 response."""

    withdrawal_id: str | None = Field(
        default=None,
        alias="withdrawalId",
        description="Withdrawal id, a unique ID for a withdrawal",
    )


class GetWithdrawalHistoryOldRequest(RequestModel):
    """The inputs of Get Withdrawal History - Old."""

    currency: str = Field(description="currency")
    status: GetWithdrawalHistoryOldStatus | GetWithdrawalHistoryOldStatusLiteral | None = Field(
        default=None, description="Status. Available value: PROCESSING, SUCCESS, and FAILURE"
    )
    start_at: int | None = Field(
        default=None, alias="startAt", description="Start time (milliseconds)"
    )
    end_at: int | None = Field(default=None, alias="endAt", description="End time (milliseconds)")
    current_page: int | None = Field(
        default=None, alias="currentPage", description="Current request page."
    )
    page_size: int | None = Field(
        default=None,
        alias="pageSize",
        description="Number of results per request. Minimum is 10, maximum is 500.",
    )


class GetWithdrawalHistoryOldDataItem(ResponseModel):
    """One item of `items` in the Get Withdrawal History - Old response."""

    currency: str | None = Field(default=None, description="Currency")
    create_at: int | None = Field(
        default=None, alias="createAt", description="Database record creation time"
    )
    amount: Decimal | None = Field(default=None, description="Withdrawal amount")
    address: str | None = Field(default=None, description="Withdrawal address")
    wallet_tx_id: str | None = Field(default=None, alias="walletTxId", description="Wallet Txid")
    is_inner: bool | None = Field(
        default=None, alias="isInner", description="Internal deposit or not"
    )
    status: GetWithdrawalHistoryOldStatus | str | None = Field(
        default=None, union_mode="left_to_right", description="Status"
    )


class GetWithdrawalHistoryOldData(ResponseModel):
    """The `data` of the Get Withdrawal History - Old response."""

    current_page: int | None = Field(default=None, alias="currentPage", description="current page")
    page_size: int | None = Field(default=None, alias="pageSize", description="page size")
    total_num: int | None = Field(default=None, alias="totalNum", description="total number")
    total_page: int | None = Field(default=None, alias="totalPage", description="total pages")
    items: list[GetWithdrawalHistoryOldDataItem] | None = Field(default=None)


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
    "get_withdrawal_quotas": GetWithdrawalQuotasRequest,
    "withdraw_v3": WithdrawV3Request,
    "cancel_withdrawal": CancelWithdrawalRequest,
    "get_withdrawal_history_by_id": GetWithdrawalHistoryByIdRequest,
    "get_withdrawal_history": GetWithdrawalHistoryRequest,
    "withdraw_v1": WithdrawV1Request,
    "get_withdrawal_history_old": GetWithdrawalHistoryOldRequest,
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "get_withdrawal_quotas": GetWithdrawalQuotasData,
    "withdraw_v3": WithdrawV3Data,
    "cancel_withdrawal": str,
    "get_withdrawal_history_by_id": GetWithdrawalHistoryByIdData,
    "get_withdrawal_history": GetWithdrawalHistoryData,
    "withdraw_v1": WithdrawV1Data,
    "get_withdrawal_history_old": GetWithdrawalHistoryOldData,
}
"""The type of every operation's response `data`, by operation name."""
