"""Asynchronous service for the futures positions endpoints: one method per operation of the page."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from kucoin_sdk._client import AsyncService
from kucoin_sdk._pages import PageNumbers, async_walk_pages
from kucoin_sdk._response import async_raw_response_wrapper
from kucoin_sdk.futures.positions.operations import OPERATIONS

if TYPE_CHECKING:
    from kucoin_sdk._decimals import DecimalNumber, DecimalString
    from kucoin_sdk.futures.positions.enums import (
        MarginMode,
        MarginModeLiteral,
    )
    from kucoin_sdk.futures.positions.models import (
        AddIsolatedMarginData,
        BatchSwitchMarginModeData,
        GetCrossMarginLeverageData,
        GetCrossMarginRiskLimitData,
        GetIsolatedMarginRiskLimitData,
        GetMarginModeData,
        GetMaxOpenSizeData,
        GetPositionDetailsData,
        GetPositionListData,
        GetPositionsHistoryData,
        GetPositionsHistoryDataItem,
        SwitchMarginModeData,
    )


class AsyncFuturesPositionsService(AsyncService):
    """The futures positions endpoints, served through the package's AsyncClient: its credentials,
    hosts, options and connection pool."""

    @cached_property
    def with_raw_response(self) -> AsyncFuturesPositionsServiceWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return AsyncFuturesPositionsServiceWithRawResponse(self)

    async def get_margin_mode(
        self,
        *,
        symbol: str,
    ) -> GetMarginModeData | None:
        """Get Margin Mode.

        `GET /api/v2/position/getMarginMode`

        This interface can query the margin mode of the current symbol.

        Args:
            symbol: Symbol of the contract, Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
        }
        return cast(
            "GetMarginModeData | None",
            await self.call(
                OPERATIONS["get_margin_mode"],
                _arguments,
            ),
        )

    async def switch_margin_mode(
        self,
        *,
        symbol: str,
        margin_mode: MarginMode | MarginModeLiteral,
    ) -> SwitchMarginModeData | None:
        """Switch Margin Mode.

        `POST /api/v2/position/changeMarginMode`

        This interface can modify the margin mode of the current symbol.

        Args:
            symbol: Symbol of the contract, Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
            margin_mode: Modified margin model: ISOLATED (isolated), CROSS (cross
                margin).
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "margin_mode": margin_mode,
        }
        return cast(
            "SwitchMarginModeData | None",
            await self.call(
                OPERATIONS["switch_margin_mode"],
                _arguments,
            ),
        )

    async def batch_switch_margin_mode(
        self,
        *,
        margin_mode: MarginMode | MarginModeLiteral,
        symbols: list[str],
    ) -> BatchSwitchMarginModeData | None:
        """Batch Switch Margin Mode.

        `POST /api/v2/position/batchChangeMarginMode`

        Batch modify the margin mode of the symbols.

        Args:
            margin_mode: Modified margin model: ISOLATED (isolated), CROSS (cross
                margin).
            symbols: Symbol list of the contract, Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
        """
        _arguments: dict[str, Any] = {
            "margin_mode": margin_mode,
            "symbols": symbols,
        }
        return cast(
            "BatchSwitchMarginModeData | None",
            await self.call(
                OPERATIONS["batch_switch_margin_mode"],
                _arguments,
            ),
        )

    async def get_max_open_size(
        self,
        *,
        symbol: str,
        price: DecimalString,
        leverage: int,
    ) -> GetMaxOpenSizeData | None:
        """Get Max Open Size.

        `GET /api/v2/getMaxOpenSize`

        Get Maximum Open Position Size.

        Args:
            symbol: Symbol of the contract. Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
            price: Order Price
            leverage: Leverage
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "price": price,
            "leverage": leverage,
        }
        return cast(
            "GetMaxOpenSizeData | None",
            await self.call(
                OPERATIONS["get_max_open_size"],
                _arguments,
            ),
        )

    async def get_position_details(
        self,
        *,
        symbol: str,
    ) -> GetPositionDetailsData | None:
        """Get Position Details.

        `GET /api/v1/position`

        Get the position details of a specified position.

        Args:
            symbol: Symbol of the contract, Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
        }
        return cast(
            "GetPositionDetailsData | None",
            await self.call(
                OPERATIONS["get_position_details"],
                _arguments,
            ),
        )

    async def get_position_list(
        self,
        *,
        currency: str | None = None,
    ) -> list[GetPositionListData] | None:
        """Get Position List.

        `GET /api/v1/positions`

        Get the position details of a specified position.

        Args:
            currency: Quote currency code, Please refer to
                [rootSymbol](https://www.kucoin.com/docs-new/api-221752070) , such as
                USDT,XBT. Query all positions when empty
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
        }
        return cast(
            "list[GetPositionListData] | None",
            await self.call(
                OPERATIONS["get_position_list"],
                _arguments,
            ),
        )

    async def get_positions_history(
        self,
        *,
        symbol: str | None = None,
        from_: int | None = None,
        to: int | None = None,
        limit: int | None = None,
        page_id: int | None = None,
    ) -> GetPositionsHistoryData | None:
        """Get Positions History.

        `GET /api/v1/history-positions`

        This interface can query position history information records.

        `iter_get_positions_history()` walks every page of this list.

        Args:
            symbol: Symbol of the contract, Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
            from_: Closing start time(ms)
            to: Closing end time(ms)
            limit: Number of requests per page, max 200, default 10
            page_id: Current page number, default 1
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "from_": from_,
            "to": to,
            "limit": limit,
            "page_id": page_id,
        }
        return cast(
            "GetPositionsHistoryData | None",
            await self.call(
                OPERATIONS["get_positions_history"],
                _arguments,
            ),
        )

    def iter_get_positions_history(
        self,
        *,
        symbol: str | None = None,
        from_: int | None = None,
        to: int | None = None,
        limit: int | None = None,
        page_id: int | None = None,
    ) -> AsyncIterator[GetPositionsHistoryDataItem]:
        """Every item of `get_positions_history`, page after page, from `page_id` (default
        1) to the last page.
        """

        async def _page(_at: Any) -> GetPositionsHistoryData | None:
            return await self.get_positions_history(
                symbol=symbol,
                from_=from_,
                to=to,
                limit=limit,
                page_id=_at,
            )

        return async_walk_pages(
            _page,
            PageNumbers(items="items", total_pages="total_page"),
            page_id,
            "futures.positions.get_positions_history",
        )

    async def get_max_withdraw_margin(
        self,
        *,
        symbol: str,
    ) -> str | None:
        """Get Max Withdraw Margin.

        `GET /api/v1/margin/maxWithdrawMargin`

        This interface can query the maximum amount of margin that the current position
        supports withdrawal.

        Args:
            symbol: Symbol of the contract, Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
        }
        return cast(
            "str | None",
            await self.call(
                OPERATIONS["get_max_withdraw_margin"],
                _arguments,
            ),
        )

    async def get_cross_margin_leverage(
        self,
        *,
        symbol: str,
    ) -> GetCrossMarginLeverageData | None:
        """Get Cross Margin Leverage.

        `GET /api/v2/getCrossUserLeverage`

        This interface can query the current symbol’s cross-margin leverage multiple.

        Args:
            symbol: Symbol of the contract, Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
        }
        return cast(
            "GetCrossMarginLeverageData | None",
            await self.call(
                OPERATIONS["get_cross_margin_leverage"],
                _arguments,
            ),
        )

    async def modify_cross_margin_leverage(
        self,
        *,
        symbol: str,
        leverage: str,
    ) -> bool | None:
        """Modify Cross Margin Leverage.

        `POST /api/v2/changeCrossUserLeverage`

        This interface can modify the current symbol’s cross-margin leverage multiple.

        Args:
            symbol: Symbol of the contract, Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
            leverage: Leverage multiple
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "leverage": leverage,
        }
        return cast(
            "bool | None",
            await self.call(
                OPERATIONS["modify_cross_margin_leverage"],
                _arguments,
            ),
        )

    async def add_isolated_margin(
        self,
        *,
        symbol: str,
        margin: DecimalNumber,
        biz_no: str,
    ) -> AddIsolatedMarginData | None:
        """Add Isolated Margin.

        `POST /api/v1/position/margin/deposit-margin`

        Add Isolated Margin Manually.

        Args:
            symbol: Symbol of the contract, Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
            margin: Margin amount (min. margin amount≥0.00001667XBT）
            biz_no: A unique ID generated by the user, to ensure the operation is
                processed by the system only once, The maximum length cannot exceed 36
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "margin": margin,
            "biz_no": biz_no,
        }
        return cast(
            "AddIsolatedMarginData | None",
            await self.call(
                OPERATIONS["add_isolated_margin"],
                _arguments,
            ),
        )

    async def remove_isolated_margin(
        self,
        *,
        symbol: str,
        withdraw_amount: DecimalString,
    ) -> str | None:
        """Remove Isolated Margin.

        `POST /api/v1/margin/withdrawMargin`

        Remove Isolated Margin Manually.

        Args:
            symbol: Symbol of the contract, Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
            withdraw_amount: The size of the position that can be deposited. If it is
                USDT-margin, it represents the amount of USDT. If it is coin-margin,
                this value represents the number of coins
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "withdraw_amount": withdraw_amount,
        }
        return cast(
            "str | None",
            await self.call(
                OPERATIONS["remove_isolated_margin"],
                _arguments,
            ),
        )

    async def get_cross_margin_risk_limit(
        self,
        *,
        symbol: str,
        total_margin: str | None = None,
        leverage: int | None = None,
    ) -> list[GetCrossMarginRiskLimitData] | None:
        """Get Cross Margin Risk Limit.

        `GET /api/v2/batchGetCrossOrderLimit`

        Batch get cross margin risk limit.

        Args:
            symbol: Symbol of the contract. Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220), (You may add up to
                50 symbols. Use a halfwidth comma to each IP)
            total_margin: The position opening amount, in the contract's settlement
                currency. Defaults to 10,000 in margin currency for max position
                calculation. For USDT/USDC, it's 10,000 USD; for others, it's 10,000
                divided by the token's USDT price.
            leverage: Calculates the max position size at the specified leverage.
                Defaults to the symbol’s max cross leverage.
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "total_margin": total_margin,
            "leverage": leverage,
        }
        return cast(
            "list[GetCrossMarginRiskLimitData] | None",
            await self.call(
                OPERATIONS["get_cross_margin_risk_limit"],
                _arguments,
            ),
        )

    async def get_isolated_margin_risk_limit(
        self,
        *,
        symbol: str,
    ) -> list[GetIsolatedMarginRiskLimitData] | None:
        """Get Isolated Margin Risk Limit.

        `GET /api/v1/contracts/risk-limit/{symbol}`

        This interface can be used to obtain information about risk limit level of a
        specific contract (only valid for Isolated Margin).

        Args:
            symbol: Symbol of the contract. Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
        }
        return cast(
            "list[GetIsolatedMarginRiskLimitData] | None",
            await self.call(
                OPERATIONS["get_isolated_margin_risk_limit"],
                _arguments,
            ),
        )

    async def modify_isolated_margin_risk_limit(
        self,
        *,
        symbol: str,
        level: int,
    ) -> bool | None:
        """Modify Isolated Margin Risk Limit.

        `POST /api/v1/position/risk-limit-level/change`

        This interface can be used to obtain information about risk limit level of a
        specific contract (only valid for Isolated Margin).

        Args:
            symbol: Symbol of the contract. Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
            level: Level
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "level": level,
        }
        return cast(
            "bool | None",
            await self.call(
                OPERATIONS["modify_isolated_margin_risk_limit"],
                _arguments,
            ),
        )

    async def modify_isolated_margin_auto_deposit_status(
        self,
        *,
        symbol: str,
        status: bool,
    ) -> bool | None:
        """Modify Isolated Margin Auto-Deposit Status.

        `POST /api/v1/position/margin/auto-deposit-status`

        This endpoint is only applicable to isolated margin and is no longer
        recommended. It is recommended to use cross margin instead.

        Args:
            symbol: Symbol of the contract

            status: Status
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "status": status,
        }
        return cast(
            "bool | None",
            await self.call(
                OPERATIONS["modify_isolated_margin_auto_deposit_status"],
                _arguments,
            ),
        )


class AsyncFuturesPositionsServiceWithRawResponse:
    """The operations of a AsyncFuturesPositionsService, each returning its call's RawResponse."""

    def __init__(self, client: AsyncFuturesPositionsService) -> None:
        self.get_margin_mode = async_raw_response_wrapper(client.get_margin_mode)
        self.switch_margin_mode = async_raw_response_wrapper(client.switch_margin_mode)
        self.batch_switch_margin_mode = async_raw_response_wrapper(client.batch_switch_margin_mode)
        self.get_max_open_size = async_raw_response_wrapper(client.get_max_open_size)
        self.get_position_details = async_raw_response_wrapper(client.get_position_details)
        self.get_position_list = async_raw_response_wrapper(client.get_position_list)
        self.get_positions_history = async_raw_response_wrapper(client.get_positions_history)
        self.get_max_withdraw_margin = async_raw_response_wrapper(client.get_max_withdraw_margin)
        self.get_cross_margin_leverage = async_raw_response_wrapper(
            client.get_cross_margin_leverage
        )
        self.modify_cross_margin_leverage = async_raw_response_wrapper(
            client.modify_cross_margin_leverage
        )
        self.add_isolated_margin = async_raw_response_wrapper(client.add_isolated_margin)
        self.remove_isolated_margin = async_raw_response_wrapper(client.remove_isolated_margin)
        self.get_cross_margin_risk_limit = async_raw_response_wrapper(
            client.get_cross_margin_risk_limit
        )
        self.get_isolated_margin_risk_limit = async_raw_response_wrapper(
            client.get_isolated_margin_risk_limit
        )
        self.modify_isolated_margin_risk_limit = async_raw_response_wrapper(
            client.modify_isolated_margin_risk_limit
        )
        self.modify_isolated_margin_auto_deposit_status = async_raw_response_wrapper(
            client.modify_isolated_margin_auto_deposit_status
        )
