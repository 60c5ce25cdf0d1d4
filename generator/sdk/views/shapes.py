"""What a flat package and a package of services print differently, all in one place.

The shape is decided once, when the package is planned (generator.sdk.compose.service_layout
gives every page's layout its `shape`). Here each shape is a class with the same typed
interface, and `package_shape` picks the plan's: a view asks its shape for the text or the
modules it needs, never which shape the package is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, Protocol

from generator.sdk.escaping import docstring_text
from generator.sdk.plan_model import SdkPlan, ServicePlan, Shape
from generator.sdk.views.docstrings import (
    ClientDocstringView,
    ServiceDocstringView,
    client_docstring,
    options_paragraph,
)
from generator.sdk.views.titles import escaped_title, page_title

RootModule = Literal["operations", "client", "async_client"]
"""A module of the package itself that lists its services (generator.sdk.render writes it)."""


@dataclass(frozen=True)
class ClassDocstrings:
    """A page's client module's docstring, and its class's."""

    of_module: str
    """Escaped for the module docstring."""
    of_class: ClientDocstringView | ServiceDocstringView


class PackageShape(Protocol):
    """What a package of one shape prints where the other shape prints something else."""

    @property
    def root_modules(self) -> tuple[RootModule, ...]:
        """The package's own modules that list its services; none where a page's are them."""

    @property
    def operations_heading(self) -> str:
        """The README's heading over the operations."""

    def types_sentence(self, package: str) -> str:
        """The README's sentence saying where the enums and models are."""

    def hosts(self, plan: SdkPlan) -> str:
        """The end of the README's Authenticate paragraph: where the API lives."""

    def service_heading(self, service: ServicePlan) -> str:
        """The README's heading over a page's operations, ending the line before the
        examples' setup."""

    @property
    def operation_heading(self) -> str:
        """The Markdown heading marker of an operation in the README."""

    @property
    def table_docstring(self) -> str:
        """The docstring of a page's OPERATIONS."""

    def class_docstrings(
        self, plan: SdkPlan, service: ServicePlan, is_async: bool
    ) -> ClassDocstrings:
        """The docstrings of a page's client module and of the class serving it."""


class FlatPackage:
    """One page, whose modules are the package's and whose class is the client."""

    root_modules: tuple[RootModule, ...] = ()
    operations_heading = "Operations"
    operation_heading = "###"
    table_docstring = "Every operation, by name."

    def types_sentence(self, package: str) -> str:
        return f"Enumerations are in `{package}.enums`, models in `{package}.models`."

    def hosts(self, plan: SdkPlan) -> str:
        return "".join(
            f" The API lives at `{service.host}`; pass `base_url=` to change it."
            for service in plan.services
        )

    def service_heading(self, service: ServicePlan) -> str:
        # The Authenticate section has given the page's host; the operations follow the
        # package's heading.
        return ""

    def class_docstrings(
        self, plan: SdkPlan, service: ServicePlan, is_async: bool
    ) -> ClassDocstrings:
        flavour = "Asynchronous" if is_async else "Synchronous"
        host = docstring_text(service.host)
        options = options_paragraph(
            f"Options: `base_url` (default {host}),", "`with_raw_response.<operation>(...)`"
        )
        return ClassDocstrings(
            f"{flavour} client for {escaped_title(plan)}: one method per operation of the"
            " documentation.",
            client_docstring(plan, is_async, options),
        )


class ServicesPackage:
    """Pages in subpackages, each served by a class the client holds (`client.order`)."""

    root_modules: tuple[RootModule, ...] = ("operations", "client", "async_client")
    operations_heading = "Services"
    operation_heading = "####"
    table_docstring = (
        "Every operation of the page, by name (the package's `operations` has them all)."
    )

    def types_sentence(self, package: str) -> str:
        return (
            f"Each service's enumerations are in `{package}.<service>.enums`, its models in\n"
            f"`{package}.<service>.models`."
        )

    def hosts(self, plan: SdkPlan) -> str:
        rows = [
            f"| `client.{attribute}` | {page_title(service)} | `{service.host}` |"
            for attribute, service in plan.attached
        ]
        first = plan.attached[0][0]
        return (
            " Each page of the documentation is a service of the client, with its own\nhost; pass"
            " `base_url=` to send every service elsewhere, or `base_urls=` for some, each\nby its"
            f' name as the client has it (`base_urls={{"{first}": ...}}`):\n\n'
            "| service | documentation | host |\n|---|---|---|\n" + "\n".join(rows) + "\n"
        )

    def service_heading(self, service: ServicePlan) -> str:
        return (
            f"\n\n### `client.{service.layout.attribute}`: {page_title(service)}\n\n"
            f"Host: `{service.host}`."
        )

    def class_docstrings(
        self, plan: SdkPlan, service: ServicePlan, is_async: bool
    ) -> ClassDocstrings:
        flavour = "Asynchronous" if is_async else "Synchronous"
        title = docstring_text(page_title(service))
        client_class = "AsyncClient" if is_async else "Client"
        return ClassDocstrings(
            f"{flavour} service for the {title} endpoints: one method per operation of the page.",
            ServiceDocstringView(title, client_class),
        )


_SHAPES: Mapping[Shape, PackageShape] = {"flat": FlatPackage(), "services": ServicesPackage()}


def package_shape(plan: SdkPlan) -> PackageShape:
    """What the plan's shape prints differently."""
    return _SHAPES[plan.shape]
