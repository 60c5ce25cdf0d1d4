"""The OPERATIONS tables: a page's `operations.py`, and the package's where the client holds
services."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from generator.ir.model import JsonValue
from generator.sdk import layout
from generator.sdk.escaping import python_literal
from generator.sdk.plan_model import OperationPlan, PageNumberPages, SdkPlan, ServicePlan
from generator.sdk.views.shapes import package_shape


@dataclass(frozen=True)
class OperationEntryView:
    name: str
    """The operation's name, a Python literal."""
    arguments: tuple[str, ...]
    """The keyword arguments of its `Operation(...)`, one per line: the defaults left out."""


@dataclass(frozen=True)
class OperationsModuleView:
    template: ClassVar[str] = "package/operations.py.j2"
    operation_import: str
    operations: tuple[OperationEntryView, ...]
    table_docstring: str


@dataclass(frozen=True)
class RootOperationsView:
    template: ClassVar[str] = "package/root_operations.py.j2"
    operation_import: str
    service_imports: tuple[str, ...]
    entries: tuple[str, ...]
    """`_BY_SERVICE`'s entries, one per line."""
    example_key: str


def operations_module_view(plan: SdkPlan, service: ServicePlan) -> OperationsModuleView:
    entries = tuple(_operation_entry(op, service) for op in service.operations)
    names = ["Input", "Operation"] if any(op.arguments for op in service.operations) else []
    names += ["Paging"] if any(op.pagination for op in service.operations) else []
    return OperationsModuleView(
        operation_import=layout.import_from(
            0, f"{plan.package.name}._operation", names or ["Operation"]
        ),
        operations=entries,
        table_docstring=package_shape(plan).table_docstring,
    )


def _operation_entry(op: OperationPlan, service: ServicePlan) -> OperationEntryView:
    """An operation's entry in OPERATIONS, each Input laid out as black lays it out."""
    arguments = [
        f"name={python_literal(op.name)},",
        f"method={python_literal(op.method)},",
        # The runtime fills in `{name}`s and sends the rest as is: a `#` of the path (OpenAPI
        # allows it) would start the URL's fragment, so it goes percent-encoded.
        f"path={python_literal(op.path.replace('#', '%23'))},",
        f"summary={python_literal(op.summary)},",
    ]
    calls = [
        (python_literal(a.attr), python_literal(a.alias), python_literal(a.location))
        for a in op.arguments
    ]
    one_line = layout.inline([f"Input({', '.join(call)})" for call in calls], collection=True)
    if calls and layout.width(f"{' ' * 12}inputs={one_line},") <= layout.LINE_LENGTH:
        arguments.append(f"inputs={one_line},")
    elif calls:
        arguments += [
            "inputs=(",
            *(f"    {layout.bracketed(16, 'Input', list(call), ',')}" for call in calls),
            "),",
        ]
    # Operation's keyword arguments with their defaults: only those that differ are written.
    optional: list[tuple[str, JsonValue, JsonValue]] = [
        ("body", op.body_kind, None),
        ("media_type", op.media_type, None),
        ("deprecated", op.deprecated, False),
        ("newer_twin", op.see_also, None),
        ("service", op.service, None),
        ("host", op.host, None),
        ("models", service.layout.within("models"), "models"),
    ]
    arguments += [f"{key}={python_literal(v)}," for key, v, default in optional if v != default]
    if op.pagination is not None:
        pages = op.pagination
        first = "1" if isinstance(pages, PageNumberPages) else None
        paging = [python_literal(pages.start_alias), python_literal(first)]
        paging.append(python_literal(pages.items_alias))
        arguments.append(layout.bracketed(12, "paging=Paging", paging, ","))
    return OperationEntryView(python_literal(op.name), tuple(arguments))


def root_operations_view(plan: SdkPlan) -> RootOperationsView:
    """The package's `operations.py` where the client holds services: every service's table."""
    package = plan.package.name
    services = [(name, f"{service.layout.module}.operations") for name, service in plan.attached]
    return RootOperationsView(
        operation_import=layout.import_from(0, f"{package}._operation", ["Operation"]),
        service_imports=tuple(
            layout.import_from(0, module, [f"OPERATIONS as {_alias(name)}"])
            for name, module in sorted(services, key=lambda service: service[1])
        ),
        entries=tuple(f"{python_literal(name)}: {_alias(name)}," for name, _ in services),
        example_key=plan.operations[0].key,
    )


def _alias(service: str) -> str:
    """The name a service's OPERATIONS is imported as: `SPOT_ORDER` for `spot.order` (the
    class-name check keeps two services from meeting here: generator.targets)."""
    return service.replace(".", "_").upper()
