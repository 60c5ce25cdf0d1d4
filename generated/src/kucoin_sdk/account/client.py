"""Synchronous account services of kucoin_sdk: `client.account`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from kucoin_sdk._client import SyncClientBase

if TYPE_CHECKING:
    from kucoin_sdk.account.deposit.client import (
        AccountDepositService,
        AccountDepositServiceWithRawResponse,
    )
    from kucoin_sdk.account.fee.client import AccountFeeService, AccountFeeServiceWithRawResponse
    from kucoin_sdk.account.info.client import AccountInfoService, AccountInfoServiceWithRawResponse
    from kucoin_sdk.account.sub_account.client import (
        AccountSubAccountService,
        AccountSubAccountServiceWithRawResponse,
    )
    from kucoin_sdk.account.transfer.client import (
        AccountTransferService,
        AccountTransferServiceWithRawResponse,
    )
    from kucoin_sdk.account.withdrawal.client import (
        AccountWithdrawalService,
        AccountWithdrawalServiceWithRawResponse,
    )


class AccountGroup:
    """The account services: `info`, `deposit`, `withdrawal`, `transfer`, `sub_account`, `fee`."""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    @cached_property
    def info(self) -> AccountInfoService:
        """The account endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.account.info.client import AccountInfoService

        return AccountInfoService(self._client)

    @cached_property
    def deposit(self) -> AccountDepositService:
        """The account deposit endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.account.deposit.client import AccountDepositService

        return AccountDepositService(self._client)

    @cached_property
    def withdrawal(self) -> AccountWithdrawalService:
        """The account withdrawal endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.account.withdrawal.client import AccountWithdrawalService

        return AccountWithdrawalService(self._client)

    @cached_property
    def transfer(self) -> AccountTransferService:
        """The account transfer endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.account.transfer.client import AccountTransferService

        return AccountTransferService(self._client)

    @cached_property
    def sub_account(self) -> AccountSubAccountService:
        """The account subaccount endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.account.sub_account.client import AccountSubAccountService

        return AccountSubAccountService(self._client)

    @cached_property
    def fee(self) -> AccountFeeService:
        """The account fee endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.account.fee.client import AccountFeeService

        return AccountFeeService(self._client)


class AccountGroupWithRawResponse:
    """The services of a AccountGroup, their operations each returning its call's
    RawResponse."""

    def __init__(self, group: AccountGroup) -> None:
        self._group = group

    @cached_property
    def info(self) -> AccountInfoServiceWithRawResponse:
        """The account endpoints."""
        from kucoin_sdk.account.info.client import AccountInfoServiceWithRawResponse

        return AccountInfoServiceWithRawResponse(self._group.info)

    @cached_property
    def deposit(self) -> AccountDepositServiceWithRawResponse:
        """The account deposit endpoints."""
        from kucoin_sdk.account.deposit.client import AccountDepositServiceWithRawResponse

        return AccountDepositServiceWithRawResponse(self._group.deposit)

    @cached_property
    def withdrawal(self) -> AccountWithdrawalServiceWithRawResponse:
        """The account withdrawal endpoints."""
        from kucoin_sdk.account.withdrawal.client import AccountWithdrawalServiceWithRawResponse

        return AccountWithdrawalServiceWithRawResponse(self._group.withdrawal)

    @cached_property
    def transfer(self) -> AccountTransferServiceWithRawResponse:
        """The account transfer endpoints."""
        from kucoin_sdk.account.transfer.client import AccountTransferServiceWithRawResponse

        return AccountTransferServiceWithRawResponse(self._group.transfer)

    @cached_property
    def sub_account(self) -> AccountSubAccountServiceWithRawResponse:
        """The account subaccount endpoints."""
        from kucoin_sdk.account.sub_account.client import AccountSubAccountServiceWithRawResponse

        return AccountSubAccountServiceWithRawResponse(self._group.sub_account)

    @cached_property
    def fee(self) -> AccountFeeServiceWithRawResponse:
        """The account fee endpoints."""
        from kucoin_sdk.account.fee.client import AccountFeeServiceWithRawResponse

        return AccountFeeServiceWithRawResponse(self._group.fee)
