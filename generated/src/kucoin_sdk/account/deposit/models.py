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
from kucoin_sdk.account.deposit.enums import (
    AddDepositAddressV3To,
    AddDepositAddressV3ToLiteral,
    GetDepositAddressV3To,
    GetDepositAddressV3ToLiteral,
    Status,
    StatusLiteral,
)


class AddDepositAddressV3Request(RequestModel):
    """The inputs of Add Deposit Address (V3)."""

    currency: str = Field(description="currency")
    chain: str = Field(
        description="The currency chainId, e.g. the available values for USDT are OMNI, ERC20, and TRC20; default is ERC20. The available values for BTC are Native, Segwit, TRC20; the parameters are bech32, btc, trx; default is Native. "
    )
    to: AddDepositAddressV3To | AddDepositAddressV3ToLiteral | None = Field(
        default=None,
        description="Deposit account type: MAIN (funding account), TRADE (spot trading account); the default is MAIN",
    )
    amount: DecimalString | None = Field(
        default=None,
        description="Deposit amount. This parameter is only used when applying for invoices on the Lightning Network. This parameter is invalid if it is not passed through the Lightning Network.",
    )


class AddDepositAddressV3Data(ResponseModel):
    """The `data` of the Add Deposit Address (V3) response."""

    address: str | None = Field(default=None, description="Deposit address")
    memo: str | None = Field(
        default=None,
        description="Address remark. If there’s no remark, it is empty. When you withdraw from other platforms to KuCoin, you need to fill in memo(tag). Be careful: If you do not fill in memo(tag), your deposit may not be available.",
    )
    chain_id: str | None = Field(
        default=None, alias="chainId", description="The chainId of currency"
    )
    to: str | None = Field(
        default=None,
        description="Deposit account type: MAIN (funding account), TRADE (spot trading account)",
    )
    expiration_date: int | None = Field(
        default=None,
        alias="expirationDate",
        description="Expiration time; Lightning network expiration time; this field is not applicable to non-Lightning networks",
    )
    currency: str | None = Field(default=None, description="currency")
    chain_name: str | None = Field(
        default=None, alias="chainName", description="The chainName of currency"
    )


class GetDepositAddressV3Request(RequestModel):
    """The inputs of Get Deposit Address (V3)."""

    currency: str = Field(description="currency")
    amount: DecimalString | None = Field(
        default=None,
        description="Deposit amount. This parameter is only used when applying for invoices on the Lightning Network. This parameter is invalid if it is not passed through the Lightning Network.",
    )
    chain: str | None = Field(default=None, description="The chain Id of currency.")


class GetDepositAddressV3Data(ResponseModel):
    """One item of the `data` of the Get Deposit Address (V3) response."""

    address: str | None = Field(default=None, description="Deposit address")
    memo: str | None = Field(
        default=None,
        description="Address remark. If there’s no remark, it is empty. When you withdraw from other platforms to KuCoin, you need to fill in memo(tag). Be careful: If you do not fill in memo(tag), your deposit may not be available.",
    )
    chain_id: str | None = Field(
        default=None, alias="chainId", description="The chainId of currency"
    )
    to: GetDepositAddressV3To | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Deposit account type: MAIN (funding account), TRADE (spot trading account)",
    )
    expiration_date: int | None = Field(
        default=None,
        alias="expirationDate",
        description="Expiration time; Lightning network expiration time; this field is not applicable to non-Lightning networks",
    )
    currency: str | None = Field(default=None, description="currency")
    contract_address: str | None = Field(
        default=None, alias="contractAddress", description="The token contract address."
    )
    chain_name: str | None = Field(
        default=None, alias="chainName", description="The chainName of currency"
    )


class GetDepositHistoryRequest(RequestModel):
    """The inputs of Get Deposit History."""

    currency: str = Field(description="currency")
    status: Status | StatusLiteral | None = Field(
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


class GetDepositHistoryDataItem(ResponseModel):
    """One item of `items` in the Get Deposit History response."""

    currency: str | None = Field(default=None, description="Currency")
    chain: str | None = Field(default=None, description="The chainName of currency")
    status: Status | str | None = Field(
        default=None, union_mode="left_to_right", description="Status"
    )
    address: str | None = Field(default=None, description="Deposit address")
    memo: str | None = Field(
        default=None, description="Address remark. If there’s no remark, it is empty. "
    )
    is_inner: bool | None = Field(
        default=None, alias="isInner", description="Internal deposit or not"
    )
    amount: Decimal | None = Field(default=None, description="Deposit amount")
    fee: Decimal | None = Field(default=None, description="Fees charged for deposit")
    wallet_tx_id: str | None = Field(default=None, alias="walletTxId", description="Wallet Txid")
    created_at: int | None = Field(
        default=None, alias="createdAt", description="Database record creation time"
    )
    updated_at: int | None = Field(
        default=None, alias="updatedAt", description="Update time of the database record"
    )
    remark: str | None = Field(default=None, description="remark")
    arrears: bool | None = Field(
        default=None,
        description="Whether there is any debt.A quick rollback will cause the deposit to fail. If the deposit fails, you will need to repay the balance.",
    )


class GetDepositHistoryData(ResponseModel):
    """The `data` of the Get Deposit History response."""

    current_page: int | None = Field(default=None, alias="currentPage", description="current page")
    page_size: int | None = Field(default=None, alias="pageSize", description="page size")
    total_num: int | None = Field(default=None, alias="totalNum", description="total number")
    total_page: int | None = Field(default=None, alias="totalPage", description="total pages")
    items: list[GetDepositHistoryDataItem] | None = Field(default=None)


class GetDepositAddressesV2Request(RequestModel):
    """The inputs of Get Deposit Addresses (V2)."""

    currency: str = Field(description="currency")
    chain: str | None = Field(default=None, description="Chain ID of currency")


class GetDepositAddressesV2Data(ResponseModel):
    """One item of the `data` of the Get Deposit Addresses (V2) response."""

    address: str | None = Field(default=None, description="Deposit address")
    memo: str | None = Field(
        default=None,
        description="Address remark. If there’s no remark, it is empty. When you withdraw from other platforms to KuCoin, you need to fill in memo(tag). Be careful: If you do not fill in memo(tag), your deposit may not be available.",
    )
    chain: str | None = Field(default=None, description="The chainName of currency")
    chain_id: str | None = Field(
        default=None, alias="chainId", description="The chainId of currency"
    )
    to: GetDepositAddressV3To | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Deposit account type: main (funding account), trade (spot trading account)",
    )
    currency: str | None = Field(default=None, description="currency")
    contract_address: str | None = Field(
        default=None, alias="contractAddress", description="The token contract address."
    )


class GetDepositAddressesV1Request(RequestModel):
    """The inputs of Get Deposit Addresses - V1."""

    currency: str = Field(description="currency")
    chain: str | None = Field(
        default=None,
        description="The chainId of currency, e.g. the available values for USDT are OMNI, ERC20, and TRC20; default is ERC20. The available values for BTC are Native, Segwit, TRC20; the parameters are bech32, btc, trx; default is Native. This only applies to multi-chain currencies; no need for single-chain currencies.",
    )


class GetDepositAddressesV1Data(ResponseModel):
    """The `data` of the Get Deposit Addresses - V1 response."""

    address: str | None = Field(default=None, description="Deposit address")
    memo: str | None = Field(
        default=None,
        description="Address remark. If there’s no remark, it is empty. When you withdraw from other platforms to KuCoin, you need to fill in memo(tag). Be careful: If you do not fill in memo(tag), your deposit may not be available.",
    )
    chain: str | None = Field(default=None, description="The chainName of currency")
    chain_id: str | None = Field(
        default=None, alias="chainId", description="The chainId of currency"
    )
    to: GetDepositAddressV3To | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Deposit account type: main (funding account), trade (spot trading account)",
    )
    currency: str | None = Field(default=None, description="currency")
    contract_address: str | None = Field(
        default=None, alias="contractAddress", description="The token contract address."
    )


class AddDepositAddressV1Request(RequestModel):
    """The inputs of Add Deposit Address - V1."""

    currency: str = Field(description="currency")
    chain: str | None = Field(
        default=None,
        description="The chainId of currency, e.g. the available values for USDT are OMNI, ERC20, and TRC20; default is ERC20. The available values for BTC are Native, Segwit, TRC20; the parameters are bech32, btc, trx; default is Native. This only applies to multi-chain currencies; no need for single-chain currencies.",
    )
    to: GetDepositAddressV3To | GetDepositAddressV3ToLiteral | None = Field(
        default=None,
        description="Deposit account type: main (funding account), trade (spot trading account); the default is main",
    )


class AddDepositAddressV1Data(ResponseModel):
    """The `data` of the Add Deposit Address - V1 response."""

    address: str | None = Field(default=None, description="Deposit address")
    memo: str | None = Field(
        default=None,
        description="Address remark. If there’s no remark, it is empty. When you withdraw from other platforms to KuCoin, you need to fill in memo(tag). Be careful: If you do not fill in memo(tag), your deposit may not be available.",
    )
    chain: str | None = Field(default=None, description="The chainName of currency")
    chain_id: str | None = Field(
        default=None, alias="chainId", description="The chainId of currency"
    )
    to: GetDepositAddressV3To | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Deposit account type: main (funding account), trade (spot trading account)",
    )
    currency: str | None = Field(default=None, description="currency")


class GetDepositHistoryOldRequest(RequestModel):
    """The inputs of Get Deposit History - Old."""

    currency: str = Field(description="currency")
    status: Status | StatusLiteral | None = Field(
        default=None, description="Status. Available value: PROCESSING, SUCCESS, and FAILURE"
    )
    start_at: int | None = Field(
        default=None, alias="startAt", description="Start time (milliseconds)"
    )
    end_at: int | None = Field(default=None, alias="endAt", description="End time (milliseconds)")


class GetDepositHistoryOldDataItem(ResponseModel):
    """One item of `items` in the Get Deposit History - Old response."""

    currency: str | None = Field(default=None, description="Currency")
    create_at: int | None = Field(
        default=None, alias="createAt", description="Database record creation time"
    )
    amount: Decimal | None = Field(default=None, description="Deposit amount")
    wallet_tx_id: str | None = Field(default=None, alias="walletTxId", description="Wallet Txid")
    is_inner: bool | None = Field(
        default=None, alias="isInner", description="Internal deposit or not"
    )
    status: Status | str | None = Field(default=None, union_mode="left_to_right")


class GetDepositHistoryOldData(ResponseModel):
    """The `data` of the Get Deposit History - Old response."""

    current_page: int | None = Field(default=None, alias="currentPage", description="current page")
    page_size: int | None = Field(default=None, alias="pageSize", description="page size")
    total_num: int | None = Field(default=None, alias="totalNum", description="total number")
    total_page: int | None = Field(default=None, alias="totalPage", description="total pages")
    items: list[GetDepositHistoryOldDataItem] | None = Field(default=None)


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
    "add_deposit_address_v3": AddDepositAddressV3Request,
    "get_deposit_address_v3": GetDepositAddressV3Request,
    "get_deposit_history": GetDepositHistoryRequest,
    "get_deposit_addresses_v2": GetDepositAddressesV2Request,
    "get_deposit_addresses_v1": GetDepositAddressesV1Request,
    "add_deposit_address_v1": AddDepositAddressV1Request,
    "get_deposit_history_old": GetDepositHistoryOldRequest,
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "add_deposit_address_v3": AddDepositAddressV3Data,
    "get_deposit_address_v3": list[GetDepositAddressV3Data],
    "get_deposit_history": GetDepositHistoryData,
    "get_deposit_addresses_v2": list[GetDepositAddressesV2Data],
    "get_deposit_addresses_v1": GetDepositAddressesV1Data,
    "add_deposit_address_v1": AddDepositAddressV1Data,
    "get_deposit_history_old": GetDepositHistoryOldData,
}
"""The type of every operation's response `data`, by operation name."""
