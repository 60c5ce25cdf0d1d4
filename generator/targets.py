"""What one `sdkgen generate` or `check` works on: a package from one page or from several,
with the configs it is generated with, its output folder and the files no run may touch.

A target comes from the command line (`PAGE.md`, `P1.md P2.md ... --package NAME`, or a
composition config `NAME.yaml` whose `services:` list pages) or, with no argument, from the
project's `spec/` folder: every composition config there, and every page no composition
lists. Pages are read with the function the caller passes (the CLI's, which prints each
page's warnings), so this module decides only what goes with what.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from generator.config import (
    BUILTIN_DEFAULTS,
    Config,
    ConfigError,
    ServiceSource,
    config_beside,
    config_path_for,
    input_stem,
    load_config,
    located,
    package_for,
    read_config_text,
    read_yaml,
    service_config,
    service_name_problem,
)
from generator.config.facts import bound_warnings, with_config_facts
from generator.config.hosts import host_warning, page_host
from generator.diagnostics import ParseError, ParseWarning, SourceLocation
from generator.ir.corrections import CorrectionError, apply_corrections
from generator.ir.model import FORM_MEDIA_TYPES, Api
from generator.naming import group_class_name, service_class_name, snake_case
from generator.read.openapi_document import looks_like_document as is_document
from generator.read.parse import ParseResult
from generator.release.revision import GitError, MissingAtRevision, read_at_revision
from generator.sdk.compose import PageInput

ParsePage = Callable[[Path], ParseResult]
ParsePages = Callable[[Sequence[Path]], Sequence[ParseResult]]
"""Reads several pages (the CLI's reads them in parallel), each result in page order."""


@dataclass(frozen=True)
class Target:
    """A package to generate."""

    label: str
    """What the user named: the page, or the composition config."""
    config: Config
    """The package's facts and its resolved package section."""
    out: Path
    pages: tuple[PageInput, ...]
    """One page (service None), or several, each a service of the client."""
    page_files: tuple[Path, ...]
    protected: tuple[Path, ...]
    """Every page and config file the package is generated from: no output may hold one."""
    warnings: tuple[ParseWarning, ...] = ()
    """What reading the pages warned about (already printed by the caller's parse)."""
    config_warnings: tuple[ParseWarning, ...] = ()
    """Where a page's own example breaks a bound its config states (not printed yet)."""


def page_target(
    page: Path,
    parse: ParsePage,
    *,
    config_file: Path | None = None,
    package: str | None = None,
    out: Path | None = None,
) -> Target:
    """The package of one page: its config beside it (or `config_file`), its own client."""
    result = parse(page)
    _check_parameters_sent(page, result)
    config = load_config(config_file or config_path_for(page))
    api = corrected(result.api, config)
    title = SourceLocation(str(page), result.title_line)
    resolved = package_for(
        config,
        result.api.title,
        result.api.version,
        package,
        title,
        default_name=(input_stem(page), SourceLocation(str(page), 1)),
    )
    config = replace(config, package=resolved)
    return Target(
        label=str(page),
        config=config,
        out=_output(out or resolved.output, config, page),
        pages=(PageInput(None, configured(api, config), config),),
        page_files=(page,),
        protected=(page, *_sources(config)),
        warnings=result.warnings,
        config_warnings=(
            *bound_warnings(api, config),
            *_host_warnings(api, config, page, result),
            *_media_type_warnings(page, result),
        ),
    )


def composition_target(
    config_file: Path,
    parse: ParsePage,
    *,
    package: str | None = None,
    out: Path | None = None,
    parse_pages: ParsePages | None = None,
) -> Target:
    """The package a composition config lists the pages of (read with `parse_pages`, by
    default `parse` on each in turn)."""
    config = load_config(config_file)
    if not config.services:
        raise ConfigError(str(config_file), "services", "a composition config lists pages")
    # Bounds, rules and corrections belong to a page: in the package's config they would
    # apply to no page, so they are refused rather than dropped.
    for key, value in (("fields", config.fields), ("operations", config.operations)):
        if value:
            message = "belongs in the config of the page it is about (NAME.yaml beside it)"
            raise located(ConfigError(str(config_file), key, message), config.files)
    places: dict[str, SourceLocation] = {}
    for name, place in _service_keys(config):
        first = places.setdefault(name, place)
        if first is not place and first.file == place.file:
            raise ParseError(
                place,
                f"services.{name}: listed twice (first at line {first.line}); YAML would keep "
                "only the second and drop a page: give each page its own service name",
            )
    return _composed(
        str(config_file),
        config,
        config.services,
        parse_pages or _each(parse),
        package,
        out,
        places,
        default_name=(config_file.stem, SourceLocation(str(config_file), 1)),
    )


def pages_target(
    pages: Sequence[Path],
    parse: ParsePage,
    *,
    package: str | None,
    config_file: Path | None = None,
    out: Path | None = None,
    parse_pages: ParsePages | None = None,
) -> Target:
    """Several pages named on the command line, one package: each page a service named after
    its file (`futures-order.md` → `futures_order`); the package's facts from `config_file`
    (default: sdkgen's built-in defaults). The pages are read with `parse_pages`, by default
    `parse` on each in turn."""
    if package is None and config_file is None:
        raise ValueError("several pages make one package: name it with --package NAME")
    services = []
    places: dict[str, SourceLocation] = {}
    for page in pages:
        name = snake_case(input_stem(page))
        place = SourceLocation(str(page), 1)
        problem = service_name_problem(name)
        if problem is not None:
            raise ParseError(
                place, f"the file name gives the service name {name!r}, which {problem}; rename it"
            )
        first = places.setdefault(name, place)
        if first is not place:
            raise ParseError(
                place,
                f"the file name gives the service name {name!r}, as {first.file} does: each "
                "page of a package needs its own; rename one of the files",
            )
        services.append(ServiceSource(name=name, page=page))
    config = load_config(config_file or BUILTIN_DEFAULTS)
    label = ", ".join(map(str, pages))
    return _composed(label, config, services, parse_pages or _each(parse), package, out, places)


def is_composition(path: Path) -> bool:
    """Whether `path` is a composition config (a YAML file with `services:`)."""
    return path.suffix in (".yaml", ".yml") and not is_document(path) and _is_composition(path)


def project_targets(spec: Path) -> list[Path]:
    """What `sdkgen generate` and `check` work on with no argument: every composition config
    in `spec/`, then every page no composition lists."""
    compositions = [path for path in sorted(spec.glob("*.yaml")) if _is_composition(path)]
    listed = {
        source.page.resolve() for path in compositions for source in load_config(path).services
    }
    # A listed page is still a package of its own when its config names one.
    pages = [
        page
        for page in sorted(spec.glob("*.md"))
        if page.resolve() not in listed
        or load_config(config_path_for(page)).package_section is not None
    ]
    return [*compositions, *pages]


def target_for(
    paths: Sequence[Path],
    parse: ParsePage,
    *,
    config_file: Path | None = None,
    package: str | None = None,
    out: Path | None = None,
    parse_pages: ParsePages | None = None,
) -> Target:
    """The target the command line names: a composition config, one page, or pages (several
    read with `parse_pages`, by default `parse` on each in turn)."""
    if len(paths) == 1 and paths[0].suffix in (".yaml", ".yml") and not is_document(paths[0]):
        if config_file is not None:
            raise ValueError(
                f"{paths[0]} is the package's config: drop --config (each page's own config "
                "is named in its services entry, or is NAME.yaml beside the page)"
            )
        return composition_target(
            paths[0], parse, package=package, out=out, parse_pages=parse_pages
        )
    if len(paths) == 1:
        return page_target(paths[0], parse, config_file=config_file, package=package, out=out)
    return pages_target(
        paths, parse, package=package, config_file=config_file, out=out, parse_pages=parse_pages
    )


def _composed(
    label: str,
    config: Config,
    services: Sequence[ServiceSource],
    parse_pages: ParsePages,
    package_name: str | None,
    out: Path | None,
    places: Mapping[str, SourceLocation],
    default_name: tuple[str, SourceLocation] | None = None,
) -> Target:
    """The package of `services`; `places` says where each service's name is given (the
    line of its key in the composition config, or its page), for errors about it;
    `default_name` gives the package's name when nothing else does (generator.config.package_for).
    """
    classes: dict[str, str] = {}
    for name, class_name in _class_names(services):
        other = classes.setdefault(class_name, name)
        if other != name:
            raise ParseError(
                places.get(name, SourceLocation(label, 1)),
                f"the services {other!r} and {name!r} would share the class name "
                f"{class_name}; rename one",
            )
    results = parse_pages([service.page for service in services])
    for service, result in zip(services, results, strict=True):
        _check_parameters_sent(service.page, result)
    first = results[0]
    title = SourceLocation(str(services[0].page), first.title_line)
    package = package_for(
        config,
        first.api.title,
        first.api.version,
        package_name,
        title,
        default_name=default_name,
        titles=[result.api.title for result in results],
    )
    config = replace(config, package=package)
    pages = []
    config_warnings: list[ParseWarning] = []
    protected: list[Path] = [*_sources(config)]
    for service, result in zip(services, results, strict=True):
        own = load_config(service.config or config_path_for(service.page))
        protected += [service.page, *_sources(own)]
        api = corrected(result.api, own)
        config_warnings += bound_warnings(api, own)
        page_config = service_config(config, service, own)
        config_warnings += _host_warnings(api, page_config, service.page, result)
        config_warnings += _media_type_warnings(service.page, result)
        pages.append(PageInput(service.name, configured(api, own), page_config))
    return Target(
        label=label,
        config=config,
        out=_output(out or package.output, config, services[0].page),
        pages=tuple(pages),
        page_files=tuple(service.page for service in services),
        protected=tuple(dict.fromkeys(protected)),
        warnings=tuple(warning for result in results for warning in result.warnings),
        config_warnings=tuple(config_warnings),
    )


def _each(parse: ParsePage) -> ParsePages:
    """Pages read one after the other with `parse`."""

    def parse_pages(pages: Sequence[Path]) -> list[ParseResult]:
        return [parse(page) for page in pages]

    return parse_pages


def _class_names(services: Sequence[ServiceSource]) -> list[tuple[str, str]]:
    """The class of every service (`spot.order`: `SpotOrderService`) and of every group they
    are in (`spot`: `SpotGroup`), by dotted name."""
    found = {}
    for service in services:
        parts = service.name.split(".")
        for end in range(1, len(parts)):
            group = ".".join(parts[:end])
            found[group] = group_class_name(group)
        found[service.name] = service_class_name(service.name)
    return list(found.items())


ParseText = Callable[[str, str], ParseResult]
"""Reads a page from its text: (label for messages, text) → the parse."""


def page_api(page: Path, parse: ParsePage, config_file: Path | None = None) -> Api:
    """The page's IR as its package sees it: with its config's corrections, bounds, rules."""
    config = load_config(config_file or config_path_for(page))
    return configured(corrected(parse(page).api, config), config)


def page_pair_configs(old: Path, new: Path) -> tuple[Path, Path]:
    """The configs `diff OLD.md NEW.md` reads the two pages with: each its own (NAME.yaml
    beside it), or, for a page without one (a page just downloaded), the other page's; so
    comparing a new version with the one in spec/ shows what the page changed, not the
    config spec/ has and the download lacks."""
    old_own, new_own = config_beside(old), config_beside(new)
    old_config = old_own if old_own.exists() else new_own if new_own.exists() else None
    new_config = new_own if new_own.exists() else old_config
    return old_config or BUILTIN_DEFAULTS, new_config or BUILTIN_DEFAULTS


def page_api_at(
    page: Path, revision: str, parse_text: ParseText, config_file: Path | None = None
) -> Api:
    """The page's IR as committed at git `revision`, with its config's corrections as
    committed there (the built-in defaults if it had no config then)."""
    label, text = read_at_revision(page, revision)
    config_file = config_file or config_beside(page)

    def read(path: Path) -> str:
        return read_at_revision(path, revision)[1]

    try:
        read(config_file)
    except GitError:
        config = load_config(BUILTIN_DEFAULTS)
    else:
        config = load_config(config_file, read)
    return configured(corrected(parse_text(label, text).api, config), config)


def composition_apis(config_file: Path, parse: ParsePage) -> dict[str, Api]:
    """Each page a composition config lists, by service, with its corrections."""
    config = load_config(config_file)
    if not config.services:
        raise ConfigError(str(config_file), "services", "a composition config lists pages")
    return {s.name: page_api(s.page, parse, s.config) for s in config.services}


def composition_apis_at(config_file: Path, revision: str, parse_text: ParseText) -> dict[str, Api]:
    """Each page the composition config listed as committed at git `revision`, by service:
    the config as it was there, and each page (and page config) it named, as they were. A
    config or page that did not exist then is a package or service new since: none."""
    try:
        label, text = read_at_revision(config_file, revision)
    except MissingAtRevision:
        return {}
    data = read_yaml(text, label)
    services = data.get("services") if isinstance(data, dict) else None
    if not isinstance(services, dict) or not services:
        raise ParseError(
            SourceLocation(label, 1), "services: a composition config lists pages (at REV)"
        )
    places = dict(_service_keys_in(label, text))
    apis = {}
    for name, entry in _raw_services(services):
        page = entry.get("page")
        if not isinstance(page, str) or not page:
            raise ParseError(
                places.get(str(name), SourceLocation(label, 1)),
                f"services.{name}.page: must be a file path (relative to the config)",
            )
        own = entry.get("config")
        own_file = config_file.parent / own if isinstance(own, str) and own else None
        try:
            apis[str(name)] = page_api_at(config_file.parent / page, revision, parse_text, own_file)
        except MissingAtRevision:
            continue
    return apis


def configured(api: Api, config: Config) -> Api:
    """The page as its package sees it: the config's bounds and rules on its IR (so the
    snapshot and the release side see them; generator.config.facts)."""
    return with_config_facts(api, config)


def corrected(api: Api, config: Config) -> Api:
    """The page's IR with the config's corrections applied (generator.ir.corrections); a
    correction that does not fit the page is an error of the config."""
    try:
        return apply_corrections(api, config.corrections())
    except CorrectionError as error:
        key = f"operations.{error.operation}.corrections.{error.path}"
        raise located(ConfigError(config.file, key, error.message), config.files) from None


def _host_warnings(api: Api, config: Config, page: Path, result: ParseResult) -> list[ParseWarning]:
    """A warning at the page's title when no config knows its group's host (the fallback is
    taken); none when a config chose it, or when there is no host at all (the plan's error)."""
    try:
        host = page_host(config, api)
    except ConfigError:
        return []
    warning = host_warning(host, api, SourceLocation(str(page), result.title_line))
    return [] if warning is None else [warning]


def _media_type_warnings(page: Path, result: ParseResult) -> list[ParseWarning]:
    """A warning at the heading of each operation whose body is neither JSON nor a form
    (FORM_MEDIA_TYPES): the generated client sends it as JSON, which its server may refuse."""
    return [
        ParseWarning(
            SourceLocation(str(page), result.operation_lines.get(operation.slug, 1)),
            f"{operation.slug}: its body is {operation.request_body.media_type}, but the "
            "generated client sends it as JSON",
        )
        for operation in result.api.operations
        if operation.request_body is not None
        and operation.request_body.media_type not in FORM_MEDIA_TYPES
        and "json" not in operation.request_body.media_type
    ]


_CLIENT_HEADERS = frozenset({"accept", "content-type", "authorization"})
"""The headers OpenAPI says a header parameter may not name (it is ignored): the client
sets them itself."""


def _check_parameters_sent(page: Path, result: ParseResult) -> None:
    """Raise a ParseError at the table row of a header parameter the generated SDK cannot
    send (one the client sets itself: Accept, Content-Type, Authorization), or at the heading
    of an operation whose body is a top-level array beside parameters (its method takes the
    items alone): the page's, so the error names the page, not the config."""
    for operation in result.api.operations:
        body = operation.request_body
        if body is not None and body.schema.type == "array" and operation.parameters:
            raise ParseError(
                SourceLocation(str(page), result.operation_lines.get(operation.slug, 1)),
                f"{operation.slug}: a request body that is a top-level array, beside path or "
                "query parameters, is not supported; remove the parameters or wrap the array "
                "in an object",
            )
        for parameter in operation.parameters:
            if parameter.location != "header" or parameter.name.lower() not in _CLIENT_HEADERS:
                continue
            key = (operation.slug, parameter.location, parameter.name)
            line = result.parameter_lines.get(key, result.title_line)
            # A page lists the parameter as a table row; a document (its line) as an entry.
            entry = "row" if page.suffix == ".md" else "parameter"
            raise ParseError(
                SourceLocation(str(page), line),
                f"{operation.slug}: header parameter {parameter.name!r} is one the client "
                "sets itself (OpenAPI ignores a parameter naming Accept, Content-Type or "
                f"Authorization); remove its {entry}",
            )


def _raw_services(
    services: dict[object, object], group: str = ""
) -> list[tuple[str, dict[Any, Any]]]:
    """Each service of a `services:` mapping as written (not validated), by dotted name
    (`spot.order` inside the group `spot`), with its entry."""
    found: list[tuple[str, dict[Any, Any]]] = []
    for key, entry in services.items():
        name = f"{group}{key}"
        if isinstance(entry, dict) and isinstance(entry.get("services"), dict):
            found += _raw_services(entry["services"], f"{name}.")
        else:
            found.append((name, entry if isinstance(entry, dict) else {}))
    return found


def _is_composition(path: Path) -> bool:
    """Whether the YAML file lists `services:`; a file that is not YAML is a located error
    (a broken composition must not pass for a page's config)."""
    try:
        data = read_yaml(read_config_text(path), str(path))
    except FileNotFoundError:
        return False
    return isinstance(data, dict) and "services" in data


def _service_keys(config: Config) -> list[tuple[str, SourceLocation]]:
    """Each key under `services:` in the files `config` is made of, with its line, as the
    files state them (a name given twice in one file is there twice: YAML keeps the last)."""
    found = []
    for source in config.files:
        try:
            text = read_config_text(Path(source))
        except (OSError, ConfigError, ParseError):
            continue
        found += _service_keys_in(source, text)
    return found


def _service_keys_in(file: str, text: str) -> list[tuple[str, SourceLocation]]:
    """The keys under `services:` in the YAML `text` of `file`, each with its line."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return []  # the config loaded: such a file is not one of its own
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if key.value == "services" and isinstance(value, yaml.MappingNode):
                return _keys_of(file, value, "")
    return []


def _keys_of(file: str, services: yaml.MappingNode, group: str) -> list[tuple[str, SourceLocation]]:
    """The keys of a `services:` node, dotted within their groups, each with its line: a
    group's own key too, so a group written twice is found like a service written twice."""
    found = []
    for name, entry in services.value:
        dotted = f"{group}{name.value}"
        found.append((dotted, SourceLocation(file, name.start_mark.line + 1)))
        if isinstance(entry, yaml.MappingNode):
            for key, value in entry.value:
                if key.value == "services" and isinstance(value, yaml.MappingNode):
                    found += _keys_of(file, value, f"{dotted}.")
    return found


def _sources(config: Config) -> tuple[Path, ...]:
    return tuple(Path(source) for source in config.files)


def _output(out: Path | None, config: Config, page: Path) -> Path:
    """`out`; else an error at the config that could have named it (or, with sdkgen's
    built-in defaults, at the page: the user wrote no config)."""
    if out is not None:
        return out
    if Path(config.file) == BUILTIN_DEFAULTS:
        where = SourceLocation(str(page), 1)
        hint = f"pass --out, or set package.output in {config_beside(page).name} beside it"
    else:
        where = SourceLocation(config.file, 1)
        hint = "pass --out, or set package.output (a folder relative to this file)"
    raise ParseError(where, f"no output directory for the package: {hint}")
