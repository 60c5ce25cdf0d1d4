"""Which host each operation of a page goes to.

A page does not say where its API lives. Its configs may (`api.base_url`; a composition's
`services.<name>.base_url` over it); when none does, the `hosts` table chooses by what the
page's title says: `by_page` by `GROUP-PAGE` (`broker-ndbroker`), else `by_group` by the
group its title names (`spot v1.0.0` → spot), else `fallback`, with a warning that names the
host and the key to set. sdkgen's built-in defaults hold KuCoin's table, so a page generated
without any config goes to its group's host; no code here knows a group by name.

An operation goes to its page's host unless its config names its own
(`operations.<name>.host`). Two operations of a page may then share a method and a path (a
corrected method, generator.ir.corrections) only on different hosts.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.config.model import Config, ConfigError
from generator.diagnostics import ParseWarning, SourceLocation
from generator.ir.corrections import OPERATION, stated_method
from generator.ir.model import Api, Operation


@dataclass(frozen=True)
class PageHost:
    """The host of a page's operations and the config key that chose it."""

    url: str
    chosen_by: str
    """`api.base_url`, `hosts.by_page.GROUP-PAGE`, `hosts.by_group.GROUP` or `hosts.fallback`."""

    @property
    def guessed(self) -> bool:
        """Whether no config knows the page's group: the fallback was taken."""
        return self.chosen_by == "hosts.fallback"


def page_name(api: Api) -> str:
    """The page as `hosts.by_page` names it: `GROUP-PAGE` (the title's group, then the
    page's name, the first line under the title), or the group alone for a page without one."""
    return f"{api.title}-{api.group}" if api.group else api.title


def page_host(config: Config, api: Api) -> PageHost:
    """The host of `api`'s operations (but those with a host of their own). Raises
    ConfigError when neither the config nor its `hosts` table gives one."""
    if config.api.base_url is not None:
        return PageHost(config.api.base_url, "api.base_url")
    table = config.hosts
    name = page_name(api)
    if name in table.by_page:
        return PageHost(table.by_page[name], f"hosts.by_page.{name}")
    if api.title in table.by_group:
        return PageHost(table.by_group[api.title], f"hosts.by_group.{api.title}")
    if table.fallback is not None:
        return PageHost(table.fallback, "hosts.fallback")
    raise ConfigError(
        config.file,
        "api.base_url",
        f"no host for the page {name!r}: set api.base_url (or hosts.by_group.{api.title})",
    )


def host_warning(host: PageHost, api: Api, title: SourceLocation) -> ParseWarning | None:
    """A warning at the page's title when its host is the fallback, naming the host and
    where to set another; None when a config chose it."""
    if not host.guessed:
        return None
    return ParseWarning(
        title,
        f"no config names the host of the group {api.title!r}: its operations go to "
        f"{host.url}; set api.base_url in the page's config (NAME.yaml beside it) or "
        f"hosts.by_group.{api.title} to send them elsewhere",
    )


def operation_host(config: Config, op: Operation, page: str) -> str:
    """Where `op` goes: its own host (`operations.<name>.host`), else its page's."""
    return config.operation(op.slug).host or page


def route_clash(api: Api, config: Config, page: str) -> ConfigError | None:
    """Two operations with one method and path on one host, which the live API cannot tell
    apart: only a corrected method makes them (a page's own routes are unique), so the error
    is at that correction's key."""
    seen: dict[tuple[str, str, str], Operation] = {}
    for op in api.operations:
        route = (op.method, op.path, operation_host(config, op, page))
        other = seen.setdefault(route, op)
        if other is op:
            continue
        corrected, kept = (op, other) if stated_method(op) != op.method else (other, op)
        return ConfigError(
            config.file,
            f"operations.{corrected.slug}.corrections.{OPERATION}.method",
            f"{op.method} {op.path} on {route[2]} is {kept.slug}'s route too; the API could "
            f"not tell them apart: give one its own host (operations.{corrected.slug}.host) "
            "or correct the method to another",
        )
    return None
