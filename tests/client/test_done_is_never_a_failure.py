"""A call the API answered with its success code never raises: a program that retries on an
exception would place the order twice. Scenarios seen on the live API, which is looser than
its documentation."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
import pytest

from tests.client.support import (
    ORDER,
    Server,
    example_data,
    make_async_client,
    make_client,
    ok,
    raw,
)

# Every operation that places or cancels something, called with valid inputs.
ACTIONS: list[tuple[str, dict[str, Any]]] = [
    ("add_order", ORDER),
    ("cancel_order_by_order_id", {"order_id": "1"}),
    ("cancel_order_by_client_oid", {"client_oid": "c1", "symbol": "XBTUSDTM"}),
    ("cancel_all_orders", {"symbol": "XBTUSDTM"}),
    ("cancel_all_orders_v1", {}),
    ("batch_cancel_orders", {"order_ids_list": ["1", "2"]}),
    ("get_order_by_client_oid", {"client_oid": "c1"}),
]


@pytest.mark.parametrize(("name", "kwargs"), ACTIONS, ids=[name for name, _ in ACTIONS])
def test_data_null_returns_none(sdk: Any, name: str, kwargs: dict[str, Any]) -> None:
    server = Server(ok(None))
    client, sleeps = make_client(sdk, server)
    assert getattr(client, name)(**kwargs) is None
    assert len(server.requests) == 1 and sleeps == []


def test_data_null_returns_none_to_the_async_client_too(sdk: Any) -> None:
    server = Server(ok(None))

    async def run() -> Any:
        client, _ = make_async_client(sdk, server)
        async with client:
            return await client.add_order(**ORDER)

    assert asyncio.run(run()) is None


@pytest.mark.parametrize("code", [b"200000", b'"200000"'], ids=["number", "string"])
def test_the_success_code_as_a_json_number_is_a_success(sdk: Any, code: bytes) -> None:
    body = b'{"code": ' + code + b', "data": {"orderId": "5", "clientOid": "c1"}}'
    server = Server(raw(200, body, {"Content-Type": "application/json"}))
    client, _ = make_client(sdk, server)
    assert client.add_order(**ORDER).order_id == "5"


def test_the_success_code_wins_over_an_http_error_status(sdk: Any) -> None:
    server = Server(raw(500, b'{"code": "200000", "data": {"orderId": "5"}}'))
    client, sleeps = make_client(sdk, server)
    assert client.add_order(**ORDER).order_id == "5"
    assert len(server.requests) == 1 and sleeps == []


def order_list_with(item_changes: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = example_data("get_order_list")
    data["items"] = [
        {**data["items"][0], "id": "first"},
        {**data["items"][0], "id": "second", **item_changes},
        {**data["items"][0], "id": "third"},
    ]
    return data


def test_an_item_field_off_its_documented_type_is_kept_and_the_list_returned(
    sdk: Any, caplog: pytest.LogCaptureFixture
) -> None:
    # stopPrice is documented as an integer; the live API sends a decimal string.
    server = Server(ok(order_list_with({"stopPrice": "27000.5"})))
    client, _ = make_client(sdk, server)
    with caplog.at_level(logging.WARNING, logger=sdk.__name__):
        result = client.get_order_list(status="active")
    assert [item.id for item in result.items] == ["first", "second", "third"]
    assert result.items[1].stop_price == "27000.5"
    assert isinstance(result.items[0], sdk.models.GetOrderListDataItem)
    assert isinstance(result.items[1], sdk.models.GetOrderListDataItem)
    warnings = [r for r in caplog.records if "stopPrice" in r.getMessage()]
    assert len(warnings) == 1
    assert "27000.5" in warnings[0].getMessage()


def test_a_field_off_its_type_is_logged_once_however_often_it_comes(
    sdk: Any, caplog: pytest.LogCaptureFixture
) -> None:
    server = Server(ok(order_list_with({"leverage": {"unexpected": "object"}})))
    client, _ = make_client(sdk, server)
    with caplog.at_level(logging.WARNING, logger=sdk.__name__):
        for _ in range(3):
            client.get_order_list()
    assert len([r for r in caplog.records if ".leverage" in r.getMessage()]) == 1


def test_the_iterator_walks_on_past_an_item_off_its_type(sdk: Any) -> None:
    first = order_list_with({"stopPrice": "27000.5"})
    first.update(currentPage=1, totalPage=2)
    second = order_list_with({})
    second.update(currentPage=2, totalPage=2)
    server = Server(ok(first), ok(second))
    client, _ = make_client(sdk, server)
    ids = [item.id for item in client.iter_get_order_list()]
    assert ids == ["first", "second", "third"] * 2


def test_a_nested_object_off_its_type_keeps_the_rest_typed(sdk: Any) -> None:
    data = example_data("get_order_by_order_id")
    data.update(id="7", createdAt="not a timestamp", reduceOnly="maybe")
    server = Server(ok(data))
    client, _ = make_client(sdk, server)
    order = client.get_order_by_order_id(order_id="7")
    assert order.id == "7"
    assert order.created_at == "not a timestamp"
    assert order.reduce_only == "maybe"


def test_well_formed_data_stays_typed(sdk: Any) -> None:
    server = Server(ok(order_list_with({"stopPrice": 27000})))
    client, _ = make_client(sdk, server)
    item = client.get_order_list().items[1]
    assert item.stop_price == 27000 and isinstance(item.stop_price, int)


def test_a_success_the_fake_server_answers_with_null_is_none(sdk: Any) -> None:
    fake = sdk.testing.FakeKucoin()
    fake.respond("add_order", None)
    with fake.client() as client:
        assert client.add_order(**ORDER) is None


def test_a_response_that_is_not_an_envelope_is_an_error_not_a_success(sdk: Any) -> None:
    server = Server(lambda request: httpx.Response(200, json=[{"orderId": "1"}]))
    client, _ = make_client(sdk, server)
    with pytest.raises(sdk.KucoinResponseError):
        client.add_order(**ORDER)
