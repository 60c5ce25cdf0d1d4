"""The page's servers and authentication, as Widdershins prints them, → IR.

Widdershins 4.0.1 prints, before the operations, a `Base URLs:` list (each server's URL, its
variables with their description, default and values) and a `# Authentication` section (the
security schemes); after each operation an `<aside>` naming the schemes that authenticate it.
Prettier reflows all of it (list markers, indentation, wrapped lines), and indented items
under the scope tables read as code to a Markdown parser, so the lines are read here one
by one, each item with its continuation lines.

What the page does not carry stays unknown: a server's description, an http scheme's
`bearerFormat`, an OAuth 2 flow's `refreshUrl`, openIdConnect schemes (Widdershins prints
none of them), and the names of http and oauth2 schemes, which `name_schemes` recovers from
the operations' requirements where only one answer fits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import cast

from generator.diagnostics import ParseError, ParseWarning, SourceLocation
from generator.ir.model import (
    ApiKeyLocation,
    OAuthFlow,
    OAuthFlowType,
    Operation,
    Scope,
    SecurityRequirement,
    SecurityScheme,
    Server,
    ServerVariable,
)
from generator.read.markdown_text import unescape
from generator.read.page import TextBlock

__all__ = ["name_schemes", "read_requirements", "read_schemes", "read_servers"]


_ITEM = re.compile(r"^ *[-*+] (?P<text>.*)$")
_SERVER = re.compile(r'^<a href="(?P<url>[^"]*)">.*</a>$')
_VARIABLE = re.compile(r"^\*\*(?P<name>.+?)\*\* - (?P<rest>.*)$")
_API_KEY = re.compile(r"^API Key \((?P<name>.+)\)$")
_API_KEY_PARAMETER = re.compile(
    r"^Parameter Name: \*\*(?P<parameter>.+)\*\*, in: (?P<location>header|query|cookie)\."
    r"(?: (?P<description>.*))?$"
)
_HTTP = re.compile(r"^HTTP Authentication, scheme: (?P<scheme>\S+)(?: (?P<description>.*))?$")
_OAUTH2 = re.compile(r"^oAuth2 authentication\.(?: (?P<description>.*))?$")
_FLOW = re.compile(r"^Flow: (?P<flow>implicit|password|clientCredentials|authorizationCode)$")
_FLOW_URL = re.compile(r"^(?P<kind>Authorization|Token) URL = \[(?P<url>[^\]]*)\]\([^)]*\)$")
_TABLE_ROW = re.compile(r"^\|(?P<cells>.*)\|$")
_REQUIRED = (
    "To perform this operation, you must be authenticated by means of one of the following methods:"
)
_NOT_REQUIRED = "This operation does not require authentication"
_SCOPES = re.compile(r"^(?P<name>[^(]+?) \( Scopes: (?P<scopes>[^)]*)\)$")
_NONE = "None"
"""What Widdershins prints for an empty alternative (authentication optional)."""


@dataclass(frozen=True)
class _Item:
    """A list item with its continuation lines joined, or a table row."""

    line: int
    text: str
    is_row: bool = False


def _items(lines: Iterable[TextBlock]) -> list[_Item]:
    items: list[_Item] = []
    for line in lines:
        stripped = line.text.strip()
        if not stripped:
            continue
        if row := _TABLE_ROW.match(stripped):
            items.append(_Item(line.line, row.group("cells"), is_row=True))
        elif item := _ITEM.match(line.text):
            items.append(_Item(line.line, item.group("text").strip()))
        elif items and not items[-1].is_row:
            last = items[-1]
            items[-1] = replace(last, text=f"{last.text} {stripped}")
        else:
            items.append(_Item(line.line, stripped))
    return items


def read_servers(file: str, lines: Sequence[TextBlock]) -> tuple[Server, ...]:
    """The `Base URLs:` list → servers. Raises ParseError on an item Widdershins does not
    print there."""
    servers: list[Server] = []
    variables: list[ServerVariable] = []

    def close_server() -> None:
        if servers:
            servers[-1] = replace(servers[-1], variables=tuple(variables))
        variables.clear()

    for item in _items(lines):
        if server := _SERVER.match(item.text):
            close_server()
            servers.append(Server(url=server.group("url")))
        elif (variable := _VARIABLE.match(item.text)) and servers:
            description, marker, default = variable.group("rest").rpartition("Default: ")
            if not marker:
                raise ParseError(
                    SourceLocation(file, item.line), "a server variable without 'Default:'"
                )
            variables.append(
                ServerVariable(
                    name=variable.group("name"),
                    default=unescape(default.strip()),
                    description=unescape(description.strip()) or None,
                )
            )
        elif variables and not item.is_row:
            last = variables[-1]
            variables[-1] = replace(last, enum=(*last.enum, unescape(item.text)))
        else:
            raise ParseError(
                SourceLocation(file, item.line),
                f"{item.text[:60]!r} is neither a server nor a server variable",
            )
    close_server()
    return tuple(servers)


def read_schemes(file: str, lines: Sequence[TextBlock]) -> tuple[SecurityScheme, ...]:
    """The `# Authentication` section → security schemes, in page order.

    http and oauth2 schemes come out named "" (the page does not name them): `name_schemes`
    names them. Raises ParseError on a line Widdershins does not print there, and on an
    OAuth 2 scheme OpenAPI would refuse: no flow, a flow listed twice, a flow without the
    URLs it requires or with one it does not take.
    """
    schemes: list[SecurityScheme] = []
    api_key_lines: dict[str, int] = {}
    oauth2_lines: dict[int, int] = {}  # scheme index -> its line
    flow_lines: dict[tuple[int, int], int] = {}  # (scheme, flow) index -> the `Flow:` line
    for item in _items(lines):
        text = item.text
        last = schemes[-1] if schemes else None
        if api_key := _API_KEY.match(text):
            schemes.append(SecurityScheme(name=unescape(api_key.group("name")), type="apiKey"))
            api_key_lines.setdefault(schemes[-1].name, item.line)
        elif (parameter := _API_KEY_PARAMETER.match(text)) and last and last.type == "apiKey":
            if last.parameter is not None:
                raise ParseError(SourceLocation(file, item.line), "a second parameter line")
            schemes[-1] = replace(
                last,
                parameter=unescape(parameter.group("parameter")),
                location=cast(ApiKeyLocation, parameter.group("location")),
                description=unescape(parameter.group("description") or "").strip() or None,
            )
        elif http := _HTTP.match(text):
            description = unescape(http.group("description") or "").strip() or None
            schemes.append(
                SecurityScheme(
                    name="", type="http", scheme=http.group("scheme"), description=description
                )
            )
        elif oauth2 := _OAUTH2.match(text):
            description = unescape(oauth2.group("description") or "").strip() or None
            schemes.append(SecurityScheme(name="", type="oauth2", description=description))
            oauth2_lines[len(schemes) - 1] = item.line
        elif (flow := _FLOW.match(text)) and last and last.type == "oauth2":
            if any(known.type == flow.group("flow") for known in last.flows):
                raise ParseError(
                    SourceLocation(file, item.line),
                    f"the {flow.group('flow')} flow is listed twice",
                )
            new_flow = OAuthFlow(type=cast(OAuthFlowType, flow.group("flow")))
            flow_lines[len(schemes) - 1, len(last.flows)] = item.line
            schemes[-1] = replace(last, flows=(*last.flows, new_flow))
        elif (url := _FLOW_URL.match(text)) and last and last.flows:
            flow_ = last.flows[-1]
            _check_url(SourceLocation(file, item.line), flow_, url.group("kind"))
            if url.group("kind") == "Authorization":
                flow_ = replace(flow_, authorization_url=url.group("url"))
            else:
                flow_ = replace(flow_, token_url=url.group("url"))
            flows = (*last.flows[:-1], flow_)
            schemes[-1] = replace(last, flows=flows)
        elif item.is_row and last and last.flows:
            cells = [unescape(cell.strip()) for cell in item.text.split("|")]
            if cells == ["Scope", "Scope Description"] or set("".join(cells)) <= set("-: "):
                continue
            if len(cells) != 2:
                raise ParseError(
                    SourceLocation(file, item.line), "a scope row of other than 2 cells"
                )
            flow_ = last.flows[-1]
            scopes = (*flow_.scopes, Scope(cells[0], cells[1]))
            schemes[-1] = replace(last, flows=(*last.flows[:-1], replace(flow_, scopes=scopes)))
        else:
            raise ParseError(
                SourceLocation(file, item.line),
                f"{text[:60]!r} is not a security scheme as Widdershins prints one",
            )
    for scheme in schemes:
        if scheme.type == "apiKey" and scheme.parameter is None:
            raise ParseError(
                SourceLocation(file, api_key_lines[scheme.name]),
                f"API key {scheme.name!r} names no parameter",
            )
    for index, line in oauth2_lines.items():
        if not schemes[index].flows:
            raise ParseError(SourceLocation(file, line), "an OAuth 2 scheme without a flow")
    for (scheme_index, flow_index), line in flow_lines.items():
        missing = _missing_url(schemes[scheme_index].flows[flow_index])
        if missing is not None:
            raise ParseError(SourceLocation(file, line), missing)
    return tuple(schemes)


_FLOW_URLS: dict[str, tuple[str, ...]] = {
    "implicit": ("Authorization",),
    "password": ("Token",),
    "clientCredentials": ("Token",),
    "authorizationCode": ("Authorization", "Token"),
}
"""The URLs OpenAPI requires of each flow (`authorizationUrl`, `tokenUrl`)."""


def _check_url(location: SourceLocation, flow: OAuthFlow, kind: str) -> None:
    """Raise ParseError if `flow` takes no `kind` URL or has one already."""
    if kind not in _FLOW_URLS[flow.type]:
        raise ParseError(location, f"the {flow.type} flow takes no {kind} URL")
    if (flow.authorization_url if kind == "Authorization" else flow.token_url) is not None:
        raise ParseError(location, f"a second {kind} URL for the {flow.type} flow")


def _missing_url(flow: OAuthFlow) -> str | None:
    """What a flow lacks that OpenAPI requires, as an error message; None if nothing."""
    for kind in _FLOW_URLS[flow.type]:
        url = flow.authorization_url if kind == "Authorization" else flow.token_url
        if not url:
            return f"the {flow.type} flow gives no {kind} URL (a line `- {kind} URL = [URL](URL)`)"
    return None


def read_requirements(
    file: str, line: int, text: str
) -> tuple[tuple[SecurityRequirement, ...], ...]:
    """An operation's authentication note → its alternatives (`Operation.security`).

    Widdershins writes the alternatives separated by ", ", the schemes of one alternative by
    " & ", each scheme's scopes as `( Scopes: a b )`, and "None" for an empty alternative.
    Raises ParseError on a note of another wording.
    """
    words = " ".join(text.split())
    if words == _NOT_REQUIRED:
        return ()
    if not words.startswith(_REQUIRED + " "):
        raise ParseError(
            SourceLocation(file, line), f"authentication note {words[:60]!r} is not understood"
        )
    alternatives: list[tuple[SecurityRequirement, ...]] = []
    for alternative in words.removeprefix(_REQUIRED + " ").split(", "):
        if alternative == _NONE:
            alternatives.append(())
            continue
        requirements: list[SecurityRequirement] = []
        for part in alternative.split(" & "):
            if scoped := _SCOPES.match(part):
                scopes = tuple(scoped.group("scopes").split())
                requirements.append(SecurityRequirement(scoped.group("name").strip(), scopes))
            elif part and " " not in part:
                requirements.append(SecurityRequirement(part))
            else:
                raise ParseError(
                    SourceLocation(file, line), f"{part[:60]!r} is not a scheme name with scopes"
                )
        alternatives.append(tuple(requirements))
    return tuple(alternatives)


def name_schemes(
    file: str, line: int, schemes: tuple[SecurityScheme, ...], operations: Sequence[Operation]
) -> tuple[tuple[SecurityScheme, ...], list[ParseWarning]]:
    """Name the http and oauth2 schemes from the names the operations' requirements use.

    Widdershins prints an apiKey scheme's name, but not an http or oauth2 one's. A name the
    requirements use with scopes can only be an oauth2 scheme's: when there is one such name
    and one oauth2 scheme, they pair; then, when one unnamed scheme and one unknown name are
    left, they pair. Any scheme still unnamed is named after its kind (`http_basic`,
    `oauth2`), with a warning at the section's line.
    """
    named = {scheme.name for scheme in schemes if scheme.name}
    unknown: dict[str, bool] = {}  # name -> used with scopes, in order of first use
    for operation in operations:
        for alternative in operation.security:
            for requirement in alternative:
                if requirement.scheme not in named:
                    scoped = unknown.get(requirement.scheme, False) or bool(requirement.scopes)
                    unknown[requirement.scheme] = scoped
    result = list(schemes)

    def pair(index: int, name: str) -> None:
        result[index] = replace(result[index], name=name)
        del unknown[name]

    unnamed_oauth2 = [i for i, s in enumerate(result) if not s.name and s.type == "oauth2"]
    scoped_names = [name for name, scoped in unknown.items() if scoped]
    if len(unnamed_oauth2) == 1 and len(scoped_names) == 1:
        pair(unnamed_oauth2[0], scoped_names[0])
    unnamed = [i for i, s in enumerate(result) if not s.name]
    if len(unnamed) == 1 and len(unknown) == 1:
        pair(unnamed[0], next(iter(unknown)))
    warnings: list[ParseWarning] = []
    for index, scheme in enumerate(result):
        if scheme.name:
            continue
        name = f"http_{scheme.scheme}" if scheme.type == "http" else scheme.type
        while name in named or name in unknown:
            name += "_"
        named.add(name)
        result[index] = replace(scheme, name=name)
        warnings.append(
            ParseWarning(
                SourceLocation(file, line),
                f"the page does not name its {scheme.type} scheme and the operations do not "
                f"tell which it is; named it {name!r}",
            )
        )
    return tuple(result), warnings
