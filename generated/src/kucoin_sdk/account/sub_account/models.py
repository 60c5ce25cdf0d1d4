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
from kucoin_sdk.account.sub_account.enums import (
    Access,
    AccessLiteral,
    Expire,
    ExpireLiteral,
    Status,
    Type,
)


class AddSubAccountRequest(RequestModel):
    """The inputs of Add sub-account."""

    password: str = Field(
        description="Password (7–24 characters, must contain letters and numbers, cannot only contain numbers or include special characters)"
    )
    remarks: str | None = Field(default=None, description="Remarks (1–24 characters)")
    sub_name: str = Field(
        alias="subName",
        description="Sub-account name (must contain 7–32 characters, at least one number and one letter. Cannot contain any spaces.)",
    )
    access: Access | AccessLiteral = Field(
        description="Permission (types include Spot, Futures, Margin permissions, which can be used alone or in combination)."
    )


class AddSubAccountData(ResponseModel):
    """The `data` of the Add sub-account response."""

    uid: int | None = Field(default=None, description="Sub account user id")
    sub_name: str | None = Field(default=None, alias="subName", description="Sub account name")
    remarks: str | None = Field(default=None, description="Sub account name")
    access: str | None = Field(default=None, description="permission")


class AddSubAccountMarginPermissionRequest(RequestModel):
    """The inputs of Add sub-account Margin Permission."""

    uid: str = Field(description="Sub account UID")


class AddSubAccountFuturesPermissionRequest(RequestModel):
    """The inputs of Add sub-account Futures Permission."""

    uid: str = Field(description="Sub account UID")


class GetSubAccountListSummaryInfoRequest(RequestModel):
    """The inputs of Get sub-account List - Summary Info."""

    current_page: int | None = Field(
        default=None, alias="currentPage", description="Current request page. Default is 1"
    )
    page_size: int | None = Field(
        default=None,
        alias="pageSize",
        description="Number of results per request. Minimum is 1, maximum is 100, default is 10.",
    )


class GetSubAccountListSummaryInfoDataItem(ResponseModel):
    """One item of `items` in the Get sub-account List - Summary Info response."""

    user_id: str | None = Field(default=None, alias="userId", description="Sub-account User ID")
    uid: int | None = Field(default=None, description="Sub-account UID")
    sub_name: str | None = Field(default=None, alias="subName", description="Sub-account name")
    status: Status | int | None = Field(
        default=None, union_mode="left_to_right", description="Sub-account; 2:Enable, 3:Frozen"
    )
    type: Type | int | None = Field(
        default=None, union_mode="left_to_right", description="Sub-account type"
    )
    access: str | None = Field(default=None, description="Sub-account Permission")
    created_at: int | None = Field(default=None, alias="createdAt", description="Time of event")
    remarks: str | None = Field(default=None, description="Remarks")
    trade_types: list[str] | None = Field(
        default=None, alias="tradeTypes", description="Sub-account Permissions"
    )
    opened_trade_types: list[str] | None = Field(
        default=None,
        alias="openedTradeTypes",
        description="Sub-account active permissions: If you do not have the corresponding permissions, you must log in to the sub-account and go to the corresponding web page to activate.",
    )
    hosted_status: str | None = Field(default=None, alias="hostedStatus")


class GetSubAccountListSummaryInfoData(ResponseModel):
    """The `data` of the Get sub-account List - Summary Info response."""

    current_page: int | None = Field(
        default=None, alias="currentPage", description="Current request page"
    )
    page_size: int | None = Field(
        default=None,
        alias="pageSize",
        description="Number of results per request. Minimum is 1, maximum is 100",
    )
    total_num: int | None = Field(
        default=None, alias="totalNum", description="Total number of messages"
    )
    total_page: int | None = Field(
        default=None, alias="totalPage", description="Total number of pages"
    )
    items: list[GetSubAccountListSummaryInfoDataItem] | None = Field(default=None)


class GetSubAccountDetailBalanceRequest(RequestModel):
    """The inputs of Get sub-account Detail - Balance."""

    sub_user_id: str = Field(alias="subUserId", description="the userID of a sub-account.")
    include_base_amount: bool | None = Field(
        default=None,
        alias="includeBaseAmount",
        description="False: Do not display currencies with 0 assets; True: display all currencies",
    )
    base_currency: str | None = Field(
        default=None,
        alias="baseCurrency",
        description="Specify the currency used to convert assets",
    )
    base_amount: str | None = Field(
        default=None,
        alias="baseAmount",
        description="The currency balance specified must be greater than or equal to the amount",
    )


class GetSubAccountDetailBalanceDataMainAccount(ResponseModel):
    """One item of `mainAccounts` in the Get sub-account Detail - Balance response."""

    currency: str | None = Field(default=None, description="Currency")
    balance: Decimal | None = Field(default=None, description="Total funds in an account.")
    available: Decimal | None = Field(
        default=None, description="Funds available to withdraw or trade."
    )
    holds: str | None = Field(default=None, description="Funds on hold (not available for use).")
    base_currency: str | None = Field(
        default=None, alias="baseCurrency", description="Calculated on this currency."
    )
    base_currency_price: str | None = Field(
        default=None, alias="baseCurrencyPrice", description="The base currency price."
    )
    base_amount: str | None = Field(
        default=None, alias="baseAmount", description="The base currency amount."
    )
    tag: str | None = Field(default=None)


class GetSubAccountDetailBalanceDataTradeAccount(ResponseModel):
    """One item of `tradeAccounts` in the Get sub-account Detail - Balance response."""

    currency: str | None = Field(default=None, description="Currency")
    balance: Decimal | None = Field(default=None, description="Total funds in an account.")
    available: Decimal | None = Field(
        default=None, description="Funds available to withdraw or trade."
    )
    holds: str | None = Field(default=None, description="Funds on hold (not available for use).")
    base_currency: str | None = Field(
        default=None, alias="baseCurrency", description="Calculated on this currency."
    )
    base_currency_price: str | None = Field(
        default=None, alias="baseCurrencyPrice", description="The base currency price."
    )
    base_amount: str | None = Field(
        default=None, alias="baseAmount", description="The base currency amount."
    )
    tag: str | None = Field(default=None)


class GetSubAccountDetailBalanceDataMarginAccount(ResponseModel):
    """One item of `marginAccounts` in the Get sub-account Detail - Balance response."""

    currency: str | None = Field(default=None, description="Currency")
    balance: Decimal | None = Field(default=None, description="Total funds in an account.")
    available: Decimal | None = Field(
        default=None, description="Funds available to withdraw or trade."
    )
    holds: str | None = Field(default=None, description="Funds on hold (not available for use).")
    base_currency: str | None = Field(
        default=None, alias="baseCurrency", description="Calculated on this currency."
    )
    base_currency_price: str | None = Field(
        default=None, alias="baseCurrencyPrice", description="The base currency price."
    )
    base_amount: str | None = Field(
        default=None, alias="baseAmount", description="The base currency amount."
    )
    tag: str | None = Field(default=None)


class GetSubAccountDetailBalanceData(ResponseModel):
    """The `data` of the Get sub-account Detail - Balance response."""

    sub_user_id: str | None = Field(
        default=None, alias="subUserId", description="The user ID of a sub-user."
    )
    sub_name: str | None = Field(
        default=None, alias="subName", description="The username of a sub-user."
    )
    main_accounts: list[GetSubAccountDetailBalanceDataMainAccount] | None = Field(
        default=None, alias="mainAccounts", description="Funding Account"
    )
    trade_accounts: list[GetSubAccountDetailBalanceDataTradeAccount] | None = Field(
        default=None, alias="tradeAccounts", description="Spot Account"
    )
    margin_accounts: list[GetSubAccountDetailBalanceDataMarginAccount] | None = Field(
        default=None, alias="marginAccounts", description="Margin Account"
    )
    trade_hf_accounts: list[str] | None = Field(
        default=None,
        alias="tradeHFAccounts",
        description="This param is deprecated and only valid for some old users",
    )


class GetSubAccountListSpotBalanceV2Request(RequestModel):
    """The inputs of Get sub-account List - Spot Balance (V2)."""

    current_page: int | None = Field(
        default=None, alias="currentPage", description="Current request page. Default is 1"
    )
    page_size: int | None = Field(
        default=None,
        alias="pageSize",
        description="Number of results per request. Minimum is 10, maximum is 100, default is 10.",
    )


class GetSubAccountListSpotBalanceV2DataItemMainAccount(ResponseModel):
    """One item of `mainAccounts` in the Get sub-account List - Spot Balance (V2) response."""

    currency: str | None = Field(default=None, description="The currency of the account.")
    balance: Decimal | None = Field(default=None, description="Total funds in the account.")
    available: Decimal | None = Field(
        default=None, description="Funds available to withdraw or trade."
    )
    holds: str | None = Field(default=None, description="Funds on hold (not available for use).")
    base_currency: str | None = Field(
        default=None, alias="baseCurrency", description="Calculated on this currency."
    )
    base_currency_price: str | None = Field(
        default=None, alias="baseCurrencyPrice", description="The base currency price."
    )
    base_amount: str | None = Field(
        default=None, alias="baseAmount", description="The base currency amount."
    )
    tag: str | None = Field(default=None)


class GetSubAccountListSpotBalanceV2DataItemTradeAccount(ResponseModel):
    """One item of `tradeAccounts` in the Get sub-account List - Spot Balance (V2)
    response.
    """

    currency: str | None = Field(default=None, description="The currency of the account.")
    balance: Decimal | None = Field(default=None, description="Total funds in the account.")
    available: Decimal | None = Field(
        default=None, description="Funds available to withdraw or trade."
    )
    holds: str | None = Field(default=None, description="Funds on hold (not available for use).")
    base_currency: str | None = Field(
        default=None, alias="baseCurrency", description="Calculated on this currency."
    )
    base_currency_price: str | None = Field(
        default=None, alias="baseCurrencyPrice", description="The base currency price."
    )
    base_amount: str | None = Field(
        default=None, alias="baseAmount", description="The base currency amount."
    )
    tag: str | None = Field(default=None)


class GetSubAccountListSpotBalanceV2DataItemMarginAccount(ResponseModel):
    """One item of `marginAccounts` in the Get sub-account List - Spot Balance (V2)
    response.
    """

    currency: str | None = Field(default=None, description="The currency of the account.")
    balance: Decimal | None = Field(default=None, description="Total funds in the account.")
    available: Decimal | None = Field(
        default=None, description="Funds available to withdraw or trade."
    )
    holds: str | None = Field(default=None, description="Funds on hold (not available for use).")
    base_currency: str | None = Field(
        default=None, alias="baseCurrency", description="Calculated on this currency."
    )
    base_currency_price: str | None = Field(
        default=None, alias="baseCurrencyPrice", description="The base currency price."
    )
    base_amount: str | None = Field(
        default=None, alias="baseAmount", description="The base currency amount."
    )
    tag: str | None = Field(default=None)


class GetSubAccountListSpotBalanceV2DataItem(ResponseModel):
    """One item of `items` in the Get sub-account List - Spot Balance (V2) response."""

    sub_user_id: str | None = Field(
        default=None, alias="subUserId", description="The user ID of the sub-user."
    )
    sub_name: str | None = Field(
        default=None, alias="subName", description="The username of the sub-user."
    )
    main_accounts: list[GetSubAccountListSpotBalanceV2DataItemMainAccount] | None = Field(
        default=None, alias="mainAccounts", description="Funding Account"
    )
    trade_accounts: list[GetSubAccountListSpotBalanceV2DataItemTradeAccount] | None = Field(
        default=None, alias="tradeAccounts", description="Spot Account"
    )
    margin_accounts: list[GetSubAccountListSpotBalanceV2DataItemMarginAccount] | None = Field(
        default=None, alias="marginAccounts", description="Margin Account"
    )
    trade_hf_accounts: list[str] | None = Field(
        default=None,
        alias="tradeHFAccounts",
        description="This param is deprecated and only valid for some old users",
    )


class GetSubAccountListSpotBalanceV2Data(ResponseModel):
    """The `data` of the Get sub-account List - Spot Balance (V2) response."""

    current_page: int | None = Field(default=None, alias="currentPage")
    page_size: int | None = Field(default=None, alias="pageSize")
    total_num: int | None = Field(default=None, alias="totalNum")
    total_page: int | None = Field(default=None, alias="totalPage")
    items: list[GetSubAccountListSpotBalanceV2DataItem] | None = Field(default=None)


class GetSubAccountListFuturesBalanceV2Request(RequestModel):
    """The inputs of Get sub-account List - Futures Balance (V2)."""

    currency: str | None = Field(default=None, description="Currency, Default XBT")


class GetSubAccountListFuturesBalanceV2DataSummary(ResponseModel):
    """The `summary` of the Get sub-account List - Futures Balance (V2) response."""

    account_equity_total: Decimal | None = Field(
        default=None, alias="accountEquityTotal", description="Total Account Equity"
    )
    unrealised_pnl_total: Decimal | None = Field(
        default=None, alias="unrealisedPNLTotal", description="Total unrealizedPNL"
    )
    margin_balance_total: Decimal | None = Field(
        default=None, alias="marginBalanceTotal", description="Total Margin Balance"
    )
    position_margin_total: Decimal | None = Field(
        default=None, alias="positionMarginTotal", description="Total Position margin"
    )
    order_margin_total: Decimal | None = Field(default=None, alias="orderMarginTotal")
    frozen_funds_total: Decimal | None = Field(
        default=None,
        alias="frozenFundsTotal",
        description="Total frozen funds for withdrawal and out-transfer",
    )
    available_balance_total: Decimal | None = Field(
        default=None, alias="availableBalanceTotal", description="Total available balance"
    )
    currency: str | None = Field(default=None)


class GetSubAccountListFuturesBalanceV2DataAccount(ResponseModel):
    """One item of `accounts` in the Get sub-account List - Futures Balance (V2) response."""

    account_name: str | None = Field(
        default=None, alias="accountName", description="Account name, main account is main"
    )
    account_equity: Decimal | None = Field(default=None, alias="accountEquity")
    unrealised_pnl: Decimal | None = Field(default=None, alias="unrealisedPNL")
    margin_balance: Decimal | None = Field(default=None, alias="marginBalance")
    position_margin: Decimal | None = Field(default=None, alias="positionMargin")
    order_margin: Decimal | None = Field(default=None, alias="orderMargin")
    frozen_funds: Decimal | None = Field(default=None, alias="frozenFunds")
    available_balance: Decimal | None = Field(default=None, alias="availableBalance")
    currency: str | None = Field(default=None, description="currency")


class GetSubAccountListFuturesBalanceV2Data(ResponseModel):
    """The `data` of the Get sub-account List - Futures Balance (V2) response."""

    summary: GetSubAccountListFuturesBalanceV2DataSummary | None = Field(default=None)
    accounts: list[GetSubAccountListFuturesBalanceV2DataAccount] | None = Field(
        default=None, description="Account List"
    )


class AddSubAccountApiRequest(RequestModel):
    """The inputs of Add sub-account API."""

    passphrase: str = Field(
        description="Password (Must contain 7–32 characters. Cannot contain any spaces.)"
    )
    remark: str = Field(description="Remarks (1–24 characters)")
    permission: str | None = Field(
        default=None,
        description='[Permissions](https://www.kucoin.com/docs-new/doc-338144)(Only General, Spot, Futures, Margin, InnerTransfer (Flex Transfer) permissions can be set, such as "General, Trade". The default is "General")',
    )
    ip_whitelist: str | None = Field(
        default=None,
        alias="ipWhitelist",
        description="IP whitelist (You may add up to 20 IPs. Use a halfwidth comma to each IP)",
    )
    expire: Expire | ExpireLiteral | None = Field(
        default=None,
        description="API expiration time: Never expire(default)-1, 30Day30, 90Day90, 180Day180, 360Day360",
    )
    sub_name: str = Field(
        alias="subName", description="Sub-account name, create sub account name of API Key."
    )


class AddSubAccountApiData(ResponseModel):
    """The `data` of the Add sub-account API response."""

    sub_name: str | None = Field(default=None, alias="subName", description="Sub-account name")
    remark: str | None = Field(default=None, description="Remarks")
    api_key: str | None = Field(default=None, alias="apiKey", description="API Key")
    api_secret: str | None = Field(default=None, alias="apiSecret", description="API Secret Key\n")
    api_version: int | None = Field(default=None, alias="apiVersion", description="API Version")
    passphrase: str | None = Field(default=None, description="Password")
    permission: str | None = Field(
        default=None, description="[Permissions](https://www.kucoin.com/docs-new/doc-338144)"
    )
    ip_whitelist: str | None = Field(default=None, alias="ipWhitelist", description="IP whitelist")
    created_at: int | None = Field(default=None, alias="createdAt", description="Time of event")


class GetSubAccountApiListRequest(RequestModel):
    """The inputs of Get sub-account API List."""

    api_key: str | None = Field(default=None, alias="apiKey", description="API-Key")
    sub_name: str = Field(alias="subName", description="Sub-account name.")


class GetSubAccountApiListData(ResponseModel):
    """One item of the `data` of the Get sub-account API List response."""

    sub_name: str | None = Field(default=None, alias="subName", description="Sub Name")
    remark: str | None = Field(default=None, description="Remarks")
    api_key: str | None = Field(default=None, alias="apiKey", description="API Key")
    api_version: int | None = Field(default=None, alias="apiVersion", description="API Version")
    permission: str | None = Field(
        default=None, description="[Permissions](https://www.kucoin.com/docs-new/doc-338144)"
    )
    ip_whitelist: str | None = Field(default=None, alias="ipWhitelist", description="IP whitelist")
    created_at: int | None = Field(
        default=None, alias="createdAt", description="Apikey create time"
    )
    uid: int | None = Field(default=None, description="Sub-account UID")
    is_master: bool | None = Field(
        default=None, alias="isMaster", description="Whether it is the master account."
    )


class DeleteSubAccountApiRequest(RequestModel):
    """The inputs of Delete sub-account API."""

    api_key: str = Field(alias="apiKey", description="API-Key")
    sub_name: str = Field(alias="subName", description="Sub-account name.")
    passphrase: str = Field(description="Password (password of the API key)")


class DeleteSubAccountApiData(ResponseModel):
    """The `data` of the Delete sub-account API response."""

    sub_name: str | None = Field(
        default=None, alias="subName", description="The username of a sub-user."
    )
    api_key: str | None = Field(
        default=None, alias="apiKey", description="The APIKEY of a sub-user."
    )


class ModifySubAccountApiRequest(RequestModel):
    """The inputs of Modify sub-account API."""

    passphrase: str = Field(
        description="Password (Must contain 7–32 characters. Cannot contain any spaces.)"
    )
    permission: str | None = Field(
        default=None,
        description='[Permissions](https://www.kucoin.com/docs-new/doc-338144)(Only General, Spot, Futures, Margin, InnerTransfer (Flex Transfer) permissions can be set, such as "General, Trade". The default is "General")',
    )
    ip_whitelist: str | None = Field(
        default=None,
        alias="ipWhitelist",
        description="IP whitelist (You may add up to 20 IPs. Use a halfwidth comma to each IP)",
    )
    expire: Expire | ExpireLiteral | None = Field(
        default=None,
        description="API expiration time: Never expire(default)-1, 30Day30, 90Day90, 180Day180, 360Day360",
    )
    sub_name: str = Field(
        alias="subName", description="Sub-account name, create sub account name of API Key."
    )
    api_key: str = Field(alias="apiKey", description="API-Key (Sub-account APIKey)")


class ModifySubAccountApiData(ResponseModel):
    """The `data` of the Modify sub-account API response."""

    sub_name: str | None = Field(default=None, alias="subName", description="Sub-account name")
    api_key: str | None = Field(default=None, alias="apiKey", description="API Key")
    permission: str | None = Field(
        default=None, description="[Permissions](https://www.kucoin.com/docs-new/doc-338144)"
    )
    ip_whitelist: str | None = Field(default=None, alias="ipWhitelist", description="IP whitelist")


class GetSubAccountListSummaryInfoV1Data(ResponseModel):
    """One item of the `data` of the Get sub-account List - Summary Info (V1) response."""

    user_id: str | None = Field(default=None, alias="userId")
    uid: int | None = Field(default=None)
    sub_name: str | None = Field(default=None, alias="subName")
    type: int | None = Field(default=None)
    remarks: str | None = Field(default=None)
    access: str | None = Field(default=None, description="Sub-account Permission")


class GetSubAccountListSpotBalanceV1DataMainAccount(ResponseModel):
    """One item of `mainAccounts` in the Get sub-account List - Spot Balance (V1) response."""

    currency: str | None = Field(default=None, description="The currency of the account.")
    balance: Decimal | None = Field(default=None, description="Total funds in the account.")
    available: Decimal | None = Field(
        default=None, description="Funds available to withdraw or trade."
    )
    holds: str | None = Field(default=None, description="Funds on hold (not available for use).")
    base_currency: str | None = Field(
        default=None, alias="baseCurrency", description="Calculated on this currency."
    )
    base_currency_price: str | None = Field(
        default=None, alias="baseCurrencyPrice", description="The base currency price."
    )
    base_amount: str | None = Field(
        default=None, alias="baseAmount", description="The base currency amount."
    )
    tag: str | None = Field(default=None)


class GetSubAccountListSpotBalanceV1DataTradeAccount(ResponseModel):
    """One item of `tradeAccounts` in the Get sub-account List - Spot Balance (V1)
    response.
    """

    currency: str | None = Field(default=None, description="The currency of the account.")
    balance: Decimal | None = Field(default=None, description="Total funds in the account.")
    available: Decimal | None = Field(
        default=None, description="Funds available to withdraw or trade."
    )
    holds: str | None = Field(default=None, description="Funds on hold (not available for use).")
    base_currency: str | None = Field(
        default=None, alias="baseCurrency", description="Calculated on this currency."
    )
    base_currency_price: str | None = Field(
        default=None, alias="baseCurrencyPrice", description="The base currency price."
    )
    base_amount: str | None = Field(
        default=None, alias="baseAmount", description="The base currency amount."
    )
    tag: str | None = Field(default=None)


class GetSubAccountListSpotBalanceV1DataMarginAccount(ResponseModel):
    """One item of `marginAccounts` in the Get sub-account List - Spot Balance (V1)
    response.
    """

    currency: str | None = Field(default=None, description="The currency of the account.")
    balance: Decimal | None = Field(default=None, description="Total funds in the account.")
    available: Decimal | None = Field(
        default=None, description="Funds available to withdraw or trade."
    )
    holds: str | None = Field(default=None, description="Funds on hold (not available for use).")
    base_currency: str | None = Field(
        default=None, alias="baseCurrency", description="Calculated on this currency."
    )
    base_currency_price: str | None = Field(
        default=None, alias="baseCurrencyPrice", description="The base currency price."
    )
    base_amount: str | None = Field(
        default=None, alias="baseAmount", description="The base currency amount."
    )
    tag: str | None = Field(default=None)


class GetSubAccountListSpotBalanceV1Data(ResponseModel):
    """One item of the `data` of the Get sub-account List - Spot Balance (V1) response."""

    sub_user_id: str | None = Field(
        default=None, alias="subUserId", description="The user ID of the sub-user."
    )
    sub_name: str | None = Field(
        default=None, alias="subName", description="The username of the sub-user."
    )
    main_accounts: list[GetSubAccountListSpotBalanceV1DataMainAccount] | None = Field(
        default=None, alias="mainAccounts", description="Funding Account"
    )
    trade_accounts: list[GetSubAccountListSpotBalanceV1DataTradeAccount] | None = Field(
        default=None, alias="tradeAccounts", description="Spot Account"
    )
    margin_accounts: list[GetSubAccountListSpotBalanceV1DataMarginAccount] | None = Field(
        default=None, alias="marginAccounts", description="Margin Account"
    )
    trade_hf_accounts: list[str] | None = Field(
        default=None,
        alias="tradeHFAccounts",
        description="This param is deprecated and only valid for some old users",
    )


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
    "add_sub_account": AddSubAccountRequest,
    "add_sub_account_margin_permission": AddSubAccountMarginPermissionRequest,
    "add_sub_account_futures_permission": AddSubAccountFuturesPermissionRequest,
    "get_sub_account_list_summary_info": GetSubAccountListSummaryInfoRequest,
    "get_sub_account_detail_balance": GetSubAccountDetailBalanceRequest,
    "get_sub_account_list_spot_balance_v2": GetSubAccountListSpotBalanceV2Request,
    "get_sub_account_list_futures_balance_v2": GetSubAccountListFuturesBalanceV2Request,
    "add_sub_account_api": AddSubAccountApiRequest,
    "get_sub_account_api_list": GetSubAccountApiListRequest,
    "delete_sub_account_api": DeleteSubAccountApiRequest,
    "modify_sub_account_api": ModifySubAccountApiRequest,
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "add_sub_account": AddSubAccountData,
    "add_sub_account_margin_permission": str,
    "add_sub_account_futures_permission": bool,
    "get_sub_account_list_summary_info": GetSubAccountListSummaryInfoData,
    "get_sub_account_detail_balance": GetSubAccountDetailBalanceData,
    "get_sub_account_list_spot_balance_v2": GetSubAccountListSpotBalanceV2Data,
    "get_sub_account_list_futures_balance_v2": GetSubAccountListFuturesBalanceV2Data,
    "add_sub_account_api": AddSubAccountApiData,
    "get_sub_account_api_list": list[GetSubAccountApiListData],
    "delete_sub_account_api": DeleteSubAccountApiData,
    "modify_sub_account_api": ModifySubAccountApiData,
    "get_sub_account_list_summary_info_v1": list[GetSubAccountListSummaryInfoV1Data],
    "get_sub_account_list_spot_balance_v1": list[GetSubAccountListSpotBalanceV1Data],
}
"""The type of every operation's response `data`, by operation name."""
