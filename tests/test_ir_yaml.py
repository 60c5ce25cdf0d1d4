"""The IR's YAML form: a lossless, stable round trip for any IR, not only the shared pages."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ir.model import (
    HTTP_METHODS,
    PARAMETER_LOCATIONS,
    SCHEMA_TYPES,
    Api,
    EnumValue,
    Operation,
    Parameter,
    Property,
    RequestBody,
    Response,
    Schema,
)
from generator.ir.snapshot import api_to_data, dump_api, load_api
from generator.read.parse import parse_file
from tests.support.pages import REPO, SHARED_PAGES

text = st.text(max_size=30)
optional_text = st.none() | text
json_scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=10)
json_values = st.recursive(
    json_scalars,
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=6,
)
enum_values = st.builds(
    EnumValue,
    value=st.integers() | st.text(max_size=10),
    name=optional_text,
    description=optional_text,
)


def _schemas() -> st.SearchStrategy[Schema]:
    leaf = st.builds(
        Schema,
        type=st.none() | st.sampled_from(SCHEMA_TYPES),
        format=optional_text,
        description=optional_text,
        enum=st.lists(enum_values, max_size=3).map(tuple),
        default=json_values,
        example=json_values,
        nullable=st.booleans(),
        maximum=st.none() | st.integers(),
        max_length=st.none() | st.integers(min_value=0),
        extensions=st.lists(st.tuples(st.just("x-note"), json_values), max_size=1).map(tuple),
    )
    return st.recursive(
        leaf,
        lambda children: st.builds(
            Schema,
            type=st.sampled_from(("object", "array")),
            properties=st.lists(st.builds(Property, name=text, schema=children), max_size=3).map(
                tuple
            ),
            required=st.lists(text, max_size=2).map(tuple),
            items=st.none() | children,
            additional_properties=st.none() | st.booleans() | children,
        ),
        max_leaves=8,
    )


schemas = _schemas()
operations = st.builds(
    Operation,
    slug=text,
    method=st.sampled_from(HTTP_METHODS),
    path=text,
    summary=text,
    description=optional_text,
    operation_id=optional_text,
    tags=st.lists(text, max_size=2).map(tuple),
    deprecated=st.booleans(),
    parameters=st.lists(
        st.builds(
            Parameter,
            name=text,
            location=st.sampled_from(PARAMETER_LOCATIONS),
            required=st.booleans(),
            schema=schemas,
            description=optional_text,
        ),
        max_size=3,
    ).map(tuple),
    request_body=st.none() | st.builds(RequestBody, schema=schemas, required=st.booleans()),
    responses=st.lists(
        st.builds(
            Response,
            status=st.sampled_from(("200", "400", "default")),
            description=optional_text,
            schema=st.none() | schemas,
        ),
        max_size=2,
    ).map(tuple),
)
apis = st.builds(
    Api,
    title=text,
    version=text,
    description=optional_text,
    operations=st.lists(operations, max_size=3).map(tuple),
)


@pytest.mark.slow
@settings(max_examples=100)
@given(apis)
def test_any_ir_survives_a_yaml_round_trip(api: Api) -> None:
    text_form = dump_api(api)
    assert load_api(text_form) == api
    assert dump_api(load_api(text_form)) == text_form


def test_defaults_are_left_out_and_keys_follow_field_order() -> None:
    api = Api(
        title="t",
        version="1",
        operations=(Operation(slug="s", method="GET", path="/x", summary="S"),),
    )
    assert dump_api(api) == (
        'title: t\nversion: "1"\noperations:\n- slug: s\n  method: GET\n  path: /x\n  summary: S\n'
    )


def test_multi_line_descriptions_are_literal_blocks() -> None:
    api = Api(title="t", version="1", description="first paragraph\n\nsecond")
    assert "description: |-\n  first paragraph\n\n  second\n" in dump_api(api)


def test_unknown_fields_are_rejected_when_loading() -> None:
    with pytest.raises(ValueError, match="unknown Api field"):
        load_api("title: t\nversion: '1'\nsurprise: 1\n")


def _data_by_fields(value: Any) -> Any:
    """The snapshot's data as dataclasses.fields() states it, field by field: the oracle for
    api_to_data, which looks each class's fields up once."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        result: dict[str, Any] = {}
        for field in dataclasses.fields(value):
            item = getattr(value, field.name)
            if item == field.default and field.default is not dataclasses.MISSING:
                continue
            verbatim = field.name in {"default", "example", "value"}
            result[field.name] = item if verbatim else _data_by_fields(item)
        return result
    if isinstance(value, tuple):
        return [_data_by_fields(item) for item in value]
    return value


@pytest.mark.slow
@settings(max_examples=100)
@given(apis)
def test_the_snapshot_data_of_any_ir_is_its_fields_in_order_defaults_left_out(api: Api) -> None:
    # repr, not ==: two dicts with the same items in another order compare equal.
    assert repr(api_to_data(api)) == repr(_data_by_fields(api))


@pytest.mark.parametrize(
    "page", [*SHARED_PAGES, *sorted((REPO / "tests/data/edge").glob("*.md"))], ids=lambda p: p.stem
)
def test_the_snapshot_data_of_every_test_page_is_its_fields_in_order(page: Path) -> None:
    api = parse_file(page).api
    assert repr(api_to_data(api)) == repr(_data_by_fields(api))
