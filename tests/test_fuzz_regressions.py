"""Inputs the page fuzzer (tests/support/fuzzing.py, tools/fuzz.py) found that crashed the CLI or
made it print an invalid OpenAPI document. Each is now a ParseError at the line (and column, in
a JSON block) that holds the problem.

Every bad page is the real seed page with one place edited in memory, as in
test_parse_errors.py; expected lines are found by searching the edited text.
"""

from __future__ import annotations

import pytest

from generator.read.json_source import MAX_DEPTH
from generator.read.parse import parse_page
from generator.read.schema_table import MAX_ROW_DEPTH
from tests.support.editable_page import EditablePage, parse_error
from tests.support.fuzzing import run_case, run_generate_case
from tests.support.pages import PAGES_DIR, REPO

BEYOND = REPO / "tests" / "data"
"""The pages of constructs beyond KuCoin's (tests/data/beyond*/), also fuzz seeds."""


def beyond_page(name: str) -> EditablePage:
    """A page under tests/data (`beyond/security-oauth.md`), to edit."""
    return EditablePage(str(BEYOND / name))


# --- nesting deep enough to exhaust Python's recursion limit --------------------------------


def test_table_rows_nested_deeper_than_the_limit_are_an_error_at_the_first_too_deep_row() -> None:
    # Was: RecursionError out of RowMerger.merge_children (1,000 nested `»` rows).
    page = EditablePage()
    row = page.find_in("Add Order", "| »» clientOid |", after="Response Schema")
    chain = [f"|{'»' * depth} deep{depth}|object|false|none|none|" for depth in range(3, 1000)]
    page.insert_after(row, *chain)

    error = parse_error(page)

    assert error.location.line == row + MAX_ROW_DEPTH - 1  # the row nested MAX_ROW_DEPTH + 1
    assert f"nested {MAX_ROW_DEPTH + 1} deep" in error.message


def test_a_table_nested_deeply_but_within_the_limit_is_read() -> None:
    page = EditablePage()
    row = page.find_in("Add Order", "| »» clientOid |", after="Response Schema")
    chain = [f"|{'»' * d} deep{d}|object|false|none|none|" for d in range(3, MAX_ROW_DEPTH + 1)]
    page.insert_after(row, *chain)

    assert run_case(page.text, validate=False).kind == "accepted"


def test_json_nested_deeper_than_the_limit_is_an_error_at_the_bracket_that_goes_too_deep() -> None:
    # Was: "JSON nested too deeply" at the block's first line, or, nested a little less, a
    # RecursionError in whichever later stage ran out of stack first.
    page = EditablePage()
    line = page.find_in("Add Order", '"code": {', after="> 200 Response")
    page.replace(line, '"code": {', '"code": {"example": ' + "[" * 300 + "]" * 300 + ",")

    error = parse_error(page)

    # The block's root object and "properties" and "code" objects are 3 levels; the
    # (MAX_DEPTH - 2)-th bracket is the first too deep.
    bracket = page.line(line).index("[") + 1
    assert (error.location.line, error.location.column) == (line, bracket + MAX_DEPTH - 3)
    assert f"nested more than {MAX_DEPTH} levels deep" in error.message


# --- values Python's JSON reader takes but JSON (and the printed OpenAPI) cannot hold -------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("NaN", "NaN is not a JSON value"),
        ("-Infinity", "-Infinity is not a JSON value"),
        ("1e999", "number 1e999 is out of range"),
        ("1" * 5000, "is out of range"),
        ('"\\ud800"', "unpaired UTF-16 surrogate"),
    ],
    ids=["nan", "infinity", "float-overflow", "5000-digit-integer", "lone-surrogate"],
)
def test_a_json_value_outside_json_is_a_malformed_json_error_at_the_value(
    value: str, expected: str
) -> None:
    # Was: exit 0 with `NaN`/`Infinity` in the printed "JSON" (NaN, infinity, overflow), a
    # ValueError printed without a location (5000 digits), or a UnicodeEncodeError writing
    # stdout (the surrogate).
    page = EditablePage()
    line = page.find_in("Add Order", '"default": "limit",', after="> Body parameter")
    page.replace(line, '"default": "limit",', f'"example": {value}, "default": "limit",')

    error = parse_error(page)

    column = page.line(line).index('"example": ') + len('"example": ') + 1
    assert (error.location.line, error.location.column) == (line, column)
    assert error.message.startswith("malformed JSON")
    assert expected in error.message


def test_an_unpaired_surrogate_in_a_json_key_is_an_error() -> None:
    page = EditablePage()
    line = page.find_in("Add Order", '"code": {', after="> 200 Response")
    page.replace(line, '"code": {', '"code": {"x-\\udc00": 1,')

    error = parse_error(page)

    assert (error.location.line, error.location.column) == (line, page.column(line, '"x-'))
    assert "unpaired UTF-16 surrogate" in error.message


def test_a_paired_surrogate_escape_is_read_as_its_character() -> None:
    page = EditablePage()
    line = page.find_in("Add Order", '"code": {', after="> 200 Response")
    page.replace(line, '"code": {', '"code": {"example": "\\ud83d\\ude00",')

    assert run_case(page.text).kind == "accepted"


# --- schemas the printed OpenAPI document would hold but OpenAPI 3.0 forbids ----------------


def test_a_name_listed_twice_in_required_is_an_error_at_its_object() -> None:
    # Was: exit 0 with `"required": [..., "clientOid", "clientOid"]` in the OpenAPI output.
    page = EditablePage()
    line = page.find_in("Add Order", '"required": ["orderId", "clientOid"]', after="200 Response")
    page.replace(line, '"clientOid"]', '"clientOid", "orderId"]')
    data_object = page.find_in("Add Order", '"data": {', after="> 200 Response")

    error = parse_error(page)

    assert error.location.line == data_object
    assert error.message == "'required' lists 'orderId' twice"


@pytest.mark.parametrize(
    ("keyword", "expected"),
    [
        ('"multipleOf": 0', "'multipleOf' must be greater than 0"),
        ('"multipleOf": -2.5', "'multipleOf' must be greater than 0"),
        ('"pattern": "("', "'pattern' is not a regular expression"),
    ],
    ids=["multipleOf-zero", "multipleOf-negative", "pattern-unbalanced"],
)
def test_a_keyword_value_openapi_forbids_is_an_error_at_its_object(
    keyword: str, expected: str
) -> None:
    page = EditablePage()
    line = page.find_in("Add Order", '"code": {', after="> 200 Response")
    page.insert_after(line, f"      {keyword},")

    error = parse_error(page)

    assert error.location.line == line
    assert expected in error.message


def test_a_default_that_fits_its_schema_is_kept() -> None:
    page = EditablePage()
    line = page.find_in("Add Order", '"default": "limit",', after="> Body parameter")
    page.replace(line, '"default": "limit",', '"default": "market",')

    assert run_case(page.text).kind == "accepted"


# --- an operation cut short ---------------------------------------------------------------


def test_an_operation_with_no_response_is_an_error_at_its_heading() -> None:
    # Was: exit 0 with `"responses": {}`, which OpenAPI forbids (a page truncated inside the
    # last operation, before its Example responses).
    page = EditablePage()
    last = max(i + 1 for i, text in enumerate(page.lines) if text.startswith("## "))
    cut = page.find("> Example responses", after=last)
    page.lines = page.lines[: cut - 1]

    error = parse_error(page)

    assert error.location.line == last
    assert "documents no response" in error.message


def test_a_table_row_filling_a_required_field_the_json_lost_lists_it_required_once() -> None:
    # Was: exit 0 with `"required": ["orderId", "clientOid", "clientOid"]`: the JSON lists
    # clientOid as required but lost its property (5 lines deleted), and the table row that
    # filled the property in added the name to `required` a second time.
    page = EditablePage()
    start = page.find_in("Add Order", '"clientOid": {', after="> 200 Response")
    assert page.line(start + 3).strip() == "}"
    del page.lines[start - 2 : start + 3]  # the comma after orderId's `}` up to clientOid's `}`
    page.lines.insert(start - 2, "        }")

    outcome = run_case(page.text)
    result = parse_page("bad-page.md", page.text)

    assert outcome.kind == "accepted", outcome.detail
    operation = next(op for op in result.api.operations if op.slug == "add_order")
    data = operation.responses[0].schema.find_property("data")  # type: ignore[union-attr]
    assert data is not None and data.required == ("orderId", "clientOid")


def test_a_value_listed_twice_in_an_enumerated_values_table_is_kept_once() -> None:
    # Was: exit 0 with `"enum": ["active", "active", "done"]` (3 lines duplicated in the
    # Parameters' Enumerated Values table), which OpenAPI forbids; then an error. A repeated
    # value means nothing else: it is kept once, with a warning at the row that repeats it.
    page = EditablePage()
    enums = page.find_in("Get Order List", "| Parameter |", after="Enumerated Values")
    value = page.find("| status", after=enums)
    page.insert_after(value, page.line(value))

    result = parse_page("bad-page.md", page.text)

    assert [(w.location.line, w.message) for w in result.warnings] == [
        (value + 1, "enum value 'active' is listed twice; kept once")
    ]
    operation = next(op for op in result.api.operations if op.slug == "get_order_list")
    status = next(p for p in operation.parameters if p.name == "status")
    assert [option.value for option in status.schema.enum] == ["active", "done"]


def test_a_page_that_ends_inside_a_code_block_is_an_error_at_the_opening_fence() -> None:
    # Was: "malformed JSON: Expecting value" at a line after the page's last line (a page cut
    # off inside a JSON block, with no final newline).
    page = EditablePage()
    fence = page.find("```json", after=page.find("> 200 Response"))
    page.lines = page.lines[: fence + 3]
    page.lines[-1] = page.lines[-1][:5]

    error = parse_error(page)

    assert error.location.line == fence
    assert "never closed" in error.message


def test_a_responses_row_broken_in_two_is_an_error_at_the_row_with_no_status() -> None:
    # Was: exit 0 and an OpenAPI document with a response keyed '#section-6.3.1)': a line
    # break inside the row's link left a second row whose first cell is no status.
    page = EditablePage()
    row = page.find_in("Add Order", "| 200    | [OK]", after="Responses")
    page.replace(row, "rfc7231#section", "rfc7231\n#section")

    error = parse_error(page)

    assert error.location.line == row + 1
    assert "'#section-6.3.1)' is not an HTTP status code" in error.message


# --- the Authentication section -----------------------------------------------------------


def test_an_oauth2_flow_without_the_url_openapi_requires_is_an_error_at_its_flow() -> None:
    # Was: exit 0 with an implicit flow lacking `authorizationUrl` (its line deleted), which
    # OpenAPI requires.
    page = beyond_page("beyond/security-oauth.md")
    flow = page.find("- Flow: implicit")
    page.delete(page.find("Authorization URL", after=flow))

    error = parse_error(page)

    assert error.location.line == flow
    assert error.message.startswith("the implicit flow gives no Authorization URL")


def test_a_url_an_oauth2_flow_does_not_take_is_an_error_at_the_url() -> None:
    # Was: exit 0 with an implicit flow holding a `tokenUrl`, which OpenAPI forbids.
    page = beyond_page("beyond/security-oauth.md")
    url = page.find("Authorization URL", after=page.find("- Flow: implicit"))
    page.insert_after(url, "  - Token URL = [x](x)")

    error = parse_error(page)

    assert (error.location.line, error.message) == (url + 1, "the implicit flow takes no Token URL")


def test_a_url_given_twice_for_one_flow_is_an_error_at_the_second() -> None:
    # Was: exit 0, the second Token URL silently taking the first one's place.
    page = beyond_page("beyond/security-oauth.md")
    url = page.find("Token URL", after=page.find("- Flow: password"))
    page.insert_after(url, "  - Token URL = [x](x)")

    error = parse_error(page)

    assert (error.location.line, error.message) == (
        url + 1,
        "a second Token URL for the password flow",
    )


def test_an_oauth2_scheme_without_a_flow_is_an_error_at_the_scheme() -> None:
    # Was: exit 0 with `{"type": "oauth2"}`, which OpenAPI forbids (`flows` is required).
    page = beyond_page("beyond/security-keys.md")
    basic = page.find("* HTTP Authentication, scheme: basic")
    page.insert_after(basic - 1, "- oAuth2 authentication.", "")

    error = parse_error(page)

    assert (error.location.line, error.message) == (basic, "an OAuth 2 scheme without a flow")


def test_a_flow_listed_twice_is_an_error_at_the_second() -> None:
    # Was: exit 0, the second flow's URLs and scopes silently dropped by the export.
    page = beyond_page("beyond/security-oauth.md")
    flow = page.find("- Flow: password")
    page.insert_after(flow, "    - Flow: password", "")

    error = parse_error(page)

    assert (error.location.line, error.message) == (flow + 1, "the password flow is listed twice")


# --- operation headings and ids -----------------------------------------------------------


def test_an_operation_id_given_twice_is_kept_by_the_first_operation_only() -> None:
    # Was: exit 0 with two operations of one operationId, which OpenAPI forbids (an anchor
    # copied from another operation, as a page edit that copies a section does).
    page = beyond_page("beyond-artefacts/same-names.md")
    anchor = page.find('<a id="opIdlistAuthors"></a>')
    page.set(anchor, '<a id="opIdlistBooks"></a>')

    result = parse_page("bad-page.md", page.text)

    assert [op.operation_id for op in result.api.operations][:2] == ["listBooks", None]
    assert run_case(page.text).kind == "accepted"


# --- generation -----------------------------------------------------------------------------


def test_an_enum_inside_a_union_variant_gets_its_enum_class() -> None:
    # Was: KeyError out of EnumPlan.enum_for in `generate`: the enum classes were planned
    # from every schema but a union's variants (here an `anyOf` variant of a response).
    page = beyond_page("beyond-schemas/unions.md")
    any_of = page.find(
        '"anyOf": [', after=page.find("> 200 Response", after=page.section("Add Animal"))
    )
    page.replace(any_of + 2, '"type": "string"', '"type": "string", "enum": ["red", "blue"]')
    config = (BEYOND / "beyond-schemas" / "unions.yaml").read_text(encoding="utf-8")

    outcome = run_generate_case(page.text, config)

    assert outcome.kind == "accepted", f"{outcome.detail}\n{outcome.stderr}"


def test_a_page_whose_cursor_is_no_model_field_generates_without_paging() -> None:
    # Was: RuntimeError (StopIteration) out of the planner's pagination in `generate`: the
    # items of Get Private Funding History typed "array" but still listing properties, so the
    # cursor `id` the config's style takes from the last item was a property of the schema
    # but no field of any model. The operation now simply has no page walk.
    page = EditablePage("futures-fundingfees.md")
    items = page.find_in("Get Private Funding History", '"items": {', after="200 Response")
    page.replace(items + 1, '"type": "object"', '"type": "array"')
    config = (PAGES_DIR / "futures-fundingfees.yaml").read_text(encoding="utf-8")

    outcome = run_generate_case(page.text, config)

    assert outcome.kind == "accepted", f"{outcome.detail}\n{outcome.stderr}"


def test_an_enum_the_envelope_data_holds_directly_gets_its_enum_class() -> None:
    # Was: KeyError out of EnumPlan.enum_for in `generate`: the enum walk named the values of
    # a response's `data` (here its items) after `data`, the plan, which unwraps the envelope,
    # asked for them under "".
    page = beyond_page("beyond-artefacts/same-names.md")
    items = page.find_in("listAuthors", '"items": {', after="200 Response")
    page.insert_after(items, '        "enum": ["ann", "bob"],')

    outcome = run_generate_case(page.text)

    assert outcome.kind == "accepted", f"{outcome.detail}\n{outcome.stderr}"
