"""pytest plugin: the `edge_arrays_mock` fixture, a fresh FakeKucoin for each test.

Installed with the package (entry point `pytest11`); in a test:

    def test_places_an_order(edge_arrays_mock):
        client = edge_arrays_mock.client()
        ...
"""

from __future__ import annotations

import pytest

from edge_arrays.testing import FakeKucoin


@pytest.fixture
def edge_arrays_mock() -> FakeKucoin:
    """A fake edge-arrays API with test credentials; see edge_arrays.testing."""
    return FakeKucoin()
