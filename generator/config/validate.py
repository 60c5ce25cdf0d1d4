"""Validation: merged config data (plain YAML values) → `Config`, or a `ConfigError` that
names the file and the key path of the first thing wrong."""

from __future__ import annotations

import keyword
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar, cast

from generator.config.model import (
    ERROR_KINDS,
    PAGINATION_STYLES,
    RULE_ACTIONS,
    ApiFacts,
    Auth,
    AuthErrorCodes,
    Config,
    ConfigError,
    ConfigErrors,
    CredentialsEnvironment,
    CursorStyle,
    Envelope,
    ErrorClass,
    Errors,
    FieldBounds,
    HostTable,
    OperationConfig,
    PackageSection,
    PageNumberStyle,
    PaginationStyle,
    RateLimitHeaders,
    RetryPolicy,
    Rule,
    ServiceSource,
)
from generator.distribution import (
    PEP440_HINT,
    distribution_name_problem,
    normalized_version,
    package_name_problem,
    shortened_repr,
)
from generator.ir.corrections import (
    CORRECTABLE,
    OPERATION,
    OPERATION_CORRECTABLE,
    Correction,
    fact_problem,
)
from generator.naming import CLIENT_ATTRIBUTES, PACKAGE_MODULES


def service_name_problem(name: str) -> str | None:
    """Why `name` cannot name a service (`client.<name>`, the subpackage `<package>.<name>`),
    or None if it can."""
    if not name.isidentifier() or not name.isascii() or name.startswith("_"):
        return "is not a lower-case identifier (letters, digits and _, no leading _)"
    if name != name.lower():
        return "is not a lower-case identifier (letters, digits and _, no leading _)"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        return "is a Python keyword"
    if name in CLIENT_ATTRIBUTES or name in PACKAGE_MODULES:
        return "is taken by the client or the package itself"
    return None


T = TypeVar("T")


NO_ENVELOPE = "none"
"""`api.envelope: none`: the API wraps nothing."""


class _Validator:
    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[ConfigError] = []

    def fail(self, key: str, message: str) -> ConfigError:
        return ConfigError(self.file, key, message)

    def mapping(self, data: Any, key: str, allowed: set[str] | None = None) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(key, "must be a mapping")
        if allowed is not None and set(data) - allowed:
            unknown = sorted(set(data) - allowed, key=str)
            first = next(name for name in data if name in unknown)
            at_key = f"{key}.{first}" if key else str(first)
            raise ConfigError(self.file, key, f"unknown key(s) {unknown}", at_key=at_key)
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
        """The config, or every problem found in it at once (ConfigErrors when there are
        several): each section, each key of `package`, and each entry of `fields`,
        `rule_sets` and `operations` is checked on its own, so one wrong value hides no other."""
        top = {"api", "auth", "errors", "rate_limit_headers", "retries", "pagination", "hosts"}
        top |= {"package", "fields", "rule_sets", "operations", "services"}
        each = self.each
        each(lambda: self.mapping(data, "", top))
        package = data.get("package")
        section = None if package is None else self.package(package)
        rule_sets = self.entries(data.get("rule_sets", {}), "rule_sets", self.rule_set)
        services = each(lambda: self.services(data.get("services")))
        api = each(lambda: self.api(data.get("api")))
        auth = each(lambda: self.auth(data.get("auth")))
        errors = each(lambda: self.errors(data.get("errors", {})))
        rate_limit_headers = each(lambda: self.rate_limit_headers(data.get("rate_limit_headers")))
        retries = each(lambda: self.retries(data.get("retries")))
        pagination = each(
            lambda: (
                self.pagination(data["pagination"]) if data.get("pagination") is not None else ()
            )
        )
        hosts = each(lambda: self.hosts(data.get("hosts", {})))
        fields = self.entries(data.get("fields", {}), "fields", self.bounds)

        def operation(value: Any, key: str) -> OperationConfig:
            return self.operation(value, key, rule_sets)

        operations = self.entries(data.get("operations", {}), "operations", operation)
        if len(self.problems) == 1:
            raise self.problems[0]
        if self.problems:
            raise ConfigErrors(tuple(self.problems))
        return Config(
            file=self.file,
            package=None if section is None else section.whole(),
            package_section=section,
            services=services,
            api=api,
            auth=auth,
            errors=errors,
            rate_limit_headers=rate_limit_headers,
            retries=retries,
            pagination=pagination,
            hosts=hosts,
            fields=fields,
            operations=operations,
        )

    def each(self, check: Callable[[], T]) -> T:
        """What `check` returns; when it finds a problem, the problem is kept and a stand-in
        returned: `config` raises every kept problem before it builds anything."""
        try:
            return check()
        except ConfigError as error:
            self.problems.append(error)
            return cast(T, None)

    def entries(self, data: Any, key: str, check: Callable[[Any, str], T]) -> dict[str, T]:
        """Each entry of the mapping at `key`, checked on its own: `check(value, KEY.NAME)`."""
        mapping: dict[Any, Any] = self.each(partial(self.mapping, data, key)) or {}
        return {
            str(name): self.each(partial(check, value, f"{key}.{name}"))
            for name, value in mapping.items()
        }

    def rule_set(self, rules: Any, key: str) -> tuple[Rule, ...]:
        self.is_list(rules, key)
        return tuple(self.rule(rule, f"{key}[{index}]") for index, rule in enumerate(rules))

    def services(self, data: Any) -> tuple[ServiceSource, ...]:
        if data is None:
            return ()
        return tuple(self.service_tree(data, "services", (), None))

    def service_tree(
        self, data: Any, key: str, group: tuple[str, ...], host: str | None
    ) -> list[ServiceSource]:
        """The pages under `key`, in the order written: an entry with `page` is a service,
        one with `services` a group of them (`spot: {services: {order: {page: ...}}}` is
        `client.spot.order`), named by its dotted place (`spot.order`). A group's
        `base_url` is the host of the services in it that name none (`host`)."""
        entries = self.mapping(data, key)
        if not entries:
            raise self.fail(key, "must list at least one page")
        result = []
        for name, value in entries.items():
            at = f"{key}.{name}"
            problem = service_name_problem(str(name))
            if problem is not None:
                raise self.fail(at, f"{name!r} {problem}")
            place = (*group, str(name))
            entry = self.mapping(value, at, {"page", "config", "base_url", "services"})
            if "services" in entry:
                if set(entry) - {"services", "base_url"}:
                    raise self.fail(
                        at,
                        "a group holds `services` (and their `base_url`), not a page: give "
                        "its page a service of its own inside the group",
                    )
                inner = self.base_url(entry, at) or host
                result += self.service_tree(entry["services"], f"{at}.services", place, inner)
                continue
            result.append(self.service(entry, at, ".".join(place), host))
        return result

    def service(
        self, entry: dict[str, Any], key: str, name: str, host: str | None
    ) -> ServiceSource:
        page = self.text(entry, "page", key)
        config = entry.get("config")
        if config is not None and (not isinstance(config, str) or not config):
            raise self.fail(f"{key}.config", "must be a file path (relative to this file)")
        # Paths are already resolved against the file that states them (_load_merged).
        return ServiceSource(
            name=name,
            page=Path(page),
            config=None if config is None else Path(config),
            base_url=self.base_url(entry, key) or host,
        )

    def base_url(self, entry: dict[str, Any], key: str) -> str | None:
        """The `base_url` a service or group entry gives, if any."""
        base_url = entry.get("base_url")
        return None if base_url is None else self.url(base_url, f"{key}.base_url")

    def envelope(self, data: Any) -> Envelope | None:
        """`api.envelope`: its keys, or `none` for an API that wraps nothing."""
        if data == NO_ENVELOPE:
            return None
        if not isinstance(data, dict):
            raise self.fail("api.envelope", f"must be a mapping or {NO_ENVELOPE!r}")
        envelope = self.mapping(data, "api.envelope", {"code", "data", "message"})
        return Envelope(
            code=self.text(envelope, "code", "api.envelope"),
            data=self.text(envelope, "data", "api.envelope"),
            message=self.text(envelope, "message", "api.envelope"),
        )

    def api(self, data: Any) -> ApiFacts:
        allowed = {"base_url", "success_code", "envelope", "not_found_code"}
        allowed |= {"timestamp_tolerance_ms", "server_time_path", "decimal_strings"}
        api = self.mapping(data, "api", allowed)
        server_time_path = api.get("server_time_path")
        if server_time_path is not None and (
            not isinstance(server_time_path, str) or not server_time_path.startswith("/")
        ):
            raise self.fail("api.server_time_path", "must be a path starting with '/'")
        base_url = api.get("base_url")
        return ApiFacts(
            base_url=None if base_url is None else self.url(base_url, "api.base_url"),
            success_code=self.text(api, "success_code", "api"),
            envelope=self.envelope(api.get("envelope")),
            not_found_code=self.text(api, "not_found_code", "api"),
            timestamp_tolerance_ms=self.count(
                api.get("timestamp_tolerance_ms", 5000), "api.timestamp_tolerance_ms"
            ),
            server_time_path=server_time_path,
            decimal_strings=self.strings(api.get("decimal_strings", []), "api.decimal_strings"),
        )

    def url(self, value: Any, key: str) -> str:
        """A host: an http(s) URL (the path, if any, is kept: every request path follows it)."""
        if not isinstance(value, str) or not value.startswith(("https://", "http://")):
            raise self.fail(key, "must be a URL starting with https:// (or http://)")
        if len(value.split("://", 1)[1].strip("/")) == 0:
            raise self.fail(key, "must name a host after the scheme (https://HOST)")
        return value

    def hosts(self, data: Any) -> HostTable:
        """`hosts: {by_group: {GROUP: URL}, by_page: {GROUP-PAGE: URL}, fallback: URL}`."""
        table = self.mapping(data, "hosts", {"by_group", "by_page", "fallback"})
        fallback = table.get("fallback")
        return HostTable(
            by_group=self.urls(table.get("by_group", {}), "hosts.by_group"),
            by_page=self.urls(table.get("by_page", {}), "hosts.by_page"),
            fallback=None if fallback is None else self.url(fallback, "hosts.fallback"),
        )

    def urls(self, data: Any, key: str) -> dict[str, str]:
        return {
            str(name): self.url(value, f"{key}.{name}")
            for name, value in self.mapping(data, key).items()
        }

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

    def pagination(self, data: Any) -> tuple[PaginationStyle, ...]:
        """`pagination:` a list of styles, each `style: page_number` or `style: cursor` with
        its fields; the form before styles, one mapping of page-number fields, still reads
        as the one style it describes."""
        if isinstance(data, dict) and "style" not in data:
            return (self.page_number_style(data, "pagination"),)
        if not isinstance(data, list):
            raise self.fail(
                "pagination", "must be a list of styles (`- style: page_number` or `cursor`)"
            )
        styles: list[PaginationStyle] = []
        for index, entry in enumerate(data):
            key = f"pagination[{index}]"
            style = self.mapping(entry, key).get("style")
            if style == "page_number":
                styles.append(self.page_number_style(entry, key))
            elif style == "cursor":
                styles.append(self.cursor_style(entry, key))
            else:
                kinds = " or ".join(PAGINATION_STYLES)
                raise self.fail(f"{key}.style", f"must be {kinds}, not {style!r}")
        return tuple(styles)

    def page_number_style(self, data: Any, key: str) -> PageNumberStyle:
        names = self.mapping(data, key, {"style", "page", "page_size", "total_pages", "items"})
        return PageNumberStyle(
            page=self.text(names, "page", key),
            page_size=self.text(names, "page_size", key),
            total_pages=self.text(names, "total_pages", key),
            items=self.text(names, "items", key),
        )

    def cursor_style(self, data: Any, key: str) -> CursorStyle:
        allowed = {"style", "cursor", "next", "items", "has_more", "page_size"}
        names = self.mapping(data, key, allowed)
        next_from = self.mapping(names.get("next"), f"{key}.next", {"data", "last_item"})
        if len(next_from) != 1 or None in next_from.values():
            raise self.fail(
                f"{key}.next",
                "names where the next cursor is: {data: FIELD} or {last_item: FIELD}",
            )
        if "data" in next_from and names.get("items") is None:
            raise self.fail(
                f"{key}.next",
                "a cursor in the data needs `items`: the data's field holding the list",
            )
        return CursorStyle(
            cursor=self.text(names, "cursor", key),
            next_in_data=self.optional_text(next_from, "data", f"{key}.next"),
            next_in_last_item=self.optional_text(next_from, "last_item", f"{key}.next"),
            items=self.optional_text(names, "items", key),
            has_more=self.optional_text(names, "has_more", key),
            page_size=self.optional_text(names, "page_size", key),
        )

    def optional_text(self, data: dict[str, Any], name: str, key: str) -> str | None:
        return None if data.get(name) is None else self.text(data, name, key)

    def package(self, data: Any) -> PackageSection | None:
        """Each key optional (what is not stated is derived: generator.config.package_for),
        each checked on its own."""
        if not isinstance(data, dict):
            self.problems.append(self.fail("package", "must be a mapping"))
            return None
        allowed = {"name", "distribution", "version", "summary", "output"}
        each = self.each
        each(lambda: self.mapping(data, "package", allowed))
        stated = {key: value for key, value in data.items() if key in allowed and value is not None}
        return PackageSection(
            name=(
                each(lambda: self.package_name(self.text(stated, "name", "package")))
                if "name" in stated
                else None
            ),
            distribution=(
                each(lambda: self.distribution(stated["distribution"]))
                if "distribution" in stated
                else None
            ),
            version=each(lambda: self.version(stated["version"])) if "version" in stated else None,
            summary=(
                each(lambda: self.text(stated, "summary", "package"))
                if "summary" in stated
                else None
            ),
            output=each(lambda: self.output(stated.get("output"))),
        )

    def distribution(self, value: Any) -> str:
        if not isinstance(value, str) or not value:
            raise self.fail("package.distribution", "must be a non-empty string")
        problem = distribution_name_problem(value)
        if problem is not None:
            raise self.fail("package.distribution", f"{value!r} {problem}")
        return value

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
            raise self.fail("package.version", f"{shortened_repr(value)} {PEP440_HINT}")
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
        return {
            name: self.bounds(value, f"{key}.{name}")
            for name, value in self.mapping(data, key).items()
        }

    def bounds(self, value: Any, key: str) -> FieldBounds:
        allowed = {"min_length", "max_length", "minimum", "maximum", "decimal"}
        entry = self.mapping(value, key, allowed)
        for bound, number in entry.items():
            if bound == "decimal":
                if not isinstance(number, bool):
                    raise self.fail(f"{key}.decimal", "must be true or false")
            elif isinstance(number, bool) or not isinstance(number, (int, float)):
                raise self.fail(f"{key}.{bound}", "must be a number")
        return FieldBounds(**entry)

    def operation(
        self, data: Any, key: str, rule_sets: dict[str, tuple[Rule, ...]]
    ) -> OperationConfig:
        entry = self.mapping(data, key, {"rules", "fields", "corrections", "host"})
        host = entry.get("host")
        return OperationConfig(
            host=None if host is None else self.url(host, f"{key}.host"),
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
                settable = OPERATION_CORRECTABLE if path == OPERATION else CORRECTABLE
                raise self.fail(entry_key, f"sets no fact (one of {', '.join(settable)})")
            for name, fact in facts.items():
                problem = fact_problem(name, fact, str(path))
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


def validate(file: str, data: dict[str, Any]) -> Config:
    """The config `data` (merged from `file` and what it extends) as checked dataclasses."""
    return _Validator(file).config(data)
