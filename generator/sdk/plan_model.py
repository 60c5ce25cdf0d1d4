"""The SDK plan: every decision the templates need, as frozen dataclasses.

The planner (generator.sdk.plan) fills them from the IR and the config; the views
(generator.sdk.views), the fixtures and the file table read them. Nothing here decides
anything: the types are the contract between planning and rendering.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from generator.config import Config, PackageConfig
from generator.ir.model import Api, JsonValue

ModelKind = Literal["request", "response"]
BodyKind = Literal["object", "array"]
"""A request body that is an object (its fields are arguments) or a list (one argument)."""


@dataclass(frozen=True)
class EnumMember:
    name: str
    value: JsonValue
    description: str | None


@dataclass(frozen=True)
class EnumClass:
    name: str
    base: str
    """StrEnum, IntEnum or Enum."""
    value_type: str
    """The Python type of the raw values (`str`, `int`), for tolerant response unions."""
    members: tuple[EnumMember, ...]
    used_by: tuple[str, ...]
    """Wire names of the fields that take these values."""
    literal: str | None = None
    """The name of the alias of its values as a `Literal` (`SideLiteral`), which requests
    take besides the members (`side="buy"`, type-checked); None when a value cannot be a
    `Literal` (a fraction)."""

    @property
    def names(self) -> tuple[str, ...]:
        """The names it defines: the class, and the alias of its values where it has one."""
        return (self.name, self.literal) if self.literal else (self.name,)

    @property
    def request_type(self) -> str:
        """What a request takes for it: a member, or one of its values as written."""
        return f"{self.name} | {self.literal}" if self.literal else self.name


@dataclass(frozen=True)
class TypeRef:
    """A Python type in the generated code, as written (`list[GetOrderListDataItem]`), with
    the names it needs in scope: the page's classes and the typing helpers it uses. Views
    import what their types name from `imports`; nothing parses `text` back."""

    text: str
    imports: frozenset[str] = frozenset()
    """Names the text uses that a module must import: model and enum classes, `Decimal`,
    `Any`, `Annotated`, `Field`."""
    item: TypeRef | None = None
    """For a list: the type of its items."""

    def list_of(self) -> TypeRef:
        return TypeRef(f"list[{self.text}]", self.imports, item=self)

    def __str__(self) -> str:
        """As written in the generated code (what templates print)."""
        return self.text


NONE_TYPE = TypeRef("None")


@dataclass(frozen=True)
class ModelField:
    attr: str
    alias: str
    annotation: TypeRef
    required: bool
    """An optional field defaults to None, whatever default the page states: a request
    sends only the fields set, so an argument left unset lets the server apply its own
    default, and the constraints still check every value the user sends. The page's default
    is the server's (the IR keeps it as written); the model may not even accept it
    (`cancelAfter` -1, "never", below its `minimum` of 0), so it is never the model's."""
    description: str | None = None
    constraints: tuple[tuple[str, JsonValue], ...] = ()
    location: str = "body"
    """path, query, header, cookie or body: where a request field goes on the wire."""
    union_left_to_right: bool = False
    """Set `union_mode="left_to_right"` on the field: a response field that is an enum."""
    alias_is_unique: bool = True
    """False when another field of the model has the same wire name (a path parameter and a
    body field both called `id`): such fields are known by attribute name only."""
    renamed_because: str | None = None
    """Why the attribute is not the wire name in snake_case (`client_oid_` for `clientOid`:
    `client_oid` is another field's wire name); the model's docstring says it."""
    deprecated: bool = False
    """The page marks the field deprecated: pydantic warns where it is read."""


Container = Literal["list", "map"] | None
"""Where a value sits: an item of a list, a value of a map, or the field itself (None)."""
RuleKind = Literal["require", "forbid", "exactly_one_of", "at_least_one_of"]


@dataclass(frozen=True)
class RuleCheck:
    """A cross-field rule on a request model, by attribute name, with its message."""

    kind: RuleKind
    fields: tuple[str, ...]
    when: tuple[tuple[str, JsonValue], ...]
    when_set: str | None
    unless: tuple[tuple[str, JsonValue], ...]
    message: str


@dataclass(frozen=True)
class ModelClass:
    name: str
    kind: ModelKind
    description: str | None
    fields: tuple[ModelField, ...] = ()
    rules: tuple[RuleCheck, ...] = ()
    root: TypeRef | None = None
    """For a RootModel (a request whose body is a top-level array): the root annotation."""


@dataclass(frozen=True)
class PageNumberPages:
    """An operation walked page by page number (config style `page_number`)."""

    start_attr: str
    """The argument holding the page to ask for (the walk starts at the caller's, else 1)."""
    start_alias: str
    items_attr: str
    items_alias: str
    item_annotation: TypeRef
    total_pages_attr: str


@dataclass(frozen=True)
class CursorPages:
    """An operation walked by a cursor (config style `cursor`): each page says where the
    next starts, in its data (`next_in_data_attr`) or in its last item's field
    (`next_in_last_item_attr`)."""

    start_attr: str
    """The argument carrying the cursor (the walk starts at the caller's, else none)."""
    start_alias: str
    items_attr: str | None
    """None: the data is the list of items itself (as is `items_alias`)."""
    items_alias: str | None
    item_annotation: TypeRef
    next_in_data_attr: str | None
    next_in_last_item_attr: str | None
    has_more_attr: str | None
    page_size_attr: str | None
    """The argument asking for a page's size: a shorter page is the last."""


Pagination = PageNumberPages | CursorPages


@dataclass(frozen=True)
class OperationPlan:
    name: str
    method: str
    path: str
    summary: str
    description: str | None
    deprecated: bool
    request_model: str | None
    response_annotation: TypeRef
    arguments: tuple[ModelField, ...]
    body_kind: BodyKind | None
    array_argument: str | None
    array_item_annotation: TypeRef | None
    see_also: str | None
    pagination: Pagination | None
    key: str
    """The operation's key in the package's OPERATIONS and its fixture's name: its name
    within its page's place in the package (`order.add_order`; `add_order` in a flat one)."""
    service: str | None = None
    """The client attribute serving the page this operation comes from (ServiceLayout)."""
    host: str | None = None
    """The operation's own host, when it is not its page's (`operations.<name>.host`)."""
    media_type: str | None = None
    """The media type its body goes out as, where not `application/json`: a form, or
    another JSON one."""
    example: Mapping[str, JsonValue] = field(default_factory=dict, hash=False)
    """The operation's fixture: an example request (path, query, body) and its 200 envelope,
    fitting the schemas, the config's bounds and rules (generator.sdk.fixtures). The README
    shows it and the fake server answers it."""

    @property
    def path_params(self) -> tuple[str, ...]:
        return tuple(a.alias for a in self.arguments if a.location == "path")

    @property
    def query_params(self) -> tuple[str, ...]:
        return tuple(a.alias for a in self.arguments if a.location == "query")

    @property
    def body_fields(self) -> tuple[str, ...]:
        return tuple(a.alias for a in self.arguments if a.location == "body")


ClientBase = Literal["ClientBase", "Service"]
"""The runtime class a page's class extends, without its `Sync`/`Async` prefix."""
Shape = Literal["flat", "services"]
"""How a package serves its pages: `flat`, one page whose modules are the package's and whose
class is the client; `services`, each page in a subpackage, served by a class the client holds
as an attribute. The views print what differs from it (generator.sdk.views.shapes)."""


@dataclass(frozen=True)
class ServiceLayout:
    """Where a page's modules go and what serves its operations: decided once, when the
    package is planned (generator.sdk.compose.service_layout), and only read after, so no
    later stage asks how many pages the package has.

    A package of one page is flat: the page's modules are the package's own and its class is
    the client. Each page of a package of several has its subpackage and a service class
    the client holds as an attribute (`client.order` is an `OrderService`)."""

    package: str
    subpackage: tuple[str, ...]
    """The page's place in the package: () for the package itself, (`order`,) for its
    subpackage. Its modules, its operations' keys and its snapshots' paths follow it."""
    attribute: str | None
    """The client attribute serving the page, dotted where it is in a group (`order`,
    `spot.order`: `client.spot.order`), which also keys its host, operations and fixtures;
    None when the page's class is the client itself."""
    class_name: str
    """The class serving the page's operations, synchronous (`Client`, `OrderService`); the
    asynchronous one is `Async` + it."""
    base: ClientBase
    shape: Shape
    """The shape of the package the page belongs to: the same for all its pages."""

    @property
    def module(self) -> str:
        """The dotted package holding the page's enums, models, operations and clients."""
        return ".".join((self.package, *self.subpackage))

    def within(self, name: str) -> str:
        """`name` at the page's place, relative to the package: `order.add_order` and
        `order.models`, or `add_order` and `models` in a flat package."""
        return ".".join((*self.subpackage, name))

    @property
    def snapshot_path(self) -> str:
        """Where the output keeps the page's IR snapshot (`api.ir.yaml`, `api/order.ir.yaml`)."""
        return "/".join(("api", *self.subpackage)) + ".ir.yaml"

    @property
    def openapi_path(self) -> str:
        """Where the output keeps the page's OpenAPI export (`openapi.json`,
        `openapi/order.json`)."""
        return "/".join(("openapi", *self.subpackage)) + ".json"


@dataclass(frozen=True)
class GroupLayout:
    """A group of services the client holds (`client.spot`, holding `client.spot.order` and
    `client.spot.market`): decided with the services' layouts (generator.sdk.compose), for
    every proper prefix of a service's place. It serves no operation itself."""

    package: str
    place: tuple[str, ...]
    """Its place in the package (`spot`,): its subpackage, and its attribute's path."""
    class_name: str
    """The class the client holds, synchronous (`SpotGroup`); the asynchronous one is
    `Async` + it."""

    @property
    def module(self) -> str:
        """The dotted package holding the group's client modules and its services."""
        return ".".join((self.package, *self.place))

    @property
    def attribute(self) -> str:
        """Its path from the client, dotted (`spot`, `copytrading`)."""
        return ".".join(self.place)


@dataclass(frozen=True)
class ServicePlan:
    """One page of the package, planned on its own: its operations, models and enums. A page
    is planned the same way whatever other pages share the package, so every name it gives
    stays stable when pages are added or removed."""

    layout: ServiceLayout
    api: Api
    config: Config
    """The page's config: its rules and bounds, with the package's facts (envelope, hosts)."""
    host: str
    """Where the page's operations go (but those with a host of their own): its configs'
    `api.base_url`, else the `hosts` table's for its group (generator.config.hosts)."""
    enums: tuple[EnumClass, ...]
    models: tuple[ModelClass, ...]
    operations: tuple[OperationPlan, ...]
    shared_enums: frozenset[str] = frozenset()
    """Names of this page's enums that are defined once for the package (`_enums.py`),
    because another page has the very same class."""


@dataclass(frozen=True)
class SdkPlan:
    """The package: always one service per page, each with its layout (ServiceLayout)."""

    config: Config
    """The package's facts: its name and version, envelope, credentials, errors, retries."""
    services: tuple[ServicePlan, ...]
    shared_enums: tuple[EnumClass, ...] = ()
    """Enums identical on several pages, defined once in the package's `_enums.py`."""
    groups: tuple[GroupLayout, ...] = ()
    """The groups services are nested in (`client.spot`), in the order first listed; none in
    a flat package or one whose services all hang from the client."""

    def __post_init__(self) -> None:
        if self.config.package is None:
            raise ValueError(f"{self.config.file}: the config names no package")
        if not self.services:
            raise ValueError(f"{self.config.file}: a package serves one page or more")
        if len({service.layout.shape for service in self.services}) > 1:
            raise ValueError(f"{self.config.file}: a package's pages share one shape")

    @property
    def shape(self) -> Shape:
        """The package's shape: its pages' one shape (checked when made)."""
        return self.services[0].layout.shape

    @property
    def package(self) -> PackageConfig:
        """The config's package section, which a plan always has (checked when made)."""
        assert self.config.package is not None
        return self.config.package

    @property
    def operations(self) -> tuple[OperationPlan, ...]:
        return tuple(op for service in self.services for op in service.operations)

    @property
    def attached(self) -> tuple[tuple[str, ServicePlan], ...]:
        """The services the client holds, each with its attribute (`client.order`): what the
        package's own client, operations table and settings list; none in a flat package."""
        return tuple(
            (service.layout.attribute, service)
            for service in self.services
            if service.layout.attribute is not None
        )

    def members(self, place: tuple[str, ...]) -> tuple[GroupLayout | ServicePlan, ...]:
        """What the client (place `()`) or a group (`("spot",)`) holds as attributes: its
        groups and services, in the order the config lists them."""
        found: dict[str, GroupLayout | ServicePlan] = {}
        depth = len(place) + 1
        by_place = {group.place: group for group in self.groups}
        for service in self.services:
            path = service.layout.subpackage
            if len(path) < depth or path[: len(place)] != place:
                continue
            own = path[:depth]
            found.setdefault(own[-1], service if own == path else by_place[own])
        return tuple(found.values())

    @property
    def package_dir(self) -> str:
        """Where the package lives in the generated project: a src layout, so an editable
        install is a plain path entry that type checkers follow."""
        return f"src/{self.package.name}"
