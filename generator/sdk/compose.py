"""Several pages, one package: each page planned on its own as a service of the client, and
the enums identical on several pages defined once.

A page is planned as if it were alone (generator.sdk.plan.plan_service), so every class,
enum and method name a page gives stays the same when other pages join or leave the package.
Two pages may both have `AddOrderRequest` or `Side`: each service has its own modules
(`<package>.<service>.models`), so the names never meet. An enum that is the very same class
on several pages (same name, members and values; the member docs may be worded otherwise) is
defined once in the package's `_enums.py` and re-exported by each service's `enums`, so
`order.enums.Side is positions.enums.Side`; a page whose enum of that name differs keeps its
own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from generator.config import Config
from generator.diagnostics import ParseError, SourceLocation
from generator.ir.model import Api
from generator.naming import group_class_name, service_class_name
from generator.sdk.plan import plan_service
from generator.sdk.plan_model import (
    EnumClass,
    GroupLayout,
    SdkPlan,
    ServiceLayout,
    ServicePlan,
)


@dataclass(frozen=True)
class PageInput:
    """One page of a package and what it is generated with."""

    service: str | None
    """The client attribute serving the page (`order`); None when the page is the whole
    package, served by the client itself (service_layout)."""
    api: Api
    config: Config
    """The page's config (rules, bounds, host) with the package's facts (envelope, auth)."""


def service_layout(package: str, service: str | None) -> ServiceLayout:
    """Where a page's modules go and what serves it: the one place a package's shape is
    decided. A page with no service name is the package (flat: its modules are the
    package's, its class the Client); a service gets its subpackage and a class the client
    holds as `client.<service>`."""
    if service is None:
        return ServiceLayout(package, (), None, "Client", "ClientBase", shape="flat")
    place = tuple(service.split("."))
    return ServiceLayout(
        package, place, service, service_class_name(service), "Service", shape="services"
    )


def group_layouts(package: str, services: Sequence[ServiceLayout]) -> tuple[GroupLayout, ...]:
    """The groups `services` are nested in (`spot` for `spot.order`), each once, in the order
    first listed: a group's class is named after its place (`SpotGroup`, `CopytradingGroup`),
    so a service's class (`SpotOrderService`) never meets it."""
    places = dict.fromkeys(
        layout.subpackage[:end] for layout in services for end in range(1, len(layout.subpackage))
    )
    return tuple(GroupLayout(package, place, group_class_name(".".join(place))) for place in places)


def build_plan(api: Api, config: Config) -> SdkPlan:
    """Plan the package of one page, `api`, served by the client itself. Raises ParseError
    (located in the config file) when the config names no package, or a field or operation
    the page does not have."""
    return build_package_plan(config, [PageInput(None, api, config)])


def build_package_plan(config: Config, pages: Sequence[PageInput]) -> SdkPlan:
    """Plan the package `config` names from `pages`, each a service."""
    if config.package is None:
        raise ParseError(
            SourceLocation(config.file, 1),
            "package: the config names no package (set package.name)",
        )
    package = config.package.name
    services = [
        plan_service(page.api, page.config, service_layout(package, page.service)) for page in pages
    ]
    shared = _shared_enums(services)
    # By the whole class, never by name alone: a page whose `Status` has other values than
    # the shared `Status` keeps its own.
    identities = {_identity(enum) for enum in shared}
    services = [
        replace(
            service,
            shared_enums=frozenset(e.name for e in service.enums if _identity(e) in identities),
        )
        for service in services
    ]
    groups = group_layouts(package, [service.layout for service in services])
    return SdkPlan(config, tuple(services), shared, groups)


def _shared_enums(services: Sequence[ServicePlan]) -> tuple[EnumClass, ...]:
    """Enums that are the same class (name, base, members and their values) on two pages or
    more, by name, each with the wire names of every page that uses it. Which other pages
    share the package, and in which order, changes nothing of a class but its place here."""
    found: dict[tuple[object, ...], list[EnumClass]] = {}
    for service in services:
        for enum in service.enums:
            found.setdefault(_identity(enum), []).append(enum)
    shared = [_merged(enums) for enums in found.values() if len(enums) > 1]
    # One name, two different classes on other pages: each page keeps its own.
    counts = Counter(enum.name for enum in shared)
    return tuple(sorted((e for e in shared if counts[e.name] == 1), key=lambda e: e.name))


def _identity(enum: EnumClass) -> tuple[object, ...]:
    """What makes two pages' enums one class: the name, its values' alias, the base and every
    member's name and
    value (of one type: "1" is not 1). The member docs are not: two pages may word them
    differently (as one page may, for the same values on two fields)."""
    members = tuple((m.name, type(m.value).__name__, m.value) for m in enum.members)
    return (enum.name, enum.literal, enum.base, enum.value_type, members)


def _merged(enums: Sequence[EnumClass]) -> EnumClass:
    """The one class of `enums` (identical but for their member docs): each member with the
    doc most of the pages give it (on a tie, a doc before none, then the first in text order),
    so that it does not depend on the order of the pages."""
    members = tuple(
        replace(member, description=_most_given([e.members[i].description for e in enums]))
        for i, member in enumerate(enums[0].members)
    )
    used_by = tuple(sorted({name for enum in enums for name in enum.used_by}))
    return replace(enums[0], members=members, used_by=used_by)


def _most_given(docs: Sequence[str | None]) -> str | None:
    counts = Counter(docs)
    return min(counts, key=lambda doc: (-counts[doc], doc is None, doc or ""))
