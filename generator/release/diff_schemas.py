"""The comparison of two schemas at one place of an operation: fields, enums, constraints.

`SchemaDiffer` records every difference between two schemas, and between their properties,
items and additional properties depth first, as a `Change` at a field path
(`request.body.clientOid`, `response.data.items[].status`). Whether a difference is breaking
depends on the side: see `generator.release.diff` for the rules.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Literal

from generator.ir.formats import typing_format
from generator.ir.model import DECIMAL_EXTENSION, RULES_EXTENSION, EnumValue, JsonValue, Schema
from generator.release.changes import Change, ChangeKind
from generator.release.pairing import Added, Kept, Removed, paired

Side = Literal["request", "response"]


class SchemaDiffer:
    """Collects `changes`; each is made for the operation `operation_name` (None: the page)."""

    def __init__(self) -> None:
        self.changes: list[Change] = []
        self.operation_name: str | None = None

    def add(
        self,
        kind: ChangeKind,
        location: str,
        detail: str,
        breaking: bool = False,
        old: JsonValue = None,
        new: JsonValue = None,
    ) -> None:
        self.changes.append(Change(kind, self.operation_name, location, detail, breaking, old, new))

    def rules(self, old: Schema, new: Schema, location: str) -> None:
        """The config's cross-field rules on a request body (`x-sdkgen-rules`): a new rule
        refuses requests the SDK sent before (breaking); a rule gone refuses none. An
        `optional` rule is the other way round: it lets through what the page requires."""
        before, after = _rules(old), _rules(new)
        for key, rule in after.items():
            if key not in before:
                detail = f"request rule added: {_rule_text(rule)}"
                self.add("rule-added", location, detail, not _relaxes(rule), new=rule)
        for key, rule in before.items():
            if key not in after:
                detail = f"request rule removed: {_rule_text(rule)}"
                self.add("rule-removed", location, detail, _relaxes(rule), old=rule)

    def text(
        self, kind: ChangeKind, location: str, what: str, old: str | None, new: str | None
    ) -> None:
        """A documentation change: `what` (description, summary…) added, removed or changed."""
        if old == new:
            return
        verb = "added" if old is None else "removed" if new is None else "changed"
        self.add(kind, location, f"{what} {verb}", old=old, new=new)

    def value(
        self, kind: ChangeKind, location: str, what: str, old: JsonValue, new: JsonValue
    ) -> None:
        """A documentation change to a JSON value (example, default), shown in the detail."""
        if _same(old, new):
            return
        self.add(kind, location, f"{what}: {short(old)} → {short(new)}", old=old, new=new)

    def removed(self, location: str, side: Side, schema: Schema) -> None:
        why = "callers that pass it get an error" if side == "request" else "code reading it breaks"
        self.add(
            "field-removed",
            location,
            f"removed ({why})",
            breaking=True,
            old=_type_text(schema),
        )

    def added(self, location: str, side: Side, schema: Schema, required: bool) -> None:
        if side == "request" and required:
            self.add(
                "field-added",
                location,
                "added as required (existing calls lack it)",
                breaking=True,
                new=_type_text(schema),
            )
        else:
            optional = " (optional)" if side == "request" else ""
            self.add("field-added", location, f"added{optional}", new=_type_text(schema))

    def required(self, location: str, side: Side, old: bool, new: bool) -> None:
        if old == new:
            return
        if side == "response":
            detail = (
                f"{_required_text(old)} → {_required_text(new)} (not breaking: the client "
                "treats every response field as optional)"
            )
            self.add("required-changed", location, detail, old=old, new=new)
        elif new:
            detail = "optional → required (calls without it get an error)"
            self.add("required-changed", location, detail, breaking=True, old=old, new=new)
        else:
            self.add("required-changed", location, "required → optional", old=old, new=new)

    def format(self, old: Schema, new: Schema, location: str) -> None:
        """A change of format of one type: breaking when the SDK types the two formats
        differently (generator.ir.formats), on either side; documentation when it does not
        (`int64` on an integer: an `int` before and after, with the same bounds)."""
        retyped = typing_format(old) != typing_format(new)
        effect = "the SDK's type changes" if retyped else "the SDK's type is the same"
        self.add(
            "format-changed",
            location,
            f"format: {old.format or 'none'} → {new.format or 'none'} ({effect})",
            breaking=retyped,
            old=old.format,
            new=new.format,
        )

    def decimal(self, old: Schema, new: Schema, location: str, side: Side) -> None:
        """A text the config now says carries a decimal, or no longer. In a response the
        SDK's `str` becomes `Decimal` (or back): breaking. In a request a decimal takes
        `Decimal`, `int` or numeric text: a text becoming one still takes what callers sent
        (only text no number reads as is refused, which the API refuses too); a decimal
        becoming text no longer takes a `Decimal`: breaking."""
        was, now = old.marked_decimal, new.marked_decimal
        if was == now:
            return
        if now and side == "request":
            detail = "text → a decimal in text (the SDK takes Decimal, int or numeric text)"
        elif now:
            detail = "text → a decimal in text (the SDK's type changes: str → Decimal)"
        else:
            detail = "a decimal in text → text (the SDK's type changes: Decimal → str)"
        self.add(
            "type-changed",
            location,
            detail,
            breaking=not (now and side == "request"),
            old="decimal" if was else "string",
            new="decimal" if now else "string",
        )

    def schema(self, old: Schema, new: Schema, location: str, side: Side) -> None:
        old_type, new_type = _type_text(old, with_format=False), _type_text(new, with_format=False)
        if old_type != new_type:
            self.add(
                "type-changed",
                location,
                f"type: {_type_text(old)} → {_type_text(new)}",
                breaking=True,
                old=_type_text(old),
                new=_type_text(new),
            )
            return
        if old.format != new.format:
            self.format(old, new, location)
        self.text("title-changed", location, "title", old.title, new.title)
        self.text("description-changed", location, "description", old.description, new.description)
        self.value("example-changed", location, "example", old.example, new.example)
        self.value("default-changed", location, "default", old.default, new.default)
        if old.deprecated != new.deprecated:
            self.add(
                "deprecated-changed",
                location,
                "deprecated" if new.deprecated else "no longer deprecated",
                old=old.deprecated,
                new=new.deprecated,
            )
        self.constraints(old, new, location, side)
        self.rules(old, new, location)
        self.decimal(old, new, location, side)
        recorded_apart = (RULES_EXTENSION, DECIMAL_EXTENSION)
        old_extensions = {k: v for k, v in old.extensions if k not in recorded_apart}
        new_extensions = {k: v for k, v in new.extensions if k not in recorded_apart}
        if old_extensions != new_extensions:
            self.add(
                "extension-changed",
                location,
                "x-* extensions changed",
                old=old_extensions,
                new=new_extensions,
            )
        self.enum(old, new, location, side)
        self.properties(old, new, location, side)
        if old.items is not None and new.items is not None:
            self.schema(old.items, new.items, f"{location}[]", side)
        # Same keyword, same number of variants (the type text says so): variant by variant.
        for index, (old_variant, new_variant) in enumerate(
            zip(old.variants, new.variants, strict=True)
        ):
            self.schema(old_variant, new_variant, f"{location}|{index}", side)
        for index, (old_part, new_part) in enumerate(zip(old.all_of, new.all_of, strict=True)):
            self.schema(old_part, new_part, f"{location}&{index}", side)
        if isinstance(old.additional_properties, Schema) and isinstance(
            new.additional_properties, Schema
        ):
            self.schema(old.additional_properties, new.additional_properties, f"{location}.*", side)
        elif old.additional_properties != new.additional_properties:
            tighter = _is_open(old.additional_properties) and not _is_open(
                new.additional_properties
            )
            self.constraint(
                location,
                side,
                "additionalProperties",
                _additional_text(old.additional_properties),
                _additional_text(new.additional_properties),
                tighter,
            )

    def properties(self, old: Schema, new: Schema, location: str, side: Side) -> None:
        for pair in paired(old.properties, new.properties, key=lambda prop: prop.name):
            match pair:
                case Kept(prop, new_prop):
                    child = f"{location}.{prop.name}"
                    self.required(child, side, prop.name in old.required, prop.name in new.required)
                    self.schema(prop.schema, new_prop.schema, child, side)
                case Removed(prop):
                    self.removed(f"{location}.{prop.name}", side, prop.schema)
                case Added(prop):
                    child = f"{location}.{prop.name}"
                    self.added(child, side, prop.schema, prop.name in new.required)

    def enum(self, old: Schema, new: Schema, location: str, side: Side) -> None:
        if not old.enum and not new.enum:
            return
        if not new.enum:
            values = [v.value for v in old.enum]
            detail = f"no longer restricted to the values {short(values)}"
            self.add("enum-dropped", location, detail, old=values)
            return
        if not old.enum:
            values = [v.value for v in new.enum]
            if side == "request":
                detail = f"now restricted to the values {short(values)} (others get an error)"
                self.add("enum-introduced", location, detail, breaking=True, new=values)
            else:
                detail = (
                    f"now documents the values {short(values)} (not breaking: the client "
                    "accepts unknown enum values)"
                )
                self.add("enum-introduced", location, detail, new=values)
            return
        for pair in paired(_unique(old.enum), _unique(new.enum), key=_enum_key):
            match pair:
                case Kept(value, new_value):
                    if (value.name, value.description) != (new_value.name, new_value.description):
                        self.add(
                            "enum-docs-changed",
                            location,
                            f"name or description of enum value {short(value.value)} changed",
                            old={"name": value.name, "description": value.description},
                            new={"name": new_value.name, "description": new_value.description},
                        )
                case Removed(value) if side == "request":
                    detail = (
                        f"enum value {short(value.value)} removed (callers passing it get an "
                        "error)"
                    )
                    self.add("enum-value-removed", location, detail, breaking=True, old=value.value)
                case Removed(value):
                    detail = (
                        f"enum value {short(value.value)} removed (not breaking: it just won't "
                        "be returned any more)"
                    )
                    self.add("enum-value-removed", location, detail, old=value.value)
                case Added(value):
                    detail = f"enum value {short(value.value)} added"
                    if side == "response":
                        detail += " (not breaking: the client accepts unknown enum values)"
                    self.add("enum-value-added", location, detail, new=value.value)

    def constraints(self, old: Schema, new: Schema, location: str, side: Side) -> None:
        """Bounds and flags that a request model checks: tighter is breaking for requests."""
        self.bound(location, side, "minimum", old.minimum, new.minimum, lower=True)
        self.bound(location, side, "maximum", old.maximum, new.maximum, lower=False)
        self.flag(location, side, "exclusiveMinimum", old.exclusive_minimum, new.exclusive_minimum)
        self.flag(location, side, "exclusiveMaximum", old.exclusive_maximum, new.exclusive_maximum)
        self.bound(location, side, "minLength", old.min_length, new.min_length, lower=True)
        self.bound(location, side, "maxLength", old.max_length, new.max_length, lower=False)
        self.bound(location, side, "minItems", old.min_items, new.min_items, lower=True)
        self.bound(location, side, "maxItems", old.max_items, new.max_items, lower=False)
        self.flag(location, side, "uniqueItems", old.unique_items, new.unique_items)
        self.flag(location, side, "readOnly", old.read_only, new.read_only)
        if old.multiple_of != new.multiple_of:
            self.constraint(
                location,
                side,
                "multipleOf",
                old.multiple_of,
                new.multiple_of,
                tighter=new.multiple_of is not None,
            )
        if old.pattern != new.pattern:
            self.constraint(
                location, side, "pattern", old.pattern, new.pattern, new.pattern is not None
            )
        if old.nullable != new.nullable:
            self.constraint(location, side, "nullable", old.nullable, new.nullable, old.nullable)
        if old.write_only != new.write_only:
            self.constraint(
                location, side, "writeOnly", old.write_only, new.write_only, tighter=False
            )

    def bound(
        self,
        location: str,
        side: Side,
        what: str,
        old: int | float | None,
        new: int | float | None,
        lower: bool,
    ) -> None:
        if old == new:
            return
        if new is None:
            tighter = False
        elif old is None:
            tighter = True
        else:
            tighter = new > old if lower else new < old
        self.constraint(location, side, what, old, new, tighter)

    def flag(self, location: str, side: Side, what: str, old: bool, new: bool) -> None:
        if old != new:
            self.constraint(location, side, what, old, new, tighter=new)

    def constraint(
        self,
        location: str,
        side: Side,
        what: str,
        old: JsonValue,
        new: JsonValue,
        tighter: bool,
    ) -> None:
        detail = f"{what}: {short(old)} → {short(new)}"
        breaking = side == "request" and tighter
        if breaking:
            detail += " (tighter: calls that passed before may now get an error)"
        self.add("constraint-changed", location, detail, breaking=breaking, old=old, new=new)


def _required_text(required: bool) -> str:
    return "required" if required else "optional"


def _type_text(schema: Schema, with_format: bool = True) -> str:
    """The type as the page's tables print it: `integer(int64)`, `[string]`, `any`; a union
    or intersection as its keyword and schemas, `oneOf(object, object)` (with its
    discriminator's name); a node closing a cycle as the name of the schema it repeats
    (compared by that name: the named schema's fields are compared where it is inlined)."""
    if schema.ref is not None:
        return schema.ref
    if schema.variants or schema.all_of:
        keyword = "oneOf" if schema.one_of else "anyOf" if schema.any_of else "allOf"
        parts = schema.variants or schema.all_of
        variants = ", ".join(_type_text(variant, with_format) for variant in parts)
        by = f" by {schema.discriminator.property_name}" if schema.discriminator else ""
        return f"{keyword}({variants}){by}"
    if schema.type == "array":
        return f"[{_type_text(schema.items, with_format) if schema.items else 'any'}]"
    text: str = schema.type or "any"
    if with_format and schema.format:
        text += f"({schema.format})"
    return text


def _is_open(value: Schema | bool | None) -> bool:
    return value is None or value is True


def _additional_text(value: Schema | bool | None) -> JsonValue:
    if isinstance(value, Schema):
        return _type_text(value)
    return value


def _key(value: JsonValue) -> str:
    """An identity for a JSON value that keeps 1, 1.0, "1" and true apart."""
    return f"{type(value).__name__}:{json.dumps(value, sort_keys=True)}"


def _enum_key(value: EnumValue) -> str:
    return _key(value.value)


def _unique(values: Sequence[EnumValue]) -> list[EnumValue]:
    """One entry per value, where the first listing was, holding the last listing's name and
    description (a page may list a value twice; it is one value of the enum)."""
    return list({_enum_key(value): value for value in values}.values())


def _same(old: JsonValue, new: JsonValue) -> bool:
    return _key(old) == _key(new)


def short(value: JsonValue, limit: int = 60) -> str:
    """A value as a change's detail shows it: JSON, cut to `limit` characters with "…"."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _rules(schema: Schema) -> dict[str, JsonValue]:
    """The rules recorded on a schema, by a stable text of each."""
    recorded = dict(schema.extensions).get(RULES_EXTENSION)
    if not isinstance(recorded, list):
        return {}
    return {json.dumps(rule, sort_keys=True, ensure_ascii=False): rule for rule in recorded}


_RULE_ACTIONS = (
    ("optional", "{} optional"),
    ("require", "{} required"),
    ("forbid", "{} not allowed"),
    ("exactly_one_of", "exactly one of {}"),
    ("at_least_one_of", "at least one of {}"),
)


def _relaxes(rule: JsonValue) -> bool:
    return isinstance(rule, dict) and "optional" in rule


def _rule_text(rule: JsonValue) -> str:
    """A recorded rule in words: "price required when type is limit"."""
    if not isinstance(rule, dict):
        return json.dumps(rule, ensure_ascii=False)
    parts = [
        template.format(", ".join(map(str, names)))
        for action, template in _RULE_ACTIONS
        if isinstance(names := rule.get(action), list)
    ]
    for word, key in (("when", "when"), ("unless", "unless")):
        conditions = rule.get(key)
        if isinstance(conditions, dict):
            values = " and ".join(f"{n} is {json.dumps(v)}" for n, v in conditions.items())
            parts.append(f"{word} {values}")
    if isinstance(rule.get("when_set"), str):
        parts.append(f"when {rule['when_set']} is set")
    return " ".join(parts)
