"""Fixtures of the client tests: a scripted KuCoin on 127.0.0.1
(tests/support/local_server.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support import local_server
from tests.support.local_server import FakeKucoin


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
