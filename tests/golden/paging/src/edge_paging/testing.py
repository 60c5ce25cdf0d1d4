"""A fake paging server for your tests: an httpx transport serving every operation.

    from edge_paging.testing import FakeKucoin

    fake = FakeKucoin()
    client = fake.client()  # a Client wired to the fake, with test credentials
    client.get_order_list(...)  # answered with the operation's fixture
    fake.respond("get_order_list", {...})  # or your own data
    fake.respond_pages("get_order_list", [{...}, {...}])  # for iter_get_order_list
    fake.fail("get_order_list", code="400100", msg="...")
    fake.rate_limit("get_order_list")

Requests are checked as the real API checks them: the route, the KC-API-* headers, the
signature (for the test credentials) and the timestamp (against the fake's `clock`), required
parameters, types, enum values, bounds and the documented cross-field rules. A request that
fails a check gets a KuCoin-style error envelope naming the problem. Answers echo the
request's values where the response has a field of the same name (an order's clientOid).
"""

from __future__ import annotations

from typing import Any

from edge_paging._fake import (
    TEST_API_KEY,
    TEST_API_PASSPHRASE,
    TEST_API_SECRET,
    FakeServer,
    RecordedCall,
    load_fixture,
)
from edge_paging.async_client import AsyncClient
from edge_paging.client import Client

__all__ = [
    "TEST_API_KEY",
    "TEST_API_PASSPHRASE",
    "TEST_API_SECRET",
    "FakeKucoin",
    "RecordedCall",
    "load_fixture",
]


class FakeKucoin(FakeServer):
    """An in-process paging API; pass `fake.transport()` to a client, or use
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
