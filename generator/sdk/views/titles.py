"""The API's and a page's titles and version, as several views print them."""

from __future__ import annotations

from generator.sdk.escaping import docstring_text
from generator.sdk.plan_model import SdkPlan, ServicePlan


def api_title(plan: SdkPlan) -> str:
    """The API's title: its pages' one title, or the package's name where they differ."""
    titles = {service.api.title for service in plan.services}
    return titles.pop() if len(titles) == 1 else plan.package.name


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
    """What the page is called in docstrings: its group, else its title."""
    return service.api.group or service.api.title
