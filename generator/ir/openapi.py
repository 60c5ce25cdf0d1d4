"""IR → OpenAPI 3.0.3: the spec a page was rendered from, reconstructed.

`to_openapi` carries everything the IR holds and invents nothing: no tags Widdershins made
up, no servers or security schemes the page does not list (an operation's security is
written on the operation itself, never as the document's default). An operation whose
method the config corrected is written under the method its page states (OpenAPI holds one
operation per path and method, and the corrected one may share both with another operation,
served on another host), its `x-sdkgen-correction` naming the method it is sent with.
`generator.read.openapi` reads such a document back into the IR, so the export can be
checked by a round trip.
"""

from __future__ import annotations

from typing import Any

from generator.ir.corrections import stated_method
from generator.ir.json_text import dump_json
from generator.ir.model import (
    Api,
    NamedSchema,
    Operation,
    Parameter,
    RequestBody,
    Response,
    Schema,
    SecurityScheme,
    Server,
)

OPENAPI_VERSION = "3.0.3"
SCHEMA_REF_PREFIX = "#/components/schemas/"
"""Where a `$ref` to a named schema points."""
Named = tuple[NamedSchema, ...]


def to_openapi(api: Api) -> dict[str, Any]:
    """The OpenAPI 3.0.3 document for `api`, keys in a stable order."""
    info: dict[str, Any] = {"title": api.title, "version": api.version}
    if api.description is not None:
        info["description"] = api.description
    paths: dict[str, dict[str, Any]] = {}
    for operation in api.operations:
        method = stated_method(operation).lower()
        paths.setdefault(operation.path, {})[method] = _operation(operation, api.schemas)
    document: dict[str, Any] = {"openapi": OPENAPI_VERSION, "info": info}
    if api.servers:
        document["servers"] = [_server(server) for server in api.servers]
    document["paths"] = paths
    components: dict[str, Any] = {}
    if api.schemas:
        components["schemas"] = {
            named.name: schema_to_json(named.schema, api.schemas, root=True)
            for named in api.schemas
        }
    if api.security_schemes:
        components["securitySchemes"] = {s.name: _security_scheme(s) for s in api.security_schemes}
    if components:
        document["components"] = components
    return document


def dump_openapi(api: Api) -> str:
    """`to_openapi` as JSON text with a final newline."""
    return dump_json(to_openapi(api)) + "\n"


def _operation(operation: Operation, named: Named) -> dict[str, Any]:
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
        result["parameters"] = [_parameter(p, named) for p in operation.parameters]
    if operation.request_body is not None:
        result["requestBody"] = _request_body(operation.request_body, named)
    result["responses"] = {r.status: _response(r, named) for r in operation.responses}
    if operation.security:
        result["security"] = [
            {requirement.scheme: list(requirement.scopes) for requirement in alternative}
            for alternative in operation.security
        ]
    for key, value in operation.extensions:
        result[key] = value
    return result


def _server(server: Server) -> dict[str, Any]:
    result = _given(("url", server.url), ("description", server.description))
    if server.variables:
        result["variables"] = {
            variable.name: _given(
                ("enum", list(variable.enum) or None),
                ("default", variable.default),
                ("description", variable.description),
            )
            for variable in server.variables
        }
    return result


def _security_scheme(scheme: SecurityScheme) -> dict[str, Any]:
    result = _given(
        ("type", scheme.type),
        ("description", scheme.description),
        ("name", scheme.parameter),
        ("in", scheme.location),
        ("scheme", scheme.scheme),
        ("bearerFormat", scheme.bearer_format),
        ("openIdConnectUrl", scheme.open_id_connect_url),
    )
    if scheme.flows:
        result["flows"] = {
            flow.type: _given(
                ("authorizationUrl", flow.authorization_url),
                ("tokenUrl", flow.token_url),
                ("refreshUrl", flow.refresh_url),
                ("scopes", {scope.name: scope.description for scope in flow.scopes}),
            )
            for flow in scheme.flows
        }
    return result


def _given(*pairs: tuple[str, Any]) -> dict[str, Any]:
    """The keys whose value is given (not None), in order."""
    return {key: value for key, value in pairs if value is not None}


def _parameter(parameter: Parameter, named: Named) -> dict[str, Any]:
    result: dict[str, Any] = {"name": parameter.name, "in": parameter.location}
    if parameter.description is not None:
        result["description"] = parameter.description
    result["required"] = parameter.required
    result["schema"] = schema_to_json(parameter.schema, named)
    return result


def _request_body(body: RequestBody, named: Named) -> dict[str, Any]:
    result: dict[str, Any] = {}
    if body.description is not None:
        result["description"] = body.description
    media: dict[str, Any] = {"schema": schema_to_json(body.schema, named)}
    if body.example is not None:
        # As an `examples` entry: Widdershins prints a body's first `examples` value in place
        # of its schema, as the page did, but never a body's `example`.
        media["examples"] = {"example": {"value": body.example}}
    result["content"] = {body.media_type: media}
    if body.required:
        result["required"] = True
    return result


def _response(response: Response, named: Named) -> dict[str, Any]:
    # OpenAPI requires a description; the page printed "none", i.e. the spec had none to give.
    result: dict[str, Any] = {"description": response.description or ""}
    if response.headers:
        result["headers"] = {
            header.name: _given(
                ("description", header.description),
                ("schema", schema_to_json(header.schema, named)),
            )
            for header in response.headers
        }
    media: dict[str, Any] = {}
    if response.schema is not None:
        media["schema"] = schema_to_json(response.schema, named)
    if response.example is not None:
        media["example"] = response.example
    if media:
        result["content"] = {response.media_type: media}
    return result


def schema_to_json(schema: Schema, named: Named = (), *, root: bool = False) -> dict[str, Any]:
    """A Schema as a JSON Schema object (OpenAPI 3.0 dialect, with `x-api-enum`); as a
    `$ref` to the named schema (`components.schemas`, of `named`), a node closing a cycle
    and, unless it is that schema's `root`, a node that is a copy of a named schema.

    The copy is how the page printed a `$ref` to a recursive schema: inlined once, its
    cycle closed inside. Written inline, its own `$ref`s would be inlined once more when the
    document is read (generator.read.openapi), a level the page does not have.
    """
    if schema.ref is not None:
        return {"$ref": SCHEMA_REF_PREFIX + schema.ref}
    if not root:
        for entry in named:
            if entry.schema == schema:
                return {"$ref": SCHEMA_REF_PREFIX + entry.name}
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
        result["properties"] = {p.name: schema_to_json(p.schema, named) for p in schema.properties}
    if isinstance(schema.additional_properties, Schema):
        result["additionalProperties"] = schema_to_json(schema.additional_properties, named)
    elif schema.additional_properties is not None:
        result["additionalProperties"] = schema.additional_properties
    if schema.items is not None:
        result["items"] = schema_to_json(schema.items, named)
    for key, variants in (
        ("oneOf", schema.one_of),
        ("anyOf", schema.any_of),
        ("allOf", schema.all_of),
    ):
        if variants:
            result[key] = [schema_to_json(variant, named) for variant in variants]
    if schema.discriminator is not None:
        discriminator: dict[str, Any] = {"propertyName": schema.discriminator.property_name}
        if schema.discriminator.mapping:
            discriminator["mapping"] = dict(schema.discriminator.mapping)
        result["discriminator"] = discriminator
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
    if schema.xml is not None:
        result["xml"] = schema.xml
    for key, value in schema.extensions:
        result[key] = value
    return result
