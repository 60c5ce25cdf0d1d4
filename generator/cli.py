"""The `sdkgen` command line: the only module that prints or exits.

Exit codes: 0 success, 1 warnings under --strict, 2 bad input or usage (one line on stderr,
`file:line[:column]: error: message`, never a traceback).
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from generator import COLLECTOR_THRESHOLDS, __version__
from generator.diagnostics import ParseError, ParseWarning
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
from generator.read.parse import ParseResult, parse_file, parse_page
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
    try:
        return int(args.run(args))
    except ParseError as error:
        _print_error(f"{error.location}: error: {error.message}")
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

    generate = commands.add_parser(
        "generate",
        help="generate the SDK package for a page, or one package for several",
        description=(
            "Parse PAGE and write the generated project (package, README, pyproject, IR "
            "snapshot, OpenAPI) into OUT. The config is PAGE's NAME.yaml unless --config is "
            "given. Several pages (P1.md P2.md ... --package NAME) or a composition config "
            "(NAME.yaml listing `services:`) make one package, each page a service of the "
            "client; with no argument, every composition config in spec/ and every page no "
            "composition lists. OUT is replaced atomically: on any error it is left exactly "
            "as it was. "
            f"sdkgen lists what it wrote in OUT/{MANIFEST} and replaces only a new or empty "
            "folder, or a tree it wrote that holds nothing else; never a file, the home "
            "folder, the working directory, a folder holding a repository or PAGE. Beside OUT "
            "sdkgen makes only its own marked staging folders, .OUT.sdkgen-RUN."
        ),
    )
    generate.add_argument(
        "targets", nargs="*", type=Path, metavar="PAGE", help="pages, or a composition config"
    )
    generate.add_argument(
        "--out",
        type=Path,
        help="output directory (default: the config's package.output, relative to the config)",
    )
    generate.add_argument("--package", help="import name of the package (overrides the config)")
    generate.add_argument(
        "--config",
        type=Path,
        help="config file (default: PAGE.yaml beside the page, else sdkgen's built-in defaults)",
    )
    generate.add_argument("--strict", action="store_true", help="treat warnings as errors")
    generate.add_argument(
        "--overwrite",
        action="store_true",
        help=(
            "replace OUT even if it holds files sdkgen did not write (they are deleted); never "
            "a folder holding a repository (.git, .hg, .svn...) at any depth"
        ),
    )
    generate.set_defaults(run=_run_generate)

    check = commands.add_parser(
        "check",
        help="fail when generated output has drifted from the pages",
        description=(
            "Regenerate every PAGE (default: spec/*.md) in memory and compare with the output "
            "directory its config names. Prints a unified diff and exits 1 on drift; exits 0 "
            "quietly otherwise. `sdkgen generate` with the same arguments fixes drift."
        ),
    )
    check.add_argument("pages", nargs="*", type=Path, metavar="PAGE")
    check.add_argument("--out", type=Path, help="directory to compare with (one PAGE only)")
    check.set_defaults(run=_run_check)

    diff = commands.add_parser(
        "diff",
        help="report the API changes between two versions of a page",
        usage=(
            "%(prog)s [--json] [--allow-breaking] OLD.md NEW.md\n"
            "       %(prog)s [--json] [--allow-breaking] --base REV PAGE.md\n"
            "       %(prog)s [--json] [--allow-breaking] OLD.yaml NEW.yaml\n"
            "       %(prog)s [--json] [--allow-breaking] --base REV NAME.yaml"
        ),
        description=(
            "Compare two versions of a page and report every API change, classified for users "
            "of the generated SDK: breaking (an operation, parameter or field removed, a new "
            "required input, optional made required, a request enum value removed, a type or "
            "format changed), additions, other compatible changes, and documentation. With "
            "--base REV the old version is PAGE as committed at git revision REV (`git show "
            "REV:<path>`, run in PAGE's directory). Prints Markdown, or JSON with --json, and "
            "the version bump the SDK needs (major, minor, patch or none). Exits 1 when there "
            "are breaking changes (0 with --allow-breaking), 0 otherwise, 2 on bad input or "
            "when git fails. Given composition configs (a package of several pages), each "
            "service's page is compared with its old version, and the report has one section "
            "per service."
        ),
    )
    diff.add_argument(
        "pages", nargs="+", type=Path, metavar="PAGE", help="OLD.md NEW.md, or PAGE.md"
    )
    diff.add_argument("--base", metavar="REV", help="compare PAGE with its content at git REV")
    diff.add_argument("--json", action="store_true", help="print the report as JSON")
    diff.add_argument(
        "--allow-breaking", action="store_true", help="exit 0 even when there are breaking changes"
    )
    diff.set_defaults(run=_run_diff)
    return parser


def _add_page_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("page", type=Path, metavar="PAGE", help="a Widdershins Markdown page")
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 when the page produces warnings"
    )


def _parse(page: Path) -> ParseResult:
    result = parse_file(page)
    for warning in result.warnings:
        _print_warning(warning)
    return result


def _parse_pages(pages: Sequence[Path]) -> list[ParseResult]:
    """The pages read in parallel (generator.read.parallel), their warnings printed and the
    first error raised in page order, as `_parse` on each in turn would."""
    from generator.read.parallel import parse_files

    results = []
    for result in parse_files(pages):
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
    targets = _targets(args.targets, args.config, args.package, args.out)
    from generator.sdk.generate import generate_package
    from generator.sdk.render import maker

    made_by = maker(__version__)

    for target in targets:
        for warning in target.config_warnings:
            _print_warning(warning)
        if args.strict and (target.warnings or target.config_warnings):
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
    if args.out is not None and len(args.pages) != 1:
        raise ValueError("--out compares one target; pass exactly one PAGE (or config) with it")
    from generator.sdk.generate import generate_package
    from generator.sdk.render import maker

    made_by = maker(__version__)
    drifted = False
    for target in _targets(args.pages, None, None, args.out):
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
                f"sdkgen: {target.out} has drifted from {target.label}; `sdkgen generate` with"
                " the same arguments writes it anew"
            )
    return EXIT_WARNINGS if drifted else EXIT_OK


def _provenance(made_by: Maker, out: Path, previous: Mapping[str, str]) -> Provenance:
    """What made the `previous` output in `out`, as its manifest records it (and which of
    its files were edited since), beside what makes the new one."""
    from generator.release.versions import Maker, Provenance

    record = read_record(out)
    if record is None:
        return Provenance(made_by, None)
    return Provenance(made_by, Maker.from_record(record.made_by), edited_files(previous, record))


def _targets(
    paths: list[Path], config: Path | None, package: str | None, out: Path | None
) -> list[Target]:
    """What the command line names, or with no PAGE every target of the project's spec/."""
    from generator.targets import project_targets, target_for

    if paths:
        return [
            target_for(
                paths,
                _parse,
                config_file=config,
                package=package,
                out=out,
                parse_pages=_parse_pages,
            )
        ]
    found = project_targets(Path("spec"))
    if not found:
        raise ValueError("nothing to do: pass PAGE or run from a project with spec/*.md")
    if out is not None and len(found) != 1:
        raise ValueError("--out names one output: pass the PAGE (or config) it is for")
    return [target_for([path], _parse, out=out, parse_pages=_parse_pages) for path in found]


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

    composed = any(is_composition(path) for path in args.pages)
    what = "NAME.yaml" if composed else "PAGE.md"
    new_api: Api | None = None  # read once where it is read early
    if args.base is not None:
        if len(args.pages) != 1:
            raise ValueError(f"diff --base REV takes exactly one {what}")
        path = args.pages[0]
        try:
            if composed:
                old = composition_apis_at(path, args.base, _parse_text)
            else:
                old_api = page_api_at(path, args.base, _parse_text)
        except MissingAtRevision:
            # A page new since REV: compared with nothing, every operation is an addition.
            new_api = page_api(path, _parse)
            old_api = Api(title=new_api.title, version=new_api.version)
        except GitError as error:
            _print_error(f"{path}: error: {error}")
            return EXIT_BAD_INPUT
        new_path = path
    elif len(args.pages) == 2:
        if composed:
            old = composition_apis(args.pages[0], _parse)
        else:
            old_config, new_config = page_pair_configs(args.pages[0], args.pages[1])
            old_api = page_api(args.pages[0], _parse, old_config)
            new_api = page_api(args.pages[1], _parse, new_config)
        new_path = args.pages[1]
    else:
        raise ValueError("diff takes OLD.md NEW.md, or --base REV PAGE.md (or NAME.yaml)")
    if composed:
        report = diff_packages(old, composition_apis(new_path, _parse))
        sys.stdout.write(package_json(report) if args.json else package_markdown(report))
        breaking = report.breaking
    else:
        page_report = diff_apis(old_api, new_api or page_api(new_path, _parse))
        sys.stdout.write(to_json(page_report) if args.json else to_markdown(page_report))
        breaking = page_report.breaking
    return EXIT_BREAKING if breaking and not args.allow_breaking else EXIT_OK


def _parse_text(label: str, text: str) -> ParseResult:
    result = parse_page(label, text)
    for warning in result.warnings:
        _print_warning(warning)
    return result


def _status(result: ParseResult, strict: bool) -> int:
    return EXIT_WARNINGS if strict and result.warnings else EXIT_OK


def _print_warning(warning: ParseWarning) -> None:
    print(_one_line(str(warning)), file=sys.stderr)


def _print_error(text: str) -> None:
    print(_one_line(text), file=sys.stderr)


def _one_line(text: str) -> str:
    return " ".join(text.split())
