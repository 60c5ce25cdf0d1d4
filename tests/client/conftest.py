"""Fixtures of the client tests: a scripted KuCoin on 127.0.0.1
(tests/support/local_server.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.support import local_server
from tests.support.local_server import FakeKucoin


@pytest.fixture(autouse=True)
def _no_proxy_before_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """The clients take HTTP(S)_PROXY from the environment, as a user's should; the servers
    these tests call listen on 127.0.0.1, where no proxy of a CI runner (nor one pointed
    nowhere, to check that the suite needs no network) may stand in between. Both spellings:
    urllib, which httpx asks, prefers the lowercase one."""
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.setenv(name, ",".join(filter(None, [os.environ.get(name), "127.0.0.1"])))


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
