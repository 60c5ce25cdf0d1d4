"""The package's fake server answers as the live API does: it echoes what the request sent,
checks the timestamp and follows the config's prose rules."""

from __future__ import annotations

import time
from typing import Any

import pytest

from tests.support.seed_sdk import ORDER


def test_an_order_is_answered_with_the_client_oid_it_was_sent(sdk: Any) -> None:
    fake = sdk.testing.FakeKucoin()
    with fake.client() as client:
        first = client.add_order(**{**ORDER, "client_oid": "my-order-1"})
        second = client.add_order(**{**ORDER, "client_oid": "my-order-2"})
    assert (first.client_oid, second.client_oid) == ("my-order-1", "my-order-2")


def test_batch_answers_echo_each_item(sdk: Any) -> None:
    fake = sdk.testing.FakeKucoin()
    items = [{**_wire(ORDER), "clientOid": f"batch-{n}"} for n in range(3)]
    with fake.client() as client:
        result = client.batch_add_orders(items)
    assert [item.client_oid for item in result] == ["batch-0"]  # the fixture answers one
    assert result[0].symbol == "XBTUSDTM"


def test_batch_cancel_by_order_ids_alone_is_accepted(sdk: Any) -> None:
    fake = sdk.testing.FakeKucoin()
    with fake.client() as client:
        client.batch_cancel_orders(order_ids_list=["1", "2"])
    (call,) = fake.calls
    assert call.operation == "batch_cancel_orders"


def test_a_request_breaking_a_documented_rule_is_refused_by_the_fake(sdk: Any) -> None:
    fake = sdk.testing.FakeKucoin()
    body = {"orderIdsList": ["1"], "clientOidsList": [{"symbol": "X", "clientOid": "c"}]}
    with fake.client() as client:
        request = client._http.build_request(
            "DELETE", "https://api-futures.kucoin.com/api/v1/orders/multi-cancel", json=body
        )
        client._credentials.sign(request, int(time.time() * 1000))
        response = client._http.send(request)
    assert response.json()["code"] == "400100"
    assert "exactly one of" in response.json()["msg"]


def test_a_timestamp_more_than_five_seconds_off_is_refused(sdk: Any) -> None:
    fake = sdk.testing.FakeKucoin(clock=lambda: time.time() - 6)
    with fake.client(max_retries=0) as client:
        client._clock.milliseconds = 0
        request = client._http.build_request("GET", "https://api-futures.kucoin.com/api/v1/orders")
        client._credentials.sign(request, int(time.time() * 1000))
        response = client._http.send(request)
    assert response.json()["code"] == "400002"


@pytest.mark.parametrize("offset", [-4.0, 4.0])
def test_a_timestamp_within_five_seconds_is_accepted(sdk: Any, offset: float) -> None:
    fake = sdk.testing.FakeKucoin(clock=lambda: time.time() + offset)
    with fake.client() as client:
        client.get_open_order_value(symbol="XBTUSDTM")
    assert len(fake.calls) == 1


def _wire(arguments: dict[str, Any]) -> dict[str, Any]:
    names = {"client_oid": "clientOid"}
    return {names.get(key, key): value for key, value in arguments.items()}
