"""pytest plugin: the `edge_enums_mock` fixture, a fresh FakeKucoin for each test.

Installed with the package (entry point `pytest11`); in a test:

    def test_places_an_order(edge_enums_mock):
        client = edge_enums_mock.client()
        ...
"""

from __future__ import annotations

import pytest

from edge_enums.testing import FakeKucoin


@pytest.fixture
def edge_enums_mock() -> FakeKucoin:
    """A fake edge-enums API with test credentials; see edge_enums.testing."""
    return FakeKucoin()
