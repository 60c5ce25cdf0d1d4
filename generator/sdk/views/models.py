"""A page's `models.py`: its request and response models, and the tables naming them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from generator.sdk import layout
from generator.sdk.escaping import docstring_literal, python_literal
from generator.sdk.import_order import ruff_sorted
from generator.sdk.plan_model import ModelClass, ModelField, RuleCheck, SdkPlan, ServicePlan
from generator.sdk.views.imports import DECIMAL_INPUTS, NULL, exploded_import, type_imports
from generator.sdk.views.titles import escaped_page_api_title


@dataclass(frozen=True)
class ModelView:
    name: str
    base: str
    """`RequestModel`, `ResponseModel` or `RequestRootModel[...]`."""
    docstring: str
    body: tuple[str, ...]
    """The blocks after the docstring, each after a blank line: the field declarations, and
    the cross-field rules (`__rules__`) where the model has any."""


@dataclass(frozen=True)
class ModelsModuleView:
    template: ClassVar[str] = "package/models.py.j2"
    api_title: str
    standard_imports: tuple[str, ...]
    package_imports: tuple[str, ...]
    models: tuple[ModelView, ...]
    request_models: tuple[str, ...]
    """The entries of REQUEST_MODELS, one per line (as are those of RESPONSE_TYPES)."""
    response_types: tuple[str, ...]


def models_module_view(plan: SdkPlan, service: ServicePlan) -> ModelsModuleView:
    types = [f.annotation for m in service.models for f in m.fields]
    types += [m.root for m in service.models if m.root]
    types += [op.response_annotation for op in service.operations]
    names = type_imports(types)
    has_rules = any(m.rules for m in service.models)
    typing_names = ["Annotated"] if "Annotated" in names else []
    typing_names += ["Any", "ClassVar"] if has_rules else ["Any"]
    typing_names += ["Literal"] if "Literal" in names else []
    # The request bases type REQUEST_MODELS, so they are imported even with no request model.
    base_names = ["RequestModel", "RequestRootModel"]
    base_names += ["ResponseModel"] if any(m.kind == "response" for m in service.models) else []
    base_names += ["Null"] if NULL in names else []
    base_names += ["Rule"] if has_rules else []
    enums = ruff_sorted(names & {name for e in service.enums for name in e.names})
    return ModelsModuleView(
        api_title=escaped_page_api_title(service),
        standard_imports=(
            "from collections.abc import Mapping",
            *(["from decimal import Decimal"] if "Decimal" in names else []),
            f"from typing import {', '.join(typing_names)}",
        ),
        package_imports=(
            layout.import_from(0, f"{plan.package.name}._base", base_names),
            *_decimal_import(0, plan, names),
            *exploded_import(0, f"{service.layout.module}.enums", enums),
        ),
        models=tuple(map(_model_view, service.models)),
        request_models=tuple(
            f"{python_literal(op.name)}: {op.request_model},"
            for op in service.operations
            if op.request_model
        ),
        response_types=tuple(
            f"{python_literal(op.name)}: {op.response_annotation}," for op in service.operations
        ),
    )


def _decimal_import(indent: int, plan: SdkPlan, names: set[str]) -> tuple[str, ...]:
    """The import of the request types of decimals the module's types name; none without."""
    used = sorted(names & DECIMAL_INPUTS)
    return (layout.import_from(indent, f"{plan.package.name}._decimals", used),) if used else ()


def _model_view(model: ModelClass) -> ModelView:
    docstring = docstring_literal(model.description or model.name, 4)  # the plan gives one
    if model.root is not None:
        return ModelView(model.name, f"RequestRootModel[{model.root}]", docstring, ())
    base = "RequestModel" if model.kind == "request" else "ResponseModel"
    body = ["\n".join(f"    {_field_declaration(field)}" for field in model.fields)]
    body += [_rules_block(model.rules)] if model.rules else []
    return ModelView(model.name, base, docstring, tuple(body))


def _field_declaration(field: ModelField) -> str:
    arguments: list[str] = [] if field.required else ["default=None"]
    if field.alias != field.attr and field.alias_is_unique:
        arguments.append(f"alias={python_literal(field.alias)}")
    arguments += [f"{key}={python_literal(value)}" for key, value in field.constraints]
    if field.union_left_to_right:
        arguments.append('union_mode="left_to_right"')
    if field.deprecated:
        arguments.append(f"deprecated={python_literal(f'{field.alias} is deprecated')}")
    if field.description:
        arguments.append(f"description={python_literal(field.description)}")
    optional = "" if field.required else " | None"
    head = f"{field.attr}: {field.annotation}{optional} = "
    if not arguments and layout.width(f"    {head}Field()") > layout.LINE_LENGTH:
        # A long annotation (a union) with nothing to split in `Field()`: black puts the
        # right-hand side in parentheses of its own.
        return f"{head}(\n        Field()\n    )"
    return layout.bracketed(4, head + "Field", arguments)


def _rules_block(rules: Sequence[RuleCheck]) -> str:
    """`__rules__`: the model's cross-field rules, each a `Rule(...)` with the keyword
    arguments it needs."""
    lines = ["    __rules__: ClassVar[tuple[Rule, ...]] = ("]
    for rule in rules:
        arguments = [python_literal(rule.kind), python_literal(rule.fields)]
        arguments.append(python_literal(rule.message))
        if rule.when:
            arguments.append(f"when={python_literal(rule.when)}")
        if rule.when_set:
            arguments.append(f"when_set={python_literal(rule.when_set)}")
        if rule.unless:
            arguments.append(f"unless={python_literal(rule.unless)}")
        lines += ["        Rule(", *(f"            {a}," for a in arguments), "        ),"]
    return "\n".join([*lines, "    )"])
