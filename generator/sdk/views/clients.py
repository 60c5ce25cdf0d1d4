"""`client.py` and `async_client.py`: a page's class serving its operations, the package's
client holding its services, and a service's `__init__`."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import ClassVar

from generator.sdk import layout
from generator.sdk.escaping import docstring_text
from generator.sdk.import_order import ruff_sorted
from generator.sdk.plan_model import (
    CursorPages,
    GroupLayout,
    PageNumberPages,
    SdkPlan,
    ServicePlan,
)
from generator.sdk.views.docstrings import (
    ClientDocstringView,
    ServiceDocstringView,
    client_docstring,
    options_paragraph,
)
from generator.sdk.views.imports import DECIMAL_INPUTS, NULL, exploded_import, type_imports
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
class GroupClientView:
    """`client.py` or `async_client.py` of a group of services (`client.spot`)."""

    template: ClassVar[str] = "package/group_client.py.j2"
    module_docstring: str
    client_import: str
    client_base: str
    """The runtime class of the client the group's services call through."""
    type_checking_imports: tuple[str, ...]
    class_name: str
    class_docstring: str
    services: tuple[ServiceAttributeView, ...]


@dataclass(frozen=True)
class GroupInitView:
    """The `__init__` of a group's subpackage: a docstring, nothing imported."""

    template: ClassVar[str] = "package/group_init.py.j2"
    group: str
    package: str
    body: str
    """What it holds, wrapped."""


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
    enums = ruff_sorted(names & {name for e in service.enums for name in e.names})
    uses_annotated = "Annotated" in names
    # TYPE_CHECKING guards the imports only type hints need; a page without them has none.
    decimals = sorted(names & DECIMAL_INPUTS)
    type_checking = [
        *(["    from pydantic import Field"] if uses_annotated else []),
        *(
            [f"    {layout.import_from(4, f'{plan.package.name}._decimals', decimals)}"]
            if decimals
            else []
        ),
        *([f"    from {plan.package.name}._base import {NULL}"] if NULL in names else []),
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
    pagers = {type(op.pagination) for op in operations if op.pagination}
    walk = ["async_walk_pages" if is_async else "walk_pages"] if pagers else []
    walk += ["Cursor"] if CursorPages in pagers else []
    walk += ["PageNumbers"] if PageNumberPages in pagers else []
    own = [
        f"from {package}._client import {('Async' if is_async else 'Sync') + service.layout.base}",
        *([layout.import_from(0, f"{package}._pages", walk)] if walk else []),
        f"from {package}._response import {wrapper}",
        f"from {service.layout.module}.operations import OPERATIONS",
    ]
    # Third-party (pydantic) and the package's own imports are separate groups.
    if uses_annotated and len(type_checking) > 1:
        type_checking.insert(1, "")
    guarded = ["", "if TYPE_CHECKING:", *type_checking] if type_checking else []
    return (*standard, "", *own, *guarded)


def root_client_view(plan: SdkPlan, is_async: bool) -> RootClientView:
    """The package's client where it holds services: one attribute per service or group."""
    prefix = "Async" if is_async else ""
    base = ("Async" if is_async else "Sync") + "ClientBase"
    options = options_paragraph(
        "The client serves the services "
        + ", ".join(f"`{_name(member)}`" for member in plan.members(()))
        + ", each a page of the documentation with its own host. Options: `base_url`"
        " (every service's host), `base_urls` (by service),",
        "`with_raw_response.<service>.<operation>(...)`",
    )
    services, type_checking = _attribute_views(plan, (), is_async)
    return RootClientView(
        is_async=is_async,
        api_title=escaped_title(plan),
        base_import=f"from {plan.package.name}._client import {base}",
        type_checking_imports=type_checking,
        base=base,
        class_name=f"{prefix}Client",
        class_docstring=client_docstring(plan, is_async, options),
        services=services,
    )


def group_client_view(plan: SdkPlan, group: GroupLayout, is_async: bool) -> GroupClientView:
    """`client.py` or `async_client.py` of a group: the class the client holds as
    `client.<group>`, one attribute per service or group in it."""
    prefix = "Async" if is_async else ""
    flavour = "Asynchronous" if is_async else "Synchronous"
    client_base = "AsyncClientBase" if is_async else "SyncClientBase"
    members, type_checking = _attribute_views(plan, group.place, is_async)
    names = ", ".join(f"`{_name(member)}`" for member in plan.members(group.place))
    return GroupClientView(
        module_docstring=(
            f"{flavour} {docstring_text(group.attribute)} services of {plan.package.name}:"
            f" `client.{group.attribute}`."
        ),
        client_import=f"from {plan.package.name}._client import {client_base}",
        client_base=client_base,
        type_checking_imports=type_checking,
        class_name=prefix + group.class_name,
        class_docstring=f"The {docstring_text(group.attribute)} services: {names}.",
        services=members,
    )


def _name(member: GroupLayout | ServicePlan) -> str:
    """The attribute a member has on its client or group (`order` of `client.spot`)."""
    place = member.place if isinstance(member, GroupLayout) else member.layout.subpackage
    return place[-1]


def _attribute_views(
    plan: SdkPlan, place: tuple[str, ...], is_async: bool
) -> tuple[tuple[ServiceAttributeView, ...], tuple[str, ...]]:
    """The attributes of the client (place `()`) or of a group: each member's view, and the
    imports their annotations need, by module."""
    prefix = "Async" if is_async else ""
    module = "async_client" if is_async else "client"
    views = []
    type_checking = {}
    for member in plan.members(place):
        if isinstance(member, GroupLayout):
            class_name, title, package = member.class_name, member.attribute, member.module
        else:
            class_name = member.layout.class_name
            title, package = page_title(member), member.layout.module
        class_name = prefix + class_name
        raw = f"{class_name}WithRawResponse"
        client_module = f"{package}.{module}"
        type_checking[client_module] = layout.import_from(4, client_module, [class_name, raw])
        views.append(
            ServiceAttributeView(
                name=_name(member),
                class_name=class_name,
                title=docstring_text(title),
                lazy_import=layout.import_from(8, client_module, [class_name]),
                raw_lazy_import=layout.import_from(8, client_module, [raw]),
            )
        )
    return tuple(views), tuple(line for _, line in sorted(type_checking.items()))


def group_init_view(plan: SdkPlan, group: GroupLayout) -> GroupInitView:
    """The `__init__` of a group's subpackage."""
    names = ", ".join(f"`{_name(member)}`" for member in plan.members(group.place))
    body = (
        f"It holds {names}, each a subpackage; `client` and `async_client` hold the group's"
        " classes. Nothing is imported here, so using one service never loads another."
    )
    return GroupInitView(
        group=docstring_text(group.attribute),
        package=plan.package.name,
        body=textwrap.fill(body, 92, break_on_hyphens=False),
    )


def service_init_view(plan: SdkPlan, attribute: str, service: ServicePlan) -> ServiceInitView:
    """The `__init__` of the subpackage of the service the client holds as `attribute`."""
    return ServiceInitView(
        title=docstring_text(page_title(service)),
        package=plan.package.name,
        attribute=attribute,
    )
