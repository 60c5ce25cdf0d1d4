"""A client's methods: one per operation, with its docstring, and the `iter_` twin of a
paginated one."""

from __future__ import annotations

from dataclasses import dataclass

from generator.sdk import layout
from generator.sdk.escaping import docstring_literal, python_literal
from generator.sdk.plan_model import NONE_TYPE, OperationPlan


@dataclass(frozen=True)
class IteratorView:
    """The `iter_` twin of a paginated operation."""

    name: str
    method: str
    parameters: tuple[str, ...]
    item_annotation: str
    page_attr: str
    call_arguments: tuple[str, ...]
    items_attr: str
    """A Python literal (as is `total_pages_attr`)."""
    total_pages_attr: str


@dataclass(frozen=True)
class MethodView:
    name: str
    parameters: tuple[str, ...]
    """The parameters after `self`, one per line."""
    returns: str
    returns_literal: str
    docstring: str
    prologue: tuple[str, ...]
    """The lines before the call, relative to the method's body: its deprecation warning, the
    dict of its arguments."""
    call_arguments: tuple[str, ...]
    iterators: tuple[IteratorView, ...]
    """Its `iter_` twin, when the operation is paginated."""
    raw_response: str
    """Its line in the WithRawResponse class."""


def method_view(op: OperationPlan, is_async: bool, wrapper: str) -> MethodView:
    returns = "None" if op.response_annotation == NONE_TYPE else f"{op.response_annotation} | None"
    parameters = _parameters(op)
    if op.array_argument:
        item = op.array_item_annotation or "Any"
        parameters = (f"{op.array_argument}: Sequence[{item} | Mapping[str, Any]],", *parameters)
    prologue: list[str] = []
    if op.deprecated:
        message = python_literal(f"{op.name} is deprecated by the API documentation")
        prologue += ["warnings.warn(", f"    {message},", "    DeprecationWarning,"]
        prologue += ["    stacklevel=2,", ")"]
    call_arguments = [f"OPERATIONS[{python_literal(op.name)}],"]
    if op.arguments:
        prologue.append("_arguments: dict[str, Any] = {")
        prologue += [f"    {python_literal(a.attr)}: {a.attr}," for a in op.arguments]
        prologue.append("}")
        call_arguments.append("_arguments,")
    if op.array_argument:
        call_arguments.append(f"items={op.array_argument},")
    return MethodView(
        name=op.name,
        parameters=parameters,
        returns=returns,
        returns_literal=python_literal(returns),
        docstring=docstring_literal(_operation_docstring(op), 8),
        prologue=tuple(prologue),
        call_arguments=tuple(call_arguments),
        iterators=(_iterator_view(op),) if op.pagination else (),
        raw_response=layout.bracketed(8, f"self.{op.name} = {wrapper}", [f"client.{op.name}"]),
    )


def _parameters(op: OperationPlan) -> tuple[str, ...]:
    """The keyword-only parameters of the operation's method, after `*`."""
    if not op.arguments:
        return ()
    return (
        "*,",
        *(
            f"{a.attr}: {a.annotation}{'' if a.required else ' | None = None'},"
            for a in op.arguments
        ),
    )


def _iterator_view(op: OperationPlan) -> IteratorView:
    assert op.pagination is not None
    page = op.pagination.page_attr
    return IteratorView(
        name=f"iter_{op.name}",
        method=op.name,
        parameters=_parameters(op),
        item_annotation=str(op.pagination.item_annotation),
        page_attr=page,
        call_arguments=tuple(
            f"{a.attr}={'_page' if a.attr == page else a.attr}," for a in op.arguments
        ),
        items_attr=python_literal(op.pagination.items_attr),
        total_pages_attr=python_literal(op.pagination.total_pages_attr),
    )


def _operation_docstring(op: OperationPlan) -> str:
    route = f"`{op.method} {op.path}`" + (f" on `{op.host}`" if op.host else "")
    parts = [op.summary + ("" if op.summary.endswith(".") else "."), route]
    if op.description:
        parts.append(op.description)
    if op.see_also:
        parts.append(
            f"The API also has a newer operation for this, `{op.see_also}`; prefer it in new code."
        )
    if op.pagination:
        parts.append(f"`iter_{op.name}()` walks every page of this list.")
    described = [a for a in op.arguments if a.description]
    if described:
        parts.append("Args:\n" + "\n".join(f"    {a.attr}: {a.description}" for a in described))
    return "\n\n".join(parts)
