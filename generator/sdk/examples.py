"""Deterministic example values from schemas: for the generated README and test fixtures.

Every value is valid against its schema, the config's bounds for its field (`fields:`) and,
for a request, the config's cross-field rules, because the fixtures validate against the
generated models. A value is the schema's `example` (or, as KuCoin's pages write them, one of
a list of examples), then its `default` (as written, or as the value of its type or the enum
value it names in another case), then its first enum value, whichever first fits;
else one built from the schema: a plausible value by type, format and field name (numeric
text for prices and sizes, millisecond timestamps), inside the bounds, matching the pattern
where generator.ir.patterns can build a match. A pattern beyond that subset cannot be
checked here: the page's own example, if any, is then taken as the page gives it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from decimal import Decimal

from generator.config import Config, FieldBounds, Rule
from generator.config.facts import with_bounds
from generator.ir.model import JsonValue, Operation, Schema
from generator.ir.values import fitting_example, read_default, value_problem

_TIME_NAME = re.compile(r"(time|At|Time|timestamp|Timestamp)$")
_ID_NAME = re.compile(r"(id|oid|no)$", re.IGNORECASE)
# Money and quantities are decimal strings on KuCoin-style APIs: give such fields one.
_NUMERIC_TEXT_NAME = re.compile(
    r"(price|size|value|qty|quantity|amount|fee|rate|margin|balance|pnl|funds|cost|volume)",
    re.IGNORECASE,
)
# Numeric text, as a decimal input takes it (generator.runtime._decimals).
_DECIMAL = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
# A page's minLength or minItems can be any number: beyond these an example is not padded out
# (the page is absurd, and the value then fails its model, visibly, in the package's tests).
_LONGEST_TEXT = 10_000
_MOST_ITEMS = 1_000
_MILLISECONDS = 1_700_000_000_000
_NANOSECONDS = 1_700_000_000_000_000_000

Bounds = Mapping[str, FieldBounds]
"""The config's bounds by wire name; they apply to a field wherever it is nested."""

_NO_BOUNDS: Bounds = {}


def example_value(name: str, schema: Schema, bounds: Bounds = _NO_BOUNDS) -> JsonValue:
    """An example of `schema`, for a field called `name` on the wire, within `bounds`."""
    return _example(name, with_bounds(schema, bounds.get(name)), bounds)


def _example(name: str, schema: Schema, bounds: Bounds) -> JsonValue:
    field = bounds.get(name)
    if schema.type == "string" and not schema.enum and field is not None and field.decimal:
        # A decimal carried as text: its model takes numeric text only.
        numeric = (v for v in page_values(schema) if isinstance(v, str) and _DECIMAL.fullmatch(v))
        return next(numeric, _decimal_text(field))
    for value in page_values(schema):
        return value
    return _built(name, schema, bounds)


def _decimal_text(bounds: FieldBounds) -> str:
    """1.5, or the config's minimum (else maximum) where 1.5 is outside them."""
    low, high = bounds.minimum, bounds.maximum
    if (low is not None and low > 1.5) or (high is not None and high < 1.5):
        chosen = low if low is not None else high
        return format(Decimal(str(chosen)), "f")
    return "1.5"


def page_values(schema: Schema) -> Iterator[JsonValue]:
    """The values the page itself gives for `schema` (example, default, enum values) that
    fit it, best first."""
    yield from fitting_example(schema)
    # The page's default as the SDK reads it; one no reading fits is not a value to send
    # (the IR keeps it as written; generator.ir.values.read_default).
    default = read_default(schema)
    if default is not None:
        yield default[0]
    values = [value.value for value in schema.enum]
    for value in sorted(values, key=lambda v: v == ""):  # "" reads as no value: last
        if value_problem(value, schema) is None:
            yield value


def _built(name: str, schema: Schema, bounds: Bounds) -> JsonValue:
    """A value built from the schema alone (its page values did not fit)."""
    if schema.enum:
        # No enum value fits the other keywords: the model's type is the enum all the same.
        return schema.enum[0].value
    if schema.type == "string":
        return _string(name, schema)
    if schema.type == "integer":
        if schema.format == "int64" and _TIME_NAME.search(name):
            nano = "nano" in (schema.description or "").lower()
            return _integer(schema, _NANOSECONDS if nano else _MILLISECONDS)
        return _integer(schema, 1)
    if schema.type == "number":
        return _number(schema)
    if schema.type == "boolean":
        return False
    if schema.type == "array":
        # The items take the array's name (for a plausible value) but not its bounds, which
        # count the items, as in the plan.
        item = _example(name, schema.items or Schema(type="string"), bounds)
        return [item] * item_count(schema)
    if schema.type == "object":
        required = set(schema.required)
        return {
            prop.name: example_value(prop.name, prop.schema, bounds)
            for prop in schema.properties
            if prop.name in required
        }
    return None


def item_count(schema: Schema) -> int:
    """How many items an example of the array `schema` has: one, or as many as it needs."""
    count = min(max(1, schema.min_items or 0), _MOST_ITEMS)
    return count if schema.max_items is None else min(count, schema.max_items)


def _string(name: str, schema: Schema) -> str:
    """A plausible text for the field's name, else a match of its pattern, within its
    lengths."""
    low, high = schema.min_length or 0, schema.max_length
    candidates = []
    if _ID_NAME.search(name):
        candidates.append(f"{name}-0001")
    if _NUMERIC_TEXT_NAME.search(name):
        candidates.append("1.5")
    if high is not None:
        candidates.append("x" * min(8, high))
    candidates.append(name or "text")
    candidates = [_fit_length(text, low, high) for text in candidates]
    if schema.pattern is not None:
        # Imported here: the pattern engine (generator.ir.patterns) builds its automaton classes
        # at import, and only a schema with a `pattern` needs it.
        from generator.ir.patterns import pattern_sample

        sample = pattern_sample(schema.pattern, low, high)
        if sample is not None:
            candidates.append(sample)
    return next((text for text in candidates if value_problem(text, schema) is None), candidates[0])


def _fit_length(text: str, low: int, high: int | None) -> str:
    if len(text) < low <= _LONGEST_TEXT:
        text += "x" * (low - len(text))
    if high is not None and len(text) > high:
        text = text[:high] if high > 0 else ""
    return text


def _integer(schema: Schema, preferred: int) -> int:
    """`preferred`, moved into the schema's range and onto its multiple where needed."""
    lowest = highest = None
    if schema.minimum is not None:
        low = schema.minimum
        lowest = math.floor(low) + 1 if schema.exclusive_minimum else math.ceil(low)
    if schema.maximum is not None:
        high = schema.maximum
        highest = math.ceil(high) - 1 if schema.exclusive_maximum else math.floor(high)
    value = preferred
    if lowest is not None and value < lowest:
        value = lowest
    if highest is not None and value > highest:
        value = highest
    step = schema.multiple_of
    if isinstance(step, int) and step > 0 and value % step:
        up = value + step - value % step
        value = up if highest is None or up <= highest else value - value % step
    return value


def _number(schema: Schema) -> int | float:
    """1.5, or a number inside the schema's range and on its multiple."""
    low = None if schema.minimum is None else Decimal(str(schema.minimum))
    high = None if schema.maximum is None else Decimal(str(schema.maximum))
    value = Decimal("1.5")
    if low is not None and high is not None and not low < value < high:
        value = (low + high) / 2
    elif low is not None and (value < low or (value == low and schema.exclusive_minimum)):
        value = low + 1 if schema.exclusive_minimum else low
    elif high is not None and (value > high or (value == high and schema.exclusive_maximum)):
        value = high - 1 if schema.exclusive_maximum else high
    if schema.multiple_of is not None:
        step = Decimal(str(schema.multiple_of))
        candidates = [
            (value / step).to_integral_value(rounding=r) * step
            for r in ("ROUND_CEILING", "ROUND_FLOOR")
        ]
        value = next(
            (c for c in candidates if value_problem(_json_number(c), schema) is None), candidates[0]
        )
    return _json_number(value)


def _json_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def request_example(operation: Operation, config: Config) -> dict[str, JsonValue]:
    """Inputs of `operation` by wire name: required ones and those the page gives an example
    for, within the config's bounds and adjusted so its rules hold. A top-level array body is
    under "items"."""
    op_config = config.operation(operation.slug)
    bounds = config.bounds(operation.slug)
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
    values = {name: example_value(name, fields[name], bounds) for name in wanted}
    values = satisfy_rules(values, fields, op_config.rules, bounds)
    if body is not None and body.type == "array":
        return {"items": [values]}
    return values


def satisfy_rules(
    values: dict[str, JsonValue],
    fields: Mapping[str, Schema],
    rules: tuple[Rule, ...],
    bounds: Bounds = _NO_BOUNDS,
) -> dict[str, JsonValue]:
    """Add or drop example values until every rule that applies holds."""
    result = dict(values)
    for _ in range(3):  # a rule's fix can make another rule apply; three passes settle it
        for rule in rules:
            if not _applies(rule, result):
                continue
            for name in rule.require:
                if result.get(name) is None:
                    result[name] = example_value(name, fields[name], bounds)
            for name in rule.forbid:
                result.pop(name, None)
            if rule.exactly_one_of:
                present = [n for n in rule.exactly_one_of if result.get(n) is not None]
                keep = present[0] if present else rule.exactly_one_of[0]
                for name in rule.exactly_one_of:
                    result.pop(name, None)
                result[keep] = values.get(keep) or example_value(keep, fields[keep], bounds)
            if rule.at_least_one_of and all(
                result.get(name) is None for name in rule.at_least_one_of
            ):
                first = rule.at_least_one_of[0]
                result[first] = example_value(first, fields[first], bounds)
    return result


def _applies(rule: Rule, values: Mapping[str, JsonValue]) -> bool:
    if any(values.get(name) != value for name, value in rule.when):
        return False
    if rule.when_set is not None and values.get(rule.when_set) is None:
        return False
    return not (rule.unless and all(values.get(n) == v for n, v in rule.unless))
