"""pytest plugin: the `edge_paths_mock` fixture, a fresh FakeKucoin for each test.

Installed with the package (entry point `pytest11`); in a test:

    def test_places_an_order(edge_paths_mock):
        client = edge_paths_mock.client()
        ...
"""

from __future__ import annotations

import pytest

from edge_paths.testing import FakeKucoin


@pytest.fixture
def edge_paths_mock() -> FakeKucoin:
    """A fake edge-paths API with test credentials; see edge_paths.testing."""
    return FakeKucoin()
