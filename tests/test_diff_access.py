"""`sdkgen diff` of how a caller reaches the API: servers, security schemes, requirements.

The pages are tests/data/beyond/security-*.md (servers with variables, four kinds of scheme,
operations with alternatives, scopes and none); each test changes one fact of the IR read from
a page and checks the change reported and its classification.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.ir.model import Api, SecurityRequirement, ServerVariable
from generator.read.parse import parse_file
from generator.release.diff import diff_apis
from tests.support.pages import REPO

BEYOND = REPO / "tests" / "data" / "beyond"


@pytest.fixture(scope="module")
def keys() -> Api:
    return parse_file(BEYOND / "security-keys.md").api


@pytest.fixture(scope="module")
def oauth() -> Api:
    return parse_file(BEYOND / "security-oauth.md").api


def _changes(old: Api, new: Api) -> list[tuple[str, str, bool, str]]:
    return [(c.kind, c.location, c.breaking, c.category) for c in diff_apis(old, new).changes]


def _with_security(
    api: Api, slug: str, security: tuple[tuple[SecurityRequirement, ...], ...]
) -> Api:
    operations = tuple(
        replace(op, security=security) if op.slug == slug else op for op in api.operations
    )
    return replace(api, operations=operations)


def test_the_same_page_reports_no_change(keys: Api, oauth: Api) -> None:
    assert _changes(keys, keys) == []
    assert _changes(oauth, oauth) == []


def test_a_server_added_removed_or_with_other_variables_changes_no_call(keys: Api) -> None:
    first, second = keys.servers
    fewer = replace(keys, servers=(first,))
    assert _changes(keys, fewer) == [("server-removed", "servers", False, "other")]
    assert _changes(fewer, keys) == [("server-added", "servers", False, "other")]
    region = replace(first.variables[0], enum=("eu", "us", "ap"))
    wider = replace(keys, servers=(replace(first, variables=(region, first.variables[1])), second))
    [change] = diff_apis(keys, wider).changes
    assert (change.kind, change.breaking, change.category) == ("server-changed", False, "other")
    assert change.old == "region=eu of eu|us, basePath=v1"
    assert change.new == "region=eu of eu|us|ap, basePath=v1"


def test_a_variable_description_is_documentation(keys: Api) -> None:
    first, second = keys.servers
    described = ServerVariable("basePath", "v1", description="The API version")
    server = replace(first, variables=(first.variables[0], described))
    assert _changes(keys, replace(keys, servers=(server, second))) == [
        ("description-changed", f"servers.{first.url}", False, "docs")
    ]


def test_a_scheme_removed_is_breaking_and_one_added_is_an_addition(keys: Api) -> None:
    fewer = replace(keys, security_schemes=keys.security_schemes[:-1])
    removed = keys.security_schemes[-1].name
    assert _changes(keys, fewer) == [("security-scheme-removed", "security", True, "breaking")]
    assert _changes(fewer, keys) == [("security-scheme-added", "security", False, "addition")]
    assert removed in diff_apis(keys, fewer).changes[0].detail


def test_credentials_sent_elsewhere_are_breaking_a_description_is_not(keys: Api) -> None:
    header = next(s for s in keys.security_schemes if s.location == "header")
    moved = replace(header, parameter="X-Other-Key")
    reworded = replace(header, description="Another text")
    for changed, expected in (
        (moved, [("security-scheme-changed", f"security.{header.name}", True, "breaking")]),
        (reworded, [("description-changed", f"security.{header.name}", False, "docs")]),
    ):
        schemes = tuple(changed if s is header else s for s in keys.security_schemes)
        assert _changes(keys, replace(keys, security_schemes=schemes)) == expected


def test_an_oauth_flow_with_another_token_url_is_breaking(oauth: Api) -> None:
    scheme = next(s for s in oauth.security_schemes if s.type == "oauth2")
    flow = next(f for f in scheme.flows if f.token_url)
    flows = tuple(
        replace(f, token_url="https://elsewhere.example/token") if f is flow else f
        for f in scheme.flows
    )
    schemes = tuple(replace(s, flows=flows) if s is scheme else s for s in oauth.security_schemes)
    [change] = diff_apis(oauth, replace(oauth, security_schemes=schemes)).changes
    assert (change.kind, change.breaking) == ("security-scheme-changed", True)
    assert "https://elsewhere.example/token" in str(change.new)


def test_an_operation_that_starts_requiring_credentials_breaks_callers(keys: Api) -> None:
    open_operation = next(op for op in keys.operations if not op.security)
    guarded = ((SecurityRequirement("keyHeader"),),)
    new = _with_security(keys, open_operation.slug, guarded)
    [change] = diff_apis(keys, new).changes
    assert (change.kind, change.breaking, change.location) == ("security-changed", True, "security")
    assert change.detail == (
        "authentication: none → keyHeader (calls authenticated by nothing are refused)"
    )
    # The other way round, every call that worked still works.
    [back] = diff_apis(new, keys).changes
    assert (back.kind, back.breaking, back.category) == ("security-changed", False, "other")


def test_an_alternative_added_is_compatible_and_one_removed_is_breaking(keys: Api) -> None:
    guarded = next(op for op in keys.operations if len(op.security) > 1)
    first, *others = guarded.security
    narrower = _with_security(keys, guarded.slug, tuple(others))
    [change] = diff_apis(keys, narrower).changes
    assert change.breaking
    [back] = diff_apis(narrower, keys).changes
    assert not back.breaking
    # The alternatives' order, and the order of schemes inside one, change nothing.
    reordered = (*others, tuple(reversed(first)))
    assert _changes(keys, _with_security(keys, guarded.slug, reordered)) == []


def test_a_scope_more_is_breaking_a_scope_less_is_not(oauth: Api) -> None:
    slug = oauth.operations[0].slug
    scheme = next(s.name for s in oauth.security_schemes if s.type == "oauth2")

    def needing(*scopes: str) -> Api:
        return _with_security(oauth, slug, ((SecurityRequirement(scheme, scopes),),))

    assert diff_apis(needing("notes:read"), needing("notes:read", "notes:write")).breaking
    assert not diff_apis(needing("notes:read", "notes:write"), needing("notes:read")).breaking


def test_optional_authentication_breaks_no_caller(oauth: Api) -> None:
    optional = next(op for op in oauth.operations if () in op.security)
    scheme = next(s.name for s in oauth.security_schemes if s.type == "oauth2")
    stricter = ((SecurityRequirement(scheme, ("notes:read", "extra:scope")),), ())
    assert not diff_apis(oauth, _with_security(oauth, optional.slug, stricter)).breaking
    assert diff_apis(oauth, _with_security(oauth, optional.slug, stricter[:1])).breaking
