"""Deterministic example values from schemas: for the generated README and test fixtures.

A value comes from the schema's `example` (the pages give scalars as one-element arrays),
then its `default`, then its first enum value, then a plausible value by type, format and
field name. Request examples are then adjusted to satisfy the config's cross-field rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from generator.config import Rule
from generator.ir.model import JsonValue, Operation, Schema

_TIME_NAME = re.compile(r"(time|At|Time|timestamp|Timestamp)$")
_ID_NAME = re.compile(r"(id|oid|no)$", re.IGNORECASE)
# Money and quantities are decimal strings on KuCoin-style APIs: give such fields one.
_NUMERIC_TEXT_NAME = re.compile(
    r"(price|size|value|qty|quantity|amount|fee|rate|margin|balance|pnl|funds|cost|volume)",
    re.IGNORECASE,
)
_MILLISECONDS = 1_700_000_000_000
_NANOSECONDS = 1_700_000_000_000_000_000


def example_value(name: str, schema: Schema) -> JsonValue:
    """An example of `schema`, for a field called `name` on the wire."""
    if schema.example is not None:
        example = schema.example
        if isinstance(example, list) and len(example) == 1 and schema.type != "array":
            return example[0]
        return example
    if schema.default is not None:
        return schema.default
    if schema.enum:
        values = [value.value for value in schema.enum]
        return next((v for v in values if v != ""), values[0])
    return _by_type(name, schema)


def _by_type(name: str, schema: Schema) -> JsonValue:
    if schema.type == "string":
        if _ID_NAME.search(name):
            return f"{name}-0001"
        if _NUMERIC_TEXT_NAME.search(name):
            return "1.5"
        if schema.max_length is not None:
            return "x" * min(8, schema.max_length)
        return name or "text"
    if schema.type == "integer":
        if schema.format == "int64" and _TIME_NAME.search(name):
            nano = "nano" in (schema.description or "").lower()
            return _NANOSECONDS if nano else _MILLISECONDS
        minimum = schema.minimum if isinstance(schema.minimum, int) else 1
        return max(1, minimum)
    if schema.type == "number":
        return 1.5
    if schema.type == "boolean":
        return False
    if schema.type == "array":
        return [example_value(name, schema.items or Schema(type="string"))]
    if schema.type == "object":
        required = set(schema.required)
        return {
            prop.name: example_value(prop.name, prop.schema)
            for prop in schema.properties
            if prop.name in required
        }
    return None


def request_example(operation: Operation, rules: tuple[Rule, ...]) -> dict[str, JsonValue]:
    """Inputs of `operation` by wire name: required ones and those the page gives an example
    for, adjusted so the config's rules hold. A top-level array body is under "items"."""
    fields: dict[str, Schema] = {}
    wanted: list[str] = []
    for parameter in operation.parameters:
        fields[parameter.name] = parameter.schema
        if parameter.required or parameter.schema.example is not None:
            wanted.append(parameter.name)
    body = operation.request_body.schema if operation.request_body else None
    target = body.items if body is not None and body.type == "array" and body.items else body
    if target is not None:
        for prop in target.properties:
            fields[prop.name] = prop.schema
            if prop.name in target.required or prop.schema.example is not None:
                wanted.append(prop.name)
    values = {name: example_value(name, fields[name]) for name in wanted}
    values = satisfy_rules(values, fields, rules)
    if body is not None and body.type == "array":
        return {"items": [values]}
    return values


def satisfy_rules(
    values: dict[str, JsonValue], fields: Mapping[str, Schema], rules: tuple[Rule, ...]
) -> dict[str, JsonValue]:
    """Add or drop example values until every rule that applies holds."""
    result = dict(values)
    for _ in range(3):  # a rule's fix can make another rule apply; three passes settle it
        for rule in rules:
            if not _applies(rule, result):
                continue
            for name in rule.require:
                if result.get(name) is None:
                    result[name] = example_value(name, fields[name])
            for name in rule.forbid:
                result.pop(name, None)
            if rule.exactly_one_of:
                present = [n for n in rule.exactly_one_of if result.get(n) is not None]
                keep = present[0] if present else rule.exactly_one_of[0]
                for name in rule.exactly_one_of:
                    result.pop(name, None)
                result[keep] = values.get(keep) or example_value(keep, fields[keep])
            if rule.at_least_one_of and all(
                result.get(name) is None for name in rule.at_least_one_of
            ):
                first = rule.at_least_one_of[0]
                result[first] = example_value(first, fields[first])
    return result


def _applies(rule: Rule, values: Mapping[str, JsonValue]) -> bool:
    if any(values.get(name) != value for name, value in rule.when):
        return False
    if rule.when_set is not None and values.get(rule.when_set) is None:
        return False
    return not (rule.unless and all(values.get(n) == v for n, v in rule.unless))
