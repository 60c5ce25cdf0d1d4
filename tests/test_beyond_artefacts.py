"""Widdershins' own artefacts that used to stop a page, read into the IR.

The pages are tests/data/beyond-artefacts/NAME.md, rendered from NAME.openapi.yaml beside
them (tests/data/beyond-artefacts/README.md says how): each page reads, its IR holds the
facts of the document, the OpenAPI export reads back as the same IR, and the package it
generates passes its own tests and ruff.
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
import yaml
from openapi_spec_validator import validate

from generator.ir.model import Api
from generator.ir.openapi import to_openapi
from generator.ir.snapshot import dump_api, load_api
from generator.naming import operation_names
from generator.read.openapi import from_openapi
from generator.read.parse import parse_file
from tests.support.pages import REPO
from tests.support.projects import generate_each, imported, ruff_check, run_own_tests

ARTEFACTS = REPO / "tests" / "data" / "beyond-artefacts"
SAME_NAMES = ARTEFACTS / "same-names.md"
QUOTED = ARTEFACTS / "quoted-names.md"
REPEATED = ARTEFACTS / "repeated-parameter.md"
HASH = ARTEFACTS / "hash-path.md"
SEVERAL = ARTEFACTS / "several-responses.md"
PAGES = (SAME_NAMES, QUOTED, HASH, SEVERAL, REPEATED)
"""Every page here; each generates (REPEATED names a path parameter twice)."""
EXTRAS = tuple(
    ARTEFACTS / f"{name}.md"
    for name in ("xml-and-examples", "forms", "servers-and-callbacks", "headers-and-cookies")
)
"""The pages of tests/test_beyond_artefacts_extras.py, whose export is checked here too."""


def _document(page: Path) -> Api:
    """The IR of the OpenAPI document the page was rendered from."""
    text = page.with_name(page.stem + ".openapi.yaml").read_text(encoding="utf-8")
    return from_openapi(yaml.safe_load(text))


def test_operations_whose_summaries_clash_are_named_by_operation_id_then_route() -> None:
    result = parse_file(SAME_NAMES)
    api = result.api
    assert [(op.summary, op.slug) for op in api.operations] == [
        ("List", "list_books"),
        ("List", "list_authors"),
        ("List", "get_shelves"),
    ]
    assert [warning.message for warning in result.warnings] == [
        "several operations' summaries give the name 'list'; they are named by their "
        "operationId, or by method and path"
    ]


def test_operation_names_keep_distinct_summaries_and_fall_back_on_taken_ids() -> None:
    names, notes = operation_names(
        [
            ("list", "items", "GET", "/a"),
            ("list", "items", "GET", "/b/{id}"),
            ("items", None, "GET", "/c"),
            ("list", "other", "POST", "/a"),
        ]
    )
    # `items` is another operation's summary name and the id of two: both go by route.
    assert names == ["get_a", "get_b_id", "items", "other"]
    assert len(notes) == 1


def test_quotes_and_markup_in_names_and_heading_ids_are_read() -> None:
    # Widdershins prints the operationId unescaped into `<a id="opId...">` and the <h3> ids.
    result = parse_file(QUOTED)
    assert result.warnings == ()
    api = result.api
    assert api.title == 'Quote "Board"'
    assert [(op.slug, op.summary, op.operation_id, op.tags) for op in api.operations] == [
        ("list_bob_s_notes_more", 'List Bob\'s "notes" & <more>', "listNotes", ('Bob\'s "notes"',)),
        (
            "search_notes",
            "Search notes",
            'search "notes" by Bob\'s <tag> & more',
            ('Bob\'s "notes"',),
        ),
        ("get_one_note", 'Get "one" note', None, ('Bob\'s "notes"',)),
    ]
    assert [op.parameters for op in api.operations] == [
        op.parameters for op in _document(QUOTED).operations
    ]


def test_a_parameter_named_twice_and_a_hash_in_a_path_are_read() -> None:
    read = [parse_file(page).api.operations for page in (REPEATED, HASH)]
    assert [(op.path, [p.name for p in op.parameters]) for ops in read for op in ops] == [
        ("/users/{id}/mirror/{id}", ["id", "depth"]),
        ("/channels/#{channel}/topic", ["channel"]),
    ]
    assert read == [_document(page).operations for page in (REPEATED, HASH)]


def test_every_response_is_kept_and_the_sdk_types_the_200_or_else_the_first_2xx() -> None:
    page = {op.slug: op for op in parse_file(SEVERAL).api.operations}
    document = {op.slug: op for op in _document(SEVERAL).operations}
    assert [r.status for r in page["put_item"].responses] == ["200", "201", "204", "400"]
    # The document gives 202 first; Widdershins (a JavaScript object's keys) lists the
    # statuses in order, and so does the document reader.
    assert [r.status for r in page["start_job"].responses] == ["201", "202"]
    assert [r.status for r in document["start_job"].responses] == ["201", "202"]
    for slug, operation in page.items():
        responses = {r.status: r for r in document[slug].responses}
        for response in operation.responses:
            assert response.description == responses[response.status].description
            assert (response.schema is None) == (responses[response.status].schema is None)
        # The first 2xx is printed as raw JSON Schema too: the page holds it whole.
        success = operation.success()
        assert success is not None and success == document[slug].success()
    statuses = [success.status for op in page.values() if (success := op.success())]
    assert statuses == ["200", "201", "200"]


def test_a_continued_table_after_an_intersection_goes_on_with_the_same_rows() -> None:
    # Widdershins prints `_continued_` before the rows that follow a union's or an
    # intersection's tables (here `code`, after `data`'s allOf): one status, several tables.
    page = {op.slug: op for op in parse_file(SEVERAL).api.operations}
    document = {op.slug: op for op in _document(SEVERAL).operations}
    assert page["get_job"].responses == document["get_job"].responses
    schema = page["get_job"].responses[0].schema
    assert schema is not None and [p.name for p in schema.properties] == ["data", "code"]


@pytest.mark.parametrize("page", (*PAGES, *EXTRAS), ids=lambda page: page.stem)
def test_the_export_reads_back_as_the_same_ir(page: Path) -> None:
    api = parse_file(page).api
    document = json.loads(json.dumps(to_openapi(api)))
    validate(document)
    assert from_openapi(document) == api
    assert load_api(dump_api(api)) == api


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return generate_each(PAGES, tmp_path_factory.mktemp)


def test_the_generated_packages_pass_their_own_tests_and_ruff(
    packages: list[Path], tmp_path: Path
) -> None:
    for out in packages:
        result = run_own_tests(out)
        assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    result = ruff_check(packages, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_generated_client_sends_a_hash_of_the_path_encoded(packages: list[Path]) -> None:
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.raw_path.decode())
        return httpx.Response(200, json={"code": "200000", "data": None})

    with imported(packages[PAGES.index(HASH)], "hash_path") as package:
        client = package.Client("k", "s", "p", transport=httpx.MockTransport(answer))
        client.get_channel_topic(channel="gen/eral")
    assert sent == ["/channels/%23gen%2Feral/topic"]


def test_a_parameter_named_twice_fills_both_places_and_the_fake_routes_it(
    packages: list[Path],
) -> None:
    # One parameter fills both places; the package's fake server (its route a back-reference
    # where the name repeats) answers the call with the operation's fixture.
    with imported(packages[PAGES.index(REPEATED)], "repeated_parameter", "testing") as package:
        fake = package.testing.FakeKucoin()
        client = fake.client()
        client.mirror_user(id="u 1", depth=2)
        (call,) = fake.calls
    assert call.request.url.raw_path.decode() == "/users/u%201/mirror/u%201?depth=2"
    assert call.operation == "mirror_user"
