"""Answers are read leniently: a success is never an exception."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

from tests.support.seed_sdk import (
    Server,
    make_async_client,
    make_client,
    ok,
    raw,
)


def get_order(sdk: Any, data: Any) -> Any:
    server = Server(ok(data))
    client, _ = make_client(sdk, server)
    return client.get_order_by_order_id(order_id="1")


def get_order_from_json(sdk: Any, data_json: str) -> Any:
    """The order parsed from `data` given as exact JSON text (Python floats would be
    re-serialised and lose the digits under test)."""
    envelope = '{"code": "200000", "data": ' + data_json + "}"
    server = Server(raw(200, envelope.encode(), {"Content-Type": "application/json"}))
    client, _ = make_client(sdk, server)
    return client.get_order_by_order_id(order_id="1")


def test_unknown_response_field_is_kept(sdk: Any) -> None:
    order = get_order(sdk, {"id": "1", "brandNewField": {"nested": [1, 2]}})
    assert order.id == "1"
    assert order.model_extra == {"brandNewField": {"nested": [1, 2]}}


def test_unknown_enum_value_is_kept_as_text(sdk: Any) -> None:
    AddOrderType, Side = sdk.enums.AddOrderType, sdk.enums.Side

    order = get_order(sdk, {"type": "brand_new", "side": "buy", "marginMode": "PORTFOLIO"})
    assert order.type == "brand_new"
    assert type(order.type) is str
    assert order.margin_mode == "PORTFOLIO"
    assert order.side is Side.BUY
    assert get_order(sdk, {"type": "limit"}).type is AddOrderType.LIMIT


def test_unknown_enum_value_is_kept_in_list_items(sdk: Any) -> None:
    server = Server(ok([{"tradeType": "funding", "liquidity": "both", "side": "sell"}]))
    client, _ = make_client(sdk, server)
    (fill,) = client.get_recent_trade_history()
    assert fill.trade_type == "funding"
    assert fill.liquidity == "both"
    assert fill.side == "sell"


def test_null_or_missing_documented_field_is_none(sdk: Any) -> None:
    order = get_order(sdk, {"id": None, "price": None, "stopPrice": None, "size": None})
    assert order.id is None
    assert order.price is None
    assert order.stop_price is None
    assert order.size is None
    assert order.symbol is None  # missing
    assert order.created_at is None  # missing
    empty = get_order(sdk, {})
    assert empty.id is None and empty.model_extra == {}


def test_number_where_text_is_documented_becomes_text(sdk: Any) -> None:
    order = get_order(
        sdk, {"id": 12345, "price": 30000.5, "value": 100, "dealValue": 0.1, "symbol": 7}
    )
    assert order.id == "12345"
    assert order.value == "100"
    assert order.symbol == "7"
    # Money the page documents as text is a decimal (api.decimal_strings), however sent.
    assert order.price == Decimal("30000.5")
    assert order.deal_value == Decimal("0.1")


def test_money_fields_are_exact_decimals_never_float(sdk: Any) -> None:
    order = get_order_from_json(
        sdk,
        '{"price": "0.1", "value": 0.3, "dealValue": "12345678901234567890.12",'
        ' "avgDealPrice": 1.10, "filledValue": 123456789.123456789, "openOrderCost": 5}',
    )
    for attribute in ("price", "deal_value", "avg_deal_price", "filled_value"):
        assert isinstance(getattr(order, attribute), Decimal), attribute
    assert order.price == Decimal("0.1")
    assert order.value == "0.3"  # text the config does not call a decimal stays text
    assert order.deal_value == Decimal("12345678901234567890.12")
    assert str(order.avg_deal_price) == "1.10"  # the digits as written, trailing zero kept
    assert order.filled_value == Decimal("123456789.123456789")  # beyond a float's precision
    assert not any(isinstance(v, float) for v in order.model_dump().values())


def test_small_money_number_is_kept_as_written(sdk: Any) -> None:
    order = get_order_from_json(sdk, '{"price": 0.00000010, "value": 0.0000001}')
    assert order.price.as_tuple() == Decimal("0.00000010").as_tuple()  # its digits, exactly
    assert order.value == "0.0000001"


def test_json_float_under_a_number_field_becomes_exact_decimal(sdk: Any) -> None:
    order = get_order_from_json(sdk, '{"stopPrice": 0.1}')
    assert type(order.stop_price) is Decimal
    assert order.stop_price == Decimal("0.1")  # not Decimal(0.1), the float's binary value
    big = get_order_from_json(sdk, '{"stopPrice": 12345678901234567890.123456789}')
    assert big.stop_price == Decimal("12345678901234567890.123456789")
    text = get_order(sdk, {"stopPrice": "30000.50"})
    assert text.stop_price == Decimal("30000.50")
    integer = get_order(sdk, {"stopPrice": 30000})
    assert integer.stop_price == Decimal(30000)
    assert not any(isinstance(v, float) for v in big.model_dump().values())


def test_integer_fields_accept_integers_and_numeric_text(sdk: Any) -> None:
    order = get_order(
        sdk, {"size": 3, "createdAt": "1700000000000", "orderTime": 1700000000000000000}
    )
    assert order.size == 3
    assert order.created_at == 1700000000000
    assert order.order_time == 1700000000000000000


def test_async_response_tolerance_is_the_same(sdk: Any) -> None:
    server = Server(ok({"type": "brand_new", "price": 1.5, "stopPrice": 0.1, "extra": True}))

    async def run() -> Any:
        client, _ = make_async_client(sdk, server)
        async with client:
            return await client.get_order_by_order_id(order_id="1")

    order = asyncio.run(run())
    assert order.type == "brand_new"
    assert order.price == Decimal("1.5")
    assert order.stop_price == Decimal("0.1")
    assert order.model_extra == {"extra": True}


def test_data_of_any_type_is_returned_as_sent_when_no_model_holds_it(sdk: Any) -> None:
    values: list[Any] = [[1, 2], "text", 3, True, {"id": {"nested": [1]}}, [[[]]]]
    for data in values:
        result = get_order(sdk, data)
        if isinstance(data, dict):
            assert result.id == {"nested": [1]}
        else:
            assert result == data
