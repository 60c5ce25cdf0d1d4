"""Corrections: facts of a page that the maintainer knows are wrong, set right in the config.

A page may document `stopPrice` as an integer while the live API sends `"27000.5"`. The
config corrects one field of one operation (`operations.get_order_list.corrections`):

    response.data.items[].stopPrice: {type: string, why: "the live API sends text"}

A path is written as `sdkgen diff` names places: `path.NAME` and `query.NAME` for
parameters, `request.body` then field names for the body, `response` then field names for
the 200 response; `[]` steps into a list's items and `*` into a map's values. The place
`operation` is the operation itself, whose `method` a correction may set: KuCoin documents
"Get Actual Fee - Futures" as `PATCH /api/v1/trade-fees` (its source cannot hold two
operations on one path and method) while the live API takes `GET` there, on another host.
The corrected IR is what every later stage sees, and the corrected schema (or operation)
carries an `x-sdkgen-correction` extension (the facts it replaced, and why) so the IR
snapshot shows it and `sdkgen diff` reports it like any change of the page.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from generator.ir.model import (
    HTTP_METHODS,
    SCHEMA_TYPES,
    Api,
    EnumValue,
    HttpMethod,
    JsonValue,
    Operation,
    Parameter,
    Property,
    Schema,
)
from generator.ir.values import short, value_problem

EXTENSION = "x-sdkgen-correction"

_NUMBER = (int, float)
_FACTS: dict[str, Callable[[object], bool]] = {
    "type": lambda v: v in SCHEMA_TYPES,
    "format": lambda v: isinstance(v, str) and bool(v),
    "description": lambda v: isinstance(v, str),
    "example": lambda v: _is_json(v),
    "default": lambda v: _is_json(v),
    "enum": lambda v: isinstance(v, list) and bool(v) and all(map(_is_scalar, v)),
    "nullable": lambda v: isinstance(v, bool),
    "required": lambda v: isinstance(v, bool),
    "pattern": lambda v: isinstance(v, str) and bool(v),
    "minimum": lambda v: isinstance(v, _NUMBER) and not isinstance(v, bool),
    "maximum": lambda v: isinstance(v, _NUMBER) and not isinstance(v, bool),
    "min_length": lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 0,
    "max_length": lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 0,
}
CORRECTABLE = tuple(_FACTS)
"""The facts a correction may set on a parameter or a field."""
OPERATION = "operation"
"""The place of a correction that sets a fact of the operation itself."""
_OPERATION_FACTS: dict[str, Callable[[object], bool]] = {"method": lambda v: v in HTTP_METHODS}
OPERATION_CORRECTABLE = tuple(_OPERATION_FACTS)
"""The facts a correction may set on the operation itself (its place is `operation`)."""
_SHOULD_BE = {
    "type": f"one of {', '.join(SCHEMA_TYPES)}",
    "enum": "a non-empty list of single values (text, numbers, true, false or null)",
    "example": "a JSON value (text, a number, true, false, null, a list or a mapping with text "
    "keys; quote a date)",
    "default": "a JSON value (text, a number, true, false, null, a list or a mapping with text "
    "keys; quote a date)",
    "nullable": "true or false",
    "required": "true or false",
    "minimum": "a number",
    "maximum": "a number",
    "min_length": "a whole number >= 0",
    "max_length": "a whole number >= 0",
    "method": f"one of {', '.join(HTTP_METHODS)} (upper case)",
}


@dataclass(frozen=True)
class Correction:
    """Facts to set on the schema at `path` of one operation."""

    path: str
    facts: tuple[tuple[str, JsonValue], ...]
    why: str | None = None
    source: str = ""
    """The config file that states it (its name, for the snapshot)."""


class CorrectionError(ValueError):
    """A correction that does not fit the page: no such place, or a fact it cannot take."""

    def __init__(self, operation: str, path: str, message: str) -> None:
        super().__init__(message)
        self.operation = operation
        self.path = path
        self.message = message


def _is_scalar(value: object) -> bool:
    return value is None or isinstance(value, (str, bool, int)) or _is_finite(value)


def _is_finite(value: object) -> bool:
    return isinstance(value, float) and math.isfinite(value)


def _is_json(value: object) -> bool:
    """Whether `value` is JSON: YAML also reads dates, timestamps and infinities, which no
    request can send. (A loop, not recursion: YAML nests as deep as its loader allows.)"""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if not all(isinstance(key, str) for key in item):
                return False
            stack.extend(item.values())
        elif not _is_scalar(item):
            return False
    return True


def fact_problem(name: str, value: object, place: str = "") -> str | None:
    """Why `value` cannot be the fact `name` at `place` (None when it can): the operation
    itself (`operation`) takes OPERATION_CORRECTABLE, any other place CORRECTABLE."""
    facts = _OPERATION_FACTS if place == OPERATION else _FACTS
    check = facts.get(name)
    if check is None:
        where = "the operation" if place == OPERATION else "a parameter or a field"
        return f"is not a fact a correction can set on {where} (one of {', '.join(facts)})"
    if not check(value):
        return f"must be {_SHOULD_BE.get(name, 'a non-empty text')}"
    return None


def apply_corrections(api: Api, corrections: Mapping[str, Sequence[Correction]]) -> Api:
    """`api` with every correction applied, by operation name (the operation's slug)."""
    if not corrections:
        return api
    known = {op.slug for op in api.operations}
    for name, listed in corrections.items():
        if name not in known and listed:
            raise CorrectionError(name, listed[0].path, f"the page has no operation named {name!r}")
    operations = []
    for op in api.operations:
        for correction in corrections.get(op.slug, ()):
            op = _correct(op, correction)
        operations.append(op)
    return replace(api, operations=tuple(operations))


def _correct(op: Operation, correction: Correction) -> Operation:
    head, *steps = correction.path.split(".")

    def fail(message: str) -> CorrectionError:
        return CorrectionError(op.slug, correction.path, message)

    if head == OPERATION:
        if steps:
            raise fail("`operation` is the operation itself: nothing goes after it")
        return _correct_operation(op, correction)
    if head in ("path", "query", "header", "cookie"):
        if not steps:
            raise fail(f"name the parameter: {head}.NAME")
        name, *rest = steps
        parameters = list(op.parameters)
        for index, parameter in enumerate(parameters):
            if (parameter.location, parameter.name) == (head, name):
                parameters[index] = _correct_parameter(parameter, rest, correction, fail)
                return replace(op, parameters=tuple(parameters))
        raise fail(f"{op.method} {op.path} has no {head} parameter {name!r}")
    if head == "request" and steps[:1] in (["body"], ["body[]"]):
        if op.request_body is None:
            raise fail(f"{op.method} {op.path} has no request body")
        body = op.request_body.schema
        if steps[0] == "body[]":  # a body that is a list: `request.body[].price`
            schema = _into_items(body, steps[1:], correction, fail)
        else:
            schema = _at(body, steps[1:], correction, fail)
        return replace(op, request_body=replace(op.request_body, schema=schema))
    if head == "response":
        responses = list(op.responses)
        for index, response in enumerate(responses):
            if response.status == "200" and response.schema is not None:
                schema = _at(response.schema, steps, correction, fail)
                responses[index] = replace(response, schema=schema)
                return replace(op, responses=tuple(responses))
        raise fail(f"{op.method} {op.path} documents no 200 response schema")
    raise fail("must start with path., query., request.body or response, or be `operation`")


def _correct_operation(op: Operation, correction: Correction) -> Operation:
    """`op` with the facts of the operation itself set (its method), marked as corrected."""
    facts = dict(correction.facts)
    was: dict[str, JsonValue] = {}
    if "method" in facts:
        was["method"] = op.method
        op = replace(op, method=_method(facts["method"]))
    note = _note({"set": dict(facts), "was": was}, correction)
    extensions = tuple((k, v) for k, v in op.extensions if k != EXTENSION)
    return replace(op, extensions=(*extensions, (EXTENSION, note)))


def _method(value: JsonValue) -> HttpMethod:
    for method in HTTP_METHODS:
        if method == value:
            return method
    raise ValueError(f"not an HTTP method: {value!r}")  # the config's validation says so first


def stated_method(op: Operation) -> HttpMethod:
    """The method the page states for `op`: its own, unless a correction set another. An
    operation is the page's by this method and its path (a corrected one may share its
    route with another operation, served on another host)."""
    for key, note in op.extensions:
        if key == EXTENSION and isinstance(note, dict):
            was = note.get("was")
            if isinstance(was, dict) and "method" in was:
                return _method(was["method"])
    return op.method


def _correct_parameter(
    parameter: Parameter,
    steps: list[str],
    correction: Correction,
    fail: Callable[[str], CorrectionError],
) -> Parameter:
    """A parameter's `required` and `description` are facts of the parameter (its table
    row), the rest of its schema."""
    if steps:
        return replace(parameter, schema=_at(parameter.schema, steps, correction, fail))
    facts = dict(correction.facts)
    was: dict[str, JsonValue] = {}
    if "required" in facts:
        required = bool(facts.pop("required"))
        if parameter.location == "path" and not required:
            raise fail("a path parameter is always required (it is part of the path)")
        was["required"] = parameter.required
        parameter = replace(parameter, required=required)
    if "description" in facts:
        description = facts.pop("description")
        was["description"] = parameter.description
        parameter = replace(parameter, description=str(description))
    schema = _set(parameter.schema, facts, correction, fail, extra_was=was)
    return replace(parameter, schema=schema)


def _at(
    schema: Schema,
    steps: list[str],
    correction: Correction,
    fail: Callable[[str], CorrectionError],
) -> Schema:
    """`schema` with the correction applied where `steps` lead."""
    if not steps:
        facts = dict(correction.facts)
        if "required" in facts:
            raise fail("`required` is set on a field (or a parameter), not on a whole body")
        return _set(schema, facts, correction, fail)
    step, rest = steps[0], steps[1:]
    name, into_items = (step[:-2], True) if step.endswith("[]") else (step, False)
    if name == "*":
        values = schema.additional_properties
        if not isinstance(values, Schema):
            raise fail("`*` steps into a map's values, and this schema is not a map")
        return replace(schema, additional_properties=_at(values, rest, correction, fail))
    if name == "" and into_items:
        return _into_items(schema, rest, correction, fail)
    properties = list(schema.properties)
    for index, prop in enumerate(properties):
        if prop.name != name:
            continue
        if into_items:
            child = _into_items(prop.schema, rest, correction, fail)
            properties[index] = Property(name, child)
            return replace(schema, properties=tuple(properties))
        if not rest and "required" in dict(correction.facts):
            return _set_required(schema, index, correction, fail)
        properties[index] = Property(name, _at(prop.schema, rest, correction, fail))
        return replace(schema, properties=tuple(properties))
    known = ", ".join(prop.name for prop in schema.properties) or "none"
    raise fail(f"no field {name!r} there (fields: {known})")


def _into_items(
    schema: Schema,
    steps: list[str],
    correction: Correction,
    fail: Callable[[str], CorrectionError],
) -> Schema:
    if schema.items is None:
        raise fail("`[]` steps into a list's items, and this schema is not a list")
    return replace(schema, items=_at(schema.items, steps, correction, fail))


def _set_required(
    parent: Schema, index: int, correction: Correction, fail: Callable[[str], CorrectionError]
) -> Schema:
    """Set a property's `required` (a fact of its parent) and any other facts on it."""
    facts = dict(correction.facts)
    prop = parent.properties[index]
    required = bool(facts.pop("required"))
    was = prop.name in parent.required
    names = [n for n in parent.required if n != prop.name]
    if required:
        names.append(prop.name)
    child = _set(prop.schema, facts, correction, fail, extra_was={"required": was})
    properties = list(parent.properties)
    properties[index] = Property(prop.name, child)
    return replace(parent, required=tuple(names), properties=tuple(properties))


def _set(
    schema: Schema,
    facts: dict[str, JsonValue],
    correction: Correction,
    fail: Callable[[str], CorrectionError],
    extra_was: dict[str, JsonValue] | None = None,
) -> Schema:
    changes: dict[str, Any] = {}
    was: dict[str, JsonValue] = dict(extra_was or {})
    for name, value in facts.items():
        if name == "enum":
            assert isinstance(value, list)
            was[name] = [member.value for member in schema.enum]
            changes[name] = tuple(EnumValue(member) for member in value)
        else:
            was[name] = getattr(schema, name)
            changes[name] = value
    corrected = replace(schema, **changes)
    problem = _contradiction(corrected)
    if problem is not None:
        raise fail(f"the corrected schema {problem}")
    problem = _misfit(corrected, facts)
    if problem is not None:
        raise fail(problem)
    return _mark(corrected, was, correction)


def _misfit(schema: Schema, facts: dict[str, JsonValue]) -> str | None:
    """A value the correction sets (an enum value, the example, the default) that the
    corrected field cannot hold: it would reach the models and the fixtures they send."""
    if "enum" in facts:
        kind = Schema(type=schema.type, nullable=schema.nullable)
        for member in schema.enum:
            problem = value_problem(member.value, kind)
            if problem is not None:
                return (
                    f"'enum' value {short(member.value)} does not fit the field: {problem}; "
                    "give values of the field's type (or correct its `type` too)"
                )
    for name in ("example", "default"):
        if name in facts and facts[name] is not None:
            problem = value_problem(facts[name], schema)
            if problem is not None:
                return (
                    f"'{name}' does not fit the field: {problem}; give a value the corrected "
                    "field accepts"
                )
    return None


def _contradiction(schema: Schema) -> str | None:
    """What makes a corrected schema unusable (the page reader refuses or repairs the same
    things; a maintainer's correction is taken as meant, so it is an error)."""
    if schema.pattern is not None:
        try:
            re.compile(schema.pattern)
        except re.error as error:
            return f"has a 'pattern' that is not a regular expression: {error}"
        # Imported here, as elsewhere: only a schema with a `pattern` needs the engine.
        from generator.ir.patterns import rust_pattern

        if rust_pattern(schema.pattern) is None:
            # The page reader only warns of such a pattern; a correction is the maintainer's
            # own, and can be written so that the generated models check it.
            return (
                f"has a 'pattern' {schema.pattern!r} the generated models cannot check in "
                "linear time (look-around, back-references, flags, `$` before more pattern); "
                "write it without them"
            )
    low, high = schema.minimum, schema.maximum
    if low is not None and high is not None and low > high:
        return f"has 'minimum' {low!r} above 'maximum' {high!r}"
    shortest, longest = schema.min_length, schema.max_length
    if shortest is not None and longest is not None and shortest > longest:
        return f"has 'min_length' {shortest} above 'max_length' {longest}"
    return None


def _mark(schema: Schema, was: dict[str, JsonValue], correction: Correction) -> Schema:
    note = _note({"was": was}, correction)
    extensions = tuple((k, v) for k, v in schema.extensions if k != EXTENSION)
    return replace(schema, extensions=(*extensions, (EXTENSION, note)))


def _note(note: dict[str, JsonValue], correction: Correction) -> dict[str, JsonValue]:
    """The `x-sdkgen-correction` of a corrected place: `note` with the why and the file."""
    if correction.why:
        note["why"] = correction.why
    if correction.source:
        note["by"] = correction.source
    return note
