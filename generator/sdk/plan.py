"""IR + config → the SDK plan: every decision the templates need, made once, in Python.

The plan names every class, enum and argument, picks each field's Python type and
constraints, turns the config's prose rules into checks on attributes, and finds paginated
operations. Templates only lay the plan out; nothing here knows Jinja or Markdown.

Its parts: the plan's types (`plan_model`), enum classes (`plan_enums`), rule checks
(`plan_rules`); the pages of a package are planned into it by `compose`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from generator.config import (
    Config,
    ConfigError,
    FieldBounds,
    PageNumberStyle,
    PaginationStyle,
    Rule,
    located,
)
from generator.config.hosts import operation_host, page_host, route_clash
from generator.diagnostics import ParseError
from generator.ir.formats import typing_format
from generator.ir.intersections import merge_intersections
from generator.ir.model import FORM_MEDIA_TYPES, Api, JsonValue, NamedSchema, Operation, Schema
from generator.ir.unions import discriminator_tags
from generator.naming import (
    CLIENT_ATTRIBUTES,
    AttributeNames,
    class_identifier,
    method_names,
    pascal_case,
    singular,
    unique_name,
)
from generator.sdk.examples import PageExamples, success_data_schema
from generator.sdk.fixtures import operation_fixture
from generator.sdk.plan_enums import EnumPlan
from generator.sdk.plan_model import (
    NONE_TYPE,
    BodyKind,
    Container,
    CursorPages,
    ModelClass,
    ModelField,
    ModelKind,
    OperationPlan,
    PageNumberPages,
    Pagination,
    ServiceLayout,
    ServicePlan,
    TypeRef,
)
from generator.sdk.plan_rules import rule_checks

ARRAY_BODY_ARGUMENT = "items"
_RESERVED_CLASS_NAMES = frozenset(
    {"Any", "AsyncClient", "AsyncIterator", "BaseModel", "Callable", "ClassVar", "Client"}
    | {"ConfigDict", "Credentials", "Decimal", "Enum", "Field", "IntEnum", "Iterator"}
    | {"KucoinAPIError", "KucoinTransportError", "Literal", "Mapping", "OPERATIONS", "Operation"}
    | {"RateLimit", "RequestModel", "RequestRootModel", "ResponseModel", "RootModel", "Rule"}
    | {"Self", "Sequence", "StrEnum", "TYPE_CHECKING", "TracebackType", "ValidationInfo"}
    | {"DecimalNumber", "DecimalString"}
)
_LEGACY_SUFFIX = re.compile(r"^(?P<stem>.+)_v\d+$")
_SCALARS: dict[tuple[str, str | None], str] = {
    ("string", None): "str",
    ("integer", None): "int",
    ("number", None): "Decimal",
    ("boolean", None): "bool",
}
"""A scalar's Python type, by its JSON type and the format that decides it (None for every
format generator.ir.formats says only documents the value: all of them today)."""
_BUILTIN_TYPES = frozenset({"str", "int", "bool", "float"})


@dataclass(frozen=True)
class _Request:
    """What an operation takes: its request model (None: no inputs) and arguments."""

    model: str | None
    arguments: tuple[ModelField, ...]
    body_kind: BodyKind | None
    array_argument: str | None = None
    array_item_annotation: TypeRef | None = None


def plan_service(api: Api, config: Config, layout: ServiceLayout) -> ServicePlan:
    """Plan one page as a service of a package, at the place `layout` gives it. Raises
    ParseError (located in the config file) when the config names a field or operation the
    page does not have."""
    return _Planner(api, config, layout).plan()


class _Planner:
    def __init__(self, api: Api, config: Config, layout: ServiceLayout) -> None:
        # One model for an intersection: the plan sees its parts merged.
        self.api = merge_intersections(api)
        self.config = config
        self.layout = layout
        self.summary = ""
        self.host = ""  # the page's host: decided first thing in plan()
        # Names the generated modules import or define themselves: no class may take one.
        self.class_names: set[str] = set(_RESERVED_CLASS_NAMES)
        self.models: list[ModelClass] = []
        # The model of each named schema a cycle refers to, by (name, kind): planned once,
        # named before its fields so that they may refer to it.
        self.named_models: dict[tuple[str, ModelKind], str] = {}
        # What the page's examples say about fields that give none (its symbols, currencies).
        self.page_examples = PageExamples.of(self.api)

    def fail(self, message: str, key: str = "") -> ParseError:
        """An error of the config (at the line of `key`, the config's key path it is about,
        in the file that states it; at its first line without one)."""
        error = ConfigError(self.config.file, key, message)
        return located(error, self.config.files)

    def plan(self) -> ServicePlan:
        known = {op.slug for op in self.api.operations}
        for name in self.config.operations:
            if name not in known:
                raise self.fail(f"the page has no operation named {name!r}", f"operations.{name}")
        self.enum_plan = EnumPlan(self.api, self.class_names)
        self.method_names = method_names(
            (op.slug for op in self.api.operations),
            (op.slug for op in self.api.operations if self.paginated(op)),
            CLIENT_ATTRIBUTES,
        )
        try:
            self.host = page_host(self.config, self.api).url
            clash = route_clash(self.api, self.config, self.host)
        except ConfigError as error:
            raise located(error, self.config.files) from None
        if clash is not None:
            raise located(clash, self.config.files)
        operations = tuple(self.operation(op) for op in self.api.operations)
        return ServicePlan(
            self.layout,
            self.api,
            self.config,
            self.host,
            tuple(self.enum_plan.enums),
            tuple(self.models),
            operations,
        )

    # Operations --------------------------------------------------------------------------

    def operation(self, op: Operation) -> OperationPlan:
        self.summary = op.summary  # what the docstrings of its models say they belong to
        base = class_identifier(op.slug, "Operation")
        request = self.request(op, base)
        data_schema = self.data_schema(op)
        success = op.success()
        # A response documented by an example alone (no schema) returns its data untyped.
        response_annotation = _ANY if success and success.example is not None else NONE_TYPE
        if data_schema is not None:
            # The bounds only say which strings are decimals here: a response is read
            # leniently, unchecked.
            response_annotation = self.annotation(
                "", data_schema, "response", base + "Data", (), self.config.bounds(op.slug)
            )
        name = self.method_names[op.slug]
        description = op.description
        if name.renamed_because is not None:
            note = f"Named `{name.name}`: {name.renamed_because}."
            description = f"{description}\n\n{note}" if description else note
        planned = OperationPlan(
            name=name.name,
            method=op.method,
            path=op.path,
            summary=op.summary,
            description=description,
            deprecated=op.deprecated,
            request_model=request.model,
            response_annotation=response_annotation,
            arguments=request.arguments,
            body_kind=request.body_kind,
            array_argument=request.array_argument,
            array_item_annotation=request.array_item_annotation,
            see_also=self.newer_twin(op.slug),
            pagination=self.pagination(op, request.arguments, response_annotation),
            key=self.layout.within(name.name),
            service=self.layout.attribute,
            host=self.operation_host(op),
            media_type=_sent_media_type(op),
        )
        example = operation_fixture(planned.key, op, self.config, self.page_examples)
        return replace(planned, example=example)

    def operation_host(self, op: Operation) -> str | None:
        """`op`'s own host, when its config sends it elsewhere than its page's."""
        host = operation_host(self.config, op, self.host)
        return None if host == self.host else host

    def data_schema(self, op: Operation) -> Schema | None:
        """The schema of the `data` of `op`'s 200 response, or of its first 2xx (of the body
        without envelope)."""
        return success_data_schema(op, self.config)

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
        checks = rule_checks(
            op.slug,
            rules,
            list(arguments),
            page_required,
            lambda message: self.fail(message, f"operations.{op.slug}.rules"),
        )
        description = _with_renames(f"The inputs of {op.summary}.", arguments)
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
        """One argument per path, query, header and cookie parameter, then per field of an
        object body."""
        arguments: list[ModelField] = []
        wire_names = [p.name for p in op.parameters]
        taken = AttributeNames(
            wire_names + [p.name for p in body.properties] if body else wire_names
        )
        relaxed = {name for rule in rules for name in rule.relaxes()}
        for parameter in op.parameters:
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
        for prop in body.properties_for("request") if body is not None else ():
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
        root = item_annotation.list_of()
        self.models.append(ModelClass(model, "request", description, root=root))
        return _Request(model, (), "array", ARRAY_BODY_ARGUMENT, item_annotation)

    def field(
        self,
        wire_name: str,
        schema: Schema,
        kind: ModelKind,
        owner: str,
        taken: AttributeNames,
        *,
        required: bool,
        description: str | None,
        location: str,
        bounds: dict[str, FieldBounds],
    ) -> ModelField:
        """A model field for `wire_name`; `bounds` (by wire name) apply to it and to the fields
        of any object nested in it."""
        attr, renamed_because = taken.add(wire_name, location)
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
        if kind == "request" and schema.nullable:
            # Sent as JSON null when given as `Null()` (None stays "not given"; for a
            # required field None is its null: generator.runtime._base.Null).
            annotation = TypeRef(f"{annotation.text} | Null", annotation.imports | {"Null"})
        return ModelField(
            attr=attr,
            alias=wire_name,
            annotation=annotation,
            required=required and kind == "request",
            description=description,
            constraints=_constraints(schema, bounds.get(wire_name)) if kind == "request" else (),
            location=location,
            union_left_to_right=union_left_to_right,
            renamed_because=renamed_because,
            deprecated=schema.deprecated,
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
        tag: tuple[str, str] | None = None,
    ) -> TypeRef:
        """The Python type of a value of `schema`; plans nested models as it goes.

        A response enum is read leniently as `Enum | raw type`, tried left to right so that a
        documented value becomes its member (pydantic's default "smart" union would keep
        every text as text) and any other value is kept as it came. The union mode goes on
        the union itself, `Annotated[...]`, unless `bare_union`: the caller then sets it on
        the field, whose annotation is the union. `tag` (a wire name and its value) is the
        discriminator an object variant of a union fixes: that field is typed as the value.
        """
        named_schema = self.named_schema(schema)
        if named_schema is not None:
            model = self.named_model(named_schema, kind)
            return TypeRef(model, frozenset({model}))
        if schema.variants:
            return self.union(wire_name, schema, kind, class_name, bounds, container, map_name)
        if schema.enum:
            enum = self.enum_plan.enum_for(wire_name, schema)
            named = frozenset({enum.name, enum.value_type} - _BUILTIN_TYPES)
            if kind == "request":
                # A member or its value as written (`"buy"`): type-checked either way, and
                # sent the same (generator.runtime._http).
                return TypeRef(enum.request_type, frozenset(enum.names))
            union = f"{enum.name} | {enum.value_type}"
            if bare_union:
                return TypeRef(union, named)
            text = f'Annotated[{union}, Field(union_mode="left_to_right")]'
            return TypeRef(text, named | {"Annotated", "Field"})
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
            return inner.list_of()
        if schema.type == "object" or schema.properties:
            if schema.properties:
                what = self.what(map_name or wire_name, kind, container)
                if tag is not None:
                    what = f"{what[:-1]}, when its `{tag[0]}` is {tag[1]!r}."
                name = self.object_model(schema, kind, class_name, rules, bounds, what, tag)
                return TypeRef(name, frozenset({name}))
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
                return TypeRef(f"dict[str, {value.text}]", value.imports)
            return TypeRef("dict[str, Any]", frozenset({"Any"}))
        if _is_decimal(schema, bounds.get(wire_name)):
            # Money and quantities: a Decimal in responses; in requests a Decimal, an int or
            # a numeric text, sent in the wire's own form (generator.runtime._decimals).
            if kind == "response":
                return TypeRef("Decimal", frozenset({"Decimal"}))
            sent_as = "DecimalString" if schema.type == "string" else "DecimalNumber"
            return TypeRef(sent_as, frozenset({sent_as}))
        scalar = _SCALARS.get((schema.type or "", typing_format(schema)), "Any")
        return TypeRef(scalar, frozenset({scalar}) - _BUILTIN_TYPES)

    def union(
        self,
        wire_name: str,
        schema: Schema,
        kind: ModelKind,
        class_name: str,
        bounds: dict[str, FieldBounds],
        container: Container,
        map_name: str,
    ) -> TypeRef:
        """A `oneOf`/`anyOf` as a union of its variants' types, in document order.

        Where the document names a discriminator and every variant is an object fixing it to
        a value of its own (a one-value enum), the union is discriminated, pydantic choosing
        the variant by that field (`Annotated[A | B, Field(discriminator=...)]`); each
        variant's model types the field as its value. Otherwise it is a plain union, which
        pydantic validates in its "smart" mode. A response that fits no variant is kept as
        sent (generator.runtime._lenient).
        """
        tags = discriminator_tags(schema)
        options: list[TypeRef] = []
        for index, variant in enumerate(schema.variants):
            if tags is not None:
                suffix = pascal_case(tags[1][index])
            else:
                suffix = pascal_case(variant.title or "") or f"Option{index + 1}"
            options.append(
                self.annotation(
                    wire_name,
                    variant,
                    kind,
                    class_name + suffix,
                    (),
                    bounds,
                    container=container,
                    map_name=map_name,
                    tag=None if tags is None else (tags[0], tags[1][index]),
                )
            )
        texts = list(dict.fromkeys(option.text for option in options))
        imports = frozenset().union(*(option.imports for option in options))
        if "Any" in texts:
            return TypeRef("Any", frozenset({"Any"}))
        text = " | ".join(texts)
        if tags is None:
            return TypeRef(text, imports)
        attrs = {
            field.attr
            for option in options
            for field in self.model_named(option).fields
            if field.alias == tags[0]
        }
        (attr,) = attrs  # every variant model has the field, under one attribute name
        return TypeRef(
            f'Annotated[{text}, Field(discriminator="{attr}")]',
            imports | {"Annotated", "Field"},
        )

    def named_schema(self, schema: Schema) -> NamedSchema | None:
        """The named schema `schema` is: the one a cycle refers to (`ref`), or one it repeats
        whole (the inline copy a body or response starts with), so both are one model."""
        if not self.api.schemas or not (schema.ref or schema.properties):
            return None
        return next(
            (
                named
                for named in self.api.schemas
                if named.name == schema.ref or named.schema == schema
            ),
            None,
        )

    def named_model(self, named: NamedSchema, kind: ModelKind) -> str:
        """The model of a named schema, for requests or responses (a request's is the name
        with `Param`: the two sides see different fields). Its fields take no bounds or
        rules of the config: those are an operation's, and this model is every
        operation's."""
        key = (named.name, kind)
        if key not in self.named_models:
            base = class_identifier(named.name, "Schema")
            name = unique_name(base if kind == "response" else base + "Param", self.class_names)
            self.named_models[key] = name
            what = f"A value of the `{named.name}` schema."
            self.object_model(named.schema, kind, name, (), {}, what, name_taken=True)
        return self.named_models[key]

    def what(self, wire_name: str, kind: ModelKind, container: Container) -> str:
        """What an object is, for the docstring of its model when the page gives none: "The
        `data` of the Get Order List response.", "One item of `items` in the ... response."."""
        message = f"the {self.summary} {kind}"
        if not wire_name:
            wrapped = self.config.api.envelope is not None
            whole = "the `data`" if kind == "response" and wrapped else "the body"
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
        tag: tuple[str, str] | None = None,
        *,
        name_taken: bool = False,
    ) -> str:
        """Plan the model of an object (and of the objects within it); `name_taken` when
        `class_name` is already the model's own unique name."""
        name = class_name if name_taken else unique_name(class_name, self.class_names)
        fields: list[ModelField] = []
        taken = AttributeNames(prop.name for prop in schema.properties)
        required = set(schema.required)
        optional_by_rule = {n for rule in rules for n in rule.relaxes()}
        for prop in schema.properties_for(kind):
            if tag is not None and prop.name == tag[0]:
                attr, renamed_because = taken.add(prop.name, "body")
                # The variant's own value: required, so that it is always sent and read.
                literal = TypeRef(f'Literal["{tag[1]}"]', frozenset({"Literal"}))
                fields.append(
                    ModelField(
                        attr=attr,
                        alias=prop.name,
                        annotation=literal,
                        required=True,
                        description=prop.schema.description,
                        renamed_because=renamed_because,
                    )
                )
                continue
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
        description = _with_renames(schema.description or what, fields)
        self.models.append(ModelClass(name, kind, description, tuple(fields), checks))
        return name

    # Pagination and twins ------------------------------------------------------------------

    def paginated(self, op: Operation) -> bool:
        """Whether `op` pages by one of the config's styles: its client then has an `iter_`
        twin."""
        return self.page_style(op) is not None

    def page_style(self, op: Operation) -> PaginationStyle | None:
        """The first of the config's pagination styles whose fields `op`'s query and data
        carry, or None."""
        data = self.data_schema(op)
        if data is None:
            return None
        query = {p.name: p.schema for p in op.parameters if p.location == "query"}
        return next((s for s in self.config.pagination if _carries(s, query, data)), None)

    def pagination(
        self, op: Operation, arguments: tuple[ModelField, ...], data_annotation: TypeRef
    ) -> Pagination | None:
        style = self.page_style(op)
        if style is None:
            return None

        def argument(alias: str) -> str:
            return next(a.attr for a in arguments if a.location == "query" and a.alias == alias)

        # The fields the style names must be fields of the planned models: a property of a
        # schema planned as no model (an array that also lists properties) or left out of a
        # response (write-only) is no way to walk the pages either.
        data_fields = self.model_named(data_annotation).fields
        fields = {f.alias: f.attr for f in data_fields}
        items_field = next((f for f in data_fields if f.alias == style.items), None)

        if isinstance(style, PageNumberStyle):
            if items_field is None or style.total_pages not in fields:
                return None
            return PageNumberPages(
                argument(style.page),
                style.page,
                items_field.attr,
                style.items,
                items_field.annotation.item or _ANY,
                fields[style.total_pages],
            )
        wanted = {style.next_in_data, style.has_more} - {None}
        if not wanted <= fields.keys() or (style.items is not None and items_field is None):
            return None
        if items_field is None:
            item_annotation = data_annotation.item or _ANY
            items_attr = None
        else:
            item_annotation, items_attr = items_field.annotation.item or _ANY, items_field.attr
        last_item_attr = None
        if style.next_in_last_item is not None:
            item_fields = self.model_named(item_annotation).fields
            last_item_attr = next(
                (f.attr for f in item_fields if f.alias == style.next_in_last_item), None
            )
            if last_item_attr is None:
                return None
        return CursorPages(
            argument(style.cursor),
            style.cursor,
            items_attr,
            style.items,
            item_annotation,
            None if style.next_in_data is None else fields[style.next_in_data],
            last_item_attr,
            None if style.has_more is None else fields[style.has_more],
            None if style.page_size is None else argument(style.page_size),
        )

    def model_named(self, annotation: TypeRef) -> ModelClass:
        """The model class `annotation` names (an empty one when it names none: a list or
        a scalar has no fields)."""
        return next(
            (m for m in self.models if m.name == annotation.text),
            ModelClass(annotation.text, "response", None),
        )

    def newer_twin(self, slug: str) -> str | None:
        match = _LEGACY_SUFFIX.match(slug)
        if match is None:
            return None
        stem = match.group("stem")
        if not any(op.slug == stem for op in self.api.operations):
            return None
        return self.method_names[stem].name


def _with_renames(description: str, fields: Sequence[ModelField]) -> str:
    """A model's description, with a paragraph on each attribute that is not its wire name
    in snake_case, and why (the fields' own descriptions stay the page's, verbatim)."""
    renamed = [
        f"`{f.attr}` is sent as `{f.alias}`: {f.renamed_because}."
        for f in fields
        if f.renamed_because is not None
    ]
    return "\n\n".join([description, *renamed])


def _known_by_attribute_where_wire_names_repeat(fields: list[ModelField]) -> list[ModelField]:
    """A path or query parameter and a body field may share a wire name; their attributes
    differ (`id`, `id_body`), and neither may claim the wire name as its alias."""
    counts = Counter(field.alias for field in fields)
    return [
        replace(field, alias_is_unique=False) if counts[field.alias] > 1 else field
        for field in fields
    ]


def _is_decimal(schema: Schema, bounds: FieldBounds | None) -> bool:
    """Whether a value of `schema` is a decimal: a JSON number, or a string the config says
    carries one (`api.decimal_strings` by wire name, or the field's own `decimal` in `fields`;
    generator.config.Config.bounds), which the page's type alone cannot tell from an id."""
    if schema.enum:
        return False
    if schema.type == "number":
        return True
    return schema.type == "string" and bounds is not None and bounds.decimal is True


def _constraints(schema: Schema, bounds: FieldBounds | None) -> tuple[tuple[str, JsonValue], ...]:
    """pydantic Field() keyword arguments for the schema's bounds and the config's. A decimal
    carried as a string is a number to the model: the config's minimum and maximum apply,
    the lengths and pattern of its text do not."""
    found: dict[str, JsonValue] = {}
    numeric = schema.type in ("integer", "number") or _is_decimal(schema, bounds)
    if schema.type == "string" and not numeric:
        # Written for pydantic's default engine, which runs in linear time; a pattern it
        # cannot say alike is left unchecked (the page reader warns of it).
        pattern = None
        if schema.pattern is not None:
            # Imported here, as in sdk/examples.py: only a schema with a `pattern` needs it.
            from generator.ir.patterns import rust_pattern

            pattern = rust_pattern(schema.pattern)
        found.update(min_length=schema.min_length, max_length=schema.max_length, pattern=pattern)
    if schema.type == "array":
        found.update(min_length=schema.min_items, max_length=schema.max_items)
    if schema.type in ("integer", "number"):
        low = "gt" if schema.exclusive_minimum else "ge"
        high = "lt" if schema.exclusive_maximum else "le"
        found.update({low: schema.minimum, high: schema.maximum, "multiple_of": schema.multiple_of})
    if bounds is not None:
        if schema.type in ("string", "array") and not numeric:
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
        if numeric:
            found.update(
                {k: v for k, v in (("ge", bounds.minimum), ("le", bounds.maximum)) if v is not None}
            )
    return tuple((key, value) for key, value in found.items() if value is not None)


_ANY = TypeRef("Any", frozenset({"Any"}))


def _sent_media_type(op: Operation) -> str | None:
    """The media type `op`'s body goes out as, where it is not `application/json`: a form
    (FORM_MEDIA_TYPES) or another JSON one (`application/vnd.x+json`). Any other goes out as
    JSON (generator.targets warns)."""
    media_type = op.request_body.media_type if op.request_body is not None else None
    if media_type is None or media_type == "application/json":
        return None
    return media_type if media_type in FORM_MEDIA_TYPES or "json" in media_type else None


def _carries(style: PaginationStyle, query: dict[str, Schema], data: Schema) -> bool:
    """Whether an operation whose query takes `query` (by name) and whose data is `data` has
    every field `style` names: a style the page lacks is no way to walk its pages. A cursor
    must be of the type its parameter takes: a text id is no `lastId` integer."""

    def has(name: str | None) -> bool:
        return name is None or data.find_property(name) is not None

    if isinstance(style, PageNumberStyle):
        items = data.find_property(style.items)
        return (
            {style.page, style.page_size} <= set(query)
            and has(style.total_pages)
            and items is not None
            and items.type == "array"
        )
    items = data if style.items is None else data.find_property(style.items)
    if items is None or items.type != "array" or style.cursor not in query:
        return False
    if style.next_in_data is not None:
        cursor = data.find_property(style.next_in_data)
    else:
        cursor = (items.items or Schema()).find_property(style.next_in_last_item or "")
    return (
        cursor is not None
        and cursor.type == query[style.cursor].type
        and (style.page_size is None or style.page_size in query)
        and has(style.has_more)
    )
