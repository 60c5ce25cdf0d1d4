"""Synchronous broker services of kucoin_sdk: `client.broker`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from kucoin_sdk._client import SyncClientBase

if TYPE_CHECKING:
    from kucoin_sdk.broker.api.client import BrokerApiService, BrokerApiServiceWithRawResponse
    from kucoin_sdk.broker.nd.client import BrokerNdService, BrokerNdServiceWithRawResponse


class BrokerGroup:
    """The broker services: `api`, `nd`."""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    @cached_property
    def api(self) -> BrokerApiService:
        """The broker apibroker endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.broker.api.client import BrokerApiService

        return BrokerApiService(self._client)

    @cached_property
    def nd(self) -> BrokerNdService:
        """The broker ndbroker endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.broker.nd.client import BrokerNdService

        return BrokerNdService(self._client)


class BrokerGroupWithRawResponse:
    """The services of a BrokerGroup, their operations each returning its call's
    RawResponse."""

    def __init__(self, group: BrokerGroup) -> None:
        self._group = group

    @cached_property
    def api(self) -> BrokerApiServiceWithRawResponse:
        """The broker apibroker endpoints."""
        from kucoin_sdk.broker.api.client import BrokerApiServiceWithRawResponse

        return BrokerApiServiceWithRawResponse(self._group.api)

    @cached_property
    def nd(self) -> BrokerNdServiceWithRawResponse:
        """The broker ndbroker endpoints."""
        from kucoin_sdk.broker.nd.client import BrokerNdServiceWithRawResponse

        return BrokerNdServiceWithRawResponse(self._group.nd)
