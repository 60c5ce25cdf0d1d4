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
from kucoin_sdk.account.info.enums import (
    BalanceCurrency,
    BalanceCurrencyLiteral,
    BizType,
    BizTypeLiteral,
    Direction,
    DirectionLiteral,
    GetAccountCrossMarginQueryType,
    GetAccountCrossMarginQueryTypeLiteral,
    GetAccountIsolatedMarginQueryType,
    GetAccountIsolatedMarginQueryTypeLiteral,
    GetAccountListSpotType,
    GetAccountListSpotType2,
    GetAccountListSpotTypeLiteral,
    QuoteCurrency,
    QuoteCurrencyLiteral,
    Status,
)


class GetAccountSummaryInfoData(ResponseModel):
    """The `data` of the Get Account Summary Info response."""

    level: int | None = Field(default=None, description="User VIP level\n")
    sub_quantity: int | None = Field(
        default=None, alias="subQuantity", description="Number of sub-accounts"
    )
    spot_sub_quantity: int | None = Field(
        default=None,
        alias="spotSubQuantity",
        description="Number of sub-accounts with spot trading permissions enabled",
    )
    margin_sub_quantity: int | None = Field(
        default=None,
        alias="marginSubQuantity",
        description="Number of sub-accounts with margin trading permissions enabled",
    )
    futures_sub_quantity: int | None = Field(
        default=None,
        alias="futuresSubQuantity",
        description="Number of sub-accounts with futures trading permissions enabled",
    )
    option_sub_quantity: int | None = Field(
        default=None,
        alias="optionSubQuantity",
        description="Number of sub-accounts with option trading permissions enabled",
    )
    max_sub_quantity: int | None = Field(
        default=None,
        alias="maxSubQuantity",
        description="Max. number of sub-accounts = maxDefaultSubQuantity + maxSpotSubQuantity",
    )
    max_default_sub_quantity: int | None = Field(
        default=None,
        alias="maxDefaultSubQuantity",
        description="Max. number of default open sub-accounts (according to VIP level)",
    )
    max_spot_sub_quantity: int | None = Field(
        default=None,
        alias="maxSpotSubQuantity",
        description="Max. number of sub-accounts with additional spot trading permissions",
    )
    max_margin_sub_quantity: int | None = Field(
        default=None,
        alias="maxMarginSubQuantity",
        description="Max. number of sub-accounts with additional margin trading permissions",
    )
    max_futures_sub_quantity: int | None = Field(
        default=None,
        alias="maxFuturesSubQuantity",
        description="Max. number of sub-accounts with additional futures trading permissions",
    )
    max_option_sub_quantity: int | None = Field(
        default=None,
        alias="maxOptionSubQuantity",
        description="Max. number of sub-accounts with additional option trading permissions",
    )


class GetApikeyInfoData(ResponseModel):
    """The `data` of the Get Apikey Info response."""

    remark: str | None = Field(default=None, description="Remarks")
    api_key: str | None = Field(default=None, alias="apiKey", description="Apikey")
    api_version: int | None = Field(default=None, alias="apiVersion", description="API Version")
    permission: str | None = Field(
        default=None,
        description="[Permissions](https://www.kucoin.com/docs-new/doc-338144),  possible values: General, Spot, Margin, Futures, InnerTransfer, Transfer, Earn",
    )
    ip_whitelist: str | None = Field(
        default=None, alias="ipWhitelist", description="IP whitelist\n\n"
    )
    created_at: int | None = Field(
        default=None, alias="createdAt", description="Apikey create time"
    )
    uid: int | None = Field(default=None, description="Account UID")
    is_master: bool | None = Field(
        default=None, alias="isMaster", description="Whether it is the master account."
    )
    sub_name: str | None = Field(
        default=None,
        alias="subName",
        description="Sub Name, There is no such param for the master account",
    )


class GetAccountListSpotRequest(RequestModel):
    """The inputs of Get Account List - Spot."""

    currency: str | None = Field(default=None, description="currency")
    type: GetAccountListSpotType | GetAccountListSpotTypeLiteral | None = Field(
        default=None, description="Account type"
    )


class GetAccountListSpotData(ResponseModel):
    """One item of the `data` of the Get Account List - Spot response."""

    id: str | None = Field(default=None, description="Account ID")
    currency: str | None = Field(default=None, description="Currency")
    type: GetAccountListSpotType2 | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Account type: main, trade, isolated (abandon), margin (abandon)\n",
    )
    balance: Decimal | None = Field(default=None, description="Total funds in the account")
    available: Decimal | None = Field(
        default=None, description="Funds available to withdraw or trade"
    )
    holds: str | None = Field(default=None, description="Funds on hold (not available for use)")


class GetAccountDetailSpotRequest(RequestModel):
    """The inputs of Get Account Detail - Spot."""

    account_id: str = Field(alias="accountId", description="Path parameter. Account ID")


class GetAccountDetailSpotData(ResponseModel):
    """The `data` of the Get Account Detail - Spot response."""

    currency: str | None = Field(default=None, description="The currency of the account")
    balance: Decimal | None = Field(default=None, description="Total funds in the account")
    available: Decimal | None = Field(
        default=None, description="Funds available to withdraw or trade"
    )
    holds: str | None = Field(default=None, description="Funds on hold (not available for use)")


class GetAccountCrossMarginRequest(RequestModel):
    """The inputs of Get Account - Cross Margin."""

    quote_currency: QuoteCurrency | QuoteCurrencyLiteral | None = Field(
        default=None,
        alias="quoteCurrency",
        description="quote currency, currently only supports USDT, KCS, BTC, USDT as default",
    )
    query_type: GetAccountCrossMarginQueryType | GetAccountCrossMarginQueryTypeLiteral | None = Field(
        default=None,
        alias="queryType",
        description="Query account type (default MARGIN), MARGIN - only query low frequency cross margin account, MARGIN_V2-only query high frequency cross margin account, ALL - consistent aggregate query with the web side",
    )


class GetAccountCrossMarginDataAccount(ResponseModel):
    """One item of `accounts` in the Get Account - Cross Margin response."""

    currency: str | None = Field(default=None, description="currency")
    total: Decimal | None = Field(default=None, description="Total Assets")
    available: Decimal | None = Field(
        default=None, description="Account available assets (total assets - frozen)"
    )
    hold: Decimal | None = Field(default=None, description="Account frozen assets")
    liability: str | None = Field(default=None, description="Liabilities")
    max_borrow_size: str | None = Field(
        default=None, alias="maxBorrowSize", description="The user's remaining maximum loan amount"
    )
    borrow_enabled: bool | None = Field(
        default=None, alias="borrowEnabled", description="Support borrow or not"
    )
    transfer_in_enabled: bool | None = Field(
        default=None, alias="transferInEnabled", description="Support transfer or not"
    )
    liability_principal: str | None = Field(
        default=None,
        alias="liabilityPrincipal",
        description="Outstanding principal – the unpaid loan amount",
    )
    liability_interest: str | None = Field(
        default=None,
        alias="liabilityInterest",
        description="Accrued interest – the unpaid interest amount",
    )


class GetAccountCrossMarginData(ResponseModel):
    """The `data` of the Get Account - Cross Margin response."""

    total_asset_of_quote_currency: str | None = Field(
        default=None,
        alias="totalAssetOfQuoteCurrency",
        description="Total Assets in Quote Currency",
    )
    total_liability_of_quote_currency: str | None = Field(
        default=None,
        alias="totalLiabilityOfQuoteCurrency",
        description="Total Liability in Quote Currency",
    )
    debt_ratio: str | None = Field(default=None, alias="debtRatio", description="debt ratio")
    status: str | None = Field(
        default=None,
        description="Position status; EFFECTIVE-effective, BANKRUPTCY-bankruptcy liquidation, LIQUIDATION-closing, REPAY-repayment, BORROW-borrowing",
    )
    accounts: list[GetAccountCrossMarginDataAccount] | None = Field(
        default=None, description="Margin account list"
    )


class GetAccountIsolatedMarginRequest(RequestModel):
    """The inputs of Get Account - Isolated Margin."""

    symbol: str | None = Field(
        default=None, description="For isolated trading pairs, query all without passing"
    )
    quote_currency: QuoteCurrency | QuoteCurrencyLiteral | None = Field(
        default=None,
        alias="quoteCurrency",
        description="quote currency, currently only supports USDT, KCS, BTC, USDT as default",
    )
    query_type: GetAccountIsolatedMarginQueryType | GetAccountIsolatedMarginQueryTypeLiteral | None = Field(
        default=None,
        alias="queryType",
        description="Query account type (default ISOLATED), ISOLATED- - only query low frequency isolated margin account, ISOLATED_V2-only query high frequency isolated margin account, ALL - consistent aggregate query with the web side",
    )


class GetAccountIsolatedMarginDataAssetBaseAsset(ResponseModel):
    """base asset"""

    currency: str | None = Field(default=None, description="currency")
    borrow_enabled: bool | None = Field(
        default=None, alias="borrowEnabled", description="Support borrow or not"
    )
    transfer_in_enabled: bool | None = Field(
        default=None, alias="transferInEnabled", description="Support transfer or not"
    )
    liability: str | None = Field(default=None, description="Liabilities")
    total: Decimal | None = Field(default=None, description="Total Assets")
    available: Decimal | None = Field(
        default=None, description="Account available assets (total assets - frozen)"
    )
    hold: Decimal | None = Field(default=None, description="Account frozen assets")
    max_borrow_size: str | None = Field(
        default=None, alias="maxBorrowSize", description="The user's remaining maximum loan amount"
    )
    liability_principal: str | None = Field(
        default=None, alias="liabilityPrincipal", description="Outstanding principal"
    )
    liability_interest: str | None = Field(
        default=None, alias="liabilityInterest", description="Outstanding interest"
    )


class GetAccountIsolatedMarginDataAssetQuoteAsset(ResponseModel):
    """quote asset"""

    currency: str | None = Field(default=None, description="currency")
    borrow_enabled: bool | None = Field(
        default=None, alias="borrowEnabled", description="Support borrow or not"
    )
    transfer_in_enabled: bool | None = Field(
        default=None, alias="transferInEnabled", description="Support transfer or not"
    )
    liability: str | None = Field(default=None, description="Liabilities")
    total: Decimal | None = Field(default=None, description="Total Assets")
    available: Decimal | None = Field(
        default=None, description="Account available assets (total assets - frozen)"
    )
    hold: Decimal | None = Field(default=None, description="Account frozen assets")
    max_borrow_size: str | None = Field(
        default=None, alias="maxBorrowSize", description="The user's remaining maximum loan amount"
    )
    liability_principal: str | None = Field(default=None, alias="liabilityPrincipal")
    liability_interest: str | None = Field(default=None, alias="liabilityInterest")


class GetAccountIsolatedMarginDataAsset(ResponseModel):
    """One item of `assets` in the Get Account - Isolated Margin response."""

    symbol: str | None = Field(default=None, description="Symbol")
    status: str | None = Field(
        default=None,
        description="Position status; EFFECTIVE-effective, BANKRUPTCY-bankruptcy liquidation, LIQUIDATION-closing, REPAY-repayment, BORROW-borrowing",
    )
    debt_ratio: str | None = Field(default=None, alias="debtRatio", description="debt ratio")
    base_asset: GetAccountIsolatedMarginDataAssetBaseAsset | None = Field(
        default=None, alias="baseAsset", description="base asset"
    )
    quote_asset: GetAccountIsolatedMarginDataAssetQuoteAsset | None = Field(
        default=None, alias="quoteAsset", description="quote asset"
    )


class GetAccountIsolatedMarginData(ResponseModel):
    """The `data` of the Get Account - Isolated Margin response."""

    total_asset_of_quote_currency: str | None = Field(
        default=None,
        alias="totalAssetOfQuoteCurrency",
        description="Total Assets in Quote Currency",
    )
    total_liability_of_quote_currency: str | None = Field(
        default=None,
        alias="totalLiabilityOfQuoteCurrency",
        description="Total Liability in Quote Currency",
    )
    timestamp: int | None = Field(default=None, description="timestamp")
    assets: list[GetAccountIsolatedMarginDataAsset] | None = Field(default=None)


class GetAccountFuturesRequest(RequestModel):
    """The inputs of Get Account - Futures."""

    currency: str | None = Field(default=None, description="Currency, Default XBT")


class GetAccountFuturesData(ResponseModel):
    """The `data` of the Get Account - Futures response."""

    account_equity: Decimal | None = Field(
        default=None,
        alias="accountEquity",
        description="Account equity = marginBalance + unrealizedPNL",
    )
    unrealised_pnl: Decimal | None = Field(
        default=None, alias="unrealisedPNL", description="Unrealized profit and loss"
    )
    margin_balance: Decimal | None = Field(
        default=None,
        alias="marginBalance",
        description="Margin balance = positionMargin + orderMargin + frozenFunds + availableBalance - unrealizedPNL",
    )
    position_margin: Decimal | None = Field(
        default=None, alias="positionMargin", description="Position margin"
    )
    order_margin: Decimal | None = Field(
        default=None, alias="orderMargin", description="Order margin"
    )
    frozen_funds: Decimal | None = Field(
        default=None, alias="frozenFunds", description="Frozen funds for out-transfer"
    )
    available_balance: Decimal | None = Field(
        default=None, alias="availableBalance", description="Available balance"
    )
    currency: str | None = Field(default=None, description="Currency")
    risk_ratio: Decimal | None = Field(
        default=None, alias="riskRatio", description="Cross margin risk rate"
    )
    max_withdraw_amount: Decimal | None = Field(
        default=None,
        alias="maxWithdrawAmount",
        description="Maximum amount that can be withdrawn/transferred.",
    )


class GetAccountLedgersSpotMarginRequest(RequestModel):
    """The inputs of Get Account Ledgers - Spot/Margin."""

    currency: str | None = Field(
        default=None,
        description="Currency (you can choose more than one currency). You can specify a max. of 10 currencies in one go. If not specified, all currencies will be queried by default.",
    )
    direction: Direction | DirectionLiteral | None = Field(
        default=None, description="direction: in, out"
    )
    biz_type: str | None = Field(
        default=None,
        alias="bizType",
        description="Type: DEPOSIT-deposit, WITHDRAW-withdraw, TRANSFER-transfer, SUB_TRANSFER-sub-account transfer, TRADE_EXCHANGE-trade, MARGIN_EXCHANGE-margin trade, KUCOIN_BONUS-bonus, BROKER_TRANSFER-Broker transfer record",
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


class GetAccountLedgersSpotMarginDataItem(ResponseModel):
    """One item of `items` in the Get Account Ledgers - Spot/Margin response."""

    id: str | None = Field(default=None, description="unique id")
    currency: str | None = Field(default=None, description="Currency")
    amount: Decimal | None = Field(
        default=None,
        description="The total amount of assets (fees included) involved in assets changes such as transactions, withdrawals and bonus distributions.",
    )
    fee: Decimal | None = Field(
        default=None, description="Fees generated in transaction, withdrawal, etc."
    )
    balance: Decimal | None = Field(
        default=None,
        description="Remaining funds after the transaction. (Deprecated field, no actual use of the value field)",
    )
    account_type: str | None = Field(
        default=None,
        alias="accountType",
        description="Master user account types: MAIN, TRADE, MARGIN or CONTRACT.",
    )
    biz_type: str | None = Field(
        default=None,
        alias="bizType",
        description="Business type leading to changes in funds, such as exchange, withdrawal, deposit, KUCOIN_BONUS, REFERRAL_BONUS, Lendings, etc.",
    )
    direction: str | None = Field(default=None, description="Side, out or in")
    created_at: int | None = Field(default=None, alias="createdAt", description="Time of event")
    context: str | None = Field(
        default=None, description="Business related information such as order ID, serial no., etc."
    )


class GetAccountLedgersSpotMarginData(ResponseModel):
    """The `data` of the Get Account Ledgers - Spot/Margin response."""

    current_page: int | None = Field(default=None, alias="currentPage", description="current page")
    page_size: int | None = Field(default=None, alias="pageSize", description="page size")
    total_num: int | None = Field(default=None, alias="totalNum", description="total number")
    total_page: int | None = Field(default=None, alias="totalPage", description="total pages")
    items: list[GetAccountLedgersSpotMarginDataItem] | None = Field(default=None)


class GetAccountLedgersTradeHfRequest(RequestModel):
    """The inputs of Get Account Ledgers - Trade_hf."""

    currency: str | None = Field(
        default=None,
        description="Currency (you can choose more than one currency). You can specify a max. of 10 currencies in one go. If not specified, all currencies will be queried by default.",
    )
    direction: Direction | DirectionLiteral | None = Field(
        default=None, description="direction: in, out"
    )
    biz_type: BizType | BizTypeLiteral | None = Field(
        default=None, alias="bizType", description="Transaction type"
    )
    last_id: int | None = Field(
        default=None,
        alias="lastId",
        description="The ID of the last set of data from the previous data batch. By default, the latest information is given.",
    )
    limit: int | None = Field(default=None, description="Default100, Max200")
    start_at: int | None = Field(
        default=None, alias="startAt", description="Start time (milliseconds)"
    )
    end_at: int | None = Field(default=None, alias="endAt", description="End time (milliseconds)")


class GetAccountLedgersTradeHfData(ResponseModel):
    """One item of the `data` of the Get Account Ledgers - Trade_hf response."""

    id: str | None = Field(default=None, description="Unique ID")
    currency: str | None = Field(default=None, description="currency")
    amount: Decimal | None = Field(default=None, description="Change in funds balance")
    fee: Decimal | None = Field(default=None, description="Transaction, Deposit or withdrawal fee")
    tax: str | None = Field(default=None)
    balance: Decimal | None = Field(default=None, description="Total balance of funds after change")
    account_type: str | None = Field(
        default=None, alias="accountType", description="Master account type TRADE_HF"
    )
    biz_type: str | None = Field(
        default=None,
        alias="bizType",
        description="Trnasaction type, such as TRANSFER, TRADE_EXCHANGE, etc.",
    )
    direction: Direction | str | None = Field(
        default=None, union_mode="left_to_right", description="Direction of transfer (out or in)"
    )
    created_at: str | None = Field(default=None, alias="createdAt", description="Created time")
    context: str | None = Field(default=None, description="Core transaction parameter")


class GetAccountLedgersMarginHfRequest(RequestModel):
    """The inputs of Get Account Ledgers - Margin_hf."""

    currency: str | None = Field(
        default=None,
        description="Currency optional; more than one can be selected; separate using commas; select no more than 10 currencies; the default will be to query for all currencies if left empty",
    )
    direction: Direction | DirectionLiteral | None = Field(
        default=None, description="direction: in, out"
    )
    biz_type: str | None = Field(
        default=None,
        alias="bizType",
        description="Transaction type: TRANSFER- transfer funds, MARGIN_EXCHANGE-cross margin trade, ISOLATED_EXCHANGE-isolated margin trade, LIQUIDATION-liquidation, ASSERT_RETURN-forced liquidation asset return",
    )
    last_id: int | None = Field(
        default=None,
        alias="lastId",
        description="The ID of the last set of data from the previous data batch. By default, the latest information is given.",
    )
    limit: int | None = Field(default=None, description="Default100, Max200")
    start_at: int | None = Field(
        default=None, alias="startAt", description="Start time (milliseconds)"
    )
    end_at: int | None = Field(default=None, alias="endAt", description="End time (milliseconds)")


class GetAccountLedgersMarginHfData(ResponseModel):
    """One item of the `data` of the Get Account Ledgers - Margin_hf response."""

    id: int | None = Field(default=None)
    currency: str | None = Field(default=None, description="currency")
    amount: Decimal | None = Field(default=None, description="Change in funds balance")
    fee: Decimal | None = Field(default=None, description="Transaction, Deposit or withdrawal fee")
    balance: Decimal | None = Field(default=None, description="Total balance of funds after change")
    account_type: str | None = Field(
        default=None, alias="accountType", description="Master account type TRADE_HF"
    )
    biz_type: str | None = Field(
        default=None,
        alias="bizType",
        description="Trnasaction type, such as TRANSFER, TRADE_EXCHANGE, etc.",
    )
    direction: str | None = Field(default=None, description="Direction of transfer (out or in)")
    created_at: int | None = Field(
        default=None, alias="createdAt", description="Ledger creation time"
    )
    context: str | None = Field(default=None, description="Core transaction parameter")
    tax: str | None = Field(default=None)


class GetAccountLedgersFuturesRequest(RequestModel):
    """The inputs of Get Account Ledgers - Futures."""

    currency: str | None = Field(
        default=None, description="Currency of transaction history, XBT or USDT"
    )
    type: str | None = Field(
        default=None,
        description="Type RealizedPNL-Realized profit and loss, Deposit-Deposit, Withdrawal-withdraw, Transferin-Transfer in, TransferOut-Transfer out",
    )
    offset: int | None = Field(
        default=None,
        description="Start offset. Generally, only the attributes of the last returned result of the previous request are used, and the first page is returned by default",
    )
    forward: bool | None = Field(
        default=None,
        description="This parameter functions to judge whether the lookup is forward or not. True means “yes” and False means “no”. This parameter is set as true by default.",
    )
    max_count: int | None = Field(
        default=None,
        alias="maxCount",
        description="Displayed size per page. The default size is 50",
    )
    start_at: int | None = Field(
        default=None, alias="startAt", description="Start time (milliseconds)"
    )
    end_at: int | None = Field(default=None, alias="endAt", description="End time (milliseconds)")


class GetAccountLedgersFuturesDataData(ResponseModel):
    """One item of `dataList` in the Get Account Ledgers - Futures response."""

    time_: int | None = Field(default=None, alias="time", description="Ledger time")
    type: str | None = Field(
        default=None, description="Type: RealisedPNL, Deposit, Withdrawal, TransferIn, TransferOut"
    )
    amount: Decimal | None = Field(default=None, description="Transaction amount")
    fee: Decimal | None = Field(default=None, description="Fee")
    account_equity: Decimal | None = Field(
        default=None, alias="accountEquity", description="Account equity"
    )
    status: str | None = Field(default=None, description="Status: Completed, Pending")
    remark: str | None = Field(default=None, description="Ticker symbol of the contract")
    offset: int | None = Field(default=None, description="Offset")
    currency: str | None = Field(default=None, description="Currency")


class GetAccountLedgersFuturesData(ResponseModel):
    """The `data` of the Get Account Ledgers - Futures response."""

    data_list: list[GetAccountLedgersFuturesDataData] | None = Field(default=None, alias="dataList")
    has_more: bool | None = Field(
        default=None,
        alias="hasMore",
        description="Is it the last page? If it is false, it means it is the last page, and if it is true, it means you need to move to the next page.",
    )


class GetAccountDetailMarginDataAccount(ResponseModel):
    """One item of `accounts` in the Get Account Detail - Margin response."""

    currency: str | None = Field(default=None, description="Currency")
    total_balance: str | None = Field(
        default=None, alias="totalBalance", description="Total funds in the account"
    )
    available_balance: Decimal | None = Field(
        default=None, alias="availableBalance", description="Available funds in the account"
    )
    hold_balance: Decimal | None = Field(
        default=None, alias="holdBalance", description="Funds on hold in the account"
    )
    liability: str | None = Field(default=None, description="Total liabilities")
    max_borrow_size: str | None = Field(
        default=None, alias="maxBorrowSize", description="Available size to borrow"
    )


class GetAccountDetailMarginData(ResponseModel):
    """The `data` of the Get Account Detail - Margin response."""

    debt_ratio: str | None = Field(default=None, alias="debtRatio", description="Debt ratio")
    accounts: list[GetAccountDetailMarginDataAccount] | None = Field(
        default=None, description="Margin account list"
    )


class GetAccountListIsolatedMarginV1Request(RequestModel):
    """The inputs of Get Account List - Isolated Margin - V1."""

    balance_currency: BalanceCurrency | BalanceCurrencyLiteral | None = Field(
        default=None,
        alias="balanceCurrency",
        description="quote currency, currently only supports USDT, KCS, BTC, USDT as default",
    )


class GetAccountListIsolatedMarginV1DataAssetBaseAsset(ResponseModel):
    """base asset"""

    currency: str | None = Field(default=None, description="currency")
    total_balance: str | None = Field(
        default=None, alias="totalBalance", description="Current currency total asset amount"
    )
    hold_balance: Decimal | None = Field(
        default=None, alias="holdBalance", description="Current currency holding asset amount"
    )
    available_balance: Decimal | None = Field(
        default=None, alias="availableBalance", description="Current available asset amount"
    )
    liability: str | None = Field(default=None, description="Liabilities")
    interest: Decimal | None = Field(default=None)
    borrowable_amount: str | None = Field(default=None, alias="borrowableAmount")


class GetAccountListIsolatedMarginV1DataAssetQuoteAsset(ResponseModel):
    """quote asset"""

    currency: str | None = Field(default=None, description="currency")
    total_balance: str | None = Field(
        default=None, alias="totalBalance", description="Current currency total asset amount"
    )
    hold_balance: Decimal | None = Field(
        default=None, alias="holdBalance", description="Current currency holding asset amount"
    )
    available_balance: Decimal | None = Field(
        default=None, alias="availableBalance", description="Current available asset amount"
    )
    liability: str | None = Field(default=None, description="Liabilities")
    interest: Decimal | None = Field(default=None)
    borrowable_amount: str | None = Field(default=None, alias="borrowableAmount")


class GetAccountListIsolatedMarginV1DataAsset(ResponseModel):
    """One item of `assets` in the Get Account List - Isolated Margin - V1 response."""

    symbol: str | None = Field(default=None, description="Symbol")
    status: Status | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Position status: Existing liabilities-DEBT, No liabilities-CLEAR, Bankrupcy (after position enters a negative balance)-BANKRUPTCY, Existing borrowings-IN_BORROW, Existing repayments-IN_REPAY, Under liquidation-IN_LIQUIDATION, Under auto-renewal assets-IN_AUTO_RENEW .",
    )
    debt_ratio: str | None = Field(default=None, alias="debtRatio", description="debt ratio")
    base_asset: GetAccountListIsolatedMarginV1DataAssetBaseAsset | None = Field(
        default=None, alias="baseAsset", description="base asset"
    )
    quote_asset: GetAccountListIsolatedMarginV1DataAssetQuoteAsset | None = Field(
        default=None, alias="quoteAsset", description="quote asset"
    )


class GetAccountListIsolatedMarginV1Data(ResponseModel):
    """The `data` of the Get Account List - Isolated Margin - V1 response."""

    total_conversion_balance: str | None = Field(
        default=None,
        alias="totalConversionBalance",
        description="The total balance of the isolated margin account (in the request coin)",
    )
    liability_conversion_balance: str | None = Field(
        default=None,
        alias="liabilityConversionBalance",
        description="Total liabilities of the isolated margin account (in the request coin)",
    )
    assets: list[GetAccountListIsolatedMarginV1DataAsset] | None = Field(
        default=None, description="Account list"
    )


class GetAccountDetailIsolatedMarginV1Request(RequestModel):
    """The inputs of Get Account Detail - Isolated Margin - V1."""

    symbol: str = Field()


class GetAccountDetailIsolatedMarginV1DataBaseAsset(ResponseModel):
    """base asset"""

    currency: str | None = Field(default=None, description="currency")
    total_balance: str | None = Field(
        default=None, alias="totalBalance", description="Current currency total asset amount"
    )
    hold_balance: Decimal | None = Field(
        default=None, alias="holdBalance", description="Current currency holding asset amount"
    )
    available_balance: Decimal | None = Field(
        default=None, alias="availableBalance", description="Current available asset amount"
    )
    liability: str | None = Field(default=None, description="Liabilities")
    interest: Decimal | None = Field(default=None)
    borrowable_amount: str | None = Field(default=None, alias="borrowableAmount")


class GetAccountDetailIsolatedMarginV1DataQuoteAsset(ResponseModel):
    """quote asset"""

    currency: str | None = Field(default=None, description="currency")
    total_balance: str | None = Field(
        default=None, alias="totalBalance", description="Current currency total asset amount"
    )
    hold_balance: Decimal | None = Field(
        default=None, alias="holdBalance", description="Current currency holding asset amount"
    )
    available_balance: Decimal | None = Field(
        default=None, alias="availableBalance", description="Current available asset amount"
    )
    liability: str | None = Field(default=None, description="Liabilities")
    interest: Decimal | None = Field(default=None)
    borrowable_amount: str | None = Field(default=None, alias="borrowableAmount")


class GetAccountDetailIsolatedMarginV1Data(ResponseModel):
    """The `data` of the Get Account Detail - Isolated Margin - V1 response."""

    symbol: str | None = Field(default=None, description="Symbol")
    status: Status | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Position status: Existing liabilities-DEBT, No liabilities-CLEAR, Bankrupcy (after position enters a negative balance)-BANKRUPTCY, Existing borrowings-IN_BORROW, Existing repayments-IN_REPAY, Under liquidation-IN_LIQUIDATION, Under auto-renewal assets-IN_AUTO_RENEW .",
    )
    debt_ratio: str | None = Field(default=None, alias="debtRatio", description="debt ratio")
    base_asset: GetAccountDetailIsolatedMarginV1DataBaseAsset | None = Field(
        default=None, alias="baseAsset", description="base asset"
    )
    quote_asset: GetAccountDetailIsolatedMarginV1DataQuoteAsset | None = Field(
        default=None, alias="quoteAsset", description="quote asset"
    )


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
    "get_account_list_spot": GetAccountListSpotRequest,
    "get_account_detail_spot": GetAccountDetailSpotRequest,
    "get_account_cross_margin": GetAccountCrossMarginRequest,
    "get_account_isolated_margin": GetAccountIsolatedMarginRequest,
    "get_account_futures": GetAccountFuturesRequest,
    "get_account_ledgers_spot_margin": GetAccountLedgersSpotMarginRequest,
    "get_account_ledgers_trade_hf": GetAccountLedgersTradeHfRequest,
    "get_account_ledgers_margin_hf": GetAccountLedgersMarginHfRequest,
    "get_account_ledgers_futures": GetAccountLedgersFuturesRequest,
    "get_account_list_isolated_margin_v1": GetAccountListIsolatedMarginV1Request,
    "get_account_detail_isolated_margin_v1": GetAccountDetailIsolatedMarginV1Request,
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "get_account_summary_info": GetAccountSummaryInfoData,
    "get_apikey_info": GetApikeyInfoData,
    "get_account_type_spot": bool,
    "get_account_list_spot": list[GetAccountListSpotData],
    "get_account_detail_spot": GetAccountDetailSpotData,
    "get_account_cross_margin": GetAccountCrossMarginData,
    "get_account_isolated_margin": GetAccountIsolatedMarginData,
    "get_account_futures": GetAccountFuturesData,
    "get_account_ledgers_spot_margin": GetAccountLedgersSpotMarginData,
    "get_account_ledgers_trade_hf": list[GetAccountLedgersTradeHfData],
    "get_account_ledgers_margin_hf": list[GetAccountLedgersMarginHfData],
    "get_account_ledgers_futures": GetAccountLedgersFuturesData,
    "get_account_detail_margin": GetAccountDetailMarginData,
    "get_account_list_isolated_margin_v1": GetAccountListIsolatedMarginV1Data,
    "get_account_detail_isolated_margin_v1": GetAccountDetailIsolatedMarginV1Data,
}
"""The type of every operation's response `data`, by operation name."""
