"""pytest plugin: the `kucoin_sdk_mock` fixture, a fresh FakeKucoin for each test.

Installed with the package (entry point `pytest11`); in a test:

    def test_places_an_order(kucoin_sdk_mock):
        client = kucoin_sdk_mock.client()
        ...
"""

from __future__ import annotations

import pytest

from kucoin_sdk.testing import FakeKucoin


@pytest.fixture
def kucoin_sdk_mock() -> FakeKucoin:
    """A fake kucoin_sdk API with test credentials; see kucoin_sdk.testing."""
    return FakeKucoin()
