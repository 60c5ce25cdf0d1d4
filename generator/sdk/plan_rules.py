"""The config's prose rules as checks on a request model's attributes.

A rule names wire fields (`exactly_one_of: [size, qty, valueQty]`, `when: {type: limit}`);
its check names the model's attributes and carries the message a user sees when a request
breaks it. The runtime (generator/runtime/_base.py, `Rule`) evaluates the checks.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.config import Rule
from generator.diagnostics import ParseError
from generator.ir.model import JsonValue
from generator.sdk.plan_model import ModelField, RuleCheck, RuleKind


def rule_checks(
    owner: str,
    rules: tuple[Rule, ...],
    fields: list[ModelField],
    page_required: set[str],
    fail: Callable[[str], ParseError],
) -> tuple[RuleCheck, ...]:
    """The checks a request model runs for the config's `rules` (by wire name), on its
    attributes, each with the message a user sees when it breaks."""
    by_alias = {f.alias: f for f in fields}

    def attrs(names: tuple[str, ...] | list[str]) -> tuple[str, ...]:
        return tuple(by_alias[name].attr for name in names)

    checks: list[RuleCheck] = []
    for rule in rules:
        for name in rule.fields():
            if name not in by_alias:
                raise fail(f"a rule for {owner} names {name!r}, which it does not have")
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
                checks.append(RuleCheck(kind, attrs(wire_names), when, when_set, unless, message))
    return tuple(checks)


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
