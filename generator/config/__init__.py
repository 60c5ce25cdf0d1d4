"""The per-spec config: what a page does not say, validated into frozen dataclasses.

A page `spec/NAME.md` is generated with `spec/NAME.yaml`, which may `extends:` a shared file
(a path relative to it, or `sdkgen:NAME` for a config built into sdkgen, such as
`sdkgen:defaults`); mappings merge key by key, the page's own file winning. A page with no
config beside it is generated with the built-in defaults. Every error names the file and the
key path (`spec/futures-order.yaml: rule_sets.order_placement[1]: ...`).

Paths in a config (`package.output`) are relative to the folder of the file that states them,
never to the working directory: the same command writes to the same place from anywhere.

May import: `generator.ir`, `generator.diagnostics`, `generator.distribution`,
`generator.naming`, `generator.source_files`. Never the reading stage or the SDK.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

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
    PackageConfig,
    PackageSection,
    PageNumberStyle,
    PaginationStyle,
    RateLimitHeaders,
    RetryPolicy,
    Rule,
    RuleAction,
    ServiceSource,
)
from generator.config.validate import service_name_problem, validate
from generator.config.yaml_source import key_path_line, read_yaml
from generator.diagnostics import ParseError, SourceLocation
from generator.distribution import (
    PEP440_HINT,
    distribution_name_for,
    normalized_version,
    package_name_problem,
    shortened_repr,
)
from generator.naming import listed, snake_case
from generator.source_files import config_beside, decode_source, input_stem, read_source_bytes

__all__ = [
    "BUILTIN_DEFAULTS",
    "BUILTIN_PREFIX",
    "ERROR_KINDS",
    "PAGINATION_STYLES",
    "RULE_ACTIONS",
    "ApiFacts",
    "Auth",
    "AuthErrorCodes",
    "Config",
    "ConfigError",
    "ConfigErrors",
    "CredentialsEnvironment",
    "CursorStyle",
    "Envelope",
    "ErrorClass",
    "Errors",
    "FieldBounds",
    "HostTable",
    "OperationConfig",
    "PackageConfig",
    "PackageSection",
    "PageNumberStyle",
    "PaginationStyle",
    "RateLimitHeaders",
    "ReadText",
    "RetryPolicy",
    "Rule",
    "RuleAction",
    "ServiceSource",
    "config_beside",
    "config_path_for",
    "display_name",
    "input_stem",
    "load_config",
    "located",
    "package_for",
    "read_config_text",
    "read_yaml",
    "service_config",
    "service_name_problem",
]


BUILTIN_PREFIX = "sdkgen:"
"""`extends: sdkgen:NAME` names a config shipped inside sdkgen (this folder's NAME.yaml)."""
_BUILTIN_FOLDER = Path(__file__).resolve().parent.parent
BUILTIN_DEFAULTS = _BUILTIN_FOLDER / "defaults.yaml"
BUILTIN_DEFAULTS_NAME = BUILTIN_PREFIX + "defaults"
"""The KuCoin Futures defaults, `sdkgen:defaults`: base URL, envelope, auth, errors, retries."""


def config_path_for(page: Path) -> Path:
    """The config of `page` (a page `NAME.md` or a document `NAME.openapi.yaml`):
    `NAME.yaml` beside it if there is one, else sdkgen's built-in defaults. Never a file
    found through the working directory (generator.source_files.config_beside)."""
    beside = config_beside(page)
    return beside if beside.exists() else BUILTIN_DEFAULTS


DEFAULT_SUMMARY = "Typed Python client for the {titles} {apis}."
"""The summary of a package whose config states none, from its pages' titles."""


def package_for(
    config: Config,
    api_title: str,
    api_version: str,
    name: str | None,
    title: SourceLocation,
    *,
    default_name: tuple[str, SourceLocation] | None = None,
    titles: Sequence[str] = (),
) -> PackageConfig:
    """The package to generate: what the config's `package:` states, with `name` (the CLI's
    --package) over its name; what it does not state derived: the name from `default_name`
    (the page's or composition config's file name, and where it is given), the distribution
    from the name (PEP 503: `mybot_sdk` → `mybot-sdk`), the version from the page's
    (`api_version`, at `title`), the summary from the titles of the package's pages
    (`titles`, default `api_title`).

    Raises ValueError for a bad --package; ParseError for a page version that is no PEP 440
    version, or a file name that gives no usable package name; ConfigError when nothing
    names the package."""
    if name is not None:
        problem = package_name_problem(name)
        if problem is not None:
            raise ValueError(f"--package {name!r} {problem}; choose another name")
    stated = config.package_section or PackageSection()
    name = name or stated.name or _name_from_file(config, default_name)
    version = stated.version or normalized_version(api_version)
    if version is None:
        raise ParseError(
            title,
            f"the page's version {shortened_repr(api_version)} {PEP440_HINT}; set "
            f"package.version in {_config_hint(config, title)}",
        )
    return PackageConfig(
        name=name,
        distribution=stated.distribution or distribution_name_for(name),
        version=version,
        summary=stated.summary or _summary(titles or (api_title,)),
        output=stated.output,
    )


def _name_from_file(config: Config, default: tuple[str, SourceLocation] | None) -> str:
    """The package name a page's or a composition config's file name gives (`spot-order.md`
    → `spot_order`), when it is a usable one."""
    if default is None:
        raise ConfigError(
            config.file,
            "package",
            "no package name: pass --package NAME or set package.name",
        )
    file_name, place = default
    derived = snake_case(file_name)
    problem = package_name_problem(derived) if derived else "is empty"
    if problem is None:
        return derived
    raise ParseError(
        place,
        f"the file name gives the package name {derived!r}, which {problem}: pass --package "
        f"NAME or set package.name in {_config_hint(config, place)}",
    )


def _config_hint(config: Config, place: SourceLocation) -> str:
    """Where the user sets a package fact: the config they wrote, else one beside the page."""
    if Path(config.file) == BUILTIN_DEFAULTS:
        return f"{config_beside(Path(place.file)).name} beside the page"
    return display_name(config.file)


def _summary(titles: Sequence[str]) -> str:
    """`Typed Python client for the spot API.`; `... for the spot and futures APIs.`"""
    names = list(dict.fromkeys(title for title in titles if title))
    if not names:
        return "A typed Python client."
    return DEFAULT_SUMMARY.format(titles=listed(names), apis="API" if len(names) == 1 else "APIs")


def display_name(file: str) -> str:
    """How messages name a config file: sdkgen's built-in ones as `extends:` names them
    (`sdkgen:defaults`), never by their path inside the installed sdkgen."""
    path = Path(file)
    if os.path.realpath(path.parent) == str(_BUILTIN_FOLDER):
        return BUILTIN_PREFIX + path.stem
    return file


def service_config(package: Config, service: ServiceSource, own: Config) -> Config:
    """The config `service` of a composed package is generated with: its page's own config
    (`own`: the rules, bounds and corrections, which are about that page) under the package's
    section, envelope, credentials, error classes and policies (which one client shares).

    The service's host is its entry's `base_url`, else the `api.base_url` of its page's
    config, else the host that config's `hosts` table gives the page (generator.config.hosts);
    for a page without a config of its own (`own` is sdkgen's built-in defaults), the
    package's `api.base_url` and `hosts` stand for its page config's."""
    page = own if Path(own.file) != BUILTIN_DEFAULTS else package
    return replace(
        own,
        package=package.package,
        api=replace(package.api, base_url=service.base_url or page.api.base_url),
        hosts=page.hosts,
        auth=package.auth,
        errors=package.errors,
        rate_limit_headers=package.rate_limit_headers,
        retries=package.retries,
    )


ReadText = Callable[[Path], str]
"""How a config file's text is read: from disk, or as committed at a git revision."""


def load_config(path: Path, read: ReadText | None = None) -> Config:
    """Read, merge (`extends`) and validate a config file. `read` reads each file the config
    is made of (default: from disk; sdkgen's built-in configs are always read from disk)."""
    sources: list[str] = []
    data = _load_merged(path, seen=(), sources=sources, read=read, named_at=None)
    try:
        config = validate(str(path), data)
    except ConfigError as error:
        raise located(error, sources, read) from None
    return replace(config, sources=tuple(sources))


def located(
    error: ConfigError, sources: Sequence[str], read: ReadText | None = None
) -> ConfigError:
    """`error` at the line of its key in the first file (the config, then what it extends)
    that states the key; as it is when it has its line already or no file states the key."""
    if isinstance(error, ConfigErrors):
        return ConfigErrors(tuple(located(each, sources, read) for each in error.errors))
    if error.located or not error.at_key:
        return error
    for source in sources:
        try:
            text = _reader(Path(source), read)(Path(source))
        except (OSError, ParseError):
            continue
        line = key_path_line(text, error.at_key)
        if line is not None:
            return ConfigError(source, error.key_path, error.detail, line=line)
    return error


def _reader(path: Path, read: ReadText | None) -> ReadText:
    """How to read the config at `path`: with `read`, but sdkgen's built-in configs (and
    everything when `read` is None) from disk."""
    if read is None or Path(os.path.realpath(path)).parent == _BUILTIN_FOLDER:
        return read_config_text
    return read


MAX_CONFIG_BYTES = 256 * 1024
"""Largest config file read (sdkgen's own are a few KB): a path naming a log or a disk image
fails at once instead of being parsed."""


def _load_merged(
    path: Path,
    seen: tuple[str, ...],
    sources: list[str],
    read: ReadText | None,
    named_at: SourceLocation | None,
) -> dict[str, Any]:
    """The data of the config at `path` merged onto what it extends; `named_at` is the
    `extends:` line that names it (None for the config itself)."""
    file = str(path)
    sources.append(file)
    try:
        text = _reader(path, read)(path)
    except FileNotFoundError:
        if named_at is not None:
            raise ConfigError(
                named_at.file,
                "extends",
                f"no config file {file}; name one relative to this config's folder",
                line=named_at.line,
            ) from None
        raise ConfigError(file, "", "config file not found") from None
    if len(text) > MAX_CONFIG_BYTES:
        raise ConfigError(file, "", f"larger than {MAX_CONFIG_BYTES // 1024} KiB; is it a config?")
    # After reading: a symlink loop is then already a located error, not resolved.
    identity = os.path.realpath(path)
    if identity in seen:
        raise ConfigError(file, "extends", "config files extend each other in a cycle")
    data = read_yaml(text, file)
    if not isinstance(data, dict):
        raise ConfigError(file, "", "the config must be a mapping")
    _resolve_output(data, path.parent)
    if "extends" in data:
        parent = data.pop("extends")
        if parent is None:  # `extends: null`: this file alone, without sdkgen's defaults
            return data
    elif os.path.realpath(path.parent) == str(_BUILTIN_FOLDER):
        return data
    else:
        # A config adds to sdkgen's defaults unless it says otherwise: `package: {name: x}`
        # alone is a whole config.
        parent = BUILTIN_DEFAULTS_NAME
    line = _key_line(text, "extends")
    extended = _extended_path(file, path.parent, parent, line)
    base = _load_merged(extended, (*seen, identity), sources, read, SourceLocation(file, line))
    return _merge(base, data)


def read_config_text(path: Path) -> str:
    """A config's text from disk: a regular file (never a FIFO or a device), at most
    MAX_CONFIG_BYTES, UTF-8 (else an error at the line of the first bad byte)."""
    return decode_source(str(path), read_source_bytes(path, MAX_CONFIG_BYTES, "config"), "config")


def _key_line(text: str, key: str) -> int:
    """The line of the top-level `key:` in a config's text (1 when it cannot be told)."""
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith((f"{key}:", f"'{key}':", f'"{key}":')):
            return number
    return 1


def _extended_path(file: str, folder: Path, parent: object, line: int) -> Path:
    """The file `extends: parent` names: a relative path from `folder`, or a built-in."""
    hint = f"name a file by its path relative to this config's folder, or {BUILTIN_PREFIX}NAME"
    if not isinstance(parent, str) or not parent.strip():
        raise ConfigError(file, "extends", f"must be a file path; {hint}", line=line)
    if not parent.startswith(BUILTIN_PREFIX):
        if PurePosixPath(parent).is_absolute() or PureWindowsPath(parent).anchor:
            raise ConfigError(
                file,
                "extends",
                f"{parent!r} is an absolute path, which a config may not extend "
                f"(the same config must mean the same on every machine); {hint}",
                line=line,
            )
        return _file_under(file, folder, parent, line, hint)
    name = parent.removeprefix(BUILTIN_PREFIX)
    known = sorted(BUILTIN_PREFIX + p.stem for p in _BUILTIN_FOLDER.glob("*.yaml"))
    builtin = _BUILTIN_FOLDER / f"{name}.yaml"
    if "/" in name or "\\" in name or not builtin.is_file():
        raise ConfigError(
            file,
            "extends",
            f"no built-in config {parent!r}; sdkgen ships {', '.join(known)}",
            line=line,
        )
    return builtin


def _file_under(file: str, folder: Path, parent: str, line: int, hint: str) -> Path:
    """`folder / parent`, when that names a file inside `folder` (its subfolders included),
    also once links are followed: a config may not reach out of its own folder (`../x`, a
    link to `/etc`), so that no config can make sdkgen open a file its author did not put
    beside it."""
    relative = os.path.normpath(parent.replace("\\", "/"))
    if relative == ".." or relative.startswith("../"):
        raise ConfigError(
            file,
            "extends",
            f"{parent!r} is outside this config's folder, which a config may not extend; {hint} "
            "inside it (a subfolder is fine)",
            line=line,
        )
    path = folder / relative
    real_folder = os.path.realpath(folder)
    real_path = os.path.realpath(path)
    if os.path.commonpath([real_folder, real_path]) != real_folder:
        raise ConfigError(
            file,
            "extends",
            f"{parent!r} is a link that leads out of this config's folder, which a config may "
            f"not extend; {hint}",
            line=line,
        )
    return path


def _resolve_output(data: dict[str, Any], folder: Path) -> None:
    """Make the paths a file states (`package.output`, a service's `page` and `config`)
    relative to `folder`, the folder of that file, so a file that extends another keeps the
    meaning each file gave them. A value of the wrong type is left for validation to name."""
    package = data.get("package")
    if isinstance(package, dict) and isinstance(package.get("output"), str) and package["output"]:
        # Lexically, so `spec/../generated` is reported as `generated`.
        package["output"] = os.path.normpath(folder / package["output"])
    _resolve_pages(data.get("services"), folder)


def _resolve_pages(services: object, folder: Path) -> None:
    """A `services:` mapping's `page` and `config` paths made relative to `folder`, in its
    groups too (`spot: {services: {order: {page: ...}}}`)."""
    for entry in services.values() if isinstance(services, dict) else ():
        if not isinstance(entry, dict):
            continue
        for key in ("page", "config"):
            if isinstance(entry.get(key), str) and entry[key]:
                entry[key] = os.path.normpath(folder / entry[key])
        _resolve_pages(entry.get("services"), folder)


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged
