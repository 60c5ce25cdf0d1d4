"""The SDK plan's decisions on the seed page, asserted through the committed package.

`sdk` (tests/client/conftest.py) is the SDK generated from the tests' copy of the seed page;
`plan` is generator.sdk.compose.build_plan on that page with its config. Enum
sharing and naming, request validation and the config's cross-field rules, lenient response
models, Python types, the operations table and config errors.
"""

from __future__ import annotations

import asyncio
import enum
import importlib
import re
import shutil
import types
import typing
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from pydantic import BaseModel, RootModel, ValidationError

from generator.cli import main
from generator.config import ConfigError, load_config
from generator.diagnostics import ParseError
from generator.ir.model import Api, Schema
from generator.read.parse import parse_file
from generator.sdk.compose import build_plan
from generator.sdk.examples import request_example
from generator.sdk.plan_model import SdkPlan
from tests.support.pages import SEED, SEED_CONFIG

SEED_OPERATIONS = 18


@pytest.fixture(scope="module")
def api() -> Api:
    return parse_file(SEED).api


@pytest.fixture(scope="module")
def plan(api: Api) -> SdkPlan:
    return build_plan(api, load_config(SEED_CONFIG))


@pytest.fixture(scope="module")
def models(sdk: Any) -> Any:
    import importlib

    return importlib.import_module(f"{sdk.__name__}.models")


@pytest.fixture(scope="module")
def enums(sdk: Any) -> Any:
    import importlib

    return importlib.import_module(f"{sdk.__name__}.enums")


def refused(models: Any) -> type[Exception]:
    """The package's error for request arguments its models refuse."""
    import importlib

    error: type[Exception] = importlib.import_module(
        models.__name__.rsplit(".", 1)[0]
    ).KucoinRequestValidationError
    return error


def response_models(models: Any) -> list[type[BaseModel]]:
    base = models.ResponseModel
    return [
        value
        for value in vars(models).values()
        if isinstance(value, type) and issubclass(value, base) and value is not base
    ]


def members(annotation: Any) -> tuple[Any, ...]:
    """The types a field annotation allows, None left out (`Side | str | None` → Side, str)."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return tuple(a for a in typing.get_args(annotation) if a is not type(None))
    return (annotation,)


def field_by_alias(model: type[BaseModel], wire_name: str) -> Any:
    found = [info for attr, info in model.model_fields.items() if (info.alias or attr) == wire_name]
    assert len(found) == 1, (model.__name__, wire_name)
    return found[0]


# --- enums ----------------------------------------------------------------------------------


def enum_schemas(api: Api, wire_name: str) -> Iterator[Schema]:
    """Every schema the page gives an enum for under `wire_name` (parameters, bodies, 200s)."""

    def walk(name: str, schema: Schema) -> Iterator[Schema]:
        if schema.enum and name == wire_name:
            yield schema
        if schema.items is not None:
            yield from walk(name, schema.items)
        for prop in schema.properties:
            yield from walk(prop.name, prop.schema)

    for op in api.operations:
        for parameter in op.parameters:
            yield from walk(parameter.name, parameter.schema)
        if op.request_body is not None:
            yield from walk("", op.request_body.schema)
        response = op.response("200")
        if response is not None and response.schema is not None:
            yield from walk("", response.schema)


@pytest.mark.parametrize(
    ("wire_name", "class_name"), [("side", "Side"), ("marginMode", "MarginMode")]
)
def test_one_shared_enum_serves_every_field_of_that_name_with_values(
    api: Api, plan: SdkPlan, models: Any, enums: Any, wire_name: str, class_name: str
) -> None:
    assert [e.name for e in plan.services[0].enums if wire_name in e.used_by] == [class_name]
    shared = getattr(enums, class_name)
    typed = [
        model
        for model in [*response_models(models), *vars(models).values()]
        if isinstance(model, type)
        and issubclass(model, BaseModel)
        and any((i.alias or a) == wire_name for a, i in model.model_fields.items())
        and any(
            isinstance(t, type) and issubclass(t, enum.Enum)
            for t in members(field_by_alias(model, wire_name).annotation)
        )
    ]
    for model in typed:
        enum_types = [
            t
            for t in members(field_by_alias(model, wire_name).annotation)
            if isinstance(t, type) and issubclass(t, enum.Enum)
        ]
        assert enum_types == [shared], model.__name__
    # as many enum-typed fields as the page has enum schemas under that name
    assert len({m.__name__ for m in typed}) == len(list(enum_schemas(api, wire_name)))


def test_side_and_margin_mode_values(enums: Any) -> None:
    assert [(m.name, m.value) for m in enums.Side] == [("BUY", "buy"), ("SELL", "sell")]
    assert [m.value for m in enums.MarginMode] == ["ISOLATED", "CROSS"]


def test_enums_with_differing_value_sets_get_distinct_names_after_their_first_operation(
    plan: SdkPlan, enums: Any
) -> None:
    type_enums = {
        e.name: [m.value for m in e.members] for e in plan.services[0].enums if "type" in e.used_by
    }
    assert type_enums == {
        "AddOrderType": ["limit", "market"],
        "GetOrderListType": [
            "limit",
            "market",
            "limit_stop",
            "market_stop",
            "oco_limit",
            "oco_stop",
        ],
        "GetTradeHistoryType": ["limit", "market", "limit_stop", "market_stop"],
    }
    for name, values in type_enums.items():
        assert [m.value for m in getattr(enums, name)] == values


def test_enum_names_are_stable_from_one_plan_to_the_next(api: Api, plan: SdkPlan) -> None:
    again = build_plan(api, load_config(SEED_CONFIG))
    assert [(e.name, e.members) for e in again.services[0].enums] == [
        (e.name, e.members) for e in plan.services[0].enums
    ]


def test_the_same_value_set_in_another_order_shares_one_enum(models: Any, enums: Any) -> None:
    # Add Order lists limit, market; Get Stop Order List's `type` parameter the same values.
    stop_list_type = field_by_alias(models.GetStopOrderListRequest, "type").annotation
    assert members(stop_list_type) == (enums.AddOrderType,)


def test_member_names_come_from_x_api_enum_names_that_are_identifiers(enums: Any) -> None:
    assert enums.GetOrderByOrderIdStp.NULL.value == ""  # x-api-enum name "NULL"
    assert enums.Liquidity.TAKER.value == "taker"


def test_member_names_come_from_values_when_the_x_api_enum_name_is_not_an_identifier(
    enums: Any,
) -> None:
    assert enums.TimeInForce.GTC.value == "GTC"  # named "Good Till Canceled"
    assert enums.AddOrderStopPriceType.TP.value == "TP"  # named "trade price"


def test_the_empty_string_value_becomes_member_empty(enums: Any) -> None:
    # x-api-enum name "None" is a keyword: the member is named after the value "".
    assert enums.GetOrderListStop.EMPTY.value == ""
    assert enums.GetOrderListStopPriceType.EMPTY.value == ""
    assert enums.GetOrderListStop("") is enums.GetOrderListStop.EMPTY


# --- request models -------------------------------------------------------------------------

ORDER = {
    "clientOid": "5c52e11203aa677f33e493fb",
    "side": "buy",
    "symbol": "XBTUSDTM",
    "leverage": 3,
    "type": "limit",
    "price": "30000",
    "size": 1,
}


def test_request_attributes_are_snake_case_and_aliased_to_the_wire_names(models: Any) -> None:
    assert models.GetOrderByOrderIdRequest.model_fields["order_id"].alias == "order-id"
    assert models.AddOrderRequest.model_fields["client_oid"].alias == "clientOid"
    assert models.AddOrderRequest.model_fields["stop_price_type"].alias == "stopPriceType"
    for name, model in vars(models).items():
        if isinstance(model, type) and issubclass(model, BaseModel):
            if not issubclass(model, models.RequestModel):
                continue
            for attr in model.model_fields:
                assert re.fullmatch(r"[a-z][a-z0-9_]*", attr), (name, attr)


def test_request_model_validates_an_api_shaped_dict_and_dumps_by_alias(models: Any) -> None:
    order = models.AddOrderRequest.model_validate(ORDER)
    assert order.client_oid == ORDER["clientOid"]
    assert order.model_dump(mode="json", exclude_unset=True) == ORDER
    get = models.GetOrderByOrderIdRequest.model_validate({"order-id": "abc"})
    assert get.order_id == "abc"
    assert get.model_dump() == {"order-id": "abc"}


def test_request_model_also_accepts_attribute_names(models: Any) -> None:
    order = models.AddOrderRequest(
        client_oid="c1", side="buy", symbol="XBTUSDTM", leverage=3, type="market", size=1
    )
    assert order.model_dump(exclude_unset=True, mode="json")["clientOid"] == "c1"


@pytest.mark.parametrize("missing", ["clientOid", "symbol"])
def test_required_request_fields_are_required(models: Any, missing: str) -> None:
    payload = {k: v for k, v in ORDER.items() if k != missing}
    with pytest.raises(refused(models), match=missing):
        models.AddOrderRequest.model_validate(payload)


def test_a_required_path_parameter_is_required(models: Any) -> None:
    with pytest.raises(refused(models), match="order-id"):
        models.GetOrderByOrderIdRequest.model_validate({})


def test_an_unknown_request_field_is_an_error(models: Any) -> None:
    with pytest.raises(refused(models), match="clientOrderId: no such argument"):
        models.AddOrderRequest.model_validate({**ORDER, "clientOrderId": "x"})


@pytest.mark.parametrize(
    ("model", "base", "wire_name", "ok", "too_far"),
    [
        ("AddOrderRequest", ORDER, "clientOid", "x" * 40, "x" * 41),
        ("AddOrderRequest", ORDER, "remark", "x" * 100, "x" * 101),
        (
            "CancelOrderByClientOidRequest",
            {"symbol": "X", "clientOid": "c"},
            "clientOid",
            "x" * 40,
            "x" * 41,
        ),
        ("GetOrderListRequest", {}, "pageSize", 1000, 1001),
        ("GetOrderListRequest", {}, "pageSize", 1, 0),
        ("GetTradeHistoryRequest", {}, "pageSize", 1000, 1001),
    ],
)
def test_bounds_stated_in_the_page_prose_are_enforced(
    models: Any, model: str, base: dict[str, Any], wire_name: str, ok: Any, too_far: Any
) -> None:
    cls = getattr(models, model)
    cls.model_validate({**base, wire_name: ok})
    with pytest.raises(refused(models), match=wire_name):
        cls.model_validate({**base, wire_name: too_far})


def test_enum_request_fields_are_typed_with_the_enum_or_its_values(models: Any, enums: Any) -> None:
    # `Side | SideLiteral`: the Literal is the type checker's; at run time the enum reads
    # a value as its member.
    side = models.AddOrderRequest.model_fields["side"].annotation
    assert members(side) == (enums.Side,)
    order = models.AddOrderRequest.model_validate(ORDER)
    assert order.side is enums.Side.BUY
    assert order.type is enums.AddOrderType.LIMIT
    with pytest.raises(refused(models), match="side"):
        models.AddOrderRequest.model_validate({**ORDER, "side": "hold"})


# --- cross-field rules from spec/futures-order.yaml ----------------------------------------

PLACEMENT_MODELS = ["AddOrderRequest", "AddOrderTestRequest", "BatchAddOrdersItem"]
ALL_PLACEMENT_MODELS = [*PLACEMENT_MODELS, "AddTakeProfitAndStopLossOrderRequest"]


def check(models: Any, model: str, payload: dict[str, Any], error: str | None) -> None:
    cls = getattr(models, model)
    if error is None:
        cls.model_validate(payload)
    else:
        with pytest.raises(refused(models), match=re.escape(error)):
            cls.model_validate(payload)


@pytest.mark.parametrize("model", ALL_PLACEMENT_MODELS)
def test_exactly_one_of_size_qty_and_value_qty(models: Any, model: str) -> None:
    without = {k: v for k, v in ORDER.items() if k != "size"}
    message = "set exactly one of size, qty, valueQty"
    check(models, model, without, message)
    check(models, model, {**without, "size": 1, "qty": "0.1"}, message)
    check(models, model, {**without, "qty": "0.1", "valueQty": "10"}, message)
    for only in ({"size": 1}, {"qty": "0.1"}, {"valueQty": "10"}):
        check(models, model, {**without, **only}, None)


@pytest.mark.parametrize("model", PLACEMENT_MODELS)
def test_a_stop_order_needs_stop_price_and_stop_price_type(models: Any, model: str) -> None:
    message = "stopPrice and stopPriceType must be set when stop is set"
    check(models, model, {**ORDER, "stop": "down"}, message)
    check(models, model, {**ORDER, "stop": "down", "stopPrice": "1"}, message)
    check(models, model, {**ORDER, "stop": "down", "stopPriceType": "TP"}, message)
    check(models, model, {**ORDER, "stop": "up", "stopPrice": "1", "stopPriceType": "MP"}, None)
    check(models, model, {**ORDER, "stopPrice": "1"}, None)  # no stop: nothing required


@pytest.mark.parametrize("model", ALL_PLACEMENT_MODELS)
def test_a_limit_order_needs_a_price(models: Any, model: str) -> None:
    without = {k: v for k, v in ORDER.items() if k != "price"}
    check(models, model, without, "price must be set when type is limit")
    check(models, model, {**without, "type": "market"}, None)


@pytest.mark.parametrize("model", ALL_PLACEMENT_MODELS)
@pytest.mark.parametrize("excluded", ["hidden", "iceberg"])
def test_post_only_excludes_hidden_and_iceberg(models: Any, model: str, excluded: str) -> None:
    message = "hidden or iceberg cannot be used when postOnly is true"
    check(models, model, {**ORDER, "postOnly": True, excluded: True}, message)
    check(models, model, {**ORDER, "postOnly": True, excluded: False}, None)
    check(models, model, {**ORDER, "postOnly": False, excluded: True}, None)
    check(models, model, {**ORDER, "postOnly": True}, None)


@pytest.mark.parametrize("model", ALL_PLACEMENT_MODELS)
def test_close_order_lets_side_size_and_leverage_be_left_out(models: Any, model: str) -> None:
    closing = {"clientOid": "c1", "symbol": "XBTUSDTM", "type": "market", "closeOrder": True}
    check(models, model, closing, None)


@pytest.mark.parametrize("model", ALL_PLACEMENT_MODELS)
@pytest.mark.parametrize("close_order", [None, False])
@pytest.mark.parametrize("missing", ["side", "leverage"])
def test_without_close_order_side_and_leverage_are_required(
    models: Any, model: str, close_order: bool | None, missing: str
) -> None:
    payload = {k: v for k, v in ORDER.items() if k != missing}
    if close_order is not None:
        payload["closeOrder"] = close_order
    check(models, model, payload, f"{missing} is required unless closeOrder is true")


def test_batch_add_orders_checks_the_rules_of_every_item(models: Any) -> None:
    models.BatchAddOrdersRequest.model_validate([ORDER, {**ORDER, "clientOid": "other"}])
    with pytest.raises(refused(models), match="price must be set when type is limit"):
        models.BatchAddOrdersRequest.model_validate(
            [ORDER, {k: v for k, v in ORDER.items() if k != "price"}]
        )


# --- response models ------------------------------------------------------------------------


def test_every_response_model_accepts_an_empty_object(models: Any) -> None:
    found = response_models(models)
    assert len(found) >= SEED_OPERATIONS
    for model in found:
        instance = model.model_validate({})
        assert all(value is None for value in instance.__dict__.values()), model.__name__


def test_unknown_response_fields_are_kept(models: Any) -> None:
    data = models.GetOrderByOrderIdData.model_validate({"id": "1", "brandNewField": [1, 2]})
    assert data.model_extra == {"brandNewField": [1, 2]}
    assert data.model_dump(exclude_unset=True) == {"id": "1", "brandNewField": [1, 2]}


def test_unknown_response_enum_values_are_kept_as_text(models: Any, enums: Any) -> None:
    known = models.GetOrderByOrderIdData.model_validate({"side": "buy", "marginMode": "CROSS"})
    assert known.side is enums.Side.BUY and known.margin_mode is enums.MarginMode.CROSS
    unknown = models.GetOrderByOrderIdData.model_validate(
        {"side": "hold", "marginMode": "PORTFOLIO"}
    )
    assert unknown.side == "hold" and not isinstance(unknown.side, enum.Enum)
    assert unknown.margin_mode == "PORTFOLIO"


def test_a_response_of_the_wrong_shape_is_an_error(models: Any) -> None:
    with pytest.raises(ValidationError):
        models.GetOrderByOrderIdData.model_validate([])
    with pytest.raises(ValidationError):
        models.GetOrderListData.model_validate({"items": {"id": "1"}})
    with pytest.raises(ValidationError):
        models.GetOrderListData.model_validate({"items": [["not", "an", "object"]]})


def test_a_number_where_the_page_documents_text_is_read_as_text(models: Any) -> None:
    data = models.GetOrderByOrderIdData.model_validate({"price": 30000.5, "value": 12})
    assert data.price == Decimal("30000.5")  # a decimal, whether sent as text or number
    assert data.value == "12"


# --- Python types ---------------------------------------------------------------------------


def test_prices_are_decimals_in_every_model(sdk: Any, models: Any) -> None:
    """KuCoin's prices are strings on the wire (the page says so) and decimals to the SDK:
    taken as DecimalString in requests, read as Decimal in responses."""
    decimals = importlib.import_module(f"{sdk.__name__}._decimals")
    priced = [
        model
        for model in vars(models).values()
        if isinstance(model, type)
        and issubclass(model, BaseModel)
        and "price" in model.model_fields
    ]
    assert len(priced) >= 10
    for model in priced:
        request = issubclass(model, sdk._base.RequestModel)
        expected = decimals.DecimalString if request else Decimal
        assert members(model.model_fields["price"].annotation) == (expected,), model.__name__


def test_int64_timestamps_are_int_and_numbers_are_decimal(models: Any) -> None:
    item = models.GetOrderListDataItem.model_fields
    assert members(item["created_at"].annotation) == (int,)
    assert members(item["order_time"].annotation) == (int,)
    assert members(models.GetOrderListRequest.model_fields["start_at"].annotation) == (int,)
    stop_price = models.GetOrderByOrderIdData.model_fields["stop_price"]  # `number` on the page
    assert members(stop_price.annotation) == (Decimal,)
    data = models.GetOrderByOrderIdData.model_validate({"stopPrice": "0.1", "createdAt": 1})
    assert data.stop_price == Decimal("0.1") and data.created_at == 1


@dataclass(frozen=True)
class Expected:
    """What decides a field's Python type besides its schema: request or response, the
    wire names of the strings that carry decimals, and the package's decimal input types."""

    response: bool
    decimal_strings: frozenset[str]
    decimals: ModuleType

    def decimal(self, name: str, schema: Schema) -> Any:
        """The type of a decimal field; None for a field that is not one."""
        if schema.type == "number" or (schema.type == "string" and name in self.decimal_strings):
            if self.response:
                return Decimal
            sent_as = "DecimalNumber" if schema.type == "number" else "DecimalString"
            return getattr(self.decimals, sent_as)
        return None


def expected_types(schema: Schema, annotation: Any, expected: Expected, where: str) -> None:
    """`annotation` is the Python type the plan promises for `schema`."""
    allowed = members(annotation)
    name = where.rsplit(".", 1)[-1].rsplit(":", 1)[-1].removesuffix("[]")
    if schema.enum:
        enums_ = [t for t in allowed if isinstance(t, type) and issubclass(t, enum.Enum)]
        assert len(enums_) == 1, where
        # value sets are shared whatever their order on the page
        values = sorted(str(v.value) for v in schema.enum)
        assert sorted(str(m.value) for m in enums_[0]) == values, where
        assert set(allowed) - set(enums_) == ({str} if expected.response else set()), where
        return
    (single,) = allowed
    if schema.type == "array":
        assert typing.get_origin(single) is list, where
        (item,) = typing.get_args(single)
        expected_types(schema.items or Schema(), item, expected, where + "[]")
    elif schema.type == "object" and schema.properties:
        assert isinstance(single, type) and issubclass(single, BaseModel), where
        for prop in schema.properties:
            info = field_by_alias(single, prop.name)
            expected_types(prop.schema, info.annotation, expected, f"{where}.{prop.name}")
    elif expected.decimal(name, schema) is not None:
        assert single == expected.decimal(name, schema), (where, single)
    else:
        python = {"string": str, "integer": int, "boolean": bool}
        assert single is python[schema.type or ""], (where, single)


def test_every_field_has_the_python_type_of_its_page_type(sdk: Any, api: Api) -> None:
    config = load_config(SEED_CONFIG)
    decimals = importlib.import_module(f"{sdk.__name__}._decimals")
    for op in api.operations:
        strings = frozenset(n for n, b in config.bounds(op.slug).items() if b.decimal)
        request_types = Expected(False, strings, decimals)
        response_types = Expected(True, strings, decimals)
        operation = sdk.OPERATIONS[op.slug]
        request = operation.request_model
        for parameter in op.parameters:
            info = field_by_alias(request, parameter.name)
            expected_types(
                parameter.schema, info.annotation, request_types, f"{op.slug}:{parameter.name}"
            )
        if op.request_body is not None:
            body = op.request_body.schema
            if body.type == "array":
                assert issubclass(request, RootModel)
                root = request.model_fields["root"].annotation
                expected_types(body, root, request_types, f"{op.slug}:body")
            else:
                for prop in body.properties:
                    info = field_by_alias(request, prop.name)
                    expected_types(
                        prop.schema, info.annotation, request_types, f"{op.slug}:{prop.name}"
                    )
        data = op.response("200").schema.find_property("data")  # type: ignore[union-attr]
        assert data is not None
        expected_types(data, operation.response_type, response_types, f"{op.slug}:data")


# --- operations -----------------------------------------------------------------------------


def test_operations_lists_every_operation_of_the_page_in_order(sdk: Any, api: Api) -> None:
    assert list(sdk.OPERATIONS) == [op.slug for op in api.operations]
    assert len(sdk.OPERATIONS) == SEED_OPERATIONS
    for op in api.operations:
        entry = sdk.OPERATIONS[op.slug]
        assert (entry.name, entry.method, entry.path) == (op.slug, op.method, op.path)
        assert entry.deprecated is False
        assert isinstance(entry.request_model, type) and issubclass(entry.request_model, BaseModel)
        assert entry.response_type is not None


def test_paths_are_kept_as_written_on_the_page(sdk: Any) -> None:
    assert sdk.OPERATIONS["get_order_by_order_id"].path == "/api/v1/orders/{order-id}"
    assert sdk.OPERATIONS["get_order_by_order_id"].path_params == ("order-id",)
    assert sdk.OPERATIONS["cancel_order_by_order_id"].path == "/api/v1/orders/{orderId}"


def test_the_legacy_cancel_all_orders_points_at_its_newer_twin(sdk: Any) -> None:
    assert sdk.OPERATIONS["cancel_all_orders_v1"].newer_twin == "cancel_all_orders"
    others = [
        op.newer_twin for name, op in sdk.OPERATIONS.items() if name != "cancel_all_orders_v1"
    ]
    assert others == [None] * (SEED_OPERATIONS - 1)
    for client in (sdk.Client, sdk.AsyncClient):
        doc = client.cancel_all_orders_v1.__doc__ or ""
        assert "`cancel_all_orders`" in doc


def _arguments(sdk: Any, api: Api, name: str) -> tuple[list[Any], dict[str, Any]]:
    """Valid call arguments for operation `name`, from generator.sdk.examples, by attribute."""
    source = next(op for op in api.operations if op.slug == name)
    values = request_example(source, load_config(SEED_CONFIG))
    operation = sdk.OPERATIONS[name]
    if operation.body == "array":
        return [values["items"]], {}
    fields = operation.request_model.model_fields
    attr = {(info.alias or a): a for a, info in fields.items()}
    return [], {attr[wire]: value for wire, value in values.items()}


class FakeKucoin:
    """An httpx transport answering every call with an empty success envelope of the shape
    the current operation documents (a list or an object)."""

    def __init__(self) -> None:
        self.operation: Any = None
        self.calls: list[tuple[str, str]] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.calls.append((request.method, request.url.path))
        assert request.method == self.operation.method
        listed = typing.get_origin(self.operation.response_type) is list
        return httpx.Response(200, json={"code": "200000", "data": [] if listed else {}})


def test_no_method_warns_of_deprecation_since_the_page_deprecates_none(sdk: Any, api: Api) -> None:
    assert not any(op.deprecated for op in api.operations)
    fake = FakeKucoin()
    transport = httpx.MockTransport(fake.handle)
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        with sdk.Client(transport=transport, max_retries=0) as client:
            for name, operation in sdk.OPERATIONS.items():
                fake.operation = operation
                args, kwargs = _arguments(sdk, api, name)
                getattr(client, name)(*args, **kwargs)

        async def every_async_method() -> None:
            async with sdk.AsyncClient(transport=transport, max_retries=0) as client:
                for name, operation in sdk.OPERATIONS.items():
                    fake.operation = operation
                    args, kwargs = _arguments(sdk, api, name)
                    await getattr(client, name)(*args, **kwargs)

        asyncio.run(every_async_method())
    assert len(fake.calls) == 2 * SEED_OPERATIONS


# --- config errors --------------------------------------------------------------------------


def write_config(tmp_path: Path, text: str) -> Path:
    # A config extends files in its own folder only: the seed's config goes beside it.
    shutil.copyfile(SEED_CONFIG, tmp_path / "seed.yaml")
    path = tmp_path / "bad.yaml"
    path.write_text(f"extends: seed.yaml\n{text}", encoding="utf-8")
    return path


CONFIG_ERRORS = {
    "unknown operation": ("operations:\n  place_bet: {}\n", "place_bet"),
    "rule naming an unknown field": (
        "rule_sets:\n  bad: [{when_set: stopLoss, require: [price]}]\n"
        "operations:\n  add_order: {rules: bad}\n",
        "stopLoss",
    ),
    "unknown key": ("colour: blue\n", "colour"),
}


def config_error(tmp_path: Path, case: str) -> tuple[Path, str]:
    if case == "missing file":
        return tmp_path / "nowhere.yaml", "not found"
    if case == "invalid YAML":
        path = tmp_path / "broken.yaml"
        path.write_text("package: {name: [unclosed\n", encoding="utf-8")
        return path, "not valid YAML"
    text, needle = CONFIG_ERRORS[case]
    return write_config(tmp_path, text), needle


ALL_CONFIG_ERRORS = ["missing file", "invalid YAML", *CONFIG_ERRORS]


@pytest.mark.parametrize("case", ALL_CONFIG_ERRORS)
def test_a_bad_config_is_a_parse_error_naming_the_config_file(
    tmp_path: Path, api: Api, case: str
) -> None:
    path, needle = config_error(tmp_path, case)
    with pytest.raises(ParseError) as caught:
        build_plan(api, load_config(path))
    assert caught.value.location.file == str(path)
    assert str(caught.value).startswith(f"{path}:")
    assert needle in caught.value.message


@pytest.mark.parametrize(
    ("case", "key"),
    [
        ("unknown operation", "place_bet:"),
        ("rule naming an unknown field", "add_order:"),
        ("unknown key", "colour:"),
    ],
)
def test_a_config_error_is_at_the_line_of_the_key_it_is_about(
    tmp_path: Path, api: Api, case: str, key: str
) -> None:
    path, _ = config_error(tmp_path, case)
    with pytest.raises(ParseError) as caught:
        build_plan(api, load_config(path))
    lines = path.read_text(encoding="utf-8").splitlines()
    line = next(number for number, text in enumerate(lines, 1) if text.strip().startswith(key))
    assert caught.value.location.line == line


@pytest.mark.parametrize("case", ["missing file", "invalid YAML", "unknown key"])
def test_a_config_that_cannot_be_loaded_raises_config_error(tmp_path: Path, case: str) -> None:
    path, _ = config_error(tmp_path, case)
    with pytest.raises(ConfigError):
        load_config(path)


@pytest.mark.parametrize("case", ALL_CONFIG_ERRORS)
def test_the_cli_reports_a_bad_config_as_one_line_and_exit_code_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    path, needle = config_error(tmp_path, case)
    out = tmp_path / "out"
    status = main(["generate", str(SEED), "--out", str(out), "--config", str(path)])
    captured = capsys.readouterr()
    assert status == 2
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith(f"{path}:") and ": error: " in lines[0] and needle in lines[0]
    assert not out.exists()


def test_configured_bounds_reach_fields_of_nested_request_objects(sdk: Any) -> None:
    """clientOid is at most 40 characters wherever it appears, also inside clientOidsList."""
    import importlib

    item = importlib.import_module(f"{sdk.__name__}.models").BatchCancelOrdersClientOids
    item.model_validate({"symbol": "XBTUSDTM", "clientOid": "x" * 40})
    with pytest.raises(sdk.KucoinRequestValidationError, match="at most 40"):
        item.model_validate({"symbol": "XBTUSDTM", "clientOid": "x" * 41})
