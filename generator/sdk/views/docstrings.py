"""The docstrings of the classes serving operations: the package's client, a service."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import ClassVar

from generator.sdk.escaping import docstring_text
from generator.sdk.plan_model import SdkPlan
from generator.sdk.views.titles import escaped_title


@dataclass(frozen=True)
class ClientDocstringView:
    """The docstring of the package's client (its own template)."""

    template: ClassVar[str] = "package/client_docstring.j2"
    is_async: bool
    api_title: str
    api_key_env: str
    api_secret_env: str
    api_passphrase_env: str
    options: str
    """The paragraph on options, escaped and wrapped at the docstring's indent."""


@dataclass(frozen=True)
class ServiceDocstringView:
    """The docstring of a service class the client holds (its own template)."""

    template: ClassVar[str] = "package/service_docstring.j2"
    title: str
    """The page's group (or title), escaped for the docstring."""
    client_class: str


def options_paragraph(opening: str, raw_response: str) -> str:
    """The client docstring's paragraph on options, wrapped at the docstring's indent: the
    `opening` on its hosts, then the options every client has."""
    text = (
        f"{opening} `timeout` (seconds per attempt, connect to last byte),"
        " `total_timeout` (seconds per call, retries included), `max_retries`,"
        " `max_retry_wait`, `max_response_bytes` (the largest answer read), `headers` (sent"
        " with every request), `allow_insecure_http` and `transport`. `with_options(...)` gives a"
        f" copy with other options for some calls; {raw_response} returns a call's HTTP"
        " response with its data."
    )
    return textwrap.fill(text, 92, subsequent_indent="    ", break_on_hyphens=False)


def client_docstring(plan: SdkPlan, is_async: bool, options: str) -> ClientDocstringView:
    env = plan.config.auth.environment
    return ClientDocstringView(
        is_async=is_async,
        api_title=escaped_title(plan),
        api_key_env=docstring_text(env.api_key),
        api_secret_env=docstring_text(env.api_secret),
        api_passphrase_env=docstring_text(env.api_passphrase),
        options=options,
    )
