"""The per-spec config: what a page does not say, validated into frozen dataclasses.

A page `spec/NAME.md` is generated with `spec/NAME.yaml`, which may `extends:` a shared file
(a path relative to it, or `sdkgen:NAME` for a config built into sdkgen, such as
`sdkgen:defaults`); mappings merge key by key, the page's own file winning. A page with no
config beside it is generated with the built-in defaults. Every error names the file and the
key path (`spec/futures-order.yaml: rule_sets.order_placement[1]: ...`).

Paths in a config (`package.output`) are relative to the folder of the file that states them,
never to the working directory: the same command writes to the same place from anywhere.
"""

from __future__ import annotations

import keyword
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import yaml

from generator.diagnostics import ParseError, SourceLocation
from generator.distribution import (
    PEP440_HINT,
    distribution_name_for,
    distribution_name_problem,
    normalized_version,
    package_name_problem,
)
from generator.ir.corrections import CORRECTABLE, Correction, fact_problem


class ConfigError(ParseError):
    """The config file is missing, malformed or names something the page does not have."""

    def __init__(self, file: str, key_path: str, message: str) -> None:
        prefix = f"{key_path}: " if key_path else ""
        super().__init__(SourceLocation(file, 1), prefix + message)


@dataclass(frozen=True)
class PackageConfig:
    name: str
    distribution: str
    version: str
    summary: str
    output: Path | None = None
    """The default output folder, already resolved against the config file's folder."""


@dataclass(frozen=True)
class ErrorClass:
    """The envelope codes and HTTP statuses that raise one typed error."""

    codes: tuple[str, ...] = ()
    http_statuses: tuple[int, ...] = ()


@dataclass(frozen=True)
class Errors:
    """Which answers raise which typed error (any other error code: the base class)."""

    rate_limit: ErrorClass
    invalid_parameters: ErrorClass
    authentication: ErrorClass = ErrorClass()

    def by_kind(self) -> tuple[tuple[str, ErrorClass], ...]:
        return (
            ("rate_limit", self.rate_limit),
            ("authentication", self.authentication),
            ("invalid_parameters", self.invalid_parameters),
        )


@dataclass(frozen=True)
class Envelope:
    """The keys of the JSON object every answer is wrapped in."""

    code: str
    data: str
    message: str


@dataclass(frozen=True)
class ApiFacts:
    """Facts of the API the page does not carry."""

    base_url: str
    success_code: str
    envelope: Envelope
    not_found_code: str
    timestamp_tolerance_ms: int = 5000
    """How far a request's timestamp may be from the server's clock."""
    server_time_path: str | None = None
    """GET path answering the server's time in ms, to correct a client's clock skew."""


@dataclass(frozen=True)
class CredentialsEnvironment:
    """The environment variables a client reads its credentials from."""

    api_key: str
    api_secret: str
    api_passphrase: str


@dataclass(frozen=True)
class AuthErrorCodes:
    """What the API answers when a request's credentials are wrong."""

    missing_header: str
    invalid_timestamp: str
    unknown_key: str
    wrong_passphrase: str
    wrong_signature: str


@dataclass(frozen=True)
class Auth:
    key_version: str
    environment: CredentialsEnvironment
    error_codes: AuthErrorCodes


@dataclass(frozen=True)
class RateLimitHeaders:
    limit: str
    remaining: str
    reset_ms: str


@dataclass(frozen=True)
class RetryPolicy:
    """When a client sends a failed call again (see the runtime's `_retry`)."""

    max_retries: int
    methods: tuple[str, ...]
    """Methods retried on any transient failure: reads, which change nothing."""
    http_statuses: tuple[int, ...]
    backoff_seconds: float = 0.5
    max_backoff_seconds: float = 8.0
    max_wait_seconds: float = 60.0
    """The longest server-requested wait a client sits out before retrying."""


@dataclass(frozen=True)
class PaginationNames:
    """Wire names that make a list operation paginated: query page and page size, data's
    total pages and items."""

    page: str
    page_size: str
    total_pages: str
    items: str


@dataclass(frozen=True)
class FieldBounds:
    """Bounds the page states in prose for a field, by its wire name."""

    min_length: int | None = None
    max_length: int | None = None
    minimum: int | float | None = None
    maximum: int | float | None = None


RuleAction = Literal["optional", "require", "forbid", "exactly_one_of", "at_least_one_of"]
RULE_ACTIONS: tuple[RuleAction, ...] = (
    "optional",
    "require",
    "forbid",
    "exactly_one_of",
    "at_least_one_of",
)


@dataclass(frozen=True)
class Rule:
    """One cross-field rule. Exactly one of the actions (optional, require, forbid,
    exactly_one_of, at_least_one_of) is set; `when`/`when_set` say when it applies, `unless`
    when it does not. The fields of an unconditional exactly_one_of or at_least_one_of are
    optional one by one, whatever the page's `required` says: the rule decides."""

    when: tuple[tuple[str, Any], ...] = ()
    when_set: str | None = None
    unless: tuple[tuple[str, Any], ...] = ()
    optional: tuple[str, ...] = ()
    require: tuple[str, ...] = ()
    forbid: tuple[str, ...] = ()
    exactly_one_of: tuple[str, ...] = ()
    at_least_one_of: tuple[str, ...] = ()
    why: str | None = None

    def fields(self) -> tuple[str, ...]:
        """Every wire name the rule mentions."""
        conditions = tuple(name for name, _ in (*self.when, *self.unless))
        own = (
            *self.optional,
            *self.require,
            *self.forbid,
            *self.exactly_one_of,
            *self.at_least_one_of,
        )
        return (*conditions, *((self.when_set,) if self.when_set else ()), *own)

    @property
    def is_conditional(self) -> bool:
        return bool(self.when or self.when_set or self.unless)

    def relaxes(self) -> tuple[str, ...]:
        """The wire names this rule makes optional whatever the page's `required` says."""
        if self.optional:
            return self.optional
        if self.is_conditional:
            return ()
        return (*self.exactly_one_of, *self.at_least_one_of)


@dataclass(frozen=True)
class OperationConfig:
    rules: tuple[Rule, ...] = ()
    fields: Mapping[str, FieldBounds] = field(default_factory=dict)
    corrections: tuple[Correction, ...] = ()
    """Facts of the page the maintainer sets right (generator.ir.corrections)."""


@dataclass(frozen=True)
class ServiceSource:
    """One page of a package composed from several: `client.<name>` serves its operations."""

    name: str
    page: Path
    """The page, resolved against the folder of the config that lists it."""
    config: Path | None = None
    """The page's own config (its rules and bounds); None: NAME.yaml beside the page, else
    the built-in defaults."""
    base_url: str | None = None
    """The service's host; None: the page config's api.base_url."""


@dataclass(frozen=True)
class Config:
    file: str
    package: PackageConfig | None
    """None when the config does not name the package (the CLI's --package does)."""
    api: ApiFacts
    auth: Auth
    errors: Errors
    rate_limit_headers: RateLimitHeaders
    retries: RetryPolicy
    pagination: PaginationNames | None = None
    fields: Mapping[str, FieldBounds] = field(default_factory=dict)
    operations: Mapping[str, OperationConfig] = field(default_factory=dict)
    sources: tuple[str, ...] = ()
    """Every file merged into this config (`file` first, then what it extends, in order)."""
    services: tuple[ServiceSource, ...] = ()
    """The pages of a package composed from several (a composition config); () for a page's
    own config."""

    def operation(self, name: str) -> OperationConfig:
        return self.operations.get(name, OperationConfig())

    def corrections(self) -> dict[str, tuple[Correction, ...]]:
        """Every operation's corrections, by operation name."""
        return {name: op.corrections for name, op in self.operations.items() if op.corrections}

    def bounds(self, operation: str) -> dict[str, FieldBounds]:
        """The bounds for the fields of `operation`, by wire name: the config's `fields`, and
        the operation's own `fields` over them."""
        return dict(self.fields) | dict(self.operation(operation).fields)


ERROR_KINDS = ("rate_limit", "authentication", "invalid_parameters")


BUILTIN_PREFIX = "sdkgen:"
"""`extends: sdkgen:NAME` names a config shipped inside sdkgen (this folder's NAME.yaml)."""
_BUILTIN_FOLDER = Path(__file__).resolve().parent
BUILTIN_DEFAULTS = _BUILTIN_FOLDER / "defaults.yaml"
"""The KuCoin Futures defaults, `sdkgen:defaults`: base URL, envelope, auth, errors, retries."""


def config_path_for(page: Path) -> Path:
    """The config of `page`: `NAME.yaml` beside it if there is one, else sdkgen's built-in
    defaults. Never a file found through the working directory."""
    beside = page.with_suffix(".yaml")
    return beside if beside.exists() else BUILTIN_DEFAULTS


# The client's own attributes, and the package's modules a service's subpackage would hide.
_RESERVED_SERVICE_NAMES = frozenset(
    {"call", "close", "aclose", "rate_limit", "max_retries", "max_retry_wait"}
    | {"with_options", "with_raw_response", "clock_offset_ms"}
    | {"client", "async_client", "enums", "models", "operations", "testing", "errors"}
    | {"fixtures", "pytest_plugin", "tests"}
)


def service_name_problem(name: str) -> str | None:
    """Why `name` cannot name a service (`client.<name>`, the subpackage `<package>.<name>`),
    or None if it can."""
    if not name.isidentifier() or not name.isascii() or name.startswith("_"):
        return "is not a lower-case identifier (letters, digits and _, no leading _)"
    if name != name.lower():
        return "is not a lower-case identifier (letters, digits and _, no leading _)"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        return "is a Python keyword"
    if name in _RESERVED_SERVICE_NAMES:
        return "is taken by the client or the package itself"
    return None


def package_for(
    config: Config, api_title: str, api_version: str, name: str | None, title: SourceLocation
) -> PackageConfig:
    """The package to generate: the config's, renamed to `name` (the CLI's --package) if
    given; or, for a config without a package section, one named `name` with the rest derived
    from the API. `title` locates the page's title, which gives the API's version.

    Raises ValueError for a bad --package, ParseError for a page version that is no PEP 440
    version, ConfigError when nothing names the package."""
    if name is not None:
        problem = package_name_problem(name)
        if problem is not None:
            raise ValueError(f"--package {name!r} {problem}; choose another name")
    if config.package is not None:
        return config.package if name is None else replace(config.package, name=name)
    if name is None:
        raise ConfigError(
            config.file, "package", "no package name: pass --package or set package.name"
        )
    version = normalized_version(api_version)
    if version is None:
        raise ParseError(
            title,
            f"the page's version {api_version!r} {PEP440_HINT}; set package.version in a "
            "config beside the page",
        )
    return PackageConfig(
        name=name,
        distribution=distribution_name_for(name),
        version=version,
        summary=f"Typed Python client for the {api_title} API.",
    )


ReadText = Callable[[Path], str]
"""How a config file's text is read: from disk, or as committed at a git revision."""


def load_config(path: Path, read: ReadText | None = None) -> Config:
    """Read, merge (`extends`) and validate a config file. `read` reads each file the config
    is made of (default: from disk; sdkgen's built-in configs are always read from disk)."""
    sources: list[str] = []
    data = _load_merged(path, seen=(), sources=sources, read=read)
    return replace(_Validator(str(path)).config(data), sources=tuple(sources))


def _load_merged(
    path: Path, seen: tuple[Path, ...], sources: list[str], read: ReadText | None
) -> dict[str, Any]:
    file = str(path)
    sources.append(file)
    if path.resolve() in seen:
        raise ConfigError(file, "extends", "config files extend each other in a cycle")
    if read is None or path.resolve().parent == _BUILTIN_FOLDER:
        read = _read_file
    try:
        data = yaml.safe_load(read(path))
    except FileNotFoundError:
        raise ConfigError(
            file, "", "config file not found (a page NAME.md needs NAME.yaml)"
        ) from None
    except yaml.YAMLError as error:
        raise ConfigError(file, "", f"not valid YAML: {' '.join(str(error).split())}") from None
    if not isinstance(data, dict):
        raise ConfigError(file, "", "the config must be a mapping")
    _resolve_output(data, path.parent)
    parent = data.pop("extends", None)
    if parent is None:
        return data
    if not isinstance(parent, str) or not parent:
        raise ConfigError(file, "extends", f"must be a relative file path or {BUILTIN_PREFIX}NAME")
    extended = _extended_path(file, path.parent, parent)
    base = _load_merged(extended, (*seen, path.resolve()), sources, read)
    return _merge(base, data)


def _read_file(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _extended_path(file: str, folder: Path, parent: str) -> Path:
    if not parent.startswith(BUILTIN_PREFIX):
        return folder / parent
    name = parent.removeprefix(BUILTIN_PREFIX)
    known = sorted(BUILTIN_PREFIX + p.stem for p in _BUILTIN_FOLDER.glob("*.yaml"))
    builtin = _BUILTIN_FOLDER / f"{name}.yaml"
    if "/" in name or "\\" in name or not builtin.is_file():
        raise ConfigError(
            file, "extends", f"no built-in config {parent!r}; sdkgen ships {', '.join(known)}"
        )
    return builtin


def _resolve_output(data: dict[str, Any], folder: Path) -> None:
    """Make the paths a file states (`package.output`, a service's `page` and `config`)
    relative to `folder`, the folder of that file, so a file that extends another keeps the
    meaning each file gave them. A value of the wrong type is left for validation to name."""
    package = data.get("package")
    if isinstance(package, dict) and isinstance(package.get("output"), str) and package["output"]:
        # Lexically, so `spec/../generated` is reported as `generated`.
        package["output"] = os.path.normpath(folder / package["output"])
    services = data.get("services")
    for entry in services.values() if isinstance(services, dict) else ():
        for key in ("page", "config"):
            if isinstance(entry, dict) and isinstance(entry.get(key), str) and entry[key]:
                entry[key] = os.path.normpath(folder / entry[key])


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


class _Validator:
    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, key: str, message: str) -> ConfigError:
        return ConfigError(self.file, key, message)

    def mapping(self, data: Any, key: str, allowed: set[str] | None = None) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(key, "must be a mapping")
        if allowed is not None and set(data) - allowed:
            raise self.fail(key, f"unknown key(s) {sorted(set(data) - allowed)}")
        return data

    def text(self, data: dict[str, Any], name: str, key: str) -> str:
        value = data.get(name)
        if not isinstance(value, str) or not value:
            raise self.fail(f"{key}.{name}" if key else name, "must be a non-empty string")
        return value

    def strings(self, value: Any, key: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail(key, "must be a list of non-empty strings")
        return tuple(value)

    def config(self, data: dict[str, Any]) -> Config:
        top = {"api", "auth", "errors", "rate_limit_headers", "retries", "pagination"}
        top |= {"package", "fields", "rule_sets", "operations", "services"}
        self.mapping(data, "", top)
        package = data.get("package")
        rule_sets = {
            name: tuple(
                self.rule(rule, f"rule_sets.{name}[{index}]") for index, rule in enumerate(rules)
            )
            for name, rules in self.mapping(data.get("rule_sets", {}), "rule_sets").items()
            if self.is_list(rules, f"rule_sets.{name}")
        }
        return Config(
            file=self.file,
            package=None if package is None else self.package(package),
            services=self.services(data.get("services")),
            api=self.api(data.get("api")),
            auth=self.auth(data.get("auth")),
            errors=self.errors(data.get("errors", {})),
            rate_limit_headers=self.rate_limit_headers(data.get("rate_limit_headers")),
            retries=self.retries(data.get("retries")),
            pagination=(
                self.pagination(data["pagination"]) if data.get("pagination") is not None else None
            ),
            fields=self.field_bounds(data.get("fields", {}), "fields"),
            operations={
                name: self.operation(value, f"operations.{name}", rule_sets)
                for name, value in self.mapping(data.get("operations", {}), "operations").items()
            },
        )

    def services(self, data: Any) -> tuple[ServiceSource, ...]:
        if data is None:
            return ()
        entries = self.mapping(data, "services")
        if not entries:
            raise self.fail("services", "must list at least one page")
        result = []
        for name, value in entries.items():
            key = f"services.{name}"
            problem = service_name_problem(str(name))
            if problem is not None:
                raise self.fail(key, f"{name!r} {problem}")
            entry = self.mapping(value, key, {"page", "config", "base_url"})
            page = self.text(entry, "page", key)
            config = entry.get("config")
            if config is not None and (not isinstance(config, str) or not config):
                raise self.fail(f"{key}.config", "must be a file path (relative to this file)")
            base_url = entry.get("base_url")
            if base_url is not None and (not isinstance(base_url, str) or not base_url):
                raise self.fail(f"{key}.base_url", "must be a URL")
            # Paths are already resolved against the file that states them (_load_merged).
            result.append(
                ServiceSource(
                    name=str(name),
                    page=Path(page),
                    config=None if config is None else Path(config),
                    base_url=base_url,
                )
            )
        return tuple(result)

    def api(self, data: Any) -> ApiFacts:
        allowed = {"base_url", "success_code", "envelope", "not_found_code"}
        allowed |= {"timestamp_tolerance_ms", "server_time_path"}
        api = self.mapping(data, "api", allowed)
        envelope = self.mapping(api.get("envelope"), "api.envelope", {"code", "data", "message"})
        server_time_path = api.get("server_time_path")
        if server_time_path is not None and (
            not isinstance(server_time_path, str) or not server_time_path.startswith("/")
        ):
            raise self.fail("api.server_time_path", "must be a path starting with '/'")
        return ApiFacts(
            base_url=self.text(api, "base_url", "api"),
            success_code=self.text(api, "success_code", "api"),
            envelope=Envelope(
                code=self.text(envelope, "code", "api.envelope"),
                data=self.text(envelope, "data", "api.envelope"),
                message=self.text(envelope, "message", "api.envelope"),
            ),
            not_found_code=self.text(api, "not_found_code", "api"),
            timestamp_tolerance_ms=self.count(
                api.get("timestamp_tolerance_ms", 5000), "api.timestamp_tolerance_ms"
            ),
            server_time_path=server_time_path,
        )

    def auth(self, data: Any) -> Auth:
        auth = self.mapping(data, "auth", {"key_version", "environment", "error_codes"})
        codes = self.mapping(
            auth.get("error_codes"),
            "auth.error_codes",
            {
                "missing_header",
                "invalid_timestamp",
                "unknown_key",
                "wrong_passphrase",
                "wrong_signature",
            },
        )
        environment = self.mapping(
            auth.get("environment"), "auth.environment", {"api_key", "api_secret", "api_passphrase"}
        )
        return Auth(
            key_version=self.text(auth, "key_version", "auth"),
            environment=CredentialsEnvironment(
                api_key=self.text(environment, "api_key", "auth.environment"),
                api_secret=self.text(environment, "api_secret", "auth.environment"),
                api_passphrase=self.text(environment, "api_passphrase", "auth.environment"),
            ),
            error_codes=AuthErrorCodes(
                missing_header=self.text(codes, "missing_header", "auth.error_codes"),
                invalid_timestamp=self.text(codes, "invalid_timestamp", "auth.error_codes"),
                unknown_key=self.text(codes, "unknown_key", "auth.error_codes"),
                wrong_passphrase=self.text(codes, "wrong_passphrase", "auth.error_codes"),
                wrong_signature=self.text(codes, "wrong_signature", "auth.error_codes"),
            ),
        )

    def rate_limit_headers(self, data: Any) -> RateLimitHeaders:
        headers = self.mapping(data, "rate_limit_headers", {"limit", "remaining", "reset_ms"})
        return RateLimitHeaders(
            limit=self.text(headers, "limit", "rate_limit_headers"),
            remaining=self.text(headers, "remaining", "rate_limit_headers"),
            reset_ms=self.text(headers, "reset_ms", "rate_limit_headers"),
        )

    def retries(self, data: Any) -> RetryPolicy:
        allowed = {"max_retries", "methods", "http_statuses", "backoff_seconds"}
        allowed |= {"max_backoff_seconds", "max_wait_seconds"}
        retries = self.mapping(data, "retries", allowed)
        statuses = retries.get("http_statuses", [])
        if not isinstance(statuses, list):
            raise self.fail("retries.http_statuses", "must be a list of HTTP statuses")
        return RetryPolicy(
            max_retries=self.count(retries.get("max_retries"), "retries.max_retries"),
            methods=self.strings(retries.get("methods"), "retries.methods"),
            http_statuses=tuple(self.count(s, "retries.http_statuses") for s in statuses),
            backoff_seconds=self.seconds(retries, "backoff_seconds", 0.5),
            max_backoff_seconds=self.seconds(retries, "max_backoff_seconds", 8.0),
            max_wait_seconds=self.seconds(retries, "max_wait_seconds", 60.0),
        )

    def seconds(self, data: dict[str, Any], name: str, default: float) -> float:
        value = data.get(name, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise self.fail(f"retries.{name}", "must be a non-negative number of seconds")
        return float(value)

    def pagination(self, data: Any) -> PaginationNames:
        names = self.mapping(data, "pagination", {"page", "page_size", "total_pages", "items"})
        return PaginationNames(
            page=self.text(names, "page", "pagination"),
            page_size=self.text(names, "page_size", "pagination"),
            total_pages=self.text(names, "total_pages", "pagination"),
            items=self.text(names, "items", "pagination"),
        )

    def package(self, data: Any) -> PackageConfig:
        allowed = {"name", "distribution", "version", "summary", "output"}
        package = self.mapping(data, "package", allowed)
        distribution = self.text(package, "distribution", "package")
        problem = distribution_name_problem(distribution)
        if problem is not None:
            raise self.fail("package.distribution", f"{distribution!r} {problem}")
        return PackageConfig(
            name=self.package_name(self.text(package, "name", "package")),
            distribution=distribution,
            version=self.version(package.get("version")),
            summary=self.text(package, "summary", "package"),
            output=self.output(package.get("output")),
        )

    def output(self, value: Any) -> Path | None:
        if value is None:
            return None
        if not isinstance(value, str) or not value:
            raise self.fail("package.output", "must be a folder path (relative to this file)")
        return Path(value)

    def is_list(self, value: Any, key: str) -> bool:
        if not isinstance(value, list):
            raise self.fail(key, "must be a list of rules")
        return True

    def package_name(self, value: str) -> str:
        problem = package_name_problem(value)
        if problem is not None:
            raise self.fail("package.name", f"{value!r} {problem}")
        return value

    def version(self, value: Any) -> str:
        if isinstance(value, (int, float)):
            # YAML reads `version: 1.10` as the number 1.1.
            raise self.fail(
                "package.version", f"quote it (version: '{value}'): YAML reads a number"
            )
        if not isinstance(value, str):
            raise self.fail("package.version", "must be a non-empty string")
        version = normalized_version(value)
        if version is None:
            raise self.fail("package.version", f"{value!r} {PEP440_HINT}")
        return version

    def count(self, value: Any, key: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self.fail(key, "must be a non-negative integer")
        return value

    def errors(self, data: Any) -> Errors:
        entries = self.mapping(data, "errors", set(ERROR_KINDS))
        for kind in ("rate_limit", "invalid_parameters"):
            codes = self.mapping(entries.get(kind), f"errors.{kind}").get("codes")
            if not codes:
                raise self.fail(f"errors.{kind}.codes", "needs at least one code")
        classes = {kind: self.error_class(entries.get(kind, {}), kind) for kind in ERROR_KINDS}
        return Errors(**classes)

    def error_class(self, value: Any, kind: str) -> ErrorClass:
        entry = self.mapping(value, f"errors.{kind}", {"codes", "http_statuses"})
        statuses = entry.get("http_statuses", [])
        if not isinstance(statuses, list):
            raise self.fail(f"errors.{kind}.http_statuses", "must be a list of HTTP statuses")
        return ErrorClass(
            codes=self.strings(entry.get("codes", []), f"errors.{kind}.codes"),
            http_statuses=tuple(self.count(s, f"errors.{kind}.http_statuses") for s in statuses),
        )

    def field_bounds(self, data: Any, key: str) -> dict[str, FieldBounds]:
        result = {}
        allowed = {"min_length", "max_length", "minimum", "maximum"}
        for name, value in self.mapping(data, key).items():
            entry = self.mapping(value, f"{key}.{name}", allowed)
            for bound, number in entry.items():
                if isinstance(number, bool) or not isinstance(number, (int, float)):
                    raise self.fail(f"{key}.{name}.{bound}", "must be a number")
            result[name] = FieldBounds(**entry)
        return result

    def operation(
        self, data: Any, key: str, rule_sets: dict[str, tuple[Rule, ...]]
    ) -> OperationConfig:
        entry = self.mapping(data, key, {"rules", "fields", "corrections"})
        return OperationConfig(
            rules=self.operation_rules(entry.get("rules"), f"{key}.rules", rule_sets),
            fields=self.field_bounds(entry.get("fields", {}), f"{key}.fields"),
            corrections=self.corrections(entry.get("corrections", {}), f"{key}.corrections"),
        )

    def corrections(self, data: Any, key: str) -> tuple[Correction, ...]:
        """`PATH: {FACT: VALUE, ..., why: TEXT}` for each place of the operation to correct."""
        result = []
        for path, value in self.mapping(data, key).items():
            entry_key = f"{key}.{path}"
            entry = self.mapping(value, entry_key)  # fact_problem names the facts it may set
            facts = {name: fact for name, fact in entry.items() if name != "why"}
            if not facts:
                raise self.fail(entry_key, f"sets no fact (one of {', '.join(CORRECTABLE)})")
            for name, fact in facts.items():
                problem = fact_problem(name, fact)
                if problem is not None:
                    raise self.fail(f"{entry_key}.{name}", problem)
            why = entry.get("why")
            if why is not None and not isinstance(why, str):
                raise self.fail(f"{entry_key}.why", "must be text")
            source = Path(self.file).name
            result.append(Correction(str(path), tuple(facts.items()), why, source))
        return tuple(result)

    def operation_rules(
        self, value: Any, key: str, rule_sets: dict[str, tuple[Rule, ...]]
    ) -> tuple[Rule, ...]:
        """An operation's rules: the name of a rule set, or a list of rules of its own."""
        if value is None:
            return ()
        if isinstance(value, str):
            if value not in rule_sets:
                raise self.fail(key, f"no rule set named {value!r}")
            return rule_sets[value]
        if not isinstance(value, list):
            raise self.fail(key, "must name a rule set or list rules")
        return tuple(self.rule(rule, f"{key}[{index}]") for index, rule in enumerate(value))

    def rule(self, data: Any, key: str) -> Rule:
        actions = set(RULE_ACTIONS)
        entry = self.mapping(data, key, actions | {"when", "when_set", "unless", "why"})
        present = actions & set(entry)
        if len(present) != 1:
            raise self.fail(key, f"needs exactly one of {sorted(actions)}")
        action = present.pop()
        when = self.mapping(entry.get("when", {}), f"{key}.when")
        unless = self.mapping(entry.get("unless", {}), f"{key}.unless")
        when_set = entry.get("when_set")
        if when_set is not None and not isinstance(when_set, str):
            raise self.fail(f"{key}.when_set", "must be a field name")
        if action in ("optional", "require", "forbid") and not (when or when_set):
            raise self.fail(key, f"'{action}' needs a condition ('when' or 'when_set')")
        return Rule(
            when=tuple(when.items()),
            when_set=when_set,
            unless=tuple(unless.items()),
            why=entry.get("why"),
            **{action: self.strings(entry[action], f"{key}.{action}")},
        )
