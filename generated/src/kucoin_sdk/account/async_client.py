"""Asynchronous account services of kucoin_sdk: `client.account`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from kucoin_sdk._client import AsyncClientBase

if TYPE_CHECKING:
    from kucoin_sdk.account.deposit.async_client import (
        AsyncAccountDepositService,
        AsyncAccountDepositServiceWithRawResponse,
    )
    from kucoin_sdk.account.fee.async_client import (
        AsyncAccountFeeService,
        AsyncAccountFeeServiceWithRawResponse,
    )
    from kucoin_sdk.account.info.async_client import (
        AsyncAccountInfoService,
        AsyncAccountInfoServiceWithRawResponse,
    )
    from kucoin_sdk.account.sub_account.async_client import (
        AsyncAccountSubAccountService,
        AsyncAccountSubAccountServiceWithRawResponse,
    )
    from kucoin_sdk.account.transfer.async_client import (
        AsyncAccountTransferService,
        AsyncAccountTransferServiceWithRawResponse,
    )
    from kucoin_sdk.account.withdrawal.async_client import (
        AsyncAccountWithdrawalService,
        AsyncAccountWithdrawalServiceWithRawResponse,
    )


class AsyncAccountGroup:
    """The account services: `info`, `deposit`, `withdrawal`, `transfer`, `sub_account`, `fee`."""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    @cached_property
    def info(self) -> AsyncAccountInfoService:
        """The account endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.account.info.async_client import AsyncAccountInfoService

        return AsyncAccountInfoService(self._client)

    @cached_property
    def deposit(self) -> AsyncAccountDepositService:
        """The account deposit endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.account.deposit.async_client import AsyncAccountDepositService

        return AsyncAccountDepositService(self._client)

    @cached_property
    def withdrawal(self) -> AsyncAccountWithdrawalService:
        """The account withdrawal endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.account.withdrawal.async_client import AsyncAccountWithdrawalService

        return AsyncAccountWithdrawalService(self._client)

    @cached_property
    def transfer(self) -> AsyncAccountTransferService:
        """The account transfer endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.account.transfer.async_client import AsyncAccountTransferService

        return AsyncAccountTransferService(self._client)

    @cached_property
    def sub_account(self) -> AsyncAccountSubAccountService:
        """The account subaccount endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.account.sub_account.async_client import AsyncAccountSubAccountService

        return AsyncAccountSubAccountService(self._client)

    @cached_property
    def fee(self) -> AsyncAccountFeeService:
        """The account fee endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.account.fee.async_client import AsyncAccountFeeService

        return AsyncAccountFeeService(self._client)


class AsyncAccountGroupWithRawResponse:
    """The services of a AsyncAccountGroup, their operations each returning its call's
    RawResponse."""

    def __init__(self, group: AsyncAccountGroup) -> None:
        self._group = group

    @cached_property
    def info(self) -> AsyncAccountInfoServiceWithRawResponse:
        """The account endpoints."""
        from kucoin_sdk.account.info.async_client import AsyncAccountInfoServiceWithRawResponse

        return AsyncAccountInfoServiceWithRawResponse(self._group.info)

    @cached_property
    def deposit(self) -> AsyncAccountDepositServiceWithRawResponse:
        """The account deposit endpoints."""
        from kucoin_sdk.account.deposit.async_client import (
            AsyncAccountDepositServiceWithRawResponse,
        )

        return AsyncAccountDepositServiceWithRawResponse(self._group.deposit)

    @cached_property
    def withdrawal(self) -> AsyncAccountWithdrawalServiceWithRawResponse:
        """The account withdrawal endpoints."""
        from kucoin_sdk.account.withdrawal.async_client import (
            AsyncAccountWithdrawalServiceWithRawResponse,
        )

        return AsyncAccountWithdrawalServiceWithRawResponse(self._group.withdrawal)

    @cached_property
    def transfer(self) -> AsyncAccountTransferServiceWithRawResponse:
        """The account transfer endpoints."""
        from kucoin_sdk.account.transfer.async_client import (
            AsyncAccountTransferServiceWithRawResponse,
        )

        return AsyncAccountTransferServiceWithRawResponse(self._group.transfer)

    @cached_property
    def sub_account(self) -> AsyncAccountSubAccountServiceWithRawResponse:
        """The account subaccount endpoints."""
        from kucoin_sdk.account.sub_account.async_client import (
            AsyncAccountSubAccountServiceWithRawResponse,
        )

        return AsyncAccountSubAccountServiceWithRawResponse(self._group.sub_account)

    @cached_property
    def fee(self) -> AsyncAccountFeeServiceWithRawResponse:
        """The account fee endpoints."""
        from kucoin_sdk.account.fee.async_client import AsyncAccountFeeServiceWithRawResponse

        return AsyncAccountFeeServiceWithRawResponse(self._group.fee)
