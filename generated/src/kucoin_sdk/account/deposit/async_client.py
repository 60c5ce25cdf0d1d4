"""Asynchronous service for the account deposit endpoints: one method per operation of the page."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from kucoin_sdk._client import AsyncService
from kucoin_sdk._pages import PageNumbers, async_walk_pages
from kucoin_sdk._response import async_raw_response_wrapper
from kucoin_sdk.account.deposit.operations import OPERATIONS

if TYPE_CHECKING:
    from kucoin_sdk._decimals import DecimalString
    from kucoin_sdk.account.deposit.enums import (
        AddDepositAddressV3To,
        AddDepositAddressV3ToLiteral,
        GetDepositAddressV3To,
        GetDepositAddressV3ToLiteral,
        Status,
        StatusLiteral,
    )
    from kucoin_sdk.account.deposit.models import (
        AddDepositAddressV1Data,
        AddDepositAddressV3Data,
        GetDepositAddressesV1Data,
        GetDepositAddressesV2Data,
        GetDepositAddressV3Data,
        GetDepositHistoryData,
        GetDepositHistoryDataItem,
        GetDepositHistoryOldData,
    )


class AsyncAccountDepositService(AsyncService):
    """The account deposit endpoints, served through the package's AsyncClient: its credentials,
    hosts, options and connection pool."""

    @cached_property
    def with_raw_response(self) -> AsyncAccountDepositServiceWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return AsyncAccountDepositServiceWithRawResponse(self)

    async def add_deposit_address_v3(
        self,
        *,
        currency: str,
        chain: str,
        to: AddDepositAddressV3To | AddDepositAddressV3ToLiteral | None = None,
        amount: DecimalString | None = None,
    ) -> AddDepositAddressV3Data | None:
        """Add Deposit Address (V3).

        `POST /api/v3/deposit-address/create`

        Request via this endpoint the creation of a deposit address for a currency you
        intend to deposit.

        Args:
            currency: currency
            chain: The currency chainId, e.g. the available values for USDT are OMNI,
                ERC20, and TRC20; default is ERC20. The available values for BTC are
                Native, Segwit, TRC20; the parameters are bech32, btc, trx; default is
                Native.
            to: Deposit account type: MAIN (funding account), TRADE (spot trading
                account); the default is MAIN
            amount: Deposit amount. This parameter is only used when applying for
                invoices on the Lightning Network. This parameter is invalid if it is
                not passed through the Lightning Network.
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "chain": chain,
            "to": to,
            "amount": amount,
        }
        return cast(
            "AddDepositAddressV3Data | None",
            await self.call(
                OPERATIONS["add_deposit_address_v3"],
                _arguments,
            ),
        )

    async def get_deposit_address_v3(
        self,
        *,
        currency: str,
        amount: DecimalString | None = None,
        chain: str | None = None,
    ) -> list[GetDepositAddressV3Data] | None:
        """Get Deposit Address (V3).

        `GET /api/v3/deposit-addresses`

        Get all deposit addresses for the currency you intend to deposit. If the
        returned data is empty, you may need to add the deposit address first.

        Args:
            currency: currency
            amount: Deposit amount. This parameter is only used when applying for
                invoices on the Lightning Network. This parameter is invalid if it is
                not passed through the Lightning Network.
            chain: The chain Id of currency.
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "amount": amount,
            "chain": chain,
        }
        return cast(
            "list[GetDepositAddressV3Data] | None",
            await self.call(
                OPERATIONS["get_deposit_address_v3"],
                _arguments,
            ),
        )

    async def get_deposit_history(
        self,
        *,
        currency: str,
        status: Status | StatusLiteral | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> GetDepositHistoryData | None:
        """Get Deposit History.

        `GET /api/v1/deposits`

        Request a deposit list via this endpoint. Items are paginated and sorted to show
        the latest first. See the Pagination section for retrieving additional entries
        after the first page.

        `iter_get_deposit_history()` walks every page of this list.

        Args:
            currency: currency
            status: Status. Available value: PROCESSING, SUCCESS, and FAILURE
            start_at: Start time (milliseconds)
            end_at: End time (milliseconds)
            current_page: Current request page.
            page_size: Number of results per request. Minimum is 10, maximum is 500.
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "status": status,
            "start_at": start_at,
            "end_at": end_at,
            "current_page": current_page,
            "page_size": page_size,
        }
        return cast(
            "GetDepositHistoryData | None",
            await self.call(
                OPERATIONS["get_deposit_history"],
                _arguments,
            ),
        )

    def iter_get_deposit_history(
        self,
        *,
        currency: str,
        status: Status | StatusLiteral | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[GetDepositHistoryDataItem]:
        """Every item of `get_deposit_history`, page after page, from `current_page`
        (default 1) to the last page.
        """

        async def _page(_at: Any) -> GetDepositHistoryData | None:
            return await self.get_deposit_history(
                currency=currency,
                status=status,
                start_at=start_at,
                end_at=end_at,
                current_page=_at,
                page_size=page_size,
            )

        return async_walk_pages(
            _page,
            PageNumbers(items="items", total_pages="total_page"),
            current_page,
            "account.deposit.get_deposit_history",
        )

    async def get_deposit_addresses_v2(
        self,
        *,
        currency: str,
        chain: str | None = None,
    ) -> list[GetDepositAddressesV2Data] | None:
        """Get Deposit Addresses (V2).

        `GET /api/v2/deposit-addresses`

        Get all deposit addresses for the currency you intend to deposit. If the
        returned data is empty, you may need to add the deposit address first.

        Args:
            currency: currency
            chain: Chain ID of currency
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "chain": chain,
        }
        return cast(
            "list[GetDepositAddressesV2Data] | None",
            await self.call(
                OPERATIONS["get_deposit_addresses_v2"],
                _arguments,
            ),
        )

    async def get_deposit_addresses_v1(
        self,
        *,
        currency: str,
        chain: str | None = None,
    ) -> GetDepositAddressesV1Data | None:
        """Get Deposit Addresses - V1.

        `GET /api/v1/deposit-addresses`

        Get all deposit addresses for the currency you intend to deposit. If the
        returned data is empty, you may need to add the deposit address first.

        Args:
            currency: currency
            chain: The chainId of currency, e.g. the available values for USDT are OMNI,
                ERC20, and TRC20; default is ERC20. The available values for BTC are
                Native, Segwit, TRC20; the parameters are bech32, btc, trx; default is
                Native. This only applies to multi-chain currencies; no need for
                single-chain currencies.
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "chain": chain,
        }
        return cast(
            "GetDepositAddressesV1Data | None",
            await self.call(
                OPERATIONS["get_deposit_addresses_v1"],
                _arguments,
            ),
        )

    async def add_deposit_address_v1(
        self,
        *,
        currency: str,
        chain: str | None = None,
        to: GetDepositAddressV3To | GetDepositAddressV3ToLiteral | None = None,
    ) -> AddDepositAddressV1Data | None:
        """Add Deposit Address - V1.

        `POST /api/v1/deposit-addresses`

        Request via this endpoint the creation of a deposit address for a currency you
        intend to deposit.

        Args:
            currency: currency
            chain: The chainId of currency, e.g. the available values for USDT are OMNI,
                ERC20, and TRC20; default is ERC20. The available values for BTC are
                Native, Segwit, TRC20; the parameters are bech32, btc, trx; default is
                Native. This only applies to multi-chain currencies; no need for
                single-chain currencies.
            to: Deposit account type: main (funding account), trade (spot trading
                account); the default is main
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "chain": chain,
            "to": to,
        }
        return cast(
            "AddDepositAddressV1Data | None",
            await self.call(
                OPERATIONS["add_deposit_address_v1"],
                _arguments,
            ),
        )

    async def get_deposit_history_old(
        self,
        *,
        currency: str,
        status: Status | StatusLiteral | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
    ) -> GetDepositHistoryOldData | None:
        """Get Deposit History - Old.

        `GET /api/v1/hist-deposits`

        Request the V1 historical deposits list on KuCoin via this endpoint. The return
        value is the data after Pagination, sorted in descending order according to
        time.

        Args:
            currency: currency
            status: Status. Available value: PROCESSING, SUCCESS, and FAILURE
            start_at: Start time (milliseconds)
            end_at: End time (milliseconds)
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "status": status,
            "start_at": start_at,
            "end_at": end_at,
        }
        return cast(
            "GetDepositHistoryOldData | None",
            await self.call(
                OPERATIONS["get_deposit_history_old"],
                _arguments,
            ),
        )


class AsyncAccountDepositServiceWithRawResponse:
    """The operations of a AsyncAccountDepositService, each returning its call's RawResponse."""

    def __init__(self, client: AsyncAccountDepositService) -> None:
        self.add_deposit_address_v3 = async_raw_response_wrapper(client.add_deposit_address_v3)
        self.get_deposit_address_v3 = async_raw_response_wrapper(client.get_deposit_address_v3)
        self.get_deposit_history = async_raw_response_wrapper(client.get_deposit_history)
        self.get_deposit_addresses_v2 = async_raw_response_wrapper(client.get_deposit_addresses_v2)
        self.get_deposit_addresses_v1 = async_raw_response_wrapper(client.get_deposit_addresses_v1)
        self.add_deposit_address_v1 = async_raw_response_wrapper(client.add_deposit_address_v1)
        self.get_deposit_history_old = async_raw_response_wrapper(client.get_deposit_history_old)
