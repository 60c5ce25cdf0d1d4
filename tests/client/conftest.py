"""Fixtures of the client tests: a scripted KuCoin on 127.0.0.1 (see local_server)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.client import local_server
from tests.client.local_server import FakeKucoin


@pytest.fixture
def server() -> Iterator[FakeKucoin]:
    with local_server.serving() as fake:
        yield fake


@pytest.fixture
def tls_server() -> Iterator[FakeKucoin]:
    with local_server.serving(tls=True) as fake:
        yield fake


@pytest.fixture
def refused_url() -> str:
    return local_server.refused_url()
