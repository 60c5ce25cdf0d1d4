"""Asynchronous broker services of kucoin_sdk: `client.broker`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from kucoin_sdk._client import AsyncClientBase

if TYPE_CHECKING:
    from kucoin_sdk.broker.api.async_client import (
        AsyncBrokerApiService,
        AsyncBrokerApiServiceWithRawResponse,
    )
    from kucoin_sdk.broker.nd.async_client import (
        AsyncBrokerNdService,
        AsyncBrokerNdServiceWithRawResponse,
    )


class AsyncBrokerGroup:
    """The broker services: `api`, `nd`."""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    @cached_property
    def api(self) -> AsyncBrokerApiService:
        """The broker apibroker endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.broker.api.async_client import AsyncBrokerApiService

        return AsyncBrokerApiService(self._client)

    @cached_property
    def nd(self) -> AsyncBrokerNdService:
        """The broker ndbroker endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.broker.nd.async_client import AsyncBrokerNdService

        return AsyncBrokerNdService(self._client)


class AsyncBrokerGroupWithRawResponse:
    """The services of a AsyncBrokerGroup, their operations each returning its call's
    RawResponse."""

    def __init__(self, group: AsyncBrokerGroup) -> None:
        self._group = group

    @cached_property
    def api(self) -> AsyncBrokerApiServiceWithRawResponse:
        """The broker apibroker endpoints."""
        from kucoin_sdk.broker.api.async_client import AsyncBrokerApiServiceWithRawResponse

        return AsyncBrokerApiServiceWithRawResponse(self._group.api)

    @cached_property
    def nd(self) -> AsyncBrokerNdServiceWithRawResponse:
        """The broker ndbroker endpoints."""
        from kucoin_sdk.broker.nd.async_client import AsyncBrokerNdServiceWithRawResponse

        return AsyncBrokerNdServiceWithRawResponse(self._group.nd)
