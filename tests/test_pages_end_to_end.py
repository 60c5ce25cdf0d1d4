"""Every shared page, end to end: parse, YAML and OpenAPI round trips, validation."""

from __future__ import annotations

import json

import pytest
from openapi_spec_validator import validate

from generator.ir.openapi import dump_openapi, to_openapi
from generator.ir.snapshot import dump_api, load_api
from generator.read.openapi import from_openapi
from generator.read.parse import parse_file
from tests.support.pages import PAGES_DIR, SEED, SHARED_PAGES

EXPECTED_OPERATION_COUNTS = {
    "futures-order.md": 18,
    "futures-market.md": 17,
    "futures-positions.md": 16,
    "futures-fundingfees.md": 3,
}


def test_all_four_shared_pages_are_present() -> None:
    assert sorted(page.name for page in SHARED_PAGES) == sorted(EXPECTED_OPERATION_COUNTS)
    assert sum(EXPECTED_OPERATION_COUNTS.values()) == 54


@pytest.mark.parametrize("page", SHARED_PAGES, ids=lambda page: page.name)
def test_page_parses_into_its_operations_without_warnings(page) -> None:  # type: ignore[no-untyped-def]
    result = parse_file(page)
    assert len(result.api.operations) == EXPECTED_OPERATION_COUNTS[page.name]
    assert result.warnings == ()
    for operation in result.api.operations:
        assert operation.response("200") is not None, operation.summary
        assert operation.response("200").schema is not None, operation.summary  # type: ignore[union-attr]


@pytest.mark.parametrize("page", SHARED_PAGES, ids=lambda page: page.name)
def test_exported_openapi_validates(page) -> None:  # type: ignore[no-untyped-def]
    document = json.loads(dump_openapi(parse_file(page).api))
    validate(document)
    assert document["openapi"] == "3.0.3"
    operations = [op for item in document["paths"].values() for op in item.values()]
    assert len(operations) == EXPECTED_OPERATION_COUNTS[page.name]


@pytest.mark.parametrize("page", SHARED_PAGES, ids=lambda page: page.name)
def test_openapi_export_reads_back_as_the_same_ir(page) -> None:  # type: ignore[no-untyped-def]
    api = parse_file(page).api
    document = json.loads(json.dumps(to_openapi(api)))
    again = from_openapi(document)
    assert again == api
    assert dump_openapi(again) == dump_openapi(api)


@pytest.mark.parametrize("page", SHARED_PAGES, ids=lambda page: page.name)
def test_ir_yaml_reads_back_as_the_same_ir(page) -> None:  # type: ignore[no-untyped-def]
    api = parse_file(page).api
    text = dump_api(api)
    assert load_api(text) == api
    assert dump_api(load_api(text)) == text


def test_market_path_parameter_inside_a_segment_is_recognised() -> None:
    market = parse_file(PAGES_DIR / "futures-market.md").api
    depth = next(op for op in market.operations if op.path == "/api/v1/level2/depth{size}")
    assert [(p.name, p.location, p.required) for p in depth.parameters] == [
        ("size", "path", True),
        ("symbol", "query", True),
    ]


def test_additional_properties_row_and_schema_are_kept() -> None:
    positions = parse_file(PAGES_DIR / "futures-positions.md").api
    batch = next(op for op in positions.operations if op.summary == "Batch Switch Margin Mode")
    data = batch.response("200").schema.find_property("data")  # type: ignore[union-attr]
    margin_mode = data.find_property("marginMode")  # type: ignore[union-attr]
    assert margin_mode is not None
    assert margin_mode.additional_properties is not None
    assert margin_mode.additional_properties.type == "string"  # type: ignore[union-attr]


def test_untagged_default_group_is_not_invented_as_a_tag() -> None:
    document = to_openapi(parse_file(SEED).api)
    assert all("tags" not in op for item in document["paths"].values() for op in item.values())
