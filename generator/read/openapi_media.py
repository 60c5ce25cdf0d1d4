"""What a Widdershins page carries of a document's media types beside their schemas: the
body's media type and the example printed in its schema's place, a response's example and
its headers.

Widdershins 4.0.1 decides these from the media types' names (its `contentTypes` classes,
mirrored here): a body is printed as the first media type's value once per class of the
body's media types (a JSON block, then a YAML one for YAML and form types), and the code
samples send the first media type as `Content-Type`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any, cast

from generator.diagnostics import SourceLocation
from generator.ir.model import Header, JsonValue, Schema
from generator.read.artefacts import media_type_sent
from generator.read.openapi_document import Document, Pointer
from generator.read.openapi_tables import prose
from generator.read.schema_table import parse_type_cell

_JSON = re.compile(r"^(application|text)/(.*\+)?json;?\s*(charset=.*)*$")
"""Widdershins' `json` class of media types (application/json, application/vnd.x+json)."""
_YAML_BLOCK = (
    "application/x-yaml",
    "text/x-yaml",
    "multipart/form-data",
    "application/x-www-form-urlencoded",
    "application/octet-stream",
)
"""Its `yaml` and `form` classes, both printed as a YAML block (matched anywhere in a name)."""


def is_json(media_type: str) -> bool:
    return _JSON.match(media_type) is not None


def body_media_type(media_types: Iterable[str]) -> str:
    """The media type a body of these media types (in document order) goes out with, as
    the page reader reads it back (generator.read.artefacts.body_media_type) from the block
    printed first and the code samples' `Content-Type` (the first media type)."""
    types = list(media_types)
    block = None
    if any(map(is_json, types)):
        block = "json"
    elif any(kind in media for media in types for kind in _YAML_BLOCK):
        block = "yaml"
    sent = media_type_sent(types[0] if types else None, block)
    assert sent is not None  # a YAML block is printed only for a body with a media type
    return sent


def first_example(media: dict[str, Any]) -> JsonValue:
    """The value of a media type's first `examples` entry, which Widdershins prints in
    place of a body's schema; None without one."""
    examples = media.get("examples")
    if not isinstance(examples, dict):
        return None
    for example in examples.values():
        return cast(JsonValue, example.get("value") if isinstance(example, dict) else None)
    return None


def response_example(content: dict[str, Any]) -> JsonValue:
    """The example the page prints under a response's `> NNN Response`: a JSON media type's
    `example` (the last, where several print one). An `examples` entry is printed under its
    own description instead, which the page reader does not take for a response's."""
    found: JsonValue = None
    for media, data in content.items():
        # Widdershins skips a falsy example (0, "", false) as if there were none.
        if is_json(media) and isinstance(data, dict) and "examples" not in data:
            found = cast(JsonValue, data["example"]) if data.get("example") else found
    return found


def response_headers(document: Document, raw: Any, at: Pointer) -> tuple[Header, ...]:
    """A response's headers as the Response Headers table prints them: name, the Type and
    Format cells of the schema, the description in one cell."""
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        raise document.error(at, "must be an object")
    headers = []
    for name, value in raw.items():
        header, header_at = document.resolve(value, (*at, name))
        if not isinstance(header, dict):
            raise document.error(header_at, "must be an object")
        schema_data, _ = document.resolve(header.get("schema", {}), (*header_at, "schema"))
        if not isinstance(schema_data, dict):
            schema_data = {}
        kind, form = schema_data.get("type"), schema_data.get("format")
        schema = Schema()
        if kind is not None:
            line = SourceLocation(document.file, document.line(header_at))
            schema = parse_type_cell(str(kind), line).schema()
        if form:
            schema = replace(schema, format=str(form))
        headers.append(Header(str(name), schema, prose(header.get("description"))))
    return tuple(headers)
