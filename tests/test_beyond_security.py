"""Servers and authentication, as Widdershins 4.0.1 prints them, read into the IR.

The pages are tests/data/beyond/NAME.md, rendered from NAME.openapi.yaml beside them
(tests/data/beyond/README.md says how): the page reads, its IR holds the servers, security
schemes and each operation's requirement the document states (what the page carries of
them), the OpenAPI export writes them and reads back as the same IR, and the package it
generates passes its own tests, ruff and mypy --strict.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from openapi_spec_validator import validate

from generator.diagnostics import ParseError
from generator.ir.model import (
    Api,
    OAuthFlow,
    Operation,
    Scope,
    SecurityRequirement,
    SecurityScheme,
    Server,
    ServerVariable,
)
from generator.ir.openapi import to_openapi
from generator.ir.snapshot import dump_api, load_api
from generator.read.openapi import from_openapi
from generator.read.parse import parse_file, parse_page
from generator.read.security import name_schemes, read_requirements
from tests.support.cli_runner import run_in_process
from tests.support.pages import REPO, SEED
from tests.support.projects import generate_each, run_own_tests

BEYOND = REPO / "tests" / "data" / "beyond"
KEYS = BEYOND / "security-keys.md"
OAUTH = BEYOND / "security-oauth.md"
PAGES = (KEYS, OAUTH)


def _document(page: Path) -> Api:
    """The IR of the OpenAPI document the page was rendered from."""
    text = page.with_name(page.stem + ".openapi.yaml").read_text(encoding="utf-8")
    return from_openapi(yaml.safe_load(text))


def _security_by_id(api: Api) -> dict[str | None, object]:
    return {operation.operation_id: operation.security for operation in api.operations}


def test_base_urls_are_read_with_their_variables() -> None:
    assert parse_file(KEYS).api.servers == (
        Server(
            url="https://{region}.ledger.example/{basePath}",
            variables=(
                ServerVariable("region", "eu", ("eu", "us"), "Data centre"),
                ServerVariable("basePath", "v1"),
            ),
        ),
        Server(url="http://localhost:8080/v1"),
    )


def test_api_keys_in_every_location_and_http_basic_are_read() -> None:
    assert parse_file(KEYS).api.security_schemes == (
        SecurityScheme(
            "keyHeader",
            "apiKey",
            description="The key from the dashboard.",
            location="header",
            parameter="X-Api-Key",
        ),
        SecurityScheme("keyQuery", "apiKey", location="query", parameter="api_key"),
        SecurityScheme("sessionCookie", "apiKey", location="cookie", parameter="session"),
        SecurityScheme("basicAuth", "http", description="The account's login.", scheme="basic"),
    )


def test_oauth2_flows_with_their_urls_and_scopes_and_http_bearer_are_read() -> None:
    authorize, token = "https://auth.notes.example/authorize", "https://auth.notes.example/token"
    read = Scope("notes:read", "Read notes")
    assert parse_file(OAUTH).api.security_schemes == (
        SecurityScheme(
            "notesOAuth",
            "oauth2",
            description="Sign in with a notes account.",
            flows=(
                OAuthFlow(
                    "authorizationCode",
                    authorize,
                    token,
                    None,
                    (read, Scope("notes:write", "Write notes")),
                ),
                OAuthFlow(
                    "clientCredentials",
                    None,
                    token,
                    None,
                    (Scope("admin", "Administer every account"),),
                ),
                OAuthFlow("implicit", authorize, None, None, (read,)),
                OAuthFlow("password", None, token),
            ),
        ),
        SecurityScheme("bearerToken", "http", scheme="bearer"),
    )


def test_each_operation_reads_its_own_requirement() -> None:
    keys = _security_by_id(parse_file(KEYS).api)
    assert keys == {
        # Two alternatives, the first needing two schemes together.
        "listEntries": (
            (SecurityRequirement("keyQuery"), SecurityRequirement("basicAuth")),
            (SecurityRequirement("sessionCookie"),),
        ),
        # The document's default requirement, which Widdershins prints on the operation.
        "addEntry": ((SecurityRequirement("keyHeader"),),),
        "health": (),
    }
    oauth = _security_by_id(parse_file(OAUTH).api)
    assert oauth == {
        # Scopes, and an empty alternative: authentication is optional.
        "getNote": (
            (SecurityRequirement("notesOAuth", ("notes:read",)),),
            (SecurityRequirement("bearerToken"),),
            (),
        ),
        "saveNote": ((SecurityRequirement("notesOAuth", ("notes:read", "notes:write")),),),
        "ping": (),
    }


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.stem)
def test_the_page_carries_the_facts_of_its_document(page: Path) -> None:
    api, document = parse_file(page).api, _document(page)
    assert api.security_schemes == document.security_schemes
    assert _security_by_id(api) == _security_by_id(document)
    # Widdershins prints no server description; every other fact of a server it does.
    assert api.servers == tuple(
        Server(server.url, None, server.variables) for server in document.servers
    )


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.stem)
def test_the_export_writes_them_and_reads_back_as_the_same_ir(page: Path) -> None:
    result = parse_file(page)
    assert result.warnings == ()
    document = json.loads(json.dumps(to_openapi(result.api)))
    validate(document)
    assert set(document["components"]["securitySchemes"]) == {
        scheme.name for scheme in result.api.security_schemes
    }
    assert from_openapi(document) == result.api
    assert load_api(dump_api(result.api)) == result.api


def test_sdkgen_openapi_prints_servers_schemes_and_requirements() -> None:
    result = run_in_process(["openapi", str(KEYS)], cwd=REPO)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["servers"][0]["variables"]["region"] == {
        "enum": ["eu", "us"],
        "default": "eu",
        "description": "Data centre",
    }
    assert document["components"]["securitySchemes"]["keyQuery"] == {
        "type": "apiKey",
        "name": "api_key",
        "in": "query",
    }
    entries = document["paths"]["/entries"]["get"]
    assert entries["security"] == [{"keyQuery": [], "basicAuth": []}, {"sessionCookie": []}]
    assert "security" not in document["paths"]["/health"]["get"]


def test_a_page_needing_no_authentication_exports_none() -> None:
    api = parse_file(SEED).api
    assert api.servers == () and api.security_schemes == ()
    assert all(operation.security == () for operation in api.operations)
    assert "components" not in to_openapi(api) and "servers" not in to_openapi(api)


def test_what_the_page_cannot_carry_the_document_reader_drops_too() -> None:
    # Widdershins prints no openIdConnect scheme, bearer format, refresh URL or server
    # description, nor the names of http and oauth2 schemes: read from a document, they are
    # dropped, so both doors give one IR. The names are recovered from the requirements as
    # the page reader recovers them: the only scheme used with scopes is taken for the oauth2
    # one, and the http scheme, used by none, is named after its kind.
    api = Api(
        title="t",
        version="1",
        operations=(
            Operation(
                slug="me",
                method="GET",
                path="/me",
                summary="Me",
                security=((SecurityRequirement("oidc", ("openid", "email")),),),
            ),
        ),
        servers=(Server("https://api.example", "Production"),),
        security_schemes=(
            SecurityScheme("oidc", "openIdConnect", open_id_connect_url="https://id.example/.wk"),
            SecurityScheme("jwt", "http", scheme="bearer", bearer_format="JWT"),
            SecurityScheme(
                "o",
                "oauth2",
                flows=(OAuthFlow("password", token_url="https://t", refresh_url="https://r"),),
            ),
        ),
    )
    assert from_openapi(json.loads(json.dumps(to_openapi(api)))) == replace(
        api,
        servers=(Server("https://api.example"),),
        security_schemes=(
            SecurityScheme("http_bearer", "http", scheme="bearer"),
            SecurityScheme("oidc", "oauth2", flows=(OAuthFlow("password", token_url="https://t"),)),
        ),
    )
    assert load_api(dump_api(api)) == api


def test_an_operation_without_security_takes_the_documents_default() -> None:
    document = to_openapi(parse_file(KEYS).api)
    document["security"] = [{"keyHeader": []}]
    del document["paths"]["/entries"]["post"]["security"]
    document["paths"]["/health"]["get"]["security"] = []  # explicitly none
    read = _security_by_id(from_openapi(document))
    assert read["addEntry"] == ((SecurityRequirement("keyHeader"),),)
    assert read["health"] == ()


def test_a_line_of_the_authentication_section_sdkgen_does_not_know_is_a_located_error() -> None:
    text = KEYS.read_text(encoding="utf-8")
    line = text.split("\n").index("* HTTP Authentication, scheme: basic The account's login.") + 1
    with pytest.raises(ParseError) as error:
        parse_page("keys.md", text.replace("HTTP Authentication, scheme:", "Mutual TLS:"))
    assert (error.value.location.file, error.value.location.line) == ("keys.md", line)


def test_an_authentication_note_of_another_wording_is_an_error() -> None:
    with pytest.raises(ParseError) as error:
        read_requirements("page.md", 7, "You need a key")
    assert error.value.location.line == 7


def test_schemes_the_operations_cannot_name_are_named_after_their_kind_with_a_warning() -> None:
    # Widdershins does not print the names of http and oauth2 schemes: two http schemes
    # and two names used without scopes could pair either way.
    unnamed = (
        SecurityScheme("", "http", scheme="basic"),
        SecurityScheme("", "http", scheme="bearer"),
    )
    operation = Operation(
        slug="a",
        method="GET",
        path="/a",
        summary="A",
        security=((SecurityRequirement("one"),), (SecurityRequirement("two"),)),
    )
    schemes, warnings = name_schemes("page.md", 3, unnamed, [operation])
    assert [scheme.name for scheme in schemes] == ["http_basic", "http_bearer"]
    assert len(warnings) == 2 and all(w.location.line == 3 for w in warnings)


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Each page generated (without a config) into a project of its own."""
    return generate_each(PAGES, tmp_path_factory.mktemp)


def test_the_generated_packages_pass_their_own_tests(packages: list[Path]) -> None:
    for out in packages:
        result = run_own_tests(out)
        assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]


def test_the_generated_packages_pass_ruff(packages: list[Path], tmp_path: Path) -> None:
    arguments = [sys.executable, "-m", "ruff", "check", "--no-cache", *map(str, packages)]
    result = subprocess.run(arguments, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_the_generated_packages_pass_mypy_strict(
    packages: list[Path], tmp_path: Path, mypy_cache: Path
) -> None:
    sources = [str(next((out / "src").iterdir())) for out in packages]
    arguments = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(mypy_cache)]
    result = subprocess.run(
        [*arguments, *sources], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout
