"""OpenAPI 3.0 → IR: a second front end, for documents of the subset `generator.ir.openapi`
writes (inline schemas, JSON bodies), so the export can be checked by a round trip.
"""

from __future__ import annotations

import json
from typing import Any, cast

from generator.diagnostics import ParseError, SourceLocation
from generator.ir.corrections import EXTENSION as CORRECTION
from generator.ir.model import (
    HTTP_METHODS,
    Api,
    HttpMethod,
    JsonValue,
    Operation,
    Parameter,
    ParameterLocation,
    RequestBody,
    Response,
    Schema,
)
from generator.naming import snake_case
from generator.read.schema_json import read_json_schema


def from_openapi(document: dict[str, Any], file: str = "<openapi>") -> Api:
    """Read an OpenAPI 3.0 document of the subset `to_openapi` writes back into the IR.

    Raises ParseError (located at line 1 of `file`, with a JSON pointer in the message) for
    anything outside that subset.
    """
    info = _object(document.get("info"), "#/info", file)
    operations: list[Operation] = []
    for path, item in _object(document.get("paths"), "#/paths", file).items():
        pointer = f"#/paths/{_escape_pointer(path)}"
        for method, raw in _object(item, pointer, file).items():
            if method.upper() not in HTTP_METHODS:
                raise _error(file, f"{pointer}: {method!r} is not an HTTP method")
            operations.append(
                _read_operation(file, f"{pointer}/{method}", method.upper(), path, raw)
            )
    return Api(
        title=str(info.get("title", "")),
        version=str(info.get("version", "")),
        description=info.get("description"),
        operations=tuple(operations),
    )


def _read_operation(file: str, pointer: str, method: str, path: str, raw: Any) -> Operation:
    data = _object(raw, pointer, file)
    summary = str(data.get("summary") or data.get("operationId") or f"{method} {path}")
    body = data.get("requestBody")
    extensions = tuple((key, value) for key, value in data.items() if key.startswith("x-"))
    return Operation(
        slug=snake_case(summary),
        method=_sent_method(file, pointer, method, dict(extensions)),
        path=path,
        summary=summary,
        description=data.get("description"),
        operation_id=data.get("operationId"),
        tags=tuple(data.get("tags", ())),
        deprecated=bool(data.get("deprecated", False)),
        parameters=tuple(
            _read_parameter(file, f"{pointer}/parameters/{index}", p)
            for index, p in enumerate(data.get("parameters", ()))
        ),
        request_body=None if body is None else _read_body(file, f"{pointer}/requestBody", body),
        responses=tuple(
            _read_response(file, f"{pointer}/responses/{status}", str(status), response)
            for status, response in _object(data.get("responses", {}), pointer, file).items()
        ),
        extensions=extensions,
    )


def _sent_method(file: str, pointer: str, method: str, extensions: dict[str, Any]) -> HttpMethod:
    """The method an operation is sent with: the one it is written under, unless its
    `x-sdkgen-correction` sets another (generator.ir.openapi writes a corrected operation
    under the method its page states)."""
    note = extensions.get(CORRECTION)
    facts = note.get("set") if isinstance(note, dict) else None
    corrected = facts.get("method") if isinstance(facts, dict) else None
    if corrected is None:
        return cast(HttpMethod, method)
    if corrected not in HTTP_METHODS:
        raise _error(file, f"{pointer}/{CORRECTION}: {corrected!r} is not an HTTP method")
    return cast(HttpMethod, corrected)


def _read_parameter(file: str, pointer: str, raw: Any) -> Parameter:
    data = _object(raw, pointer, file)
    return Parameter(
        name=str(data["name"]),
        location=cast(ParameterLocation, data["in"]),
        required=bool(data.get("required", False)),
        schema=_read_schema(file, f"{pointer}/schema", data.get("schema", {})),
        description=data.get("description"),
    )


def _read_body(file: str, pointer: str, raw: Any) -> RequestBody:
    data = _object(raw, pointer, file)
    content = _object(data.get("content"), f"{pointer}/content", file)
    if len(content) != 1:
        raise _error(file, f"{pointer}/content: exactly one media type is supported")
    media_type, media = next(iter(content.items()))
    return RequestBody(
        schema=_read_schema(file, f"{pointer}/content", _object(media, pointer, file)["schema"]),
        required=bool(data.get("required", False)),
        description=data.get("description"),
        media_type=media_type,
    )


def _read_response(file: str, pointer: str, status: str, raw: Any) -> Response:
    data = _object(raw, pointer, file)
    content = data.get("content")
    description = data.get("description") or None
    if not content:
        return Response(status, description)
    media_type, media = next(iter(_object(content, f"{pointer}/content", file).items()))
    schema = _object(media, pointer, file).get("schema")
    return Response(
        status,
        description,
        None if schema is None else _read_schema(file, f"{pointer}/content", schema),
        media_type,
    )


def _read_schema(file: str, pointer: str, raw: JsonValue) -> Schema:
    # One schema reader for pages and documents: the same keywords, the same errors.
    try:
        return read_json_schema(file, 1, json.dumps(raw, indent=2)).schema
    except ParseError as error:
        raise _error(file, f"{pointer}: {error.message}") from None


def _object(value: Any, pointer: str, file: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _error(file, f"{pointer} must be an object")
    return value


def _escape_pointer(path: str) -> str:
    return path.replace("~", "~0").replace("/", "~1")


def _error(file: str, message: str) -> ParseError:
    return ParseError(SourceLocation(file, 1), message)
