"""Asynchronous service for the account transfer endpoints: one method per operation of the page."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from kucoin_sdk._client import AsyncService
from kucoin_sdk._pages import PageNumbers, async_walk_pages
from kucoin_sdk._response import async_raw_response_wrapper
from kucoin_sdk.account.transfer.operations import OPERATIONS

if TYPE_CHECKING:
    from kucoin_sdk._decimals import DecimalNumber, DecimalString
    from kucoin_sdk.account.transfer.enums import (
        AccountType,
        AccountTypeLiteral,
        Direction,
        DirectionLiteral,
        FlexTransferType,
        FlexTransferTypeLiteral,
        From,
        FromAccountType,
        FromAccountTypeLiteral,
        FromLiteral,
        GetFuturesAccountTransferOutLedgerType,
        GetFuturesAccountTransferOutLedgerTypeLiteral,
        GetTransferQuotasType,
        GetTransferQuotasTypeLiteral,
        PayAccountType,
        PayAccountTypeLiteral,
        RecAccountType,
        RecAccountTypeLiteral,
        SubAccountType,
        SubAccountTypeLiteral,
        To,
        ToAccountType,
        ToAccountTypeLiteral,
        ToLiteral,
    )
    from kucoin_sdk.account.transfer.models import (
        FlexTransferData,
        FuturesAccountTransferOutData,
        GetFuturesAccountTransferOutLedgerData,
        GetFuturesAccountTransferOutLedgerDataItem,
        GetTransferQuotasData,
        InternalTransferData,
        SubAccountTransferData,
    )


class AsyncAccountTransferService(AsyncService):
    """The account transfer endpoints, served through the package's AsyncClient: its credentials,
    hosts, options and connection pool."""

    @cached_property
    def with_raw_response(self) -> AsyncAccountTransferServiceWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return AsyncAccountTransferServiceWithRawResponse(self)

    async def get_transfer_quotas(
        self,
        *,
        currency: str,
        type: GetTransferQuotasType | GetTransferQuotasTypeLiteral,
        tag: str | None = None,
    ) -> GetTransferQuotasData | None:
        """Get Transfer Quotas.

        `GET /api/v1/accounts/transferable`

        This endpoint returns the transferable balance of a specified account.

        Args:
            currency: currency
            type: The account type:MAIN, TRADE, MARGIN, ISOLATED, MARGIN_V2, ISOLATED_V2
            tag: Trading pair required when the account type is ISOLATED; other types do
                not pass, e.g.: BTC-USDT
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "type": type,
            "tag": tag,
        }
        return cast(
            "GetTransferQuotasData | None",
            await self.call(
                OPERATIONS["get_transfer_quotas"],
                _arguments,
            ),
        )

    async def flex_transfer(
        self,
        *,
        client_oid: str,
        currency: str,
        amount: DecimalString,
        from_user_id: str | None = None,
        from_account_type: FromAccountType | FromAccountTypeLiteral,
        from_account_tag: str | None = None,
        type: FlexTransferType | FlexTransferTypeLiteral,
        to_user_id: str | None = None,
        to_account_type: ToAccountType | ToAccountTypeLiteral,
        to_account_tag: str | None = None,
    ) -> FlexTransferData | None:
        """Flex Transfer.

        `POST /api/v3/accounts/universal-transfer`

        This interface can be used for transfers between master- and sub-accounts and
        transfers

        Args:
            client_oid: Unique order ID created by users to identify their orders, e.g.
                UUID, with a maximum length of 128 bits
            currency: currency
            amount: Transfer amount: The amount is a positive integer multiple of the
                currency precision.
            from_user_id: Transfer out UserId: This is required when transferring from
                sub-account to master-account. It is optional for internal transfers.
            from_account_type: Account type: MAIN, TRADE, CONTRACT, MARGIN, ISOLATED,
                MARGIN_V2, ISOLATED_V2
            from_account_tag: Symbol: Required when the account type is ISOLATED or
                ISOLATED_V2, for example: BTC-USDT
            type: Transfer type: INTERNAL (Transfer within account), PARENT_TO_SUB
                (Transfer from master-account to sub-account), SUB_TO_PARENT (Transfer
                from sub-account to master-account)
            to_user_id: Transfer in UserId: This is required when transferring
                master-account to sub-account. It is optional for internal transfers.
            to_account_type: Account type: MAIN, TRADE, CONTRACT, MARGIN, ISOLATED,
                MARGIN_V2, ISOLATED_V2
            to_account_tag: Symbol: Required when the account type is ISOLATED or
                ISOLATED_V2, for example: BTC-USDT
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
            "currency": currency,
            "amount": amount,
            "from_user_id": from_user_id,
            "from_account_type": from_account_type,
            "from_account_tag": from_account_tag,
            "type": type,
            "to_user_id": to_user_id,
            "to_account_type": to_account_type,
            "to_account_tag": to_account_tag,
        }
        return cast(
            "FlexTransferData | None",
            await self.call(
                OPERATIONS["flex_transfer"],
                _arguments,
            ),
        )

    async def sub_account_transfer(
        self,
        *,
        client_oid: str,
        currency: str,
        amount: DecimalString,
        direction: Direction | DirectionLiteral,
        account_type: AccountType | AccountTypeLiteral | None = None,
        sub_account_type: SubAccountType | SubAccountTypeLiteral | None = None,
        sub_user_id: str | None = None,
        tag: str | None = None,
        sub_tag: str,
    ) -> SubAccountTransferData | None:
        """Sub-account Transfer.

        `POST /api/v2/accounts/sub-transfer`

        Funds in the main account, trading account and margin account of a Master
        Account can be transferred to the main account, trading account, futures account
        and margin account of its Sub-Account. The futures account of both the Master
        Account and Sub-Account can only accept funds transferred in from the main
        account, trading account and margin account and cannot transfer out to these
        accounts.

        Args:
            client_oid: Unique order ID created by users to identify their orders, e.g.
                UUID, with a maximum length of 128 bits
            currency: currency
            amount: Transfer amount: The amount is a positive integer multiple of the
                currency precision.
            direction: OUT — the master user to sub user
        IN — the sub user to the master user
            account_type: Account type: MAIN, TRADE, CONTRACT, MARGIN, ISOLATED
            sub_account_type: Sub-account type: MAIN, TRADE, CONTRACT, MARGIN, ISOLATED
            sub_user_id: the user ID of a sub-account.
            tag: Need to be defined if accountType=ISOLATED.
            sub_tag: Need to be defined if subAccountType=ISOLATED.
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
            "currency": currency,
            "amount": amount,
            "direction": direction,
            "account_type": account_type,
            "sub_account_type": sub_account_type,
            "sub_user_id": sub_user_id,
            "tag": tag,
            "sub_tag": sub_tag,
        }
        return cast(
            "SubAccountTransferData | None",
            await self.call(
                OPERATIONS["sub_account_transfer"],
                _arguments,
            ),
        )

    async def internal_transfer(
        self,
        *,
        client_oid: str,
        currency: str,
        amount: DecimalString,
        to: To | ToLiteral,
        from_tag: str | None = None,
        to_tag: str | None = None,
        from_: From | FromLiteral,
    ) -> InternalTransferData | None:
        """Internal Transfer.

        `POST /api/v2/accounts/inner-transfer`

        This API endpoint can be used to transfer funds between accounts internally.
        Users can transfer funds between their accounts free of charge.

        Args:
            client_oid: Unique order ID created by users to identify their orders, e.g.
                UUID, with a maximum length of 128 bits
            currency: currency
            amount: Transfer amount: The amount is a positive integer multiple of the
                currency precision.
            to: Receiving Account Type: main, trade, margin, isolated, margin_v2,
                isolated_v2, contract
            from_tag: Trading pair, required when the payment account type is isolated,
                e.g.: BTC-USDT
            to_tag: Trading pair, required when the payment account type is isolated,
                e.g.: BTC-USDT
            from_: Payment Account Type: main, trade, margin, isolated, margin_v2,
                isolated_v2
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
            "currency": currency,
            "amount": amount,
            "to": to,
            "from_tag": from_tag,
            "to_tag": to_tag,
            "from_": from_,
        }
        return cast(
            "InternalTransferData | None",
            await self.call(
                OPERATIONS["internal_transfer"],
                _arguments,
            ),
        )

    async def get_futures_account_transfer_out_ledger(
        self,
        *,
        currency: str | None = None,
        type: GetFuturesAccountTransferOutLedgerType | GetFuturesAccountTransferOutLedgerTypeLiteral | None = None,
        tag: list[str] | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> GetFuturesAccountTransferOutLedgerData | None:
        """Get Futures Account Transfer Out Ledger.

        `GET /api/v1/transfer-list` on `https://api-futures.kucoin.com`

        Futures account transfer out ledgers can be obtained at this endpoint.

        `iter_get_futures_account_transfer_out_ledger()` walks every page of this list.

        Args:
            currency: currency
            type: Status PROCESSING, SUCCESS, FAILURE
            tag: Status List PROCESSING, SUCCESS, FAILURE
            start_at: Start time (milliseconds)
            end_at: End time (milliseconds)
            current_page: Current request page. The default currentPage is 1
            page_size: pageSize; the default pageSize is 50
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "type": type,
            "tag": tag,
            "start_at": start_at,
            "end_at": end_at,
            "current_page": current_page,
            "page_size": page_size,
        }
        return cast(
            "GetFuturesAccountTransferOutLedgerData | None",
            await self.call(
                OPERATIONS["get_futures_account_transfer_out_ledger"],
                _arguments,
            ),
        )

    def iter_get_futures_account_transfer_out_ledger(
        self,
        *,
        currency: str | None = None,
        type: GetFuturesAccountTransferOutLedgerType | GetFuturesAccountTransferOutLedgerTypeLiteral | None = None,
        tag: list[str] | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[GetFuturesAccountTransferOutLedgerDataItem]:
        """Every item of `get_futures_account_transfer_out_ledger`, page after page, from
        `current_page` (default 1) to the last page.
        """

        async def _page(_at: Any) -> GetFuturesAccountTransferOutLedgerData | None:
            return await self.get_futures_account_transfer_out_ledger(
                currency=currency,
                type=type,
                tag=tag,
                start_at=start_at,
                end_at=end_at,
                current_page=_at,
                page_size=page_size,
            )

        return async_walk_pages(
            _page,
            PageNumbers(items="items", total_pages="total_page"),
            current_page,
            "account.transfer.get_futures_account_transfer_out_ledger",
        )

    async def futures_account_transfer_out(
        self,
        *,
        currency: str,
        amount: DecimalNumber,
        rec_account_type: RecAccountType | RecAccountTypeLiteral,
    ) -> FuturesAccountTransferOutData | None:
        """Futures Account Transfer Out.

        `POST /api/v3/transfer-out` on `https://api-futures.kucoin.com`

        The amount to be transferred will be deducted from the KuCoin Futures Account.
        Please ensure that you have sufficient funds in your KuCoin Futures Account, or
        the transfer will fail.

        Args:
            currency: Currency, including XBT, USDT...
            amount: Amount to be transferred out; cannot exceed 1000000000
            rec_account_type: Receive account type, including MAIN, TRADE
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "amount": amount,
            "rec_account_type": rec_account_type,
        }
        return cast(
            "FuturesAccountTransferOutData | None",
            await self.call(
                OPERATIONS["futures_account_transfer_out"],
                _arguments,
            ),
        )

    async def futures_account_transfer_in(
        self,
        *,
        currency: str,
        amount: DecimalNumber,
        pay_account_type: PayAccountType | PayAccountTypeLiteral,
    ) -> str | None:
        """Futures Account Transfer In.

        `POST /api/v1/transfer-in` on `https://api-futures.kucoin.com`

        The amount to be transferred will be deducted from the payAccount. Please ensure
        that you have sufficient funds in your payAccount account, or the transfer will
        fail.

        Args:
            currency: Currency, including XBT, USDT...
            amount: Amount to be transferred in
            pay_account_type: Payment account type, including MAIN, TRADE
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "amount": amount,
            "pay_account_type": pay_account_type,
        }
        return cast(
            "str | None",
            await self.call(
                OPERATIONS["futures_account_transfer_in"],
                _arguments,
            ),
        )


class AsyncAccountTransferServiceWithRawResponse:
    """The operations of a AsyncAccountTransferService, each returning its call's RawResponse."""

    def __init__(self, client: AsyncAccountTransferService) -> None:
        self.get_transfer_quotas = async_raw_response_wrapper(client.get_transfer_quotas)
        self.flex_transfer = async_raw_response_wrapper(client.flex_transfer)
        self.sub_account_transfer = async_raw_response_wrapper(client.sub_account_transfer)
        self.internal_transfer = async_raw_response_wrapper(client.internal_transfer)
        self.get_futures_account_transfer_out_ledger = async_raw_response_wrapper(
            client.get_futures_account_transfer_out_ledger
        )
        self.futures_account_transfer_out = async_raw_response_wrapper(
            client.futures_account_transfer_out
        )
        self.futures_account_transfer_in = async_raw_response_wrapper(
            client.futures_account_transfer_in
        )
