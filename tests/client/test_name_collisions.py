"""A parameter and a body field with the same wire name (`POST /x/{id}` with a body field
`id`; a query `symbol` and a body `symbol`) are two arguments, and each value goes where it
belongs: on the test page tests/data/runtime/collisions.md."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from generator.config import load_config, package_for
from generator.diagnostics import SourceLocation
from generator.output.write import write_tree
from generator.read.parse import parse_file
from generator.sdk.generate import generate_files
from tests.client.support import Server, make_client, ok
from tests.conftest import DEFAULTS, REPO

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
    assert 'client.rename_thing(id="id-0001", id_body="id-0001")' in readme
