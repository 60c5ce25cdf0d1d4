"""Asynchronous service for the account withdrawal endpoints: one method per operation of the page."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from kucoin_sdk._client import AsyncService
from kucoin_sdk._pages import PageNumbers, async_walk_pages
from kucoin_sdk._response import async_raw_response_wrapper
from kucoin_sdk.account.withdrawal.operations import OPERATIONS

if TYPE_CHECKING:
    from kucoin_sdk._decimals import DecimalString
    from kucoin_sdk.account.withdrawal.enums import (
        GetWithdrawalHistoryOldStatus,
        GetWithdrawalHistoryOldStatusLiteral,
        GetWithdrawalHistoryStatus,
        GetWithdrawalHistoryStatusLiteral,
        WithdrawType,
        WithdrawTypeLiteral,
    )
    from kucoin_sdk.account.withdrawal.models import (
        GetWithdrawalHistoryByIdData,
        GetWithdrawalHistoryData,
        GetWithdrawalHistoryDataItem,
        GetWithdrawalHistoryOldData,
        GetWithdrawalHistoryOldDataItem,
        GetWithdrawalQuotasData,
        WithdrawV1Data,
        WithdrawV3Data,
    )


class AsyncAccountWithdrawalService(AsyncService):
    """The account withdrawal endpoints, served through the package's AsyncClient: its credentials,
    hosts, options and connection pool."""

    @cached_property
    def with_raw_response(self) -> AsyncAccountWithdrawalServiceWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return AsyncAccountWithdrawalServiceWithRawResponse(self)

    async def get_withdrawal_quotas(
        self,
        *,
        currency: str,
        chain: str | None = None,
    ) -> GetWithdrawalQuotasData | None:
        """Get Withdrawal Quotas.

        `GET /api/v1/withdrawals/quotas`

        This interface can obtain the withdrawal quota information of this currency.

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
            "GetWithdrawalQuotasData | None",
            await self.call(
                OPERATIONS["get_withdrawal_quotas"],
                _arguments,
            ),
        )

    async def withdraw_v3(
        self,
        *,
        currency: str,
        chain: str | None = None,
        amount: DecimalString,
        memo: str | None = None,
        is_inner: bool | None = None,
        remark: str | None = None,
        fee_deduct_type: str | None = None,
        to_address: str,
        withdraw_type: WithdrawType | WithdrawTypeLiteral,
    ) -> WithdrawV3Data | None:
        """Withdraw (V3).

        `POST /api/v3/withdrawals`

        Use this interface to withdraw the specified currency.

        Args:
            currency: currency
            chain: The chainId of currency, For a currency with multiple chains, it is
                recommended to specify the chain parameter instead of using the default
                chain; you can query the chainId through the response of the GET
                /api/v3/currencies/{currency} interface.
            amount: Withdrawal amount, a positive number which is a multiple of the
                amount precision
            memo: Address remark. If there’s no remark, it is empty. When you withdraw
                from other platforms to KuCoin, you need to fill in memo(tag). Be
                careful: If you do not fill in memo(tag), your deposit may not be
                available.
            is_inner: Internal withdrawal or not. Default: False
            remark: Remark
            fee_deduct_type: Withdrawal fee deduction type: INTERNAL, EXTERNAL, or not
                specified

        1. INTERNAL: Deduct the transaction fees from your withdrawal amount
        2. EXTERNAL: Deduct the transaction fees from your main account
        3. If you don't specify the feeDeductType parameter, when the balance in your
        main account is sufficient to support the withdrawal, the system will initially
        deduct the transaction fees from your main account. But if the balance in your
        main account is not sufficient to support the withdrawal, the system will deduct
        the fees from your withdrawal amount. For example: Suppose you are going to
        withdraw 1 BTC from the KuCoin platform (transaction fee: 0.0001BTC), if the
        balance in your main account is insufficient, the system will deduct the
        transaction fees from your withdrawal amount. In this case, you will be
        receiving 0.9999BTC.
            to_address: Withdrawal address
            withdraw_type: Withdrawal type, ADDRESS (withdrawal address), UID, MAIL
                (email), PHONE (mobile phone number). Note: If you withdraw by
                uid/mail/phone, there will be rate limits: 3 times/10 seconds, 50
                times/24 hours (calculated on a rolling basis based on the first request
                time)
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "chain": chain,
            "amount": amount,
            "memo": memo,
            "is_inner": is_inner,
            "remark": remark,
            "fee_deduct_type": fee_deduct_type,
            "to_address": to_address,
            "withdraw_type": withdraw_type,
        }
        return cast(
            "WithdrawV3Data | None",
            await self.call(
                OPERATIONS["withdraw_v3"],
                _arguments,
            ),
        )

    async def cancel_withdrawal(
        self,
        *,
        withdrawal_id: str,
    ) -> str | None:
        """Cancel Withdrawal.

        `DELETE /api/v1/withdrawals/{withdrawalId}`

        This interface can cancel the withdrawal. Only withdrawal requests with
        PROCESSING status can be canceled.

        Args:
            withdrawal_id: Path parameter, a unique ID for a withdrawalId
        """
        _arguments: dict[str, Any] = {
            "withdrawal_id": withdrawal_id,
        }
        return cast(
            "str | None",
            await self.call(
                OPERATIONS["cancel_withdrawal"],
                _arguments,
            ),
        )

    async def get_withdrawal_history_by_id(
        self,
        *,
        withdrawal_id: str,
    ) -> GetWithdrawalHistoryByIdData | None:
        """Get Withdrawal History By ID.

        `GET /api/v1/withdrawals/{withdrawalId}`

        Request a withdrawal history by id via this endpoint.

        Args:
            withdrawal_id: withdrawal ID
        """
        _arguments: dict[str, Any] = {
            "withdrawal_id": withdrawal_id,
        }
        return cast(
            "GetWithdrawalHistoryByIdData | None",
            await self.call(
                OPERATIONS["get_withdrawal_history_by_id"],
                _arguments,
            ),
        )

    async def get_withdrawal_history(
        self,
        *,
        currency: str,
        status: GetWithdrawalHistoryStatus | GetWithdrawalHistoryStatusLiteral | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> GetWithdrawalHistoryData | None:
        """Get Withdrawal History.

        `GET /api/v1/withdrawals`

        Request a withdrawal list via this endpoint. Items are paginated and sorted to
        show the latest first. See the Pagination section for retrieving additional
        entries after the first page.

        `iter_get_withdrawal_history()` walks every page of this list.

        Args:
            currency: currency
            status: Status. Available value: REVIEW, PROCESSING, WALLET_PROCESSING,
                SUCCESS and FAILURE
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
            "GetWithdrawalHistoryData | None",
            await self.call(
                OPERATIONS["get_withdrawal_history"],
                _arguments,
            ),
        )

    def iter_get_withdrawal_history(
        self,
        *,
        currency: str,
        status: GetWithdrawalHistoryStatus | GetWithdrawalHistoryStatusLiteral | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[GetWithdrawalHistoryDataItem]:
        """Every item of `get_withdrawal_history`, page after page, from `current_page`
        (default 1) to the last page.
        """

        async def _page(_at: Any) -> GetWithdrawalHistoryData | None:
            return await self.get_withdrawal_history(
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
            "account.withdrawal.get_withdrawal_history",
        )

    async def withdraw_v1(
        self,
        *,
        currency: str,
        chain: str | None = None,
        address: str,
        amount: int,
        memo: str | None = None,
        is_inner: bool | None = None,
        remark: str | None = None,
        fee_deduct_type: str | None = None,
    ) -> WithdrawV1Data | None:
        """Withdraw - V1.

        `POST /api/v1/withdrawals`

        Use this interface to withdraw the specified currency.

        Args:
            currency: currency
            chain: The chainId of currency, For a currency with multiple chains, it is
                recommended to specify the chain parameter instead of using the default
                chain; you can query the chainId through the response of the GET
                /api/v3/currencies/{currency} interface.
            address: Withdrawal address
            amount: Withdrawal amount, a positive number which is a multiple of the
                amount precision
            memo: Address remark. If there’s no remark, it is empty. When you withdraw
                from other platforms to KuCoin, you need to fill in memo(tag). Be
                careful: If you do not fill in memo(tag), your deposit may not be
                available.
            is_inner: Internal withdrawal or not. Default: False
            remark: Remark
            fee_deduct_type: Withdrawal fee deduction type: INTERNAL, EXTERNAL, or not
                specified

        1. INTERNAL: Deduct the transaction fees from your withdrawal amount
        2. EXTERNAL: Deduct the transaction fees from your main account
        3. If you don't specify the feeDeductType parameter, when the balance in your
        main account is sufficient to support the withdrawal, the system will initially
        deduct the transaction fees from your main account. But if the balance in your
        main account is not sufficient to support the withdrawal, the system will deduct
        the fees from your withdrawal amount. For example: Suppose you are going to
        withdraw 1 BTC from the KuCoin platform (transaction fee: 0.0001BTC), if the
        balance in your main account is insufficient, the system will deduct the
        transaction fees from your withdrawal amount. In this case, you will be
        receiving 0.9999BTC.
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "chain": chain,
            "address": address,
            "amount": amount,
            "memo": memo,
            "is_inner": is_inner,
            "remark": remark,
            "fee_deduct_type": fee_deduct_type,
        }
        return cast(
            "WithdrawV1Data | None",
            await self.call(
                OPERATIONS["withdraw_v1"],
                _arguments,
            ),
        )

    async def get_withdrawal_history_old(
        self,
        *,
        currency: str,
        status: GetWithdrawalHistoryOldStatus | GetWithdrawalHistoryOldStatusLiteral | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> GetWithdrawalHistoryOldData | None:
        """Get Withdrawal History - Old.

        `GET /api/v1/hist-withdrawals`

        Request a deposit list via this endpoint. Items are paginated and sorted to show
        the latest first. See the Pagination section for retrieving additional entries
        after the first page.

        `iter_get_withdrawal_history_old()` walks every page of this list.

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
            "GetWithdrawalHistoryOldData | None",
            await self.call(
                OPERATIONS["get_withdrawal_history_old"],
                _arguments,
            ),
        )

    def iter_get_withdrawal_history_old(
        self,
        *,
        currency: str,
        status: GetWithdrawalHistoryOldStatus | GetWithdrawalHistoryOldStatusLiteral | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[GetWithdrawalHistoryOldDataItem]:
        """Every item of `get_withdrawal_history_old`, page after page, from `current_page`
        (default 1) to the last page.
        """

        async def _page(_at: Any) -> GetWithdrawalHistoryOldData | None:
            return await self.get_withdrawal_history_old(
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
            "account.withdrawal.get_withdrawal_history_old",
        )


class AsyncAccountWithdrawalServiceWithRawResponse:
    """The operations of a AsyncAccountWithdrawalService, each returning its call's RawResponse."""

    def __init__(self, client: AsyncAccountWithdrawalService) -> None:
        self.get_withdrawal_quotas = async_raw_response_wrapper(client.get_withdrawal_quotas)
        self.withdraw_v3 = async_raw_response_wrapper(client.withdraw_v3)
        self.cancel_withdrawal = async_raw_response_wrapper(client.cancel_withdrawal)
        self.get_withdrawal_history_by_id = async_raw_response_wrapper(
            client.get_withdrawal_history_by_id
        )
        self.get_withdrawal_history = async_raw_response_wrapper(client.get_withdrawal_history)
        self.withdraw_v1 = async_raw_response_wrapper(client.withdraw_v1)
        self.get_withdrawal_history_old = async_raw_response_wrapper(
            client.get_withdrawal_history_old
        )
