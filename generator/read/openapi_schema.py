"""A document's schemas → IR `Schema`s, with local `$ref`s inlined as Widdershins inlines them.

Every `$ref` is replaced by what it points to, except one whose target is already being
inlined on the way down (a schema containing itself): Widdershins prints that one
"[Circular]", and here it becomes `Schema(ref=NAME)`, NAME the schema's key under
`components/schemas`, whose schema `Api.schemas` then holds. The inlined JSON is read by
the page's own JSON Schema reader (`read_json_schema`), so both doors know the same keywords
and refuse the same ones.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from generator.diagnostics import ParseError, ParseWarning, SourceLocation
from generator.ir.model import NamedSchema, Property, Schema
from generator.read.openapi_document import Document, Pointer, pointer_text
from generator.read.schema_json import read_json_schema

_CIRCULAR = "x-sdkgen-circular"
"""Stands, inside the inlined JSON, for the `$ref` that closes a cycle; never in the IR."""
REF_MARK = "x-sdkgen-schema-ref"
"""Marks, in a schema `read_marked` gives, a schema inlined from `components/schemas` (by
its name): Widdershins prints such a schema's table row as a link, not as its type, and no
Response Schema table for a response whose schema it is. Never in the IR."""
_SCHEMAS = ("components", "schemas")
MAX_INLINED = 200_000
"""Most values one schema may stand for, its `$ref`s inlined: a schema naming another twice,
which names another twice..., grows exponentially, as it would on the page."""


class SchemaReader:
    """Reads a document's schemas, remembering which named schemas a cycle refers to."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.referred: set[str] = set()
        self.warnings: list[ParseWarning] = []
        """What reading the schemas warned about, each at the line of the schema's key."""
        self.budget = MAX_INLINED

    def read(self, raw: Any, pointer: Pointer) -> Schema:
        """The schema `raw` found at `pointer`, its `$ref`s inlined."""
        return _finish(self.read_marked(raw, pointer), keep_marks=False)

    def read_marked(self, raw: Any, pointer: Pointer) -> Schema:
        """`read`, each schema inlined from `components/schemas` marked (REF_MARK)."""
        self.budget = MAX_INLINED
        return self.read_inlined(self.inline(raw, pointer, ()), pointer)

    def read_inlined(self, inlined: Any, pointer: Pointer) -> Schema:
        try:
            located = read_json_schema(self.document.file, 1, json.dumps(inlined))
        except ParseError as error:
            raise self.document.error(pointer, error.message) from None
        at = SourceLocation(self.document.file, self.document.line(pointer))
        self.warnings += (ParseWarning(at, warning.message) for warning in located.warnings)
        return _finish(located.schema, keep_marks=True)

    def named_schemas(self) -> tuple[NamedSchema, ...]:
        """Every schema a cycle refers to, by name, in name order (and those theirs do)."""
        done: dict[str, Schema] = {}
        while pending := sorted(self.referred - set(done)):
            for name in pending:
                pointer = (*_SCHEMAS, name)
                raw = self.document.value_at(pointer, pointer_text(pointer), pointer)
                self.budget = MAX_INLINED
                inlined = self.inline(raw, pointer, (pointer,))
                done[name] = _finish(self.read_inlined(inlined, pointer), keep_marks=False)
        return tuple(NamedSchema(name, done[name]) for name in sorted(done))

    def inline(self, raw: Any, pointer: Pointer, open_refs: tuple[Pointer, ...]) -> Any:
        """`raw` with every `$ref` replaced by its target; one whose target is in
        `open_refs` (being inlined further up) by the circular marker."""
        self.budget -= 1
        if self.budget < 0:
            raise self.document.error(
                pointer,
                f"its $refs inlined, the schema holds more than {MAX_INLINED} values; sdkgen "
                "(like Widdershins) inlines every $ref",
            )
        if isinstance(raw, list):
            return [self.inline(item, (*pointer, str(i)), open_refs) for i, item in enumerate(raw)]
        if not isinstance(raw, dict):
            return raw
        if "$ref" in raw:
            ref = raw["$ref"]
            target = (
                self.document.pointer_of(ref, (*pointer, "$ref")) if isinstance(ref, str) else None
            )
            if target is not None and target in open_refs:
                if target[:-1] != _SCHEMAS:
                    raise self.document.error(
                        (*pointer, "$ref"),
                        f"the $ref {ref!r} makes a schema contain itself; sdkgen keeps such a "
                        "cycle only through a schema of components/schemas",
                    )
                self.referred.add(target[-1])
                return {_CIRCULAR: target[-1]}
            value, at = self.document.resolve(raw, pointer)
            inlined = self.inline(value, at, (*open_refs, at))
            if isinstance(inlined, dict) and at[:-1] == _SCHEMAS:
                inlined = {**inlined, REF_MARK: at[-1]}
            return inlined
        return {key: self.inline(value, (*pointer, key), open_refs) for key, value in raw.items()}


def _finish(schema: Schema, *, keep_marks: bool) -> Schema:
    """`schema` with each circular marker made the `Schema(ref=...)` it stands for, and
    without the REF_MARKs unless `keep_marks`."""
    for key, value in schema.extensions:
        if key == _CIRCULAR and isinstance(value, str):
            return Schema(ref=value)

    def finish(inner: Schema) -> Schema:
        return _finish(inner, keep_marks=keep_marks)

    additional = schema.additional_properties
    return replace(
        schema,
        properties=tuple(Property(p.name, finish(p.schema)) for p in schema.properties),
        items=None if schema.items is None else finish(schema.items),
        additional_properties=finish(additional) if isinstance(additional, Schema) else additional,
        one_of=tuple(map(finish, schema.one_of)),
        any_of=tuple(map(finish, schema.any_of)),
        all_of=tuple(map(finish, schema.all_of)),
        extensions=tuple(
            (key, value) for key, value in schema.extensions if keep_marks or key != REF_MARK
        ),
    )


def schema_name(schema: Schema) -> str | None:
    """The name of the `components/schemas` entry a marked schema was inlined from."""
    return next((str(value) for key, value in schema.extensions if key == REF_MARK), None)
