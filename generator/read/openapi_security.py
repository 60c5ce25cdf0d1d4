"""A document's servers, security schemes and requirements → IR, as the page carries them.

Widdershins prints no server description, no http scheme's `bearerFormat`, no OAuth 2 flow's
`refreshUrl`, no openIdConnect scheme, and not the names of http and oauth2 schemes: the
reader drops the same, and names those schemes as the page reader does
(generator.read.security.name_schemes), so that both doors give the same IR.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from generator.diagnostics import ParseWarning
from generator.ir.model import (
    OAuthFlow,
    OAuthFlowType,
    Operation,
    Scope,
    SecurityRequirement,
    SecurityScheme,
    Server,
    ServerVariable,
)
from generator.read.openapi_document import Document, Pointer
from generator.read.openapi_tables import prose
from generator.read.security import name_schemes

_SCHEME_TYPES = ("apiKey", "http", "oauth2", "openIdConnect")
_FLOW_TYPES = ("implicit", "password", "clientCredentials", "authorizationCode")
_SCHEMES = ("components", "securitySchemes")


def read_requirements(
    document: Document, pointer: Pointer, raw: Any
) -> tuple[tuple[SecurityRequirement, ...], ...]:
    """A `security` array → the alternatives of `Operation.security`."""
    if not isinstance(raw, list):
        raise document.error(pointer, "must be an array")
    alternatives = []
    for index, alternative in enumerate(raw):
        if not isinstance(alternative, dict):
            raise document.error((*pointer, str(index)), "must be an object")
        alternatives.append(
            tuple(
                SecurityRequirement(str(name), tuple(str(scope) for scope in scopes or ()))
                for name, scopes in alternative.items()
            )
        )
    return tuple(alternatives)


def read_servers(document: Document, raw: Any) -> tuple[Server, ...]:
    """The document's `servers`, without their descriptions."""
    if not isinstance(raw, list):
        raise document.error(("servers",), "must be an array")
    servers = []
    for index, server in enumerate(raw):
        at = ("servers", str(index))
        if not isinstance(server, dict) or not isinstance(server.get("url"), str):
            raise document.error(at, "a server is an object with a url")
        variables = server.get("variables", {})
        if not isinstance(variables, dict):
            raise document.error((*at, "variables"), "must be an object")
        servers.append(
            Server(
                url=server["url"],
                variables=tuple(
                    _variable(document, (*at, "variables", name), name, value)
                    for name, value in variables.items()
                ),
            )
        )
    return tuple(servers)


def _variable(document: Document, at: Pointer, name: str, raw: Any) -> ServerVariable:
    if not isinstance(raw, dict) or "default" not in raw:
        raise document.error(at, "a server variable is an object with a default")
    return ServerVariable(
        name=name,
        default=str(raw["default"]),
        enum=tuple(str(value) for value in raw.get("enum", ())),
        description=prose(raw.get("description")),
    )


def read_schemes(
    document: Document, operations: Sequence[Operation]
) -> tuple[tuple[SecurityScheme, ...], list[ParseWarning]]:
    """`components.securitySchemes` as the page's Authentication section carries them."""
    components = document.data.get("components", {})
    raw = components.get("securitySchemes", {}) if isinstance(components, dict) else {}
    if not isinstance(raw, dict):
        raise document.error(_SCHEMES, "must be an object")
    schemes = []
    for name, value in raw.items():
        scheme, _ = document.resolve(value, (*_SCHEMES, name))
        read = _scheme(document, (*_SCHEMES, name), name, scheme)
        if read is not None:
            schemes.append(read)
    return name_schemes(document.file, document.line(_SCHEMES), tuple(schemes), operations)


def _scheme(document: Document, at: Pointer, name: str, raw: Any) -> SecurityScheme | None:
    if not isinstance(raw, dict):
        raise document.error(at, "must be an object")
    kind = raw.get("type")
    if kind not in _SCHEME_TYPES:
        raise document.error((*at, "type"), f"{kind!r} is not a security scheme type")
    description = prose(raw.get("description"))
    if kind == "openIdConnect":
        return None
    if kind == "apiKey":
        location = raw.get("in")
        if location not in ("header", "query", "cookie"):
            raise document.error((*at, "in"), f"{location!r} is not header, query or cookie")
        return SecurityScheme(
            name, "apiKey", description, location=location, parameter=str(raw.get("name", ""))
        )
    if kind == "http":
        return SecurityScheme("", "http", description, scheme=str(raw.get("scheme", "")))
    flows = raw.get("flows", {})
    if not isinstance(flows, dict):
        raise document.error((*at, "flows"), "must be an object")
    read_flows = []
    for flow_type, flow in flows.items():
        if flow_type not in _FLOW_TYPES or not isinstance(flow, dict):
            raise document.error((*at, "flows", flow_type), "is not an OAuth 2 flow")
        scopes = flow.get("scopes", {})
        read_flows.append(
            OAuthFlow(
                type=cast(OAuthFlowType, flow_type),
                authorization_url=flow.get("authorizationUrl"),
                token_url=flow.get("tokenUrl"),
                scopes=tuple(Scope(str(k), str(v)) for k, v in (scopes or {}).items()),
            )
        )
    return SecurityScheme("", "oauth2", description, flows=tuple(read_flows))
