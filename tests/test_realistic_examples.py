"""Fixtures and README examples read like an exchange's data: a price is a numeric text, a
currency a code, a time plausible milliseconds, an id id-shaped; the page's own examples come
first, bounds and patterns still hold, and a limit order's example states its price.

tests/data/examples/orders.md has fields with no example of their own (and no config): the
ticker's `bestBid` was `bestBid-0001`, its `feeCurrency` `1.5`, its `sequence` `sequence`; its
add_order example was a limit order without a price.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from generator.config import Config, load_config, package_for
from generator.diagnostics import SourceLocation
from generator.ir.model import Api, Operation, Schema
from generator.ir.values import value_problem
from generator.read.parse import parse_file
from generator.sdk.compose import build_plan
from generator.sdk.examples import example_value
from generator.sdk.generate import generate_files
from generator.sdk.plan_model import SdkPlan
from tests.support.pages import DEFAULTS, REPO

ORDERS = REPO / "tests" / "data" / "examples" / "orders.md"
TEST_PAGES = sorted(
    page
    for folder in ("pages", "edge", "examples", "readme")
    for page in (REPO / "tests" / "data" / folder).glob("*.md")
)

MILLISECONDS = range(1_500_000_000_000, 2_000_000_000_000)
"""2017 to 2033."""
OBJECT_ID = re.compile(r"[0-9a-f]{24}")
UUID_LIKE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
CURRENCY = re.compile(r"[A-Z]{2,6}")


def numeric_text(value: Any) -> bool:
    return isinstance(value, str) and re.fullmatch(r"[0-9]+(\.[0-9]+)?", value) is not None


def page_config(page: Path, api: Api) -> Config:
    """The page's own config beside it, else the shared defaults, named after the page."""
    own = page.with_suffix(".yaml")
    config = load_config(own if own.exists() else DEFAULTS)
    if own.exists() and config.package is not None:
        return config
    name = "examples_" + page.stem.replace("-", "_")
    package = package_for(config, api.title, api.version, name, SourceLocation(str(page), 1))
    return replace(config, package=package)


def planned(page: Path) -> tuple[Api, SdkPlan]:
    api = parse_file(page).api
    return api, build_plan(api, page_config(page, api))


@pytest.fixture(scope="module")
def orders() -> dict[str, dict[str, Any]]:
    """The fixtures of tests/data/examples/orders.md, by operation."""
    _, plan = planned(ORDERS)
    return {op.name: dict(op.example) for op in plan.operations}


# --- by the field's name -----------------------------------------------------------------


def test_prices_sizes_and_fees_are_numeric_text_or_numbers_as_typed() -> None:
    for name in ("price", "bestBid", "bestBidSize", "funds", "takerFee", "makerFeeRate"):
        assert numeric_text(example_value(name, Schema(type="string"))), name
    assert isinstance(example_value("markPrice", Schema(type="number")), (int, float))
    assert isinstance(example_value("size", Schema(type="integer")), int)


def test_a_currency_is_a_code_and_a_symbol_a_pair() -> None:
    for name in ("currency", "feeCurrency", "baseCurrency", "settle_currency"):
        value = example_value(name, Schema(type="string"))
        assert isinstance(value, str) and CURRENCY.fullmatch(value), (name, value)
    assert example_value("symbol", Schema(type="string")) == "BTC-USDT"


def test_times_are_plausible_milliseconds() -> None:
    for name in ("time", "createdAt", "lastUpdatedAt", "timestamp", "ts", "startAt"):
        value = example_value(name, Schema(type="integer", format="int64"))
        assert isinstance(value, int) and value in MILLISECONDS, (name, value)
    text = example_value("createdAt", Schema(type="string"))
    assert isinstance(text, str) and text.isdigit() and int(text) in MILLISECONDS


def test_ids_are_id_shaped() -> None:
    for name in ("id", "orderId", "tradeId", "order-id", "orderNo"):
        value = example_value(name, Schema(type="string"))
        assert isinstance(value, str) and OBJECT_ID.fullmatch(value), (name, value)
    client = example_value("clientOid", Schema(type="string"))
    assert isinstance(client, str) and UUID_LIKE.fullmatch(client)


def test_sequences_counts_and_pages_are_small_or_numeric_as_typed() -> None:
    assert numeric_text(example_value("sequence", Schema(type="string")))
    assert isinstance(example_value("sequence", Schema(type="integer")), int)
    assert example_value("currentPage", Schema(type="integer")) == 1
    page_size = example_value("pageSize", Schema(type="integer"))
    assert isinstance(page_size, int) and 1 <= page_size <= 100
    assert example_value("hidden", Schema(type="boolean")) is False


def test_a_name_is_read_by_its_last_word_not_by_what_it_contains() -> None:
    # Was: `bestBid` (ending in "id") an id, `feeCurrency` (holding "fee") the number 1.5.
    assert example_value("bestBid", Schema(type="string")) != "bestBid-0001"
    assert not numeric_text(example_value("feeCurrency", Schema(type="string")))
    assert numeric_text(example_value("bestBid", Schema(type="string")))


def test_bounds_and_patterns_still_hold_over_what_the_name_suggests() -> None:
    cases = [
        ("leverage", Schema(type="integer", minimum=1, maximum=2)),
        ("tradeFee", Schema(type="string", max_length=3)),
        ("startAt", Schema(type="integer", maximum=1_000_000_000_000)),
        ("funds", Schema(type="string", pattern="^[0-9]+$")),
        ("price", Schema(type="number", minimum=0, maximum=1, exclusive_maximum=True)),
        ("orderId", Schema(type="string", pattern="^[0-9]{6}$")),
    ]
    for name, schema in cases:
        value = example_value(name, schema)
        assert value_problem(value, schema) is None, (name, value)


# --- on a page -----------------------------------------------------------------------------


def test_a_page_example_wins_over_the_name_rule(orders: dict[str, dict[str, Any]]) -> None:
    ticker = orders["get_ticker"]
    # The page's add_order gives `XBTUSDTM` for a symbol, its ticker a currency `XBT`: the
    # ticker's own symbol and fee currency, which give none, take them.
    assert ticker["request"]["query"]["symbol"] == "XBTUSDTM"
    assert ticker["response"]["data"]["feeCurrency"] == "XBT"
    assert ticker["response"]["data"]["settleCurrency"] == "XBT"


def test_a_ticker_fixture_reads_like_a_ticker(orders: dict[str, dict[str, Any]]) -> None:
    data = orders["get_ticker"]["response"]["data"]

    assert data["time"] in MILLISECONDS and data["createdAt"] in MILLISECONDS
    assert numeric_text(data["sequence"]) and isinstance(data["lastSequence"], int)
    assert numeric_text(data["bestBid"]) and numeric_text(data["bestBidSize"])
    assert isinstance(data["markPrice"], (int, float)) and not isinstance(data["markPrice"], bool)
    assert OBJECT_ID.fullmatch(data["orderId"]) and UUID_LIKE.fullmatch(data["clientOid"])
    assert isinstance(data["dealCount"], int) and 0 < data["dealCount"] < 100


def test_a_limit_order_example_states_its_price_without_a_config(
    orders: dict[str, dict[str, Any]],
) -> None:
    body = orders["add_order"]["request"]["body"]

    assert body["type"] == "limit"
    assert numeric_text(body["price"]) and numeric_text(body["size"])
    assert "stopPrice" not in body  # a stop order's price is no limit order's


def test_each_limit_order_of_a_list_of_orders_states_its_price(
    orders: dict[str, dict[str, Any]],
) -> None:
    (order,) = orders["batch_add_orders"]["request"]["body"]["orderList"]

    assert order["type"] == "limit" and numeric_text(order["price"]) and numeric_text(order["size"])


def test_the_readme_example_of_a_limit_order_passes_its_price() -> None:
    api = parse_file(ORDERS).api
    readme = generate_files(api, page_config(ORDERS, api))["README.md"]

    calls = re.findall(r"client\.add_order\((.*)\)", readme)
    assert calls
    for call in calls:
        assert "type=AddOrderType.LIMIT" in call or "type=Type.LIMIT" in call, call
        assert re.search(r"\bprice=\"[0-9.]+\"", call) and re.search(r"\bsize=\"[0-9.]+\"", call)
        assert "stop_price" not in call


def test_bounds_still_hold_on_the_page(orders: dict[str, dict[str, Any]]) -> None:
    body = orders["add_order"]["request"]["body"]

    assert body["leverage"] in (1, 2)
    assert len(body["tradeFee"]) <= 3
    assert body["startAt"] <= 1_000_000_000_000
    assert re.fullmatch("[0-9]+", body["funds"])


# --- every test page -------------------------------------------------------------------------


@pytest.mark.parametrize("page", TEST_PAGES, ids=[p.stem for p in TEST_PAGES])
def test_every_fixture_of_a_test_page_fits_its_schemas(page: Path) -> None:
    api, plan = planned(page)
    assert plan.config.api.envelope is not None
    data_name = plan.config.api.envelope.data
    ops: dict[tuple[str, str], Operation] = {(op.method, op.path): op for op in api.operations}
    problems = []
    for planned_op in plan.operations:
        op = ops[(planned_op.method, planned_op.path)]
        example: Any = planned_op.example
        request = example["request"]
        for parameter in op.parameters:
            given = request[parameter.location].get(parameter.name)
            if given is None:
                assert not parameter.required, (planned_op.key, parameter.name)
                continue
            problems.append(
                (planned_op.key, parameter.name, value_problem(given, parameter.schema))
            )
        body = op.request_body.schema if op.request_body is not None else None
        if body is not None:
            # Field by field: a config's rule may make one of two required fields optional.
            for item in request["body"] if body.type == "array" else [request["body"]]:
                fields = body.items if body.type == "array" and body.items else body
                for name, value in item.items():
                    schema = fields.find_property(name)
                    problem = "undocumented" if schema is None else value_problem(value, schema)
                    problems.append((planned_op.key, name, problem))
        response = op.response("200")
        if response is not None and response.schema is not None:
            schema = response.schema.find_property(data_name) or response.schema
            data = example["response"][data_name]
            problems.append((planned_op.key, "data", value_problem(data, schema)))
    assert [p for p in problems if p[2] is not None] == []
