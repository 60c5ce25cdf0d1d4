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

from generator.config import Config, FieldBounds, Rule
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
from generator.sdk.plan_model import (
    BodyKind,
    Container,
    EnumClass,
    EnumMember,
    ModelClass,
    ModelField,
    ModelKind,
    OperationPlan,
    Pagination,
    SdkPlan,
    ServicePlan,
)
from generator.sdk.plan_rules import rule_checks

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


@dataclass(frozen=True)
class _Request:
    """What an operation takes: its request model (None: no inputs) and arguments."""

    model: str | None
    arguments: tuple[ModelField, ...]
    body_kind: BodyKind | None
    array_argument: str | None = None
    array_item_annotation: str | None = None


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
        base = class_identifier(op.slug, "Operation")
        request = self.request(op, base)
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
            request_model=request.model,
            response_annotation=response_annotation,
            arguments=request.arguments,
            body_kind=request.body_kind,
            array_argument=request.array_argument,
            array_item_annotation=request.array_item_annotation,
            see_also=self.newer_twin(op.slug),
            pagination=self.pagination(request.arguments, data_schema, response_annotation),
            service=self.service,
        )

    def request(self, op: Operation, base: str) -> _Request:
        """The operation's inputs and the request model that checks them."""
        bounds = self.config.bounds(op.slug)
        rules = self.config.operation(op.slug).rules
        body = op.request_body.schema if op.request_body is not None else None
        if body is not None and body.type == "array":
            if op.parameters:
                raise self.fail(
                    f"{op.slug}: a top-level array body with parameters is not supported"
                )
            return self.list_body(op, base, body, rules, bounds)
        arguments = self.arguments(op, base, body, rules, bounds)
        body_kind: BodyKind | None = None if body is None else "object"
        if not arguments:
            return _Request(None, (), body_kind)
        model = unique_name(base + "Request", self.class_names)
        page_required = {p.name for p in op.parameters if p.required}
        page_required |= set(body.required) if body is not None else set()
        checks = rule_checks(op.slug, rules, list(arguments), page_required, self.fail)
        description = f"The inputs of {op.summary}."
        self.models.append(ModelClass(model, "request", description, arguments, checks))
        return _Request(model, arguments, body_kind)

    def arguments(
        self,
        op: Operation,
        base: str,
        body: Schema | None,
        rules: tuple[Rule, ...],
        bounds: dict[str, FieldBounds],
    ) -> tuple[ModelField, ...]:
        """One argument per path and query parameter, then per field of an object body."""
        arguments: list[ModelField] = []
        taken: set[str] = set()
        relaxed = {name for rule in rules for name in rule.relaxes()}
        for parameter in op.parameters:
            if parameter.location not in ("path", "query"):
                raise self.fail(f"{op.slug}: {parameter.location} parameters are not supported")
            arguments.append(
                self.field(
                    parameter.name,
                    parameter.schema,
                    "request",
                    base,
                    taken,
                    required=parameter.required and parameter.name not in relaxed,
                    description=parameter.description,
                    location=parameter.location,
                    bounds=bounds,
                )
            )
        required = set(body.required) if body is not None else set()
        for prop in body.properties if body is not None else ():
            arguments.append(
                self.field(
                    prop.name,
                    prop.schema,
                    "request",
                    base,
                    taken,
                    required=prop.name in required and prop.name not in relaxed,
                    description=prop.schema.description,
                    location="body",
                    bounds=bounds,
                )
            )
        return tuple(_known_by_attribute_where_wire_names_repeat(arguments))

    def list_body(
        self,
        op: Operation,
        base: str,
        body: Schema,
        rules: tuple[Rule, ...],
        bounds: dict[str, FieldBounds],
    ) -> _Request:
        """A body that is a list (batch operations): one argument, the list of items."""
        item_annotation = self.annotation(
            "", body.items or Schema(), "request", base + "Item", rules, bounds, container="list"
        )
        model = unique_name(base + "Request", self.class_names)
        description = f"The body of the {op.summary} request: a list."
        root = f"list[{item_annotation}]"
        self.models.append(ModelClass(model, "request", description, root=root))
        return _Request(model, (), "array", ARRAY_BODY_ARGUMENT, item_annotation)

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
        map_name: str = "",
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
                what = self.what(map_name or wire_name, kind, container)
                return self.object_model(schema, kind, class_name, rules, bounds, what)
            if isinstance(schema.additional_properties, Schema):
                # The map's values have no wire name of their own (enums are keyed by it).
                value = self.annotation(
                    "",
                    schema.additional_properties,
                    kind,
                    class_name + "Value",
                    (),
                    {},
                    container="map",
                    map_name=wire_name,
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
        checks = rule_checks(name, rules, fields, required, self.fail) if kind == "request" else ()
        description = schema.description or what
        self.models.append(ModelClass(name, kind, description, tuple(fields), checks))
        return name

    # Pagination and twins ------------------------------------------------------------------

    def pagination(
        self,
        arguments: tuple[ModelField, ...],
        data_schema: Schema | None,
        data_annotation: str,
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
