"""Schema constructs beyond KuCoin's pages, each on a page of its own under
tests/data/beyond-schemas/ (NAME.openapi.yaml, rendered by Widdershins into NAME.md: see the
README there): the page parses without warnings, its IR holds the construct, the OpenAPI
export validates and reads back as the same IR, and so does the YAML snapshot."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from generator.ir.model import Discriminator, Schema
from generator.ir.openapi import dump_openapi, to_openapi
from generator.ir.snapshot import dump_api, load_api
from generator.read.openapi import from_openapi
from generator.read.parse import parse_file, parse_page
from tests.support.openapi_export import validate_export

PAGES = Path(__file__).parent / "data" / "beyond-schemas"
BEYOND_PAGES = sorted(PAGES.glob("*.md"), key=lambda page: page.name)
BEYOND_PAGES = [page for page in BEYOND_PAGES if page.name != "README.md"]


def _data(page: str, summary: str, *, body: bool = False) -> Schema:
    api = parse_file(PAGES / page).api
    operation = next(op for op in api.operations if op.summary == summary)
    if body:
        assert operation.request_body is not None
        return operation.request_body.schema
    schema = operation.response("200").schema  # type: ignore[union-attr]
    assert schema is not None
    found = schema.find_property("data")
    assert found is not None
    return found


EXPECTED_WARNINGS = {"enums.md": ["100: 'enum' lists 2 twice; sdkgen keeps it once"]}
"""What each page's reading warns of (line: message); no other page warns."""


@pytest.mark.parametrize("page", BEYOND_PAGES, ids=lambda page: page.name)
def test_page_parses_with_only_its_expected_warnings(page: Path) -> None:
    warnings = [f"{w.location.line}: {w.message}" for w in parse_file(page).warnings]
    assert warnings == EXPECTED_WARNINGS.get(page.name, [])


@pytest.mark.parametrize("page", BEYOND_PAGES, ids=lambda page: page.name)
def test_export_validates_and_reads_back_as_the_same_ir(page: Path) -> None:
    api = parse_file(page).api
    document = json.loads(json.dumps(to_openapi(api)))
    validate_export(document)
    again = from_openapi(document)
    assert again == api
    assert dump_openapi(again) == dump_openapi(api)


@pytest.mark.parametrize("page", BEYOND_PAGES, ids=lambda page: page.name)
def test_snapshot_reads_back_as_the_same_ir(page: Path) -> None:
    api = parse_file(page).api
    text = dump_api(api)
    assert load_api(text) == api


def test_one_of_keeps_its_variants_and_discriminator() -> None:
    animal = _data("unions.md", "Get Animal")
    assert [variant.find_property("kind") for variant in animal.one_of] == [
        Schema(type="string", enum=animal.one_of[0].properties[0].schema.enum),
        Schema(type="string", enum=animal.one_of[1].properties[0].schema.enum),
    ]
    assert [v.properties[0].schema.enum[0].value for v in animal.one_of] == ["cat", "dog"]
    assert animal.discriminator == Discriminator(
        "kind", (("cat", "#/components/schemas/Cat"), ("dog", "#/components/schemas/Dog"))
    )


def test_any_of_keeps_its_variants_and_the_table_adds_no_field() -> None:
    body = _data("unions.md", "Add Animal", body=True)
    tag = body.find_property("tag")
    assert tag is not None
    assert tag.any_of == (Schema(type="string"), Schema(type="integer"))
    assert tag.properties == ()
    assert tag.description == "A name or a number"


def test_union_rows_after_oneof_and_xor_lines_merge_into_the_variants() -> None:
    """The response table prints each variant after a `_oneOf_`/`_xor_` line; the rows fill
    the variants (here: nothing to add, and no warning)."""
    animal = _data("unions.md", "Get Animal")
    assert [p.name for p in animal.one_of[1].properties] == ["kind", "good"]
    assert animal.properties == ()


def test_a_union_gaining_a_variant_is_a_breaking_type_change() -> None:
    from generator.release.diff import diff_apis

    api = parse_file(PAGES / "unions.md").api
    operation = api.operations[1]
    assert operation.request_body is not None
    body = operation.request_body.schema
    tag = body.properties[1]
    wider = replace(tag.schema, any_of=(*tag.schema.any_of, Schema(type="boolean")))
    new_body = replace(body, properties=(body.properties[0], replace(tag, schema=wider)))
    new_operation = replace(
        operation, request_body=replace(operation.request_body, schema=new_body)
    )
    changed = replace(api, operations=(api.operations[0], new_operation))
    changes = diff_apis(api, changed).changes
    assert [(c.kind, c.detail, c.breaking) for c in changes] == [
        (
            "type-changed",
            "type: anyOf(string, integer) → anyOf(string, integer, boolean)",
            True,
        )
    ]


def test_all_of_keeps_its_parts_and_the_plan_merges_them() -> None:
    from generator.ir.intersections import merged

    item = _data("intersections.md", "Get Item")
    assert [[p.name for p in part.properties] for part in item.all_of] == [
        ["name"],
        ["price", "note"],
    ]
    assert item.description == "An item for sale"
    one = merged(item)
    assert (one.type, one.all_of, one.description) == ("object", (), "An item for sale")
    assert [p.name for p in one.properties] == ["name", "price", "note"]
    assert one.required == ("name", "price")


def test_a_schema_without_all_of_is_merged_into_itself() -> None:
    from generator.ir.intersections import merge_intersections

    api = parse_file(PAGES / "unions.md").api
    again = merge_intersections(api)
    assert again == api
    assert again.operations[0].responses[0].schema is api.operations[0].responses[0].schema


def test_visibility_nullability_and_deprecation_are_kept_per_property() -> None:
    account = _data("visibility.md", "Open Account")
    flags = {
        p.name: (p.schema.read_only, p.schema.write_only, p.schema.nullable, p.schema.deprecated)
        for p in account.properties
    }
    assert flags == {
        "id": (True, False, False, False),
        "owner": (False, False, False, False),
        "password": (False, True, False, False),
        "nickname": (False, False, True, False),
        "limit": (False, False, True, False),
        "legacyCode": (False, False, False, True),
    }
    assert [p.name for p in account.properties_for("request")][:2] == ["owner", "password"]
    assert "password" not in [p.name for p in account.properties_for("response")]


def test_integer_and_number_enums_are_read_and_a_repeated_value_kept_once() -> None:
    body = _data("enums.md", "Set Level", body=True)
    level, ratio = body.find_property("level"), body.find_property("ratio")
    assert level is not None and ratio is not None
    assert [option.value for option in level.enum] == [1, 2, 3]
    assert [option.value for option in ratio.enum] == [0.5, 1.5]


def test_circular_becomes_a_ref_named_by_the_tables_and_the_named_schemas_are_kept() -> None:
    api = parse_file(PAGES / "recursion.md").api
    node = _data("recursion.md", "Add Node")
    children, parent = node.find_property("children"), node.find_property("parent")
    assert children is not None and parent is not None
    assert (children.type, children.items, parent) == (
        "array",
        Schema(ref="Node"),
        Schema(ref="Node"),
    )
    assert [named.name for named in api.schemas] == ["File", "Folder", "Index", "Node"]
    named = {named.name: named.schema for named in api.schemas}
    assert named["Node"] == node
    body = _data("recursion.md", "Add Node", body=True)
    assert body == node  # named by its `body` row alone: no table row names the cycle


def test_mutual_recursion_closes_at_the_schema_that_repeats() -> None:
    """Folder → files → File → folder: the `"[Circular]"` is Folder, never File (whose own
    print in `# Schemas` goes on into a Folder there), in a response named row by row and in
    a request body only its `body` row names."""
    for schema in (
        _data("recursion.md", "Get Folder"),
        _data("recursion.md", "Save Folder", body=True),
    ):
        files = schema.find_property("files")
        assert files is not None and files.items is not None
        assert files.items.find_property("folder") == Schema(ref="Folder")
    saved = _data("recursion.md", "Save Folder")
    for name in ("first", "second"):  # one schema side by side: printed, and read, twice
        file = saved.find_property(name)
        assert file is not None
        folder = file.find_property("folder")
        assert folder is not None and folder.find_property("files") == Schema(
            type="array", items=Schema(ref="File")
        )


def test_export_writes_refs_to_components_schemas() -> None:
    api = parse_file(PAGES / "recursion.md").api
    document = to_openapi(api)
    assert sorted(document["components"]["schemas"]) == ["File", "Folder", "Index", "Node"]
    node = document["components"]["schemas"]["Node"]
    assert node["properties"]["parent"] == {"$ref": "#/components/schemas/Node"}
    assert node["properties"]["children"]["items"] == {"$ref": "#/components/schemas/Node"}


def _page_with(circular_json: str, rows: str = "") -> str:
    return f"""<h1 id="x">x v1</h1>

## Get Thing

`GET /thing`

> 200 Response

```json
{circular_json}
```

<h3 id="get-thing-responses">Responses</h3>

| Status | Meaning | Description | Schema |
| ------ | ------- | ----------- | ------ |
| 200    | OK      | none        | Inline |
{rows}
"""


def test_a_circular_the_page_names_nothing_for_is_a_located_error() -> None:
    from generator.diagnostics import ParseError
    from generator.read.parse import parse_page

    text = _page_with('{\n  "type": "object",\n  "properties": {"next": "[Circular]"}\n}')
    with pytest.raises(ParseError) as error:
        parse_page("thing.md", text)
    assert error.value.location.line == 10
    assert '"[Circular]" at next: the page names no enclosing schema' in error.value.message


def test_a_circular_naming_a_schema_the_page_does_not_print_is_a_located_error() -> None:
    from generator.diagnostics import ParseError
    from generator.read.parse import parse_page

    rows = """
<h3 id="get-thing-responseschema">Response Schema</h3>

Status Code **200**

| Name   | Type                  | Required | Restrictions | Description |
| ------ | --------------------- | -------- | ------------ | ----------- |
| » next | [Thing](#schemathing) | false    | none         | none        |
"""
    text = _page_with('{\n  "type": "object",\n  "properties": {"next": "[Circular]"}\n}', rows)
    with pytest.raises(ParseError) as error:
        parse_page("thing.md", text)
    assert error.value.location.line == 10
    assert "schema 'Thing', which the `# Schemas` section does not print" in error.value.message


def test_a_changed_ref_is_a_type_change_and_a_recursive_api_diffs_with_itself() -> None:
    from generator.release.diff import diff_apis

    api = parse_file(PAGES / "recursion.md").api
    assert diff_apis(api, api).changes == ()
    operation = api.operations[0]
    assert operation.request_body is not None
    body = operation.request_body.schema
    parent = replace(body.properties[2], schema=Schema(ref="Tree"))
    new_body = replace(body, properties=(*body.properties[:2], parent))
    new_operation = replace(
        operation, request_body=replace(operation.request_body, schema=new_body)
    )
    changed = replace(api, operations=(new_operation, *api.operations[1:]))
    changes = diff_apis(api, changed).changes
    assert [(c.kind, c.detail) for c in changes] == [("type-changed", "type: Node → Tree")]


def test_the_named_schemas_are_merged_with_the_operations() -> None:
    """The plan finds a named schema's inline copy by equality: both must be merged."""
    from generator.ir.intersections import merge_intersections
    from generator.ir.model import NamedSchema, Property

    part = Schema(type="object", properties=(Property("next", Schema(ref="A")),))
    api = replace(
        parse_file(PAGES / "unions.md").api, schemas=(NamedSchema("A", Schema(all_of=(part,))),)
    )
    (named,) = merge_intersections(api).schemas
    assert (named.name, named.schema.all_of, named.schema.properties) == ("A", (), part.properties)


def test_top_level_arrays_maps_and_scalars_are_read_whole() -> None:
    api = parse_file(PAGES / "shapes.md").api
    schemas = {op.slug: op.response("200").schema for op in api.operations}  # type: ignore[union-attr]
    pets, pet_id = schemas["list_pets"], schemas["add_pet"]
    stock, owners = schemas["get_stock"], schemas["get_owners"]
    assert pets is not None and pets.type == "array" and pets.items is not None
    assert [p.name for p in pets.items.properties] == ["name", "age"]
    assert pet_id == Schema(type="integer")
    assert stock == Schema(type="object", additional_properties=Schema(type="integer"))
    assert owners is not None and isinstance(owners.additional_properties, Schema)
    pets_of_owner = owners.additional_properties.find_property("pets")
    assert pets_of_owner == Schema(type="object", additional_properties=Schema(type="integer"))


def test_a_schemas_section_no_circular_needs_is_not_read() -> None:
    from generator.read.parse import parse_page

    schemas = '\n# Schemas\n\n<h2 id="tocS_Thing">Thing</h2>\n\n```json\n{ not json\n```\n'
    text = _page_with('{\n  "type": "object"\n}') + schemas
    assert parse_page("thing.md", text).api.schemas == ()


def test_a_top_level_array_of_a_recursive_schema_is_named_by_its_anonymous_row() -> None:
    api = parse_file(PAGES / "shapes.md").api
    trees = next(op for op in api.operations if op.slug == "list_trees").response("200")
    assert trees is not None and trees.schema is not None and trees.schema.items is not None
    assert [named.name for named in api.schemas] == ["Tree"]
    assert trees.schema.items == api.schemas[0].schema
    assert trees.schema.items.find_property("branches") == Schema(
        type="array", items=Schema(ref="Tree")
    )


def test_a_second_row_for_the_whole_answer_is_a_located_error() -> None:
    from generator.diagnostics import ParseError
    from generator.read.parse import parse_page

    rows = """
<h3 id="get-thing-responseschema">Response Schema</h3>

Status Code **200**

| Name        | Type     | Required | Restrictions | Description |
| ----------- | -------- | -------- | ------------ | ----------- |
| _anonymous_ | [string] | false    | none         | none        |
| other       | string   | false    | none         | none        |
"""
    text = _page_with('{\n  "type": "array",\n  "items": {"type": "string"}\n}', rows)
    with pytest.raises(ParseError) as error:
        parse_page("thing.md", text)
    assert "'other' is a second row for the whole answer" in error.value.message
    assert error.value.location.line == 29


def test_a_map_row_names_the_map_s_values() -> None:
    from generator.read.circular import row_names
    from generator.read.schema_table import SchemaRow, TypeCell

    values = SchemaRow("**additionalProperties**", 2, 1, TypeCell(None, ref="Node"), False, None)
    rows = [SchemaRow("byName", 1, 1, TypeCell("object"), False, None, children=[values])]
    assert row_names(rows) == {("byName", "{}"): "Node"}


def test_a_map_of_the_schema_it_is_within_is_a_map_of_refs() -> None:
    index = _data("recursion.md", "Get Index")
    assert index.find_property("entries") == Schema(
        type="object", additional_properties=Schema(ref="Index")
    )


def test_a_schema_cell_that_is_no_type_names_nothing() -> None:
    from generator.read.circular import linked_names

    assert linked_names("[[Node](#schemanode)]") == {("[]",): "Node"}
    assert linked_names("Inline") == {}
    assert linked_names("[broken") == {}


@pytest.mark.parametrize(
    ("edit", "why"),
    [
        (('"enum": ["dog"]', '"enum": ["cat"]'), "variants share the value 'cat' of 'kind'"),
        (('"enum": ["dog"]', '"enum": ["dog", "wolf"]'), "variant 2 does not fix 'kind'"),
        (('"enum": ["dog"]', '"enum": ["a dog"]'), "the value 'a dog' of 'kind' is not plain"),
    ],
)
def test_a_discriminator_that_cannot_pick_the_variant_is_a_located_warning(
    edit: tuple[str, str], why: str
) -> None:
    page = PAGES / "unions.md"
    lines = page.read_text(encoding="utf-8").splitlines(keepends=True)
    first = next(number for number, line in enumerate(lines) if edit[0] in line)
    lines[first] = lines[first].replace(*edit)
    result = parse_page(str(page), "".join(lines))
    [warning] = [w for w in result.warnings if "discriminator" in w.message]
    assert why in warning.message
    assert "the SDK validates a plain union" in warning.message
    # At the line of the union itself: the object whose first keyword is its `oneOf`.
    assert lines[warning.location.line - 1].rstrip().endswith("{")
    assert lines[warning.location.line].strip() == '"oneOf": ['
    assert warning.location.line < first + 1
