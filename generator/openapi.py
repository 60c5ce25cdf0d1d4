"""IR ⇄ OpenAPI 3.0.3: the spec a page was rendered from, reconstructed, and read back.

`to_openapi` carries everything the IR holds and invents nothing: no servers, no security,
no tags Widdershins made up. `from_openapi` reads such a document (or any OpenAPI 3.0 document
within the same subset: inline schemas, JSON bodies) back into the IR, so the export can be
checked by a round trip.
"""

from __future__ import annotations

import json
from typing import Any, cast

from generator.diagnostics import ParseError, SourceLocation
from generator.ir import (
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
from generator.schema_json import read_json_schema

OPENAPI_VERSION = "3.0.3"


def to_openapi(api: Api) -> dict[str, Any]:
    """The OpenAPI 3.0.3 document for `api`, keys in a stable order."""
    info: dict[str, Any] = {"title": api.title, "version": api.version}
    if api.description is not None:
        info["description"] = api.description
    paths: dict[str, dict[str, Any]] = {}
    for operation in api.operations:
        paths.setdefault(operation.path, {})[operation.method.lower()] = _operation(operation)
    return {"openapi": OPENAPI_VERSION, "info": info, "paths": paths}


def dump_openapi(api: Api) -> str:
    """`to_openapi` as JSON text with a final newline."""
    return json.dumps(to_openapi(api), indent=2, ensure_ascii=False) + "\n"


def _operation(operation: Operation) -> dict[str, Any]:
    result: dict[str, Any] = {}
    if operation.tags:
        result["tags"] = list(operation.tags)
    result["summary"] = operation.summary
    if operation.description is not None:
        result["description"] = operation.description
    if operation.operation_id is not None:
        result["operationId"] = operation.operation_id
    if operation.deprecated:
        result["deprecated"] = True
    if operation.parameters:
        result["parameters"] = [_parameter(p) for p in operation.parameters]
    if operation.request_body is not None:
        result["requestBody"] = _request_body(operation.request_body)
    result["responses"] = {r.status: _response(r) for r in operation.responses}
    return result


def _parameter(parameter: Parameter) -> dict[str, Any]:
    result: dict[str, Any] = {"name": parameter.name, "in": parameter.location}
    if parameter.description is not None:
        result["description"] = parameter.description
    result["required"] = parameter.required
    result["schema"] = schema_to_json(parameter.schema)
    return result


def _request_body(body: RequestBody) -> dict[str, Any]:
    result: dict[str, Any] = {}
    if body.description is not None:
        result["description"] = body.description
    result["content"] = {body.media_type: {"schema": schema_to_json(body.schema)}}
    if body.required:
        result["required"] = True
    return result


def _response(response: Response) -> dict[str, Any]:
    # OpenAPI requires a description; the page printed "none", i.e. the spec had none to give.
    result: dict[str, Any] = {"description": response.description or ""}
    if response.schema is not None:
        result["content"] = {response.media_type: {"schema": schema_to_json(response.schema)}}
    return result


def schema_to_json(schema: Schema) -> dict[str, Any]:
    """A Schema as a JSON Schema object (OpenAPI 3.0 dialect, with `x-api-enum`)."""
    result: dict[str, Any] = {}
    scalars: list[tuple[str, Any]] = [
        ("type", schema.type),
        ("format", schema.format),
        ("title", schema.title),
        ("description", schema.description),
    ]
    for key, value in scalars:
        if value is not None:
            result[key] = value
    if schema.enum:
        result["enum"] = [value.value for value in schema.enum]
        annotated = [v for v in schema.enum if v.name is not None or v.description is not None]
        if annotated:
            result["x-api-enum"] = [
                {"value": v.value, "name": v.name or "", "description": v.description or ""}
                for v in annotated
            ]
    for key, value in (("default", schema.default), ("example", schema.example)):
        if value is not None:
            result[key] = value
    for key, flag in (
        ("nullable", schema.nullable),
        ("readOnly", schema.read_only),
        ("writeOnly", schema.write_only),
        ("deprecated", schema.deprecated),
    ):
        if flag:
            result[key] = True
    if schema.required:
        result["required"] = list(schema.required)
    if schema.properties:
        result["properties"] = {p.name: schema_to_json(p.schema) for p in schema.properties}
    if isinstance(schema.additional_properties, Schema):
        result["additionalProperties"] = schema_to_json(schema.additional_properties)
    elif schema.additional_properties is not None:
        result["additionalProperties"] = schema.additional_properties
    if schema.items is not None:
        result["items"] = schema_to_json(schema.items)
    bounds: list[tuple[str, Any]] = [
        ("minimum", schema.minimum),
        ("maximum", schema.maximum),
        ("multipleOf", schema.multiple_of),
        ("minLength", schema.min_length),
        ("maxLength", schema.max_length),
        ("pattern", schema.pattern),
        ("minItems", schema.min_items),
        ("maxItems", schema.max_items),
    ]
    for key, value in bounds:
        if value is not None:
            result[key] = value
    for key, flag in (
        ("exclusiveMinimum", schema.exclusive_minimum),
        ("exclusiveMaximum", schema.exclusive_maximum),
        ("uniqueItems", schema.unique_items),
    ):
        if flag:
            result[key] = True
    for key, value in schema.extensions:
        result[key] = value
    return result


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
    return Operation(
        slug=snake_case(summary),
        method=cast(HttpMethod, method),
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
    )


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
