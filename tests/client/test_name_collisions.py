"""Names that collide once they are Python names.

A parameter and a body field with the same wire name (`POST /x/{id}` with a body field `id`;
a query `symbol` and a body `symbol`) are two arguments, and each value goes where it
belongs: on the test page tests/data/runtime/collisions.md. Wire names that are another
field's attribute (`clientOid` beside `client_oid`), fields in pydantic's namespace
(`model_dump`), operations named like a pager or a client method: tests/data/names/names.md.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.config import load_config, package_for
from generator.diagnostics import SourceLocation
from generator.output.write import write_tree
from generator.read.parse import parse_file
from generator.sdk.generate import generate_files
from tests.support.pages import DEFAULTS, REPO
from tests.support.projects import GeneratedProject, run_own_tests, run_python
from tests.support.seed_sdk import Server, make_client, ok

PAGE = REPO / "tests" / "data" / "runtime" / "collisions.md"


@pytest.fixture(scope="module")
def collisions(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    out = tmp_path_factory.mktemp("collisions") / "project"
    api = parse_file(PAGE).api
    config = load_config(DEFAULTS)
    title = SourceLocation(str(PAGE), 1)
    package = package_for(config, api.title, api.version, "collisions_sdk", title)
    config = replace(config, package=package)
    write_tree(out, generate_files(api, config))
    sys.path.insert(0, str(out / "src"))
    try:
        module = importlib.import_module("collisions_sdk")
        importlib.import_module("collisions_sdk.testing")
        yield module
    finally:
        sys.path.remove(str(out / "src"))


def test_a_path_parameter_and_a_body_field_of_one_name_go_where_they_belong(
    collisions: Any,
) -> None:
    server = Server(ok({"id": "new"}))
    client, _ = make_client(collisions, server)
    client.rename_thing(id="old", id_body="new", name="Thing")
    request = server.last
    assert request.url.raw_path == b"/api/v1/things/old"
    assert json.loads(request.content) == {"id": "new", "name": "Thing"}


def test_a_query_parameter_and_a_body_field_of_one_name_go_where_they_belong(
    collisions: Any,
) -> None:
    server = Server(ok(True))
    client, _ = make_client(collisions, server)
    client.move_widget(symbol="FROM", symbol_body="TO")
    request = server.last
    assert request.url.raw_path == b"/api/v1/widgets?symbol=FROM"
    assert json.loads(request.content) == {"symbol": "TO"}


def test_both_are_required_where_the_page_requires_both(collisions: Any) -> None:
    server = Server(ok(True))
    client, _ = make_client(collisions, server)
    with pytest.raises(TypeError):
        client.move_widget(symbol="FROM")
    assert server.requests == []


def test_the_fake_server_reads_each_value_from_its_place(collisions: Any) -> None:
    fake = collisions.testing.FakeKucoin()
    with fake.client() as client:
        client.rename_thing(id="old", id_body="new")
        client.move_widget(symbol="FROM", symbol_body="TO")
    assert [call.operation for call in fake.calls] == ["rename_thing", "move_widget"]


def test_the_generated_readme_example_passes_both(collisions: Any) -> None:
    readme = (Path(collisions.__file__).parents[2] / "README.md").read_text()
    assert (
        'client.rename_thing(id="5c35c02703aa673ceec2a168", id_body="5c35c02703aa673ceec2a168")'
        in readme
    )


# --- names that collide once they are Python names: tests/data/names/names.md ---------------

NAMES_PAGE = REPO / "tests" / "data" / "names" / "names.md"


@dataclass(frozen=True)
class NamesProject:
    project: GeneratedProject
    sdk: Any

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return run_python(self.project, *args)


@pytest.fixture(scope="module")
def names(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NamesProject]:
    """The page generated as a user would, through the command line's entry point."""
    out = tmp_path_factory.mktemp("names") / "project"
    config = NAMES_PAGE.with_suffix(".yaml")
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        status = main(["generate", str(NAMES_PAGE), "--out", str(out), "--config", str(config)])
    assert status == 0, stderr.getvalue()
    sys.path.insert(0, str(out / "src"))
    try:
        project = GeneratedProject(NAMES_PAGE, out, "names_sdk", stderr.getvalue())
        yield NamesProject(project, importlib.import_module("names_sdk"))
    finally:
        sys.path.remove(str(out / "src"))
        for name in [m for m in sys.modules if m == "names_sdk" or m.startswith("names_sdk.")]:
            del sys.modules[name]


def test_only_the_value_the_caller_set_is_sent(names: NamesProject) -> None:
    # `clientOid` and `client_oid` in one body: `client_oid=` sent both before.
    server = Server(ok({}))
    client, _ = make_client(names.sdk, server)

    client.add_order(client_oid_="A")
    assert json.loads(server.last.content) == {"clientOid": "A"}

    client.add_order(client_oid_="A", client_oid="B")
    assert json.loads(server.last.content) == {"clientOid": "A", "client_oid": "B"}


def test_every_key_of_a_request_model_names_one_field(names: NamesProject) -> None:
    model = names.sdk.models.AddOrderRequest

    by_wire = model.model_validate({"clientOid": "A", "client_oid": "B"})
    by_attr = model.model_validate({"client_oid_": "A", "client_oid": "B"})

    assert (by_wire.client_oid_, by_wire.client_oid) == ("A", "B")
    assert by_attr == by_wire
    assert by_wire.model_dump(exclude_unset=True) == {"clientOid": "A", "client_oid": "B"}
    doc = " ".join((model.__doc__ or "").split())
    assert "`client_oid_` is sent as `clientOid`: `client_oid` is another field's wire name" in doc


def test_a_response_is_read_by_wire_name_only(names: NamesProject) -> None:
    server = Server(ok({"order_id": "B"}), ok({"orderId": "A"}))
    client, _ = make_client(names.sdk, server)

    snake = client.add_order(client_oid_="x")
    camel = client.add_order(client_oid_="x")

    assert (snake.order_id, snake.order_id_) == ("B", None)
    assert (camel.order_id, camel.order_id_) == (None, "A")
    # The model itself reads the same way, and never by attribute name.
    data = names.sdk.models.AddOrderData
    assert data.model_validate({"order_id": "B"}).order_id_ is None
    assert data.model_validate({"order_id_": "B"}).order_id_ is None


def test_fields_in_pydantics_namespace_are_renamed_and_sent_by_wire_name(
    names: NamesProject,
) -> None:
    server = Server(ok({"model_fields": "F", "schema": "S"}))
    client, _ = make_client(names.sdk, server)

    data = client.add_order(
        client_oid_="x", field_model_dump="D", field_model_config="C", json_="J", copy_="P"
    )

    body = json.loads(server.last.content)
    assert body == {
        "clientOid": "x",
        "model_dump": "D",
        "model_config": "C",
        "json": "J",
        "copy": "P",
    }
    assert (data.field_model_fields, data.schema_) == ("F", "S")
    assert callable(data.model_dump) and callable(data.copy)


def test_an_operation_named_like_a_pager_leaves_the_pager_alone(names: NamesProject) -> None:
    page = {"currentPage": 1, "pageSize": 1, "totalNum": 1, "totalPage": 1}
    server = Server(ok({**page, "items": [{"orderId": "o1"}]}), ok(True))
    client, _ = make_client(names.sdk, server)

    items = list(client.iter_get_order_list())
    assert [item.order_id for item in items] == ["o1"]
    assert server.last.url.path == "/api/v1/orders"

    assert client.iter_get_order_list_() is True
    assert server.last.url.path == "/api/v1/orders/iter"
    docstring = " ".join((client.iter_get_order_list_.__doc__ or "").split())
    assert "`iter_get_order_list` walks the pages of `get_order_list`" in docstring


def test_operations_named_like_the_client_or_each_other_are_renamed(
    names: NamesProject,
) -> None:
    operations = names.sdk.operations.OPERATIONS

    assert {"with_options_", "op_24hr_stats", "op_24hr_stats_"} <= set(operations)
    assert operations["op_24hr_stats"].path == "/api/v1/op-stats"  # its own name, as written
    assert operations["op_24hr_stats_"].path == "/api/v1/stats"
    assert callable(names.sdk.Client.with_options)


def test_the_package_imports_under_warnings_as_errors(names: NamesProject) -> None:
    modules = "names_sdk, names_sdk.models, names_sdk.client, names_sdk.async_client"
    result = names.run("-W", "error", "-c", f"import {modules}, names_sdk.testing")

    assert result.returncode == 0, result.stderr


@pytest.mark.slow
def test_the_package_passes_its_own_tests_mypy_strict_and_ruff(
    names: NamesProject, mypy_cache: Path
) -> None:
    tests = run_own_tests(names.project.out, env={"PATH": "/usr/bin:/bin"})
    assert tests.returncode == 0, tests.stdout[-4000:] + tests.stderr[-2000:]
    mypy = names.run("-m", "mypy", "--strict", "--cache-dir", str(mypy_cache), "src/names_sdk")
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr
    ruff = names.run("-m", "ruff", "check", "--no-cache", ".")
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr
