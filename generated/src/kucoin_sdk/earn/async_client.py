"""Asynchronous service for the earn endpoints: one method per operation of the page."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from kucoin_sdk._client import AsyncService
from kucoin_sdk._pages import PageNumbers, async_walk_pages
from kucoin_sdk._response import async_raw_response_wrapper
from kucoin_sdk.earn.operations import OPERATIONS

if TYPE_CHECKING:
    from kucoin_sdk._decimals import DecimalString
    from kucoin_sdk.earn.enums import (
        AccountType,
        AccountTypeLiteral,
        FromAccountType,
        FromAccountTypeLiteral,
        ProductCategory,
        ProductCategoryLiteral,
    )
    from kucoin_sdk.earn.models import (
        GetAccountHoldingData,
        GetAccountHoldingDataItem,
        GetEthStakingProductsData,
        GetKcsStakingProductsData,
        GetPromotionProductsData,
        GetRedeemPreviewData,
        GetSavingsProductsData,
        GetStakingProductsData,
        PurchaseData,
        RedeemData,
    )


class AsyncEarnService(AsyncService):
    """The earn endpoints, served through the package's AsyncClient: its credentials,
    hosts, options and connection pool."""

    @cached_property
    def with_raw_response(self) -> AsyncEarnServiceWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return AsyncEarnServiceWithRawResponse(self)

    async def purchase(
        self,
        *,
        product_id: str,
        amount: DecimalString,
        account_type: AccountType | AccountTypeLiteral,
    ) -> PurchaseData | None:
        """Purchase.

        `POST /api/v1/earn/orders`

        This endpoint allows you to subscribe Earn products.

        Args:
            product_id: Product ID
            amount: Subscription amount
            account_type: MAIN (funding account), TRADE (spot trading account)
        """
        _arguments: dict[str, Any] = {
            "product_id": product_id,
            "amount": amount,
            "account_type": account_type,
        }
        return cast(
            "PurchaseData | None",
            await self.call(
                OPERATIONS["purchase"],
                _arguments,
            ),
        )

    async def redeem(
        self,
        *,
        order_id: str,
        amount: DecimalString,
        from_account_type: FromAccountType | FromAccountTypeLiteral | None = None,
        confirm_punish_redeem: str | None = None,
    ) -> RedeemData | None:
        """Redeem.

        `DELETE /api/v1/earn/orders`

        This endpoint allows you to redeem Earn products by using holding ID. If the
        current holding is fully redeemed or in the process of being redeemed, it means
        that the holding does not exist.

        Args:
            order_id: Holding ID
            amount: Redemption amount
            from_account_type: Account type: MAIN (funding account), TRADE (spot trading
                account). This parameter is valid only when orderId=ETH2
            confirm_punish_redeem: Confirmation field for early redemption penalty: 1
                (confirm early redemption, and the current holding will be fully
                redeemed). This parameter is valid only for fixed-term products
        """
        _arguments: dict[str, Any] = {
            "order_id": order_id,
            "amount": amount,
            "from_account_type": from_account_type,
            "confirm_punish_redeem": confirm_punish_redeem,
        }
        return cast(
            "RedeemData | None",
            await self.call(
                OPERATIONS["redeem"],
                _arguments,
            ),
        )

    async def get_redeem_preview(
        self,
        *,
        order_id: str,
        from_account_type: FromAccountType | FromAccountTypeLiteral | None = None,
    ) -> GetRedeemPreviewData | None:
        """Get Redeem Preview.

        `GET /api/v1/earn/redeem-preview`

        This endpoint allows you to subscribe Earn products.

        Args:
            order_id: Holding ID
            from_account_type: Account type: MAIN (funding account), TRADE (spot trading
                account). This parameter is valid only when orderId=ETH2
        """
        _arguments: dict[str, Any] = {
            "order_id": order_id,
            "from_account_type": from_account_type,
        }
        return cast(
            "GetRedeemPreviewData | None",
            await self.call(
                OPERATIONS["get_redeem_preview"],
                _arguments,
            ),
        )

    async def get_savings_products(
        self,
        *,
        currency: str | None = None,
    ) -> list[GetSavingsProductsData] | None:
        """Get Savings Products.

        `GET /api/v1/earn/saving/products`

        Available savings products can be obtained at this endpoint. If no products are
        available, an empty list is returned.

        Args:
            currency: currency
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
        }
        return cast(
            "list[GetSavingsProductsData] | None",
            await self.call(
                OPERATIONS["get_savings_products"],
                _arguments,
            ),
        )

    async def get_promotion_products(
        self,
        *,
        currency: str | None = None,
    ) -> list[GetPromotionProductsData] | None:
        """Get Promotion Products.

        `GET /api/v1/earn/promotion/products`

        Available limited-duration products can be obtained at this endpoint. If no
        products are available, an empty list is returned.

        Args:
            currency: currency
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
        }
        return cast(
            "list[GetPromotionProductsData] | None",
            await self.call(
                OPERATIONS["get_promotion_products"],
                _arguments,
            ),
        )

    async def get_staking_products(
        self,
        *,
        currency: str | None = None,
    ) -> list[GetStakingProductsData] | None:
        """Get Staking Products.

        `GET /api/v1/earn/staking/products`

        Available staking products can be obtained at this endpoint. If no products are
        available, an empty list is returned.

        Args:
            currency: currency
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
        }
        return cast(
            "list[GetStakingProductsData] | None",
            await self.call(
                OPERATIONS["get_staking_products"],
                _arguments,
            ),
        )

    async def get_kcs_staking_products(
        self,
        *,
        currency: str | None = None,
    ) -> list[GetKcsStakingProductsData] | None:
        """Get KCS Staking Products.

        `GET /api/v1/earn/kcs-staking/products`

        Available KCS staking products can be obtained at this endpoint. If no products
        are available, an empty list is returned.

        Args:
            currency: currency
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
        }
        return cast(
            "list[GetKcsStakingProductsData] | None",
            await self.call(
                OPERATIONS["get_kcs_staking_products"],
                _arguments,
            ),
        )

    async def get_eth_staking_products(
        self,
        *,
        currency: str | None = None,
    ) -> list[GetEthStakingProductsData] | None:
        """Get ETH Staking Products.

        `GET /api/v1/earn/eth-staking/products`

        Available ETH staking products can be obtained at this endpoint. If no products
        are available, an empty list is returned.

        Args:
            currency: currency
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
        }
        return cast(
            "list[GetEthStakingProductsData] | None",
            await self.call(
                OPERATIONS["get_eth_staking_products"],
                _arguments,
            ),
        )

    async def get_account_holding(
        self,
        *,
        currency: str | None = None,
        product_id: str | None = None,
        product_category: ProductCategory | ProductCategoryLiteral | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> GetAccountHoldingData | None:
        """Get Account Holding.

        `GET /api/v1/earn/hold-assets`

        Information on currently held assets can be obtained at this endpoint. If no
        assets are currently held, an empty list is returned.

        `iter_get_account_holding()` walks every page of this list.

        Args:
            currency: currency
            product_id: Product ID
            product_category: Product category
            current_page: Current request page.
            page_size: Number of results per request. Minimum is 10, maximum is 500.
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "product_id": product_id,
            "product_category": product_category,
            "current_page": current_page,
            "page_size": page_size,
        }
        return cast(
            "GetAccountHoldingData | None",
            await self.call(
                OPERATIONS["get_account_holding"],
                _arguments,
            ),
        )

    def iter_get_account_holding(
        self,
        *,
        currency: str | None = None,
        product_id: str | None = None,
        product_category: ProductCategory | ProductCategoryLiteral | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[GetAccountHoldingDataItem]:
        """Every item of `get_account_holding`, page after page, from `current_page`
        (default 1) to the last page.
        """

        async def _page(_at: Any) -> GetAccountHoldingData | None:
            return await self.get_account_holding(
                currency=currency,
                product_id=product_id,
                product_category=product_category,
                current_page=_at,
                page_size=page_size,
            )

        return async_walk_pages(
            _page,
            PageNumbers(items="items", total_pages="total_page"),
            current_page,
            "earn.get_account_holding",
        )


class AsyncEarnServiceWithRawResponse:
    """The operations of a AsyncEarnService, each returning its call's RawResponse."""

    def __init__(self, client: AsyncEarnService) -> None:
        self.purchase = async_raw_response_wrapper(client.purchase)
        self.redeem = async_raw_response_wrapper(client.redeem)
        self.get_redeem_preview = async_raw_response_wrapper(client.get_redeem_preview)
        self.get_savings_products = async_raw_response_wrapper(client.get_savings_products)
        self.get_promotion_products = async_raw_response_wrapper(client.get_promotion_products)
        self.get_staking_products = async_raw_response_wrapper(client.get_staking_products)
        self.get_kcs_staking_products = async_raw_response_wrapper(client.get_kcs_staking_products)
        self.get_eth_staking_products = async_raw_response_wrapper(client.get_eth_staking_products)
        self.get_account_holding = async_raw_response_wrapper(client.get_account_holding)
