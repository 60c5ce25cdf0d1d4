"""OpenAPI 3.0 → IR: the second front door, giving the IR the Widdershins page rendered from
the same document gives.

So the reader keeps what the page carries and drops what it does not (docs/pages.md lists
what): operations in Widdershins' order (grouped by first tag, untagged first), named as the
page names them; a parameter's schema as its table row and Enumerated Values carry it; the
raw JSON of the request body and of the first JSON response, the other responses as their
tables (generator.read.openapi_tables); a body's media type, the examples printed in a
schema's place and a response's headers as the page prints them
(generator.read.openapi_media); prose reflowed as Prettier reflows it; servers, schemes and
requirements as the page prints them (http and oauth2 schemes unnamed, so named as the page
reader names them); a path's own servers, callbacks and links skipped with the page's
warnings.

`read_document` reads a file (lines and JSON pointers in errors); `from_openapi` the same
from data, e.g. the export `generator.ir.openapi` writes, for the round trip.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, cast

from generator.diagnostics import ParseWarning, SourceLocation
from generator.ir.corrections import EXTENSION as CORRECTION
from generator.ir.model import (
    HTTP_METHODS,
    PARAMETER_LOCATIONS,
    Api,
    HttpMethod,
    Operation,
    Parameter,
    ParameterLocation,
    RequestBody,
    Response,
    Schema,
)
from generator.naming import operation_names, snake_case
from generator.read.openapi_document import (
    Document,
    Pointer,
    document_from_text,
    js_ordered,
    load_document,
)
from generator.read.openapi_media import (
    body_media_type,
    first_example,
    response_example,
    response_headers,
)
from generator.read.openapi_paths import Found, check_path, widdershins_order
from generator.read.openapi_schema import SchemaReader
from generator.read.openapi_security import read_requirements, read_schemes, read_servers
from generator.read.openapi_tables import (
    body_view,
    parameter_view,
    prose,
    table_view,
    with_table_of,
)
from generator.read.parse import (
    MAX_OPERATION_NAME,
    UNTAGGED_GROUP,
    ParseResult,
)
from generator.read.skipped import callback_skipped, links_skipped, servers_skipped

_PATH_ITEM_KEYS = ("parameters", "summary", "description", "servers")
"""Keys of a path item that are no operation (Widdershins takes `servers` for one, and the
page reader skips the pseudo-operation it prints)."""


def read_document(path: Path) -> ParseResult:
    """Read the OpenAPI 3.0 document at `path`. Raises ParseError (file, line, JSON pointer)
    for bad input, FileNotFoundError when there is no such file."""
    return _DocumentReader(load_document(path)).read()


def read_document_text(file: str, text: str) -> ParseResult:
    """`read_document` of a document's text (as committed at a git revision), JSON when
    `file` ends in `.json`."""
    return _DocumentReader(document_from_text(file, text)).read()


def from_openapi(document: dict[str, Any], file: str = "<openapi>") -> Api:
    """Read the OpenAPI 3.0 document `document` (data); errors are at line 1 of `file`."""
    return _DocumentReader(Document(file, js_ordered(document))).read().api


class _DocumentReader:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.schemas = SchemaReader(document)
        self.warnings: list[ParseWarning] = []
        self.lines: dict[tuple[str, str], int] = {}
        """The line of each parameter of the operation being read, by (location, name)."""

    def object(self, value: Any, pointer: Pointer) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.document.error(pointer, "must be an object")
        return value

    def resolved(self, value: Any, pointer: Pointer) -> tuple[dict[str, Any], Pointer]:
        target, at = self.document.resolve(value, pointer)
        return self.object(target, at), at

    def read(self) -> ParseResult:
        data = self.document.data
        info = self.object(data.get("info"), ("info",))
        found = widdershins_order(self.operations(data), data.get("tags"))
        if not found:
            raise self.document.error(("paths",), "the document has no operation")
        operations = [operation for operation, _, _ in found]
        names, notes = operation_names(
            (op.slug, op.operation_id, op.method, op.path) for op in operations
        )
        title_line = self.document.line(("info", "title"))
        for note in notes:
            self.warnings.append(ParseWarning(SourceLocation(self.document.file, title_line), note))
        lines: dict[str, int] = {}
        parameter_lines: dict[tuple[str, str, str], int] = {}
        for index, ((operation, at, rows), name) in enumerate(zip(found, names, strict=True)):
            if name in lines:
                raise self.document.error(
                    at, f"the operation gets the name {name!r}, already taken by another"
                )
            lines[name] = self.document.line(at)
            operations[index] = replace(operation, slug=name)
            for (location, parameter), line in rows.items():
                parameter_lines[(name, location, parameter)] = line
        schemes, naming = read_schemes(self.document, operations)
        self.warnings += naming
        description = info.get("description")
        api = Api(
            title=self.text(info, ("info", "title")),
            version=self.text(info, ("info", "version")),
            description=prose(description),
            operations=tuple(operations),
            servers=read_servers(self.document, data.get("servers", [])),
            security_schemes=schemes,
            schemas=self.schemas.named_schemas(),
        )
        self.warnings += self.schemas.warnings
        return ParseResult(
            api,
            tuple(self.warnings),
            self.document.line(("info", "version")),
            parameter_lines,
            lines,
        )

    def text(self, info: dict[str, Any], at: Pointer) -> str:
        """The title or version, as Widdershins prints it (a YAML number as JavaScript
        writes it: `1.0` is `1`)."""
        value = info.get(at[-1])
        if isinstance(value, bool) or value is None:
            raise self.document.error(at, "a document's info states its title and version")
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = " ".join(str(value).split())
        if not text:
            raise self.document.error(at, "a document's info states its title and version")
        return text

    def operations(self, data: dict[str, Any]) -> list[Found]:
        """Every operation under `paths`, in document order, with where it is."""
        default_security = data.get("security", [])
        found: list[Found] = []
        for path, raw_item in self.object(data.get("paths", {}), ("paths",)).items():
            if path.startswith("x-"):
                continue
            item, item_at = self.resolved(raw_item, ("paths", path))
            for method, raw in item.items():
                if method in _PATH_ITEM_KEYS or method.startswith("x-"):
                    if method == "servers":
                        self.warn((*item_at, method), servers_skipped(path))
                    continue
                if method.upper() not in HTTP_METHODS:
                    raise self.document.error((*item_at, method), "is not an HTTP method")
                at = (*item_at, method)
                operation = self.operation(at, method, path, self.object(raw, at), item, item_at)
                if "security" not in raw:
                    security = read_requirements(self.document, ("security",), default_security)
                    operation = replace(operation, security=security)
                found.append((operation, at, self.lines))
        return found

    def warn(self, pointer: Pointer, message: str) -> None:
        line = self.document.line(pointer)
        self.warnings.append(ParseWarning(SourceLocation(self.document.file, line), message))

    def operation(
        self,
        at: Pointer,
        method: str,
        path: str,
        data: dict[str, Any],
        item: dict[str, Any],
        item_at: Pointer,
    ) -> Operation:
        self.callbacks(at, f"{method.upper()} {path}", data.get("callbacks"))
        operation_id = data.get("operationId")
        summary = data.get("summary") or operation_id or f"{method}_{path}".replace("/", "_")
        summary = " ".join(str(summary).split())
        if not snake_case(summary):
            raise self.document.error(at, f"summary {summary!r} has no letter or digit")
        if len(snake_case(summary)) > MAX_OPERATION_NAME:
            raise self.document.error(
                at,
                f"summary {summary[:40] + '...'!r} gives a name too long for a file name; "
                f"shorten it to at most {MAX_OPERATION_NAME} characters",
            )
        tags = data.get("tags") or ()
        tag = str(tags[0]) if tags else None
        body = data.get("requestBody")
        self.lines = {}
        parameters = self.parameters(at, data, item, item_at)
        check_path(self.document, at, path, parameters)
        return Operation(
            slug=snake_case(summary),
            method=self.sent_method(at, method.upper(), data),
            path=path,
            summary=summary,
            description=prose(data.get("description")),
            operation_id=None if operation_id is None else str(operation_id),
            tags=(tag,) if tag and tag != UNTAGGED_GROUP else (),
            parameters=parameters,
            request_body=None if body is None else self.request_body((*at, "requestBody"), body),
            responses=self.responses(
                (*at, "responses"), data.get("responses", {}), f"{method.upper()} {path}"
            ),
            extensions=tuple(
                (key, value) for key, value in data.items() if key.startswith("x-sdkgen-")
            ),
            security=(
                read_requirements(self.document, (*at, "security"), data["security"])
                if "security" in data
                else ()
            ),
        )

    def sent_method(self, at: Pointer, method: str, data: dict[str, Any]) -> HttpMethod:
        """The method an operation is sent with: the one it is written under, unless its
        `x-sdkgen-correction` sets another (generator.ir.openapi writes a corrected
        operation under the method its page states)."""
        note = data.get(CORRECTION)
        facts = note.get("set") if isinstance(note, dict) else None
        corrected = facts.get("method") if isinstance(facts, dict) else None
        if corrected is None:
            return cast(HttpMethod, method)
        if corrected not in HTTP_METHODS:
            raise self.document.error((*at, CORRECTION), f"{corrected!r} is not an HTTP method")
        return cast(HttpMethod, corrected)

    def parameters(
        self,
        at: Pointer,
        data: dict[str, Any],
        item: dict[str, Any],
        item_at: Pointer,
    ) -> tuple[Parameter, ...]:
        """The operation's parameters, then the path item's (as Widdershins lists them), an
        operation's parameter replacing the path item's of the same name and location."""
        merged: dict[tuple[str, str], tuple[dict[str, Any], Pointer]] = {}
        for owner, owner_at in ((data, at), (item, item_at)):
            raw = owner.get("parameters", [])
            if not isinstance(raw, list):
                raise self.document.error((*owner_at, "parameters"), "must be an array")
            for position, value in enumerate(raw):
                parameter, pointer = self.resolved(value, (*owner_at, "parameters", str(position)))
                key = (str(parameter.get("name")), str(parameter.get("in")))
                merged.setdefault(key, (parameter, pointer))
        result = []
        for parameter, pointer in merged.values():
            result.append(self.parameter(parameter, pointer))
            self.lines[(result[-1].location, result[-1].name)] = self.document.line(pointer)
        return tuple(result)

    def parameter(self, data: dict[str, Any], at: Pointer) -> Parameter:
        name, location = data.get("name"), data.get("in")
        if not isinstance(name, str) or not name:
            raise self.document.error((*at, "name"), "a parameter needs a name")
        if location not in PARAMETER_LOCATIONS:
            raise self.document.error(
                (*at, "in"), f"{location!r} is not one of {', '.join(PARAMETER_LOCATIONS)}"
            )
        if "schema" not in data:
            raise self.document.error(at, "a parameter without a schema is not supported")
        schema = self.schemas.read_marked(data["schema"], (*at, "schema"))
        return Parameter(
            name=name,
            location=cast(ParameterLocation, location),
            required=bool(data.get("required", False)),
            schema=parameter_view(schema),
            description=prose(data.get("description")),
        )

    def request_body(self, at: Pointer, raw: Any) -> RequestBody | None:
        data, at = self.resolved(raw, at)
        content = self.object(data.get("content", {}), (*at, "content"))
        # Widdershins prints the body of the first media type, JSON or not.
        media = next(iter(content), None)
        if media is None:
            raise self.document.error((*at, "content"), "a request body names a media type")
        media_data = self.object(content[media], (*at, "content", media))
        raw_schema = media_data.get("schema", {})
        where = (*at, "content", media, "schema")
        example = None
        if "examples" in media_data:
            # Widdershins prints the first example in place of the schema: the page has
            # the body's rows only.
            schema = body_view(self.schemas.read_marked(raw_schema, where))
            example = first_example(media_data)
        else:
            schema = self.schemas.read(raw_schema, where)
        return RequestBody(
            schema=schema,
            required=bool(data.get("required", False)),
            description=prose(data.get("description")),
            media_type=body_media_type(content),
            example=example,
        )

    def callbacks(self, at: Pointer, route: str, raw: Any) -> None:
        """The warning the page gives each callback operation Widdershins prints (one per
        callback, expression and method), which the SDK does not call."""
        if raw is None:
            return
        for name, value in self.object(raw, (*at, "callbacks")).items():
            callback, callback_at = self.resolved(value, (*at, "callbacks", name))
            for expression, item in callback.items():
                where = (*callback_at, expression)
                for method in self.resolved(item, where)[0]:
                    self.warn((*where, method), callback_skipped(str(name), route))

    def responses(self, at: Pointer, raw: Any, route: str) -> tuple[Response, ...]:
        """Every status; Widdershins prints the raw JSON Schema of the first response with a
        JSON schema (and no example of its own), and of each other response the table of its
        first media type's."""
        statuses = self.object(raw, at)
        responses = []
        printed_raw = False
        whose = "a response"  # the last status with a `Status Code` line, as the page names it
        for status, value in statuses.items():
            if status.startswith("x-"):
                continue
            data, pointer = self.resolved(value, (*at, status))
            content = self.object(data.get("content", {}), (*pointer, "content"))
            json_media = _json_media(content)
            schema = None
            first = next(iter(content), None)
            table = first is not None and self.has_schema(content, first)
            table = table and self.prints_table(content)
            if (
                json_media is not None
                and not printed_raw
                and self.has_schema(content, json_media)
                and not {"example", "examples"} & set(content[json_media])
            ):
                # An example is printed in place of the schema, leaving it to a later one.
                printed_raw = True
                schema = self.media_schema(content, json_media, pointer)
                if table and first != json_media:
                    assert first is not None
                    other = self.media_schema(content, first, pointer, marked=True)
                    schema, notes = with_table_of(schema, other)
                    for note in notes:
                        self.warn((*pointer, "content", first), note)
            elif table:
                assert first is not None
                schema = table_view(self.media_schema(content, first, pointer, marked=True))
            if table:
                whose = f"the {status} response"
            if data.get("links") and content and self.prints_table(content):
                self.warn((*pointer, "links"), links_skipped(whose, route))
            responses.append(
                Response(
                    status,
                    prose(data.get("description")),
                    schema,
                    example=response_example(content),
                    headers=response_headers(
                        self.document, data.get("headers"), (*pointer, "headers")
                    ),
                )
            )
        return tuple(responses)

    def has_schema(self, content: dict[str, Any], media: str) -> bool:
        return "schema" in self.object(content[media], ("content", media))

    def media_schema(
        self, content: dict[str, Any], media: str, at: Pointer, *, marked: bool = False
    ) -> Schema:
        where = (*at, "content", media, "schema")
        read = self.schemas.read_marked if marked else self.schemas.read
        return read(content[media]["schema"], where)

    def prints_table(self, content: dict[str, Any]) -> bool:
        """Whether Widdershins prints a Response Schema table for a response of `content`:
        not when a media type's schema is a `$ref` into components (the Schema column links
        it instead), nor when the last schema's type is a scalar."""
        schemas = [media.get("schema") for media in content.values() if isinstance(media, dict)]
        schemas = [schema for schema in schemas if schema is not None]
        for schema in schemas:
            if isinstance(schema, dict) and str(schema.get("$ref", "")).startswith("#/components/"):
                return False
        if not schemas:
            return False
        last, _ = self.document.resolve(schemas[-1], ())
        kind = last.get("type") if isinstance(last, dict) else None
        return kind in (None, "object", "array")


def _json_media(content: dict[str, Any]) -> str | None:
    return next((media for media in content if "json" in media), None)
