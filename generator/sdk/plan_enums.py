"""Enum classes: one per wire name and set of values, shared by every operation using it.

A wire name whose value sets differ between operations gets one class per set, named after
the first operation that uses it. Each page gets its own classes; generator.sdk.compose
shares the ones identical on several pages.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from generator.ir.model import Api, JsonValue, Operation, Schema
from generator.ir.unions import discriminator_tags
from generator.naming import class_identifier, enum_member_name, pascal_case, unique_name
from generator.sdk.plan_model import EnumClass, EnumMember


@dataclass
class _EnumKey:
    wire_name: str
    values: tuple[JsonValue, ...]
    schema: Schema
    first_operation: str


class EnumPlan:
    """Every enum class of one page, planned before any model."""

    def __init__(self, api: Api, class_names: set[str]) -> None:
        self.api = api
        self.class_names = class_names
        """Names taken in the page's modules; the enums' names are added to it."""
        self.enum_names: dict[tuple[str, tuple[str, ...]], str] = {}
        self.enums: list[EnumClass] = []
        self.plan_enums()

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
        # Named after every enum, so that an alias never takes the name an enum would have.
        self.enums = [self.with_literal(enum) for enum in self.enums]

    def with_literal(self, enum: EnumClass) -> EnumClass:
        """`enum` with the name of its Literal alias, when all its values may stand in one."""
        if all(_literal_value(member.value) for member in enum.members):
            return replace(enum, literal=unique_name(enum.name + "Literal", self.class_names))
        return enum

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
        if key not in self.enum_names:
            # The walk names an enum after the property holding it; the plan may reach one
            # under another name (the envelope's `data`, which it unwraps, is ""): its class
            # is planned now, after the walk's.
            entry = _EnumKey(wire_name, tuple(v.value for v in schema.enum), schema, "")
            name = unique_name(class_identifier(wire_name, "Value"), self.class_names)
            self.enum_names[key] = name
            self.enums.append(self.with_literal(self.enum_class(name, entry)))
        name = self.enum_names[key]
        return next(e for e in self.enums if e.name == name)


def _enum_schemas(op: Operation) -> Iterator[tuple[str, Schema]]:
    """(wire name, schema) for every enum an operation's inputs and outputs use, in order."""
    for parameter in op.parameters:
        yield from _walk_enums(parameter.name, parameter.schema)
    if op.request_body is not None:
        yield from _walk_enums("", op.request_body.schema)
    for response in op.responses:
        if response.schema is not None:
            yield from _walk_enums("", response.schema)


def _walk_enums(
    wire_name: str, schema: Schema, tag: str | None = None
) -> Iterator[tuple[str, Schema]]:
    """The enums of `schema` and of every schema inside it, a union's variants included,
    but for the property `tag` (a discriminated union's tag, typed as a Literal)."""
    if schema.enum:
        yield wire_name, schema
    if schema.items is not None:
        yield from _walk_enums(wire_name, schema.items)
    for prop in schema.properties:
        if prop.name != tag:
            yield from _walk_enums(prop.name, prop.schema)
    if isinstance(schema.additional_properties, Schema):
        yield from _walk_enums("", schema.additional_properties)
    tags = discriminator_tags(schema)
    for variant in schema.variants:
        yield from _walk_enums(wire_name, variant, None if tags is None else tags[0])


def _value_set(schema: Schema) -> tuple[str, ...]:
    """An enum's identity for sharing: its values, order aside (`{limit, market}` is one set)."""
    return tuple(sorted(f"{type(v.value).__name__}:{v.value!r}" for v in schema.enum))


def _literal_value(value: JsonValue) -> bool:
    """Whether `value` may stand in a `typing.Literal`: text, an integer, a boolean or None
    (PEP 586), not a fraction."""
    return value is None or isinstance(value, (str, int, bool))


def _member_doc(label: str | None, used_label: str | None, description: str | None) -> str | None:
    parts = [part for part in (label, description) if part]
    if label and label == used_label and not description:
        return None
    return ": ".join(parts) or None
