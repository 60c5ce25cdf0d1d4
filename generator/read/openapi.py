"""OpenAPI 3.0 → IR: a second front end, for documents of the subset `generator.ir.openapi`
writes (inline schemas, JSON bodies), so the export can be checked by a round trip.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any, cast

from generator.diagnostics import ParseError, SourceLocation
from generator.ir.corrections import EXTENSION as CORRECTION
from generator.ir.model import (
    HTTP_METHODS,
    Api,
    Header,
    HttpMethod,
    JsonValue,
    NamedSchema,
    OAuthFlow,
    OAuthFlowType,
    Operation,
    Parameter,
    ParameterLocation,
    RequestBody,
    Response,
    Schema,
    Scope,
    SecurityRequirement,
    SecurityScheme,
    Server,
    ServerVariable,
)
from generator.naming import operation_names, snake_case
from generator.read.schema_json import read_json_schema


def from_openapi(document: dict[str, Any], file: str = "<openapi>") -> Api:
    """Read an OpenAPI 3.0 document of the subset `to_openapi` writes back into the IR.

    Raises ParseError (located at line 1 of `file`, with a JSON pointer in the message) for
    anything outside that subset.
    """
    info = _object(document.get("info"), "#/info", file)
    # An operation without its own `security` takes the document's (OpenAPI's default).
    default_security = _read_security(file, "#/security", document.get("security", []))
    operations: list[Operation] = []
    for path, item in _object(document.get("paths"), "#/paths", file).items():
        pointer = f"#/paths/{_escape_pointer(path)}"
        for method, raw in _object(item, pointer, file).items():
            if method.upper() not in HTTP_METHODS:
                raise _error(file, f"{pointer}: {method!r} is not an HTTP method")
            operation = _read_operation(file, f"{pointer}/{method}", method.upper(), path, raw)
            if "security" not in _object(raw, pointer, file):
                operation = replace(operation, security=default_security)
            operations.append(operation)
    names, _ = operation_names((op.slug, op.operation_id, op.method, op.path) for op in operations)
    operations = [replace(op, slug=name) for op, name in zip(operations, names, strict=True)]
    components = _object(document.get("components", {}), "#/components", file)
    schemes = _object(components.get("securitySchemes", {}), "#/components/securitySchemes", file)
    schemas = _object(components.get("schemas", {}), "#/components/schemas", file)
    return Api(
        title=str(info.get("title", "")),
        version=str(info.get("version", "")),
        description=info.get("description"),
        operations=tuple(operations),
        servers=tuple(
            _read_server(file, f"#/servers/{index}", server)
            for index, server in enumerate(document.get("servers", ()))
        ),
        security_schemes=tuple(
            _read_security_scheme(file, f"#/components/securitySchemes/{name}", name, scheme)
            for name, scheme in schemes.items()
        ),
        schemas=tuple(
            NamedSchema(name, _read_schema(file, f"#/components/schemas/{name}", schemas[name]))
            for name in sorted(schemas)
        ),
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
        security=_read_security(file, f"{pointer}/security", data.get("security", [])),
    )


def _read_security(
    file: str, pointer: str, raw: Any
) -> tuple[tuple[SecurityRequirement, ...], ...]:
    if not isinstance(raw, list):
        raise _error(file, f"{pointer} must be an array")
    return tuple(
        tuple(
            SecurityRequirement(str(name), tuple(str(scope) for scope in scopes or ()))
            for name, scopes in _object(alternative, f"{pointer}/{index}", file).items()
        )
        for index, alternative in enumerate(raw)
    )


def _read_server(file: str, pointer: str, raw: Any) -> Server:
    data = _object(raw, pointer, file)
    variables = _object(data.get("variables", {}), f"{pointer}/variables", file)
    return Server(
        url=str(data.get("url", "")),
        description=data.get("description"),
        variables=tuple(
            ServerVariable(
                name=name,
                default=str(variable.get("default", "")),
                enum=tuple(str(value) for value in variable.get("enum", ())),
                description=variable.get("description"),
            )
            for name, variable in (
                (name, _object(value, f"{pointer}/variables/{name}", file))
                for name, value in variables.items()
            )
        ),
    )


_SCHEME_TYPES = ("apiKey", "http", "oauth2", "openIdConnect")
_FLOW_TYPES = ("implicit", "password", "clientCredentials", "authorizationCode")


def _read_security_scheme(file: str, pointer: str, name: str, raw: Any) -> SecurityScheme:
    data = _object(raw, pointer, file)
    kind = data.get("type")
    if kind not in _SCHEME_TYPES:
        raise _error(file, f"{pointer}/type: {kind!r} is not a security scheme type")
    location = data.get("in")
    if location not in (None, "header", "query", "cookie"):
        raise _error(file, f"{pointer}/in: {location!r} is not header, query or cookie")
    flows: list[OAuthFlow] = []
    for flow_type, flow in _object(data.get("flows", {}), f"{pointer}/flows", file).items():
        if flow_type not in _FLOW_TYPES:
            raise _error(file, f"{pointer}/flows: {flow_type!r} is not an OAuth 2 flow")
        flow_data = _object(flow, f"{pointer}/flows/{flow_type}", file)
        scopes = _object(flow_data.get("scopes", {}), f"{pointer}/flows/{flow_type}/scopes", file)
        flows.append(
            OAuthFlow(
                type=cast(OAuthFlowType, flow_type),
                authorization_url=flow_data.get("authorizationUrl"),
                token_url=flow_data.get("tokenUrl"),
                refresh_url=flow_data.get("refreshUrl"),
                scopes=tuple(Scope(str(k), str(v)) for k, v in scopes.items()),
            )
        )
    return SecurityScheme(
        name=name,
        type=kind,
        description=data.get("description"),
        location=location,
        parameter=data.get("name"),
        scheme=data.get("scheme"),
        bearer_format=data.get("bearerFormat"),
        flows=tuple(flows),
        open_id_connect_url=data.get("openIdConnectUrl"),
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
        schema=_read_schema(
            file, f"{pointer}/content", _object(media, pointer, file).get("schema", {})
        ),
        required=bool(data.get("required", False)),
        description=data.get("description"),
        media_type=media_type,
        example=_example(media),
    )


def _example(media: dict[str, Any]) -> JsonValue:
    """A media type's example: its `example`, else its first `examples`' value (the one a
    Widdershins page prints)."""
    if "example" in media:
        return cast(JsonValue, media["example"])
    for example in (media.get("examples") or {}).values():
        return cast(JsonValue, example.get("value") if isinstance(example, dict) else None)
    return None


def _read_response(file: str, pointer: str, status: str, raw: Any) -> Response:
    data = _object(raw, pointer, file)
    content = data.get("content")
    description = data.get("description") or None
    headers = _read_headers(file, f"{pointer}/headers", data.get("headers", {}))
    if not content:
        return Response(status, description, headers=headers)
    media_type, media = next(iter(_object(content, f"{pointer}/content", file).items()))
    schema = _object(media, pointer, file).get("schema")
    return Response(
        status,
        description,
        None if schema is None else _read_schema(file, f"{pointer}/content", schema),
        media_type,
        example=_example(media),
        headers=headers,
    )


def _read_headers(file: str, pointer: str, raw: Any) -> tuple[Header, ...]:
    return tuple(
        Header(
            name,
            _read_schema(file, f"{pointer}/{name}/schema", header.get("schema", {})),
            header.get("description"),
        )
        for name, header in (
            (name, _object(value, f"{pointer}/{name}", file))
            for name, value in _object(raw, pointer, file).items()
        )
    )


def _read_schema(file: str, pointer: str, raw: JsonValue) -> Schema:
    # One schema reader for pages and documents: the same keywords, the same errors.
    try:
        return read_json_schema(file, 1, json.dumps(raw, indent=2), local_refs=True).schema
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
