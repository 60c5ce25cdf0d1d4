"""A fake kucoin_sdk server for your tests: an httpx transport serving every operation.

    from kucoin_sdk.testing import FakeKucoin

    fake = FakeKucoin()
    client = fake.client()  # a Client wired to the fake, with test credentials
    client.spot.order.add_order(...)  # answered with the operation's fixture
    fake.respond("spot.order.add_order", {...})  # or your own data
    fake.respond_pages("spot.order.get_open_orders_by_page", [{...}, {...}])  # for iter_get_open_orders_by_page
    fake.fail("spot.order.add_order", code="400100", msg="...")
    fake.rate_limit("spot.order.add_order")

Requests are checked as the real API checks them: the route, the KC-API-* headers, the
signature (for the test credentials) and the timestamp (against the fake's `clock`), required
parameters, types, enum values, bounds and the documented cross-field rules. A request that
fails a check gets a KuCoin-style error envelope naming the problem. Answers echo the
request's values where the response has a field of the same name (an order's clientOid).
"""

from __future__ import annotations

from typing import Any

from kucoin_sdk._fake import (
    TEST_API_KEY,
    TEST_API_PASSPHRASE,
    TEST_API_SECRET,
    FakeServer,
    RecordedCall,
    load_fixture,
)
from kucoin_sdk.async_client import AsyncClient
from kucoin_sdk.client import Client

__all__ = [
    "TEST_API_KEY",
    "TEST_API_PASSPHRASE",
    "TEST_API_SECRET",
    "FakeKucoin",
    "RecordedCall",
    "load_fixture",
]


class FakeKucoin(FakeServer):
    """An in-process kucoin_sdk API; pass `fake.transport()` to a client, or use
    `fake.client()` / `fake.async_client()`."""

    def client(self, **options: Any) -> Client:
        """A Client with the fake's credentials and transport."""
        return Client(
            self.api_key,
            self.api_secret,
            self.api_passphrase,
            transport=self.transport(),
            **options,
        )

    def async_client(self, **options: Any) -> AsyncClient:
        """An AsyncClient with the fake's credentials and transport."""
        return AsyncClient(
            self.api_key,
            self.api_secret,
            self.api_passphrase,
            transport=self.transport(),
            **options,
        )
