"""What Widdershins prints beside an operation's schemas, read into the IR: the `xml`
keyword, an example printed in a schema's place, a form body's YAML schema and its media
type, `SERVERS` sections and callbacks and links (skipped with a warning), header and cookie
parameters, response headers.

The pages are tests/data/beyond-artefacts/NAME.md, rendered from NAME.openapi.yaml beside
them: each page reads and holds the facts of its document that the page prints; its export
reads back as the same IR (tests/test_beyond_artefacts.py checks). The packages they
generate are tested in tests/test_beyond_artefacts_sdk.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diagnostics import ParseError
from generator.ir.model import Api, Header, Schema
from generator.ir.openapi import to_openapi
from generator.read.openapi import from_openapi
from generator.read.parse import parse_file, parse_page
from tests.support.pages import REPO

ARTEFACTS = REPO / "tests" / "data" / "beyond-artefacts"
XML = ARTEFACTS / "xml-and-examples.md"
FORMS = ARTEFACTS / "forms.md"
HOOKS = ARTEFACTS / "servers-and-callbacks.md"
HEADERS = ARTEFACTS / "headers-and-cookies.md"
PAGES = (XML, FORMS, HOOKS, HEADERS)


def _carried(document: dict[str, Any]) -> dict[str, Any]:
    """The document as far as its page prints it: a body's or response's first media type
    only (Widdershins repeats the others' schema as XML), no path servers, no callbacks,
    no links."""
    for item in document["paths"].values():
        item.pop("servers", None)
        for operation in item.values():
            operation.pop("callbacks", None)
            body = operation.get("requestBody")
            if body is not None:
                body["content"] = dict(list(body["content"].items())[:1])
            for response in operation["responses"].values():
                response.pop("links", None)
                if "content" in response:
                    response["content"] = dict(list(response["content"].items())[:1])
    return document


def _document(page: Path) -> Api:
    text = page.with_name(page.stem + ".openapi.yaml").read_text(encoding="utf-8")
    return from_openapi(_carried(yaml.safe_load(text)))


def _operations(page: Path) -> dict[str, Any]:
    return {op.slug: op for op in parse_file(page).api.operations}


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.stem)
def test_each_page_holds_the_facts_of_its_document_the_page_prints(page: Path) -> None:
    api = parse_file(page).api
    assert api.operations == _document(page).operations


def test_the_xml_keyword_is_kept_and_exported_and_the_xml_block_skipped() -> None:
    put = _operations(XML)["put_parcel"]
    assert put.request_body is not None
    body = put.request_body.schema
    assert body.xml == {"name": "parcel"}
    assert body.find_property("weight") == Schema(type="integer", xml={"attribute": True})
    exported = to_openapi(parse_file(XML).api)["paths"]["/parcels/{parcelId}"]["put"]
    schema = exported["requestBody"]["content"]["application/json"]["schema"]
    assert schema["xml"] == {"name": "parcel"}
    assert schema["properties"]["weight"]["xml"] == {"attribute": True}


def test_an_example_printed_in_place_of_a_schema_is_read_as_the_example() -> None:
    # The Responses table's Schema cell says None: the JSON block is the media type's example.
    operations = _operations(XML)
    (sent,) = operations["send_parcel"].responses
    assert sent.schema is None
    assert sent.example == {"code": "200000", "data": {"id": "p-1", "label": "fragile"}}
    (count,) = operations["count_parcels"].responses
    assert (count.schema, count.example) == (None, {"code": "200000", "data": 3})
    exported = to_openapi(parse_file(XML).api)["paths"]["/parcels/count"]["get"]
    assert exported["responses"]["200"]["content"] == {
        "application/json": {"example": {"code": "200000", "data": 3}}
    }


def test_an_example_printed_beside_a_schema_is_read_and_the_schema_from_the_tables() -> None:
    # A body's `examples` and a response's `example` are printed where the schema goes, though
    # the tables say there is one: the block is no object of schema keywords.
    relabel = _operations(XML)["relabel_parcel"]
    body = relabel.request_body
    assert body is not None and body.example == {"label": "fragile"}
    assert body.required and body.schema.required == ("label",)
    assert body.schema.find_property("label") == Schema(type="string")
    (ok,) = relabel.responses
    assert ok.example == {"code": "200000", "data": {"label": "fragile"}}
    assert ok.schema is not None and [p.name for p in ok.schema.properties] == ["code", "data"]
    exported = to_openapi(parse_file(XML).api)["paths"]["/parcels/{parcelId}/label"]["post"]
    media = exported["requestBody"]["content"]["application/json"]
    # Written as an `examples` entry, the only body example Widdershins prints.
    assert media["examples"] == {"example": {"value": {"label": "fragile"}}}
    assert media["schema"]["required"] == ["label"]


def test_a_form_body_is_read_from_its_yaml_with_the_media_type_its_samples_send() -> None:
    operations = _operations(FORMS)
    log_in = operations["log_in"].request_body
    assert log_in is not None and log_in.media_type == "application/x-www-form-urlencoded"
    assert log_in.required
    assert [p.name for p in log_in.schema.properties] == ["user", "remember"]
    assert log_in.schema.required == ("user",)
    assert log_in.schema.find_property("user") == Schema(type="string", description="Who logs in.")
    upload = operations["upload_photo"].request_body
    assert upload is not None and upload.media_type == "multipart/form-data"


@pytest.mark.parametrize(
    "sample",
    [
        "  -H 'Content-Type: multipart/form-data' \\",
        "Content-Type: multipart/form-data",
        '        "Content-Type": []string{"multipart/form-data"},',
        "  'Content-Type' => 'multipart/form-data',",
    ],
    ids=["shell", "http", "go", "ruby"],
)
def test_a_form_body_s_media_type_is_read_from_a_sample_in_any_language(sample: str) -> None:
    # The page's JavaScript sample dropped, its Python one written as another language does.
    text = FORMS.read_text(encoding="utf-8").replace(
        "  'Content-Type':'multipart/form-data',\n", ""
    )
    text = text.replace("  'Content-Type': 'multipart/form-data',", sample)
    upload = {op.slug: op for op in parse_page("forms.md", text).api.operations}["upload_photo"]
    assert upload.request_body is not None
    assert upload.request_body.media_type == "multipart/form-data"


def test_a_json_body_s_media_type_is_the_json_one_its_samples_send() -> None:
    media = {
        op.slug: op.request_body.media_type for op in _document(XML).operations if op.request_body
    }
    assert media == {
        "put_parcel": "application/json",
        "relabel_parcel": "application/json",
        "send_parcel": "application/vnd.parcel+json",
    }
    page = {op.slug: op.request_body for op in parse_file(XML).api.operations}
    assert {slug: body.media_type for slug, body in page.items() if body} == media


def test_a_body_printed_as_json_then_yaml_is_read_once_as_the_form_its_samples_send() -> None:
    # A form body beside a JSON one: Widdershins prints the form's schema as JSON, then as
    # YAML, and its samples send the form's Content-Type (the first media type).
    roster = REPO / "tests" / "data" / "beyond" / "roster.md"
    body = {op.path: op for op in parse_file(roster).api.operations}["/r/{id}"].request_body
    assert body is not None and body.media_type == "application/x-www-form-urlencoded"
    assert [p.name for p in body.schema.properties] == ["f"]


def test_a_yaml_body_without_a_content_type_is_read_as_a_form_with_a_warning() -> None:
    text = FORMS.read_text(encoding="utf-8")
    for sent in ("'Content-Type': 'multipart/form-data',", "'Content-Type':'multipart/form-data',"):
        text = text.replace(sent, "")
    result = parse_page("forms.md", text)
    upload = {op.slug: op for op in result.api.operations}["upload_photo"].request_body
    assert upload is not None and upload.media_type == "application/x-www-form-urlencoded"
    assert [w.message for w in result.warnings] == [
        "operation `POST /photos`: no code sample says which media type its YAML body has; "
        "read as application/x-www-form-urlencoded"
    ]


def test_malformed_yaml_in_a_body_is_a_located_error() -> None:
    text = FORMS.read_text(encoding="utf-8").replace("  - user\n", "  - [user\n")
    with pytest.raises(ParseError) as raised:
        parse_page("forms.md", text)
    assert str(raised.value).startswith("forms.md:9")
    assert "malformed YAML" in str(raised.value)


def test_a_yaml_body_s_shared_schema_is_read_and_aliases_past_the_budget_are_an_error() -> None:
    # Widdershins writes a schema two properties share once, as an anchor and an alias.
    shared = "  user: &a1\n    type: string\n    description: Who logs in.\n  remember: *a1\n"
    text = FORMS.read_text(encoding="utf-8")
    original = (
        "  user:\n    type: string\n    description: Who logs in.\n"
        "  remember:\n    type: boolean\n"
    )
    assert original in text
    api = parse_page("f.md", text.replace(original, shared)).api
    body = {op.slug: op for op in api.operations}["log_in"].request_body
    assert body is not None
    assert body.schema.find_property("remember") == body.schema.find_property("user")
    laughs = "".join(
        f"  l{n}: &l{n} [*l{n - 1}, *l{n - 1}, *l{n - 1}, *l{n - 1}]\n" for n in range(1, 12)
    )
    bomb = text.replace(original, "  l0: &l0 {type: string}\n" + laughs)
    with pytest.raises(ParseError, match=r"^f\.md:\d+: the value here stands for more than"):
        parse_page("f.md", bomb)


def test_servers_sections_callbacks_and_links_are_skipped_with_located_warnings() -> None:
    result = parse_file(HOOKS)
    assert [(op.method, op.path) for op in result.api.operations] == [
        ("POST", "/subscriptions"),
        ("DELETE", "/subscriptions/{id}"),
    ]
    lines = HOOKS.read_text(encoding="utf-8").split("\n")
    located = sorted((w.location.line, w.message) for w in result.warnings)
    assert [lines[line - 1] for line, _ in located] == [
        "`SERVERS /subscriptions`",
        "#### Links",
        "## subscribe",
    ]
    assert [message for _, message in located] == [
        "`SERVERS /subscriptions` is no operation: the document gives path /subscriptions "
        "servers of its own, which the page does not print; skipped (the path is called on "
        "the API's hosts)",
        "the links of the 200 response of `POST /subscriptions` are not read; skipped",
        "callback 'delivered' of operation `POST /subscriptions` is an operation the API "
        "calls, not one of its own; skipped",
    ]
    # The links come after the 200's Enumerated Values; the response after them and the
    # caller's own note, after its callback, are read.
    subscribe = result.api.operations[0]
    ok = subscribe.response("200")
    data = ok.schema.find_property("data") if ok and ok.schema else None
    state = data.find_property("state") if data else None
    assert state is not None and [value.value for value in state.enum] == ["active", "paused"]
    refused = subscribe.response("400")
    assert refused is not None and refused.schema is not None
    assert [p.name for p in refused.schema.properties] == ["code", "msg"]
    assert subscribe.request_body is not None
    assert [p.name for p in subscribe.request_body.schema.properties] == ["callbackUrl"]


def test_a_second_authentication_note_outside_a_callback_is_still_an_error() -> None:
    text = HEADERS.read_text(encoding="utf-8")
    note = '<aside class="success">\nThis operation does not require authentication\n</aside>\n'
    with pytest.raises(ParseError, match="a second authentication note"):
        parse_page("h.md", text.replace(note, note + "\n" + note))


def test_header_and_cookie_parameters_and_response_headers_are_read() -> None:
    (entries,) = _operations(HEADERS).values()
    assert [(p.name, p.location, p.required) for p in entries.parameters] == [
        ("X-Request-Id", "header", True),
        ("X-Page-Size", "header", False),
        ("session", "cookie", False),
        ("year", "query", False),
    ]
    ok, limited = entries.responses
    assert ok.headers == (
        Header(
            "X-Rate-Limit-Remaining",
            Schema(type="integer", format="int32"),
            "Calls left in this minute.",
        ),
        Header("X-Next-Cursor", Schema(type="string")),
    )
    assert limited.headers == (Header("Retry-After", Schema(type="integer"), "Seconds to wait."),)
    exported = to_openapi(parse_file(HEADERS).api)["paths"]["/entries"]["get"]["responses"]
    assert exported["429"]["headers"] == {
        "Retry-After": {"description": "Seconds to wait.", "schema": {"type": "integer"}}
    }


def test_a_response_headers_table_with_other_columns_is_a_located_error() -> None:
    text = HEADERS.read_text(encoding="utf-8").replace("| Format |", "| Form   |")
    with pytest.raises(ParseError, match=r"^h\.md:134: Response Headers table"):
        parse_page("h.md", text)
