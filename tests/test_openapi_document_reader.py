"""An OpenAPI 3.0 document read directly: `$ref`s followed (recursion kept by name), what a
Widdershins page does with a document done the same way, and every bad document a located
error (`FILE:LINE: error: #/pointer: ...`, exit 2), never a traceback."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
import yaml

from generator.diagnostics import ParseError
from generator.ir.model import Header, NamedSchema, Property, Schema
from generator.read.openapi import read_document
from generator.read.openapi_document import looks_like_document
from generator.read.skipped import callback_skipped, links_skipped, servers_skipped
from tests.support.cli_runner import run_in_process
from tests.support.pages import REPO

_HEAD = """\
openapi: 3.0.3
info:
  title: Trees
  version: 1.0.0
"""

_GET_A = _HEAD + "paths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n"
"""A document of one operation, GET /a, up to its responses."""

_TREE = _HEAD + """\
paths:
  /trees/{treeId}:
    get:
      summary: Get tree
      parameters:
        - $ref: "#/components/parameters/TreeId"
      responses:
        "200":
          $ref: "#/components/responses/Tree"
components:
  parameters:
    TreeId:
      name: treeId
      in: path
      required: true
      schema:
        type: string
  responses:
    Tree:
      description: The tree.
      content:
        application/json:
          schema:
            $ref: "#/components/schemas/Node"
  schemas:
    Node:
      type: object
      properties:
        name:
          type: string
        children:
          type: array
          items:
            $ref: "#/components/schemas/Node"
        owner:
          $ref: "#/components/schemas/Person"
    Person:
      type: object
      properties:
        name:
          type: string
        friend:
          $ref: "#/components/schemas/Person"
"""


def _write(tmp_path: Path, text: str, name: str = "api.openapi.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_a_schema_containing_itself_refers_to_its_name_and_the_api_keeps_it(
    tmp_path: Path,
) -> None:
    api = read_document(_write(tmp_path, _TREE)).api
    (operation,) = api.operations
    assert [p.name for p in operation.parameters] == ["treeId"]
    response = operation.responses[0]
    assert response.description == "The tree."
    person = Schema(
        type="object",
        properties=(
            Property("name", Schema(type="string")),
            Property("friend", Schema(ref="Person")),
        ),
    )
    node = Schema(
        type="object",
        properties=(
            Property("name", Schema(type="string")),
            Property("children", Schema(type="array", items=Schema(ref="Node"))),
            Property("owner", person),
        ),
    )
    assert response.schema == node
    assert api.schemas == (NamedSchema("Node", node), NamedSchema("Person", person))


def test_a_schema_referred_to_twice_without_a_cycle_is_inlined_twice(tmp_path: Path) -> None:
    text = _GET_A + """\
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  first: {$ref: "#/components/schemas/Name"}
                  second: {$ref: "#/components/schemas/Name"}
components:
  schemas:
    Name: {type: string, minLength: 1}
"""
    api = read_document(_write(tmp_path, text)).api
    schema = api.operations[0].responses[0].schema
    name = Schema(type="string", min_length=1)
    assert schema == Schema(
        type="object", properties=(Property("first", name), Property("second", name))
    )
    assert api.schemas == ()


def test_path_level_parameters_follow_the_operations_own_which_replace_theirs(
    tmp_path: Path,
) -> None:
    # As Widdershins lists them: the operation's parameters, then the path item's others.
    text = _HEAD + """\
paths:
  /a/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
      - {name: shared, in: query, description: Path level., schema: {type: integer}}
    get:
      operationId: getA
      parameters:
        - name: shared
          in: query
          description: Own.
          schema: {type: integer, minimum: 1, nullable: true}
        - {name: kind, in: header, schema: {type: string}}
      responses:
        "200": {description: ok}
"""
    (operation,) = read_document(_write(tmp_path, text)).api.operations
    assert [(p.name, p.location, p.description) for p in operation.parameters] == [
        ("shared", "query", "Own."),
        ("kind", "header", None),
        ("id", "path", None),
    ]
    # A table row carries no minimum, and no `¦null` in a Parameters table: the page cannot
    # say them, so neither does the reader.
    assert operation.parameters[0].schema == Schema(type="integer")


def test_what_widdershins_skips_is_skipped_with_the_pages_warning(tmp_path: Path) -> None:
    # The page's warnings, word for word: one per callback operation printed (none for a
    # callback without one), the links of a response with a Response Schema table.
    text = _HEAD + """\
paths:
  /a:
    servers:
      - url: https://other.example
    get:
      operationId: getA
      callbacks:
        done:
          "{$request.query.url}":
            post: {responses: {"200": {description: ok}}}
        empty: {}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {a: {type: string}}}
          links:
            self: {operationId: getA}
"""
    result = read_document(_write(tmp_path, text))
    assert [(w.location.line, w.message) for w in result.warnings] == [
        (7, servers_skipped("/a")),
        (14, callback_skipped("done", "GET /a")),
        (22, links_skipped("the 200 response", "GET /a")),
    ]
    assert [op.operation_id for op in result.api.operations] == ["getA"]


_EXTERNAL_REF = (
    _HEAD + 'paths:\n  /a:\n    get:\n      responses:\n        "200":\n'
    '          $ref: "common.yaml#/responses/Ok"\n'
)
_BAD = [
    pytest.param(
        _HEAD + 'paths:\n  /a:\n    get:\n      responses:\n        "200":\n'
        '          $ref: "#/components/responses/Gone"\n',
        10,
        "#/paths/~1a/get/responses/200/$ref: the $ref '#/components/responses/Gone' points "
        "to nothing in the document",
        id="ref-to-nowhere",
    ),
    pytest.param(
        _EXTERNAL_REF,
        10,
        "#/paths/~1a/get/responses/200/$ref: the $ref 'common.yaml#/responses/Ok' points into "
        "another file or a URL, which sdkgen does not follow; bundle the document into one "
        "file (every $ref starting with '#')",
        id="external-ref",
    ),
    pytest.param(
        _HEAD + "paths:\n  /a/{id}:\n    get:\n      responses:\n        '200': {description: a}\n",
        7,
        "#/paths/~1a~1{id}/get: path parameter {id} has no parameter with `in: path`",
        id="path-parameter-missing",
    ),
    pytest.param(
        _HEAD.replace("version: 1.0.0", "version: !!binary aGVsbG8=") + "paths: {}\n",
        4,
        "a YAML tag:yaml.org,2002:binary value, which JSON cannot hold",
        id="binary-value",
    ),
    pytest.param(
        _HEAD.replace("title: Trees", "title: !custom Trees") + "paths: {}\n",
        3,
        "malformed YAML: could not determine a constructor for the tag '!custom'",
        id="unknown-tag",
    ),
    pytest.param(
        _HEAD + 'paths:\n  /a:\n    get:\n      responses:\n        "200":\n'
        '          $ref: "#/components/responses/A"\ncomponents:\n  responses:\n'
        '    A: {$ref: "#/components/responses/B"}\n    B: {$ref: "#/components/responses/A"}\n',
        14,
        "#/components/responses/B/$ref: the $ref '#/components/responses/A' leads back to itself",
        id="ref-loop",
    ),
    pytest.param(
        _HEAD + 'paths:\n  /a:\n    get:\n      responses:\n        "200":\n'
        "          description: ok\n          content:\n            application/json:\n"
        "              schema:\n                type: object\n                properties:\n"
        '                  self: {$ref: "#/paths/~1a/get/responses/200/content/'
        'application~1json/schema"}\n',
        16,
        "#/paths/~1a/get/responses/200/content/application~1json/schema/properties/self/$ref: "
        "the $ref '#/paths/~1a/get/responses/200/content/application~1json/schema' makes a "
        "schema contain itself; sdkgen keeps such a cycle only through a schema of "
        "components/schemas",
        id="cycle-outside-components",
    ),
    pytest.param(
        _HEAD + "paths: {}\n",
        5,
        "#/paths: the document has no operation",
        id="no-operation",
    ),
    pytest.param(
        _HEAD + "paths:\n  /a:\n    get:\n      summary: '!!!'\n      responses: {}\n",
        7,
        "#/paths/~1a/get: summary '!!!' has no letter or digit",
        id="nameless-summary",
    ),
    pytest.param(
        _HEAD.replace("3.0.3", "3.1.0") + "paths: {}\n",
        1,
        "#/openapi: version '3.1.0' is not an OpenAPI 3.0.x version; sdkgen reads OpenAPI "
        "3.0 documents (openapi: 3.0.0 to 3.0.3)",
        id="openapi-3.1",
    ),
    pytest.param(
        _HEAD.replace("openapi: 3.0.3", 'swagger: "2.0"') + "paths: {}\n",
        1,
        "#/swagger: this is a Swagger 2.0 document; sdkgen reads OpenAPI 3.0 (convert it "
        "first, e.g. with swagger2openapi)",
        id="swagger-2",
    ),
    pytest.param(
        _HEAD + "paths:\n  /a:\n    get:\n      responses: [\n",
        9,
        "malformed YAML: expected the node content, but found '<stream end>'",
        id="malformed-yaml",
    ),
    pytest.param(
        _HEAD + 'paths:\n  /a:\n    get:\n      responses:\n        "200": {description: a}\n'
        '        "200": {description: b}\n',
        10,
        "#/paths/~1a/get/responses: the key '200' is written twice",
        id="duplicate-key",
    ),
    pytest.param(
        _HEAD + 'paths:\n  /a:\n    get:\n      responses:\n        "200":\n'
        "          description: ok\n          content:\n            application/json:\n"
        "              schema: {type: strange}\n",
        13,
        "#/paths/~1a/get/responses/200/content/application~1json/schema: unknown type " "'strange'",
        id="bad-schema",
    ),
]


@pytest.mark.parametrize(("text", "line", "message"), _BAD)
def test_a_bad_document_is_an_error_at_the_line_of_its_key(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ParseError) as error:
        read_document(path)
    assert error.value.location.line == line
    assert error.value.message.startswith(message)


def test_malformed_json_is_an_error_at_its_line_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path, '{\n  "openapi": "3.0.3",\n  "info": {,}\n}\n', "api.json")
    with pytest.raises(ParseError) as error:
        read_document(path)
    assert (error.value.location.line, error.value.location.column) == (3, 12)
    assert error.value.message.startswith("malformed JSON: ")


def test_a_json_document_locates_its_keys(tmp_path: Path) -> None:
    text = '{\n\t"openapi": "3.0.3",\n\t"info": {"title": "t", "version": "1"},\n\t"paths": {\n'
    text += '\t\t"/a": {"get": {"responses": {"200": {"$ref": "#/nowhere"}}}}\n\t}\n}\n'
    with pytest.raises(ParseError) as error:
        read_document(_write(tmp_path, text, "api.json"))
    assert error.value.location.line == 5


def test_the_command_line_prints_a_bad_document_as_one_located_line(tmp_path: Path) -> None:
    path = _write(tmp_path, _EXTERNAL_REF)
    for command in (["ir", str(path)], ["generate", str(path), "--out", str(tmp_path / "o")]):
        result = run_in_process(command, cwd=REPO)
        assert result.returncode == 2
        assert result.stderr.startswith(f"{path}:10: error: #/paths/~1a/get/responses/200/$ref: ")
        assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_a_config_is_told_from_a_document_by_its_content(tmp_path: Path) -> None:
    assert looks_like_document(_write(tmp_path, _TREE, "tree.yaml"))
    assert not looks_like_document(_write(tmp_path, "package:\n  name: x\n", "x.yaml"))
    assert not looks_like_document(_write(tmp_path, "# Title\n", "x.md"))


def test_a_response_listing_another_media_type_first_gets_that_ones_table_too(
    tmp_path: Path,
) -> None:
    # Widdershins prints the raw JSON Schema of the JSON media type, but the Response Schema
    # table of the first one: the page reader adds the members only the table has.
    text = _GET_A + """\
        "200":
          description: ok
          content:
            application/xml:
              schema:
                type: object
                required: [x]
                properties: {x: {type: string, minLength: 2}}
            application/json:
              schema:
                type: object
                properties: {j: {type: integer}}
        "201":
          description: made
          content:
            application/xml:
              schema: {type: object, properties: {y: {type: string, pattern: "^y"}}}
            application/json:
              schema: {type: object, properties: {z: {type: string}}}
"""
    result = read_document(_write(tmp_path, text))
    ok, made = result.api.operations[0].responses
    assert ok.schema == Schema(
        type="object",
        required=("x",),
        properties=(Property("j", Schema(type="integer")), Property("x", Schema(type="string"))),
    )
    assert made.schema == Schema(type="object", properties=(Property("y", Schema(type="string")),))
    assert [(w.location.line, w.message) for w in result.warnings] == [
        (13, "field 'x' is in the table but not in the JSON schema; taken from the table")
    ]


def test_a_schema_whose_refs_inline_to_an_exponential_size_is_refused(tmp_path: Path) -> None:
    # S0 names S1 twice, S1 names S2 twice...: inlined, as Widdershins inlines it, 2**30 nodes.
    schemas = "".join(
        f"    S{i}: {{type: object, properties: {{a: {{$ref: '#/components/schemas/S{i + 1}'}}, "
        f"b: {{$ref: '#/components/schemas/S{i + 1}'}}}}}}\n"
        for i in range(30)
    )
    text = _GET_A + """\
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/S0"}
components:
  schemas:
""" + schemas + "    S30: {type: string}\n"
    with pytest.raises(ParseError) as error:
        read_document(_write(tmp_path, text))
    assert "its $refs inlined, the schema holds more than 200000 values" in error.value.message


def test_a_version_written_as_a_number_reads_as_javascript_writes_it(tmp_path: Path) -> None:
    # Widdershins (js-yaml, then JavaScript's String) prints `version: 2.0` as v2.
    text = _GET_A.replace("version: 1.0.0", "version: 2.0") + '        "200": {description: ok}\n'
    assert read_document(_write(tmp_path, text)).api.version == "2"


def test_a_header_parameter_is_sent_and_only_one_the_client_sets_is_refused(
    tmp_path: Path,
) -> None:
    # Header and cookie parameters are generated (as on a page); Accept, Content-Type and
    # Authorization, which the client sets itself, are refused at their line in the document.
    text = _HEAD + """\
paths:
  /a:
    get:
      operationId: getA
      parameters:
        - {name: X-Trace, in: header, schema: {type: string}}
        - {name: session, in: cookie, schema: {type: string}}
      responses:
        "200": {description: ok}
"""
    path = _write(tmp_path, text)
    (operation,) = read_document(path).api.operations
    assert [(p.name, p.location) for p in operation.parameters] == [
        ("X-Trace", "header"),
        ("session", "cookie"),
    ]
    result = run_in_process(["generate", str(path), "--out", str(tmp_path / "out")], cwd=REPO)
    assert result.returncode == 0, result.stderr
    path.write_text(text.replace("X-Trace", "Authorization"), encoding="utf-8")
    result = run_in_process(["generate", str(path), "--out", str(tmp_path / "out2")], cwd=REPO)
    assert result.returncode == 2
    assert result.stderr.startswith(
        f"{path}:10: error: get_a: header parameter 'Authorization' is one the client sets"
    )
    assert result.stderr.rstrip().endswith("remove its parameter")


def test_an_example_printed_in_place_of_a_schema_leaves_the_tables_and_the_next_response(
    tmp_path: Path,
) -> None:
    # Widdershins prints a body's `examples` and a response's `example` in place of their
    # raw schemas (the next JSON response's schema is printed instead): the page holds the
    # body's rows and the response's table, no bounds.
    text = _HEAD + """\
paths:
  /e:
    post:
      operationId: postE
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [n]
              properties: {n: {type: integer, minimum: 1}}
            examples:
              one: {value: {n: 1}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {a: {type: string, minLength: 1}}}
              example: {a: x}
        "201":
          description: made
          content:
            application/json:
              schema: {type: object, properties: {b: {type: string, maxLength: 3}}}
"""
    (operation,) = read_document(_write(tmp_path, text)).api.operations
    assert operation.request_body is not None
    assert operation.request_body.schema == Schema(
        type="object", required=("n",), properties=(Property("n", Schema(type="integer")),)
    )
    ok, made = operation.responses
    assert ok.schema == Schema(type="object", properties=(Property("a", Schema(type="string")),))
    assert made.schema == Schema(
        type="object", properties=(Property("b", Schema(type="string", max_length=3)),)
    )


@pytest.mark.parametrize("name", ["api.openapi.yaml", "api.openapi.json"])
def test_a_number_written_with_a_point_reads_as_javascript_holds_it(
    tmp_path: Path, name: str
) -> None:
    # Widdershins prints `minimum: 1.0` as 1: the IR (and its snapshot) must say 1 too.
    text = _GET_A + """\
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {n: {type: number, minimum: 1.0, maximum: 2.5}}}
"""
    if name.endswith(".json"):
        text = json.dumps(yaml.safe_load(text)).replace("1,", "1.0,")
        assert '"minimum": 1.0' in text
    schema = read_document(_write(tmp_path, text, name)).api.operations[0].responses[0].schema
    assert schema is not None
    bounds = schema.properties[0].schema
    assert (bounds.minimum, bounds.maximum) == (1, 2.5)
    assert isinstance(bounds.minimum, int)


def test_a_body_s_media_type_a_response_s_headers_and_example_are_read_as_the_page_gives(
    tmp_path: Path,
) -> None:
    # As its Widdershins page gives them (checked by rendering this document): the body
    # goes out with its first media type when the page can say it (JSON or a form), a
    # response's example and headers as printed.
    text = _HEAD + """\
paths:
  /a:
    post:
      operationId: postA
      requestBody:
        content:
          multipart/form-data:
            schema: {type: object, properties: {f: {type: string}}}
          application/vnd.a+json:
            schema: {type: object, properties: {j: {type: string}}}
      responses:
        "200":
          description: ok
          headers:
            X-Left: {description: Calls left., schema: {type: integer, format: int32}}
          content:
            application/json:
              example: {n: 1}
  /b:
    post:
      operationId: postB
      requestBody:
        content:
          application/vnd.b+json:
            schema: {type: object, properties: {j: {type: string}}}
            examples:
              one: {value: {j: x}}
      responses:
        "200": {description: ok}
"""
    post_a, post_b = read_document(_write(tmp_path, text)).api.operations
    assert post_a.request_body is not None
    assert post_a.request_body.media_type == "multipart/form-data"
    assert post_a.request_body.schema.find_property("f") == Schema(type="string")
    (ok,) = post_a.responses
    assert ok.example == {"n": 1} and ok.schema is None
    assert ok.headers == (Header("X-Left", Schema(type="integer", format="int32"), "Calls left."),)
    assert post_b.request_body is not None
    assert post_b.request_body.media_type == "application/vnd.b+json"
    assert post_b.request_body.example == {"j": "x"}
