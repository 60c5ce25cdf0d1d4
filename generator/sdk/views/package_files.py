"""The package's own files: pyproject.toml, `__init__`, `_settings`, `testing`, the pytest
plugin and the tests the package ships."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from generator.sdk import layout
from generator.sdk.escaping import (
    docstring_text,
    python_literal,
    python_literal_at,
    python_set,
    toml_key,
    toml_string,
)
from generator.sdk.plan_model import SdkPlan
from generator.sdk.views.titles import api_version, escaped_title


@dataclass(frozen=True)
class PyprojectView:
    template: ClassVar[str] = "package/pyproject.toml.j2"
    name: str
    """The distribution's name, as a TOML string (as are `version` and `description`)."""
    version: str
    description: str
    packages: str
    """The import packages, as TOML strings separated by commas."""
    package_key: str
    """The package's name as a TOML key."""
    plugin_module: str
    """The pytest plugin's module, as a TOML string."""


@dataclass(frozen=True)
class PackageInitView:
    template: ClassVar[str] = "package/__init__.py.j2"
    summary: str
    """The package's summary, escaped for the module docstring (as are the title, version)."""
    api_title: str
    api_version: str
    package: str
    type_checking_imports: tuple[str, ...]
    """What type checkers see of the names loaded on first use, one import per line."""
    version: str
    """`__version__`, a Python literal."""


@dataclass(frozen=True)
class SettingsView:
    """Each value a Python literal (or, for the mappings, the whole assignment as black lays
    it out)."""

    template: ClassVar[str] = "package/_settings.py.j2"
    default_base_url: str
    service_base_urls: str
    operation_base_urls: str
    success_code: str
    envelope_code: str
    envelope_data: str
    envelope_message: str
    key_version: str
    api_key_env: str
    api_secret_env: str
    api_passphrase_env: str
    error_kinds_by_code: str
    error_kinds_by_http_status: str
    missing_header_code: str
    invalid_timestamp_code: str
    unknown_key_code: str
    wrong_passphrase_code: str
    wrong_signature_code: str
    not_found_code: str
    parameter_error_code: str
    rate_limit_code: str
    timestamp_tolerance_ms: str
    server_time_path: str
    rate_limit_limit_header: str
    rate_limit_remaining_header: str
    rate_limit_reset_header: str
    max_retries: str
    retry_methods: str
    retry_http_statuses: str
    backoff_seconds: str
    max_backoff_seconds: str
    max_retry_wait_seconds: str


@dataclass(frozen=True)
class TestingView:
    template: ClassVar[str] = "package/testing.py.j2"
    api_title: str
    """Escaped for a docstring."""
    package: str
    first_key: str
    """The first operation's key in OPERATIONS (`order.add_order`): the docstring's example."""
    pages_example: tuple[str, ...]
    """The docstring's line answering the first paginated operation with pages (none
    without one)."""
    parameter_error_code: str
    """A Python literal."""
    client_imports: tuple[str, ...]


@dataclass(frozen=True)
class PytestPluginView:
    template: ClassVar[str] = "package/pytest_plugin.py.j2"
    package: str
    api_title: str
    """Escaped for a docstring."""
    fake_import: str


@dataclass(frozen=True)
class ConftestView:
    template: ClassVar[str] = "package/tests/conftest.py.j2"
    package: str
    package_literal: str


@dataclass(frozen=True)
class FakeServerTestView:
    template: ClassVar[str] = "package/tests/test_fake_server.py.j2"
    package: str
    imports: tuple[str, ...]
    data_subscript: str
    """Where a fixture's answer holds the data: `["data"]` (the envelope's data key), or
    nothing for an API that wraps nothing."""
    wrong_passphrase_code: str


def pyproject_view(plan: SdkPlan) -> PyprojectView:
    package = plan.package.name
    modules = dict.fromkeys([package, *(service.layout.module for service in plan.services)])
    return PyprojectView(
        name=toml_string(plan.package.distribution),
        version=toml_string(plan.package.version),
        description=toml_string(plan.package.summary),
        packages=", ".join(toml_string(module) for module in modules),
        package_key=toml_key(package),
        plugin_module=toml_string(f"{package}.pytest_plugin"),
    )


def package_init_view(plan: SdkPlan) -> PackageInitView:
    package = plan.package.name
    lazy = [
        ("._client", ["NOT_GIVEN", "NotGiven"]),
        ("._operation", ["Input", "Operation"]),
        ("._response", ["RawResponse"]),
        (".async_client", ["AsyncClient"]),
        (".client", ["Client"]),
        (".operations", ["OPERATIONS"]),
    ]
    return PackageInitView(
        summary=docstring_text(plan.package.summary),
        api_title=escaped_title(plan),
        api_version=docstring_text(api_version(plan)),
        package=package,
        type_checking_imports=tuple(
            layout.import_from(4, package + module, names) for module, names in lazy
        ),
        version=python_literal(plan.package.version),
    )


def settings_view(plan: SdkPlan) -> SettingsView:
    config = plan.config
    api, auth, errors = config.api, config.auth, config.errors
    headers, retries = config.rate_limit_headers, config.retries
    by_code: dict[str, str] = {}
    by_status: dict[int, str] = {}
    for kind, error in errors.by_kind():
        by_code.update((code, kind) for code in error.codes)
        by_status.update((status, kind) for status in error.http_statuses)
    hosts = {name: service.host for name, service in plan.attached}
    return SettingsView(
        default_base_url=python_literal(api.base_url or plan.services[0].host),
        service_base_urls=python_literal_at(hosts, 0, "SERVICE_BASE_URLS: Mapping[str, str] = "),
        operation_base_urls=python_literal_at(
            tuple(sorted({op.host for op in plan.operations if op.host is not None})),
            0,
            "OPERATION_BASE_URLS: tuple[str, ...] = ",
        ),
        success_code=python_literal(api.success_code),
        # None for an API that wraps nothing (the runtime's `_conventions` reads it so).
        envelope_code=python_literal(None if api.envelope is None else api.envelope.code),
        envelope_data=python_literal(None if api.envelope is None else api.envelope.data),
        envelope_message=python_literal(None if api.envelope is None else api.envelope.message),
        key_version=python_literal(auth.key_version),
        api_key_env=python_literal(auth.environment.api_key),
        api_secret_env=python_literal(auth.environment.api_secret),
        api_passphrase_env=python_literal(auth.environment.api_passphrase),
        error_kinds_by_code=python_literal_at(
            by_code, 0, "ERROR_KINDS_BY_CODE: Mapping[str, str] = "
        ),
        error_kinds_by_http_status=python_literal_at(
            by_status, 0, "ERROR_KINDS_BY_HTTP_STATUS: Mapping[int, str] = "
        ),
        missing_header_code=python_literal(auth.error_codes.missing_header),
        invalid_timestamp_code=python_literal(auth.error_codes.invalid_timestamp),
        unknown_key_code=python_literal(auth.error_codes.unknown_key),
        wrong_passphrase_code=python_literal(auth.error_codes.wrong_passphrase),
        wrong_signature_code=python_literal(auth.error_codes.wrong_signature),
        not_found_code=python_literal(api.not_found_code),
        parameter_error_code=python_literal(errors.invalid_parameters.codes[0]),
        rate_limit_code=python_literal(errors.rate_limit.codes[0]),
        timestamp_tolerance_ms=python_literal(api.timestamp_tolerance_ms),
        server_time_path=python_literal(api.server_time_path),
        rate_limit_limit_header=python_literal(headers.limit),
        rate_limit_remaining_header=python_literal(headers.remaining),
        rate_limit_reset_header=python_literal(headers.reset_ms),
        max_retries=python_literal(retries.max_retries),
        retry_methods=python_set(retries.methods),
        retry_http_statuses=python_set(retries.http_statuses),
        backoff_seconds=python_literal(retries.backoff_seconds),
        max_backoff_seconds=python_literal(retries.max_backoff_seconds),
        max_retry_wait_seconds=python_literal(retries.max_wait_seconds),
    )


def testing_view(plan: SdkPlan) -> TestingView:
    package = plan.package.name
    return TestingView(
        api_title=escaped_title(plan),
        package=package,
        first_key=plan.operations[0].key,
        pages_example=_pages_example(plan),
        parameter_error_code=python_literal(plan.config.errors.invalid_parameters.codes[0]),
        client_imports=(
            layout.import_from(0, f"{package}.async_client", ["AsyncClient"]),
            layout.import_from(0, f"{package}.client", ["Client"]),
        ),
    )


def _pages_example(plan: SdkPlan) -> tuple[str, ...]:
    paged = next((op for op in plan.operations if op.pagination), None)
    if paged is None:
        return ()
    return (f'fake.respond_pages("{paged.key}", [{{...}}, {{...}}])  # for iter_{paged.name}',)


def pytest_plugin_view(plan: SdkPlan) -> PytestPluginView:
    package = plan.package.name
    return PytestPluginView(
        package=package,
        api_title=escaped_title(plan),
        fake_import=layout.import_from(0, f"{package}.testing", ["FakeKucoin"]),
    )


def conftest_view(plan: SdkPlan) -> ConftestView:
    return ConftestView(plan.package.name, python_literal(plan.package.name))


def fake_server_test_view(plan: SdkPlan) -> FakeServerTestView:
    package = plan.package.name
    names = ["OPERATIONS", "AuthenticationError", "Client", "KucoinAPIError", "RateLimitError"]
    return FakeServerTestView(
        package=package,
        imports=(
            layout.import_from(0, package, names),
            layout.import_from(
                0, f"{package}.testing", ["TEST_API_PASSPHRASE", "FakeKucoin", "load_fixture"]
            ),
        ),
        data_subscript=(
            ""
            if plan.config.api.envelope is None
            else f"[{python_literal(plan.config.api.envelope.data)}]"
        ),
        wrong_passphrase_code=python_literal(plan.config.auth.error_codes.wrong_passphrase),
    )
