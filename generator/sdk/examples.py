"""Deterministic example values from schemas: for the generated README and test fixtures.

Every value is valid against its schema, the config's bounds for its field (`fields:`) and,
for a request, the config's cross-field rules, because the fixtures validate against the
generated models. A value is the schema's `example` (or, as KuCoin's pages write them, one of
a list of examples), then its `default` (as written, or as the value of its type or the enum
value it names in another case), then its first enum value, whichever first fits; then an
example the page gives for another field of the same name, or of the same kind by name
(`PageExamples`: a futures page's `XBTUSDTM` for every symbol of that page, its currency codes
for `feeCurrency`); else one built from the schema: by its format, then by the field's name
(generator.sdk.example_names: numeric text for prices and sizes, currency codes, id-shaped
ids, millisecond timestamps), inside the bounds, matching the pattern where
generator.ir.patterns can build a match. A pattern beyond that subset cannot be checked here:
the page's own example, if any, is then taken as the page gives it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from generator.config import Config, FieldBounds, Rule
from generator.config.facts import with_bounds
from generator.ir.model import Api, JsonValue, Operation, Schema
from generator.ir.values import as_type, enum_key, fitting_example, read_default, value_problem
from generator.sdk.example_names import LIMIT_ORDER_KINDS, name_rule, words

# Numeric text, as a decimal input takes it (generator.runtime._decimals).
_DECIMAL = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
# A page's minLength or minItems can be any number: beyond these an example is not padded out
# (the page is absurd, and the value then fails its model, visibly, in the package's tests).
_LONGEST_TEXT = 10_000
_MOST_ITEMS = 1_000
# A value for a format, before any the field's name suggests.
_FORMAT_TEXTS = {
    "date-time": "2024-10-17T14:44:33Z",
    "date": "2024-10-17",
    "uuid": "5c52e112-03aa-4f7a-9c3d-93fb0c2b1a6d",
}

Bounds = Mapping[str, FieldBounds]
"""The config's bounds by wire name; they apply to a field wherever it is nested."""

_NO_BOUNDS: Bounds = {}


@dataclass(frozen=True)
class PageExamples:
    """The examples a page gives, by the wire name of their field and, for a kind of name
    whose values any field of it shares (currency codes, symbols: `NameRule.shared`), by
    kind, in page order: values for a field of the same page that has none of its own."""

    by_name: Mapping[str, tuple[JsonValue, ...]] = field(default_factory=dict)
    by_kind: Mapping[str, tuple[JsonValue, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, api: Api) -> PageExamples:
        """Every example of every operation's parameters, body and responses; a list given
        for a scalar counts each of its items."""
        by_name: dict[str, list[JsonValue]] = {}
        by_kind: dict[str, list[JsonValue]] = {}

        def collect(name: str, schema: Schema) -> None:
            if schema.example is not None and name:
                example = schema.example
                values = [example, *(example if isinstance(example, list) else ())]
                by_name.setdefault(name, []).extend(values)
                rule = name_rule(name)
                if rule is not None and rule.shared:
                    by_kind.setdefault(rule.kind, []).extend(values)
            for prop in schema.properties:
                collect(prop.name, prop.schema)
            if schema.items is not None:
                collect(name, schema.items)
            if isinstance(schema.additional_properties, Schema):
                collect("", schema.additional_properties)

        for op in api.operations:
            for parameter in op.parameters:
                collect(parameter.name, parameter.schema)
            if op.request_body is not None:
                collect("", op.request_body.schema)
            for response in op.responses:
                if response.schema is not None:
                    collect("", response.schema)
        return cls(
            {k: _unique(v) for k, v in by_name.items()}, {k: _unique(v) for k, v in by_kind.items()}
        )

    def values_for(self, name: str, schema: Schema) -> Iterator[JsonValue]:
        """The page's examples for a scalar field `name` that fit `schema`: those of its
        name first, then those of its kind, each as written or as the value of the schema's
        type it writes."""
        if schema.type in ("array", "object") or not name:
            return
        rule = name_rule(name)
        of_kind = self.by_kind.get(rule.kind, ()) if rule is not None else ()
        found = [*self.by_name.get(name, ()), *of_kind]
        for value in found:
            for candidate in (value, *as_type(value, schema.type)):
                if (
                    not isinstance(candidate, (list, dict))
                    and value_problem(candidate, schema) is None
                ):
                    yield candidate


def _unique(values: list[JsonValue]) -> tuple[JsonValue, ...]:
    """`values` each once, in order: a page repeats its examples (every order operation gives
    `symbol` the same ones), and each is tried against a schema for every field of its name,
    so repeats would make a large page's examples cost the square of its operations."""
    seen: set[str] = set()
    unique = []
    for value in values:
        key = repr(value) + type(value).__name__
        if key not in seen:
            seen.add(key)
            unique.append(value)
    return tuple(unique)


NO_PAGE_EXAMPLES = PageExamples()


def example_value(
    name: str, schema: Schema, bounds: Bounds = _NO_BOUNDS, page: PageExamples = NO_PAGE_EXAMPLES
) -> JsonValue:
    """An example of `schema`, for a field called `name` on the wire, within `bounds`,
    preferring what `page` gives for fields of that name or kind."""
    return _example(name, with_bounds(schema, bounds.get(name)), bounds, page)


def _example(name: str, schema: Schema, bounds: Bounds, page: PageExamples) -> JsonValue:
    bound = bounds.get(name)
    if schema.type == "string" and not schema.enum and bound is not None and bound.decimal:
        # A decimal carried as text: its model takes numeric text only.
        found = [*page_values(schema), *page.values_for(name, schema)]
        found.append(_built(name, schema, bounds, page))
        numeric = (v for v in found if isinstance(v, str) and _DECIMAL.fullmatch(v))
        return next(numeric, _decimal_text(bound))
    for value in page_values(schema):
        return value
    for value in page.values_for(name, schema):
        return value
    return _built(name, schema, bounds, page)


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


def _built(name: str, schema: Schema, bounds: Bounds, page: PageExamples) -> JsonValue:
    """A value built from the schema and the field's name (its page values did not fit)."""
    if schema.variants:
        # A union: a value of its first variant fits it.
        return _example(name, schema.variants[0], bounds, page)
    if schema.enum:
        # No enum value fits the other keywords: the model's type is the enum all the same.
        return schema.enum[0].value
    rule = name_rule(name)
    named = rule.make(schema) if rule is not None else None
    if schema.type == "string":
        return _string(name, schema, named if isinstance(named, str) else None)
    if schema.type == "integer":
        return _integer(schema, named if isinstance(named, int) else 1)
    if schema.type == "number":
        preferred = Decimal(named) if isinstance(named, (int, Decimal)) else Decimal("1.5")
        return _number(schema, preferred)
    if schema.type == "boolean":
        return False
    if schema.type == "array" and closes_cycle(schema):
        return []
    if schema.type == "array":
        # The items take the array's name (for a plausible value) but not its bounds, which
        # count the items, as in the plan.
        item = _example(name, schema.items or Schema(type="string"), bounds, page)
        return [item] * item_count(schema)
    if schema.type == "object":
        required = set(schema.required)
        values = {
            prop.name: example_value(prop.name, prop.schema, bounds, page)
            for prop in schema.properties
            if prop.name in required
        }
        fields = {prop.name: prop.schema for prop in schema.properties}
        return _with_limit_order_fields(values, fields, bounds, page)
    return None


def closes_cycle(schema: Schema) -> bool:
    """Whether a field's value repeats a schema it is within (`ref`), or is a list of such:
    an example leaves it out where it may, or gives the empty list, so that it ends."""
    return schema.ref is not None or (schema.items is not None and schema.items.ref is not None)


def item_count(schema: Schema) -> int:
    """How many items an example of the array `schema` has: one, or as many as it needs."""
    count = min(max(1, schema.min_items or 0), _MOST_ITEMS)
    return count if schema.max_items is None else min(count, schema.max_items)


def _string(name: str, schema: Schema, named: str | None) -> str:
    """A text for the schema's format, else `named` (what the field's name suggests), else a
    match of its pattern, within its lengths."""
    low, high = schema.min_length or 0, schema.max_length
    candidates = []
    if schema.format in _FORMAT_TEXTS:
        candidates.append(_FORMAT_TEXTS[schema.format])
    if named is not None:
        candidates.append(named)
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


def _number(schema: Schema, preferred: Decimal) -> int | float:
    """`preferred`, or a number inside the schema's range and on its multiple."""
    low = None if schema.minimum is None else Decimal(str(schema.minimum))
    high = None if schema.maximum is None else Decimal(str(schema.maximum))
    value = preferred
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


def success_data_schema(op: Operation, config: Config) -> Schema | None:
    """The schema of the data of `op`'s typed answer (`Operation.success`): its envelope's
    `data` member, or the whole body when the API wraps nothing or the answer is no
    envelope; None when the answer has no schema."""
    response = op.success()
    if response is None or response.schema is None:
        return None
    envelope = config.api.envelope
    if envelope is None:
        return response.schema
    return response.schema.find_property(envelope.data) or response.schema


def request_example(
    operation: Operation, config: Config, page: PageExamples = NO_PAGE_EXAMPLES
) -> dict[str, JsonValue]:
    """Inputs of `operation` by wire name: required ones, those the page gives an example
    for and, for a limit order, its price and size; within the config's bounds and adjusted
    so its rules hold. A top-level array body is under "items"."""
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
        for prop in target.properties_for("request"):
            fields[prop.name] = prop.schema
            if prop.name in target.required or prop.schema.example is not None:
                wanted.append(prop.name)
    values = {name: example_value(name, fields[name], bounds, page) for name in wanted}
    values = _with_limit_order_fields(values, fields, bounds, page)
    values = satisfy_rules(values, fields, op_config.rules, bounds, page)
    if body is not None and body.type == "array":
        return {"items": [values]}
    return values


def _with_limit_order_fields(
    values: dict[str, JsonValue], fields: Mapping[str, Schema], bounds: Bounds, page: PageExamples
) -> dict[str, JsonValue]:
    """`values`, with the bare price and size fields a limit order states where they choose
    `limit` (a request's own fields, or an order in a list of orders): without a config's
    rule, a limit order would go out without its price."""
    if not _is_limit_order(values, fields):
        return values
    added = {
        name: example_value(name, schema, bounds, page)
        for name, schema in fields.items()
        if name not in values and _states_a_limit_order(name)
    }
    return {**values, **added}


def _is_limit_order(values: Mapping[str, JsonValue], fields: Mapping[str, Schema]) -> bool:
    """Whether an enum field of the request chooses `limit`, by its example or its default."""
    for name, schema in fields.items():
        if not any(enum_key(option.value).casefold() == "limit" for option in schema.enum):
            continue
        default = read_default(schema)
        chosen = values[name] if name in values else (default[0] if default else None)
        if isinstance(chosen, str) and chosen.casefold() == "limit":
            return True
    return False


def _states_a_limit_order(name: str) -> bool:
    """Whether `name` is one word of a kind a limit order states (`price`, not `stopPrice`)."""
    rule = name_rule(name)
    return rule is not None and rule.kind in LIMIT_ORDER_KINDS and " " not in words(name)


def satisfy_rules(
    values: dict[str, JsonValue],
    fields: Mapping[str, Schema],
    rules: tuple[Rule, ...],
    bounds: Bounds = _NO_BOUNDS,
    page: PageExamples = NO_PAGE_EXAMPLES,
) -> dict[str, JsonValue]:
    """Add or drop example values until every rule that applies holds."""

    def example(name: str) -> JsonValue:
        return example_value(name, fields[name], bounds, page)

    result = dict(values)
    for _ in range(3):  # a rule's fix can make another rule apply; three passes settle it
        for rule in rules:
            if not _applies(rule, result):
                continue
            for name in rule.require:
                if result.get(name) is None:
                    result[name] = example(name)
            for name in rule.forbid:
                result.pop(name, None)
            if rule.exactly_one_of:
                present = [n for n in rule.exactly_one_of if result.get(n) is not None]
                keep = present[0] if present else rule.exactly_one_of[0]
                for name in rule.exactly_one_of:
                    result.pop(name, None)
                result[keep] = values.get(keep) or example(keep)
            if rule.at_least_one_of and all(
                result.get(name) is None for name in rule.at_least_one_of
            ):
                result[rule.at_least_one_of[0]] = example(rule.at_least_one_of[0])
    return result


def _applies(rule: Rule, values: Mapping[str, JsonValue]) -> bool:
    if any(values.get(name) != value for name, value in rule.when):
        return False
    if rule.when_set is not None and values.get(rule.when_set) is None:
        return False
    return not (rule.unless and all(values.get(n) == v for n, v in rule.unless))
