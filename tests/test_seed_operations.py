"""The seed page, checked against facts a person read off it
(tests/support/seed_expectations.py)."""

from __future__ import annotations

import pytest

from generator.ir.model import Operation
from generator.read.parse import ParseResult, parse_file
from tests.support.pages import SEED
from tests.support.seed_expectations import SEED_OPERATIONS


@pytest.fixture(scope="module")
def seed() -> ParseResult:
    return parse_file(SEED)


def test_seed_has_the_eighteen_operations_in_page_order(seed: ParseResult) -> None:
    found = [(op.summary, op.method, op.path) for op in seed.api.operations]
    expected = [(summary, method, path) for summary, method, path, *_ in SEED_OPERATIONS]
    assert found == expected
    assert len(found) == 18


@pytest.mark.parametrize("expected", SEED_OPERATIONS, ids=[entry[0] for entry in SEED_OPERATIONS])
def test_seed_operation_parameters_match_the_page(seed: ParseResult, expected: tuple) -> None:  # type: ignore[type-arg]
    summary, method, path, path_params, query_params, has_body = expected
    operation = _find(seed.api.operations, method, path)
    assert operation.summary == summary
    assert [(p.name, p.required) for p in operation.path_parameters] == list(path_params)
    assert [
        (p.name, p.required, tuple(v.value for v in p.schema.enum))
        for p in operation.query_parameters
    ] == list(query_params)
    assert (operation.request_body is not None) == has_body


def test_seed_parses_without_warnings(seed: ParseResult) -> None:
    assert seed.warnings == ()


def test_api_identity_comes_from_the_page(seed: ParseResult) -> None:
    assert (seed.api.title, seed.api.version, seed.api.group) == ("futures", "1.0.0", "order")


def test_slugs_are_snake_case_summaries(seed: ParseResult) -> None:
    slugs = {op.summary: op.slug for op in seed.api.operations}
    assert slugs["Cancel All Orders - V1"] == "cancel_all_orders_v1"
    assert slugs["Get Order By OrderId"] == "get_order_by_order_id"
    assert slugs["Add Take Profit And Stop Loss Order"] == "add_take_profit_and_stop_loss_order"
    assert len(set(slugs.values())) == len(slugs)


def test_int64_type_cells_split_into_type_and_format(seed: ParseResult) -> None:
    get_order_list = _find(seed.api.operations, "GET", "/api/v1/orders")
    start_at = next(p for p in get_order_list.parameters if p.name == "startAt")
    assert (start_at.schema.type, start_at.schema.format) == ("integer", "int64")


def test_top_level_array_body_is_kept_as_an_array(seed: ParseResult) -> None:
    batch = _find(seed.api.operations, "POST", "/api/v1/orders/multi")
    assert batch.request_body is not None
    body = batch.request_body.schema
    assert body.type == "array" and body.items is not None
    assert body.items.required == ("clientOid", "symbol", "side", "leverage")


def test_delete_with_a_body_keeps_its_nested_array_of_objects(seed: ParseResult) -> None:
    batch_cancel = _find(seed.api.operations, "DELETE", "/api/v1/orders/multi-cancel")
    assert batch_cancel.request_body is not None
    client_oids = batch_cancel.request_body.schema.find_property("clientOidsList")
    assert client_oids is not None and client_oids.items is not None
    assert [p.name for p in client_oids.items.properties] == ["symbol", "clientOid"]
    assert client_oids.items.required == ("symbol", "clientOid")


def test_enum_values_keep_their_x_api_enum_names_and_descriptions(seed: ParseResult) -> None:
    add_order = seed.api.operations[0]
    assert add_order.request_body is not None
    stop_price_type = add_order.request_body.schema.find_property("stopPriceType")
    assert stop_price_type is not None
    first = stop_price_type.enum[0]
    assert (first.value, first.name) == ("TP", "trade price")
    assert first.description is not None and first.description.startswith("TP for trade price")


def test_response_schema_is_the_documented_envelope(seed: ParseResult) -> None:
    add_order = seed.api.operations[0]
    response = add_order.response("200")
    assert response is not None and response.schema is not None
    assert [p.name for p in response.schema.properties] == ["code", "data"]
    data = response.schema.find_property("data")
    assert data is not None and data.required == ("orderId", "clientOid")


def _find(operations: tuple[Operation, ...], method: str, path: str) -> Operation:
    matches = [op for op in operations if (op.method, op.path) == (method, path)]
    assert len(matches) == 1, f"{method} {path}"
    return matches[0]
