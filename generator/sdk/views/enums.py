"""A page's `enums.py`, and the package's `_enums.py` of the enums its pages share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from generator.sdk import layout
from generator.sdk.escaping import docstring_literal, python_literal, python_literal_at
from generator.sdk.import_order import ruff_sorted
from generator.sdk.plan_model import EnumClass, SdkPlan, ServicePlan
from generator.sdk.views.titles import escaped_page_api_title, escaped_title


@dataclass(frozen=True)
class EnumView:
    name: str
    base: str
    docstring: str
    """A docstring literal at the class's indent."""
    lines: tuple[str, ...]
    """Each member's assignment, and its docstring after it where the page describes it."""
    after: tuple[str, ...]
    """The blocks after the class, each after a blank line: the alias of its values as a
    `Literal`, with its docstring, where it has one."""


@dataclass(frozen=True)
class EnumsModuleView:
    template: ClassVar[str] = "package/enums.py.j2"
    api_title: str
    header_blocks: tuple[str, ...]
    """The blocks after `from __future__`, each after a blank line: the enum bases' import,
    the shared enums' import and `__all__`."""
    enums: tuple[EnumView, ...]


def _enum_base_import(enums: Sequence[EnumClass]) -> tuple[str, ...]:
    """The import of the enums' base classes, and of `Literal` for their values' aliases;
    none without enums."""
    bases = ruff_sorted({enum.base for enum in enums})
    lines = [f"from enum import {', '.join(bases)}"] if bases else []
    lines += ["from typing import TYPE_CHECKING, Literal"] if any(e.literal for e in enums) else []
    return ("\n".join(lines),) if lines else ()


def _enum_view(enum: EnumClass) -> EnumView:
    fields = ", ".join(f"`{name}`" for name in enum.used_by if name)
    lines: list[str] = []
    for member in enum.members:
        lines.append(layout.assignment(4, member.name, python_literal(member.value)))
        if member.description:
            lines.append(docstring_literal(member.description, 4))
    after: tuple[str, ...] = ()
    if enum.literal:
        values = [python_literal(member.value) for member in enum.members]
        alias = layout.bracketed(4, f"{enum.literal} = Literal", values, brackets="[]")
        what = (
            f"The values of `{enum.name}` as written, which requests take as well as its"
            " members; at run time the enum itself, which reads them as its members."
        )
        after = (
            "\n".join(
                [
                    "if TYPE_CHECKING:",
                    f"    {alias}",
                    f"    {docstring_literal(what, 4)}",
                    "else:",
                    f"    {enum.literal} = {enum.name}",
                ]
            ),
        )
    return EnumView(
        name=enum.name,
        base=enum.base,
        docstring=docstring_literal(f"Values of {fields}." if fields else "Allowed values.", 4),
        lines=tuple(lines),
        after=after,
    )


def enums_module_view(plan: SdkPlan, service: ServicePlan) -> EnumsModuleView:
    """A page's `enums.py`: its own enums, and those the package shares, re-exported."""
    own = tuple(enum for enum in service.enums if enum.name not in service.shared_enums)
    shared = ruff_sorted(
        name for enum in service.enums if enum.name in service.shared_enums for name in enum.names
    )
    blocks = list(_enum_base_import(own))
    if shared:
        exported = sorted(name for enum in service.enums for name in enum.names)
        blocks.append(layout.import_from(0, f"{plan.package.name}._enums", shared))
        blocks.append(python_literal_at(exported, 0, "__all__ = "))
    return EnumsModuleView(
        escaped_page_api_title(service), tuple(blocks), tuple(map(_enum_view, own))
    )


def shared_enums_module_view(plan: SdkPlan) -> EnumsModuleView:
    """The package's `_enums.py`: the enums identical on several pages, defined once."""
    enums = plan.shared_enums
    return EnumsModuleView(
        escaped_title(plan), _enum_base_import(enums), tuple(map(_enum_view, enums))
    )
