"""IR + config → the SDK plan: every decision the templates need, made once, in Python.

The plan names every class, enum and argument, picks each field's Python type and
constraints, turns the config's prose rules into checks on attributes, and finds paginated
operations. Templates only lay the plan out; nothing here knows Jinja or Markdown.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Literal

from generator.config import Config, FieldBounds, PackageConfig, Rule
from generator.diagnostics import ParseError, SourceLocation
from generator.ir.model import Api, JsonValue, Operation, Schema
from generator.naming import (
    class_identifier,
    enum_member_name,
    method_identifier,
    pascal_case,
    python_identifier,
    singular,
    unique_name,
)

ModelKind = Literal["request", "response"]


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


@dataclass(frozen=True)
class ModelField:
    attr: str
    alias: str
    annotation: str
    required: bool
    description: str | None = None
    constraints: tuple[tuple[str, JsonValue], ...] = ()
    location: str = "body"
    """path, query, header, cookie or body: where a request field goes on the wire."""
    union_left_to_right: bool = False
    """Set `union_mode="left_to_right"` on the field: a response field that is an enum."""
    alias_is_unique: bool = True
    """False when another field of the model has the same wire name (a path parameter and a
    body field both called `id`): such fields are known by attribute name only."""


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
    root: str | None = None
    """For a RootModel (a request whose body is a top-level array): the root annotation."""


@dataclass(frozen=True)
class Pagination:
    page_attr: str
    page_alias: str
    total_pages_attr: str
    items_attr: str
    item_annotation: str


@dataclass(frozen=True)
class OperationPlan:
    name: str
    method: str
    path: str
    summary: str
    description: str | None
    deprecated: bool
    request_model: str | None
    response_annotation: str
    arguments: tuple[ModelField, ...]
    body_kind: Literal["object", "array"] | None
    array_argument: str | None
    array_item_annotation: str | None
    see_also: str | None
    pagination: Pagination | None
    service: str | None = None
    """The client attribute of the page this operation comes from; None in a one-page
    package."""

    @property
    def key(self) -> str:
        """The operation's key in OPERATIONS and its fixture's name: `service.name`, or the
        name alone in a one-page package."""
        return f"{self.service}.{self.name}" if self.service else self.name

    @property
    def path_params(self) -> tuple[str, ...]:
        return tuple(a.alias for a in self.arguments if a.location == "path")

    @property
    def query_params(self) -> tuple[str, ...]:
        return tuple(a.alias for a in self.arguments if a.location == "query")

    @property
    def body_fields(self) -> tuple[str, ...]:
        return tuple(a.alias for a in self.arguments if a.location == "body")


@dataclass(frozen=True)
class ServicePlan:
    """One page of the package, planned on its own: its operations, models and enums. A page
    is planned the same way whatever other pages share the package, so every name it gives
    stays stable when pages are added or removed."""

    name: str | None
    """The client attribute that serves the page (`client.order`); None in a one-page
    package, whose client serves the page's operations itself."""
    api: Api
    config: Config
    """The page's config: its rules and bounds, with the package's facts (envelope, hosts)."""
    enums: tuple[EnumClass, ...]
    models: tuple[ModelClass, ...]
    operations: tuple[OperationPlan, ...]
    shared_enums: frozenset[str] = frozenset()
    """Names of this page's enums that are defined once for the package (`_enums.py`),
    because another page has the very same class."""

    def module(self, package: str) -> str:
        """The package the page's modules live in: the package itself, or its subpackage."""
        return package if self.name is None else f"{package}.{self.name}"


@dataclass(frozen=True)
class SdkPlan:
    config: Config
    """The package's facts: envelope, credentials, errors, retry policy."""
    package: PackageConfig
    services: tuple[ServicePlan, ...]
    shared_enums: tuple[EnumClass, ...] = ()
    """Enums identical on several pages, defined once in the package's `_enums.py`."""

    @property
    def composed(self) -> bool:
        """Several pages, each a service of the client; else one page, a flat client."""
        return self.services[0].name is not None

    @property
    def operations(self) -> tuple[OperationPlan, ...]:
        return tuple(op for service in self.services for op in service.operations)

    @property
    def only_service(self) -> ServicePlan:
        """The page of a one-page package."""
        if self.composed:
            raise ValueError("a package composed from several pages has no single service")
        return self.services[0]

    @property
    def api(self) -> Api:
        return self.only_service.api

    @property
    def enums(self) -> tuple[EnumClass, ...]:
        return self.only_service.enums

    @property
    def models(self) -> tuple[ModelClass, ...]:
        return self.only_service.models

    @property
    def package_dir(self) -> str:
        """Where the package lives in the generated project: a src layout, so an editable
        install is a plain path entry that type checkers follow."""
        return f"src/{self.package.name}"


ARRAY_BODY_ARGUMENT = "items"
_RESERVED_CLASS_NAMES = frozenset(
    {"Any", "AsyncClient", "AsyncIterator", "BaseModel", "Callable", "ClassVar", "Client"}
    | {"ConfigDict", "Credentials", "Decimal", "Enum", "Field", "IntEnum", "Iterator"}
    | {"KucoinAPIError", "KucoinTransportError", "Literal", "Mapping", "OPERATIONS", "Operation"}
    | {"RateLimit", "RequestModel", "ResponseModel", "RootModel", "Rule", "Self", "Sequence"}
    | {"StrEnum", "TYPE_CHECKING", "TracebackType", "ValidationInfo"}
)
# Attributes and methods the clients have besides the operations.
_RESERVED_METHOD_NAMES = frozenset(
    {"call", "close", "aclose", "rate_limit", "max_retries", "max_retry_wait"}
    | {"with_options", "with_raw_response", "clock_offset_ms"}
)
_LEGACY_SUFFIX = re.compile(r"^(?P<stem>.+)_v\d+$")


def build_plan(api: Api, config: Config) -> SdkPlan:
    """Plan the one-page SDK for `api`. Raises ParseError (located in the config file) when
    the config names a field or operation the page does not have."""
    if config.package is None:
        raise ParseError(
            SourceLocation(config.file, 1),
            "package: the config names no package (set package.name)",
        )
    return SdkPlan(config, config.package, (plan_service(api, config, None),))


def plan_service(api: Api, config: Config, service: str | None) -> ServicePlan:
    """Plan one page as the service `service` of a package (None: the whole package)."""
    return _Planner(api, config, service).plan()


@dataclass
class _EnumKey:
    wire_name: str
    values: tuple[JsonValue, ...]
    schema: Schema
    first_operation: str


class _Planner:
    def __init__(self, api: Api, config: Config, service: str | None) -> None:
        self.api = api
        self.config = config
        self.service = service
        self.summary = ""
        # Names the generated modules import or define themselves: no class may take one.
        self.class_names: set[str] = set(_RESERVED_CLASS_NAMES)
        self.models: list[ModelClass] = []
        self.enum_names: dict[tuple[str, tuple[str, ...]], str] = {}
        self.enums: list[EnumClass] = []

    def fail(self, message: str) -> ParseError:
        return ParseError(SourceLocation(self.config.file, 1), message)

    def plan(self) -> ServicePlan:
        known = {op.slug for op in self.api.operations}
        for name in self.config.operations:
            if name not in known:
                raise self.fail(f"operations.{name}: the page has no operation named {name!r}")
        self.plan_enums()
        operations = tuple(self.operation(op) for op in self.api.operations)
        return ServicePlan(
            self.service,
            self.api,
            self.config,
            tuple(self.enums),
            tuple(self.models),
            operations,
        )

    # Enums -------------------------------------------------------------------------------

    def plan_enums(self) -> None:
        """Share one class per wire name and value set; a wire name whose value sets differ
        between operations gets one class per set, named after the first operation using it."""
        found: dict[tuple[str, tuple[str, ...]], _EnumKey] = {}
        for op in self.api.operations:
            for wire_name, schema in _enum_schemas(op):
                key = (wire_name, _value_set(schema))
                found.setdefault(
                    key, _EnumKey(wire_name, tuple(v.value for v in schema.enum), schema, op.slug)
                )
        sets_per_name: dict[str, int] = {}
        for wire_name, _ in found:
            sets_per_name[wire_name] = sets_per_name.get(wire_name, 0) + 1
        for key, entry in found.items():
            base = class_identifier(entry.wire_name, "Value")
            if sets_per_name[entry.wire_name] > 1:
                base = class_identifier(entry.first_operation, "Operation") + pascal_case(
                    entry.wire_name
                )
            name = unique_name(base, self.class_names)
            self.enum_names[key] = name
            self.enums.append(self.enum_class(name, entry))

    def enum_class(self, name: str, entry: _EnumKey) -> EnumClass:
        values = entry.schema.enum
        labels = [v.name for v in values]
        member_names = [enum_member_name(v.value, v.name) for v in values]
        if len(set(member_names)) != len(member_names):
            # x-api-enum names that collide are no use as member names: fall back to values.
            member_names = [enum_member_name(v.value, None) for v in values]
            labels = [None] * len(values)
        taken: set[str] = set()
        members = tuple(
            EnumMember(
                unique_name(member, taken),
                value.value,
                _member_doc(value.name, labels[i], value.description),
            )
            for i, (member, value) in enumerate(zip(member_names, values, strict=True))
        )
        raw = [v.value for v in values]
        if all(isinstance(v, str) for v in raw):
            base, value_type = "StrEnum", "str"
        elif all(isinstance(v, int) and not isinstance(v, bool) for v in raw):
            base, value_type = "IntEnum", "int"
        else:
            base, value_type = "Enum", "Any"
        return EnumClass(name, base, value_type, members, (entry.wire_name,))

    def enum_for(self, wire_name: str, schema: Schema) -> EnumClass:
        key = (wire_name, _value_set(schema))
        name = self.enum_names[key]
        return next(e for e in self.enums if e.name == name)

    # Operations --------------------------------------------------------------------------

    def operation(self, op: Operation) -> OperationPlan:
        self.summary = op.summary  # what the docstrings of its models say they belong to
        bounds = self.config.bounds(op.slug)
        rules = self.config.operation(op.slug).rules
        base = class_identifier(op.slug, "Operation")
        body = op.request_body.schema if op.request_body is not None else None
        body_kind: Literal["object", "array"] | None = None
        if body is not None:
            body_kind = "array" if body.type == "array" else "object"

        arguments: list[ModelField] = []
        taken_attrs: set[str] = set()
        optional_by_rule = {name for rule in rules for name in rule.relaxes()}
        for parameter in op.parameters:
            if parameter.location not in ("path", "query"):
                raise self.fail(f"{op.slug}: {parameter.location} parameters are not supported")
            arguments.append(
                self.field(
                    parameter.name,
                    parameter.schema,
                    "request",
                    base,
                    taken_attrs,
                    required=parameter.required and parameter.name not in optional_by_rule,
                    description=parameter.description,
                    location=parameter.location,
                    bounds=bounds,
                )
            )

        request_model: str | None = None
        array_argument: str | None = None
        array_item_annotation: str | None = None
        if body is not None and body_kind == "array":
            if arguments:
                raise self.fail(
                    f"{op.slug}: a top-level array body with parameters is not " "supported"
                )
            item_schema = body.items or Schema()
            item_annotation = self.annotation(
                "", item_schema, "request", base + "Item", rules, bounds, container="list"
            )
            request_model = unique_name(base + "Request", self.class_names)
            self.models.append(
                ModelClass(
                    request_model,
                    "request",
                    f"The body of the {op.summary} request: a list.",
                    root=f"list[{item_annotation}]",
                )
            )
            array_argument = ARRAY_BODY_ARGUMENT
            array_item_annotation = item_annotation
        else:
            if body is not None:
                required = set(body.required)
                for prop in body.properties:
                    arguments.append(
                        self.field(
                            prop.name,
                            prop.schema,
                            "request",
                            base,
                            taken_attrs,
                            required=prop.name in required and prop.name not in optional_by_rule,
                            description=prop.schema.description,
                            location="body",
                            bounds=bounds,
                        )
                    )
            arguments = _known_by_attribute_where_wire_names_repeat(arguments)
            if arguments:
                request_model = unique_name(base + "Request", self.class_names)
                page_required = {p.name for p in op.parameters if p.required}
                page_required |= set(body.required) if body is not None else set()
                checks = self.rule_checks(op.slug, rules, arguments, page_required)
                self.models.append(
                    ModelClass(
                        request_model,
                        "request",
                        f"The inputs of {op.summary}.",
                        tuple(arguments),
                        checks,
                    )
                )

        response = op.response("200")
        data_schema = _data_schema(
            response.schema if response else None, self.config.api.envelope.data
        )
        response_annotation = "None"
        if data_schema is not None:
            response_annotation = self.annotation(
                "", data_schema, "response", base + "Data", (), {}
            )
        return OperationPlan(
            name=method_identifier(op.slug, _RESERVED_METHOD_NAMES),
            method=op.method,
            path=op.path,
            summary=op.summary,
            description=op.description,
            deprecated=op.deprecated,
            request_model=request_model,
            response_annotation=response_annotation,
            arguments=tuple(arguments),
            body_kind=body_kind,
            array_argument=array_argument,
            array_item_annotation=array_item_annotation,
            see_also=self.newer_twin(op.slug),
            pagination=self.pagination(arguments, data_schema, response_annotation),
            service=self.service,
        )

    def field(
        self,
        wire_name: str,
        schema: Schema,
        kind: ModelKind,
        owner: str,
        taken: set[str],
        *,
        required: bool,
        description: str | None,
        location: str,
        bounds: dict[str, FieldBounds],
    ) -> ModelField:
        """A model field for `wire_name`; `bounds` (by wire name) apply to it and to the fields
        of any object nested in it."""
        attr = python_identifier(wire_name)
        if attr in taken:
            attr = python_identifier(f"{wire_name}_{location}")
        attr = unique_name(attr, taken)
        # A response field that is itself an enum takes the union mode on the field; an enum
        # inside a list or dict carries it on its own union (see `annotation`).
        union_left_to_right = kind == "response" and bool(schema.enum)
        annotation = self.annotation(
            wire_name,
            schema,
            kind,
            owner + pascal_case(singular(wire_name)),
            (),
            bounds,
            bare_union=union_left_to_right,
        )
        return ModelField(
            attr=attr,
            alias=wire_name,
            annotation=annotation,
            required=required and kind == "request",
            description=description,
            constraints=_constraints(schema, bounds.get(wire_name)) if kind == "request" else (),
            location=location,
            union_left_to_right=union_left_to_right,
        )

    def annotation(
        self,
        wire_name: str,
        schema: Schema,
        kind: ModelKind,
        class_name: str,
        rules: tuple[Rule, ...],
        bounds: dict[str, FieldBounds],
        *,
        bare_union: bool = False,
        container: Container = None,
    ) -> str:
        """The Python type of a value of `schema`; plans nested models as it goes.

        A response enum is read leniently as `Enum | raw type`, tried left to right so that a
        documented value becomes its member (pydantic's default "smart" union would keep
        every text as text) and any other value is kept as it came. The union mode goes on
        the union itself, `Annotated[...]`, unless `bare_union`: the caller then sets it on
        the field, whose annotation is the union.
        """
        if schema.enum:
            enum = self.enum_for(wire_name, schema)
            if kind == "request":
                return enum.name
            union = f"{enum.name} | {enum.value_type}"
            return union if bare_union else f'Annotated[{union}, Field(union_mode="left_to_right")]'
        if schema.type == "array":
            inner = self.annotation(
                wire_name,
                schema.items or Schema(),
                kind,
                class_name,
                rules,
                bounds,
                container="list",
            )
            return f"list[{inner}]"
        if schema.type == "object" or schema.properties:
            if schema.properties:
                what = self.what(wire_name, kind, container)
                return self.object_model(schema, kind, class_name, rules, bounds, what)
            if isinstance(schema.additional_properties, Schema):
                value = self.annotation(
                    wire_name,
                    schema.additional_properties,
                    kind,
                    class_name + "Value",
                    (),
                    {},
                    container="map",
                )
                return f"dict[str, {value}]"
            return "dict[str, Any]"
        return {
            "string": "str",
            "integer": "int",
            "number": "Decimal",
            "boolean": "bool",
        }.get(schema.type or "", "Any")

    def what(self, wire_name: str, kind: ModelKind, container: Container) -> str:
        """What an object is, for the docstring of its model when the page gives none: "The
        `data` of the Get Order List response.", "One item of `items` in the ... response."."""
        message = f"the {self.summary} {kind}"
        if not wire_name:
            whole = "the `data`" if kind == "response" else "the body"
            place = f"{whole} of {message}"
        else:
            place = (
                f"`{wire_name}` in {message}" if container else f"the `{wire_name}` of {message}"
            )
        if container == "list":
            return f"One item of {place}."
        if container == "map":
            return f"One value of {place}."
        return f"{place[0].upper()}{place[1:]}."

    def object_model(
        self,
        schema: Schema,
        kind: ModelKind,
        class_name: str,
        rules: tuple[Rule, ...],
        bounds: dict[str, FieldBounds],
        what: str,
    ) -> str:
        name = unique_name(class_name, self.class_names)
        fields: list[ModelField] = []
        taken: set[str] = set()
        required = set(schema.required)
        optional_by_rule = {n for rule in rules for n in rule.relaxes()}
        for prop in schema.properties:
            fields.append(
                self.field(
                    prop.name,
                    prop.schema,
                    kind,
                    name,
                    taken,
                    required=prop.name in required and prop.name not in optional_by_rule,
                    description=prop.schema.description,
                    location="body",
                    bounds=bounds,
                )
            )
        checks = self.rule_checks(name, rules, fields, required) if kind == "request" else ()
        description = schema.description or what
        self.models.append(ModelClass(name, kind, description, tuple(fields), checks))
        return name

    # Rules ---------------------------------------------------------------------------------

    def rule_checks(
        self, owner: str, rules: tuple[Rule, ...], fields: list[ModelField], page_required: set[str]
    ) -> tuple[RuleCheck, ...]:
        by_alias = {f.alias: f for f in fields}

        def attrs(names: tuple[str, ...] | list[str]) -> tuple[str, ...]:
            return tuple(by_alias[name].attr for name in names)

        checks: list[RuleCheck] = []
        for rule in rules:
            for name in rule.fields():
                if name not in by_alias:
                    raise self.fail(f"a rule for {owner} names {name!r}, which it does not have")
            when = tuple((by_alias[n].attr, v) for n, v in rule.when)
            unless = tuple((by_alias[n].attr, v) for n, v in rule.unless)
            when_set = by_alias[rule.when_set].attr if rule.when_set else None
            condition = _condition_text(rule)
            if rule.optional:
                # The page lists these as required; the rule makes them optional only under
                # its condition, so they stay required otherwise.
                for name in [n for n in rule.optional if n in page_required]:
                    checks.append(
                        RuleCheck(
                            "require",
                            attrs([name]),
                            (),
                            None,
                            when,
                            f"{name} is required{_unless_text(rule.when)}",
                        )
                    )
                continue
            actions: tuple[tuple[RuleKind, tuple[str, ...], str, str], ...] = (
                ("exactly_one_of", rule.exactly_one_of, ", ", "set exactly one of {}"),
                ("at_least_one_of", rule.at_least_one_of, ", ", "set at least one of {}"),
                ("require", rule.require, " and ", "{} must be set"),
                ("forbid", rule.forbid, " or ", "{} cannot be used"),
            )
            for kind, wire_names, joiner, verb in actions:
                if wire_names:
                    message = verb.format(joiner.join(wire_names)) + condition
                    checks.append(
                        RuleCheck(kind, attrs(wire_names), when, when_set, unless, message)
                    )
        return tuple(checks)

    # Pagination and twins ------------------------------------------------------------------

    def pagination(
        self, arguments: list[ModelField], data_schema: Schema | None, data_annotation: str
    ) -> Pagination | None:
        names = self.config.pagination
        if names is None or data_schema is None:
            return None
        by_alias = {a.alias: a for a in arguments if a.location == "query"}
        page, size = by_alias.get(names.page), by_alias.get(names.page_size)
        total = data_schema.find_property(names.total_pages)
        items = data_schema.find_property(names.items)
        if page is None or size is None or total is None or items is None:
            return None
        if items.type != "array":
            return None
        data_model = next(m for m in self.models if m.name == data_annotation)
        items_field = next(f for f in data_model.fields if f.alias == names.items)
        total_field = next(f for f in data_model.fields if f.alias == names.total_pages)
        return Pagination(
            page.attr,
            page.alias,
            total_field.attr,
            items_field.attr,
            items_field.annotation.removeprefix("list[").removesuffix("]"),
        )

    def newer_twin(self, slug: str) -> str | None:
        match = _LEGACY_SUFFIX.match(slug)
        if match is None:
            return None
        stem = match.group("stem")
        if not any(op.slug == stem for op in self.api.operations):
            return None
        return method_identifier(stem, _RESERVED_METHOD_NAMES)


def _known_by_attribute_where_wire_names_repeat(fields: list[ModelField]) -> list[ModelField]:
    """A path or query parameter and a body field may share a wire name; their attributes
    differ (`id`, `id_body`), and neither may claim the wire name as its alias."""
    counts = Counter(field.alias for field in fields)
    return [
        replace(field, alias_is_unique=False) if counts[field.alias] > 1 else field
        for field in fields
    ]


def _enum_schemas(op: Operation) -> Iterator[tuple[str, Schema]]:
    """(wire name, schema) for every enum an operation's inputs and outputs use, in order."""
    for parameter in op.parameters:
        yield from _walk_enums(parameter.name, parameter.schema)
    if op.request_body is not None:
        yield from _walk_enums("", op.request_body.schema)
    for response in op.responses:
        if response.schema is not None:
            yield from _walk_enums("", response.schema)


def _walk_enums(wire_name: str, schema: Schema) -> Iterator[tuple[str, Schema]]:
    if schema.enum:
        yield wire_name, schema
    if schema.items is not None:
        yield from _walk_enums(wire_name, schema.items)
    for prop in schema.properties:
        yield from _walk_enums(prop.name, prop.schema)
    if isinstance(schema.additional_properties, Schema):
        yield from _walk_enums("", schema.additional_properties)


def _value_set(schema: Schema) -> tuple[str, ...]:
    """An enum's identity for sharing: its values, order aside (`{limit, market}` is one set)."""
    return tuple(sorted(f"{type(v.value).__name__}:{v.value!r}" for v in schema.enum))


def _member_doc(label: str | None, used_label: str | None, description: str | None) -> str | None:
    parts = [part for part in (label, description) if part]
    if label and label == used_label and not description:
        return None
    return ": ".join(parts) or None


def _data_schema(schema: Schema | None, data_name: str) -> Schema | None:
    """The schema of the envelope's `data`, or of the whole body when there is no envelope."""
    if schema is None:
        return None
    return schema.find_property(data_name) or schema


def _constraints(schema: Schema, bounds: FieldBounds | None) -> tuple[tuple[str, JsonValue], ...]:
    """pydantic Field() keyword arguments for the schema's bounds and the config's."""
    found: dict[str, JsonValue] = {}
    if schema.type == "string":
        found.update(
            min_length=schema.min_length, max_length=schema.max_length, pattern=schema.pattern
        )
    if schema.type == "array":
        found.update(min_length=schema.min_items, max_length=schema.max_items)
    if schema.type in ("integer", "number"):
        low = "gt" if schema.exclusive_minimum else "ge"
        high = "lt" if schema.exclusive_maximum else "le"
        found.update({low: schema.minimum, high: schema.maximum, "multiple_of": schema.multiple_of})
    if bounds is not None:
        if schema.type in ("string", "array"):
            found.update(
                {
                    k: v
                    for k, v in (
                        ("min_length", bounds.min_length),
                        ("max_length", bounds.max_length),
                    )
                    if v is not None
                }
            )
        if schema.type in ("integer", "number"):
            found.update(
                {k: v for k, v in (("ge", bounds.minimum), ("le", bounds.maximum)) if v is not None}
            )
    return tuple((key, value) for key, value in found.items() if value is not None)


def _condition_text(rule: Rule) -> str:
    parts = [f"{name} is {_value_text(value)}" for name, value in rule.when]
    if rule.when_set:
        parts.append(f"{rule.when_set} is set")
    text = f" when {' and '.join(parts)}" if parts else ""
    return text + _unless_text(rule.unless)


def _unless_text(conditions: tuple[tuple[str, JsonValue], ...]) -> str:
    if not conditions:
        return ""
    return " unless " + " and ".join(f"{n} is {_value_text(v)}" for n, v in conditions)


def _value_text(value: JsonValue) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
