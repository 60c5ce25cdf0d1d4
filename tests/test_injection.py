"""Text from the page can never become code.

A hand-written page in the Widdershins shape puts quotes, backslashes, Jinja syntax, line
breaks followed by code, invisible line separators and awkward names into every place a page
can hold text. The generated package must compile, import without running any of it, and
carry every string verbatim as data (enum values, aliases, descriptions, docstrings).

The generated code is only ever imported in a subprocess whose working directory is the
temporary directory, so a payload that did run would leave `PWNED` there, not in the repo.
"""

from __future__ import annotations

import ast
import importlib
import itertools
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import replace
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.config import Config, load_config
from generator.ir.model import Api
from generator.output.write import write_tree
from generator.read.parse import parse_page
from generator.sdk.compose import build_plan
from generator.sdk.generate import generate_files
from generator.sdk.plan_model import SdkPlan
from tests.support.pages import REPO, SEED_CONFIG

PACKAGE = "hostile_sdk"

PAYLOAD = 'import os; os.system("touch PWNED")'
TRIPLE_DOUBLE = 'closes """ early'
TRIPLE_SINGLE = "closes ''' early"
BACKSLASHES = r"C:\new\table \x41 \u0041 \N{BULLET} \\ \" \' end"
TRAILING_BACKSLASH = "ends with a backslash\\"
JINJA_EXPR = "{{ 7*7 }}"
JINJA_BLOCK = "{% raw %}{{ 7*7 }}{% endraw %} {% if true %}x{% endif %} {# comment #}"
BREAKOUT_DOUBLE = '"""\n' + PAYLOAD + '\n"""'
BREAKOUT_SINGLE = "'''\n" + PAYLOAD + "\n'''"
BREAKOUT_ESCAPED = '\\"""\n' + PAYLOAD + "\n#\\"
NEWLINE_CODE = "harmless text\n" + PAYLOAD
SEPARATORS = "line\u2028separator\x85next\u2029paragraph\x0bvt\x0cff\x1besc end"

HOSTILE_TEXTS = (
    TRIPLE_DOUBLE,
    TRIPLE_SINGLE,
    BACKSLASHES,
    TRAILING_BACKSLASH,
    JINJA_EXPR,
    JINJA_BLOCK,
    BREAKOUT_DOUBLE,
    BREAKOUT_SINGLE,
    BREAKOUT_ESCAPED,
    NEWLINE_CODE,
    SEPARATORS,
)
# Enum values: every hostile text, plus the empty string.
HOSTILE_VALUES = (*HOSTILE_TEXTS, "")
# x-api-enum names: none of them an identifier, so member names come from the values.
HOSTILE_LABELS = (
    '"""',
    "'''",
    "a\\",
    "{{ name }}",
    "{% raw %}",
    "\nimport os",
    "x\u2028y",
    "class",
    "None",
    "1st",
    "order-id",
    "",
)


# --- a page in the Widdershins shape ------------------------------------------------------


def widdershins_page(title: str, operations: list[dict[str, Any]]) -> str:
    """A page as Widdershins 4 prints it, reduced to what the parser reads: the title, one
    `## Summary` section per operation with its method line, description, `> Body parameter`
    JSON, Parameters table (with Enumerated Values) and `> 200 Response` JSON."""
    parts = [
        "---",
        f"title: {json.dumps(title)}",
        "---",
        "",
        f'<h1 id="api">{title}</h1>',
        "",
        '<h1 id="api-default">Default</h1>',
        "",
    ]
    for op in operations:
        parts += [f"## {op['summary']}", "", f"`{op['method']} {op['path']}`", ""]
        if op.get("description"):
            parts += [op["description"], ""]
        if op.get("body"):
            parts += [
                "> Body parameter",
                "",
                "```json",
                json.dumps(op["body"], indent=2),
                "```",
                "",
            ]
        rows = [
            f"| {p['name']} | {p['in']} | {p['type']} | {str(p.get('required', False)).lower()} "
            f"| {p.get('description', 'none')} |"
            for p in op.get("parameters", [])
        ]
        if op.get("body"):
            rows.append("| body | body | object | false | none |")
        if rows:
            parts += ['<h3 id="parameters">Parameters</h3>', ""]
            parts += [
                "| Name | In | Type | Required | Description |",
                "| --- | --- | --- | --- | --- |",
            ]
            parts += [*rows, ""]
        enum_rows = [
            f"| {p['name']} | {value} |"
            for p in op.get("parameters", [])
            for value in p.get("enum", [])
        ]
        if enum_rows:
            parts += ["#### Enumerated Values", "", "| Parameter | Value |", "| --- | --- |"]
            parts += [*enum_rows, ""]
        response = {
            "type": "object",
            "properties": {"code": {"type": "string"}, "data": op["data"]},
            "required": ["code", "data"],
        }
        parts += ["> Example responses", "", "> 200 Response", ""]
        parts += ["```json", json.dumps(response, indent=2), "```", ""]
        parts += ['<h3 id="responses">Responses</h3>', ""]
        parts += ["| Status | Meaning | Description | Schema |", "| --- | --- | --- | --- |"]
        parts += ["| 200 | OK | none | Inline |", ""]
    return "\n".join(parts)


def _string(description: str, **extra: Any) -> dict[str, Any]:
    return {"type": "string", "description": description, **extra}


HOSTILE_ENUM = {
    "type": "string",
    "description": BREAKOUT_SINGLE,
    "enum": list(HOSTILE_VALUES),
    "x-api-enum": [
        {"value": value, "name": label, "description": text}
        for value, label, text in zip(
            HOSTILE_VALUES, HOSTILE_LABELS, (*reversed(HOSTILE_TEXTS), JINJA_EXPR), strict=True
        )
    ],
    "default": BREAKOUT_DOUBLE,
    "example": [TRIPLE_SINGLE],
}

PLACE_SUMMARY = "Place \"\"\" ''' \\ {{ 7*7 }} {% raw %} Order"
PLACE_BODY = {
    "type": "object",
    "description": BREAKOUT_DOUBLE,
    "properties": {
        "class": _string(BREAKOUT_DOUBLE, example=[TRIPLE_DOUBLE], default=TRAILING_BACKSLASH),
        "from": _string(BREAKOUT_SINGLE, default=JINJA_EXPR),
        "import": {"type": "integer", "description": JINJA_BLOCK, "example": [7]},
        "None": {"type": "boolean", "description": NEWLINE_CODE},
        "type": HOSTILE_ENUM,
        "id": _string(BACKSLASHES, example=[BREAKOUT_ESCAPED]),
        "orderId": _string(TRAILING_BACKSLASH),
        "order_id": _string(SEPARATORS),
        "1st": _string(BREAKOUT_ESCAPED),
        "model_config": _string(JINJA_EXPR, default=JINJA_BLOCK),
        "self": _string(TRIPLE_DOUBLE),
        "nested": {
            "type": "object",
            "description": BREAKOUT_DOUBLE,
            "properties": {"from": _string(NEWLINE_CODE), "class": {"type": "integer"}},
        },
        # A model holding a field called `list` must not also hold a list-typed field: see
        # test_a_field_named_after_a_builtin_type_does_not_break_the_models_module.
        "list": _string(TRIPLE_DOUBLE),
    },
    "required": ["class", "type"],
}
PLACE_DATA = {
    "type": "object",
    "description": BREAKOUT_SINGLE,
    "properties": {
        "class": {"type": "integer", "description": TRIPLE_DOUBLE},
        "type": HOSTILE_ENUM,
        "from": _string(JINJA_EXPR),
        "None": _string(SEPARATORS),
        "model_config": _string(BREAKOUT_DOUBLE),
        "items": {
            "type": "array",
            "description": BREAKOUT_SINGLE,
            "items": {
                "type": "object",
                "description": NEWLINE_CODE,
                "properties": {"import": _string(TRAILING_BACKSLASH)},
            },
        },
    },
}
# Table cells: no `|`; a backslash before a space stays a backslash in Markdown.
CELL_TEXT = "cell \"\"\" ''' {{ 7*7 }} {% raw %} ends with a backslash\\"
QUERY_ENUM_VALUES = ('"""', "'''", "{{ 7*7 }}", "{% raw %}", "a\\b")
GET_SUMMARY = '{% raw %}Get """ {{ 7*7 }} Thing'
HOSTILE_OPERATIONS: list[dict[str, Any]] = [
    {
        "summary": PLACE_SUMMARY,
        "method": "POST",
        "path": "/api/v1/things",
        "description": (
            "Places an order. \"\"\" '''\n"
            f"{PAYLOAD}\n"
            "{{ 7*7 }} {% raw %} back\\slash \\\n"
            "last line\u2028after separator"
        ),
        "parameters": [
            {"name": "in", "in": "query", "type": "string", "description": CELL_TEXT},
            {"name": "print", "in": "query", "type": "integer", "description": CELL_TEXT},
            {"name": "2nd", "in": "query", "type": "string", "description": CELL_TEXT},
            {"name": "page-size", "in": "query", "type": "integer", "description": "x"},
            {
                "name": "match",
                "in": "query",
                "type": "string",
                "description": CELL_TEXT,
                "enum": QUERY_ENUM_VALUES,
            },
        ],
        "body": PLACE_BODY,
        "data": PLACE_DATA,
    },
    {
        "summary": GET_SUMMARY,
        "method": "GET",
        "path": "/api/v1/things/{order-id}",
        "description": BREAKOUT_DOUBLE.replace("\n", " "),
        "parameters": [
            {"name": "order-id", "in": "path", "type": "string", "required": True},
            {"name": "from", "in": "query", "type": "string", "description": CELL_TEXT},
            {"name": "None", "in": "query", "type": "boolean", "description": CELL_TEXT},
        ],
        "data": {"type": "array", "items": PLACE_DATA},
    },
]


@cache
def rule_free_config(package: str = PACKAGE) -> Config:
    """The seed's config without its per-operation rules, under another package name."""
    config = replace(load_config(SEED_CONFIG), operations={})
    assert config.package is not None
    return replace(config, package=replace(config.package, name=package))


def generate(api: Api, out: Path, config: Config) -> dict[str, str]:
    files = generate_files(api, config)
    write_tree(out, files)
    return files


# --- the hostile package, generated once ----------------------------------------------------


class Hostile:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.page = widdershins_page("hostile v1.0.0", HOSTILE_OPERATIONS)
        result = parse_page("hostile.md", self.page)
        self.api = result.api
        self.config = rule_free_config()
        self.plan: SdkPlan = build_plan(self.api, self.config)
        self.out = root / "out"
        self.files = generate(self.api, self.out, self.config)
        self.package_dir = self.out / "src" / PACKAGE

    @cached_property
    def facts(self) -> dict[str, Any]:
        """What the package holds at run time, probed once for the module's tests."""
        return run_probe(self.out, PACKAGE)

    def request_model(self, index: int) -> str:
        name = self.plan.operations[index].request_model
        assert name is not None
        return name

    def model(self, name_prefix: str, kind: str) -> str:
        names = [m.name for m in self.plan.services[0].models if m.name.startswith(name_prefix)]
        found = [n for n in names if n.endswith(kind)]
        assert len(found) == 1, names
        return found[0]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Hostile:
    return Hostile(tmp_path_factory.mktemp("hostile"))


PROBE = r"""
import enum, importlib, inspect, json, sys
import pydantic

package = sys.argv[1]
requests = json.loads(sys.argv[2])
root = importlib.import_module(package)
modules = {
    name: importlib.import_module(f"{package}.{name}")
    for name in ("enums", "models", "operations", "client", "async_client", "errors", "_http")
}
facts = {"enums": {}, "models": {}, "operations": {}, "methods": {}, "validated": []}
for name, value in vars(modules["enums"]).items():
    if isinstance(value, type) and issubclass(value, enum.Enum):
        # An enum's values alias (`SideLiteral`) is the enum itself at run time.
        if value.__module__ != f"{package}.enums" or value.__name__ != name:
            continue
        members = {m.name: m.value for m in value}
        facts["enums"][name] = {"doc": value.__doc__, "members": members}
for name, value in vars(modules["models"]).items():
    if isinstance(value, type) and issubclass(value, pydantic.BaseModel):
        if value.__module__ != f"{package}.models":
            continue
        fields = {
            attr: {
                "alias": info.alias,
                "description": info.description,
                "required": info.is_required(),
            }
            for attr, info in value.model_fields.items()
        }
        facts["models"][name] = {"doc": value.__doc__, "fields": fields}
for name, op in root.OPERATIONS.items():
    facts["operations"][name] = {
        "summary": op.summary, "method": op.method, "path": op.path,
        "path_params": list(op.path_params), "query_params": list(op.query_params),
        "body_fields": list(op.body_fields),
    }
    facts["methods"][name] = {
        "sync": getattr(root.Client, name).__doc__,
        "async": getattr(root.AsyncClient, name).__doc__,
    }
for model_name, payload in requests:
    model = getattr(modules["models"], model_name)
    try:
        instance = model.model_validate(payload)
    except modules["errors"].KucoinRequestValidationError as error:
        facts["validated"].append({"error": str(error)})
    else:
        facts["validated"].append({
            "dump": instance.model_dump(mode="json", exclude_unset=True),
            "attrs": {
                k: (v.value if isinstance(v, enum.Enum) else v) for k, v in vars(instance).items()
            },
            "extra": instance.model_extra,
        })
print(json.dumps(facts))
"""


def run_probe(
    out: Path, package: str, requests: list[tuple[str, Mapping[str, Any]]] | None = None
) -> dict[str, Any]:
    """Import the generated package in a fresh interpreter whose working directory is the
    temporary directory, and report what it holds at run time (and how `requests`, pairs of
    model name and payload, validate) as JSON."""
    env = {**os.environ, "PYTHONPATH": str(out / "src"), "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, package, json.dumps(requests or [])],
        cwd=out.parent,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def normalized(text: str) -> str:
    return " ".join(text.split())


def python_files(files: Mapping[str, str]) -> Iterator[tuple[str, str]]:
    yield from ((path, text) for path, text in sorted(files.items()) if path.endswith(".py"))


# --- the page really is hostile -------------------------------------------------------------


def test_the_hostile_page_parses_and_keeps_its_text_verbatim(hostile: Hostile) -> None:
    place = hostile.api.operations[0]
    assert place.summary == PLACE_SUMMARY
    assert PAYLOAD in (place.description or "")
    body = place.request_body.schema  # type: ignore[union-attr]
    assert [p.name for p in body.properties][:4] == ["class", "from", "import", "None"]
    assert body.find_property("class").description == BREAKOUT_DOUBLE  # type: ignore[union-attr]
    enum = body.find_property("type").enum  # type: ignore[union-attr]
    assert tuple(v.value for v in enum) == HOSTILE_VALUES
    assert tuple(v.name for v in enum) == HOSTILE_LABELS
    assert [p.name for p in place.parameters] == ["in", "print", "2nd", "page-size", "match"]
    assert hostile.api.operations[1].summary == GET_SUMMARY


# --- it compiles, imports, and nothing runs -------------------------------------------------


def test_every_generated_python_file_compiles(hostile: Hostile) -> None:
    compiled = []
    for path, text in python_files(hostile.files):
        compile(text, path, "exec", dont_inherit=True)
        compiled.append(path)
    assert f"src/{PACKAGE}/models.py" in compiled and f"src/{PACKAGE}/client.py" in compiled


MODULE_LEVEL_NODES = (
    ast.Import,
    ast.ImportFrom,
    ast.ClassDef,
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.Assign,
    ast.AnnAssign,
    ast.If,  # if TYPE_CHECKING:
)


def test_no_page_text_becomes_a_statement(hostile: Hostile) -> None:
    """Every module body is imports, classes, functions, assignments and string constants
    (docstrings); nothing anywhere calls `system`, and only the clients import `os`."""
    for path, text in python_files(hostile.files):
        tree = ast.parse(text)
        for node in tree.body:
            is_string = isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
            assert is_string or isinstance(node, MODULE_LEVEL_NODES), f"{path}:{node.lineno}"
        for inner in ast.walk(tree):
            if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute):
                assert inner.func.attr != "system", f"{path}:{inner.lineno}"
            if isinstance(inner, ast.Import) and any(a.name == "os" for a in inner.names):
                assert path.endswith("client.py"), f"{path}:{inner.lineno}"


def test_the_package_imports_in_a_subprocess_and_no_payload_runs(hostile: Hostile) -> None:
    facts = hostile.facts
    assert set(facts["operations"]) == {op.name for op in hostile.plan.operations}
    assert not list(hostile.root.rglob("PWNED"))
    assert not (REPO / "PWNED").exists()


def test_the_clients_can_be_instantiated_and_closed(hostile: Hostile) -> None:
    script = (
        f"import asyncio, {PACKAGE} as p\n"
        "p.Client(base_url='http://127.0.0.1:9').close()\n"
        "asyncio.run(p.AsyncClient(base_url='http://127.0.0.1:9').aclose())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=hostile.root,
        env={**os.environ, "PYTHONPATH": str(hostile.out / "src")},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert not list(hostile.root.rglob("PWNED"))


# --- the strings are data ---------------------------------------------------------------------


def test_hostile_enum_values_are_member_values_verbatim(hostile: Hostile) -> None:
    facts = hostile.facts
    enum_name = next(e.name for e in hostile.plan.services[0].enums if "type" in e.used_by)
    values = list(facts["enums"][enum_name]["members"].values())
    assert values == list(HOSTILE_VALUES)
    assert facts["enums"][enum_name]["members"]["EMPTY"] == ""


def test_hostile_enum_values_are_the_literal_alias_values_verbatim(hostile: Hostile) -> None:
    """Requests take an enum's values as plain text (`Type | TypeLiteral`): the alias holds
    each hostile value as a string literal, never as code."""
    enum = next(e for e in hostile.plan.services[0].enums if "type" in e.used_by)
    tree = ast.parse(hostile.files[f"src/{PACKAGE}/enums.py"])
    alias = next(
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Subscript)
        and isinstance(node.targets[0], ast.Name)
        and node.targets[0].id == enum.literal
    )
    assert isinstance(alias, ast.Subscript)
    assert ast.unparse(alias.value) == "Literal"
    assert isinstance(alias.slice, ast.Tuple)
    assert [ast.literal_eval(item) for item in alias.slice.elts] == list(HOSTILE_VALUES)


def test_non_identifier_enum_labels_fall_back_to_names_made_from_values(hostile: Hostile) -> None:
    facts = hostile.facts
    enum_name = next(e.name for e in hostile.plan.services[0].enums if "type" in e.used_by)
    names = list(facts["enums"][enum_name]["members"])
    assert all(name.isidentifier() and name.isupper() for name in names if name != "EMPTY")
    assert len(set(names)) == len(HOSTILE_VALUES)


def test_query_parameter_enum_values_from_table_cells_are_kept_as_data(hostile: Hostile) -> None:
    facts = hostile.facts
    enum_name = next(e.name for e in hostile.plan.services[0].enums if "match" in e.used_by)
    ir_values = [
        v.value
        for p in hostile.api.operations[0].parameters
        if p.name == "match"
        for v in p.schema.enum
    ]
    assert list(facts["enums"][enum_name]["members"].values()) == ir_values
    assert {'"""', "'''", "{{ 7*7 }}", "{% raw %}"} <= set(ir_values)


@pytest.mark.parametrize(
    ("wire_name", "attr"),
    [
        ("class", "class_"),
        ("from", "from_"),
        ("import", "import_"),
        ("None", "none"),
        ("type", "type"),
        ("id", "id"),
        ("list", "list_"),
        ("1st", "field_1st"),
        ("model_config", "field_model_config"),
        ("self", "self_"),
    ],
)
def test_keyword_and_builtin_wire_names_become_safe_attributes_aliased_to_the_wire_name(
    hostile: Hostile, wire_name: str, attr: str
) -> None:
    facts = hostile.facts
    request = hostile.request_model(0)
    fields = facts["models"][request]["fields"]
    assert attr in fields, sorted(fields)
    # pydantic reports no alias when the attribute already is the wire name
    assert (fields[attr]["alias"] or attr) == wire_name


def test_parameter_names_with_dashes_digits_and_keywords_are_aliased(hostile: Hostile) -> None:
    facts = hostile.facts
    place = facts["models"][hostile.request_model(0)]["fields"]
    get = facts["models"][hostile.request_model(1)]["fields"]
    assert place["in_"]["alias"] == "in"
    assert place["field_2nd"]["alias"] == "2nd"
    assert place["page_size"]["alias"] == "page-size"
    assert place["match_"]["alias"] == "match"
    assert get["order_id"]["alias"] == "order-id"
    assert get["from_"]["alias"] == "from"
    get_op = facts["operations"][hostile.plan.operations[1].name]
    assert get_op["path"] == "/api/v1/things/{order-id}"
    assert get_op["path_params"] == ["order-id"]
    assert get_op["query_params"] == ["from", "None"]


def test_names_that_collide_after_snake_casing_get_distinct_attributes(hostile: Hostile) -> None:
    facts = hostile.facts
    fields = facts["models"][hostile.request_model(0)]["fields"]
    by_alias = {info["alias"] or attr: attr for attr, info in fields.items()}
    assert by_alias["orderId"] != by_alias["order_id"]
    assert len(set(by_alias.values())) == len(by_alias)


def test_every_description_reaches_field_metadata_verbatim(hostile: Hostile) -> None:
    facts = hostile.facts
    checked = 0
    for model in hostile.plan.services[0].models:
        for field in model.fields:
            actual = facts["models"][model.name]["fields"][field.attr]["description"]
            assert actual == field.description, (model.name, field.attr)
            checked += 1
    fields = facts["models"][hostile.request_model(0)]["fields"]
    assert fields["class_"]["description"] == BREAKOUT_DOUBLE
    assert fields["from_"]["description"] == BREAKOUT_SINGLE
    assert fields["import_"]["description"] == JINJA_BLOCK
    assert fields["none"]["description"] == NEWLINE_CODE
    assert fields["id"]["description"] == BACKSLASHES
    assert fields["order_id_"]["description"] == TRAILING_BACKSLASH  # orderId
    assert fields["field_1st"]["description"] == BREAKOUT_ESCAPED
    assert fields["field_model_config"]["description"] == JINJA_EXPR
    assert SEPARATORS in [info["description"] for info in fields.values()]
    assert checked > 20


def test_summaries_are_kept_verbatim_in_the_operations_table(hostile: Hostile) -> None:
    facts = hostile.facts
    summaries = [facts["operations"][op.name]["summary"] for op in hostile.plan.operations]
    assert summaries == [PLACE_SUMMARY, GET_SUMMARY]


def test_descriptions_and_summaries_reach_method_and_model_docstrings(hostile: Hostile) -> None:
    facts = hostile.facts
    for op, source in zip(hostile.plan.operations, hostile.api.operations, strict=True):
        for doc in facts["methods"][op.name].values():
            assert normalized(source.summary) in normalized(doc)
            assert normalized(source.description or "") in normalized(doc)
    place_doc = normalized(facts["methods"][hostile.plan.operations[0].name]["sync"])
    assert PAYLOAD in place_doc and '"""' in place_doc and "back\\slash" in place_doc
    nested = hostile.model("Place", "Nested")
    assert normalized(facts["models"][nested]["doc"]) == normalized(BREAKOUT_DOUBLE)


def test_enum_member_docstrings_hold_the_x_api_enum_text(hostile: Hostile) -> None:
    """Member docstrings are not kept at run time: read them from the source."""
    tree = ast.parse(hostile.files[f"src/{PACKAGE}/enums.py"])
    enum_name = next(e.name for e in hostile.plan.services[0].enums if "type" in e.used_by)
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == enum_name)
    docs = [
        str(node.value.value)
        for node in cls.body[1:]
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    ]
    joined = normalized(" ".join(docs))
    for text in HOSTILE_TEXTS:
        assert normalized(text) in joined, text


def test_models_validate_by_wire_name_and_dump_back_by_alias(hostile: Hostile) -> None:
    request = hostile.request_model(0)
    data = hostile.plan.operations[0].response_annotation.text
    payload = {
        "class": TRIPLE_DOUBLE,
        "type": BREAKOUT_DOUBLE,
        "from": TRAILING_BACKSLASH,
        "None": True,
        "1st": JINJA_EXPR,
        "model_config": SEPARATORS,
        "orderId": "a",
        "order_id": "b",
        "page-size": 5,
        "match": "{{ 7*7 }}",
    }
    facts = run_probe(
        hostile.out,
        PACKAGE,
        [
            (data, {"class": 1}),
            (data, {"class": 1, "type": "not listed", "surprise": {"x": 1}}),
            (request, payload),
            (request, {"class_": TRIPLE_SINGLE, "type": ""}),
            (request, {"type": ""}),
        ],
    )
    by_alias, unknown_enum, full, by_attr, missing = facts["validated"]
    assert by_alias["dump"] == {"class": 1}
    assert by_alias["attrs"]["class_"] == 1
    assert unknown_enum["dump"]["type"] == "not listed"
    assert unknown_enum["extra"] == {"surprise": {"x": 1}}
    assert full["dump"] == payload
    assert full["attrs"]["type"] == BREAKOUT_DOUBLE
    assert full["attrs"]["field_1st"] == JINJA_EXPR
    assert full["attrs"]["field_model_config"] == SEPARATORS
    assert by_attr["attrs"]["class_"] == TRIPLE_SINGLE
    assert by_attr["dump"] == {"class": TRIPLE_SINGLE, "type": ""}
    assert "error" in missing and "class" in missing["error"]


def test_jinja_syntax_in_the_page_is_printed_never_evaluated(hostile: Hostile) -> None:
    python = {path: text for path, text in python_files(hostile.files)}
    everything = "\n".join(hostile.files.values())
    assert "{{ 7*7 }}" in python[f"src/{PACKAGE}/models.py"]
    assert "{{ 7*7 }}" in python[f"src/{PACKAGE}/enums.py"]
    assert "{% raw %}" in python[f"src/{PACKAGE}/client.py"]
    assert "{% endraw %}" in python[f"src/{PACKAGE}/models.py"]
    assert "49" not in everything.replace("429", "")


def test_the_generated_readme_prints_jinja_syntax_unevaluated(hostile: Hostile) -> None:
    readme = hostile.files["README.md"]
    assert "{{ 7*7 }}" in readme
    assert "49" not in readme.replace("429", "")


def test_readme_examples_built_from_hostile_examples_are_valid_python(hostile: Hostile) -> None:
    """The README's calls carry the page's `example`s as Python literals."""
    blocks = re.findall(r"```python\n(.*?)```", hostile.files["README.md"], re.DOTALL)
    calls = [block for block in blocks if "client." in block]
    assert calls
    for block in blocks:
        compile(block, "README.md", "exec", dont_inherit=True)
    literals = {
        node.value
        for block in calls
        for node in ast.walk(ast.parse(block))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    assert {TRIPLE_DOUBLE, BREAKOUT_ESCAPED} <= literals


# --- random text ------------------------------------------------------------------------------

BASE_OPERATIONS: list[dict[str, Any]] = [
    {
        "summary": "Add Thing",
        "method": "POST",
        "path": "/api/v1/things",
        "description": "Adds a thing.",
        "body": {
            "type": "object",
            "properties": {
                "kind": {
                    "type": "string",
                    "description": "placeholder",
                    "enum": ["placeholder", "other"],
                    "x-api-enum": [
                        {"value": "placeholder", "name": "", "description": "placeholder"},
                        {"value": "other", "name": "", "description": ""},
                    ],
                },
                "note": _string("placeholder"),
            },
        },
        "data": {"type": "object", "properties": {"id": _string("x")}},
    }
]


@cache
def base_api() -> Api:
    return parse_page("base.md", widdershins_page("random v1.0.0", BASE_OPERATIONS)).api


def with_text(api: Api, description: str, value: str) -> Api:
    """`api` with `description` on the operation, the body, both fields and the first enum
    value, and `value` as that enum value."""
    op = api.operations[0]
    body = op.request_body.schema  # type: ignore[union-attr]
    kind, note = body.properties
    first, *rest = kind.schema.enum
    enum = (replace(first, value=value, description=description), *rest)
    properties = (
        replace(kind, schema=replace(kind.schema, enum=enum, description=description)),
        replace(note, schema=replace(note.schema, description=description)),
    )
    request_body = replace(
        op.request_body,  # type: ignore[type-var]
        schema=replace(body, properties=properties, description=description),
    )
    operation = replace(op, request_body=request_body, description=description)
    return replace(api, operations=(operation,))


_PACKAGE_NUMBERS = itertools.count()
# Any character (lone surrogates aside: a page read as UTF-8 cannot hold them, and they
# cannot be written to a file), with the ones that end strings and templates made common.
DANGEROUS = ('"', "'", "\\", "\n", "\r", "{", "}", "%", "#", "\u2028", "\x85", "\x00", "\t", " ")
page_text = st.text(
    st.one_of(st.sampled_from(DANGEROUS), st.characters(codec="utf-8")),
    max_size=40,
)


@settings(max_examples=30)
@given(description=page_text, value=page_text)
def test_random_text_in_a_description_and_an_enum_value_stays_data(
    tmp_path_factory: pytest.TempPathFactory, description: str, value: str
) -> None:
    if value == "other":
        value = "other!"
    package = f"inj_{next(_PACKAGE_NUMBERS)}"
    out = tmp_path_factory.mktemp(package)
    files = generate(with_text(base_api(), description, value), out, rule_free_config(package))
    for path, text in python_files(files):
        compile(text, path, "exec", dont_inherit=True)
    sys.path.insert(0, str(out / "src"))
    try:
        models = importlib.import_module(f"{package}.models")
        enums = importlib.import_module(f"{package}.enums")
        client = importlib.import_module(f"{package}.client")
        kind = enums.Kind(value)
        assert kind.value == value
        instance = models.AddThingRequest.model_validate({"kind": value, "note": value})
        assert instance.kind is kind
        assert instance.model_dump(mode="json", exclude_unset=True) == {
            "kind": value,
            "note": value,
        }
        expected = description or None
        assert models.AddThingRequest.model_fields["note"].description == expected
        assert models.AddThingRequest.model_fields["kind"].description == expected
        assert normalized(description) in normalized(client.Client.add_thing.__doc__ or "")
    finally:
        sys.path.remove(str(out / "src"))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]


# --- known holes ------------------------------------------------------------------------------

S = {"type": "string"}


def one_operation(body: dict[str, Any], summary: str = "Add Thing") -> list[dict[str, Any]]:
    data = {"type": "object", "properties": {"id": S}}
    return [{"summary": summary, "method": "POST", "path": "/x", "body": body, "data": data}]


def generate_and_import(
    tmp_path: Path, title: str, operations: list[dict[str, Any]]
) -> dict[str, Any]:
    api = parse_page("page.md", widdershins_page(title, operations)).api
    files = generate(api, tmp_path / "out", rule_free_config("probe"))
    for path, text in python_files(files):
        compile(text, path, "exec", dont_inherit=True)
    return run_probe(tmp_path / "out", "probe")


def test_an_x_api_enum_name_that_snake_cases_to_a_digit_still_gives_a_valid_member(
    tmp_path: Path,
) -> None:
    enum = {
        "type": "string",
        "enum": ["a", "b"],
        "x-api-enum": [
            {"value": "a", "name": "_1", "description": ""},
            {"value": "b", "name": "_2", "description": ""},
        ],
    }
    facts = generate_and_import(
        tmp_path, "t v1.0.0", one_operation({"type": "object", "properties": {"kind": enum}})
    )
    assert list(facts["enums"]["Kind"]["members"].values()) == ["a", "b"]


def test_an_enum_on_a_field_whose_name_starts_with_a_digit_gets_a_valid_class_name(
    tmp_path: Path,
) -> None:
    body = {"type": "object", "properties": {"1st": {"type": "string", "enum": ["a", "b"]}}}
    facts = generate_and_import(tmp_path, "t v1.0.0", one_operation(body))
    assert [list(e["members"].values()) for e in facts["enums"].values()] == [["a", "b"]]


def test_a_summary_starting_with_a_digit_gives_a_valid_method_and_model_name(
    tmp_path: Path,
) -> None:
    operations = one_operation({"type": "object", "properties": {"a": S}}, summary="1st Thing")
    facts = generate_and_import(tmp_path, "t v1.0.0", operations)
    assert [op["summary"] for op in facts["operations"].values()] == ["1st Thing"]


def test_a_page_title_with_triple_quotes_stays_inside_the_module_docstrings(
    tmp_path: Path,
) -> None:
    title = 'futures """; import os; os.system("touch PWNED"); """ v1.0.0'
    facts = generate_and_import(
        tmp_path, title, one_operation({"type": "object", "properties": {"a": S}})
    )
    assert facts["operations"]
    assert not list(tmp_path.rglob("PWNED"))


@pytest.mark.parametrize(
    "properties",
    [
        {"list": S, "tags": {"type": "array", "items": S}},
        {"str": S, "other": S},
        {"int": {"type": "integer"}, "count": {"type": "integer"}},
    ],
    ids=["list", "str", "int"],
)
def test_a_field_named_after_a_builtin_type_does_not_break_the_models_module(
    tmp_path: Path, properties: dict[str, Any]
) -> None:
    facts = generate_and_import(
        tmp_path, "t v1.0.0", one_operation({"type": "object", "properties": properties})
    )
    fields = facts["models"]["AddThingRequest"]["fields"]
    assert sorted(info["alias"] or attr for attr, info in fields.items()) == sorted(properties)


def test_generated_class_names_never_shadow_names_the_modules_import(tmp_path: Path) -> None:
    body = {
        "type": "object",
        "properties": {
            name: {"type": "string", "enum": ["a", "b"]}
            for name in ("mapping", "sequence", "iterator", "credentials", "literal")
        },
    }
    api = parse_page("page.md", widdershins_page("t v1.0.0", one_operation(body))).api
    files = generate_files(api, rule_free_config("probe"))
    for path, text in python_files(files):
        tree = ast.parse(text)
        external: set[str] = set()
        own: set[str] = {n.name for n in tree.body if isinstance(n, ast.ClassDef)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                external |= {a.asname or a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom):
                names = {a.asname or a.name for a in node.names}
                if (node.module or "").split(".")[0] == "probe":
                    own |= names
                else:
                    external |= names
        assert not external & own, f"{path}: {sorted(external & own)}"
