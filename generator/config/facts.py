"""The page as its config completes it: the facts its prose states, on the IR.

A page says `clientOid` in prose only ("the maximum length cannot exceed 40"), and its
cross-field rules ("choose one of size, qty, valueQty") in descriptions. The config states
them; here they are put on the IR the package is generated from: each bound on the request
fields it names (wherever they are nested), each operation's rules on its request body as
the `x-sdkgen-rules` extension. The IR snapshot then records them, and the release side
sees a new bound or rule as the stricter request it is (generator.release.diff_schemas).
Where the page's own example breaks a bound the config states, `bound_warnings` says so.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace

from generator.config.model import Config, FieldBounds, Rule
from generator.diagnostics import ParseWarning, SourceLocation
from generator.ir.model import (
    DECIMAL_EXTENSION,
    RULES_EXTENSION,
    Api,
    JsonValue,
    Operation,
    Response,
    Schema,
)
from generator.ir.values import read_example, value_problem

Bounds = Mapping[str, FieldBounds]


def with_config_facts(api: Api, config: Config) -> Api:
    """`api` with the config's bounds and rules on every operation."""
    return replace(api, operations=tuple(_operation(op, config) for op in api.operations))


def with_bounds(schema: Schema, bounds: FieldBounds | None) -> Schema:
    """`schema` narrowed by the config's bounds for its field, as the request model enforces
    both (generator.sdk.plan): lengths on a string, item counts on an array, a range on a
    number."""
    if bounds is None:
        return schema
    if schema.type == "string":
        if bounds.decimal and not schema.enum:
            schema = _as_decimal(schema)
        return replace(
            schema,
            min_length=_larger(schema.min_length, bounds.min_length),
            max_length=_smaller(schema.max_length, bounds.max_length),
        )
    if schema.type == "array":
        return replace(
            schema,
            min_items=_larger(schema.min_items, bounds.min_length),
            max_items=_smaller(schema.max_items, bounds.max_length),
        )
    if schema.type in ("integer", "number"):
        if bounds.minimum is not None and (
            schema.minimum is None or bounds.minimum > schema.minimum
        ):
            schema = replace(schema, minimum=bounds.minimum, exclusive_minimum=False)
        if bounds.maximum is not None and (
            schema.maximum is None or bounds.maximum < schema.maximum
        ):
            schema = replace(schema, maximum=bounds.maximum, exclusive_maximum=False)
    return schema


def rule_data(rule: Rule) -> dict[str, JsonValue]:
    """A rule as the snapshot records it: its action, the wire names, its conditions."""
    data: dict[str, JsonValue] = {}
    for action in ("optional", "require", "forbid", "exactly_one_of", "at_least_one_of"):
        names = getattr(rule, action)
        if names:
            data[action] = list(names)
    if rule.when:
        data["when"] = {name: value for name, value in rule.when}
    if rule.when_set:
        data["when_set"] = rule.when_set
    if rule.unless:
        data["unless"] = {name: value for name, value in rule.unless}
    return data


def bound_warnings(api: Api, config: Config) -> list[ParseWarning]:
    """Where the page's example for a field breaks a bound the config states for it (the
    prose's bound, which the page's own schema lacks): located at the config's key, since the
    IR has no page lines. The fixtures use a value that fits (generator.sdk.examples)."""
    found: dict[tuple[str, str], list[str]] = {}
    for op in api.operations:
        own = dict(config.operation(op.slug).fields)
        bounds = config.bounds(op.slug)
        for name, schema in _request_fields(op):
            if name not in bounds:
                continue
            reading = read_example(schema)
            if reading is None:
                continue  # no example, or one that breaks the page's own schema: the reader warns
            problem = value_problem(reading[0], with_bounds(schema, bounds[name]))
            if problem is None:
                continue
            key = f"operations.{op.slug}.fields.{name}" if name in own else f"fields.{name}"
            found.setdefault((key, problem), []).append(op.slug)
    return [
        ParseWarning(
            SourceLocation(config.file, 1),
            f"{key}: the page's example breaks this bound in {', '.join(slugs)}: {problem}; "
            "examples and fixtures use a value that fits",
        )
        for (key, problem), slugs in found.items()
    ]


def _operation(op: Operation, config: Config) -> Operation:
    bounds = config.bounds(op.slug)
    rules = config.operation(op.slug).rules
    if not bounds and not rules:
        return op
    parameters = tuple(replace(p, schema=_bounded(p.name, p.schema, bounds)) for p in op.parameters)
    body = op.request_body
    if body is not None:
        schema = _bounded_fields(body.schema, bounds)
        if rules:
            recorded: JsonValue = [rule_data(rule) for rule in rules]
            schema = replace(schema, extensions=(*schema.extensions, (RULES_EXTENSION, recorded)))
        body = replace(body, schema=schema)
    decimals = {name for name, entry in bounds.items() if entry.decimal}
    responses = tuple(_response_marked(response, decimals) for response in op.responses)
    return replace(op, parameters=parameters, request_body=body, responses=responses)


def _response_marked(response: Response, decimals: set[str]) -> Response:
    if response.schema is None:
        return response
    schema = _marked_decimals(response.schema, decimals)
    return response if schema is response.schema else replace(response, schema=schema)


def _marked_decimals(schema: Schema, names: set[str], name: str = "") -> Schema:
    """A response schema with the strings named in `names` marked as decimals, at any depth
    (a request's are marked with their bounds: `with_bounds`); the very same object where
    nothing is marked, so a large page is not rebuilt."""
    if not names:
        return schema
    marked = schema
    if name in names and schema.type == "string" and not schema.enum:
        marked = _as_decimal(marked)
    if schema.items is not None:
        items = _marked_decimals(schema.items, names, name)
        if items is not schema.items:
            marked = replace(marked, items=items)
    if schema.properties:
        schemas = [_marked_decimals(prop.schema, names, prop.name) for prop in schema.properties]
        if any(
            new is not prop.schema for new, prop in zip(schemas, schema.properties, strict=True)
        ):
            properties = tuple(
                prop if new is prop.schema else replace(prop, schema=new)
                for prop, new in zip(schema.properties, schemas, strict=True)
            )
            marked = replace(marked, properties=properties)
    return marked


def _as_decimal(schema: Schema) -> Schema:
    if schema.marked_decimal:
        return schema
    return replace(schema, extensions=(*schema.extensions, (DECIMAL_EXTENSION, True)))


def _bounded(name: str, schema: Schema, bounds: Bounds) -> Schema:
    return _bounded_fields(with_bounds(schema, bounds.get(name)), bounds)


def _bounded_fields(schema: Schema, bounds: Bounds) -> Schema:
    """The bounds on the fields of an object, and of the objects in a list, at any depth."""
    if not bounds:
        return schema
    if schema.items is not None:
        schema = replace(schema, items=_bounded_fields(schema.items, bounds))
    if schema.properties:
        properties = tuple(
            replace(prop, schema=_bounded(prop.name, prop.schema, bounds))
            for prop in schema.properties
        )
        schema = replace(schema, properties=properties)
    return schema


def _larger(a: int | None, b: int | float | None) -> int | None:
    values = [int(v) for v in (a, b) if v is not None]
    return max(values) if values else None


def _smaller(a: int | None, b: int | float | None) -> int | None:
    values = [int(v) for v in (a, b) if v is not None]
    return min(values) if values else None


def _request_fields(op: Operation) -> Iterator[tuple[str, Schema]]:
    """(wire name, schema) of every input of `op`, fields of nested objects included."""
    for parameter in op.parameters:
        yield parameter.name, parameter.schema
    if op.request_body is not None:
        yield from _nested_fields(op.request_body.schema)


def _nested_fields(schema: Schema) -> Iterator[tuple[str, Schema]]:
    if schema.items is not None:
        yield from _nested_fields(schema.items)
    for prop in schema.properties:
        yield prop.name, prop.schema
        yield from _nested_fields(prop.schema)
