"""How a caller reaches the API: its servers and its authentication, compared for the report.

Servers are matched by URL (a changed URL is one removed and one added), security schemes by
name, an operation's requirements as a whole. The classification is for a caller of the
generated SDK:

- servers: the SDK's hosts come from its config, so a server added, removed or changed
  changes no call; it is reported (other) for the maintainer who sets the hosts;
- a scheme added is an addition; a scheme removed, or one whose credentials go elsewhere or
  in another form (type, location, parameter, scheme, flows), is breaking;
- an operation's requirements are breaking when a caller who could call before cannot now:
  some alternative that used to be enough is no longer enough (see `_enough`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from generator.ir.model import (
    Api,
    OAuthFlow,
    Operation,
    SecurityRequirement,
    SecurityScheme,
    Server,
)
from generator.release.diff_schemas import SchemaDiffer, short
from generator.release.pairing import Added, Kept, Removed, paired

Alternative = tuple[SecurityRequirement, ...]


class AccessDiffer(SchemaDiffer):
    """Adds the servers and authentication of a page and its operations to the changes."""

    def access(self, old: Api, new: Api) -> None:
        """The page's servers and security schemes."""
        for pair in paired(old.servers, new.servers, key=lambda server: server.url):
            match pair:
                case Kept(server, new_server):
                    self.server(server, new_server)
                case Removed(server):
                    self.add("server-removed", "servers", f"server removed: {server.url}")
                case Added(server):
                    self.add("server-added", "servers", f"server added: {server.url}")
        self.security_schemes(old.security_schemes, new.security_schemes)

    def security_schemes(
        self, old: Sequence[SecurityScheme], new: Sequence[SecurityScheme]
    ) -> None:
        for pair in paired(old, new, key=lambda scheme: scheme.name):
            match pair:
                case Kept(scheme, new_scheme):
                    self.security_scheme(scheme, new_scheme)
                case Removed(scheme):
                    detail = f"security scheme removed: {scheme.name} (its credentials are refused)"
                    self.add("security-scheme-removed", "security", detail, breaking=True)
                case Added(scheme):
                    detail = f"security scheme added: {scheme.name}"
                    self.add("security-scheme-added", "security", detail)

    def server(self, old: Server, new: Server) -> None:
        location = f"servers.{old.url}"
        self.text("description-changed", location, "description", old.description, new.description)
        if old.variables != new.variables:
            before = _variables_text(old)
            after = _variables_text(new)
            if before == after:
                self.add("description-changed", location, "variable descriptions changed")
            else:
                detail = f"server variables: {short(before)} → {short(after)}"
                self.add("server-changed", location, detail, old=before, new=after)

    def security_scheme(self, old: SecurityScheme, new: SecurityScheme) -> None:
        location = f"security.{old.name}"
        self.text("description-changed", location, "description", old.description, new.description)
        before, after = _scheme_text(old), _scheme_text(new)
        if before != after:
            self.add(
                "security-scheme-changed",
                location,
                f"security scheme {old.name} changed: {before} → {after}",
                breaking=True,
                old=before,
                new=after,
            )
        elif replace(old, description=None) != replace(new, description=None):
            # What is left is documentation: a bearer format, the scopes' descriptions.
            self.add("description-changed", location, "security scheme documentation changed")

    def operation_security(self, old: Operation, new: Operation) -> None:
        """An operation's requirements: breaking when an alternative that was enough is not."""
        if _normal(old.security) == _normal(new.security):
            return
        before, after = _security_text(old.security), _security_text(new.security)
        lost = [a for a in _alternatives(old.security) if not _enough(a, new.security)]
        why = f" (calls authenticated by {_alternative_text(lost[0])} are refused)" if lost else ""
        self.add(
            "security-changed",
            "security",
            f"authentication: {before} → {after}{why}",
            breaking=bool(lost),
            old=before,
            new=after,
        )


def _alternatives(security: Sequence[Alternative]) -> tuple[Alternative, ...]:
    """The alternatives a caller may satisfy; no requirement at all is the empty one."""
    return tuple(security) if security else ((),)


def _enough(held: Alternative, security: Sequence[Alternative]) -> bool:
    """Whether a caller holding `held` (those schemes with those scopes) satisfies one of the
    alternatives of `security`: all of its schemes among the held ones, each scope held."""
    scopes = {requirement.scheme: set(requirement.scopes) for requirement in held}
    return any(
        all(
            requirement.scheme in scopes and set(requirement.scopes) <= scopes[requirement.scheme]
            for requirement in alternative
        )
        for alternative in _alternatives(security)
    )


def _normal(security: Sequence[Alternative]) -> frozenset[frozenset[tuple[str, frozenset[str]]]]:
    """The requirements as sets: neither the alternatives' order nor the schemes' matters."""
    return frozenset(
        frozenset((req.scheme, frozenset(req.scopes)) for req in alternative)
        for alternative in _alternatives(security)
    )


def _alternative_text(alternative: Alternative) -> str:
    if not alternative:
        return "nothing"
    return " + ".join(
        req.scheme + (f" [{', '.join(req.scopes)}]" if req.scopes else "") for req in alternative
    )


def _security_text(security: Sequence[Alternative]) -> str:
    if not security:
        return "none"
    return " or ".join(_alternative_text(alternative) for alternative in security)


def _variables_text(server: Server) -> str:
    return ", ".join(
        f"{var.name}={var.default}" + (f" of {'|'.join(var.enum)}" if var.enum else "")
        for var in server.variables
    )


def _scheme_text(scheme: SecurityScheme) -> str:
    """What a scheme asks of a caller and where its credentials go, in one line: the scheme
    is changed for callers exactly when this text is (descriptions and a bearer format, a
    hint, are left out)."""
    if scheme.type == "apiKey":
        return f"apiKey in {scheme.location} {scheme.parameter}"
    if scheme.type == "http":
        return f"http {scheme.scheme}"
    if scheme.type == "openIdConnect":
        return f"openIdConnect {scheme.open_id_connect_url}"
    return "oauth2 " + ", ".join(_flow_text(flow) for flow in scheme.flows)


def _flow_text(flow: OAuthFlow) -> str:
    urls = (flow.authorization_url, flow.token_url, flow.refresh_url)
    scopes = " ".join(scope.name for scope in flow.scopes)
    return " ".join([flow.type, *(url for url in urls if url)]) + (f" [{scopes}]" if scopes else "")
