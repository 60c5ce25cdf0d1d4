"""The scripted KuCoin on 127.0.0.1 (tests/support/local_server.py) is reached directly,
whatever proxy the environment names: the suite needs no network, and a CI runner's proxy
never answers in the server's place."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.local_server import KINDS, FakeKucoin, get_call

NOWHERE = "http://127.0.0.1:9"
"""A proxy that refuses every connection."""


@pytest.mark.parametrize("kind", KINDS)
def test_a_proxy_in_the_environment_stands_between_no_client_and_the_server(
    sdk: Any, kind: str, server: FakeKucoin, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"):
        monkeypatch.setenv(name, NOWHERE)

    result = get_call(sdk, kind, server.url, [])

    assert server.count == 1
    assert result.open_order_buy_size == len("XBTUSDTM")
