"""What each template prints: one frozen dataclass per template, built from the plan.

Every value a view holds is decided and escaped here, through the filters of
generator.sdk.escaping (the injection boundary): a Python literal, a docstring, a TOML string,
or an identifier the plan made. Optional pieces are values too (an import line list, a tuple
of lines or blocks), so a template holds layout only: it prints, loops and switches between
its sync and async shapes (`is_async`), and tests/test_templates.py fails on any other
conditional. Each view names its template; generator.sdk.render says which file it becomes.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from generator.ir.model import JsonValue
from generator.sdk import layout
from generator.sdk.escaping import (
    docstring_literal,
    docstring_text,
    python_literal,
    python_literal_at,
    python_set,
    toml_key,
    toml_string,
)
from generator.sdk.import_order import ruff_sorted
from generator.sdk.plan_model import (
    NONE_TYPE,
    EnumClass,
    ModelClass,
    ModelField,
    OperationPlan,
    RuleCheck,
    SdkPlan,
    ServicePlan,
    TypeRef,
)

# The package's own files -----------------------------------------------------------------


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
    envelope_data: str
    """The envelope's data key, a Python literal (as is the code)."""
    wrong_passphrase_code: str


@dataclass(frozen=True)
class ReadmeOperationView:
    heading: str
    """The Markdown heading marker: one level below its service's, if that has a heading."""
    call: str
    summary: str
    method: str
    path: str
    lead: tuple[str, ...]
    """The description's first sentence, as a paragraph; none without a description."""
    example_arguments: str


@dataclass(frozen=True)
class ReadmeServiceView:
    heading: str
    """The service's heading and host, ending the line before the examples' setup; empty
    for a page the client serves itself, whose host the Authenticate section gives."""
    example_imports: tuple[str, ...]
    """What the examples import besides the Client: the enums and models they name."""
    operations: tuple[ReadmeOperationView, ...]


@dataclass(frozen=True)
class ReadmeView:
    template: ClassVar[str] = "package/README.md.j2"
    distribution: str
    summary: str
    api_title: str
    api_version: str
    package: str
    api_key_env: str
    api_secret_env: str
    api_passphrase_env: str
    hosts: str
    """The end of the Authenticate paragraph: where the API lives (and, for services, a
    table of their hosts)."""
    first_example_imports: tuple[str, ...]
    operations_heading: str
    types_sentence: str
    services: tuple[ReadmeServiceView, ...]
    first_call: str
    """The first operation, as the examples call it (`order.add_order`), and its arguments."""
    first_arguments: str
    max_retries: str
    max_retry_wait_seconds: str
    timestamp_tolerance_seconds: str
    server_time_path: str
    pagination: str
    """The Pagination section's text: the `iter_` twins with an example, or that none is."""


# A page's modules ----------------------------------------------------------------------


@dataclass(frozen=True)
class EnumView:
    name: str
    base: str
    docstring: str
    """A docstring literal at the class's indent."""
    lines: tuple[str, ...]
    """Each member's assignment, and its docstring after it where the page describes it."""


@dataclass(frozen=True)
class EnumsModuleView:
    template: ClassVar[str] = "package/enums.py.j2"
    api_title: str
    header_blocks: tuple[str, ...]
    """The blocks after `from __future__`, each after a blank line: the enum bases' import,
    the shared enums' import and `__all__`."""
    enums: tuple[EnumView, ...]


@dataclass(frozen=True)
class ModelView:
    name: str
    base: str
    """`RequestModel`, `ResponseModel` or `RootModel[...]`."""
    docstring: str
    body: tuple[str, ...]
    """The blocks after the docstring, each after a blank line: the field declarations, and
    the cross-field rules (`__rules__`) where the model has any."""


@dataclass(frozen=True)
class ModelsModuleView:
    template: ClassVar[str] = "package/models.py.j2"
    api_title: str
    standard_imports: tuple[str, ...]
    package_imports: tuple[str, ...]
    models: tuple[ModelView, ...]
    request_models: tuple[str, ...]
    """The entries of REQUEST_MODELS, one per line (as are those of RESPONSE_TYPES)."""
    response_types: tuple[str, ...]


@dataclass(frozen=True)
class OperationEntryView:
    name: str
    """The operation's name, a Python literal."""
    arguments: tuple[str, ...]
    """The keyword arguments of its `Operation(...)`, one per line: the defaults left out."""


@dataclass(frozen=True)
class OperationsModuleView:
    template: ClassVar[str] = "package/operations.py.j2"
    operation_import: str
    operations: tuple[OperationEntryView, ...]
    table_docstring: str


@dataclass(frozen=True)
class RootOperationsView:
    template: ClassVar[str] = "package/root_operations.py.j2"
    operation_import: str
    service_imports: tuple[str, ...]
    entries: tuple[str, ...]
    """`_BY_SERVICE`'s entries, one per line."""
    example_key: str


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


@dataclass(frozen=True)
class IteratorView:
    """The `iter_` twin of a paginated operation."""

    name: str
    method: str
    parameters: tuple[str, ...]
    item_annotation: str
    page_attr: str
    call_arguments: tuple[str, ...]
    items_attr: str
    """A Python literal (as is `total_pages_attr`)."""
    total_pages_attr: str


@dataclass(frozen=True)
class MethodView:
    name: str
    parameters: tuple[str, ...]
    """The parameters after `self`, one per line."""
    returns: str
    returns_literal: str
    docstring: str
    prologue: tuple[str, ...]
    """The lines before the call, relative to the method's body: its deprecation warning, the
    dict of its arguments."""
    call_arguments: tuple[str, ...]
    iterators: tuple[IteratorView, ...]
    """Its `iter_` twin, when the operation is paginated."""
    raw_response: str
    """Its line in the WithRawResponse class."""


@dataclass(frozen=True)
class ClientModuleView:
    """`client.py` or `async_client.py` of a page: the class serving its operations."""

    template: ClassVar[str] = "package/client.py.j2"
    is_async: bool
    module_docstring: str
    import_lines: tuple[str, ...]
    """The imports after `from __future__`, one per line, "" for a blank line."""
    class_name: str
    base: str
    class_docstring: ClientDocstringView | ServiceDocstringView
    methods: tuple[MethodView, ...]


@dataclass(frozen=True)
class ServiceAttributeView:
    """A service as an attribute of the root client."""

    name: str
    class_name: str
    title: str
    lazy_import: str
    raw_lazy_import: str


@dataclass(frozen=True)
class RootClientView:
    """`client.py` or `async_client.py` of a package whose client holds services."""

    template: ClassVar[str] = "package/root_client.py.j2"
    is_async: bool
    api_title: str
    base_import: str
    type_checking_imports: tuple[str, ...]
    """The services' classes, for the attributes' annotations, by module."""
    base: str
    class_name: str
    class_docstring: ClientDocstringView
    services: tuple[ServiceAttributeView, ...]


@dataclass(frozen=True)
class ServiceInitView:
    template: ClassVar[str] = "package/service_init.py.j2"
    title: str
    package: str
    attribute: str


View = (
    PyprojectView
    | PackageInitView
    | SettingsView
    | TestingView
    | PytestPluginView
    | ConftestView
    | FakeServerTestView
    | ReadmeView
    | EnumsModuleView
    | ModelsModuleView
    | OperationsModuleView
    | RootOperationsView
    | ClientModuleView
    | RootClientView
    | ServiceInitView
)
"""Any template's view: what generator.sdk.render renders."""


# Building them -------------------------------------------------------------------------


def _api_title(plan: SdkPlan) -> str:
    """The API's title: its pages' one title, or the package's name where they differ."""
    titles = {service.api.title for service in plan.services}
    return titles.pop() if len(titles) == 1 else plan.package.name


def _escaped_title(plan: SdkPlan) -> str:
    """The API's title, escaped for a docstring."""
    return docstring_text(_api_title(plan))


def _api_version(plan: SdkPlan) -> str:
    return ", ".join(dict.fromkeys(service.api.version for service in plan.services))


def _page_title(service: ServicePlan) -> str:
    """What the page is called in docstrings: its group, else its title."""
    return service.api.group or service.api.title


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
        api_title=_escaped_title(plan),
        api_version=docstring_text(_api_version(plan)),
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
    hosts = {service.layout.attribute: service.config.api.base_url for service in plan.attached}
    return SettingsView(
        default_base_url=python_literal(api.base_url),
        service_base_urls=python_literal_at(hosts, 0, "SERVICE_BASE_URLS: Mapping[str, str] = "),
        success_code=python_literal(api.success_code),
        envelope_code=python_literal(api.envelope.code),
        envelope_data=python_literal(api.envelope.data),
        envelope_message=python_literal(api.envelope.message),
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
        api_title=_escaped_title(plan),
        package=package,
        first_key=plan.operations[0].key,
        parameter_error_code=python_literal(plan.config.errors.invalid_parameters.codes[0]),
        client_imports=(
            layout.import_from(0, f"{package}.async_client", ["AsyncClient"]),
            layout.import_from(0, f"{package}.client", ["Client"]),
        ),
    )


def pytest_plugin_view(plan: SdkPlan) -> PytestPluginView:
    package = plan.package.name
    return PytestPluginView(
        package=package,
        api_title=_escaped_title(plan),
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
        envelope_data=python_literal(plan.config.api.envelope.data),
        wrong_passphrase_code=python_literal(plan.config.auth.error_codes.wrong_passphrase),
    )


def readme_view(plan: SdkPlan) -> ReadmeView:
    config = plan.config
    package = plan.package.name
    env = config.auth.environment
    pages = [_ReadmeService(service) for service in plan.services]
    first_page, first = pages[0], plan.operations[0]
    first_arguments = first_page.arguments[first.name]
    iter_calls = [
        f"for item in client.{op.key.removesuffix(op.name)}iter_{op.name}():\n    print(item)"
        for op in plan.operations
        if op.pagination
    ]
    return ReadmeView(
        distribution=plan.package.distribution,
        summary=plan.package.summary,
        api_title=_api_title(plan),
        api_version=_api_version(plan),
        package=package,
        api_key_env=env.api_key,
        api_secret_env=env.api_secret,
        api_passphrase_env=env.api_passphrase,
        hosts=_readme_hosts(plan),
        first_example_imports=first_page.enum_imports,
        operations_heading="Services" if plan.attached else "Operations",
        types_sentence=(
            f"Each service's enumerations are in `{package}.<service>.enums`, its models in\n"
            f"`{package}.<service>.models`."
            if plan.attached
            else f"Enumerations are in `{package}.enums`, models in `{package}.models`."
        ),
        services=tuple(page.view() for page in pages),
        first_call=first.key,
        first_arguments=first_arguments,
        max_retries=str(config.retries.max_retries),
        max_retry_wait_seconds=str(config.retries.max_wait_seconds),
        timestamp_tolerance_seconds=str(config.api.timestamp_tolerance_ms / 1000),
        server_time_path=config.api.server_time_path or "its server-time path",
        pagination=(
            "List operations that take a page number have an `iter_` twin that yields every"
            " item of every\npage:\n\n```python\n" + "\n".join(iter_calls) + "\n```"
            if iter_calls
            else "No operation of this API is paginated."
        ),
    )


def _readme_hosts(plan: SdkPlan) -> str:
    """Where the API lives: the host of the page the client serves itself, and a table of
    the hosts of the services it holds."""
    own = "".join(
        f" The API lives at `{service.config.api.base_url}`; pass `base_url=` to change it."
        for service in plan.services
        if service.layout.attribute is None
    )
    if not plan.attached:
        return own
    rows = [
        f"| `client.{service.layout.attribute}` | {_page_title(service)} |"
        f" `{service.config.api.base_url}` |"
        for service in plan.attached
    ]
    return own + (
        " Each page of the documentation is a service of the client, with its own\nhost; pass"
        ' `base_url=` to send every service elsewhere, or `base_urls={"service": ...}` for\n'
        "some:\n\n| service | documentation | host |\n|---|---|---|\n" + "\n".join(rows) + "\n"
    )


class _ReadmeService:
    """A page's part of the README: its operations with example calls, and the imports the
    examples need."""

    def __init__(self, service: ServicePlan) -> None:
        self.plan = service
        self.enum_names = {e.name for e in service.enums}
        self.model_names = {m.name for m in service.models}
        self.arguments = {op.name: self.example_arguments(op) for op in service.operations}
        examples = list(self.arguments.values())
        module = service.layout.module
        enums = _names_before(r"\.[A-Z_0-9]+\b", examples, self.enum_names)
        models = _names_before(r"\.model_validate\b", examples, self.model_names)
        self.enum_imports = (f"from {module}.enums import {', '.join(enums)}",) if enums else ()
        self.model_imports = (f"from {module}.models import {', '.join(models)}",) if models else ()

    def view(self) -> ReadmeServiceView:
        attribute = self.plan.layout.attribute
        heading, operation_heading = "", "###"
        if attribute is not None:
            heading = (
                f"\n\n### `client.{attribute}`: {_page_title(self.plan)}\n\n"
                f"Host: `{self.plan.config.api.base_url}`."
            )
            operation_heading = "####"
        return ReadmeServiceView(
            heading=heading,
            example_imports=self.enum_imports + self.model_imports,
            operations=tuple(
                ReadmeOperationView(
                    heading=operation_heading,
                    call=op.key,
                    summary=op.summary,
                    method=op.method,
                    path=op.path,
                    lead=tuple(_first_sentences(op.description)),
                    example_arguments=self.arguments[op.name],
                )
                for op in self.plan.operations
            ),
        )

    def example_arguments(self, op: OperationPlan) -> str:
        """Python call arguments for the operation's example inputs: its fixture's request,
        so the README shows what the fake server answers."""
        request = op.example["request"]
        assert isinstance(request, dict)
        if op.array_argument:
            return python_literal(request.get("body"))
        parts = []
        for argument in op.arguments:
            values = request.get(argument.location)
            if isinstance(values, dict) and argument.alias in values:
                value = self.example_literal(argument.annotation, values[argument.alias])
                parts.append(f"{argument.attr}={value}")
        return ", ".join(parts)

    def example_literal(self, annotation: TypeRef, value: JsonValue) -> str:
        enum = next((e for e in self.plan.enums if e.name == annotation.text), None)
        if enum is not None:
            member = next((m for m in enum.members if m.value == value), None)
            if member is not None:
                return f"{enum.name}.{member.name}"
        inner = annotation.item.text if annotation.item is not None else None
        if inner in self.model_names and isinstance(value, list):
            items = ", ".join(f"{inner}.model_validate({python_literal(v)})" for v in value)
            return f"[{items}]"
        return python_literal(value)


def _names_before(suffix: str, texts: list[str], known: set[str]) -> list[str]:
    """The known class names that appear in `texts` followed by `suffix` (a regex)."""
    pattern = re.compile(r"\b([A-Z]\w*)" + suffix)
    return ruff_sorted({m.group(1) for text in texts for m in pattern.finditer(text)} & known)


def _first_sentences(text: str | None) -> Iterable[str]:
    """The description's first sentence, for a one-line summary in the README; nothing
    without a description."""
    if not text:
        return
    paragraph = text.split("\n\n", 1)[0]
    match = re.match(r"(.+?[.!?])(\s|$)", paragraph)
    yield match.group(1) if match else paragraph


# A page's modules ----------------------------------------------------------------------


def _type_imports(types: Iterable[TypeRef]) -> set[str]:
    """Every name the types need in scope."""
    return {name for type_ in types for name in type_.imports}


def _exploded_import(indent: int, module: str, names: Sequence[str]) -> tuple[str, ...]:
    """`from module import (` one name per line `)`, as lines: how the page's own classes
    are imported, whatever their number (black keeps the trailing comma's layout)."""
    if not names:
        return ()
    pad = " " * indent
    return (
        f"{pad}from {module} import (",
        *(f"{pad}    {name}," for name in names),
        f"{pad})",
    )


def enums_module_view(plan: SdkPlan, service: ServicePlan) -> EnumsModuleView:
    """A page's `enums.py`: its own enums, and those the package shares, re-exported."""
    own = tuple(enum for enum in service.enums if enum.name not in service.shared_enums)
    shared = ruff_sorted(service.shared_enums)
    blocks = list(_enum_base_import(own))
    if shared:
        exported = sorted(enum.name for enum in service.enums)
        blocks.append(layout.import_from(0, f"{plan.package.name}._enums", shared))
        blocks.append(python_literal_at(exported, 0, "__all__ = "))
    return EnumsModuleView(_escaped_title(plan), tuple(blocks), tuple(map(_enum_view, own)))


def shared_enums_module_view(plan: SdkPlan) -> EnumsModuleView:
    """The package's `_enums.py`: the enums identical on several pages, defined once."""
    enums = plan.shared_enums
    return EnumsModuleView(
        _escaped_title(plan), _enum_base_import(enums), tuple(map(_enum_view, enums))
    )


def _enum_base_import(enums: Sequence[EnumClass]) -> tuple[str, ...]:
    """The import of the enums' base classes; none without enums."""
    bases = ruff_sorted({enum.base for enum in enums})
    return (f"from enum import {', '.join(bases)}",) if bases else ()


def _enum_view(enum: EnumClass) -> EnumView:
    fields = ", ".join(f"`{name}`" for name in enum.used_by if name)
    lines: list[str] = []
    for member in enum.members:
        lines.append(layout.assignment(4, member.name, python_literal(member.value)))
        if member.description:
            lines.append(docstring_literal(member.description, 4))
    return EnumView(
        name=enum.name,
        base=enum.base,
        docstring=docstring_literal(f"Values of {fields}." if fields else "Allowed values.", 4),
        lines=tuple(lines),
    )


def models_module_view(plan: SdkPlan, service: ServicePlan) -> ModelsModuleView:
    types = [f.annotation for m in service.models for f in m.fields]
    types += [m.root for m in service.models if m.root]
    types += [op.response_annotation for op in service.operations]
    names = _type_imports(types)
    has_rules = any(m.rules for m in service.models)
    typing_names = ["Annotated"] if "Annotated" in names else []
    typing_names += ["Any", "ClassVar"] if has_rules else ["Any"]
    # RequestModel types REQUEST_MODELS, so it is imported even with no request model.
    base_names = ["RequestModel"]
    base_names += ["ResponseModel"] if any(m.kind == "response" for m in service.models) else []
    base_names += ["Rule"] if has_rules else []
    enums = ruff_sorted(names & {e.name for e in service.enums})
    return ModelsModuleView(
        api_title=_escaped_title(plan),
        standard_imports=(
            "from collections.abc import Mapping",
            *(["from decimal import Decimal"] if "Decimal" in names else []),
            f"from typing import {', '.join(typing_names)}",
        ),
        package_imports=(
            layout.import_from(0, f"{plan.package.name}._base", base_names),
            *_exploded_import(0, f"{service.layout.module}.enums", enums),
        ),
        models=tuple(map(_model_view, service.models)),
        request_models=tuple(
            f"{python_literal(op.name)}: {op.request_model},"
            for op in service.operations
            if op.request_model
        ),
        response_types=tuple(
            f"{python_literal(op.name)}: {op.response_annotation}," for op in service.operations
        ),
    )


def _model_view(model: ModelClass) -> ModelView:
    docstring = docstring_literal(model.description or model.name, 4)  # the plan gives one
    if model.root is not None:
        return ModelView(model.name, f"RootModel[{model.root}]", docstring, ())
    base = "RequestModel" if model.kind == "request" else "ResponseModel"
    body = ["\n".join(f"    {_field_declaration(field)}" for field in model.fields)]
    body += [_rules_block(model.rules)] if model.rules else []
    return ModelView(model.name, base, docstring, tuple(body))


def _field_declaration(field: ModelField) -> str:
    arguments: list[str] = [] if field.required else ["default=None"]
    if field.alias != field.attr and field.alias_is_unique:
        arguments.append(f"alias={python_literal(field.alias)}")
    arguments += [f"{key}={python_literal(value)}" for key, value in field.constraints]
    if field.union_left_to_right:
        arguments.append('union_mode="left_to_right"')
    if field.description:
        arguments.append(f"description={python_literal(field.description)}")
    optional = "" if field.required else " | None"
    return layout.bracketed(4, f"{field.attr}: {field.annotation}{optional} = Field", arguments)


def _rules_block(rules: Sequence[RuleCheck]) -> str:
    """`__rules__`: the model's cross-field rules, each a `Rule(...)` with the keyword
    arguments it needs."""
    lines = ["    __rules__: ClassVar[tuple[Rule, ...]] = ("]
    for rule in rules:
        arguments = [python_literal(rule.kind), python_literal(rule.fields)]
        arguments.append(python_literal(rule.message))
        if rule.when:
            arguments.append(f"when={python_literal(rule.when)}")
        if rule.when_set:
            arguments.append(f"when_set={python_literal(rule.when_set)}")
        if rule.unless:
            arguments.append(f"unless={python_literal(rule.unless)}")
        lines += ["        Rule(", *(f"            {a}," for a in arguments), "        ),"]
    return "\n".join([*lines, "    )"])


def operations_module_view(plan: SdkPlan, service: ServicePlan) -> OperationsModuleView:
    entries = tuple(_operation_entry(op, service) for op in service.operations)
    names = ["Input", "Operation"] if any(op.arguments for op in service.operations) else []
    return OperationsModuleView(
        operation_import=layout.import_from(
            0, f"{plan.package.name}._operation", names or ["Operation"]
        ),
        operations=entries,
        table_docstring=(
            "Every operation, by name."
            if service.layout.attribute is None
            else "Every operation of the page, by name (the package's `operations` has them all)."
        ),
    )


def _operation_entry(op: OperationPlan, service: ServicePlan) -> OperationEntryView:
    """An operation's entry in OPERATIONS, each Input laid out as black lays it out."""
    arguments = [
        f"name={python_literal(op.name)},",
        f"method={python_literal(op.method)},",
        f"path={python_literal(op.path)},",
        f"summary={python_literal(op.summary)},",
    ]
    calls = [
        (python_literal(a.attr), python_literal(a.alias), python_literal(a.location))
        for a in op.arguments
    ]
    one_line = layout.inline([f"Input({', '.join(call)})" for call in calls], collection=True)
    if calls and layout.width(f"{' ' * 12}inputs={one_line},") <= layout.LINE_LENGTH:
        arguments.append(f"inputs={one_line},")
    elif calls:
        arguments += [
            "inputs=(",
            *(f"    {layout.bracketed(16, 'Input', list(call), ',')}" for call in calls),
            "),",
        ]
    # Operation's keyword arguments with their defaults: only those that differ are written.
    optional: list[tuple[str, JsonValue, JsonValue]] = [
        ("body", op.body_kind, None),
        ("deprecated", op.deprecated, False),
        ("newer_twin", op.see_also, None),
        ("service", op.service, None),
        ("models", service.layout.within("models"), "models"),
    ]
    arguments += [f"{key}={python_literal(v)}," for key, v, default in optional if v != default]
    return OperationEntryView(python_literal(op.name), tuple(arguments))


def root_operations_view(plan: SdkPlan) -> RootOperationsView:
    """The package's `operations.py` where the client holds services: every service's table."""
    package = plan.package.name
    services = [(s.layout.attribute or "", f"{s.layout.module}.operations") for s in plan.attached]
    return RootOperationsView(
        operation_import=layout.import_from(0, f"{package}._operation", ["Operation"]),
        service_imports=tuple(
            layout.import_from(0, module, [f"OPERATIONS as {name.upper()}"])
            for name, module in sorted(services, key=lambda service: service[1])
        ),
        entries=tuple(f"{python_literal(name)}: {name.upper()}," for name, _ in services),
        example_key=plan.attached[0].operations[0].key,
    )


def _options_paragraph(hosts: str, raw_response: str) -> str:
    """The client docstring's paragraph on options, wrapped at the docstring's indent."""
    text = (
        f"Options: {hosts} `timeout` (seconds per attempt, connect to last byte),"
        " `total_timeout` (seconds per call, retries included), `max_retries`,"
        " `max_retry_wait`, `max_response_bytes` (the largest answer read), `headers` (sent"
        " with every request), `allow_insecure_http` and `transport`. `with_options(...)` gives a"
        f" copy with other options for some calls; {raw_response} returns a call's HTTP"
        " response with its data."
    )
    if text.startswith("Options: the services"):
        text = "The client serves" + text.removeprefix("Options:")
    return textwrap.fill(text, 92, subsequent_indent="    ", break_on_hyphens=False)


def _client_docstring(plan: SdkPlan, is_async: bool, options: str) -> ClientDocstringView:
    env = plan.config.auth.environment
    return ClientDocstringView(
        is_async=is_async,
        api_title=_escaped_title(plan),
        api_key_env=docstring_text(env.api_key),
        api_secret_env=docstring_text(env.api_secret),
        api_passphrase_env=docstring_text(env.api_passphrase),
        options=options,
    )


def client_module_view(plan: SdkPlan, service: ServicePlan, is_async: bool) -> ClientModuleView:
    """A page's client module: the package's client, or a service the client holds."""
    operations = service.operations
    flavour = "Asynchronous" if is_async else "Synchronous"
    prefix = "Async" if is_async else ""
    class_docstring: ClientDocstringView | ServiceDocstringView
    if service.layout.attribute is None:
        module_docstring = (
            f"{flavour} client for {_escaped_title(plan)}: one method per operation of the"
            " documentation."
        )
        host = docstring_text(service.config.api.base_url)
        options = _options_paragraph(
            f"`base_url` (default {host}),", "`with_raw_response.<operation>(...)`"
        )
        class_docstring = _client_docstring(plan, is_async, options)
    else:
        title = docstring_text(_page_title(service))
        module_docstring = (
            f"{flavour} service for the {title} endpoints: one method per operation of the page."
        )
        class_docstring = ServiceDocstringView(title, f"{prefix}Client")
    wrapper = "async_raw_response_wrapper" if is_async else "raw_response_wrapper"
    return ClientModuleView(
        is_async=is_async,
        module_docstring=module_docstring,
        import_lines=_client_imports(plan, service, is_async, wrapper),
        class_name=prefix + service.layout.class_name,
        base=("Async" if is_async else "Sync") + service.layout.base,
        class_docstring=class_docstring,
        methods=tuple(_method_view(op, is_async, wrapper) for op in operations),
    )


def _client_imports(
    plan: SdkPlan, service: ServicePlan, is_async: bool, wrapper: str
) -> tuple[str, ...]:
    operations = service.operations
    types = [op.response_annotation for op in operations]
    types += [a.annotation for op in operations for a in op.arguments]
    types += [op.array_item_annotation for op in operations if op.array_item_annotation]
    types += [op.pagination.item_annotation for op in operations if op.pagination]
    names = _type_imports(types)
    abc_names = []
    if any(op.pagination for op in operations):
        abc_names.append("AsyncIterator" if is_async else "Iterator")
    if any(op.array_argument for op in operations):
        abc_names += ["Mapping", "Sequence"]
    models = ruff_sorted(names & {m.name for m in service.models})
    enums = ruff_sorted(names & {e.name for e in service.enums})
    uses_annotated = "Annotated" in names
    # TYPE_CHECKING guards the imports only type hints need; a page without them has none.
    type_checking = [
        *(["    from pydantic import Field"] if uses_annotated else []),
        *_exploded_import(4, f"{service.layout.module}.enums", enums),
        *_exploded_import(4, f"{service.layout.module}.models", models),
    ]
    typing_names = ["TYPE_CHECKING"] if type_checking else []
    typing_names += ["Annotated"] if uses_annotated else []
    # Any types the arguments dict of an operation with inputs, and array-body items.
    if any(op.arguments or op.array_argument for op in operations):
        typing_names.append("Any")
    typing_names.append("cast")
    standard = [
        *(["import warnings"] if any(op.deprecated for op in operations) else []),
        *([f"from collections.abc import {', '.join(abc_names)}"] if abc_names else []),
        *(["from decimal import Decimal"] if "Decimal" in names else []),
        "from functools import cached_property",
        f"from typing import {', '.join(typing_names)}",
    ]
    package = plan.package.name
    own = [
        f"from {package}._client import {('Async' if is_async else 'Sync') + service.layout.base}",
        f"from {package}._response import {wrapper}",
        f"from {service.layout.module}.operations import OPERATIONS",
    ]
    # Third-party (pydantic) and the package's own imports are separate groups.
    if uses_annotated and len(type_checking) > 1:
        type_checking.insert(1, "")
    guarded = ["", "if TYPE_CHECKING:", *type_checking] if type_checking else []
    return (*standard, "", *own, *guarded)


def _method_view(op: OperationPlan, is_async: bool, wrapper: str) -> MethodView:
    returns = "None" if op.response_annotation == NONE_TYPE else f"{op.response_annotation} | None"
    parameters = _parameters(op)
    if op.array_argument:
        item = op.array_item_annotation or "Any"
        parameters = (f"{op.array_argument}: Sequence[{item} | Mapping[str, Any]],", *parameters)
    prologue: list[str] = []
    if op.deprecated:
        message = python_literal(f"{op.name} is deprecated by the API documentation")
        prologue += ["warnings.warn(", f"    {message},", "    DeprecationWarning,"]
        prologue += ["    stacklevel=2,", ")"]
    call_arguments = [f"OPERATIONS[{python_literal(op.name)}],"]
    if op.arguments:
        prologue.append("_arguments: dict[str, Any] = {")
        prologue += [f"    {python_literal(a.attr)}: {a.attr}," for a in op.arguments]
        prologue.append("}")
        call_arguments.append("_arguments,")
    if op.array_argument:
        call_arguments.append(f"items={op.array_argument},")
    return MethodView(
        name=op.name,
        parameters=parameters,
        returns=returns,
        returns_literal=python_literal(returns),
        docstring=docstring_literal(_operation_docstring(op), 8),
        prologue=tuple(prologue),
        call_arguments=tuple(call_arguments),
        iterators=(_iterator_view(op),) if op.pagination else (),
        raw_response=layout.bracketed(8, f"self.{op.name} = {wrapper}", [f"client.{op.name}"]),
    )


def _parameters(op: OperationPlan) -> tuple[str, ...]:
    """The keyword-only parameters of the operation's method, after `*`."""
    if not op.arguments:
        return ()
    return (
        "*,",
        *(
            f"{a.attr}: {a.annotation}{'' if a.required else ' | None = None'},"
            for a in op.arguments
        ),
    )


def _iterator_view(op: OperationPlan) -> IteratorView:
    assert op.pagination is not None
    page = op.pagination.page_attr
    return IteratorView(
        name=f"iter_{op.name}",
        method=op.name,
        parameters=_parameters(op),
        item_annotation=str(op.pagination.item_annotation),
        page_attr=page,
        call_arguments=tuple(
            f"{a.attr}={'_page' if a.attr == page else a.attr}," for a in op.arguments
        ),
        items_attr=python_literal(op.pagination.items_attr),
        total_pages_attr=python_literal(op.pagination.total_pages_attr),
    )


def _operation_docstring(op: OperationPlan) -> str:
    parts = [op.summary + ("" if op.summary.endswith(".") else "."), f"`{op.method} {op.path}`"]
    if op.description:
        parts.append(op.description)
    if op.see_also:
        parts.append(
            f"The API also has a newer operation for this, `{op.see_also}`; prefer it in new code."
        )
    if op.pagination:
        parts.append(f"`iter_{op.name}()` walks every page of this list.")
    described = [a for a in op.arguments if a.description]
    if described:
        parts.append("Args:\n" + "\n".join(f"    {a.attr}: {a.description}" for a in described))
    return "\n\n".join(parts)


def root_client_view(plan: SdkPlan, is_async: bool) -> RootClientView:
    """The package's client where it holds services: one attribute per service."""
    prefix = "Async" if is_async else ""
    module = "async_client" if is_async else "client"
    base = ("Async" if is_async else "Sync") + "ClientBase"
    attributes = [service.layout.attribute or "" for service in plan.attached]
    options = _options_paragraph(
        "the services "
        + ", ".join(f"`{name}`" for name in attributes)
        + ", each a page of the documentation with its own host. Options: `base_url`"
        " (every service's host), `base_urls` (by service),",
        "`with_raw_response.<service>.<operation>(...)`",
    )
    services = []
    type_checking = {}
    for service, name in zip(plan.attached, attributes, strict=True):
        class_name = prefix + service.layout.class_name
        raw = f"{class_name}WithRawResponse"
        client_module = f"{service.layout.module}.{module}"
        type_checking[client_module] = layout.import_from(4, client_module, [class_name, raw])
        services.append(
            ServiceAttributeView(
                name=name,
                class_name=class_name,
                title=docstring_text(_page_title(service)),
                lazy_import=layout.import_from(8, client_module, [class_name]),
                raw_lazy_import=layout.import_from(8, client_module, [raw]),
            )
        )
    return RootClientView(
        is_async=is_async,
        api_title=_escaped_title(plan),
        base_import=f"from {plan.package.name}._client import {base}",
        type_checking_imports=tuple(line for _, line in sorted(type_checking.items())),
        base=base,
        class_name=f"{prefix}Client",
        class_docstring=_client_docstring(plan, is_async, options),
        services=tuple(services),
    )


def service_init_view(plan: SdkPlan, service: ServicePlan) -> ServiceInitView:
    return ServiceInitView(
        title=docstring_text(_page_title(service)),
        package=plan.package.name,
        attribute=service.layout.attribute or "",
    )
