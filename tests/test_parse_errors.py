"""Bad input is a ParseError that names the file, the exact 1-based line (and column for
JSON) and what is wrong.

Every bad page is the real seed page (tests/data/pages/futures-order.md) with one place
edited in memory. Expected line numbers are found by searching the edited text, never typed
in by hand, so the tests keep working if the seed page is regenerated.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.read.parse import parse_page
from tests.support.cli_runner import run_in_process
from tests.support.editable_page import FILE, EditablePage, parse_error

REPO_ROOT = Path(__file__).resolve().parents[1]


def test_the_unedited_seed_page_parses() -> None:
    """The control for every test below: the errors come from the edit, not the seed."""
    result = parse_page(FILE, EditablePage().text)
    assert len(result.api.operations) == 18


# --- malformed JSON -------------------------------------------------------------------------


def test_missing_comma_in_body_parameter_json_points_at_the_token_after_it() -> None:
    page = EditablePage()
    type_line = page.find_in("Add Order", '"type": "string",', after="> Body parameter")
    assert '"clientOid": {' in page.line(type_line - 1)
    page.replace(type_line, '"type": "string",', '"type": "string"')
    # Python's JSON scanner stops at the key that should have followed a comma.
    key_line = type_line + 1
    assert page.line(key_line).strip().startswith('"description":')

    error = parse_error(page)

    assert error.location.line == key_line
    assert error.location.column == page.column(key_line, '"description"')
    assert error.message.startswith("malformed JSON")
    assert "Expecting ',' delimiter" in error.message


def test_trailing_comma_in_body_parameter_json_points_at_the_closing_bracket() -> None:
    page = EditablePage()
    line = page.find_in(
        "Add Order",
        '"required": ["clientOid", "symbol", "side", "leverage"]',
        after="> Body parameter",
    )
    page.replace(line, '"leverage"]', '"leverage",]')

    error = parse_error(page)

    assert (error.location.line, error.location.column) == (line, page.column(line, "]"))
    assert "malformed JSON" in error.message
    assert "Expecting value" in error.message


def test_malformed_json_in_a_200_response_block_points_inside_that_block() -> None:
    page = EditablePage()
    line = page.find_in("Add Order", '"required": ["orderId", "clientOid"]', after="> 200 Response")
    page.replace(line, '"orderId", "clientOid"', '"orderId" "clientOid"')

    error = parse_error(page)

    assert error.location.line == line
    assert error.location.column == page.column(line, '"clientOid"')
    assert "malformed JSON" in error.message
    assert "Expecting ',' delimiter" in error.message


def test_duplicate_key_in_a_json_schema_object_points_at_the_object_that_repeats_it() -> None:
    page = EditablePage()
    object_line = page.find_in("Add Order", '"clientOid": {', after="> Body parameter")
    page.insert_after(object_line + 1, '      "type": "integer",')
    assert page.line(object_line + 1).strip() == page.line(object_line + 2).strip().replace(
        "integer", "string"
    )

    error = parse_error(page)

    # The message says "in the object that starts here": the location is its `{`.
    assert error.location.line == object_line
    assert error.location.column == page.column(object_line, "{")
    assert "duplicate key 'type'" in error.message


# --- method line ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bad_line", "expected"),
    [
        ("`FETCH /api/v1/orders`", "`FETCH /api/v1/orders` is not `METHOD /path`"),
        ("`POST`", "`POST` is not `METHOD /path`"),
        ("`post /api/v1/orders`", "`post /api/v1/orders` is not `METHOD /path`"),
        ("`POST /api/v1/orders extra`", "is not `METHOD /path`"),
        ("`POST api/v1/orders`", "path 'api/v1/orders' must start with '/'"),
    ],
    ids=["unknown-method", "method-alone", "lowercase-method", "three-words", "no-leading-slash"],
)
def test_method_line_that_is_not_method_and_absolute_path_is_an_error(
    bad_line: str, expected: str
) -> None:
    page = EditablePage()
    line = page.find_in("Add Order", "`POST /api/v1/orders`")
    page.set(line, bad_line)

    error = parse_error(page)

    assert error.location.line == line
    assert error.location.column is None
    assert expected in error.message


def test_operation_without_method_line_reports_the_paragraph_found_in_its_place() -> None:
    page = EditablePage()
    page.set(page.find_in("Add Order", "`POST /api/v1/orders`"), "")
    description = page.find_in("Add Order", "Place order in the futures trading system.")

    error = parse_error(page)

    assert error.location.line == description
    assert "'Add Order'" in error.message
    assert "expected the method line `METHOD /path`" in error.message
    assert "Place order in the futures trading system" in error.message


def test_operation_without_method_line_or_description_reports_its_heading() -> None:
    page = EditablePage()
    page.set(page.find_in("Cancel Order By OrderId", "`DELETE /api/v1/orders/{orderId}`"), "")
    page.set(page.find_in("Cancel Order By OrderId", "Cancel order by system generated"), "")

    error = parse_error(page)

    assert error.location.line == page.section("Cancel Order By OrderId")
    assert "'Cancel Order By OrderId' has no method line" in error.message


# --- path templates and path parameters -----------------------------------------------------


def test_path_parameter_in_template_without_a_table_row_is_an_error() -> None:
    page = EditablePage()
    line = page.find_in("Cancel Order By OrderId", "`DELETE /api/v1/orders/{orderId}`")
    page.replace(line, "{orderId}`", "{orderId}/{other}`")

    error = parse_error(page)

    assert error.location.line == line
    assert "path parameter {other} has no row with In=path" in error.message


def test_path_row_whose_name_is_not_in_the_template_is_an_error_at_that_row() -> None:
    page = EditablePage()
    row = page.find_in(
        "Cancel Order By ClientOid", "| symbol    | query |", after='-parameters">Parameters'
    )
    page.replace(row, "| query |", "| path  |")

    error = parse_error(page)

    assert error.location.line == row
    assert "path parameter 'symbol' does not appear in the path template" in error.message


def test_optional_path_parameter_is_an_error_at_its_row() -> None:
    page = EditablePage()
    row = page.find_in("Cancel Order By OrderId", "| orderId | path | string | true ")
    page.replace(row, "| true     |", "| false    |")

    error = parse_error(page)

    assert error.location.line == row
    assert "path parameter 'orderId' must be required" in error.message


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/api/v1/orders/{orderId", "has an unbalanced '{' or '}'"),
        ("/api/v1/orders/orderId}", "has an unbalanced '{' or '}'"),
        ("/api/v1/orders/{}/{orderId}", "has an empty or invalid parameter {}"),
        # A name twice and a `#` are paths OpenAPI allows: tests/test_beyond_artefacts.py.
        ("/api/v1/orders/{orderId}?x=1", "must not contain a query"),
    ],
    ids=[
        "unclosed-brace",
        "unopened-brace",
        "empty-braces",
        "query",
    ],
)
def test_impossible_path_template_is_an_error_at_the_method_line(path: str, expected: str) -> None:
    page = EditablePage()
    line = page.find_in("Cancel Order By OrderId", "`DELETE /api/v1/orders/{orderId}`")
    page.replace(line, "/api/v1/orders/{orderId}", path)

    error = parse_error(page)

    assert error.location.line == line
    assert f"path {path!r}" in error.message
    assert expected in error.message


def test_two_operations_with_the_same_method_and_path_name_the_first_one() -> None:
    page = EditablePage()
    first = page.find_in("Add Order", "`POST /api/v1/orders`")
    second = page.find_in("Add Order Test", "`POST /api/v1/orders/test`")
    page.replace(second, "/api/v1/orders/test", "/api/v1/orders")

    error = parse_error(page)

    assert error.location.line == second
    assert "duplicate operation POST /api/v1/orders" in error.message
    assert f"first documented at line {first}" in error.message


# --- table headers --------------------------------------------------------------------------


def test_parameters_table_with_unexpected_columns_is_an_error_at_its_header() -> None:
    page = EditablePage()
    header = page.find_in("Add Order", "| Name ", after='id="add-order-parameters"')
    page.replace(header, "| Required |", "| Needed   |")

    error = parse_error(page)

    assert error.location.line == header
    assert "Parameters table has columns" in error.message
    assert "'Needed'" in error.message
    assert "'Required'" in error.message


def test_response_schema_table_with_unexpected_columns_is_an_error_at_its_header() -> None:
    page = EditablePage()
    header = page.find_in("Add Order", "| Name ", after='id="add-order-responseschema"')
    page.replace(header, "| Restrictions |", "| Constraints  |")

    error = parse_error(page)

    assert error.location.line == header
    assert "Response Schema table has columns" in error.message
    assert "'Constraints'" in error.message
    assert "'Restrictions'" in error.message


def test_parameter_enumerated_values_table_with_unexpected_columns_is_an_error() -> None:
    page = EditablePage()
    header = page.find_in("Add Order", "| Parameter ", after="#### Enumerated Values")
    page.replace(header, "| Parameter       |", "| Field           |")

    error = parse_error(page)

    assert error.location.line == header
    assert "Enumerated Values table has columns ['Field', 'Value']" in error.message
    assert "expected ['Parameter', 'Value']" in error.message


def test_response_enumerated_values_table_with_unexpected_columns_is_an_error() -> None:
    page = EditablePage()
    header = page.find_in(
        "Get Order List", "| Property ", after='id="get-order-list-responseschema"'
    )
    page.replace(header, "| Value |", "| Val   |")

    error = parse_error(page)

    assert error.location.line == header
    assert "Enumerated Values table has columns ['Property', 'Val']" in error.message
    assert "expected ['Property', 'Value']" in error.message


# --- types, keywords, cells -----------------------------------------------------------------


def test_unknown_type_cell_in_parameters_table_is_an_error_at_its_row() -> None:
    page = EditablePage()
    row = page.find_in("Get Order List", "| startAt     | query | integer(int64) |")
    page.replace(row, "integer(int64)", "integr        ")

    error = parse_error(page)

    assert error.location.line == row
    assert "unknown type 'integr'" in error.message


def test_unknown_type_cell_in_a_body_row_is_an_error_at_its_row() -> None:
    page = EditablePage()
    row = page.find_in("Add Order", "| » leverage      | body | integer |")
    page.replace(row, "| integer |", "| int     |")

    error = parse_error(page)

    assert error.location.line == row
    assert "unknown type 'int'" in error.message


def test_unknown_type_in_a_json_schema_is_an_error_at_the_object_holding_it() -> None:
    page = EditablePage()
    object_line = page.find_in("Add Order", '"clientOid": {', after="> Body parameter")
    page.replace(object_line + 1, '"type": "string"', '"type": "strng"')

    error = parse_error(page)

    assert error.location.line == object_line
    assert "unknown type 'strng'" in error.message


def test_unknown_json_schema_keyword_is_an_error_at_the_object_holding_it() -> None:
    page = EditablePage()
    object_line = page.find_in("Add Order", '"clientOid": {', after="> Body parameter")
    page.insert_after(object_line, '      "maxLenght": 40,')

    error = parse_error(page)

    assert error.location.line == object_line
    assert "unknown schema keyword 'maxLenght'" in error.message


def test_unsupported_json_schema_keyword_ref_is_an_error_at_the_object_holding_it() -> None:
    page = EditablePage()
    object_line = page.find_in("Add Order", '"leverage": {', after="> Body parameter")
    page.insert_after(object_line, '      "$ref": "#/components/schemas/Leverage",')

    error = parse_error(page)

    assert error.location.line == object_line
    assert "schema keyword '$ref' is not supported" in error.message


@pytest.mark.parametrize(
    ("summary", "row_text", "anchor", "old", "new"),
    [
        ("Get Order List", "| status      | query |", None, "| false    |", "| no       |"),
        ("Add Order", "| » side          | body |", None, "| true     |", "| yes      |"),
        ("Add Order", "| » code ", 'id="add-order-responseschema"', "| true     |", "| True     |"),
    ],
    ids=["query-parameter", "body-field", "response-field"],
)
def test_required_cell_that_is_neither_true_nor_false_is_an_error_at_its_row(
    summary: str, row_text: str, anchor: str | None, old: str, new: str
) -> None:
    page = EditablePage()
    row = page.find_in(summary, row_text, after=anchor)
    page.replace(row, old, new)

    error = parse_error(page)

    assert error.location.line == row
    bad = new.strip("| ").strip()
    assert f"Required must be 'true' or 'false', not {bad!r}" in error.message


def test_response_row_nested_two_levels_below_its_parent_is_an_error() -> None:
    page = EditablePage()
    row = page.find_in("Add Order", "| »» orderId ", after='id="add-order-responseschema"')
    parent = page.find_in("Add Order", "| » data ", after='id="add-order-responseschema"')
    assert parent < row
    page.replace(row, "| »» orderId ", "| »»» orderId")

    error = parse_error(page)

    assert error.location.line == row
    assert "row 'orderId' is nested 3 deep" in error.message
    assert "allows at most 2" in error.message


def test_body_row_nested_two_levels_below_its_parent_is_an_error() -> None:
    page = EditablePage()
    row = page.find_in("Add Order", "| » side          | body |")
    above = page.line(row - 1)
    assert above.startswith("| » clientOid ")
    # One » deeper than the row above would make `side` a child of clientOid; two is a gap.
    page.replace(row, "| » side   ", "| »»» side ")

    error = parse_error(page)

    assert error.location.line == row
    assert "row 'side' is nested 3 deep" in error.message
    assert "allows at most 2" in error.message


# --- page-level -----------------------------------------------------------------------------


def test_page_with_no_operation_is_an_error_at_its_title() -> None:
    page = EditablePage()
    first_operation = page.section("Add Order")
    title = page.find('<h1 id="futures">futures v1.0.0</h1>', exact=True)
    page.lines = page.lines[: first_operation - 1]

    error = parse_error(page)

    assert error.location.line == title
    assert "the page documents no operation" in error.message


def test_title_without_a_version_is_an_error_at_the_title_line() -> None:
    page = EditablePage()
    title = page.find('<h1 id="futures">futures v1.0.0</h1>', exact=True)
    page.replace(title, "futures v1.0.0", "futures")

    error = parse_error(page)

    assert error.location.line == title
    assert "title 'futures'" in error.message
    assert "'TITLE vVERSION'" in error.message


# --- the command line -----------------------------------------------------------------------


def test_cli_reports_a_parse_error_as_one_line_on_stderr_with_exit_code_2(
    tmp_path: Path,
) -> None:
    page = EditablePage()
    type_line = page.find_in("Add Order", '"type": "string",', after="> Body parameter")
    page.replace(type_line, '"type": "string",', '"type": "string"')
    key_line = type_line + 1
    column = page.column(key_line, '"description"')
    path = tmp_path / "bad.md"
    path.write_text(page.text, encoding="utf-8")

    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "openapi", str(path)],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert completed.returncode == 2
    assert completed.stdout == ""
    assert "Traceback" not in completed.stderr
    lines = completed.stderr.splitlines()
    assert len(lines) == 1, completed.stderr
    assert lines[0].startswith(f"{path}:{key_line}:")
    assert lines[0].startswith(f"{path}:{key_line}:{column}: error: malformed JSON")
    assert "error:" in lines[0]


@pytest.mark.parametrize("with_config", [False, True])
def test_a_header_parameter_the_client_sets_is_an_error_at_its_row_not_in_the_config(
    tmp_path: Path, with_config: bool
) -> None:
    """A header parameter naming Accept, Content-Type or Authorization (which OpenAPI
    ignores, and the client sets itself) stops generation at its row. The error used to name
    the config at line 1 (sdkgen's built-in defaults for a page without one), not the page."""
    page = EditablePage()
    row = page.find_in("Get Order List", "| symbol ")
    page.replace(row, "| symbol      | query |", "| Accept      | header |")
    path = tmp_path / FILE
    path.write_text(page.text, encoding="utf-8")
    arguments = ["generate", FILE, "--out", "out"]
    if with_config:
        config = (
            "extends: sdkgen:defaults\n"
            "package: {name: sdk, distribution: sdk, version: 1.0.0, summary: S}\n"
        )
        path.with_suffix(".yaml").write_text(config, encoding="utf-8")
    else:
        arguments += ["--package", "sdk"]

    result = run_in_process(arguments, cwd=tmp_path)

    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        f"{FILE}:{row}: error: get_order_list: header parameter 'Accept' is one the client "
        "sets itself (OpenAPI ignores a parameter naming Accept, Content-Type or "
        "Authorization); remove its row\n"
    )
    assert not (tmp_path / "out").exists()
    # The page itself is fine: its IR keeps the parameter where the page puts it.
    ir = run_in_process(["ir", FILE], cwd=tmp_path)
    assert ir.returncode == 0 and "  - name: Accept\n    location: header\n" in ir.stdout


def test_an_array_body_beside_parameters_is_an_error_at_the_operations_heading(
    tmp_path: Path,
) -> None:
    """A top-level array body is the method's only input; beside a query parameter it used
    to be an error at line 1 of the config instead of the page."""
    text = (REPO_ROOT / "tests" / "data" / "edge" / "arrays.md").read_text(encoding="utf-8")
    body_row = "| body | body | array[object] | false    | none        |\n"
    assert text.count(body_row) == 1
    text = text.replace(
        body_row, body_row + "| tag  | query | string       | false    | none        |\n"
    )
    path = tmp_path / "arrays.md"
    path.write_text(text, encoding="utf-8")
    heading = text.splitlines().index("## Batch Add Widgets") + 1

    result = run_in_process(
        ["generate", path.name, "--package", "sdk", "--out", "out"], cwd=tmp_path
    )

    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith(f"arrays.md:{heading}: error: batch_add_widgets: a request ")
    assert "top-level array" in result.stderr and not (tmp_path / "out").exists()
