"""The API's and a page's titles and version, as several views print them."""

from __future__ import annotations

from generator.naming import listed
from generator.sdk.escaping import docstring_text
from generator.sdk.plan_model import SdkPlan, ServicePlan


def api_title(plan: SdkPlan) -> str:
    """The API's title: its pages' one title, or the package's name where they differ."""
    titles = {service.api.title for service in plan.services}
    return titles.pop() if len(titles) == 1 else plan.package.name


def api_titles(plan: SdkPlan) -> str:
    """Every page's API title, each once, as prose: "futures", "spot, margin and futures"."""
    return listed(service.api.title for service in plan.services)


def escaped_title(plan: SdkPlan) -> str:
    """The API's title, escaped for a docstring."""
    return docstring_text(api_title(plan))


def escaped_page_api_title(service: ServicePlan) -> str:
    """The API's title as the page states it, escaped for a docstring: what a service's own
    modules (its models, its enums) belong to, whichever other pages share the package."""
    return docstring_text(service.api.title)


def api_version(plan: SdkPlan) -> str:
    return ", ".join(dict.fromkeys(service.api.version for service in plan.services))


def page_title(service: ServicePlan) -> str:
    """What a page of several is called in docstrings and the README: its API's title and
    its group ("spot orders", "futures orders": the group alone names the pages of two APIs
    alike), or the one where the other is missing or the same ("earn")."""
    group, title = service.api.group, service.api.title
    return title if group is None or group == title else f"{title} {group}"
