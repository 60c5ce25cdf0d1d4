"""Synchronous service for the account subaccount endpoints: one method per operation of the page."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from kucoin_sdk._client import SyncService
from kucoin_sdk._pages import PageNumbers, walk_pages
from kucoin_sdk._response import raw_response_wrapper
from kucoin_sdk.account.sub_account.operations import OPERATIONS

if TYPE_CHECKING:
    from kucoin_sdk.account.sub_account.enums import (
        Access,
        AccessLiteral,
        Expire,
        ExpireLiteral,
    )
    from kucoin_sdk.account.sub_account.models import (
        AddSubAccountApiData,
        AddSubAccountData,
        DeleteSubAccountApiData,
        GetSubAccountApiListData,
        GetSubAccountDetailBalanceData,
        GetSubAccountListFuturesBalanceV2Data,
        GetSubAccountListSpotBalanceV1Data,
        GetSubAccountListSpotBalanceV2Data,
        GetSubAccountListSpotBalanceV2DataItem,
        GetSubAccountListSummaryInfoData,
        GetSubAccountListSummaryInfoDataItem,
        GetSubAccountListSummaryInfoV1Data,
        ModifySubAccountApiData,
    )


class AccountSubAccountService(SyncService):
    """The account subaccount endpoints, served through the package's Client: its credentials,
    hosts, options and connection pool."""

    @cached_property
    def with_raw_response(self) -> AccountSubAccountServiceWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return AccountSubAccountServiceWithRawResponse(self)

    def add_sub_account(
        self,
        *,
        password: str,
        remarks: str | None = None,
        sub_name: str,
        access: Access | AccessLiteral,
    ) -> AddSubAccountData | None:
        """Add sub-account.

        `POST /api/v2/sub/user/created`

        This endpoint can be used to create sub-accounts.

        Args:
            password: Password (7–24 characters, must contain letters and numbers,
                cannot only contain numbers or include special characters)
            remarks: Remarks (1–24 characters)
            sub_name: Sub-account name (must contain 7–32 characters, at least one
                number and one letter. Cannot contain any spaces.)
            access: Permission (types include Spot, Futures, Margin permissions, which
                can be used alone or in combination).
        """
        _arguments: dict[str, Any] = {
            "password": password,
            "remarks": remarks,
            "sub_name": sub_name,
            "access": access,
        }
        return cast(
            "AddSubAccountData | None",
            self.call(
                OPERATIONS["add_sub_account"],
                _arguments,
            ),
        )

    def add_sub_account_margin_permission(
        self,
        *,
        uid: str,
    ) -> str | None:
        """Add sub-account Margin Permission.

        `POST /api/v3/sub/user/margin/enable`

        This endpoint can be used to add sub-account Margin permissions. Before using
        this endpoint, you need to ensure that the master account apikey has Margin
        permissions and the Margin function has been activated.

        Args:
            uid: Sub account UID
        """
        _arguments: dict[str, Any] = {
            "uid": uid,
        }
        return cast(
            "str | None",
            self.call(
                OPERATIONS["add_sub_account_margin_permission"],
                _arguments,
            ),
        )

    def add_sub_account_futures_permission(
        self,
        *,
        uid: str,
    ) -> bool | None:
        """Add sub-account Futures Permission.

        `POST /api/v3/sub/user/futures/enable`

        This endpoint can be used to add sub-account Futures permissions. Before using
        this endpoint, you need to ensure that the master account apikey has Futures
        permissions and the Futures function has been activated.

        Args:
            uid: Sub account UID
        """
        _arguments: dict[str, Any] = {
            "uid": uid,
        }
        return cast(
            "bool | None",
            self.call(
                OPERATIONS["add_sub_account_futures_permission"],
                _arguments,
            ),
        )

    def get_sub_account_list_summary_info(
        self,
        *,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> GetSubAccountListSummaryInfoData | None:
        """Get sub-account List - Summary Info.

        `GET /api/v2/sub/user`

        This endpoint can be used to get a paginated list of sub-accounts. Pagination is
        required.

        `iter_get_sub_account_list_summary_info()` walks every page of this list.

        Args:
            current_page: Current request page. Default is 1
            page_size: Number of results per request. Minimum is 1, maximum is 100,
                default is 10.
        """
        _arguments: dict[str, Any] = {
            "current_page": current_page,
            "page_size": page_size,
        }
        return cast(
            "GetSubAccountListSummaryInfoData | None",
            self.call(
                OPERATIONS["get_sub_account_list_summary_info"],
                _arguments,
            ),
        )

    def iter_get_sub_account_list_summary_info(
        self,
        *,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> Iterator[GetSubAccountListSummaryInfoDataItem]:
        """Every item of `get_sub_account_list_summary_info`, page after page, from
        `current_page` (default 1) to the last page.
        """

        def _page(_at: Any) -> GetSubAccountListSummaryInfoData | None:
            return self.get_sub_account_list_summary_info(
                current_page=_at,
                page_size=page_size,
            )

        return walk_pages(
            _page,
            PageNumbers(items="items", total_pages="total_page"),
            current_page,
            "account.sub_account.get_sub_account_list_summary_info",
        )

    def get_sub_account_detail_balance(
        self,
        *,
        sub_user_id: str,
        include_base_amount: bool | None = None,
        base_currency: str | None = None,
        base_amount: str | None = None,
    ) -> GetSubAccountDetailBalanceData | None:
        """Get sub-account Detail - Balance.

        `GET /api/v1/sub-accounts/{subUserId}`

        This endpoint returns the account info of a sub-user specified by the subUserId.

        Args:
            sub_user_id: the userID of a sub-account.
            include_base_amount: False: Do not display currencies with 0 assets; True:
                display all currencies
            base_currency: Specify the currency used to convert assets
            base_amount: The currency balance specified must be greater than or equal to
                the amount
        """
        _arguments: dict[str, Any] = {
            "sub_user_id": sub_user_id,
            "include_base_amount": include_base_amount,
            "base_currency": base_currency,
            "base_amount": base_amount,
        }
        return cast(
            "GetSubAccountDetailBalanceData | None",
            self.call(
                OPERATIONS["get_sub_account_detail_balance"],
                _arguments,
            ),
        )

    def get_sub_account_list_spot_balance_v2(
        self,
        *,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> GetSubAccountListSpotBalanceV2Data | None:
        """Get sub-account List - Spot Balance (V2).

        `GET /api/v2/sub-accounts`

        This endpoint can be used to get paginated Spot sub-account information.
        Pagination is required.

        `iter_get_sub_account_list_spot_balance_v2()` walks every page of this list.

        Args:
            current_page: Current request page. Default is 1
            page_size: Number of results per request. Minimum is 10, maximum is 100,
                default is 10.
        """
        _arguments: dict[str, Any] = {
            "current_page": current_page,
            "page_size": page_size,
        }
        return cast(
            "GetSubAccountListSpotBalanceV2Data | None",
            self.call(
                OPERATIONS["get_sub_account_list_spot_balance_v2"],
                _arguments,
            ),
        )

    def iter_get_sub_account_list_spot_balance_v2(
        self,
        *,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> Iterator[GetSubAccountListSpotBalanceV2DataItem]:
        """Every item of `get_sub_account_list_spot_balance_v2`, page after page, from
        `current_page` (default 1) to the last page.
        """

        def _page(_at: Any) -> GetSubAccountListSpotBalanceV2Data | None:
            return self.get_sub_account_list_spot_balance_v2(
                current_page=_at,
                page_size=page_size,
            )

        return walk_pages(
            _page,
            PageNumbers(items="items", total_pages="total_page"),
            current_page,
            "account.sub_account.get_sub_account_list_spot_balance_v2",
        )

    def get_sub_account_list_futures_balance_v2(
        self,
        *,
        currency: str | None = None,
    ) -> GetSubAccountListFuturesBalanceV2Data | None:
        """Get sub-account List - Futures Balance (V2).

        `GET /api/v1/account-overview-all` on `https://api-futures.kucoin.com`

        This endpoint can be used to get Futures sub-account information.

        Args:
            currency: Currency, Default XBT
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
        }
        return cast(
            "GetSubAccountListFuturesBalanceV2Data | None",
            self.call(
                OPERATIONS["get_sub_account_list_futures_balance_v2"],
                _arguments,
            ),
        )

    def add_sub_account_api(
        self,
        *,
        passphrase: str,
        remark: str,
        permission: str | None = None,
        ip_whitelist: str | None = None,
        expire: Expire | ExpireLiteral | None = None,
        sub_name: str,
    ) -> AddSubAccountApiData | None:
        """Add sub-account API.

        `POST /api/v1/sub/api-key`

        This endpoint can be used to create APIs for sub-accounts.

        Args:
            passphrase: Password (Must contain 7–32 characters. Cannot contain any
                spaces.)
            remark: Remarks (1–24 characters)
            permission: [Permissions](https://www.kucoin.com/docs-new/doc-338144)(Only
                General, Spot, Futures, Margin, InnerTransfer (Flex Transfer)
                permissions can be set, such as \"General, Trade\". The default is
                \"General\")
            ip_whitelist: IP whitelist (You may add up to 20 IPs. Use a halfwidth comma
                to each IP)
            expire: API expiration time: Never expire(default)-1, 30Day30, 90Day90,
                180Day180, 360Day360
            sub_name: Sub-account name, create sub account name of API Key.
        """
        _arguments: dict[str, Any] = {
            "passphrase": passphrase,
            "remark": remark,
            "permission": permission,
            "ip_whitelist": ip_whitelist,
            "expire": expire,
            "sub_name": sub_name,
        }
        return cast(
            "AddSubAccountApiData | None",
            self.call(
                OPERATIONS["add_sub_account_api"],
                _arguments,
            ),
        )

    def get_sub_account_api_list(
        self,
        *,
        api_key: str | None = None,
        sub_name: str,
    ) -> list[GetSubAccountApiListData] | None:
        """Get sub-account API List.

        `GET /api/v1/sub/api-key`

        This endpoint can be used to obtain a list of APIs pertaining to a sub-account
        (not including ND broker sub-accounts).

        Args:
            api_key: API-Key
            sub_name: Sub-account name.
        """
        _arguments: dict[str, Any] = {
            "api_key": api_key,
            "sub_name": sub_name,
        }
        return cast(
            "list[GetSubAccountApiListData] | None",
            self.call(
                OPERATIONS["get_sub_account_api_list"],
                _arguments,
            ),
        )

    def delete_sub_account_api(
        self,
        *,
        api_key: str,
        sub_name: str,
        passphrase: str,
    ) -> DeleteSubAccountApiData | None:
        """Delete sub-account API.

        `DELETE /api/v1/sub/api-key`

        This endpoint can be used to delete sub-account APIs.

        Args:
            api_key: API-Key
            sub_name: Sub-account name.
            passphrase: Password (password of the API key)
        """
        _arguments: dict[str, Any] = {
            "api_key": api_key,
            "sub_name": sub_name,
            "passphrase": passphrase,
        }
        return cast(
            "DeleteSubAccountApiData | None",
            self.call(
                OPERATIONS["delete_sub_account_api"],
                _arguments,
            ),
        )

    def modify_sub_account_api(
        self,
        *,
        passphrase: str,
        permission: str | None = None,
        ip_whitelist: str | None = None,
        expire: Expire | ExpireLiteral | None = None,
        sub_name: str,
        api_key: str,
    ) -> ModifySubAccountApiData | None:
        """Modify sub-account API.

        `POST /api/v1/sub/api-key/update`

        This endpoint can be used to modify sub-account APIs.

        Args:
            passphrase: Password (Must contain 7–32 characters. Cannot contain any
                spaces.)
            permission: [Permissions](https://www.kucoin.com/docs-new/doc-338144)(Only
                General, Spot, Futures, Margin, InnerTransfer (Flex Transfer)
                permissions can be set, such as \"General, Trade\". The default is
                \"General\")
            ip_whitelist: IP whitelist (You may add up to 20 IPs. Use a halfwidth comma
                to each IP)
            expire: API expiration time: Never expire(default)-1, 30Day30, 90Day90,
                180Day180, 360Day360
            sub_name: Sub-account name, create sub account name of API Key.
            api_key: API-Key (Sub-account APIKey)
        """
        _arguments: dict[str, Any] = {
            "passphrase": passphrase,
            "permission": permission,
            "ip_whitelist": ip_whitelist,
            "expire": expire,
            "sub_name": sub_name,
            "api_key": api_key,
        }
        return cast(
            "ModifySubAccountApiData | None",
            self.call(
                OPERATIONS["modify_sub_account_api"],
                _arguments,
            ),
        )

    def get_sub_account_list_summary_info_v1(
        self,
    ) -> list[GetSubAccountListSummaryInfoV1Data] | None:
        """Get sub-account List - Summary Info (V1).

        `GET /api/v1/sub/user`

        You can get the user info of all sub-account via this interface; it is
        recommended to use the GET /api/v2/sub/user interface for paging query

        The API also has a newer operation for this,
        `get_sub_account_list_summary_info`; prefer it in new code.
        """
        return cast(
            "list[GetSubAccountListSummaryInfoV1Data] | None",
            self.call(
                OPERATIONS["get_sub_account_list_summary_info_v1"],
            ),
        )

    def get_sub_account_list_spot_balance_v1(
        self,
    ) -> list[GetSubAccountListSpotBalanceV1Data] | None:
        """Get sub-account List - Spot Balance (V1).

        `GET /api/v1/sub-accounts`

        This endpoint returns the account info of all sub-users.
        """
        return cast(
            "list[GetSubAccountListSpotBalanceV1Data] | None",
            self.call(
                OPERATIONS["get_sub_account_list_spot_balance_v1"],
            ),
        )


class AccountSubAccountServiceWithRawResponse:
    """The operations of a AccountSubAccountService, each returning its call's RawResponse."""

    def __init__(self, client: AccountSubAccountService) -> None:
        self.add_sub_account = raw_response_wrapper(client.add_sub_account)
        self.add_sub_account_margin_permission = raw_response_wrapper(
            client.add_sub_account_margin_permission
        )
        self.add_sub_account_futures_permission = raw_response_wrapper(
            client.add_sub_account_futures_permission
        )
        self.get_sub_account_list_summary_info = raw_response_wrapper(
            client.get_sub_account_list_summary_info
        )
        self.get_sub_account_detail_balance = raw_response_wrapper(
            client.get_sub_account_detail_balance
        )
        self.get_sub_account_list_spot_balance_v2 = raw_response_wrapper(
            client.get_sub_account_list_spot_balance_v2
        )
        self.get_sub_account_list_futures_balance_v2 = raw_response_wrapper(
            client.get_sub_account_list_futures_balance_v2
        )
        self.add_sub_account_api = raw_response_wrapper(client.add_sub_account_api)
        self.get_sub_account_api_list = raw_response_wrapper(client.get_sub_account_api_list)
        self.delete_sub_account_api = raw_response_wrapper(client.delete_sub_account_api)
        self.modify_sub_account_api = raw_response_wrapper(client.modify_sub_account_api)
        self.get_sub_account_list_summary_info_v1 = raw_response_wrapper(
            client.get_sub_account_list_summary_info_v1
        )
        self.get_sub_account_list_spot_balance_v1 = raw_response_wrapper(
            client.get_sub_account_list_spot_balance_v1
        )
