"""Asynchronous service for the broker ndbroker endpoints: one method per operation of the page."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from kucoin_sdk._client import AsyncService
from kucoin_sdk._pages import PageNumbers, async_walk_pages
from kucoin_sdk._response import async_raw_response_wrapper
from kucoin_sdk.broker.nd.operations import OPERATIONS

if TYPE_CHECKING:
    from kucoin_sdk._decimals import DecimalString
    from kucoin_sdk.broker.nd.enums import (
        AccountType,
        AccountTypeLiteral,
        AddSubAccountApiPermissions,
        AddSubAccountApiPermissionsLiteral,
        Direction,
        DirectionLiteral,
        IdentityType,
        IdentityTypeLiteral,
        SpecialAccountType,
        SpecialAccountTypeLiteral,
        TradeType,
        TradeTypeLiteral,
    )
    from kucoin_sdk.broker.nd.models import (
        AddSubAccountApiData,
        AddSubAccountData,
        GetBrokerInfoData,
        GetBrokerRebateData,
        GetDepositDetailData,
        GetDepositListData,
        GetKycStatusData,
        GetKycStatusListData,
        GetKycStatusListDataItem,
        GetSubAccountApiData,
        GetSubAccountData,
        GetSubAccountDataItem,
        GetTransferHistoryData,
        GetWithdrawDetailData,
        ModifySubAccountApiData,
        TransferData,
    )


class AsyncBrokerNdService(AsyncService):
    """The broker ndbroker endpoints, served through the package's AsyncClient: its credentials,
    hosts, options and connection pool."""

    @cached_property
    def with_raw_response(self) -> AsyncBrokerNdServiceWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return AsyncBrokerNdServiceWithRawResponse(self)

    async def submit_kyc(
        self,
        *,
        client_uid: str,
        first_name: str,
        last_name: str,
        issue_country: str,
        birth_date: str,
        identity_type: IdentityType | IdentityTypeLiteral,
        identity_number: str,
        expire_date: str,
        front_photo: str,
        backend_photo: str,
        face_photo: str,
    ) -> str | None:
        """Submit KYC.

        `POST /api/kyc/ndBroker/proxyClient/submit`

        This endpointcan submit kyc information for a sub-account of nd broker

        Args:
            client_uid: client uid
            first_name: first Name
            last_name: last Name
            issue_country: ISO country code
            birth_date: Birth Date
            identity_type: Identity type
            identity_number: Identity Number
            expire_date: expire Date. If there is no expiration date, please fill in:
                2099-01-01
            front_photo: **Optional when identityType=bvn,** Front photo of the ID card,
                in base64 format, PNG or JPG is recommended, and the size cannot exceed
                2MB. If it exceeds 2MB, it is recommended to adjust the resolution and
                compress it to less than 2MB
            backend_photo: **Optional when identityType=passport/bvn,** Back photo of
                ID, same as above
            face_photo: Selfie photo, in base64 format, PNG or JPG is recommended, and
                the size cannot exceed 2MB. If it exceeds 2MB, it is recommended to
                adjust the resolution and compress it to less than 2MB
        """
        _arguments: dict[str, Any] = {
            "client_uid": client_uid,
            "first_name": first_name,
            "last_name": last_name,
            "issue_country": issue_country,
            "birth_date": birth_date,
            "identity_type": identity_type,
            "identity_number": identity_number,
            "expire_date": expire_date,
            "front_photo": front_photo,
            "backend_photo": backend_photo,
            "face_photo": face_photo,
        }
        return cast(
            "str | None",
            await self.call(
                OPERATIONS["submit_kyc"],
                _arguments,
            ),
        )

    async def get_kyc_status(
        self,
        *,
        client_uids: str,
    ) -> list[GetKycStatusData] | None:
        """Get KYC Status.

        `GET /api/kyc/ndBroker/proxyClient/status/list`

        This endpoint can query the specified Kyc status

        Args:
            client_uids: Client uid, Use commas to separate multiple UIDs
        """
        _arguments: dict[str, Any] = {
            "client_uids": client_uids,
        }
        return cast(
            "list[GetKycStatusData] | None",
            await self.call(
                OPERATIONS["get_kyc_status"],
                _arguments,
            ),
        )

    async def get_kyc_status_list(
        self,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
    ) -> GetKycStatusListData | None:
        """Get KYC Status List.

        `GET /api/kyc/ndBroker/proxyClient/status/page`

        This endpoint can query the specified Kyc status list

        `iter_get_kyc_status_list()` walks every page of this list.

        Args:
            page_number: Page Number
            page_size: Page Size
        """
        _arguments: dict[str, Any] = {
            "page_number": page_number,
            "page_size": page_size,
        }
        return cast(
            "GetKycStatusListData | None",
            await self.call(
                OPERATIONS["get_kyc_status_list"],
                _arguments,
            ),
        )

    def iter_get_kyc_status_list(
        self,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[GetKycStatusListDataItem]:
        """Every item of `get_kyc_status_list`, page after page, from `page_number`
        (default 1) to the last page.
        """

        async def _page(_at: Any) -> GetKycStatusListData | None:
            return await self.get_kyc_status_list(
                page_number=_at,
                page_size=page_size,
            )

        return async_walk_pages(
            _page,
            PageNumbers(items="items", total_pages="total_page"),
            page_number,
            "broker.nd.get_kyc_status_list",
        )

    async def get_broker_info(
        self,
        *,
        begin: str,
        end: str,
        trade_type: TradeType | TradeTypeLiteral,
    ) -> GetBrokerInfoData | None:
        """Get Broker Info.

        `GET /api/v1/broker/nd/info`

        This endpoint supports querying the basic information of the current Broker.

        Args:
            begin: Start time, for example: 20230110
            end: End time, for example: 20230210 (query data with a maximum interval of
                6 months)
            trade_type: Transaction type: 1, spot; 2: futures
        """
        _arguments: dict[str, Any] = {
            "begin": begin,
            "end": end,
            "trade_type": trade_type,
        }
        return cast(
            "GetBrokerInfoData | None",
            await self.call(
                OPERATIONS["get_broker_info"],
                _arguments,
            ),
        )

    async def add_sub_account(
        self,
        *,
        account_name: str,
    ) -> AddSubAccountData | None:
        """Add sub-account.

        `POST /api/v1/broker/nd/account`

        This endpoint supports Broker users creating sub-accounts.

        Args:
            account_name: Sub-account Name. Note that this name is unique across the
                exchange. It is recommended to add a special identifier to prevent name
                duplication.
        """
        _arguments: dict[str, Any] = {
            "account_name": account_name,
        }
        return cast(
            "AddSubAccountData | None",
            await self.call(
                OPERATIONS["add_sub_account"],
                _arguments,
            ),
        )

    async def get_sub_account(
        self,
        *,
        uid: str | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> GetSubAccountData | None:
        """Get sub-account.

        `GET /api/v1/broker/nd/account`

        This interface supports querying sub-accounts created by Broker.

        `iter_get_sub_account()` walks every page of this list.

        Args:
            uid: Sub-account UID
            current_page: Current page, default is 1
            page_size: The number returned per page, the default is 20, the maximum is
                100
        """
        _arguments: dict[str, Any] = {
            "uid": uid,
            "current_page": current_page,
            "page_size": page_size,
        }
        return cast(
            "GetSubAccountData | None",
            await self.call(
                OPERATIONS["get_sub_account"],
                _arguments,
            ),
        )

    def iter_get_sub_account(
        self,
        *,
        uid: str | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[GetSubAccountDataItem]:
        """Every item of `get_sub_account`, page after page, from `current_page` (default
        1) to the last page.
        """

        async def _page(_at: Any) -> GetSubAccountData | None:
            return await self.get_sub_account(
                uid=uid,
                current_page=_at,
                page_size=page_size,
            )

        return async_walk_pages(
            _page,
            PageNumbers(items="items", total_pages="total_page"),
            current_page,
            "broker.nd.get_sub_account",
        )

    async def add_sub_account_api(
        self,
        *,
        uid: str,
        passphrase: str,
        ip_whitelist: list[str],
        permissions: list[AddSubAccountApiPermissions | AddSubAccountApiPermissionsLiteral],
        label: str,
    ) -> AddSubAccountApiData | None:
        """Add sub-account API.

        `POST /api/v1/broker/nd/account/apikey`

        This interface supports the creation of Broker sub-account APIKEY.

        Args:
            uid: Sub-account UID
            passphrase: API passphrase
            ip_whitelist: IP whitelist list, supports up to 20 IPs
            permissions: Permission group list (only General, Spot and Futures
                permissions can be set, such as \"General, Trade\").

            label: apikey remarks (length 4~32)
        """
        _arguments: dict[str, Any] = {
            "uid": uid,
            "passphrase": passphrase,
            "ip_whitelist": ip_whitelist,
            "permissions": permissions,
            "label": label,
        }
        return cast(
            "AddSubAccountApiData | None",
            await self.call(
                OPERATIONS["add_sub_account_api"],
                _arguments,
            ),
        )

    async def get_sub_account_api(
        self,
        *,
        uid: str,
        api_key: str | None = None,
    ) -> list[GetSubAccountApiData] | None:
        """Get sub-account API.

        `GET /api/v1/broker/nd/account/apikey`

        This interface supports querying the Broker’s sub-account APIKEY.

        Args:
            uid: Sub-account UID
            api_key: Sub-account apiKey
        """
        _arguments: dict[str, Any] = {
            "uid": uid,
            "api_key": api_key,
        }
        return cast(
            "list[GetSubAccountApiData] | None",
            await self.call(
                OPERATIONS["get_sub_account_api"],
                _arguments,
            ),
        )

    async def delete_sub_account_api(
        self,
        *,
        uid: str,
        api_key: str,
    ) -> bool | None:
        """Delete sub-account API.

        `DELETE /api/v1/broker/nd/account/apikey`

        This interface supports deleting Broker’s sub-account APIKEY.

        Args:
            uid: Sub-account UID
            api_key: Sub-account apiKey
        """
        _arguments: dict[str, Any] = {
            "uid": uid,
            "api_key": api_key,
        }
        return cast(
            "bool | None",
            await self.call(
                OPERATIONS["delete_sub_account_api"],
                _arguments,
            ),
        )

    async def modify_sub_account_api(
        self,
        *,
        uid: str,
        ip_whitelist: list[str],
        permissions: list[AddSubAccountApiPermissions | AddSubAccountApiPermissionsLiteral],
        label: str,
        api_key: str,
    ) -> ModifySubAccountApiData | None:
        """Modify sub-account API.

        `POST /api/v1/broker/nd/account/update-apikey`

        This interface supports modifying the Broker’s sub-account APIKEY.

        Args:
            uid: Sub-account UID
            ip_whitelist: IP whitelist list, supports up to 20 IPs
            permissions: [Permissions](https://www.kucoin.com/docs-new/doc-338144) group
                list (only General, Spot and Futures permissions can be set, such as
                \"General, Trade\").

            label: apikey remarks (length 4~32)

            api_key: Sub-account apiKey
        """
        _arguments: dict[str, Any] = {
            "uid": uid,
            "ip_whitelist": ip_whitelist,
            "permissions": permissions,
            "label": label,
            "api_key": api_key,
        }
        return cast(
            "ModifySubAccountApiData | None",
            await self.call(
                OPERATIONS["modify_sub_account_api"],
                _arguments,
            ),
        )

    async def transfer(
        self,
        *,
        currency: str,
        amount: DecimalString,
        direction: Direction | DirectionLiteral,
        account_type: AccountType | AccountTypeLiteral,
        special_uid: str,
        special_account_type: SpecialAccountType | SpecialAccountTypeLiteral,
        client_oid: str,
    ) -> TransferData | None:
        """Transfer.

        `POST /api/v1/broker/nd/transfer`

        This endpoint supports fund transfer between Broker accounts and Broker
        sub-accounts. Please be aware that withdrawal from sub-accounts is not directly
        supported. Broker has to transfer funds from broker sub-account to broker
        account to initiate the withdrawals.

        Args:
            currency: Currency
            amount: Transfer Amount (must be a positive integer in the currency's
                precision)
            direction: Fund transfer direction: OUT (Broker account is transferred to
                Broker sub-account), IN (Broker sub-account is transferred to Broker
                account)
            account_type: Broker account types: MAIN (Funding account), TRADE (Spot
                trading account)
            special_uid: Broker sub-account UID, must be the Broker sub-account created
                by the current Broker user.
            special_account_type: Broker sub-account types: MAIN (Funding account),
                TRADE (Spot trading account)
            client_oid: Client Order ID, the unique identifier created by the client. It
                is recommended to use UUID. The maximum length is 128 bits.
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "amount": amount,
            "direction": direction,
            "account_type": account_type,
            "special_uid": special_uid,
            "special_account_type": special_account_type,
            "client_oid": client_oid,
        }
        return cast(
            "TransferData | None",
            await self.call(
                OPERATIONS["transfer"],
                _arguments,
            ),
        )

    async def get_transfer_history(
        self,
        *,
        order_id: str,
    ) -> GetTransferHistoryData | None:
        """Get Transfer History.

        `GET /api/v3/broker/nd/transfer/detail`

        This endpoint supports querying the transfer records of the broker itself and
        its created sub-accounts.

        Args:
            order_id: Transfer Order ID
        """
        _arguments: dict[str, Any] = {
            "order_id": order_id,
        }
        return cast(
            "GetTransferHistoryData | None",
            await self.call(
                OPERATIONS["get_transfer_history"],
                _arguments,
            ),
        )

    async def get_deposit_list(
        self,
        *,
        currency: str | None = None,
        status: str | None = None,
        hash: str | None = None,
        start_timestamp: int | None = None,
        end_timestamp: int | None = None,
        limit: int | None = None,
    ) -> list[GetDepositListData] | None:
        """Get Deposit List.

        `GET /api/v1/asset/ndbroker/deposit/list`

        The deposit records of each sub-account under the ND broker can be obtained at
        this endpoint.

        Args:
            currency: currency
            status: Status. Available value: PROCESSING, SUCCESS, FAILURE
            hash: hash
            start_timestamp: Start time (milliseconds)
            end_timestamp: End time (milliseconds); default sorting in descending order
            limit: Maximum number of returned items, maximum 1000, default 1000
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "status": status,
            "hash": hash,
            "start_timestamp": start_timestamp,
            "end_timestamp": end_timestamp,
            "limit": limit,
        }
        return cast(
            "list[GetDepositListData] | None",
            await self.call(
                OPERATIONS["get_deposit_list"],
                _arguments,
            ),
        )

    async def get_deposit_detail(
        self,
        *,
        currency: str,
        hash: str,
    ) -> GetDepositDetailData | None:
        """Get Deposit Detail.

        `GET /api/v3/broker/nd/deposit/detail`

        This endpoint supports querying the deposit record of sub-accounts created by a
        Broker (excluding main account of ND broker).

        Args:
            currency: Currency
            hash: Hash Value
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "hash": hash,
        }
        return cast(
            "GetDepositDetailData | None",
            await self.call(
                OPERATIONS["get_deposit_detail"],
                _arguments,
            ),
        )

    async def get_withdraw_detail(
        self,
        *,
        withdrawal_id: str,
    ) -> GetWithdrawDetailData | None:
        """Get Withdraw Detail.

        `GET /api/v3/broker/nd/withdraw/detail`

        This endpoint supports querying the withdrawal records of sub-accounts created
        by a Broker (excluding main account of ND broker).

        Args:
            withdrawal_id: Withdrawal ID
        """
        _arguments: dict[str, Any] = {
            "withdrawal_id": withdrawal_id,
        }
        return cast(
            "GetWithdrawDetailData | None",
            await self.call(
                OPERATIONS["get_withdraw_detail"],
                _arguments,
            ),
        )

    async def get_broker_rebate(
        self,
        *,
        begin: str,
        end: str,
        trade_type: TradeType | TradeTypeLiteral,
    ) -> GetBrokerRebateData | None:
        """Get Broker Rebate.

        `GET /api/v1/broker/nd/rebase/download`

        This interface supports the downloading of Broker rebate orders.

        Args:
            begin: Start time, for example: 20240610
            end: End time, for example: 20241010 (query data with a maximum interval of
                6 months)
            trade_type: Transaction type: 1, spot; 2, futures
        """
        _arguments: dict[str, Any] = {
            "begin": begin,
            "end": end,
            "trade_type": trade_type,
        }
        return cast(
            "GetBrokerRebateData | None",
            await self.call(
                OPERATIONS["get_broker_rebate"],
                _arguments,
            ),
        )


class AsyncBrokerNdServiceWithRawResponse:
    """The operations of a AsyncBrokerNdService, each returning its call's RawResponse."""

    def __init__(self, client: AsyncBrokerNdService) -> None:
        self.submit_kyc = async_raw_response_wrapper(client.submit_kyc)
        self.get_kyc_status = async_raw_response_wrapper(client.get_kyc_status)
        self.get_kyc_status_list = async_raw_response_wrapper(client.get_kyc_status_list)
        self.get_broker_info = async_raw_response_wrapper(client.get_broker_info)
        self.add_sub_account = async_raw_response_wrapper(client.add_sub_account)
        self.get_sub_account = async_raw_response_wrapper(client.get_sub_account)
        self.add_sub_account_api = async_raw_response_wrapper(client.add_sub_account_api)
        self.get_sub_account_api = async_raw_response_wrapper(client.get_sub_account_api)
        self.delete_sub_account_api = async_raw_response_wrapper(client.delete_sub_account_api)
        self.modify_sub_account_api = async_raw_response_wrapper(client.modify_sub_account_api)
        self.transfer = async_raw_response_wrapper(client.transfer)
        self.get_transfer_history = async_raw_response_wrapper(client.get_transfer_history)
        self.get_deposit_list = async_raw_response_wrapper(client.get_deposit_list)
        self.get_deposit_detail = async_raw_response_wrapper(client.get_deposit_detail)
        self.get_withdraw_detail = async_raw_response_wrapper(client.get_withdraw_detail)
        self.get_broker_rebate = async_raw_response_wrapper(client.get_broker_rebate)
