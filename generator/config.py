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

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import ParseError, SourceLocation
from generator.distribution import (
    PEP440_HINT,
    distribution_name_for,
    distribution_name_problem,
    normalized_version,
    package_name_problem,
)


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
    codes: tuple[str, ...] = ()
    http_statuses: tuple[int, ...] = ()


@dataclass(frozen=True)
class FieldBounds:
    """Bounds the page states in prose for a field, by its wire name."""

    min_length: int | None = None
    max_length: int | None = None
    minimum: int | float | None = None
    maximum: int | float | None = None


@dataclass(frozen=True)
class Rule:
    """One cross-field rule. Exactly one of the actions (optional, require, forbid,
    exactly_one_of) is set; `when`/`when_set` say when it applies, `unless` when it does not."""

    when: tuple[tuple[str, Any], ...] = ()
    when_set: str | None = None
    unless: tuple[tuple[str, Any], ...] = ()
    optional: tuple[str, ...] = ()
    require: tuple[str, ...] = ()
    forbid: tuple[str, ...] = ()
    exactly_one_of: tuple[str, ...] = ()
    why: str | None = None

    def fields(self) -> tuple[str, ...]:
        """Every wire name the rule mentions."""
        conditions = tuple(name for name, _ in (*self.when, *self.unless))
        own = (*self.optional, *self.require, *self.forbid, *self.exactly_one_of)
        return (*conditions, *((self.when_set,) if self.when_set else ()), *own)


@dataclass(frozen=True)
class OperationConfig:
    rules: tuple[Rule, ...] = ()
    fields: tuple[tuple[str, FieldBounds], ...] = ()


@dataclass(frozen=True)
class Config:
    file: str
    package: PackageConfig | None
    """None when the config does not name the package (the CLI's --package does)."""
    base_url: str
    success_code: str
    envelope_code: str
    envelope_data: str
    envelope_message: str
    key_version: str
    environment: tuple[tuple[str, str], ...]
    auth_error_codes: tuple[tuple[str, str], ...]
    """missing_header, unknown_key, wrong_passphrase, wrong_signature → envelope code."""
    not_found_code: str
    errors: tuple[tuple[str, ErrorClass], ...]
    rate_limit_headers: tuple[tuple[str, str], ...]
    max_retries: int
    retry_methods: tuple[str, ...]
    retry_http_statuses: tuple[int, ...]
    backoff_seconds: float
    max_backoff_seconds: float
    pagination: tuple[tuple[str, str], ...] = ()
    fields: tuple[tuple[str, FieldBounds], ...] = ()
    operations: tuple[tuple[str, OperationConfig], ...] = field(default=())
    sources: tuple[str, ...] = ()
    """Every file merged into this config (`file` first, then what it extends, in order)."""

    def operation(self, name: str) -> OperationConfig:
        return dict(self.operations).get(name, OperationConfig())


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


def load_config(path: Path) -> Config:
    """Read, merge (`extends`) and validate a config file."""
    sources: list[str] = []
    data = _load_merged(path, seen=(), sources=sources)
    return replace(_Validator(str(path)).config(data), sources=tuple(sources))


def _load_merged(path: Path, seen: tuple[Path, ...], sources: list[str]) -> dict[str, Any]:
    file = str(path)
    sources.append(file)
    if path.resolve() in seen:
        raise ConfigError(file, "extends", "config files extend each other in a cycle")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
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
    base = _load_merged(extended, (*seen, path.resolve()), sources)
    return _merge(base, data)


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
    """Make `package.output` relative to `folder` (the folder of the file that states it), so
    a file that extends another keeps the meaning each file gave it. A value of the wrong
    type is left for validation to name."""
    package = data.get("package")
    if isinstance(package, dict) and isinstance(package.get("output"), str) and package["output"]:
        # Lexically, so `spec/../generated` is reported as `generated`.
        package["output"] = os.path.normpath(folder / package["output"])


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
        top |= {"package", "fields", "rule_sets", "operations"}
        self.mapping(data, "", top)
        package = data.get("package")
        api = self.mapping(
            data.get("api"), "api", {"base_url", "success_code", "envelope", "not_found_code"}
        )
        envelope = self.mapping(api.get("envelope"), "api.envelope", {"code", "data", "message"})
        auth = self.mapping(data.get("auth"), "auth", {"key_version", "environment", "error_codes"})
        auth_codes = self.mapping(
            auth.get("error_codes"),
            "auth.error_codes",
            {"missing_header", "unknown_key", "wrong_passphrase", "wrong_signature"},
        )
        environment = self.mapping(
            auth.get("environment"), "auth.environment", {"api_key", "api_secret", "api_passphrase"}
        )
        retries = self.mapping(data.get("retries"), "retries")
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
            base_url=self.text(api, "base_url", "api"),
            success_code=self.text(api, "success_code", "api"),
            envelope_code=self.text(envelope, "code", "api.envelope"),
            envelope_data=self.text(envelope, "data", "api.envelope"),
            envelope_message=self.text(envelope, "message", "api.envelope"),
            key_version=self.text(auth, "key_version", "auth"),
            auth_error_codes=tuple(
                (name, self.text(auth_codes, name, "auth.error_codes"))
                for name in ("missing_header", "unknown_key", "wrong_passphrase", "wrong_signature")
            ),
            not_found_code=self.text(api, "not_found_code", "api"),
            environment=tuple(
                (name, self.text(environment, name, "auth.environment"))
                for name in ("api_key", "api_secret", "api_passphrase")
            ),
            errors=self.errors(data.get("errors", {})),
            rate_limit_headers=tuple(
                (name, self.text(self.headers(data), name, "rate_limit_headers"))
                for name in ("limit", "remaining", "reset_ms")
            ),
            max_retries=self.count(retries.get("max_retries"), "retries.max_retries"),
            retry_methods=self.strings(retries.get("methods"), "retries.methods"),
            retry_http_statuses=tuple(
                self.count(s, "retries.http_statuses") for s in retries.get("http_statuses", [])
            ),
            backoff_seconds=float(retries.get("backoff_seconds", 0.5)),
            max_backoff_seconds=float(retries.get("max_backoff_seconds", 8.0)),
            pagination=(
                tuple(
                    (
                        name,
                        self.text(
                            self.mapping(data.get("pagination"), "pagination"), name, "pagination"
                        ),
                    )
                    for name in ("page", "page_size", "total_pages", "items")
                )
                if "pagination" in data
                else ()
            ),
            fields=self.field_bounds(data.get("fields", {}), "fields"),
            operations=tuple(
                (name, self.operation(value, f"operations.{name}", rule_sets))
                for name, value in self.mapping(data.get("operations", {}), "operations").items()
            ),
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

    def headers(self, data: dict[str, Any]) -> dict[str, Any]:
        return self.mapping(data.get("rate_limit_headers"), "rate_limit_headers")

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

    def errors(self, data: Any) -> tuple[tuple[str, ErrorClass], ...]:
        result = []
        entries = self.mapping(data, "errors", set(ERROR_KINDS))
        for kind in ("rate_limit", "invalid_parameters"):
            codes = self.mapping(entries.get(kind), f"errors.{kind}").get("codes")
            if not codes:
                raise self.fail(f"errors.{kind}.codes", "needs at least one code")
        for kind, value in entries.items():
            entry = self.mapping(value, f"errors.{kind}", {"codes", "http_statuses"})
            result.append(
                (
                    kind,
                    ErrorClass(
                        codes=self.strings(entry.get("codes", []), f"errors.{kind}.codes"),
                        http_statuses=tuple(
                            self.count(s, f"errors.{kind}.http_statuses")
                            for s in entry.get("http_statuses", [])
                        ),
                    ),
                )
            )
        return tuple(result)

    def field_bounds(self, data: Any, key: str) -> tuple[tuple[str, FieldBounds], ...]:
        result = []
        allowed = {"min_length", "max_length", "minimum", "maximum"}
        for name, value in self.mapping(data, key).items():
            entry = self.mapping(value, f"{key}.{name}", allowed)
            for bound, number in entry.items():
                if isinstance(number, bool) or not isinstance(number, (int, float)):
                    raise self.fail(f"{key}.{name}.{bound}", "must be a number")
            result.append((name, FieldBounds(**entry)))
        return tuple(result)

    def operation(
        self, data: Any, key: str, rule_sets: dict[str, tuple[Rule, ...]]
    ) -> OperationConfig:
        entry = self.mapping(data, key, {"rules", "fields"})
        rules_name = entry.get("rules")
        if rules_name is not None and rules_name not in rule_sets:
            raise self.fail(f"{key}.rules", f"no rule set named {rules_name!r}")
        return OperationConfig(
            rules=rule_sets[rules_name] if rules_name is not None else (),
            fields=self.field_bounds(entry.get("fields", {}), f"{key}.fields"),
        )

    def rule(self, data: Any, key: str) -> Rule:
        actions = {"optional", "require", "forbid", "exactly_one_of"}
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
