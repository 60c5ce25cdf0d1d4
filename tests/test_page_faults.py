"""Pages that contradict themselves still give a correct IR, with a located warning.

KuCoin's pages cannot be fixed by the people who generate from them, so a fact the page gets
wrong is read as well as it can be, and a warning at the page line says what was contradicted
and what sdkgen did. Each class of fault has its own small page under tests/data/faults.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openapi_spec_validator import validate

from generator.diagnostics import ParseWarning
from generator.ir.model import Api, Operation, Parameter, Schema
from generator.ir.openapi import dump_openapi
from generator.ir.snapshot import dump_api, load_api
from generator.ir.values import read_default
from generator.read.openapi import from_openapi
from generator.read.parse import ParseResult, parse_file, parse_page
from generator.release.diff import diff_apis
from tests.support.editable_page import EditablePage
from tests.support.openapi_export import validate_export

FAULTS = Path(__file__).resolve().parent / "data" / "faults"


def parse(name: str) -> ParseResult:
    return parse_file(FAULTS / name)


def operation(api: Api, summary: str) -> Operation:
    matches = [op for op in api.operations if op.summary == summary]
    assert len(matches) == 1, summary
    return matches[0]


def parameter(op: Operation, name: str) -> Parameter:
    return next(p for p in op.parameters if p.name == name)


def page_line(name: str, needle: str, *, after: str | None = None) -> int:
    """The 1-based line of the page that holds `needle` (after the line holding `after`)."""
    lines = (FAULTS / name).read_text(encoding="utf-8").split("\n")
    start = 0
    if after is not None:
        start = next(i for i, line in enumerate(lines) if after in line) + 1
    return next(i for i in range(start, len(lines)) if needle in lines[i]) + 1


def warnings_at(result: ParseResult, line: int) -> list[ParseWarning]:
    return [w for w in result.warnings if w.location.line == line]


# --- Enumerated Values after Detailed descriptions ------------------------------------------


def test_parameter_enumerated_values_after_detailed_descriptions_give_the_parameters_enums() -> (
    None
):
    result = parse("parameter-sections.md")

    assert result.warnings == ()
    op = operation(result.api, "Get Order List")
    assert [v.value for v in parameter(op, "market").schema.enum] == ["spot", "margin"]
    assert [v.value for v in parameter(op, "status").schema.enum] == ["active", "done"]
    assert [v.value for v in parameter(op, "side").schema.enum] == ["buy", "sell"]
    # The Detailed descriptions before the table still give the full description.
    assert parameter(op, "status").description == (
        "active or done, done as default. Only list orders for a specific status."
    )


# --- exclusiveMinimum / exclusiveMaximum as numbers -----------------------------------------


def body_field(api: Api, summary: str, name: str) -> Schema:
    op = operation(api, summary)
    assert op.request_body is not None
    found = op.request_body.schema.find_property(name)
    assert found is not None, name
    return found


def bounds(schema: Schema) -> tuple[object, ...]:
    return (schema.minimum, schema.exclusive_minimum, schema.maximum, schema.exclusive_maximum)


def test_numeric_exclusive_bounds_become_a_bound_and_a_flag_the_tighter_bound_winning() -> None:
    result = parse("exclusive-bounds.md")

    assert result.warnings == ()
    api = result.api
    # "minimum": 0, "exclusiveMinimum": 0 → above 0.
    assert bounds(body_field(api, "Add Order", "price")) == (0, True, None, False)
    # "exclusiveMinimum": 5 alone → above 5.
    assert bounds(body_field(api, "Add Order", "size")) == (5, True, None, False)
    # "maximum": 125, "exclusiveMaximum": 100 → below 100.
    assert bounds(body_field(api, "Add Order", "leverage")) == (1, False, 100, True)
    # "minimum": 2 beats "exclusiveMinimum": 1; "maximum": 10 beats "exclusiveMaximum": 12.
    assert bounds(body_field(api, "Add Order", "ratio")) == (2, False, 10, False)
    # The OpenAPI 3.0 form is read as before.
    assert bounds(body_field(api, "Add Order", "weight")) == (0, True, 1, False)


def test_numeric_exclusive_bounds_survive_the_yaml_snapshot_and_a_valid_openapi_export() -> None:
    api = parse("exclusive-bounds.md").api

    assert load_api(dump_api(api)) == api
    document = json.loads(dump_openapi(api))
    validate(document)
    price = document["paths"]["/api/v1/orders"]["post"]["requestBody"]["content"][
        "application/json"
    ]["schema"]["properties"]["price"]
    assert (price["minimum"], price["exclusiveMinimum"]) == (0, True)
    assert from_openapi(document) == api


def test_the_numeric_and_the_boolean_form_of_an_exclusive_bound_are_no_api_change(
    tmp_path: Path,
) -> None:
    text = (FAULTS / "exclusive-bounds.md").read_text(encoding="utf-8")
    boolean_form = '"minimum": 5,\n      "exclusiveMinimum": true'
    old_form = text.replace('"exclusiveMinimum": 5', boolean_form)
    assert old_form != text
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text(old_form, encoding="utf-8")
    new.write_text(text, encoding="utf-8")

    report = diff_apis(parse_file(old).api, parse_file(new).api)

    assert report.changes == ()


# --- a default that breaks its own schema ---------------------------------------------------


def test_a_default_that_names_an_enum_value_in_another_case_is_kept_as_written() -> None:
    result = parse("defaults.md")

    # Was: rewritten to 'main' in the IR, so the export was not what the page says.
    schema = body_field(result.api, "Add Transfer", "accountType")
    assert schema.default == "MAIN"
    assert read_default(schema) == ("main", "as its enum value")
    line = page_line("defaults.md", '"accountType": {')
    (warning,) = warnings_at(result, line)
    assert warning.message == (
        "'default' 'MAIN' is not one of the enum values; sdkgen keeps it as written, and "
        "examples read it as 'main', the enum value it names in another case"
    )


def test_a_default_written_as_another_type_is_kept_as_written() -> None:
    result = parse("defaults.md")

    schema = body_field(result.api, "Add Transfer", "notify")
    assert schema.default == "false"
    assert read_default(schema) == (False, "as its type")
    (warning,) = warnings_at(result, page_line("defaults.md", '"notify": {'))
    assert "'default' 'false' is a string, not of type 'boolean'" in warning.message
    assert warning.message.endswith("sdkgen keeps it as written, and examples read it as False")


@pytest.mark.parametrize(
    ("field", "default", "problem"),
    [
        ("marginMode", "cross_margin", "'cross_margin' is not one of the enum values"),
        ("leverage", 125, "125 is above the maximum 100"),
        ("remark", "transfer", "'transfer' is longer than 5"),
        ("clientOid", "AB", "'AB' does not match the pattern '^[a-z0-9]{4,}$'"),
        ("cancelAfter", -1, "-1 is below the minimum 0 (exclusive)"),
    ],
)
def test_a_default_that_breaks_its_schema_is_kept_with_a_warning_at_its_schema(
    field: str, default: object, problem: str
) -> None:
    # Was: dropped. The API may take it all the same (spot order's cancelAfter -1 is "never").
    result = parse("defaults.md")

    schema = body_field(result.api, "Add Transfer", field)
    assert schema.default == default
    assert read_default(schema) is None
    (warning,) = warnings_at(result, page_line("defaults.md", f'"{field}": {{'))
    assert warning.message == (
        f"'default' does not fit its schema: {problem}; sdkgen keeps it as written, and "
        "examples do not use it (an argument left unset is not sent: the server applies its "
        "own default)"
    )


def test_the_snapshot_and_the_openapi_export_keep_every_default_as_the_page_writes_it() -> None:
    api = parse("defaults.md").api

    assert load_api(dump_api(api)) == api
    document = json.loads(dump_openapi(api))
    validate_export(document)  # valid but for the page's own defaults
    properties = document["paths"]["/api/v1/transfers"]["post"]["requestBody"]["content"][
        "application/json"
    ]["schema"]["properties"]
    page = json.loads(_first_json_block(FAULTS / "defaults.md"))["properties"]
    assert {name: schema.get("default") for name, schema in properties.items()} == {
        name: schema.get("default") for name, schema in page.items()
    }
    assert from_openapi(document) == api


def _first_json_block(page: Path) -> str:
    text = page.read_text(encoding="utf-8")
    return text.split("```json\n", 1)[1].split("```", 1)[0]


@pytest.mark.parametrize(
    ("default", "reading"),
    [('"stop"', None), ("1", None), ("true", None), ('["limit"]', None), ('"LIMIT"', "limit")],
    ids=["not-in-enum", "number-for-string", "boolean-for-string", "array", "upper-case"],
)
def test_a_default_of_the_seed_that_breaks_its_schema_is_a_warning_at_its_object(
    default: str, reading: str | None
) -> None:
    # Was: the whole page rejected ("'default' does not fit its schema").
    page = EditablePage()
    line = page.find_in("Add Order", '"default": "limit",', after="> Body parameter")
    page.replace(line, '"default": "limit",', f'"default": {default},')
    type_object = page.find_in("Add Order", '"type": {', after="> Body parameter")

    result = parse_page("edited-page.md", page.text)

    (warning,) = warnings_at(result, type_object)
    assert "'default'" in warning.message
    schema = body_field(result.api, "Add Order", "type")
    assert schema.default == json.loads(default)
    assert (read_default(schema) or (None,))[0] == reading


# --- examples that are lists of examples, or break their own schema --------------------------


def test_a_list_of_several_examples_for_a_scalar_is_no_contradiction() -> None:
    result = parse("examples.md")

    assert warnings_at(result, page_line("examples.md", '"symbol": {')) == []
    # The IR keeps the page's example as written.
    assert body_field(result.api, "Add Order", "symbol").example == [
        "XBTUSDTM",
        "XBTUSDCM",
        "ETHUSDTM",
    ]


@pytest.mark.parametrize(
    ("field", "message"),
    [
        (
            "clientOid",
            "'example' 'my order #1' does not fit its schema: 'my order #1' does not match the "
            "pattern '^[A-Za-z0-9_-]{1,40}$'",
        ),
        (
            "remark",
            "'example' 'a remark that is too long' does not fit its schema: 'a remark that is "
            "too long' is longer than 10",
        ),
        ("leverage", "'example' 125 does not fit its schema: 125 is above the maximum 100"),
        ("side", "'example' 'long' does not fit its schema: 'long' is not one of the enum values"),
        ("size", "'example' '10' is not of type 'integer'; sdkgen reads it as 10"),
        ("symbols", "'example' 'XBTUSDTM' of an array is not an array; sdkgen reads it as a"),
        ("tags", "'example' ['a', 'b', 'c'] does not fit its schema: it has more than 2 items"),
    ],
)
def test_an_example_that_breaks_its_schema_warns_at_its_schema(field: str, message: str) -> None:
    result = parse("examples.md")

    (warning,) = warnings_at(result, page_line("examples.md", f'"{field}": {{'))
    assert warning.message.startswith(message), warning.message
    assert warning.location.file.endswith("examples.md")


def test_a_response_example_in_another_case_than_its_enum_value_is_read_as_that_value() -> None:
    result = parse("examples.md")

    line = page_line("examples.md", '"status": {', after="> 200 Response")
    (warning,) = warnings_at(result, line)
    assert warning.message == (
        "'example' 'OPEN' is not one of the enum values; sdkgen reads it as 'open', the enum "
        "value it names in another case"
    )


def test_a_pattern_beyond_the_checkable_subset_does_not_make_its_example_a_contradiction() -> None:
    result = parse("examples.md")

    # Its one warning: requests go unchecked against it (the example is not doubted).
    (warning,) = warnings_at(result, page_line("examples.md", '"nonce": {'))
    assert "requests are sent without checking it" in warning.message
    assert "example" not in warning.message


# --- enum values that are not of their schema's type -----------------------------------------


def enum_values(schema: Schema) -> list[object]:
    return [option.value for option in schema.enum]


def test_json_enum_values_of_another_type_are_read_as_the_values_they_write() -> None:
    result = parse("enum-types.md")
    api = result.api

    mode = body_field(api, "Set Risk Level", "mode")
    assert enum_values(mode) == ["1", "2"]
    level = body_field(api, "Set Risk Level", "level")
    assert enum_values(level) == [1, 2, 3]
    line = page_line("enum-types.md", '"mode": {')
    assert [w.message for w in warnings_at(result, line)] == [
        "enum value 1 is a number, not of type 'string'; sdkgen reads it as '1'",
        "enum value 2 is a number, not of type 'string'; sdkgen reads it as '2'",
    ]


def test_a_json_enum_value_no_value_of_its_type_is_dropped_with_a_warning() -> None:
    result = parse("enum-types.md")
    response = operation(result.api, "Get Klines").response("200")
    assert response is not None and response.schema is not None
    data = response.schema.find_property("data")
    assert data is not None

    level = data.find_property("level")
    assert level is not None and enum_values(level) == [1, 2, 3]
    interval = data.find_property("interval")
    assert interval is not None and enum_values(interval) == ["1", "5", "15"]
    line = page_line("enum-types.md", '"level": {')
    assert "enum value 'high' is not a valid integer; sdkgen drops it" in [
        w.message for w in warnings_at(result, line)
    ]


def test_an_enumerated_values_row_no_value_of_its_parameter_type_is_dropped_at_its_row() -> None:
    result = parse("enum-types.md")

    granularity = parameter(operation(result.api, "Get Klines"), "granularity")
    assert enum_values(granularity.schema) == [1, 5]
    (warning,) = warnings_at(result, page_line("enum-types.md", "| granularity | 1h"))
    assert warning.message == "enum value '1h' is not a valid integer; sdkgen drops it"


@pytest.mark.parametrize("value", ["active", "1.5", "0x10", "1_000"])
def test_a_seed_parameter_enum_value_that_is_no_integer_is_dropped(value: str) -> None:
    # Was: the whole page rejected ("enum value 'active' is not a valid integer").
    page = EditablePage()
    row = page.find_in("Get Order List", "| status      | query | string ")
    page.replace(row, "| string         |", "| integer        |")
    first = page.find_in("Get Order List", "| status    | active ")
    page.replace(first, "active", value.ljust(len("active")))
    second = page.find_in("Get Order List", "| status    | done ")
    page.replace(second, "done", "2   ")

    result = parse_page("edited-page.md", page.text)

    (warning,) = warnings_at(result, first)
    assert warning.message == f"enum value {value!r} is not a valid integer; sdkgen drops it"
    status = parameter(operation(result.api, "Get Order List"), "status")
    assert enum_values(status.schema) == [2]


def test_required_naming_no_property_warns_what_the_sdk_does() -> None:
    result = parse("enum-types.md")

    line = page_line("enum-types.md", "{", after="> Body parameter")
    (warning,) = warnings_at(result, line)
    assert warning.message == (
        "required property 'reason' is not among the properties; the SDK has no field for it "
        "and requires none"
    )


# --- bounds no value fits; a pattern sdkgen cannot satisfy ----------------------------------


@pytest.mark.parametrize(
    ("field", "message", "kept"),
    [
        ("leverage", "'minimum' 100 is above 'maximum' 10", (None, False, None, False)),
        (
            "ratio",
            "'minimum' 1 is an exclusive bound equal to 'maximum' 1",
            (None, False, None, False),
        ),
        ("remark", "'minLength' 8 is above 'maxLength' 4", None),
        ("symbols", "'minItems' 3 is above 'maxItems' 1", None),
    ],
)
def test_a_pair_of_bounds_no_value_fits_is_dropped_with_a_warning(
    field: str, message: str, kept: tuple[object, ...] | None
) -> None:
    result = parse("impossible.md")

    schema = body_field(result.api, "Set Limits", field)
    (warning,) = warnings_at(result, page_line("impossible.md", f'"{field}": {{'))
    assert warning.message == f"{message}: nothing fits; sdkgen drops both"
    if kept is not None:
        assert bounds(schema) == kept
    assert (schema.min_length, schema.max_length, schema.min_items, schema.max_items) == (
        None,
        None,
        None,
        None,
    )


def test_a_pattern_beyond_the_checkable_subset_without_an_example_warns() -> None:
    result = parse("impossible.md")

    (warning,) = warnings_at(result, page_line("impossible.md", '"label": {'))
    assert warning.message.startswith(
        "'pattern' '^(?!-)[a-z-]+$' uses syntax sdkgen cannot check or satisfy"
    )
