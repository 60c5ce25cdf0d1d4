"""Asynchronous client for futures: one service per page of the documentation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from kucoin_futures._client import AsyncClientBase

if TYPE_CHECKING:
    from kucoin_futures.funding_fees.async_client import (
        AsyncFundingFeesService,
        AsyncFundingFeesServiceWithRawResponse,
    )
    from kucoin_futures.market.async_client import (
        AsyncMarketService,
        AsyncMarketServiceWithRawResponse,
    )
    from kucoin_futures.order.async_client import (
        AsyncOrderService,
        AsyncOrderServiceWithRawResponse,
    )
    from kucoin_futures.positions.async_client import (
        AsyncPositionsService,
        AsyncPositionsServiceWithRawResponse,
    )


class AsyncClient(AsyncClientBase):
    """Asynchronous futures client.

    Credentials come from the arguments or, when omitted, from the environment variables
    KUCOIN_API_KEY, KUCOIN_API_SECRET and KUCOIN_API_PASSPHRASE; without them only
    public endpoints can be called. Use it as a context manager, or call `aclose()`.

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
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """Every service's operations, each returning its call's RawResponse: `status_code`,
        `headers`, `rate_limit`, and `parse()` for the data."""
        return AsyncClientWithRawResponse(self)

    @cached_property
    def order(self) -> AsyncOrderService:
        """The order endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_futures.order.async_client import AsyncOrderService

        return AsyncOrderService(self)

    @cached_property
    def market(self) -> AsyncMarketService:
        """The market endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_futures.market.async_client import AsyncMarketService

        return AsyncMarketService(self)

    @cached_property
    def positions(self) -> AsyncPositionsService:
        """The positions endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_futures.positions.async_client import AsyncPositionsService

        return AsyncPositionsService(self)

    @cached_property
    def funding_fees(self) -> AsyncFundingFeesService:
        """The fundingfees endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_futures.funding_fees.async_client import AsyncFundingFeesService

        return AsyncFundingFeesService(self)


class AsyncClientWithRawResponse:
    """The services of a AsyncClient, their operations each returning its call's
    RawResponse."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def order(self) -> AsyncOrderServiceWithRawResponse:
        """The order endpoints."""
        from kucoin_futures.order.async_client import AsyncOrderServiceWithRawResponse

        return AsyncOrderServiceWithRawResponse(self._client.order)

    @cached_property
    def market(self) -> AsyncMarketServiceWithRawResponse:
        """The market endpoints."""
        from kucoin_futures.market.async_client import AsyncMarketServiceWithRawResponse

        return AsyncMarketServiceWithRawResponse(self._client.market)

    @cached_property
    def positions(self) -> AsyncPositionsServiceWithRawResponse:
        """The positions endpoints."""
        from kucoin_futures.positions.async_client import AsyncPositionsServiceWithRawResponse

        return AsyncPositionsServiceWithRawResponse(self._client.positions)

    @cached_property
    def funding_fees(self) -> AsyncFundingFeesServiceWithRawResponse:
        """The fundingfees endpoints."""
        from kucoin_futures.funding_fees.async_client import AsyncFundingFeesServiceWithRawResponse

        return AsyncFundingFeesServiceWithRawResponse(self._client.funding_fees)
