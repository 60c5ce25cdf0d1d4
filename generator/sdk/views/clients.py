"""`client.py` and `async_client.py`: a page's class serving its operations, the package's
client holding its services, and a service's `__init__`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from generator.sdk import layout
from generator.sdk.escaping import docstring_text
from generator.sdk.import_order import ruff_sorted
from generator.sdk.plan_model import SdkPlan, ServicePlan
from generator.sdk.views.docstrings import (
    ClientDocstringView,
    ServiceDocstringView,
    client_docstring,
    options_paragraph,
)
from generator.sdk.views.imports import exploded_import, type_imports
from generator.sdk.views.methods import MethodView, method_view
from generator.sdk.views.shapes import package_shape
from generator.sdk.views.titles import escaped_title, page_title


@dataclass(frozen=True)
class ClientModuleView:
    """`client.py` or `async_client.py` of a page: the class serving its operations."""

    template: ClassVar[str] = "package/client.py.j2"
    is_async: bool
    module_docstring: str
    import_lines: tuple[str, ...]
    """The imports after `from __future__`, one per line, "" for a blank line."""
    class_name: str
    base: str
    class_docstring: ClientDocstringView | ServiceDocstringView
    methods: tuple[MethodView, ...]


@dataclass(frozen=True)
class ServiceAttributeView:
    """A service as an attribute of the root client."""

    name: str
    class_name: str
    title: str
    lazy_import: str
    raw_lazy_import: str


@dataclass(frozen=True)
class RootClientView:
    """`client.py` or `async_client.py` of a package whose client holds services."""

    template: ClassVar[str] = "package/root_client.py.j2"
    is_async: bool
    api_title: str
    base_import: str
    type_checking_imports: tuple[str, ...]
    """The services' classes, for the attributes' annotations, by module."""
    base: str
    class_name: str
    class_docstring: ClientDocstringView
    services: tuple[ServiceAttributeView, ...]


@dataclass(frozen=True)
class ServiceInitView:
    template: ClassVar[str] = "package/service_init.py.j2"
    title: str
    package: str
    attribute: str


def client_module_view(plan: SdkPlan, service: ServicePlan, is_async: bool) -> ClientModuleView:
    """A page's client module: the package's client, or a service the client holds."""
    operations = service.operations
    prefix = "Async" if is_async else ""
    docstrings = package_shape(plan).class_docstrings(plan, service, is_async)
    wrapper = "async_raw_response_wrapper" if is_async else "raw_response_wrapper"
    return ClientModuleView(
        is_async=is_async,
        module_docstring=docstrings.of_module,
        import_lines=_client_imports(plan, service, is_async, wrapper),
        class_name=prefix + service.layout.class_name,
        base=("Async" if is_async else "Sync") + service.layout.base,
        class_docstring=docstrings.of_class,
        methods=tuple(method_view(op, is_async, wrapper) for op in operations),
    )


def _client_imports(
    plan: SdkPlan, service: ServicePlan, is_async: bool, wrapper: str
) -> tuple[str, ...]:
    operations = service.operations
    types = [op.response_annotation for op in operations]
    types += [a.annotation for op in operations for a in op.arguments]
    types += [op.array_item_annotation for op in operations if op.array_item_annotation]
    types += [op.pagination.item_annotation for op in operations if op.pagination]
    names = type_imports(types)
    abc_names = []
    if any(op.pagination for op in operations):
        abc_names.append("AsyncIterator" if is_async else "Iterator")
    if any(op.array_argument for op in operations):
        abc_names += ["Mapping", "Sequence"]
    models = ruff_sorted(names & {m.name for m in service.models})
    enums = ruff_sorted(names & {e.name for e in service.enums})
    uses_annotated = "Annotated" in names
    # TYPE_CHECKING guards the imports only type hints need; a page without them has none.
    type_checking = [
        *(["    from pydantic import Field"] if uses_annotated else []),
        *exploded_import(4, f"{service.layout.module}.enums", enums),
        *exploded_import(4, f"{service.layout.module}.models", models),
    ]
    typing_names = ["TYPE_CHECKING"] if type_checking else []
    typing_names += ["Annotated"] if uses_annotated else []
    # Any types the arguments dict of an operation with inputs, and array-body items.
    if any(op.arguments or op.array_argument for op in operations):
        typing_names.append("Any")
    typing_names.append("cast")
    standard = [
        *(["import warnings"] if any(op.deprecated for op in operations) else []),
        *([f"from collections.abc import {', '.join(abc_names)}"] if abc_names else []),
        *(["from decimal import Decimal"] if "Decimal" in names else []),
        "from functools import cached_property",
        f"from typing import {', '.join(typing_names)}",
    ]
    package = plan.package.name
    own = [
        f"from {package}._client import {('Async' if is_async else 'Sync') + service.layout.base}",
        f"from {package}._response import {wrapper}",
        f"from {service.layout.module}.operations import OPERATIONS",
    ]
    # Third-party (pydantic) and the package's own imports are separate groups.
    if uses_annotated and len(type_checking) > 1:
        type_checking.insert(1, "")
    guarded = ["", "if TYPE_CHECKING:", *type_checking] if type_checking else []
    return (*standard, "", *own, *guarded)


def root_client_view(plan: SdkPlan, is_async: bool) -> RootClientView:
    """The package's client where it holds services: one attribute per service."""
    prefix = "Async" if is_async else ""
    module = "async_client" if is_async else "client"
    base = ("Async" if is_async else "Sync") + "ClientBase"
    options = options_paragraph(
        "The client serves the services "
        + ", ".join(f"`{name}`" for name, _ in plan.attached)
        + ", each a page of the documentation with its own host. Options: `base_url`"
        " (every service's host), `base_urls` (by service),",
        "`with_raw_response.<service>.<operation>(...)`",
    )
    services = []
    type_checking = {}
    for name, service in plan.attached:
        class_name = prefix + service.layout.class_name
        raw = f"{class_name}WithRawResponse"
        client_module = f"{service.layout.module}.{module}"
        type_checking[client_module] = layout.import_from(4, client_module, [class_name, raw])
        services.append(
            ServiceAttributeView(
                name=name,
                class_name=class_name,
                title=docstring_text(page_title(service)),
                lazy_import=layout.import_from(8, client_module, [class_name]),
                raw_lazy_import=layout.import_from(8, client_module, [raw]),
            )
        )
    return RootClientView(
        is_async=is_async,
        api_title=escaped_title(plan),
        base_import=f"from {plan.package.name}._client import {base}",
        type_checking_imports=tuple(line for _, line in sorted(type_checking.items())),
        base=base,
        class_name=f"{prefix}Client",
        class_docstring=client_docstring(plan, is_async, options),
        services=tuple(services),
    )


def service_init_view(plan: SdkPlan, attribute: str, service: ServicePlan) -> ServiceInitView:
    """The `__init__` of the subpackage of the service the client holds as `attribute`."""
    return ServiceInitView(
        title=docstring_text(page_title(service)),
        package=plan.package.name,
        attribute=attribute,
    )
