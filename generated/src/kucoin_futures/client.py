"""Synchronous client for futures: one service per page of the documentation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from kucoin_futures._client import SyncClientBase

if TYPE_CHECKING:
    from kucoin_futures.funding_fees.client import (
        FundingFeesService,
        FundingFeesServiceWithRawResponse,
    )
    from kucoin_futures.market.client import MarketService, MarketServiceWithRawResponse
    from kucoin_futures.order.client import OrderService, OrderServiceWithRawResponse
    from kucoin_futures.positions.client import PositionsService, PositionsServiceWithRawResponse


class Client(SyncClientBase):
    """Synchronous futures client.

    Credentials come from the arguments or, when omitted, from the environment variables
    KUCOIN_API_KEY, KUCOIN_API_SECRET and KUCOIN_API_PASSPHRASE; without them only
    public endpoints can be called. Use it as a context manager, or call `close()`.

    The client serves the services `order`, `market`, `positions`, `funding_fees`, each a page
    of the documentation with its own host. Options: `base_url` (every service's host),
    `base_urls` (by service), `timeout` (seconds per attempt, connect to last byte),
    `total_timeout` (seconds per call, retries included), `max_retries`, `max_retry_wait`,
    `max_response_bytes` (the largest answer read), `headers` (sent with every request),
    `allow_insecure_http` and `transport`. `with_options(...)` gives a copy with other
    options for some calls; `with_raw_response.<service>.<operation>(...)` returns a call's
    HTTP response with its data.

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
    def order(self) -> OrderService:
        """The order endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_futures.order.client import OrderService

        return OrderService(self)

    @cached_property
    def market(self) -> MarketService:
        """The market endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_futures.market.client import MarketService

        return MarketService(self)

    @cached_property
    def positions(self) -> PositionsService:
        """The positions endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_futures.positions.client import PositionsService

        return PositionsService(self)

    @cached_property
    def funding_fees(self) -> FundingFeesService:
        """The fundingfees endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_futures.funding_fees.client import FundingFeesService

        return FundingFeesService(self)


class ClientWithRawResponse:
    """The services of a Client, their operations each returning its call's
    RawResponse."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def order(self) -> OrderServiceWithRawResponse:
        """The order endpoints."""
        from kucoin_futures.order.client import OrderServiceWithRawResponse

        return OrderServiceWithRawResponse(self._client.order)

    @cached_property
    def market(self) -> MarketServiceWithRawResponse:
        """The market endpoints."""
        from kucoin_futures.market.client import MarketServiceWithRawResponse

        return MarketServiceWithRawResponse(self._client.market)

    @cached_property
    def positions(self) -> PositionsServiceWithRawResponse:
        """The positions endpoints."""
        from kucoin_futures.positions.client import PositionsServiceWithRawResponse

        return PositionsServiceWithRawResponse(self._client.positions)

    @cached_property
    def funding_fees(self) -> FundingFeesServiceWithRawResponse:
        """The fundingfees endpoints."""
        from kucoin_futures.funding_fees.client import FundingFeesServiceWithRawResponse

        return FundingFeesServiceWithRawResponse(self._client.funding_fees)
