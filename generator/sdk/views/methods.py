"""A client's methods: one per operation, with its docstring, and the `iter_` twin of a
paginated one."""

from __future__ import annotations

from dataclasses import dataclass

from generator.sdk import layout
from generator.sdk.escaping import docstring_literal, python_literal
from generator.sdk.plan_model import NONE_TYPE, OperationPlan, PageNumberPages, Pagination


@dataclass(frozen=True)
class IteratorView:
    """The `iter_` twin of a paginated operation: a `_page` function asking for one page
    through the operation's method, walked by the runtime (`_pages`)."""

    name: str
    method: str
    parameters: tuple[str, ...]
    item_annotation: str
    docstring: str
    page_returns: str
    """What one page's call returns (the operation's return type)."""
    call_arguments: tuple[str, ...]
    """The operation's arguments, the page number or cursor as `_at`."""
    walk: str
    """The `return` of the call that walks the pages, laid out."""


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
        iterators=(_iterator_view(op, is_async, returns),) if op.pagination else (),
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


def _iterator_view(op: OperationPlan, is_async: bool, returns: str) -> IteratorView:
    pages = op.pagination
    assert pages is not None
    start = pages.start_attr
    return IteratorView(
        name=f"iter_{op.name}",
        method=op.name,
        parameters=_parameters(op),
        item_annotation=str(pages.item_annotation),
        docstring=docstring_literal(_iterator_docstring(op.name, pages), 8),
        page_returns=returns,
        call_arguments=tuple(
            f"{a.attr}={'_at' if a.attr == start else a.attr}," for a in op.arguments
        ),
        walk=layout.bracketed(
            8,
            "return " + ("async_walk_pages" if is_async else "walk_pages"),
            ["_page", _pager(pages), start, python_literal(op.key)],
        ),
    )


def _pager(pages: Pagination) -> str:
    """The runtime's reader of the operation's pages (`_pages.PageNumbers` or `Cursor`),
    laid out as an argument of the walk (at 12 spaces)."""
    if isinstance(pages, PageNumberPages):
        head = "PageNumbers"
        arguments = [
            f"items={python_literal(pages.items_attr)}",
            f"total_pages={python_literal(pages.total_pages_attr)}",
        ]
    else:
        head = "Cursor"
        named = [
            ("next_in_data", pages.next_in_data_attr),
            ("next_in_last_item", pages.next_in_last_item_attr),
            ("has_more", pages.has_more_attr),
        ]
        arguments = [f"items={python_literal(pages.items_attr)}"]
        arguments += [f"{key}={python_literal(value)}" for key, value in named if value]
        if pages.page_size_attr is not None:
            arguments.append(f"page_size={pages.page_size_attr}")
    return layout.bracketed(12, head, arguments, ",").removesuffix(",")


def _iterator_docstring(method: str, pages: Pagination) -> str:
    if isinstance(pages, PageNumberPages):
        return (
            f"Every item of `{method}`, page after page, from `{pages.start_attr}` (default 1)"
            " to the last page."
        )
    ends = ["an empty page"]
    if pages.has_more_attr:
        ends.append(f"one whose `{pages.has_more_attr}` is not true")
    if pages.page_size_attr:
        ends.append(f"one shorter than `{pages.page_size_attr}`")
    ends.append("one without a next cursor")
    where = (
        f"its `{pages.next_in_data_attr}`"
        if pages.next_in_data_attr
        else f"its last item's `{pages.next_in_last_item_attr}`"
    )
    return (
        f"Every item of `{method}`, page after page: each page asks for the next by"
        f" `{pages.start_attr}`, taken from {where}; the walk starts at the"
        f" `{pages.start_attr}` given (the first page by default) and ends at"
        f" {', '.join(ends[:-1])}, or {ends[-1]}; a cursor the API sends again ends it"
        " with a RuntimeWarning."
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
