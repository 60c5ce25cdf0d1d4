"""pytest plugin: the `kucoin_futures_mock` fixture, a fresh FakeKucoin for each test.

Installed with the package (entry point `pytest11`); in a test:

    def test_places_an_order(kucoin_futures_mock):
        client = kucoin_futures_mock.client()
        ...
"""

from __future__ import annotations

import pytest

from kucoin_futures.testing import FakeKucoin


@pytest.fixture
def kucoin_futures_mock() -> FakeKucoin:
    """A fake futures API with test credentials; see kucoin_futures.testing."""
    return FakeKucoin()
