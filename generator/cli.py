"""The `sdkgen` command line: the only module that prints or exits.

Exit codes: 0 success, 1 warnings under --strict, 2 bad input or usage (one line on stderr,
`file:line[:column]: error: message`, never a traceback).
"""

from __future__ import annotations

import argparse
import gc
import shlex
import sys
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from generator import COLLECTOR_THRESHOLDS, __version__
from generator.config import ConfigErrors, display_name
from generator.diagnostics import ParseError, ParseWarning, SourceLocation
from generator.ir.model import Api
from generator.ir.openapi import dump_openapi
from generator.ir.snapshot import dump_api
from generator.output.manifest import (
    MANIFEST,
    edited_files,
    manifest_file,
    read_record,
    with_manifest,
)
from generator.output.target import OutputError
from generator.output.write import claim_output
from generator.read.parse import ParseResult
from generator.read.sources import read_source, read_source_text
from generator.release.drift import tree_diff, tree_files
from generator.release.revision import GitError, MissingAtRevision

if TYPE_CHECKING:
    from generator.release.versions import Maker, Provenance
    from generator.targets import Target

EXIT_OK = 0
EXIT_WARNINGS = 1
EXIT_BREAKING = 1
EXIT_BAD_INPUT = 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = _argument_parser()
    args = parser.parse_args(argv)
    # A run builds large, mostly acyclic structures (tokens, IR, rendered text) that live until
    # it ends; at the default thresholds the cyclic collector rescans them so often that a page
    # 50 times the seed cost 10% more per operation. Collect far less often, as mypy does.
    thresholds = gc.get_threshold()
    gc.set_threshold(*COLLECTOR_THRESHOLDS)
    _printed_warnings.clear()
    try:
        return int(args.run(args))
    except ConfigErrors as errors:
        for error in errors.errors:
            _print_error(f"{_location(error.location)}: error: {error.message}")
    except ParseError as error:
        _print_error(f"{_location(error.location)}: error: {error.message}")
    except OutputError as error:
        _print_error(f"{error.path}: error: {error.message}")
    except OSError as error:
        where = error.filename if error.filename is not None else "sdkgen"
        _print_error(f"{where}: error: {error.strerror or error}")
    except ValueError as error:
        _print_error(f"sdkgen: error: {error}")
    finally:
        gc.set_threshold(*thresholds)
    return EXIT_BAD_INPUT


def _argument_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sdkgen",
        description="Read KuCoin API pages rendered by Widdershins and generate from them.",
        epilog=(
            "examples: `sdkgen generate spot-order.md --out sdk` writes the package spot_order "
            "into sdk/; `sdkgen check spot-order.md --out sdk` exits 1 when sdk/ is not what "
            "the page generates; `sdkgen diff spot-order.md --out sdk` reports what "
            "generating again would change. Exit codes: 0 success, 1 drift, breaking changes "
            "or warnings under --strict, 2 bad input or usage (one line per problem, "
            "FILE:LINE: error: ...)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"sdkgen {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ir = commands.add_parser(
        "ir",
        help="print a page's intermediate model as YAML",
        description="Parse PAGE and print its intermediate model (IR) as YAML on stdout.",
    )
    _add_page_arguments(ir)
    ir.set_defaults(run=_run_ir)

    openapi = commands.add_parser(
        "openapi",
        help="print the OpenAPI 3.0.3 document a page was rendered from",
        description="Parse PAGE and print the OpenAPI 3.0.3 JSON document it documents.",
    )
    _add_page_arguments(openapi)
    openapi.set_defaults(run=_run_openapi)

    target = _target_arguments()
    generate = commands.add_parser(
        "generate",
        parents=[target],
        help="generate the SDK package for a page, or one package for several",
        description=(
            "Parse PAGE and write the generated project (package, README, pyproject, IR "
            "snapshot, OpenAPI) into DIR (--out). "
            + _TARGETS_TEXT
            + " DIR is replaced atomically: on any error it is left exactly as it was. "
            f"sdkgen lists what it wrote in DIR/{MANIFEST} and replaces only a new or empty "
            "folder, or a tree it wrote that holds nothing else; never a file, the home "
            "folder, the working directory, a folder holding a repository or PAGE. Beside DIR "
            "sdkgen makes only its own marked staging folders, .DIR.sdkgen-RUN."
        ),
    )
    generate.add_argument(
        "--overwrite",
        action="store_true",
        help=(
            "replace DIR even if it holds files sdkgen did not write (they are deleted); never "
            "a folder holding a repository (.git, .hg, .svn...) at any depth"
        ),
    )
    generate.set_defaults(run=_run_generate)

    check = commands.add_parser(
        "check",
        parents=[target],
        help="fail when generated output has drifted from the pages",
        description=(
            "Generate in memory what `sdkgen generate` with the same arguments would write, "
            "and compare it with DIR. Prints a unified diff and exits 1 on drift; exits 0 "
            "quietly otherwise. "
            + _TARGETS_TEXT
            + " `sdkgen generate` with the same arguments fixes drift."
        ),
    )
    check.set_defaults(run=_run_check)

    diff = commands.add_parser(
        "diff",
        parents=[target],
        help="report the API changes since the last generation, a git revision, or a page",
        usage=(
            "%(prog)s [options] PAGE.md | P1.md P2.md ... --package NAME | NAME.yaml\n"
            "       %(prog)s [options] --base REV PAGE.md | NAME.yaml\n"
            "       %(prog)s [options] OLD.md NEW.md | OLD.yaml NEW.yaml"
        ),
        description=(
            "Report every API change, classified for users of the generated SDK: breaking "
            "(an operation, parameter or field removed, a new required input, optional made "
            "required, a request enum value removed, a type or format changed), additions, "
            "other compatible changes, and documentation. Given what `sdkgen generate` is "
            "given (a page, pages with --package, or a composition config; --config, "
            "--package and --out as there), it compares the pages with the IR snapshots in "
            "DIR: what generating again would change. With --base REV the old version is "
            "PAGE (or each page of NAME.yaml) as committed at git revision REV (`git show "
            "REV:<path>`, run in PAGE's directory). Two pages OLD.md NEW.md without --package, "
            "--config or --out (or two composition configs) are compared with each other. "
            "Prints Markdown, or JSON with --json, and the version bump the SDK needs "
            "(major, minor, patch or none); a composition has one section per service. "
            "Exits 1 when there are breaking changes (0 with --allow-breaking), 0 otherwise, "
            "2 on bad input or when git fails."
        ),
    )
    diff.add_argument("--base", metavar="REV", help="compare PAGE with its content at git REV")
    diff.add_argument("--json", action="store_true", help="print the report as JSON")
    diff.add_argument(
        "--allow-breaking", action="store_true", help="exit 0 even when there are breaking changes"
    )
    diff.set_defaults(run=_run_diff)
    return parser


_TARGETS_TEXT = (
    "PAGE is one page NAME.md (with --config FILE, else NAME.yaml beside it, else sdkgen's "
    "built-in defaults) or the OpenAPI 3.0 document it was rendered from (NAME.openapi.yaml "
    "or .json: the same package, config NAME.yaml and name), several pages (P1.md P2.md "
    "... --package NAME: one package, each page a service of the client), or a composition "
    "config (NAME.yaml listing `services:`). With no PAGE, every composition config in "
    "./spec/ and every page there no composition lists."
)


def _target_arguments() -> argparse.ArgumentParser:
    """What `generate`, `check` and `diff` work on, as one parent of all three: the same
    arguments mean the same package to each, so a command can be swapped for another."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument(
        "targets",
        nargs="*",
        type=Path,
        metavar="PAGE",
        help="a page (or OpenAPI 3.0 document), several, or a composition config NAME.yaml",
    )
    parser.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help=(
            "the project folder (default: the config's package.output, relative to the " "config)"
        ),
    )
    parser.add_argument(
        "--package",
        metavar="NAME",
        help=(
            "import name of the package (default: the config's package.name, else the name "
            "of the page or composition config: spot-order.md gives spot_order)"
        ),
    )
    parser.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help=(
            "the page's config (default: NAME.yaml beside NAME.md, else sdkgen's built-in "
            "defaults, sdkgen:defaults)"
        ),
    )
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")
    return parser


def _add_page_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "page",
        type=Path,
        metavar="PAGE",
        help="a Widdershins Markdown page NAME.md, or an OpenAPI 3.0 document (.json, .yaml)",
    )
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 when the page produces warnings"
    )


def _parse(page: Path) -> ParseResult:
    result = read_source(page)
    for warning in result.warnings:
        _print_warning(warning)
    return result


def _parse_pages(pages: Sequence[Path]) -> list[ParseResult]:
    """The pages read in parallel (generator.read.parallel), their warnings printed and the
    first error raised in page order, as `_parse` on each in turn would."""
    from generator.read.parallel import parse_files

    results = []
    for result in parse_files(pages, read=read_source):
        for warning in result.warnings:
            _print_warning(warning)
        results.append(result)
    return results


def _run_ir(args: argparse.Namespace) -> int:
    result = _parse(args.page)
    sys.stdout.write(dump_api(result.api))
    return _status(result, args.strict)


def _run_openapi(args: argparse.Namespace) -> int:
    result = _parse(args.page)
    sys.stdout.write(dump_openapi(result.api))
    return _status(result, args.strict)


def _run_generate(args: argparse.Namespace) -> int:
    targets = _targets(args)
    from generator.sdk.generate import generate_package
    from generator.sdk.render import maker

    made_by = maker(__version__)

    for target in targets:
        if _warned(target, args.strict):
            _print_error("sdkgen: error: warnings under --strict; nothing written")
            return EXIT_WARNINGS
        with claim_output(target.out, protected=target.protected, overwrite=args.overwrite) as out:
            # Read and replaced under one lock: a concurrent run sees this run's tree whole.
            previous = tree_files(out.path)
            provenance = _provenance(made_by, out.path, previous)
            files = generate_package(target.config, target.pages, previous, provenance)
            out.replace(files, made_by.recorded())
    return EXIT_OK


def _run_check(args: argparse.Namespace) -> int:
    from generator.sdk.generate import generate_package
    from generator.sdk.render import maker

    made_by = maker(__version__)
    drifted = warned = False
    for target in _targets(args):
        warned |= _warned(target, args.strict)
        committed = tree_files(target.out)
        provenance = _provenance(made_by, target.out, committed)
        expected = generate_package(target.config, target.pages, committed, provenance)
        # The manifest is bookkeeping, not content (the release side never sees it), but a
        # tree without the right one would stop the next `sdkgen generate`: it is drift too.
        diff = tree_diff(
            {**committed, **manifest_file(target.out)},
            with_manifest(expected, made_by.recorded()),
            str(target.out),
        )
        if diff:
            drifted = True
            sys.stdout.write(diff)
            _print_error(
                f"sdkgen: {target.out} has drifted from {target.label}; "
                f"`{_generate_command(args)}` writes it anew"
            )
    return EXIT_WARNINGS if drifted or warned else EXIT_OK


def _provenance(made_by: Maker, out: Path, previous: Mapping[str, str]) -> Provenance:
    """What made the `previous` output in `out`, as its manifest records it (and which of
    its files were edited since), beside what makes the new one."""
    from generator.release.versions import Maker, Provenance

    record = read_record(out)
    if record is None:
        return Provenance(made_by, None)
    return Provenance(made_by, Maker.from_record(record.made_by), edited_files(previous, record))


def _warned(target: Target, strict: bool) -> bool:
    """Print the target's config warnings (its pages' are printed as they are read); whether
    there were any warnings under --strict."""
    for warning in target.config_warnings:
        _print_warning(warning)
    return strict and bool(target.warnings or target.config_warnings)


def _generate_command(args: argparse.Namespace) -> str:
    """The `sdkgen generate` command with the arguments this run was given."""
    words = ["sdkgen", "generate", *map(str, args.targets)]
    for option in ("config", "package", "out"):
        value = getattr(args, option)
        if value is not None:
            words += [f"--{option}", str(value)]
    return shlex.join(words)


def _targets(args: argparse.Namespace) -> list[Target]:
    """What the command line names, or with no PAGE every target of the project's spec/."""
    from generator.targets import project_targets, target_for

    paths: list[Path] = args.targets
    if paths:
        return [
            target_for(
                paths,
                _parse,
                config_file=args.config,
                package=args.package,
                out=args.out,
                parse_pages=_parse_pages,
            )
        ]
    found = project_targets(Path("spec"))
    if not found:
        raise ValueError("nothing to do: pass PAGE (a page, pages or a composition config)")
    for option in ("out", "package", "config"):
        if getattr(args, option) is not None and len(found) != 1:
            raise ValueError(
                f"--{option} is about one package: pass the PAGE (or config) it is for"
            )
    return [
        target_for(
            [path],
            _parse,
            config_file=args.config,
            package=args.package,
            out=args.out,
            parse_pages=_parse_pages,
        )
        for path in found
    ]


def _run_diff(args: argparse.Namespace) -> int:
    """Each page is read with its config's corrections (the config beside it, or at REV)."""
    from generator.release.diff import diff_apis
    from generator.release.report import package_json, package_markdown, to_json, to_markdown
    from generator.release.services import diff_packages
    from generator.targets import (
        composition_apis,
        composition_apis_at,
        is_composition,
        page_api,
        page_api_at,
        page_pair_configs,
    )

    paths: list[Path] = args.targets
    composed = any(is_composition(path) for path in paths)
    what = "NAME.yaml" if composed else "PAGE.md"
    new_api: Api | None = None  # read once where it is read early
    old: dict[str, Api]
    new: dict[str, Api] | None = None
    if args.base is not None:
        if len(paths) != 1:
            raise ValueError(f"diff --base REV takes exactly one {what}")
        path = paths[0]
        try:
            if composed:
                old = composition_apis_at(path, args.base, _parse_text)
            else:
                old_api = page_api_at(path, args.base, _parse_text, args.config)
        except MissingAtRevision:
            # A page new since REV: compared with nothing, every operation is an addition.
            new_api = page_api(path, _parse, args.config)
            old_api = Api(title=new_api.title, version=new_api.version)
        except GitError as error:
            _print_error(f"{path}: error: {error}")
            return EXIT_BAD_INPUT
        new_path = path
    elif _is_old_new_pair(args, paths):
        if composed:
            old = composition_apis(paths[0], _parse)
        else:
            old_config, new_config = page_pair_configs(paths[0], paths[1])
            old_api = page_api(paths[0], _parse, old_config)
            new_api = page_api(paths[1], _parse, new_config)
        new_path = paths[1]
    else:
        # What `sdkgen generate` with these arguments would change in OUT.
        (target,) = _targets(args) if paths else _one_target(args)
        composed = target.pages[0].service is not None
        old_apis = _generated_apis(target)
        new = {page.service or "": page.api for page in target.pages}
        if composed:
            old = old_apis
        else:
            new_api = new[""]
            old_api = old_apis.get("") or Api(title=new_api.title, version=new_api.version)
        new_path = target.page_files[0]
    if composed:
        report = diff_packages(old, new if new is not None else composition_apis(new_path, _parse))
        sys.stdout.write(package_json(report) if args.json else package_markdown(report))
        breaking = report.breaking
    else:
        page_report = diff_apis(old_api, new_api or page_api(new_path, _parse, args.config))
        sys.stdout.write(to_json(page_report) if args.json else to_markdown(page_report))
        breaking = page_report.breaking
    if args.strict and _printed_warnings:
        return EXIT_WARNINGS
    return EXIT_BREAKING if breaking and not args.allow_breaking else EXIT_OK


def _is_old_new_pair(args: argparse.Namespace, paths: Sequence[Path]) -> bool:
    """`diff OLD NEW`: two pages (or two composition configs) compared with each other, not
    two pages of one package (which name the package: --package, --config or --out)."""
    from generator.targets import is_composition

    chosen = (args.package, args.config, args.out)
    if len(paths) == 2 and all(option is None for option in chosen):
        return True
    # Two documents (NAME.openapi.yaml) with --out are two services of one package.
    if len(paths) == 2 and all(is_composition(path) for path in paths):
        raise ValueError(
            "diff OLD.yaml NEW.yaml compares two compositions: drop --package, "
            "--config and --out"
        )
    return False


def _one_target(args: argparse.Namespace) -> list[Target]:
    targets = _targets(args)
    if len(targets) != 1:
        raise ValueError("diff compares one package: pass its PAGE (or config)")
    return targets


def _generated_apis(target: Target) -> dict[str, Api]:
    """The IR snapshots in the target's output folder, by service ("" for a flat package's
    page): what it was last generated from. A page it lacks is new."""
    from generator.ir.snapshot import load_api
    from generator.sdk.compose import service_layout

    assert target.config.package is not None
    files = tree_files(target.out)
    found = {}
    for page in target.pages:
        path = service_layout(target.config.package.name, page.service).snapshot_path
        if path in files:
            found[page.service or ""] = load_api(files[path])
    return found


def _parse_text(label: str, text: str) -> ParseResult:
    result = read_source_text(label, text)
    for warning in result.warnings:
        _print_warning(warning)
    return result


def _status(result: ParseResult, strict: bool) -> int:
    return EXIT_WARNINGS if strict and result.warnings else EXIT_OK


_printed_warnings: list[ParseWarning] = []
"""The warnings printed by this run (main() empties it): diff --strict looks at them."""


def _print_warning(warning: ParseWarning) -> None:
    _printed_warnings.append(warning)
    named = replace(warning, location=_named(warning.location))
    print(_one_line(str(named)), file=sys.stderr)


def _location(location: SourceLocation) -> str:
    return str(_named(location))


def _named(location: SourceLocation) -> SourceLocation:
    """`location` with sdkgen's own files named as a config names them (`sdkgen:defaults`),
    never by their path inside the installed sdkgen."""
    return replace(location, file=display_name(location.file))


def _print_error(text: str) -> None:
    print(_one_line(text), file=sys.stderr)


def _one_line(text: str) -> str:
    return " ".join(text.split())
