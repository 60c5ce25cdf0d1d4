"""The config's types: frozen dataclasses every later stage reads (never raw YAML).

`generator.config` loads and merges the files (and re-exports these types: import them from
there), `generator.config.validate` checks the merged data into them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from generator.diagnostics import ParseError, SourceLocation
from generator.ir.corrections import Correction


class ConfigError(ParseError):
    """The config file is missing, malformed or names something the page does not have."""

    def __init__(
        self,
        file: str,
        key_path: str,
        message: str,
        *,
        line: int | None = None,
        at_key: str | None = None,
    ) -> None:
        prefix = f"{key_path}: " if key_path else ""
        super().__init__(SourceLocation(file, line or 1), prefix + message)
        self.key_path = key_path
        self.detail = message
        self.located = line is not None
        """False when the line is only a stand-in (1): the loader then looks the key up."""
        self.at_key = key_path if at_key is None else at_key
        """The key whose line the error is at, when that is not `key_path` itself (an
        unknown key under it)."""


class ConfigErrors(ConfigError):
    """Several things wrong in one config, all reported at once (`errors`, in the order of
    the config's sections); as a ConfigError it is the first of them."""

    def __init__(self, errors: tuple[ConfigError, ...]) -> None:
        first = errors[0]
        super().__init__(
            first.location.file,
            first.key_path,
            first.detail,
            line=first.location.line if first.located else None,
            at_key=first.at_key,
        )
        self.errors = errors


@dataclass(frozen=True)
class PackageSection:
    """What a config's `package:` states; None where it states nothing, and
    `generator.config.package_for` derives the rest from the page (or the file names)."""

    name: str | None = None
    distribution: str | None = None
    version: str | None = None
    summary: str | None = None
    output: Path | None = None
    """Already resolved against the config file's folder."""

    def whole(self) -> PackageConfig | None:
        """The package, when this section states every fact of it (no page is needed)."""
        if self.name and self.distribution and self.version and self.summary:
            return PackageConfig(
                self.name, self.distribution, self.version, self.summary, self.output
            )
        return None


@dataclass(frozen=True)
class PackageConfig:
    """The package to generate, every fact decided (`generator.config.package_for`)."""

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

    base_url: str | None
    """The page's host, when a config states it; None: the `hosts` table chooses by the
    page's group (generator.config.hosts)."""
    success_code: str
    envelope: Envelope | None
    """None (`envelope: none`): the answer's whole JSON body is its data, and its HTTP status
    alone says whether it is a success (2xx) or an error."""
    not_found_code: str
    timestamp_tolerance_ms: int = 5000
    """How far a request's timestamp may be from the server's clock."""
    server_time_path: str | None = None
    """GET path answering the server's time in ms, to correct a client's clock skew."""
    decimal_strings: tuple[str, ...] = ()
    """Wire names of the string fields that carry decimals (money, quantities: KuCoin sends
    them as text): such a field is a Decimal in the SDK, wherever it is nested. A field's
    own `decimal` in `fields` overrides it (`Config.bounds`)."""


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


PAGINATION_STYLES = ("page_number", "cursor")
"""The kinds of pagination a style may describe (`pagination[].style`)."""


@dataclass(frozen=True)
class PageNumberStyle:
    """Pages asked for by number: a list operation whose query takes `page` and `page_size`
    and whose data holds `total_pages` and the list `items` walks pages 1, 2, ... up to the
    total (or an empty page)."""

    page: str
    page_size: str
    total_pages: str
    items: str


@dataclass(frozen=True)
class CursorStyle:
    """Pages asked for by a cursor: the query parameter `cursor` carries where the previous
    page ended. The next cursor is the data's field `next_in_data`, or else the field
    `next_in_last_item` of the page's last item (exactly one of the two is set).

    `items` is the data's field holding the list, or None when the data is the list itself.
    A walk stops at an empty page, a cursor absent or seen before, a `has_more` flag (a data
    field) that is not true, and a page shorter than the `page_size` the caller asked for
    (a query parameter)."""

    cursor: str
    next_in_data: str | None
    next_in_last_item: str | None
    items: str | None
    has_more: str | None = None
    page_size: str | None = None


PaginationStyle = PageNumberStyle | CursorStyle


@dataclass(frozen=True)
class FieldBounds:
    """Bounds the page states in prose for a field, by its wire name."""

    min_length: int | None = None
    max_length: int | None = None
    minimum: int | float | None = None
    maximum: int | float | None = None
    decimal: bool | None = None
    """Whether the field, a string on the wire, carries a decimal; None: as
    `api.decimal_strings` says (`Config.bounds` resolves it). A number is always one, an
    integer never."""


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
class HostTable:
    """Which host serves a page whose configs state none (`api.base_url`), by what its title
    says (generator.config.hosts)."""

    by_group: Mapping[str, str] = field(default_factory=dict)
    """By the group the page's title names (`spot v1.0.0` → spot)."""
    by_page: Mapping[str, str] = field(default_factory=dict)
    """By `GROUP-PAGE` (`broker-ndbroker`: the title's group, then the page's name, the first
    line under the title), for a page served apart from the rest of its group."""
    fallback: str | None = None
    """For a page whose group the table does not know (with a warning)."""


@dataclass(frozen=True)
class OperationConfig:
    rules: tuple[Rule, ...] = ()
    fields: Mapping[str, FieldBounds] = field(default_factory=dict)
    corrections: tuple[Correction, ...] = ()
    """Facts of the page the maintainer sets right (generator.ir.corrections)."""
    host: str | None = None
    """The operation's host, when it is not its page's (KuCoin's account pages have futures
    operations, served on the futures host)."""


@dataclass(frozen=True)
class ServiceSource:
    """One page of a package composed from several: `client.<name>` serves its operations."""

    name: str
    """Its place in the client, dotted: `order` (`client.order`), or `spot.order` for a
    service in a group (`client.spot.order`)."""
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
    """The package to generate: as loaded, the package `package_section` states whole (else
    None); what generator.targets generates with `package_for` derived the rest (and applied
    --package)."""
    api: ApiFacts
    auth: Auth
    errors: Errors
    rate_limit_headers: RateLimitHeaders
    retries: RetryPolicy
    pagination: tuple[PaginationStyle, ...] = ()
    """The ways list operations page, in order: each operation pages by the first whose
    fields its query and data carry."""
    hosts: HostTable = HostTable()
    fields: Mapping[str, FieldBounds] = field(default_factory=dict)
    operations: Mapping[str, OperationConfig] = field(default_factory=dict)
    sources: tuple[str, ...] = ()
    """Every file merged into this config (`file` first, then what it extends, in order)."""
    package_section: PackageSection | None = None
    """What the config's `package:` states (None: it has no such section)."""
    services: tuple[ServiceSource, ...] = ()
    """The pages of a package composed from several (a composition config); () for a page's
    own config."""

    @property
    def files(self) -> tuple[str, ...]:
        """The files this config was read from: `sources`, or `file` alone for a config
        built in memory."""
        return self.sources or (self.file,)

    def operation(self, name: str) -> OperationConfig:
        return self.operations.get(name, OperationConfig())

    def corrections(self) -> dict[str, tuple[Correction, ...]]:
        """Every operation's corrections, by operation name."""
        return {name: op.corrections for name, op in self.operations.items() if op.corrections}

    def bounds(self, operation: str) -> dict[str, FieldBounds]:
        """The bounds for the fields of `operation`, by wire name: the config's `fields`, and
        the operation's own `fields` over them; a field named in `api.decimal_strings` whose
        entry does not say otherwise is a decimal."""
        bounds = dict(self.fields) | dict(self.operation(operation).fields)
        # Called for every operation, several times, over a list of dozens of names: an entry
        # is built only for a name the config also states, the rest share one.
        for name in self.api.decimal_strings:
            entry = bounds.get(name)
            if entry is None:
                bounds[name] = _DECIMAL
            elif entry.decimal is None:
                bounds[name] = replace(entry, decimal=True)
        return bounds


_DECIMAL = FieldBounds(decimal=True)
"""The bounds of a field `api.decimal_strings` names and the config says nothing else of."""

ERROR_KINDS = ("rate_limit", "authentication", "invalid_parameters")
