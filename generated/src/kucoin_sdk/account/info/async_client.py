"""Asynchronous service for the account endpoints: one method per operation of the page."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from kucoin_sdk._client import AsyncService
from kucoin_sdk._pages import Cursor, PageNumbers, async_walk_pages
from kucoin_sdk._response import async_raw_response_wrapper
from kucoin_sdk.account.info.operations import OPERATIONS

if TYPE_CHECKING:
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
        GetAccountListSpotTypeLiteral,
        QuoteCurrency,
        QuoteCurrencyLiteral,
    )
    from kucoin_sdk.account.info.models import (
        GetAccountCrossMarginData,
        GetAccountDetailIsolatedMarginV1Data,
        GetAccountDetailMarginData,
        GetAccountDetailSpotData,
        GetAccountFuturesData,
        GetAccountIsolatedMarginData,
        GetAccountLedgersFuturesData,
        GetAccountLedgersFuturesDataData,
        GetAccountLedgersMarginHfData,
        GetAccountLedgersSpotMarginData,
        GetAccountLedgersSpotMarginDataItem,
        GetAccountLedgersTradeHfData,
        GetAccountListIsolatedMarginV1Data,
        GetAccountListSpotData,
        GetAccountSummaryInfoData,
        GetApikeyInfoData,
    )


class AsyncAccountInfoService(AsyncService):
    """The account endpoints, served through the package's AsyncClient: its credentials,
    hosts, options and connection pool."""

    @cached_property
    def with_raw_response(self) -> AsyncAccountInfoServiceWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return AsyncAccountInfoServiceWithRawResponse(self)

    async def get_account_summary_info(
        self,
    ) -> GetAccountSummaryInfoData | None:
        """Get Account Summary Info.

        `GET /api/v2/user-info`

        This endpoint can be used to obtain account summary information.
        """
        return cast(
            "GetAccountSummaryInfoData | None",
            await self.call(
                OPERATIONS["get_account_summary_info"],
            ),
        )

    async def get_apikey_info(
        self,
    ) -> GetApikeyInfoData | None:
        """Get Apikey Info.

        `GET /api/v1/user/api-key`

        Get the api key information. Use the api key awaiting checking to call the
        endpoint. Both master and sub user's api key are applicable.
        """
        return cast(
            "GetApikeyInfoData | None",
            await self.call(
                OPERATIONS["get_apikey_info"],
            ),
        )

    async def get_account_type_spot(
        self,
    ) -> bool | None:
        """Get Account Type - Spot.

        `GET /api/v1/hf/accounts/opened`

        This interface determines whether the current user is a spot high-frequency user
        or a spot low-frequency user.
        """
        return cast(
            "bool | None",
            await self.call(
                OPERATIONS["get_account_type_spot"],
            ),
        )

    async def get_account_list_spot(
        self,
        *,
        currency: str | None = None,
        type: GetAccountListSpotType | GetAccountListSpotTypeLiteral | None = None,
    ) -> list[GetAccountListSpotData] | None:
        """Get Account List - Spot.

        `GET /api/v1/accounts`

        Get a list of accounts. Please deposit funds into the main account first, then
        use the Transfer function to move them to the trade account before trading.

        Args:
            currency: currency
            type: Account type
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "type": type,
        }
        return cast(
            "list[GetAccountListSpotData] | None",
            await self.call(
                OPERATIONS["get_account_list_spot"],
                _arguments,
            ),
        )

    async def get_account_detail_spot(
        self,
        *,
        account_id: str,
    ) -> GetAccountDetailSpotData | None:
        """Get Account Detail - Spot.

        `GET /api/v1/accounts/{accountId}`

        Get information for a single spot account. Use this endpoint when you know the
        accountId.

        Args:
            account_id: Path parameter. Account ID
        """
        _arguments: dict[str, Any] = {
            "account_id": account_id,
        }
        return cast(
            "GetAccountDetailSpotData | None",
            await self.call(
                OPERATIONS["get_account_detail_spot"],
                _arguments,
            ),
        )

    async def get_account_cross_margin(
        self,
        *,
        quote_currency: QuoteCurrency | QuoteCurrencyLiteral | None = None,
        query_type: GetAccountCrossMarginQueryType | GetAccountCrossMarginQueryTypeLiteral | None = None,
    ) -> GetAccountCrossMarginData | None:
        """Get Account - Cross Margin.

        `GET /api/v3/margin/accounts`

        Request cross margin account info via this endpoint.

        Args:
            quote_currency: quote currency, currently only supports USDT, KCS, BTC, USDT
                as default
            query_type: Query account type (default MARGIN), MARGIN - only query low
                frequency cross margin account, MARGIN_V2-only query high frequency
                cross margin account, ALL - consistent aggregate query with the web side
        """
        _arguments: dict[str, Any] = {
            "quote_currency": quote_currency,
            "query_type": query_type,
        }
        return cast(
            "GetAccountCrossMarginData | None",
            await self.call(
                OPERATIONS["get_account_cross_margin"],
                _arguments,
            ),
        )

    async def get_account_isolated_margin(
        self,
        *,
        symbol: str | None = None,
        quote_currency: QuoteCurrency | QuoteCurrencyLiteral | None = None,
        query_type: GetAccountIsolatedMarginQueryType | GetAccountIsolatedMarginQueryTypeLiteral | None = None,
    ) -> GetAccountIsolatedMarginData | None:
        """Get Account - Isolated Margin.

        `GET /api/v3/isolated/accounts`

        Request isolated margin account info via this endpoint.

        Args:
            symbol: For isolated trading pairs, query all without passing
            quote_currency: quote currency, currently only supports USDT, KCS, BTC, USDT
                as default
            query_type: Query account type (default ISOLATED), ISOLATED- - only query
                low frequency isolated margin account, ISOLATED_V2-only query high
                frequency isolated margin account, ALL - consistent aggregate query with
                the web side
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "quote_currency": quote_currency,
            "query_type": query_type,
        }
        return cast(
            "GetAccountIsolatedMarginData | None",
            await self.call(
                OPERATIONS["get_account_isolated_margin"],
                _arguments,
            ),
        )

    async def get_account_futures(
        self,
        *,
        currency: str | None = None,
    ) -> GetAccountFuturesData | None:
        """Get Account - Futures.

        `GET /api/v1/account-overview` on `https://api-futures.kucoin.com`

        Request futures account info via this endpoint.

        Args:
            currency: Currency, Default XBT
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
        }
        return cast(
            "GetAccountFuturesData | None",
            await self.call(
                OPERATIONS["get_account_futures"],
                _arguments,
            ),
        )

    async def get_account_ledgers_spot_margin(
        self,
        *,
        currency: str | None = None,
        direction: Direction | DirectionLiteral | None = None,
        biz_type: str | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> GetAccountLedgersSpotMarginData | None:
        """Get Account Ledgers - Spot/Margin.

        `GET /api/v1/accounts/ledgers`

        This interface is for transaction records from all your account types,
        supporting various currency inquiries. Items are paginated and sorted to show
        the latest first. See the Pagination section for retrieving additional entries
        after the first page.

        `iter_get_account_ledgers_spot_margin()` walks every page of this list.

        Args:
            currency: Currency (you can choose more than one currency). You can specify
                a max. of 10 currencies in one go. If not specified, all currencies will
                be queried by default.
            direction: direction: in, out
            biz_type: Type: DEPOSIT-deposit, WITHDRAW-withdraw, TRANSFER-transfer,
                SUB_TRANSFER-sub-account transfer, TRADE_EXCHANGE-trade,
                MARGIN_EXCHANGE-margin trade, KUCOIN_BONUS-bonus, BROKER_TRANSFER-Broker
                transfer record
            start_at: Start time (milliseconds)
            end_at: End time (milliseconds)
            current_page: Current request page.
            page_size: Number of results per request. Minimum is 10, maximum is 500.
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "direction": direction,
            "biz_type": biz_type,
            "start_at": start_at,
            "end_at": end_at,
            "current_page": current_page,
            "page_size": page_size,
        }
        return cast(
            "GetAccountLedgersSpotMarginData | None",
            await self.call(
                OPERATIONS["get_account_ledgers_spot_margin"],
                _arguments,
            ),
        )

    def iter_get_account_ledgers_spot_margin(
        self,
        *,
        currency: str | None = None,
        direction: Direction | DirectionLiteral | None = None,
        biz_type: str | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[GetAccountLedgersSpotMarginDataItem]:
        """Every item of `get_account_ledgers_spot_margin`, page after page, from
        `current_page` (default 1) to the last page.
        """

        async def _page(_at: Any) -> GetAccountLedgersSpotMarginData | None:
            return await self.get_account_ledgers_spot_margin(
                currency=currency,
                direction=direction,
                biz_type=biz_type,
                start_at=start_at,
                end_at=end_at,
                current_page=_at,
                page_size=page_size,
            )

        return async_walk_pages(
            _page,
            PageNumbers(items="items", total_pages="total_page"),
            current_page,
            "account.info.get_account_ledgers_spot_margin",
        )

    async def get_account_ledgers_trade_hf(
        self,
        *,
        currency: str | None = None,
        direction: Direction | DirectionLiteral | None = None,
        biz_type: BizType | BizTypeLiteral | None = None,
        last_id: int | None = None,
        limit: int | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
    ) -> list[GetAccountLedgersTradeHfData] | None:
        """Get Account Ledgers - Trade_hf.

        `GET /api/v1/hf/accounts/ledgers`

        This API endpoint returns all transfer (in and out) records in high-frequency
        trading accounts and supports multi-coin queries. The query results are sorted
        in descending order by createdAt and ID.

        Args:
            currency: Currency (you can choose more than one currency). You can specify
                a max. of 10 currencies in one go. If not specified, all currencies will
                be queried by default.
            direction: direction: in, out
            biz_type: Transaction type
            last_id: The ID of the last set of data from the previous data batch. By
                default, the latest information is given.
            limit: Default100, Max200
            start_at: Start time (milliseconds)
            end_at: End time (milliseconds)
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "direction": direction,
            "biz_type": biz_type,
            "last_id": last_id,
            "limit": limit,
            "start_at": start_at,
            "end_at": end_at,
        }
        return cast(
            "list[GetAccountLedgersTradeHfData] | None",
            await self.call(
                OPERATIONS["get_account_ledgers_trade_hf"],
                _arguments,
            ),
        )

    async def get_account_ledgers_margin_hf(
        self,
        *,
        currency: str | None = None,
        direction: Direction | DirectionLiteral | None = None,
        biz_type: str | None = None,
        last_id: int | None = None,
        limit: int | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
    ) -> list[GetAccountLedgersMarginHfData] | None:
        """Get Account Ledgers - Margin_hf.

        `GET /api/v3/hf/margin/account/ledgers`

        This API endpoint returns all transfer (in and out) records in high-frequency
        margin trading accounts and supports multi-coin queries. The query results are
        sorted in descending order by createdAt and ID.

        `iter_get_account_ledgers_margin_hf()` walks every page of this list.

        Args:
            currency: Currency optional; more than one can be selected; separate using
                commas; select no more than 10 currencies; the default will be to query
                for all currencies if left empty
            direction: direction: in, out
            biz_type: Transaction type: TRANSFER- transfer funds, MARGIN_EXCHANGE-cross
                margin trade, ISOLATED_EXCHANGE-isolated margin trade,
                LIQUIDATION-liquidation, ASSERT_RETURN-forced liquidation asset return
            last_id: The ID of the last set of data from the previous data batch. By
                default, the latest information is given.
            limit: Default100, Max200
            start_at: Start time (milliseconds)
            end_at: End time (milliseconds)
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "direction": direction,
            "biz_type": biz_type,
            "last_id": last_id,
            "limit": limit,
            "start_at": start_at,
            "end_at": end_at,
        }
        return cast(
            "list[GetAccountLedgersMarginHfData] | None",
            await self.call(
                OPERATIONS["get_account_ledgers_margin_hf"],
                _arguments,
            ),
        )

    def iter_get_account_ledgers_margin_hf(
        self,
        *,
        currency: str | None = None,
        direction: Direction | DirectionLiteral | None = None,
        biz_type: str | None = None,
        last_id: int | None = None,
        limit: int | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
    ) -> AsyncIterator[GetAccountLedgersMarginHfData]:
        """Every item of `get_account_ledgers_margin_hf`, page after page: each page asks
        for the next by `last_id`, taken from its last item's `id`; the walk starts at
        the `last_id` given (the first page by default) and ends at an empty page, one
        shorter than `limit`, or one without a next cursor; a cursor the API sends again
        ends it with a RuntimeWarning.
        """

        async def _page(_at: Any) -> list[GetAccountLedgersMarginHfData] | None:
            return await self.get_account_ledgers_margin_hf(
                currency=currency,
                direction=direction,
                biz_type=biz_type,
                last_id=_at,
                limit=limit,
                start_at=start_at,
                end_at=end_at,
            )

        return async_walk_pages(
            _page,
            Cursor(items=None, next_in_last_item="id", page_size=limit),
            last_id,
            "account.info.get_account_ledgers_margin_hf",
        )

    async def get_account_ledgers_futures(
        self,
        *,
        currency: str | None = None,
        type: str | None = None,
        offset: int | None = None,
        forward: bool | None = None,
        max_count: int | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
    ) -> GetAccountLedgersFuturesData | None:
        """Get Account Ledgers - Futures.

        `GET /api/v1/transaction-history` on `https://api-futures.kucoin.com`

        This interface can query the ledger records of the futures business line.

        `iter_get_account_ledgers_futures()` walks every page of this list.

        Args:
            currency: Currency of transaction history, XBT or USDT
            type: Type RealizedPNL-Realized profit and loss, Deposit-Deposit,
                Withdrawal-withdraw, Transferin-Transfer in, TransferOut-Transfer out
            offset: Start offset. Generally, only the attributes of the last returned
                result of the previous request are used, and the first page is returned
                by default
            forward: This parameter functions to judge whether the lookup is forward or
                not. True means “yes” and False means “no”. This parameter is set as
                true by default.
            max_count: Displayed size per page. The default size is 50
            start_at: Start time (milliseconds)
            end_at: End time (milliseconds)
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "type": type,
            "offset": offset,
            "forward": forward,
            "max_count": max_count,
            "start_at": start_at,
            "end_at": end_at,
        }
        return cast(
            "GetAccountLedgersFuturesData | None",
            await self.call(
                OPERATIONS["get_account_ledgers_futures"],
                _arguments,
            ),
        )

    def iter_get_account_ledgers_futures(
        self,
        *,
        currency: str | None = None,
        type: str | None = None,
        offset: int | None = None,
        forward: bool | None = None,
        max_count: int | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
    ) -> AsyncIterator[GetAccountLedgersFuturesDataData]:
        """Every item of `get_account_ledgers_futures`, page after page: each page asks for
        the next by `offset`, taken from its last item's `offset`; the walk starts at
        the `offset` given (the first page by default) and ends at an empty page, one
        whose `has_more` is not true, one shorter than `max_count`, or one without a
        next cursor; a cursor the API sends again ends it with a RuntimeWarning.
        """

        async def _page(_at: Any) -> GetAccountLedgersFuturesData | None:
            return await self.get_account_ledgers_futures(
                currency=currency,
                type=type,
                offset=_at,
                forward=forward,
                max_count=max_count,
                start_at=start_at,
                end_at=end_at,
            )

        return async_walk_pages(
            _page,
            Cursor(
                items="data_list",
                next_in_last_item="offset",
                has_more="has_more",
                page_size=max_count,
            ),
            offset,
            "account.info.get_account_ledgers_futures",
        )

    async def get_account_detail_margin(
        self,
    ) -> GetAccountDetailMarginData | None:
        """Get Account Detail - Margin.

        `GET /api/v1/margin/account`

        Request margin account info via this endpoint.
        """
        return cast(
            "GetAccountDetailMarginData | None",
            await self.call(
                OPERATIONS["get_account_detail_margin"],
            ),
        )

    async def get_account_list_isolated_margin_v1(
        self,
        *,
        balance_currency: BalanceCurrency | BalanceCurrencyLiteral | None = None,
    ) -> GetAccountListIsolatedMarginV1Data | None:
        """Get Account List - Isolated Margin - V1.

        `GET /api/v1/isolated/accounts`

        Request the isolated margin account info list via this endpoint.

        Args:
            balance_currency: quote currency, currently only supports USDT, KCS, BTC,
                USDT as default
        """
        _arguments: dict[str, Any] = {
            "balance_currency": balance_currency,
        }
        return cast(
            "GetAccountListIsolatedMarginV1Data | None",
            await self.call(
                OPERATIONS["get_account_list_isolated_margin_v1"],
                _arguments,
            ),
        )

    async def get_account_detail_isolated_margin_v1(
        self,
        *,
        symbol: str,
    ) -> GetAccountDetailIsolatedMarginV1Data | None:
        """Get Account Detail - Isolated Margin - V1.

        `GET /api/v1/isolated/account/{symbol}`

        Request isolated margin account info via this endpoint.
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
        }
        return cast(
            "GetAccountDetailIsolatedMarginV1Data | None",
            await self.call(
                OPERATIONS["get_account_detail_isolated_margin_v1"],
                _arguments,
            ),
        )


class AsyncAccountInfoServiceWithRawResponse:
    """The operations of a AsyncAccountInfoService, each returning its call's RawResponse."""

    def __init__(self, client: AsyncAccountInfoService) -> None:
        self.get_account_summary_info = async_raw_response_wrapper(client.get_account_summary_info)
        self.get_apikey_info = async_raw_response_wrapper(client.get_apikey_info)
        self.get_account_type_spot = async_raw_response_wrapper(client.get_account_type_spot)
        self.get_account_list_spot = async_raw_response_wrapper(client.get_account_list_spot)
        self.get_account_detail_spot = async_raw_response_wrapper(client.get_account_detail_spot)
        self.get_account_cross_margin = async_raw_response_wrapper(client.get_account_cross_margin)
        self.get_account_isolated_margin = async_raw_response_wrapper(
            client.get_account_isolated_margin
        )
        self.get_account_futures = async_raw_response_wrapper(client.get_account_futures)
        self.get_account_ledgers_spot_margin = async_raw_response_wrapper(
            client.get_account_ledgers_spot_margin
        )
        self.get_account_ledgers_trade_hf = async_raw_response_wrapper(
            client.get_account_ledgers_trade_hf
        )
        self.get_account_ledgers_margin_hf = async_raw_response_wrapper(
            client.get_account_ledgers_margin_hf
        )
        self.get_account_ledgers_futures = async_raw_response_wrapper(
            client.get_account_ledgers_futures
        )
        self.get_account_detail_margin = async_raw_response_wrapper(
            client.get_account_detail_margin
        )
        self.get_account_list_isolated_margin_v1 = async_raw_response_wrapper(
            client.get_account_list_isolated_margin_v1
        )
        self.get_account_detail_isolated_margin_v1 = async_raw_response_wrapper(
            client.get_account_detail_isolated_margin_v1
        )
