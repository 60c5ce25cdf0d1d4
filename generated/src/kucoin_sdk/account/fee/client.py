"""Synchronous service for the account fee endpoints: one method per operation of the page."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from kucoin_sdk._client import SyncService
from kucoin_sdk._response import raw_response_wrapper
from kucoin_sdk.account.fee.operations import OPERATIONS

if TYPE_CHECKING:
    from kucoin_sdk.account.fee.enums import (
        CurrencyType,
        CurrencyTypeLiteral,
    )
    from kucoin_sdk.account.fee.models import (
        GetActualFeeFuturesData,
        GetActualFeeSpotMarginData,
        GetBasicFeeSpotMarginData,
    )


class AccountFeeService(SyncService):
    """The account fee endpoints, served through the package's Client: its credentials,
    hosts, options and connection pool."""

    @cached_property
    def with_raw_response(self) -> AccountFeeServiceWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return AccountFeeServiceWithRawResponse(self)

    def get_basic_fee_spot_margin(
        self,
        *,
        currency_type: CurrencyType | CurrencyTypeLiteral | None = None,
    ) -> GetBasicFeeSpotMarginData | None:
        """Get Basic Fee - Spot/Margin.

        `GET /api/v1/base-fee`

        This interface is for the user’s spot/margin basic fee rate.

        Args:
            currency_type: Currency type: 0-crypto currency, 1-fiat currency. Default is
                0-crypto currency
        """
        _arguments: dict[str, Any] = {
            "currency_type": currency_type,
        }
        return cast(
            "GetBasicFeeSpotMarginData | None",
            self.call(
                OPERATIONS["get_basic_fee_spot_margin"],
                _arguments,
            ),
        )

    def get_actual_fee_spot_margin(
        self,
        *,
        symbols: str,
    ) -> list[GetActualFeeSpotMarginData] | None:
        """Get Actual Fee - Spot/Margin.

        `GET /api/v1/trade-fees`

        This interface is for the trading pair’s actual fee rate. You can inquire about
        fee rates of 10 trading pairs each time at most. The fee rate of your
        sub-account is the same as that of the master account.

        Args:
            symbols: Trading pair (optional; you can inquire fee rates of 10 trading
                pairs each time at most)
        """
        _arguments: dict[str, Any] = {
            "symbols": symbols,
        }
        return cast(
            "list[GetActualFeeSpotMarginData] | None",
            self.call(
                OPERATIONS["get_actual_fee_spot_margin"],
                _arguments,
            ),
        )

    def get_actual_fee_futures(
        self,
        *,
        symbol: str,
    ) -> GetActualFeeFuturesData | None:
        """Get Actual Fee - Futures.

        `GET /api/v1/trade-fees` on `https://api-futures.kucoin.com`

        This interface is for the trading pair’s actual futures fee rate. The fee rate
        of your sub-account is the same as that of the master account.

        Args:
            symbol: The unique identity of the trading pair; will not change even if the
                trading pair is renamed
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
        }
        return cast(
            "GetActualFeeFuturesData | None",
            self.call(
                OPERATIONS["get_actual_fee_futures"],
                _arguments,
            ),
        )


class AccountFeeServiceWithRawResponse:
    """The operations of a AccountFeeService, each returning its call's RawResponse."""

    def __init__(self, client: AccountFeeService) -> None:
        self.get_basic_fee_spot_margin = raw_response_wrapper(client.get_basic_fee_spot_margin)
        self.get_actual_fee_spot_margin = raw_response_wrapper(client.get_actual_fee_spot_margin)
        self.get_actual_fee_futures = raw_response_wrapper(client.get_actual_fee_futures)
