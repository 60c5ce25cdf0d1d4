"""The tables are a second source for every body and response schema.

Widdershins prints each schema twice: as raw JSON (cut to `{}` below its depth limit) and as
`»` table rows. The parser fills what only the table knows into the JSON schema, keeps the
JSON where both know a fact, and warns (table row line, JSON line) where they disagree. It
also turns Markdown text back into the author's text: prose unwrapped, table escapes undone.

Pages are the real ones in tests/data/pages, edited in memory where a test needs a
disagreement; expected lines and texts are read off the page text, not typed in.
"""

from __future__ import annotations

import pytest

from generator.diagnostics import ParseWarning
from generator.ir.model import Api, Operation, Schema
from generator.read.parse import ParseResult, parse_page
from tests.support.editable_page import EditablePage

ORDER = "futures-order.md"
MARKET = "futures-market.md"
POSITIONS = "futures-positions.md"
FUNDING_FEES = "futures-fundingfees.md"
FILE = "edited-page.md"


def parse(page: EditablePage) -> ParseResult:
    return parse_page(FILE, page.text)


def operation(api: Api, summary: str) -> Operation:
    matches = [op for op in api.operations if op.summary == summary]
    assert len(matches) == 1, summary
    return matches[0]


def body_property(api: Api, summary: str, name: str) -> Schema:
    op = operation(api, summary)
    assert op.request_body is not None
    found = op.request_body.schema.find_property(name)
    assert found is not None, name
    return found


def order_list_item(api: Api) -> Schema:
    """The schema of one order in Get Order List's `data.items`."""
    response = operation(api, "Get Order List").response("200")
    assert response is not None and response.schema is not None
    data = response.schema.find_property("data")
    assert data is not None
    items = data.find_property("items")
    assert items is not None and items.type == "array" and items.items is not None
    return items.items


def only_warning(result: ParseResult) -> ParseWarning:
    assert len(result.warnings) == 1, result.warnings
    return result.warnings[0]


# --- the real pages -------------------------------------------------------------------------


@pytest.mark.parametrize("name", [ORDER, MARKET, POSITIONS, FUNDING_FEES])
def test_real_pages_parse_without_any_warning(name: str) -> None:
    result = parse(EditablePage(name))

    assert result.warnings == ()
    assert result.api.operations


# --- filling the depth limit ----------------------------------------------------------------


def test_depth_limited_json_members_take_type_and_description_from_the_table() -> None:
    page = EditablePage(MARKET)
    # Precondition: the JSON really printed these members as `{}` (Widdershins' depth limit).
    for name in ("exchange", "price", "weight"):
        page.find_in("Get Spot Index Price", f'"{name}": {{}}', after="> 200 Response")

    result = parse(page)

    response = operation(result.api, "Get Spot Index Price").response("200")
    assert response is not None and response.schema is not None
    data = response.schema.find_property("data")
    assert data is not None
    data_list = data.find_property("dataList")
    assert data_list is not None and data_list.items is not None
    decomposion = data_list.items.find_property("decomposionList")
    assert decomposion is not None and decomposion.type == "array"
    assert decomposion.description == "Component List"
    member = decomposion.items
    assert member is not None
    assert member.type == "object"
    assert member.required == ("exchange", "price", "weight")
    found = {name: member.find_property(name) for name in ("exchange", "price", "weight")}
    assert {name: (s.type, s.description) for name, s in found.items() if s} == {
        "exchange": ("string", "Exchange"),
        "price": ("number", "Price"),
        "weight": ("number", "Weight"),
    }
    assert result.warnings == ()


def test_field_only_in_the_table_is_added_with_a_warning() -> None:
    page = EditablePage(ORDER)
    root = page.find_in("Add Order", "{", after="> Body parameter")
    last_row = page.find_in("Add Order", "| » valueQty ")
    page.insert_after(last_row, "| » note | body | string | true | A note the JSON lacks |")
    row = last_row + 1

    result = parse(page)

    warning = only_warning(result)
    assert warning.location.line == row
    assert warning.other is not None and warning.other.line == root
    assert "'note'" in warning.message
    assert "not in the JSON schema" in warning.message
    note = body_property(result.api, "Add Order", "note")
    assert (note.type, note.description) == ("string", "A note the JSON lacks")
    body = operation(result.api, "Add Order").request_body
    assert body is not None and "note" in body.schema.required


# --- disagreements: the JSON wins, a warning names both lines -------------------------------


def test_body_row_type_that_disagrees_with_json_warns_and_keeps_the_json_type() -> None:
    page = EditablePage(ORDER)
    row = page.find_in("Add Order", "| » leverage      | body | integer |")
    json_line = page.find_in("Add Order", '"leverage": {', after="> Body parameter")
    page.replace(row, "| integer |", "| string  |")

    result = parse(page)

    warning = only_warning(result)
    assert warning.location.file == FILE
    assert warning.location.line == row
    assert warning.other is not None
    assert warning.other.line == json_line
    assert "'leverage'" in warning.message
    assert "'string' in the table" in warning.message
    assert "'integer' in the JSON schema" in warning.message
    assert body_property(result.api, "Add Order", "leverage").type == "integer"


def test_response_row_format_that_disagrees_with_json_warns_and_keeps_the_json_format() -> None:
    page = EditablePage(ORDER)
    row = page.find_in(
        "Get Order List", "| »»» createdAt ", after='id="get-order-list-responseschema"'
    )
    json_line = page.find_in("Get Order List", '"createdAt": {', after="> 200 Response")
    page.replace(row, "| integer(int64) |", "| integer        |")

    result = parse(page)

    warning = only_warning(result)
    assert warning.location.line == row
    assert warning.other is not None and warning.other.line == json_line
    assert "'createdAt'" in warning.message
    assert "'integer(int64)' in the JSON schema" in warning.message
    created = order_list_item(result.api).find_property("createdAt")
    assert created is not None
    assert (created.type, created.format) == ("integer", "int64")


def test_body_row_description_that_disagrees_with_json_warns_and_keeps_the_json_text() -> None:
    page = EditablePage(ORDER)
    row = page.find_in("Add Order", "| » remark        | body |")
    json_line = page.find_in("Add Order", '"remark": {', after="> Body parameter")
    old = "Remark for the order: Length cannot exceed 100 utf8 characters"
    page.replace(row, old, "Something else entirely")

    result = parse(page)

    warning = only_warning(result)
    assert warning.location.line == row
    assert warning.other is not None and warning.other.line == json_line
    assert "'remark' is described differently" in warning.message
    assert "'Something else entirely'" in warning.message
    assert repr(old) in warning.message
    assert body_property(result.api, "Add Order", "remark").description == old


def test_body_row_required_flag_that_disagrees_with_json_warns_and_keeps_the_json_flag() -> None:
    page = EditablePage(ORDER)
    row = page.find_in("Add Order", "| » side          | body | string  | true ")
    # `required` is a fact of the enclosing object: the body's root `{`.
    root = page.find_in("Add Order", "{", after="> Body parameter")
    page.replace(row, "| true     |", "| false    |")

    result = parse(page)

    warning = only_warning(result)
    assert warning.location.line == row
    assert warning.other is not None and warning.other.line == root
    assert "'side' is required=False in the table but required=True in the JSON" in (
        warning.message
    )
    body = operation(result.api, "Add Order").request_body
    assert body is not None
    assert body.schema.required == ("clientOid", "symbol", "side", "leverage")


def test_body_enum_that_disagrees_with_json_warns_and_keeps_the_json_values() -> None:
    page = EditablePage(ORDER)
    first = page.find_in("Add Order", "| » side          | buy ", after="#### Enumerated Values")
    second = page.find_in("Add Order", "| » side          | sell ", after="#### Enumerated Values")
    json_line = page.find_in("Add Order", '"side": {', after="> Body parameter")
    page.replace(second, "| sell     |", "| hold     |")

    result = parse(page)

    warning = only_warning(result)
    assert warning.location.line == first
    assert warning.other is not None and warning.other.line == json_line
    assert "enum of 'side' lists ['buy', 'hold'] in the table" in warning.message
    assert "['buy', 'sell'] in the JSON schema" in warning.message
    side = body_property(result.api, "Add Order", "side")
    assert [value.value for value in side.enum] == ["buy", "sell"]


def test_response_enum_that_disagrees_with_json_warns_and_keeps_the_json_values() -> None:
    page = EditablePage(ORDER)
    anchor = 'id="get-order-list-responseschema"'
    first = page.find_in("Get Order List", "| stop          | down ", after=anchor)
    empty = page.find_in("Get Order List", "| stop          |       |", after=anchor)
    json_line = page.find_in("Get Order List", '"stop": {', after="> 200 Response")
    page.replace(empty, "|       |", "| never |")

    result = parse(page)

    warning = only_warning(result)
    assert warning.location.line == first
    assert warning.other is not None and warning.other.line == json_line
    assert "['down', 'up', 'never'] in the table" in warning.message
    assert "['down', 'up', ''] in the JSON schema" in warning.message
    stop = order_list_item(result.api).find_property("stop")
    assert stop is not None
    assert [value.value for value in stop.enum] == ["down", "up", ""]


def test_empty_enum_cell_in_response_enumerated_values_survives_as_empty_string() -> None:
    page = EditablePage(ORDER)
    anchor = 'id="get-order-list-responseschema"'
    stop_rows = [
        page.cells(number)
        for number in range(
            page.find_in("Get Order List", "| Property ", after=anchor),
            page.section_end("Get Order List") + 1,
        )
        if page.line(number).startswith("| stop ")
    ]
    assert stop_rows == [["stop", "down"], ["stop", "up"], ["stop", ""]]

    result = parse(page)

    item = order_list_item(result.api)
    stop = item.find_property("stop")
    stop_price_type = item.find_property("stopPriceType")
    assert stop is not None and stop_price_type is not None
    assert [value.value for value in stop.enum] == ["down", "up", ""]
    assert [value.value for value in stop_price_type.enum] == ["TP", "MP", "IP", ""]
    assert result.warnings == ()


def test_response_enum_of_a_depth_limited_field_is_taken_from_the_table() -> None:
    page = EditablePage(MARKET)
    last_row = page.find_in(
        "Get Spot Index Price", "| »» hasMore ", after='id="get-spot-index-price-responseschema"'
    )
    page.insert_after(
        last_row,
        "",
        "#### Enumerated Values",
        "",
        "| Property | Value   |",
        "| -------- | ------- |",
        "| exchange | binance |",
        "| exchange | okx     |",
    )

    result = parse(page)

    response = operation(result.api, "Get Spot Index Price").response("200")
    assert response is not None and response.schema is not None
    data = response.schema.find_property("data")
    assert data is not None
    data_list = data.find_property("dataList")
    assert data_list is not None and data_list.items is not None
    decomposion = data_list.items.find_property("decomposionList")
    assert decomposion is not None and decomposion.items is not None
    exchange = decomposion.items.find_property("exchange")
    assert exchange is not None
    assert exchange.type == "string"
    assert [value.value for value in exchange.enum] == ["binance", "okx"]
    assert result.warnings == ()


# --- descriptions: the author's text back ---------------------------------------------------


def test_operation_description_is_unwrapped_to_one_line_with_single_spaces() -> None:
    page = EditablePage(ORDER)
    first = page.find_in("Add Order", "Place order in the futures trading system.")
    wrapped = page.paragraph_after(first)
    assert len(wrapped) > 1  # Prettier wrapped it: the test is about undoing that.

    result = parse(page)

    description = operation(result.api, "Add Order").description
    assert description == " ".join(line.strip() for line in wrapped)
    assert "\n" not in description
    assert "two major types of order: Limit and market." in description


def test_detailed_description_with_a_wrapped_markdown_link_keeps_the_link() -> None:
    page = EditablePage(MARKET)
    first = page.find_in("Get Ticker", "**symbol**:", after="#### Detailed descriptions")
    wrapped = page.paragraph_after(first)
    assert len(wrapped) == 2 and wrapped[1].startswith("[Get Symbol endpoint")

    result = parse(page)

    (symbol,) = operation(result.api, "Get Ticker").parameters
    assert symbol.description == (
        "Symbol of the contract. Please refer to "
        "[Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)"
    )
    assert symbol.description == " ".join(wrapped).removeprefix("**symbol**: ")


def test_detailed_description_gives_the_full_multi_line_parameter_description() -> None:
    page = EditablePage(POSITIONS)
    summary = "Get Cross Margin Risk Limit"
    row = page.find_in(summary, "| totalMargin | query |")
    first = page.find_in(summary, "**totalMargin**:", after="#### Detailed descriptions")
    wrapped = page.paragraph_after(first)
    assert len(wrapped) == 4

    result = parse(page)

    parameters = {p.name: p for p in operation(result.api, summary).parameters}
    total_margin = parameters["totalMargin"]
    assert total_margin.description == (
        "The position opening amount, in the contract's settlement currency. Defaults to "
        "10,000 in margin currency for max position calculation. For USDT/USDC, it's 10,000 "
        "USD; for others, it's 10,000 divided by the token's USDT price."
    )
    assert total_margin.description == " ".join(w.strip() for w in wrapped).removeprefix(
        "**totalMargin**: "
    )
    # The table cell holds only the first line; the detailed text replaced it.
    assert (
        page.cells(row)[4] == "The position opening amount, in the contract's settlement currency."
    )
    assert parameters["leverage"].description == (
        "Calculates the max position size at the specified leverage. "
        "Defaults to the symbol\u2019s max cross leverage."
    )


def test_detailed_description_over_two_paragraphs_keeps_both_separated_by_a_blank_line() -> None:
    page = EditablePage(POSITIONS)
    summary = "Get Cross Margin Risk Limit"
    first = page.find_in(summary, "**totalMargin**:", after="#### Detailed descriptions")
    split = page.find("For USDT/USDC, it's 10,000 USD;", after=first)
    page.insert_after(split - 1, "")  # the entry now runs over two paragraphs

    result = parse(page)

    parameters = {p.name: p for p in operation(result.api, summary).parameters}
    assert parameters["totalMargin"].description == (
        "The position opening amount, in the contract's settlement currency. Defaults to "
        "10,000 in margin currency for max position calculation.\n\n"
        "For USDT/USDC, it's 10,000 USD; for others, it's 10,000 divided by the token's "
        "USDT price."
    )
    assert result.warnings == ()


def test_detailed_description_equal_to_the_cell_is_used_as_is() -> None:
    result = parse(EditablePage(POSITIONS))

    parameters = {p.name: p for p in operation(result.api, "Get Max Open Size").parameters}
    assert parameters["price"].description == "Order Price"
    assert parameters["leverage"].description == "Leverage"


def test_seed_client_oid_description_has_a_plain_underscore() -> None:
    page = EditablePage(ORDER)
    row = page.find_in("Add Order", "| » clientOid     | body |")
    assert "underline(\\_)" in page.line(row)

    result = parse(page)

    description = body_property(result.api, "Add Order", "clientOid").description
    assert description is not None
    assert "underline(_)" in description
    assert "\\" not in description
    assert result.warnings == ()


def test_table_escapes_are_undone_when_the_description_comes_from_the_table() -> None:
    page = EditablePage(ORDER)
    object_line = page.find_in("Add Order", '"clientOid": {', after="> Body parameter")
    description_line = page.find('"description": "Unique order ID', after=object_line)
    assert description_line == object_line + 2
    page.delete(description_line)  # now only the table describes clientOid
    row = page.find_in("Add Order", "| » clientOid     | body |")

    result = parse(page)

    assert result.warnings == ()
    description = body_property(result.api, "Add Order", "clientOid").description
    assert description == page.cells(row)[4].replace("\\_", "_")
    assert description == (
        "Unique order ID created by users to identify their orders. The maximum length "
        "cannot exceed 40, e.g. UUID only allows numbers, characters, underline(_), and "
        "separator (-)."
    )


def test_escaped_asterisk_in_a_response_cell_is_undone() -> None:
    page = EditablePage(ORDER)
    object_line = page.find_in("Get Order List", '"avgDealPrice": {', after="> 200 Response")
    assert page.line(object_line + 1).strip() == '"type": "string",'
    assert page.line(object_line + 2).strip().startswith('"description": "Average')
    assert page.line(object_line + 3).strip() == "},"
    page.delete(object_line + 2)  # the last key: drop the comma before it too
    page.replace(object_line + 1, '"string",', '"string"')
    row = page.find_in(
        "Get Order List", "| »»» avgDealPrice ", after='id="get-order-list-responseschema"'
    )
    assert "lots \\* multiplier" in page.line(row)

    result = parse(page)

    avg = order_list_item(result.api).find_property("avgDealPrice")
    assert avg is not None and avg.description is not None
    assert avg.description.endswith("Transaction quantity = lots * multiplier")
    assert result.warnings == ()


# --- JSON values in the IR ------------------------------------------------------------------


def test_object_valued_example_is_a_plain_dict_in_the_ir() -> None:
    page = EditablePage(ORDER)
    object_line = page.find_in("Add Order", '"clientOid": {', after="> Body parameter")
    example = page.find('"example": ["5c52e11203aa677f33e493fb"]', after=object_line)
    page.replace(example, '["5c52e11203aa677f33e493fb"]', '{"id": "5c52e11203aa677f33e493fb"}')

    result = parse(page)

    client_oid = body_property(result.api, "Add Order", "clientOid")
    assert client_oid.example == {"id": "5c52e11203aa677f33e493fb"}
    assert type(client_oid.example) is dict
