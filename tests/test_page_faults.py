"""Pages that contradict themselves still give a correct IR, with a located warning.

KuCoin's pages cannot be fixed by the people who generate from them, so a fact the page gets
wrong is read as well as it can be, and a warning at the page line says what was contradicted
and what sdkgen did. Each class of fault has its own small page under tests/data/faults.
"""

from __future__ import annotations

import json
from pathlib import Path

from openapi_spec_validator import validate

from generator.diagnostics import ParseWarning
from generator.ir.model import Api, Operation, Parameter, Schema
from generator.ir.openapi import dump_openapi
from generator.ir.snapshot import dump_api, load_api
from generator.read.openapi import from_openapi
from generator.read.parse import ParseResult, parse_file
from generator.release.diff import diff_apis

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
