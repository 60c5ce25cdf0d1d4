"""Request and response models of broker.

Request models hold every input of an operation (path, query and body fields), validate them
and reject unknown names; response models read whatever the API returns, leniently.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Annotated, Any

from pydantic import Field

from kucoin_sdk._base import RequestModel, RequestRootModel, ResponseModel
from kucoin_sdk._decimals import DecimalString
from kucoin_sdk.broker.nd.enums import (
    AccountType,
    AccountTypeLiteral,
    AddSubAccountApiPermissions,
    AddSubAccountApiPermissionsLiteral,
    Direction,
    DirectionLiteral,
    FromAccountType,
    GetKycStatusStatus,
    GetSubAccountApiPermissions,
    GetTransferHistoryStatus,
    GetWithdrawDetailStatus,
    IdentityType,
    IdentityTypeLiteral,
    SpecialAccountType,
    SpecialAccountTypeLiteral,
    ToAccountType,
    TradeType,
    TradeTypeLiteral,
)


class SubmitKycRequest(RequestModel):
    """The inputs of Submit KYC."""

    client_uid: str = Field(alias="clientUid", description="client uid")
    first_name: str = Field(alias="firstName", description="first Name")
    last_name: str = Field(alias="lastName", description="last Name")
    issue_country: str = Field(alias="issueCountry", description="ISO country code")
    birth_date: str = Field(alias="birthDate", description="Birth Date")
    identity_type: IdentityType | IdentityTypeLiteral = Field(
        alias="identityType", description="Identity type"
    )
    identity_number: str = Field(alias="identityNumber", description="Identity Number")
    expire_date: str = Field(
        alias="expireDate",
        description="expire Date. If there is no expiration date, please fill in: 2099-01-01",
    )
    front_photo: str = Field(
        alias="frontPhoto",
        description="**Optional when identityType=bvn,** Front photo of the ID card, in base64 format, PNG or JPG is recommended, and the size cannot exceed 2MB. If it exceeds 2MB, it is recommended to adjust the resolution and compress it to less than 2MB",
    )
    backend_photo: str = Field(
        alias="backendPhoto",
        description="**Optional when identityType=passport/bvn,** Back photo of ID, same as above",
    )
    face_photo: str = Field(
        alias="facePhoto",
        description="Selfie photo, in base64 format, PNG or JPG is recommended, and the size cannot exceed 2MB. If it exceeds 2MB, it is recommended to adjust the resolution and compress it to less than 2MB",
    )


class GetKycStatusRequest(RequestModel):
    """The inputs of Get KYC Status."""

    client_uids: str = Field(
        alias="clientUids", description="Client uid, Use commas to separate multiple UIDs"
    )


class GetKycStatusData(ResponseModel):
    """One item of the `data` of the Get KYC Status response."""

    client_uid: int | None = Field(default=None, alias="clientUid", description="client uid")
    status: GetKycStatusStatus | str | None = Field(
        default=None, union_mode="left_to_right", description="KYC status"
    )
    reject_reason: str | None = Field(
        default=None, alias="rejectReason", description="Reject Reason"
    )


class GetKycStatusListRequest(RequestModel):
    """The inputs of Get KYC Status List."""

    page_number: int | None = Field(default=None, alias="pageNumber", description="Page Number")
    page_size: int | None = Field(default=None, alias="pageSize", description="Page Size")


class GetKycStatusListDataItem(ResponseModel):
    """One item of `items` in the Get KYC Status List response."""

    client_uid: int | None = Field(default=None, alias="clientUid", description="client uid")
    status: GetKycStatusStatus | str | None = Field(
        default=None, union_mode="left_to_right", description="KYC status"
    )
    reject_reason: str | None = Field(
        default=None, alias="rejectReason", description="Reject Reason"
    )


class GetKycStatusListData(ResponseModel):
    """The `data` of the Get KYC Status List response."""

    current_page: int | None = Field(default=None, alias="currentPage")
    page_size: int | None = Field(default=None, alias="pageSize")
    total_num: int | None = Field(default=None, alias="totalNum")
    total_page: int | None = Field(default=None, alias="totalPage")
    items: list[GetKycStatusListDataItem] | None = Field(default=None)


class GetBrokerInfoRequest(RequestModel):
    """The inputs of Get Broker Info."""

    begin: str = Field(description="Start time, for example: 20230110")
    end: str = Field(
        description="End time, for example: 20230210 (query data with a maximum interval of 6 months)"
    )
    trade_type: TradeType | TradeTypeLiteral = Field(
        alias="tradeType", description="Transaction type: 1, spot; 2: futures"
    )


class GetBrokerInfoData(ResponseModel):
    """The `data` of the Get Broker Info response."""

    account_size: int | None = Field(
        default=None, alias="accountSize", description="Number of sub-accounts created"
    )
    max_account_size: int | None = Field(
        default=None,
        alias="maxAccountSize",
        description="The maximum number of sub-accounts allowed to be created; null means no limit",
    )
    level: int | None = Field(default=None, description="Broker level")


class AddSubAccountRequest(RequestModel):
    """The inputs of Add sub-account."""

    account_name: str = Field(
        alias="accountName",
        description="Sub-account Name. Note that this name is unique across the exchange. It is recommended to add a special identifier to prevent name duplication.",
    )


class AddSubAccountData(ResponseModel):
    """The `data` of the Add sub-account response."""

    account_name: str | None = Field(
        default=None, alias="accountName", description="Sub-account name\n"
    )
    uid: str | None = Field(default=None, description="Sub-account UID")
    created_at: int | None = Field(
        default=None, alias="createdAt", description="Creation time, Unix timestamp (milliseconds)"
    )
    level: int | None = Field(default=None, description="Sub-account VIP level")


class GetSubAccountRequest(RequestModel):
    """The inputs of Get sub-account."""

    uid: str | None = Field(default=None, description="Sub-account UID")
    current_page: int | None = Field(
        default=None, alias="currentPage", description="Current page, default is 1"
    )
    page_size: int | None = Field(
        default=None,
        alias="pageSize",
        description="The number returned per page, the default is 20, the maximum is 100",
    )


class GetSubAccountDataItem(ResponseModel):
    """One item of `items` in the Get sub-account response."""

    account_name: str | None = Field(
        default=None, alias="accountName", description="Sub-account name"
    )
    uid: str | None = Field(default=None, description="Sub-account UID")
    created_at: int | None = Field(
        default=None, alias="createdAt", description="Creation time, Unix timestamp (milliseconds)"
    )
    level: int | None = Field(default=None, description="Sub-account VIP level\n")


class GetSubAccountData(ResponseModel):
    """The `data` of the Get sub-account response."""

    current_page: int | None = Field(default=None, alias="currentPage", description="Current page")
    page_size: int | None = Field(default=None, alias="pageSize", description="Page Size")
    total_num: int | None = Field(default=None, alias="totalNum", description="Total Number")
    total_page: int | None = Field(default=None, alias="totalPage", description="Total Pages")
    items: list[GetSubAccountDataItem] | None = Field(default=None)


class AddSubAccountApiRequest(RequestModel):
    """The inputs of Add sub-account API."""

    uid: str = Field(description="Sub-account UID")
    passphrase: str = Field(description="API passphrase")
    ip_whitelist: list[str] = Field(
        alias="ipWhitelist", description="IP whitelist list, supports up to 20 IPs"
    )
    permissions: list[AddSubAccountApiPermissions | AddSubAccountApiPermissionsLiteral] = Field(
        description='Permission group list (only General, Spot and Futures permissions can be set, such as "General, Trade").\n'
    )
    label: str = Field(min_length=4, max_length=32, description="apikey remarks (length 4~32)\n")


class AddSubAccountApiData(ResponseModel):
    """The `data` of the Add sub-account API response."""

    uid: str | None = Field(default=None, description="Sub-account UID")
    label: str | None = Field(default=None, description="apikey remarks")
    api_key: str | None = Field(default=None, alias="apiKey", description="apiKey")
    secret_key: str | None = Field(default=None, alias="secretKey", description="secretKey")
    api_version: int | None = Field(default=None, alias="apiVersion", description="apiVersion")
    permissions: list[str] | None = Field(
        default=None,
        description="[Permissions](https://www.kucoin.com/docs-new/doc-338144) group list",
    )
    ip_whitelist: list[str] | None = Field(
        default=None, alias="ipWhitelist", description="IP whitelist list"
    )
    created_at: int | None = Field(
        default=None, alias="createdAt", description="Creation time, Unix timestamp (milliseconds)"
    )


class GetSubAccountApiRequest(RequestModel):
    """The inputs of Get sub-account API."""

    uid: str = Field(description="Sub-account UID")
    api_key: str | None = Field(default=None, alias="apiKey", description="Sub-account apiKey")


class GetSubAccountApiData(ResponseModel):
    """One item of the `data` of the Get sub-account API response."""

    uid: str | None = Field(default=None, description="Sub-account UID")
    label: str | None = Field(default=None, description="apikey remarks")
    api_key: str | None = Field(default=None, alias="apiKey", description="apiKey")
    api_version: int | None = Field(default=None, alias="apiVersion", description="apiVersion")
    permissions: list[Annotated[GetSubAccountApiPermissions | str, Field(union_mode="left_to_right")]] | None = Field(
        default=None,
        description="[Permissions](https://www.kucoin.com/docs-new/doc-338144) group list",
    )
    ip_whitelist: list[str] | None = Field(
        default=None, alias="ipWhitelist", description="IP whitelist list"
    )
    created_at: int | None = Field(
        default=None, alias="createdAt", description="Creation time, Unix timestamp (milliseconds)"
    )


class DeleteSubAccountApiRequest(RequestModel):
    """The inputs of Delete sub-account API."""

    uid: str = Field(description="Sub-account UID")
    api_key: str = Field(alias="apiKey", description="Sub-account apiKey")


class ModifySubAccountApiRequest(RequestModel):
    """The inputs of Modify sub-account API."""

    uid: str = Field(description="Sub-account UID")
    ip_whitelist: list[str] = Field(
        alias="ipWhitelist", description="IP whitelist list, supports up to 20 IPs"
    )
    permissions: list[AddSubAccountApiPermissions | AddSubAccountApiPermissionsLiteral] = Field(
        description='[Permissions](https://www.kucoin.com/docs-new/doc-338144) group list (only General, Spot and Futures permissions can be set, such as "General, Trade").\n'
    )
    label: str = Field(min_length=4, max_length=32, description="apikey remarks (length 4~32)\n")
    api_key: str = Field(alias="apiKey", description="Sub-account apiKey")


class ModifySubAccountApiData(ResponseModel):
    """The `data` of the Modify sub-account API response."""

    uid: str | None = Field(default=None, description="Sub-account UID")
    label: str | None = Field(default=None, description="apikey remarks")
    api_key: str | None = Field(default=None, alias="apiKey", description="apiKey")
    api_version: int | None = Field(default=None, alias="apiVersion", description="apiVersion")
    permissions: list[str] | None = Field(
        default=None,
        description="[Permissions](https://www.kucoin.com/docs-new/doc-338144) group list",
    )
    ip_whitelist: list[str] | None = Field(
        default=None, alias="ipWhitelist", description="IP whitelist list"
    )
    created_at: int | None = Field(
        default=None, alias="createdAt", description="Creation time, Unix timestamp (milliseconds)"
    )


class TransferRequest(RequestModel):
    """The inputs of Transfer."""

    currency: str = Field(description="Currency")
    amount: DecimalString = Field(
        description="Transfer Amount (must be a positive integer in the currency's precision)"
    )
    direction: Direction | DirectionLiteral = Field(
        description="Fund transfer direction: OUT (Broker account is transferred to Broker sub-account), IN (Broker sub-account is transferred to Broker account)"
    )
    account_type: AccountType | AccountTypeLiteral = Field(
        alias="accountType",
        description="Broker account types: MAIN (Funding account), TRADE (Spot trading account)",
    )
    special_uid: str = Field(
        alias="specialUid",
        description="Broker sub-account UID, must be the Broker sub-account created by the current Broker user.",
    )
    special_account_type: SpecialAccountType | SpecialAccountTypeLiteral = Field(
        alias="specialAccountType",
        description="Broker sub-account types: MAIN (Funding account), TRADE (Spot trading account)",
    )
    client_oid: str = Field(
        alias="clientOid",
        max_length=128,
        description="Client Order ID, the unique identifier created by the client. It is recommended to use UUID. The maximum length is 128 bits.",
    )


class TransferData(ResponseModel):
    """The `data` of the Transfer response."""

    order_id: str | None = Field(default=None, alias="orderId")


class GetTransferHistoryRequest(RequestModel):
    """The inputs of Get Transfer History."""

    order_id: str = Field(alias="orderId", description="Transfer Order ID")


class GetTransferHistoryData(ResponseModel):
    """The `data` of the Get Transfer History response."""

    order_id: str | None = Field(default=None, alias="orderId", description="Transfer Order ID")
    currency: str | None = Field(default=None, description="Currency")
    amount: Decimal | None = Field(default=None, description="Transfer Amount")
    from_uid: int | None = Field(
        default=None, alias="fromUid", description="UID of the user transferring out"
    )
    from_account_type: FromAccountType | str | None = Field(
        default=None,
        alias="fromAccountType",
        union_mode="left_to_right",
        description="From Account Type: Account Type: MAIN, TRADE, CONTRACT, MARGIN, ISOLATED",
    )
    from_account_tag: str | None = Field(
        default=None,
        alias="fromAccountTag",
        description="Trading pair (required if the account type is ISOLATED), e.g., BTC-USDT",
    )
    to_uid: int | None = Field(
        default=None, alias="toUid", description="UID of the user transferring in"
    )
    to_account_type: ToAccountType | str | None = Field(
        default=None,
        alias="toAccountType",
        union_mode="left_to_right",
        description="Account Type: Account Type: MAIN, TRADE, CONTRACT, MARGIN, ISOLATED",
    )
    to_account_tag: str | None = Field(
        default=None,
        alias="toAccountTag",
        description="To Trading pair (required if the account type is ISOLATED), e.g., BTC-USDT",
    )
    status: GetTransferHistoryStatus | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Status: PROCESSING (processing), SUCCESS (successful), FAILURE (failed)",
    )
    reason: str | None = Field(default=None, description="Failure Reason")
    created_at: int | None = Field(
        default=None,
        alias="createdAt",
        description="Creation Time (Unix timestamp in milliseconds)",
    )


class GetDepositListRequest(RequestModel):
    """The inputs of Get Deposit List."""

    currency: str | None = Field(default=None, description="currency")
    status: str | None = Field(
        default=None, description="Status. Available value: PROCESSING, SUCCESS, FAILURE"
    )
    hash: str | None = Field(default=None, description="hash")
    start_timestamp: int | None = Field(
        default=None, alias="startTimestamp", description="Start time (milliseconds)"
    )
    end_timestamp: int | None = Field(
        default=None,
        alias="endTimestamp",
        description="End time (milliseconds); default sorting in descending order",
    )
    limit: int | None = Field(
        default=None, description="Maximum number of returned items, maximum 1000, default 1000"
    )


class GetDepositListData(ResponseModel):
    """One item of the `data` of the Get Deposit List response."""

    uid: Decimal | None = Field(default=None, description="deposit uid")
    hash: str | None = Field(default=None, description="hash")
    address: str | None = Field(default=None, description="Deposit address")
    memo: str | None = Field(
        default=None,
        description="Address remark. If there’s no remark, it is empty. When you withdraw from other platforms to KuCoin, you need to fill in memo(tag). Be careful: If you do not fill in memo(tag), your deposit may not be available.",
    )
    amount: Decimal | None = Field(default=None, description="Deposit amount")
    fee: Decimal | None = Field(default=None, description="Fees charged for deposit")
    currency: str | None = Field(default=None, description="currency")
    is_inner: bool | None = Field(
        default=None, alias="isInner", description="Internal deposit or not"
    )
    wallet_tx_id: str | None = Field(default=None, alias="walletTxId", description="Wallet Txid")
    status: GetTransferHistoryStatus | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Status. Available value: PROCESSING, SUCCESS, FAILURE",
    )
    remark: str | None = Field(default=None, description="Remark")
    chain: str | None = Field(default=None, description="Chain name of currency")
    created_at: int | None = Field(
        default=None, alias="createdAt", description="Database record creation time"
    )
    updated_at: int | None = Field(
        default=None, alias="updatedAt", description="Update time of the database record"
    )


class GetDepositDetailRequest(RequestModel):
    """The inputs of Get Deposit Detail."""

    currency: str = Field(description="Currency")
    hash: str = Field(description="Hash Value")


class GetDepositDetailData(ResponseModel):
    """The `data` of the Get Deposit Detail response."""

    chain: str | None = Field(default=None, description="Chain ID of currency")
    hash: str | None = Field(default=None, description="Hash")
    wallet_tx_id: str | None = Field(
        default=None, alias="walletTxId", description="Wallet Transaction ID"
    )
    uid: int | None = Field(default=None, description="UID")
    updated_at: int | None = Field(
        default=None, alias="updatedAt", description="Update Time (milliseconds)"
    )
    amount: Decimal | None = Field(default=None, description="Amount")
    memo: str | None = Field(default=None, description="Memo")
    fee: Decimal | None = Field(default=None, description="Fee")
    address: str | None = Field(default=None, description="Address")
    remark: str | None = Field(default=None, description="Remark")
    is_inner: bool | None = Field(
        default=None, alias="isInner", description="Is Internal (true or false)"
    )
    currency: str | None = Field(default=None, description="Currency")
    status: GetTransferHistoryStatus | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Status (PROCESSING, SUCCESS, FAILURE)",
    )
    created_at: int | None = Field(
        default=None, alias="createdAt", description="Creation Time (milliseconds)"
    )


class GetWithdrawDetailRequest(RequestModel):
    """The inputs of Get Withdraw Detail."""

    withdrawal_id: str = Field(alias="withdrawalId", description="Withdrawal ID")


class GetWithdrawDetailData(ResponseModel):
    """The `data` of the Get Withdraw Detail response."""

    id: str | None = Field(default=None, description="Withdrawal ID")
    chain: str | None = Field(default=None, description="Chain ID of currency")
    wallet_tx_id: str | None = Field(
        default=None, alias="walletTxId", description="Wallet Transaction ID"
    )
    uid: int | None = Field(default=None, description="UID")
    updated_at: int | None = Field(
        default=None, alias="updatedAt", description="Update Time (milliseconds)"
    )
    amount: Decimal | None = Field(default=None, description="Amount")
    memo: str | None = Field(default=None, description="Memo")
    fee: Decimal | None = Field(default=None, description="Fee")
    address: str | None = Field(default=None, description="Address")
    remark: str | None = Field(default=None, description="Remark")
    is_inner: bool | None = Field(
        default=None, alias="isInner", description="Is Internal (true or false)"
    )
    currency: str | None = Field(default=None, description="Currency")
    status: GetWithdrawDetailStatus | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Status (PROCESSING, WALLET_PROCESSING, REVIEW, SUCCESS, FAILURE)",
    )
    created_at: int | None = Field(
        default=None, alias="createdAt", description="Creation Time (milliseconds)"
    )


class GetBrokerRebateRequest(RequestModel):
    """The inputs of Get Broker Rebate."""

    begin: str = Field(description="Start time, for example: 20240610")
    end: str = Field(
        description="End time, for example: 20241010 (query data with a maximum interval of 6 months)"
    )
    trade_type: TradeType | TradeTypeLiteral = Field(
        alias="tradeType", description="Transaction type: 1, spot; 2, futures"
    )


class GetBrokerRebateData(ResponseModel):
    """The `data` of the Get Broker Rebate response."""

    url: str | None = Field(default=None, description="Rebate order file (link is valid for 1 day)")


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
    "submit_kyc": SubmitKycRequest,
    "get_kyc_status": GetKycStatusRequest,
    "get_kyc_status_list": GetKycStatusListRequest,
    "get_broker_info": GetBrokerInfoRequest,
    "add_sub_account": AddSubAccountRequest,
    "get_sub_account": GetSubAccountRequest,
    "add_sub_account_api": AddSubAccountApiRequest,
    "get_sub_account_api": GetSubAccountApiRequest,
    "delete_sub_account_api": DeleteSubAccountApiRequest,
    "modify_sub_account_api": ModifySubAccountApiRequest,
    "transfer": TransferRequest,
    "get_transfer_history": GetTransferHistoryRequest,
    "get_deposit_list": GetDepositListRequest,
    "get_deposit_detail": GetDepositDetailRequest,
    "get_withdraw_detail": GetWithdrawDetailRequest,
    "get_broker_rebate": GetBrokerRebateRequest,
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "submit_kyc": str,
    "get_kyc_status": list[GetKycStatusData],
    "get_kyc_status_list": GetKycStatusListData,
    "get_broker_info": GetBrokerInfoData,
    "add_sub_account": AddSubAccountData,
    "get_sub_account": GetSubAccountData,
    "add_sub_account_api": AddSubAccountApiData,
    "get_sub_account_api": list[GetSubAccountApiData],
    "delete_sub_account_api": bool,
    "modify_sub_account_api": ModifySubAccountApiData,
    "transfer": TransferData,
    "get_transfer_history": GetTransferHistoryData,
    "get_deposit_list": list[GetDepositListData],
    "get_deposit_detail": GetDepositDetailData,
    "get_withdraw_detail": GetWithdrawDetailData,
    "get_broker_rebate": GetBrokerRebateData,
}
"""The type of every operation's response `data`, by operation name."""
