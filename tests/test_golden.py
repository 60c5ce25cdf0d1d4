"""Golden files for the edge-case pages: what sdkgen generates for shapes the seed lacks.

tests/data/edge/NAME.md are small pages rendered the way the KuCoin pages are (Widdershins
4.0.1 `--raw --summary`, then Prettier 2), each with NAME.yaml beside it. Together they hold:

- arrays.md: a top-level array request body and a top-level array response `data`, arrays of
  objects holding arrays of objects in a body and in responses, fields deeper than
  Widdershins' depth limit (printed as `{}` in the JSON, typed only by the table, one of them
  an enum with an empty value), and a `data` that is a list of strings;
- enums.md: empty-string enum values with `x-api-enum` entries in a request body and in a
  response, integer enums (body, query and response, one class shared), a query parameter of
  type `array[string]` whose items are an enum, `number` fields, an optional request body on
  a POST with no required field, and `data` that is a boolean or a plain string;
- paths.md: path parameters with dashes (`{thing-id}`, `{part-id}`) with a query parameter,
  an object body beside a path parameter, and a page without any enum.

tests/golden/NAME/ is the project `sdkgen generate` writes for NAME.md, committed. The golden
test regenerates each page and fails with a unified diff when the output changed; when the
change is intended, run `python tests/golden/update.py` and review the diff. Each golden
package must also pass mypy --strict, ruff with its own settings and its own generated tests.
The rest pins the IR and plan decisions on each edge, and calls the golden clients through
their fake server.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import subprocess
import sys
import warnings
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from generator.config import load_config
from generator.ir.model import Api, Operation, Schema
from generator.ir.openapi import to_openapi
from generator.read.openapi import from_openapi
from generator.read.parse import parse_file
from generator.sdk.compose import build_plan
from generator.sdk.plan_model import EnumClass, ModelClass, OperationPlan, SdkPlan
from tests.support.cli_runner import run_in_process
from tests.support.pages import REPO
from tests.support.projects import run_own_tests, tree_diff

EDGE = REPO / "tests" / "data" / "edge"
GOLDEN = REPO / "tests" / "golden"
PAGES = sorted(EDGE.glob("*.md"))
NAMES = [page.stem for page in PAGES]
OUT_OF_DATE = (
    "golden files are out of date: run `python tests/golden/update.py` and review the diff"
)


def run(args: list[str], *, cwd: Path = REPO, env: dict[str, str] | None = None) -> Any:
    return subprocess.run(
        args,
        cwd=cwd,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1", **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )


def tree(root: Path) -> dict[str, bytes]:
    """Every file under `root` by relative POSIX path; hidden dirs and __pycache__ left out
    (tools that run in the golden tree leave caches there)."""
    files = {}
    for path in sorted(root.rglob("*")):
        parts = path.relative_to(root).parts
        if any(part.startswith(".") or part == "__pycache__" for part in parts[:-1]):
            continue
        if path.is_file():
            files["/".join(parts)] = path.read_bytes()
    return files


# The pages ---------------------------------------------------------------------------------


def test_there_are_four_edge_pages_each_with_its_config_and_golden_project() -> None:
    assert NAMES == ["arrays", "enums", "paging", "paths"]
    for name in NAMES:
        assert (EDGE / f"{name}.yaml").is_file(), name
        assert (GOLDEN / name / "pyproject.toml").is_file(), name
    projects = [p.name for p in GOLDEN.iterdir() if p.is_dir() and p.name[0] not in "._"]
    stale = sorted(set(projects) - set(NAMES))
    assert stale == [], f"golden projects without an edge page: {stale}"


@pytest.mark.parametrize("name", NAMES)
def test_edge_page_parses_without_warnings_under_strict(name: str) -> None:
    page = EDGE / f"{name}.md"
    result = run_in_process(["ir", str(page), "--strict"], cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


@pytest.mark.parametrize("name", NAMES)
def test_edge_page_exports_valid_openapi_that_reads_back_as_the_same_ir(name: str) -> None:
    api = parse_file(EDGE / f"{name}.md").api
    document = json.loads(json.dumps(to_openapi(api)))
    validate(document)
    assert from_openapi(document) == api


# The golden projects -----------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_golden_files_are_what_the_edge_page_generates(name: str, tmp_path: Path) -> None:
    out = tmp_path / name
    page = (EDGE / f"{name}.md").relative_to(REPO)
    result = run_in_process(["generate", str(page), "--out", str(out)], cwd=REPO)
    assert result.returncode == 0, result.stderr
    golden, fresh = tree(GOLDEN / name), tree(out)
    if golden != fresh:
        pytest.fail(
            f"{OUT_OF_DATE}\n{tree_diff(golden, fresh, (f'tests/golden/{name}', 'fresh'), None)}",
            pytrace=False,
        )


@pytest.mark.slow
def test_golden_packages_pass_mypy_strict(tmp_path: Path, mypy_cache: Path) -> None:
    """Every golden package, by one mypy run (its settings are the generated pyproject's;
    they are the same in every golden project)."""
    settings = {
        (GOLDEN / name / "pyproject.toml").read_text().split("[tool.mypy]")[1] for name in NAMES
    }
    assert len(settings) == 1, "the golden projects' mypy settings differ: check them apart"
    packages = [argument for name in NAMES for argument in ("-p", f"edge_{name}")]
    result = run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(GOLDEN / NAMES[0] / "pyproject.toml"),
            "--strict",
            "--cache-dir",
            str(mypy_cache),
            *packages,
        ],
        cwd=tmp_path,
        env={"MYPYPATH": os.pathsep.join(str(GOLDEN / name / "src") for name in NAMES)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


@pytest.mark.parametrize("name", NAMES)
def test_golden_project_passes_ruff_with_its_own_settings(name: str) -> None:
    project = GOLDEN / name
    result = run([sys.executable, "-m", "ruff", "check", "--no-cache", str(project)], cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", NAMES)
def test_golden_package_passes_its_own_generated_tests(name: str) -> None:
    result = run_own_tests(GOLDEN / name)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert re.search(r"\b\d+ passed\b", result.stdout), result.stdout[-2000:]


@pytest.mark.slow
def test_golden_generated_tests_are_not_collected_by_a_plain_pytest_run() -> None:
    """tests/golden/conftest.py keeps them out unless their directory is named."""
    result = run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"])
    # A run that failed (an import error, a bad option) prints no tests/golden either.
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "tests/test_golden.py::" in result.stdout, result.stdout[-2000:]
    assert "tests/golden" not in result.stdout, result.stdout[-2000:]


# The IR and the plan -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def apis() -> dict[str, Api]:
    return {name: parse_file(EDGE / f"{name}.md").api for name in NAMES}


@pytest.fixture(scope="module")
def plans(apis: dict[str, Api]) -> dict[str, SdkPlan]:
    return {name: build_plan(api, load_config(EDGE / f"{name}.yaml")) for name, api in apis.items()}


def _operation(api: Api, slug: str) -> Operation:
    return next(op for op in api.operations if op.slug == slug)


def _op_plan(plan: SdkPlan, name: str) -> OperationPlan:
    return next(op for op in plan.operations if op.name == name)


def _model(plan: SdkPlan, name: str) -> ModelClass:
    return next(model for model in plan.services[0].models if model.name == name)


def _fields(plan: SdkPlan, model: str) -> dict[str, tuple[str, str, bool]]:
    """attr → (alias, annotation, required) of a model's fields."""
    return {f.attr: (f.alias, f.annotation.text, f.required) for f in _model(plan, model).fields}


def _enum(plan: SdkPlan, name: str) -> EnumClass:
    return next(enum for enum in plan.services[0].enums if enum.name == name)


def _members(plan: SdkPlan, name: str) -> list[tuple[str, Any]]:
    return [(m.name, m.value) for m in _enum(plan, name).members]


def _data(operation: Operation) -> Schema:
    response = operation.response("200")
    assert response is not None and response.schema is not None
    data = response.schema.find_property("data")
    assert data is not None
    return data


def _property(schema: Schema, *path: str) -> Schema:
    """Follow property names, stepping into array items on the way."""
    for name in path:
        if schema.type == "array" and schema.items is not None:
            schema = schema.items
        found = schema.find_property(name)
        assert found is not None, name
        schema = found
    return schema


def test_top_level_array_body_is_a_root_model_with_one_list_argument(
    apis: dict[str, Api], plans: dict[str, SdkPlan]
) -> None:
    body = _operation(apis["arrays"], "batch_add_widgets").request_body
    assert body is not None and body.schema.type == "array" and not body.required
    assert body.schema.items is not None and body.schema.items.required == ("name", "parts")
    op = _op_plan(plans["arrays"], "batch_add_widgets")
    assert (op.body_kind, op.array_argument, op.arguments) == ("array", "items", ())
    assert str(op.array_item_annotation) == "BatchAddWidgetsItem"
    assert op.request_model == "BatchAddWidgetsRequest"
    assert (
        str(_model(plans["arrays"], "BatchAddWidgetsRequest").root) == "list[BatchAddWidgetsItem]"
    )
    # The items hold an array of objects: a nested request model.
    assert _fields(plans["arrays"], "BatchAddWidgetsItem") == {
        "name": ("name", "str", True),
        "price": ("price", "DecimalNumber", False),
        "parts": ("parts", "list[BatchAddWidgetsItemPart]", True),
    }
    assert _fields(plans["arrays"], "BatchAddWidgetsItemPart") == {
        "sku": ("sku", "str", True),
        "qty": ("qty", "int", True),
    }


def test_top_level_array_data_is_a_list_of_response_models(plans: dict[str, SdkPlan]) -> None:
    op = _op_plan(plans["arrays"], "batch_add_widgets")
    assert op.response_annotation.text == "list[BatchAddWidgetsData]"
    parts = _fields(plans["arrays"], "BatchAddWidgetsData")["parts"]
    assert parts == ("parts", "list[BatchAddWidgetsDataPart]", False)
    assert _op_plan(plans["arrays"], "get_widget_names").response_annotation.text == "list[str]"


def test_nested_arrays_of_objects_in_an_object_body(plans: dict[str, SdkPlan]) -> None:
    op = _op_plan(plans["arrays"], "add_combo")
    assert op.body_kind == "object" and op.array_argument is None
    assert [(a.attr, a.alias, a.annotation.text, a.required) for a in op.arguments] == [
        ("client_oid", "clientOid", "str", True),
        ("groups", "groups", "list[AddComboGroup]", True),
    ]
    assert _fields(plans["arrays"], "AddComboGroup")["legs"] == (
        "legs",
        "list[AddComboGroupLeg]",
        True,
    )
    assert _fields(plans["arrays"], "AddComboGroupLeg") == {
        "symbol": ("symbol", "str", True),
        "size": ("size", "DecimalNumber", True),
        "price": ("price", "DecimalString", False),  # api.decimal_strings names `price`
    }


def test_depth_limited_fields_take_type_description_and_enum_from_the_table(
    apis: dict[str, Api], plans: dict[str, SdkPlan]
) -> None:
    page = (EDGE / "arrays.md").read_text(encoding="utf-8")
    assert '"symbol": {},' in page and '"status": {}' in page  # Widdershins' `{}`
    legs = _property(_data(_operation(apis["arrays"], "add_combo")), "groups", "legs")
    assert legs.items is not None and legs.items.required == ("symbol", "filled", "status")
    symbol, filled, status = (_property(legs, n) for n in ("symbol", "filled", "status"))
    assert (symbol.type, symbol.description) == ("string", "Symbol of the contract")
    assert (filled.type, filled.description) == ("number", "Filled size")
    assert status.type == "string"
    assert [v.value for v in status.enum] == ["open", "done", ""]
    assert _fields(plans["arrays"], "AddComboDataGroupLeg") == {
        "symbol": ("symbol", "str", False),
        "filled": ("filled", "Decimal", False),
        "status": ("status", "Status | str", False),
    }
    assert _members(plans["arrays"], "Status") == [
        ("OPEN", "open"),
        ("DONE", "done"),
        ("EMPTY", ""),
    ]


def test_empty_string_enum_values_become_empty_members(
    apis: dict[str, Api], plans: dict[str, SdkPlan]
) -> None:
    body = _operation(apis["enums"], "update_settings").request_body
    assert body is not None
    mode = _property(body.schema, "mode")
    assert [(v.value, v.name) for v in mode.enum][-1] == ("", "")
    assert _members(plans["enums"], "Mode") == [
        ("AUTO", "auto"),
        ("MANUAL", "manual"),
        ("EMPTY", ""),
    ]
    kind = _property(_data(_operation(apis["enums"], "get_events")), "events", "kind")
    # x-api-enum names it "None", a keyword: the member is named after the value.
    assert [(v.value, v.name) for v in kind.enum][-1] == ("", "None")
    assert _members(plans["enums"], "Kind") == [
        ("TRADE", "trade"),
        ("FUNDING", "funding"),
        ("EMPTY", ""),
    ]
    assert _fields(plans["enums"], "GetEventsDataEvent")["kind"] == ("kind", "Kind | str", False)


def test_integer_enums_are_int_enums_shared_between_body_and_response(
    plans: dict[str, SdkPlan],
) -> None:
    level = _enum(plans["enums"], "Level")
    assert (level.base, level.value_type, level.used_by) == ("IntEnum", "int", ("level",))
    assert _members(plans["enums"], "Level") == [("LOW", 1), ("MEDIUM", 2), ("HIGH", 3)]
    assert [e.name for e in plans["enums"].services[0].enums].count("Level") == 1
    assert _fields(plans["enums"], "UpdateSettingsRequest")["level"] == (
        "level",
        "Level | LevelLiteral",
        False,
    )
    assert _fields(plans["enums"], "GetEventsDataEvent")["level"] == ("level", "Level | int", False)
    assert _enum(plans["enums"], "Priority").base == "IntEnum"
    assert _members(plans["enums"], "Priority") == [
        ("VALUE_0", 0),
        ("VALUE_5", 5),
        ("VALUE_10", 10),
    ]


def test_array_query_parameter_with_enum_items(
    apis: dict[str, Api], plans: dict[str, SdkPlan]
) -> None:
    types = next(p for p in _operation(apis["enums"], "get_events").parameters if p.name == "types")
    assert (types.location, types.schema.type) == ("query", "array")
    assert types.schema.items is not None and types.schema.items.type == "string"
    assert [v.value for v in types.schema.items.enum] == ["trade", "funding", "liquidation"]
    op = _op_plan(plans["enums"], "get_events")
    assert [(a.attr, a.alias, a.annotation.text, a.location) for a in op.arguments] == [
        ("types", "types", "list[Types | TypesLiteral]", "query"),
        ("priority", "priority", "Priority | PriorityLiteral", "query"),
        ("min_score", "minScore", "DecimalNumber", "query"),
    ]
    assert _members(plans["enums"], "Types") == [
        ("TRADE", "trade"),
        ("FUNDING", "funding"),
        ("LIQUIDATION", "liquidation"),
    ]


def test_optional_post_body_makes_every_argument_optional(
    apis: dict[str, Api], plans: dict[str, SdkPlan]
) -> None:
    operation = _operation(apis["enums"], "update_settings")
    assert operation.method == "POST"
    assert operation.request_body is not None
    assert not operation.request_body.required and operation.request_body.schema.required == ()
    op = _op_plan(plans["enums"], "update_settings")
    assert op.body_kind == "object" and op.request_model == "UpdateSettingsRequest"
    assert [(a.attr, a.annotation.text, a.required) for a in op.arguments] == [
        ("mode", "Mode | ModeLiteral", False),
        ("level", "Level | LevelLiteral", False),
        ("ratio", "DecimalNumber", False),
        ("notify", "bool", False),
    ]


def test_plain_boolean_and_string_data(plans: dict[str, SdkPlan]) -> None:
    assert _op_plan(plans["enums"], "update_settings").response_annotation.text == "bool"
    assert _op_plan(plans["enums"], "get_mode").response_annotation.text == "str"
    assert _op_plan(plans["paths"], "delete_thing_part").response_annotation.text == "bool"
    assert _op_plan(plans["paths"], "rename_thing").response_annotation.text == "str"


def test_dashed_path_parameters_become_aliased_attributes(
    apis: dict[str, Api], plans: dict[str, SdkPlan]
) -> None:
    operation = _operation(apis["paths"], "get_thing_part")
    assert operation.path == "/api/v1/things/{thing-id}/parts/{part-id}"
    assert [
        (p.name, p.location, p.required, p.schema.type, p.schema.format)
        for p in operation.parameters
    ] == [
        ("thing-id", "path", True, "string", None),
        ("part-id", "path", True, "integer", "int64"),
        ("withHistory", "query", False, "boolean", None),
    ]
    op = _op_plan(plans["paths"], "get_thing_part")
    assert [(a.attr, a.alias, a.annotation.text, a.location, a.required) for a in op.arguments] == [
        ("thing_id", "thing-id", "str", "path", True),
        ("part_id", "part-id", "int", "path", True),
        ("with_history", "withHistory", "bool", "query", False),
    ]
    assert op.path_params == ("thing-id", "part-id") and op.query_params == ("withHistory",)


def test_object_body_beside_a_path_parameter(
    apis: dict[str, Api], plans: dict[str, SdkPlan]
) -> None:
    body = _operation(apis["paths"], "rename_thing").request_body
    assert body is not None and body.required  # the body row's Required is true
    op = _op_plan(plans["paths"], "rename_thing")
    assert [(a.attr, a.alias, a.annotation.text, a.location, a.required) for a in op.arguments] == [
        ("thing_id", "thing-id", "str", "path", True),
        ("name", "name", "str", "body", True),
        ("labels", "labels", "list[str]", "body", False),
    ]
    assert plans["paths"].services[0].enums == ()


# The golden clients, through their fake servers ---------------------------------------------


@pytest.fixture(scope="module")
def golden() -> Iterator[Any]:
    """import_module with every golden project on sys.path (no bytecode in the golden tree)."""
    saved_path, saved_flag = list(sys.path), sys.dont_write_bytecode
    sys.dont_write_bytecode = True
    sys.path[:0] = [str(GOLDEN / name / "src") for name in NAMES]
    try:
        yield importlib.import_module
    finally:
        sys.path[:] = saved_path
        sys.dont_write_bytecode = saved_flag


def _last_request(fake: Any) -> Any:
    return fake.calls[-1].request


def test_array_body_goes_out_as_a_json_list(golden: Any) -> None:
    models = golden("edge_arrays.models")
    fake = golden("edge_arrays.testing").FakeKucoin()
    item = models.BatchAddWidgetsItem(
        name="w", price=Decimal("1.5"), parts=[{"sku": "s", "qty": 2}]
    )
    with fake.client() as client:
        result = client.batch_add_widgets([item, {"name": "v", "parts": []}])
    assert json.loads(_last_request(fake).content) == [
        {"name": "w", "price": 1.5, "parts": [{"sku": "s", "qty": 2}]},
        {"name": "v", "parts": []},
    ]
    assert isinstance(result, list) and isinstance(result[0], models.BatchAddWidgetsData)
    assert isinstance(result[0].parts[0], models.BatchAddWidgetsDataPart)


def test_nested_arrays_go_out_and_depth_limited_fields_come_back_typed(golden: Any) -> None:
    enums = golden("edge_arrays.enums")
    fake = golden("edge_arrays.testing").FakeKucoin()
    legs = [{"symbol": "S", "filled": "1.25", "status": ""}, {"symbol": "T", "status": "new"}]
    fake.respond("add_combo", {"comboId": "c", "groups": [{"name": "g", "legs": legs}]})
    with fake.client() as client:
        result = client.add_combo(
            client_oid="c1", groups=[{"name": "g", "legs": [{"symbol": "X", "size": Decimal(2)}]}]
        )
    assert json.loads(_last_request(fake).content) == {
        "clientOid": "c1",
        "groups": [{"name": "g", "legs": [{"symbol": "X", "size": 2}]}],
    }
    first, second = result.groups[0].legs
    assert (first.filled, first.status) == (Decimal("1.25"), enums.Status.EMPTY)
    assert second.status == "new" and not isinstance(second.status, enums.Status)


def test_empty_optional_body_and_empty_enum_values_go_out_as_written(golden: Any) -> None:
    enums = golden("edge_enums.enums")
    fake = golden("edge_enums.testing").FakeKucoin()
    fake.respond("update_settings", True)
    with fake.client() as client:
        assert client.update_settings() is True
        assert _last_request(fake).content == b"{}"
        client.update_settings(mode=enums.Mode.EMPTY, level=enums.Level.HIGH, ratio=Decimal("0.5"))
    assert json.loads(_last_request(fake).content) == {"mode": "", "level": 3, "ratio": 0.5}


def test_enum_query_values_and_empty_response_enums(golden: Any) -> None:
    enums = golden("edge_enums.enums")
    fake = golden("edge_enums.testing").FakeKucoin()
    events = [
        {"kind": "", "score": "2.5", "level": 3, "ts": 5},
        {"kind": "other", "score": 1, "level": 9, "ts": 6},
    ]
    fake.respond("get_events", {"events": events, "total": 2})
    fake.respond("get_mode", "")
    with fake.client() as client:
        result = client.get_events(
            types=[enums.Types.TRADE, enums.Types.LIQUIDATION],
            priority=enums.Priority.VALUE_5,
            min_score=Decimal("1.5"),
        )
        query = dict(_last_request(fake).url.params)
        assert client.get_mode() == ""
    assert query == {"types": "trade,liquidation", "priority": "5", "minScore": "1.5"}
    first, second = result.events
    assert (first.kind, first.level, first.score) == (
        enums.Kind.EMPTY,
        enums.Level.HIGH,
        Decimal("2.5"),
    )
    assert (second.kind, second.level) == ("other", 9)


def test_dashed_path_parameters_are_filled_and_encoded(golden: Any) -> None:
    fake = golden("edge_paths.testing").FakeKucoin()
    with fake.client() as client:
        client.get_thing_part(thing_id="a b", part_id=7, with_history=True)
        request = _last_request(fake)
        assert client.delete_thing_part(thing_id="t-1", part_id=2) is False
        client.rename_thing(thing_id="t-1", name="new", labels=["x"])
    assert request.url.raw_path == b"/api/v1/things/a%20b/parts/7?withHistory=true"
    assert [call.operation for call in fake.calls] == [
        "get_thing_part",
        "delete_thing_part",
        "rename_thing",
    ]
    assert _last_request(fake).url.raw_path == b"/api/v1/things/t-1"
    assert json.loads(_last_request(fake).content) == {"name": "new", "labels": ["x"]}


def test_the_pagination_examples_walk_the_fake_server_without_a_warning(golden: Any) -> None:
    readme = (GOLDEN / "paging" / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Pagination", 1)[1]
    (code,) = re.findall(r"```python\n(.*?)```", section, re.S)
    fake = golden("edge_paging.testing").FakeKucoin()
    with fake.client() as client, warnings.catch_warnings():
        warnings.simplefilter("error")
        namespace: dict[str, Any] = {"client": client, "print": lambda item: None}
        exec(code, namespace)
    walked = [call.operation for call in fake.calls]
    # The fixture is one page: a cursor walk asks once more and finds the next page empty.
    assert walked == [
        "get_order_list",
        "get_open_orders",
        "get_closed_orders",
        "get_closed_orders",
        "get_ledgers",
        "get_ledgers",
        "get_funding_history",
    ]


def test_fake_server_routes_a_path_value_holding_a_slash(golden: Any) -> None:
    fake = golden("edge_paths.testing").FakeKucoin()
    with fake.client() as client:
        client.get_thing_part(thing_id="a/b", part_id=7)
    request = _last_request(fake)
    assert request.url.raw_path == b"/api/v1/things/a%2Fb/parts/7"
    assert fake.calls[-1].operation == "get_thing_part"


@pytest.mark.parametrize("name", NAMES)
def test_readme_examples_run_against_the_fake_server(name: str, golden: Any) -> None:
    """Each operation's README example, run with only what the README says it assumes."""
    readme = (GOLDEN / name / "README.md").read_text(encoding="utf-8")
    assumed = re.search(r"The examples below assume:\n\n```python\n(.*?)```", readme, re.S)
    assert assumed is not None
    imports, _, rest = assumed.group(1).partition("\nclient = Client()")
    assert rest.strip() == "", "the assumed setup ends with `client = Client()`"
    examples = re.findall(r"^### `(\w+)`.*?```python\n(.*?)```", readme, re.S | re.M)
    assert len(examples) == len(golden(f"edge_{name}.operations").OPERATIONS)
    fake = golden(f"edge_{name}.testing").FakeKucoin()
    with fake.client() as client:
        for operation, code in examples:
            namespace: dict[str, Any] = {}
            exec(imports, namespace)
            namespace["client"] = client  # the README's Client(), wired to the fake
            exec(code, namespace)
            assert fake.calls[-1].operation == operation
            assert namespace["result"] is not None
