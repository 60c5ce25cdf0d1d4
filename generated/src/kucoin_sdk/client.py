"""Synchronous client for kucoin_sdk: one service per page of the documentation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from kucoin_sdk._client import SyncClientBase

if TYPE_CHECKING:
    from kucoin_sdk.account.client import AccountGroup, AccountGroupWithRawResponse
    from kucoin_sdk.affiliate.client import AffiliateService, AffiliateServiceWithRawResponse
    from kucoin_sdk.broker.client import BrokerGroup, BrokerGroupWithRawResponse
    from kucoin_sdk.copytrading.client import CopytradingGroup, CopytradingGroupWithRawResponse
    from kucoin_sdk.earn.client import EarnService, EarnServiceWithRawResponse
    from kucoin_sdk.futures.client import FuturesGroup, FuturesGroupWithRawResponse
    from kucoin_sdk.margin.client import MarginGroup, MarginGroupWithRawResponse
    from kucoin_sdk.spot.client import SpotGroup, SpotGroupWithRawResponse
    from kucoin_sdk.viplending.client import ViplendingService, ViplendingServiceWithRawResponse


class Client(SyncClientBase):
    """Synchronous kucoin_sdk client.

    Credentials come from the arguments or, when omitted, from the environment variables
    KUCOIN_API_KEY, KUCOIN_API_SECRET and KUCOIN_API_PASSPHRASE; without them only
    public endpoints can be called. Use it as a context manager, or call `close()`.

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
    def with_raw_response(self) -> ClientWithRawResponse:
        """Every service's operations, each returning its call's RawResponse: `status_code`,
        `headers`, `rate_limit`, and `parse()` for the data."""
        return ClientWithRawResponse(self)

    @cached_property
    def spot(self) -> SpotGroup:
        """The spot endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.spot.client import SpotGroup

        return SpotGroup(self)

    @cached_property
    def margin(self) -> MarginGroup:
        """The margin endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.margin.client import MarginGroup

        return MarginGroup(self)

    @cached_property
    def futures(self) -> FuturesGroup:
        """The futures endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.futures.client import FuturesGroup

        return FuturesGroup(self)

    @cached_property
    def account(self) -> AccountGroup:
        """The account endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.account.client import AccountGroup

        return AccountGroup(self)

    @cached_property
    def earn(self) -> EarnService:
        """The earn endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.earn.client import EarnService

        return EarnService(self)

    @cached_property
    def viplending(self) -> ViplendingService:
        """The viplending endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.viplending.client import ViplendingService

        return ViplendingService(self)

    @cached_property
    def copytrading(self) -> CopytradingGroup:
        """The copytrading endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.copytrading.client import CopytradingGroup

        return CopytradingGroup(self)

    @cached_property
    def affiliate(self) -> AffiliateService:
        """The affiliate endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.affiliate.client import AffiliateService

        return AffiliateService(self)

    @cached_property
    def broker(self) -> BrokerGroup:
        """The broker endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.broker.client import BrokerGroup

        return BrokerGroup(self)


class ClientWithRawResponse:
    """The services of a Client, their operations each returning its call's
    RawResponse."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def spot(self) -> SpotGroupWithRawResponse:
        """The spot endpoints."""
        from kucoin_sdk.spot.client import SpotGroupWithRawResponse

        return SpotGroupWithRawResponse(self._client.spot)

    @cached_property
    def margin(self) -> MarginGroupWithRawResponse:
        """The margin endpoints."""
        from kucoin_sdk.margin.client import MarginGroupWithRawResponse

        return MarginGroupWithRawResponse(self._client.margin)

    @cached_property
    def futures(self) -> FuturesGroupWithRawResponse:
        """The futures endpoints."""
        from kucoin_sdk.futures.client import FuturesGroupWithRawResponse

        return FuturesGroupWithRawResponse(self._client.futures)

    @cached_property
    def account(self) -> AccountGroupWithRawResponse:
        """The account endpoints."""
        from kucoin_sdk.account.client import AccountGroupWithRawResponse

        return AccountGroupWithRawResponse(self._client.account)

    @cached_property
    def earn(self) -> EarnServiceWithRawResponse:
        """The earn endpoints."""
        from kucoin_sdk.earn.client import EarnServiceWithRawResponse

        return EarnServiceWithRawResponse(self._client.earn)

    @cached_property
    def viplending(self) -> ViplendingServiceWithRawResponse:
        """The viplending endpoints."""
        from kucoin_sdk.viplending.client import ViplendingServiceWithRawResponse

        return ViplendingServiceWithRawResponse(self._client.viplending)

    @cached_property
    def copytrading(self) -> CopytradingGroupWithRawResponse:
        """The copytrading endpoints."""
        from kucoin_sdk.copytrading.client import CopytradingGroupWithRawResponse

        return CopytradingGroupWithRawResponse(self._client.copytrading)

    @cached_property
    def affiliate(self) -> AffiliateServiceWithRawResponse:
        """The affiliate endpoints."""
        from kucoin_sdk.affiliate.client import AffiliateServiceWithRawResponse

        return AffiliateServiceWithRawResponse(self._client.affiliate)

    @cached_property
    def broker(self) -> BrokerGroupWithRawResponse:
        """The broker endpoints."""
        from kucoin_sdk.broker.client import BrokerGroupWithRawResponse

        return BrokerGroupWithRawResponse(self._client.broker)
