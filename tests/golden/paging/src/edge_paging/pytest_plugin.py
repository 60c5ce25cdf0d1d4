"""pytest plugin: the `edge_paging_mock` fixture, a fresh FakeKucoin for each test.

Installed with the package (entry point `pytest11`); in a test:

    def test_places_an_order(edge_paging_mock):
        client = edge_paging_mock.client()
        ...
"""

from __future__ import annotations

import pytest

from edge_paging.testing import FakeKucoin


@pytest.fixture
def edge_paging_mock() -> FakeKucoin:
    """A fake paging API with test credentials; see edge_paging.testing."""
    return FakeKucoin()
