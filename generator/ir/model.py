"""The intermediate model: what an API page says, independent of Markdown and of Python.

Every later stage (models, clients, fixtures, diffs) is generated from these frozen dataclasses.
They hold data only: parsing lives in `generator.read`, YAML in `generator.ir.snapshot` and
OpenAPI in `generator.ir.openapi`. Sequences are tuples in source order, so two parses of the
same page compare equal and serialise to the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeAlias

JsonValue: TypeAlias = "bool | int | float | str | list[JsonValue] | dict[str, JsonValue] | None"
"""A value exactly as JSON carries it (defaults, examples, enum values)."""

SchemaType = Literal["string", "integer", "number", "boolean", "object", "array"]
SCHEMA_TYPES: tuple[SchemaType, ...] = ("string", "integer", "number", "boolean", "object", "array")

ParameterLocation = Literal["path", "query", "header", "cookie"]
PARAMETER_LOCATIONS: tuple[ParameterLocation, ...] = ("path", "query", "header", "cookie")

RULES_EXTENSION = "x-sdkgen-rules"
"""The extension of a request body that records the config's cross-field rules for it
(generator.config.facts), so that the snapshot and the release side see them."""

DECIMAL_EXTENSION = "x-sdkgen-decimal"
"""Set (true) on a string schema the config says carries a decimal (`api.decimal_strings`, a
field's `decimal`; generator.config.facts): the SDK types it as a Decimal, so the snapshot
and the release side see a field becoming one, or ceasing to be, as the type change it is."""

HttpMethod = Literal["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"]
HTTP_METHODS: tuple[HttpMethod, ...] = (
    "GET",
    "PUT",
    "POST",
    "DELETE",
    "OPTIONS",
    "HEAD",
    "PATCH",
    "TRACE",
)


@dataclass(frozen=True)
class EnumValue:
    """One allowed value of an enum, with its `x-api-enum` annotation when the page has one.

    `name` and `description` are None when the page gives the value without an `x-api-enum`
    entry (query parameters never have one), and "" when the entry exists but is blank.
    """

    value: JsonValue
    name: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class Property:
    """A named member of an object schema."""

    name: str
    schema: Schema


@dataclass(frozen=True)
class Discriminator:
    """Which property of a union's value names its variant (OpenAPI's `discriminator`).

    `mapping` pairs a property value with the `$ref` the document gives for it, verbatim and
    in document order; a Widdershins page inlines every `$ref`, so the refs are documentation
    and the variant a value names is found from the variants' own schemas.
    """

    property_name: str
    mapping: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Schema:
    """A JSON Schema node as OpenAPI 3.0 uses it, restricted to what these pages can carry.

    `type` None means the page does not say (Widdershins prints schemas deeper than its depth
    limit as `{}` and no table filled the gap). `additional_properties` is None when absent,
    a bool when given as one, and a Schema when it constrains the values. `one_of` and
    `any_of` are a union's variants in document order (a value fits exactly one of them, or
    at least one); `discriminator` is given only with one of them; `all_of` below.
    """

    type: SchemaType | None = None
    format: str | None = None
    title: str | None = None
    description: str | None = None
    enum: tuple[EnumValue, ...] = ()
    default: JsonValue = None
    example: JsonValue = None
    nullable: bool = False
    read_only: bool = False
    write_only: bool = False
    deprecated: bool = False
    required: tuple[str, ...] = ()
    properties: tuple[Property, ...] = ()
    additional_properties: Schema | bool | None = None
    items: Schema | None = None
    one_of: tuple[Schema, ...] = ()
    any_of: tuple[Schema, ...] = ()
    discriminator: Discriminator | None = None
    all_of: tuple[Schema, ...] = ()
    """An intersection's parts in document order (a value fits every one of them); the SDK
    merges them into one schema (generator.ir.intersections)."""
    minimum: int | float | None = None
    maximum: int | float | None = None
    exclusive_minimum: bool = False
    """Whether `minimum` itself is excluded (the OpenAPI 3.0 form; a page's numeric
    `exclusiveMinimum` is read into `minimum` and this flag)."""
    exclusive_maximum: bool = False
    multiple_of: int | float | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    min_items: int | None = None
    max_items: int | None = None
    unique_items: bool = False
    xml: JsonValue = None
    """OpenAPI's `xml` object (how the value is written as XML), kept verbatim for the
    export; it has no effect on the SDK, which speaks JSON."""
    extensions: tuple[tuple[str, JsonValue], ...] = ()
    """`x-*` keywords other than `x-api-enum`, in source order, kept verbatim."""
    ref: str | None = None
    """The name of the schema of `Api.schemas` this node stands for, set only where a schema
    contains itself: the `$ref` that closes a cycle (Widdershins prints it "[Circular]").
    Every other reference is inlined, as the page inlines it; a node with `ref` carries
    nothing else."""

    @property
    def variants(self) -> tuple[Schema, ...]:
        """The variants of a union (`oneOf` or `anyOf`), empty for any other schema."""
        return self.one_of or self.any_of

    def properties_for(self, direction: Literal["request", "response"]) -> tuple[Property, ...]:
        """The properties a value sent that way carries: a read-only property is never in a
        request, a write-only one never in a response (OpenAPI's `readOnly`/`writeOnly`)."""
        if direction == "request":
            return tuple(prop for prop in self.properties if not prop.schema.read_only)
        return tuple(prop for prop in self.properties if not prop.schema.write_only)

    def find_property(self, name: str) -> Schema | None:
        """The schema of the property called `name`, or None when there is none."""
        for prop in self.properties:
            if prop.name == name:
                return prop.schema
        return None

    @property
    def marked_decimal(self) -> bool:
        """Whether the config says this string carries a decimal (DECIMAL_EXTENSION)."""
        return (DECIMAL_EXTENSION, True) in self.extensions


@dataclass(frozen=True)
class NamedSchema:
    """A schema the API names (OpenAPI's `components.schemas`, a page's `# Schemas`), kept
    because a recursive schema refers to it by that name (`Schema.ref`)."""

    name: str
    schema: Schema


@dataclass(frozen=True)
class Parameter:
    """A path, query, header or cookie parameter, from the page's Parameters table."""

    name: str
    location: ParameterLocation
    required: bool
    schema: Schema
    description: str | None = None


FORM_MEDIA_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
"""The media types of a body sent as a form (httpx's `data=` and `files=`), not as JSON."""


@dataclass(frozen=True)
class RequestBody:
    """The request body, from the `> Body parameter` block and the `»` table rows.

    `media_type` is the one the page prints the body for: JSON, or a form
    (FORM_MEDIA_TYPES), whose schema Widdershins prints as YAML. `example` is the media
    type's example (its `example`, or its first `examples`' value), which Widdershins prints
    in the schema's place: the schema then comes from the table rows alone.
    """

    schema: Schema
    required: bool = False
    description: str | None = None
    media_type: str = "application/json"
    example: JsonValue = None


@dataclass(frozen=True)
class Header:
    """A header a response carries (the page's Response Headers table)."""

    name: str
    schema: Schema
    description: str | None = None


@dataclass(frozen=True)
class Response:
    """One row of the Responses table, with its schema when the page prints one.

    `example` is the media type's `example`, which Widdershins prints in the schema's place:
    the schema then comes from the Response Schema table alone, and without one the SDK
    leaves the response untyped.
    """

    status: str
    description: str | None = None
    schema: Schema | None = None
    media_type: str = "application/json"
    example: JsonValue = None
    headers: tuple[Header, ...] = ()


ApiKeyLocation = Literal["header", "query", "cookie"]
SecuritySchemeType = Literal["apiKey", "http", "oauth2", "openIdConnect"]
OAuthFlowType = Literal["implicit", "password", "clientCredentials", "authorizationCode"]


@dataclass(frozen=True)
class Scope:
    """An OAuth 2 scope a flow grants, with what the page says it allows."""

    name: str
    description: str = ""


@dataclass(frozen=True)
class OAuthFlow:
    """One OAuth 2 flow of a scheme: its kind, the URLs it uses and its scopes."""

    type: OAuthFlowType
    authorization_url: str | None = None
    token_url: str | None = None
    refresh_url: str | None = None
    scopes: tuple[Scope, ...] = ()


@dataclass(frozen=True)
class SecurityScheme:
    """A way the API authenticates a caller, as OpenAPI's `components.securitySchemes` names it.

    Which fields apply depends on `type`: `location` and `parameter` (the header, query or
    cookie parameter that carries the key) for apiKey; `scheme` ("basic", "bearer") and
    `bearer_format` for http; `flows` for oauth2; `open_id_connect_url` for openIdConnect.
    """

    name: str
    type: SecuritySchemeType
    description: str | None = None
    location: ApiKeyLocation | None = None
    parameter: str | None = None
    scheme: str | None = None
    bearer_format: str | None = None
    flows: tuple[OAuthFlow, ...] = ()
    open_id_connect_url: str | None = None


@dataclass(frozen=True)
class SecurityRequirement:
    """One scheme an alternative requires, with the scopes it needs (OAuth 2, OpenID)."""

    scheme: str
    scopes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ServerVariable:
    """A `{name}` of a server URL: its default and, when the document closes it, its values."""

    name: str
    default: str
    enum: tuple[str, ...] = ()
    description: str | None = None


@dataclass(frozen=True)
class Server:
    """A base URL the API is served at, `{variables}` unexpanded."""

    url: str
    description: str | None = None
    variables: tuple[ServerVariable, ...] = ()


@dataclass(frozen=True)
class Operation:
    """One endpoint: a `## Summary` section of the page.

    `slug` is the snake_case name derived from the summary (unique within the page);
    `operation_id` is the id behind the page's `<a id="opId...">` anchor, when present.
    """

    slug: str
    method: HttpMethod
    path: str
    summary: str
    description: str | None = None
    operation_id: str | None = None
    tags: tuple[str, ...] = ()
    deprecated: bool = False
    parameters: tuple[Parameter, ...] = ()
    request_body: RequestBody | None = None
    responses: tuple[Response, ...] = ()
    extensions: tuple[tuple[str, JsonValue], ...] = ()
    """`x-*` keywords of the operation itself (`x-sdkgen-correction` when the config corrects
    its method), in order."""
    security: tuple[tuple[SecurityRequirement, ...], ...] = ()
    """The alternatives that authenticate a call, any one of which will do; each names the
    schemes it needs together. Empty: the call needs no authentication. An empty
    alternative: authentication is optional."""

    @property
    def path_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "path")

    @property
    def query_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "query")

    def response(self, status: str) -> Response | None:
        """The response documented for `status` (e.g. "200"), or None."""
        for response in self.responses:
            if response.status == status:
                return response
        return None

    def success(self) -> Response | None:
        """The response the SDK types: the 200, else the 2xx of the lowest status (`201`
        before `202` before `2XX`, whatever order the responses are listed in), else None.
        Every response stays in `responses`."""
        successes = sorted(
            (response for response in self.responses if response.status.startswith("2")),
            key=lambda response: (response.status != "200", response.status),
        )
        return successes[0] if successes else None


@dataclass(frozen=True)
class Api:
    """A whole page: the API's identity and its operations in page order."""

    title: str
    version: str
    description: str | None = None
    operations: tuple[Operation, ...] = ()
    servers: tuple[Server, ...] = ()
    """The base URLs the page lists, in its order (the SDK's hosts come from the config)."""
    security_schemes: tuple[SecurityScheme, ...] = ()
    """The schemes the page's Authentication section describes, in its order."""
    schemas: tuple[NamedSchema, ...] = ()
    """The named schemas some `Schema.ref` refers to, in name order; a cycle inside one is
    itself a `ref`. Empty for an API without recursive schemas."""

    @property
    def group(self) -> str | None:
        """The group of endpoints the page documents: KuCoin pages put it in the description's
        first line ("order", "market", "positions")."""
        if not self.description:
            return None
        return self.description.split("\n", 1)[0]
