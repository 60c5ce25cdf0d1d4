"""Asynchronous client for kucoin_sdk: one service per page of the documentation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from kucoin_sdk._client import AsyncClientBase

if TYPE_CHECKING:
    from kucoin_sdk.account.async_client import AsyncAccountGroup, AsyncAccountGroupWithRawResponse
    from kucoin_sdk.affiliate.async_client import (
        AsyncAffiliateService,
        AsyncAffiliateServiceWithRawResponse,
    )
    from kucoin_sdk.broker.async_client import AsyncBrokerGroup, AsyncBrokerGroupWithRawResponse
    from kucoin_sdk.copytrading.async_client import (
        AsyncCopytradingGroup,
        AsyncCopytradingGroupWithRawResponse,
    )
    from kucoin_sdk.earn.async_client import AsyncEarnService, AsyncEarnServiceWithRawResponse
    from kucoin_sdk.futures.async_client import AsyncFuturesGroup, AsyncFuturesGroupWithRawResponse
    from kucoin_sdk.margin.async_client import AsyncMarginGroup, AsyncMarginGroupWithRawResponse
    from kucoin_sdk.spot.async_client import AsyncSpotGroup, AsyncSpotGroupWithRawResponse
    from kucoin_sdk.viplending.async_client import (
        AsyncViplendingService,
        AsyncViplendingServiceWithRawResponse,
    )


class AsyncClient(AsyncClientBase):
    """Asynchronous kucoin_sdk client.

    Credentials come from the arguments or, when omitted, from the environment variables
    KUCOIN_API_KEY, KUCOIN_API_SECRET and KUCOIN_API_PASSPHRASE; without them only
    public endpoints can be called. Use it as a context manager, or call `aclose()`.

    The client serves the services `spot`, `margin`, `futures`, `account`, `earn`, `viplending`,
    `copytrading`, `affiliate`, `broker`, each a page of the documentation with its own
    host. Options: `base_url` (every service's host), `base_urls` (by service), `timeout`
    (seconds per attempt, connect to last byte), `total_timeout` (seconds per call, retries
    included), `max_retries`, `max_retry_wait`, `max_response_bytes` (the largest answer
    read), `headers` (sent with every request), `allow_insecure_http` and `transport`.
    `with_options(...)` gives a copy with other options for some calls;
    `with_raw_response.<service>.<operation>(...)` returns a call's HTTP response with its
    data.

    Reads (GET) are retried on timeouts, dropped connections and server errors, with
    exponential backoff and jitter. Any other request (placing, cancelling an order) is
    retried only when it surely did not take effect: the connection never opened, or the
    server refused it before acting (a rate limit, a rejected timestamp). A request that may
    have taken effect (a timeout, a dropped connection, a 5xx or unreadable answer) is never
    sent again: its error says `may_have_taken_effect`, as a duplicate order costs real money.

    With credentials, every host must be https:// (localhost included) unless
    `allow_insecure_http=True`: the key and signatures would travel in clear text.
    """

    @cached_property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """Every service's operations, each returning its call's RawResponse: `status_code`,
        `headers`, `rate_limit`, and `parse()` for the data."""
        return AsyncClientWithRawResponse(self)

    @cached_property
    def spot(self) -> AsyncSpotGroup:
        """The spot endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.spot.async_client import AsyncSpotGroup

        return AsyncSpotGroup(self)

    @cached_property
    def margin(self) -> AsyncMarginGroup:
        """The margin endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.margin.async_client import AsyncMarginGroup

        return AsyncMarginGroup(self)

    @cached_property
    def futures(self) -> AsyncFuturesGroup:
        """The futures endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.futures.async_client import AsyncFuturesGroup

        return AsyncFuturesGroup(self)

    @cached_property
    def account(self) -> AsyncAccountGroup:
        """The account endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.account.async_client import AsyncAccountGroup

        return AsyncAccountGroup(self)

    @cached_property
    def earn(self) -> AsyncEarnService:
        """The earn endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.earn.async_client import AsyncEarnService

        return AsyncEarnService(self)

    @cached_property
    def viplending(self) -> AsyncViplendingService:
        """The viplending endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.viplending.async_client import AsyncViplendingService

        return AsyncViplendingService(self)

    @cached_property
    def copytrading(self) -> AsyncCopytradingGroup:
        """The copytrading endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.copytrading.async_client import AsyncCopytradingGroup

        return AsyncCopytradingGroup(self)

    @cached_property
    def affiliate(self) -> AsyncAffiliateService:
        """The affiliate endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.affiliate.async_client import AsyncAffiliateService

        return AsyncAffiliateService(self)

    @cached_property
    def broker(self) -> AsyncBrokerGroup:
        """The broker endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.broker.async_client import AsyncBrokerGroup

        return AsyncBrokerGroup(self)


class AsyncClientWithRawResponse:
    """The services of a AsyncClient, their operations each returning its call's
    RawResponse."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def spot(self) -> AsyncSpotGroupWithRawResponse:
        """The spot endpoints."""
        from kucoin_sdk.spot.async_client import AsyncSpotGroupWithRawResponse

        return AsyncSpotGroupWithRawResponse(self._client.spot)

    @cached_property
    def margin(self) -> AsyncMarginGroupWithRawResponse:
        """The margin endpoints."""
        from kucoin_sdk.margin.async_client import AsyncMarginGroupWithRawResponse

        return AsyncMarginGroupWithRawResponse(self._client.margin)

    @cached_property
    def futures(self) -> AsyncFuturesGroupWithRawResponse:
        """The futures endpoints."""
        from kucoin_sdk.futures.async_client import AsyncFuturesGroupWithRawResponse

        return AsyncFuturesGroupWithRawResponse(self._client.futures)

    @cached_property
    def account(self) -> AsyncAccountGroupWithRawResponse:
        """The account endpoints."""
        from kucoin_sdk.account.async_client import AsyncAccountGroupWithRawResponse

        return AsyncAccountGroupWithRawResponse(self._client.account)

    @cached_property
    def earn(self) -> AsyncEarnServiceWithRawResponse:
        """The earn endpoints."""
        from kucoin_sdk.earn.async_client import AsyncEarnServiceWithRawResponse

        return AsyncEarnServiceWithRawResponse(self._client.earn)

    @cached_property
    def viplending(self) -> AsyncViplendingServiceWithRawResponse:
        """The viplending endpoints."""
        from kucoin_sdk.viplending.async_client import AsyncViplendingServiceWithRawResponse

        return AsyncViplendingServiceWithRawResponse(self._client.viplending)

    @cached_property
    def copytrading(self) -> AsyncCopytradingGroupWithRawResponse:
        """The copytrading endpoints."""
        from kucoin_sdk.copytrading.async_client import AsyncCopytradingGroupWithRawResponse

        return AsyncCopytradingGroupWithRawResponse(self._client.copytrading)

    @cached_property
    def affiliate(self) -> AsyncAffiliateServiceWithRawResponse:
        """The affiliate endpoints."""
        from kucoin_sdk.affiliate.async_client import AsyncAffiliateServiceWithRawResponse

        return AsyncAffiliateServiceWithRawResponse(self._client.affiliate)

    @cached_property
    def broker(self) -> AsyncBrokerGroupWithRawResponse:
        """The broker endpoints."""
        from kucoin_sdk.broker.async_client import AsyncBrokerGroupWithRawResponse

        return AsyncBrokerGroupWithRawResponse(self._client.broker)
